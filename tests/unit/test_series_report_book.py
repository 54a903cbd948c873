"""The series report from a real workbook: five panels added as snapshots, two merges, a preamble."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_sessions import norm, pdf_text
from series_sessions import series_files

from sahel_panel.series import Workbook
from sahel_panel.series.report import ReportError
from sahel_panel.series.report.from_book import load, write_book_report

SEAT_COMMUNITY = "Give women and young people a seat in local security committees."
SEAT_SECURITY = "Give women and youth a seat in local security committees."
BUDGET_EDUCATION = "تخصيص عشرة في المائة من موازنات الأمن لبرامج التعليم وتشغيل الشباب."
BUDGET_DEVELOPMENT = "تخصيص نسبة من موازنات الأمن لبرامج الوقاية وتشغيل الشباب."
MERGED_EN = "Calls upon parliaments to give women and young people a seat in every local security committee."
MERGED_FR = "Demande aux parlements de donner aux femmes et aux jeunes un siège dans chaque comité local de sécurité."
MERGED_AR = "يدعو البرلمانات إلى تخصيص نسبة من موازنات الأمن لبرامج التعليم والوقاية وتشغيل الشباب."
PREAMBLE_EN = "The parliaments of the Sahel, meeting in five panels,\n\nSubmit the following recommendations."
PREAMBLE_AR = "إن برلمانات منطقة الساحل، المجتمعة في خمس حلقات نقاش،\n\nتقدم التوصيات التالية."


def build(folder: Path) -> Path:
    path = folder / "call.sahelbook"
    with Workbook.create(path, title="Recommendations of the Call of the Sahel") as book:
        assert book.add_files(series_files(folder)).ok
        recs = {r.text: r.id for r in book.recommendations.list()}
        book.consolidated.merge([recs[SEAT_COMMUNITY], recs[SEAT_SECURITY]], texts={"en": MERGED_EN, "fr": MERGED_FR})
        book.consolidated.merge([recs[BUDGET_EDUCATION], recs[BUDGET_DEVELOPMENT]], texts={"ar": MERGED_AR})
        book.preamble.set("en", PREAMBLE_EN)
        book.preamble.set("ar", PREAMBLE_AR)
    return path


@pytest.fixture(scope="module")
def book_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("book"))


def test_preamble_set_get_clear(tmp_path: Path) -> None:
    with Workbook.create(tmp_path / "p.sahelbook") as book:
        assert book.preamble.get() == {}
        assert book.preamble.set("fr", "Les parlements") == ""
        assert book.preamble.set("fr", "Les parlements du Sahel") == "Les parlements"
        assert book.preamble.get() == {"fr": "Les parlements du Sahel"}
        assert book.preamble.set("fr", "  ") == "Les parlements du Sahel"  # clearing; the inverse puts it back
        assert book.preamble.get() == {}
        with pytest.raises(Exception, match="language"):
            book.preamble.set("de", "x")


def test_data_read_from_the_workbook(book_path: Path) -> None:
    with Workbook.open(book_path, read_only=True) as book:
        data = load(book)
        sessions = book.sessions()
    assert data.cover.title == "Recommendations of the Call of the Sahel"
    assert data.cover.series == "The Call of the Sahel"
    assert [s.id for s in data.sessions] == [s.id for s in sessions]
    assert [s.area for s in data.sessions] == ["environment", "community", "security", "education", "development"]
    assert all(s.file.endswith("-snapshot.sahel") for s in data.sessions)
    assert data.preamble == {"en": PREAMBLE_EN, "ar": PREAMBLE_AR}
    paragraphs = [p for c in data.chapters for p in c.paragraphs]
    assert [p.number for p in paragraphs] == ["1", "2"]
    seat, budget = paragraphs
    assert seat.texts == {"en": MERGED_EN, "fr": MERGED_FR} and budget.texts == {"ar": MERGED_AR}
    by_area = {s.area: s.id for s in data.sessions}
    assert seat.session_ids == [by_area["community"], by_area["security"]]
    assert budget.session_ids == [by_area["education"], by_area["development"]]
    assert seat.backing.speakers == 2 and sum(seat.backing.by_category.values()) == 2
    # The annex: every recommendation not merged, numbered as in its session's report.
    annex = {(r.session_id, r.number): r.text for r in data.annex}
    assert len(data.annex) == 17 - 4
    assert annex[(by_area["environment"], "2.2")] == "Map transhumance corridors and protect them in law."
    assert annex[(by_area["community"], "G.1")].startswith("دعم إذاعات المجتمع المحلي")
    assert SEAT_SECURITY not in annex.values() and BUDGET_EDUCATION not in annex.values()
    assert [r.session_id for r in data.annex] == sorted((r.session_id for r in data.annex),
                                                        key=[s.id for s in data.sessions].index)
    part = data.participation
    assert [f.session_id for f in part.sessions] == [s.id for s in data.sessions]
    assert part.turns == sum(f.turns for f in part.sessions) > 0
    assert part.speakers < sum(f.speakers for f in part.sessions)  # people at two panels count once
    assert all(f.recommendations > 0 for f in part.sessions)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pdf_of_the_workbook(book_path: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"series-{lang}.pdf"
    seen: list[float] = []
    write_book_report(book_path, out, lang=lang, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    text = norm(pdf_text(out))
    loose = text.replace(" ", "")
    if lang == "en":
        for words in (MERGED_EN, "No English text yet; shown in Arabic.", "Panel 1. Climate change",
                      "Map transhumance corridors and protect them in law.", "The parliaments of the Sahel",
                      "security-snapshot.sahel", "Speaking time by panel"):
            assert norm(words) in text, words
    else:
        for words in (MERGED_AR, "إن برلمانات منطقة الساحل", "لا يتوفر نص باللغة العربية بعد؛ وهو معروض باللغة الإنكليزية",
                      "إنشاء لجان محلية للوساطة في النزاعات حول المياه والمراعي"):
            assert norm(words).replace(" ", "").strip(".") in loose, words
        assert MERGED_EN in text  # the English text, printed because there is no Arabic one


def test_docx_of_the_workbook(book_path: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "series-fr.docx"
    write_book_report(book_path, out, lang="fr")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert f"1.\t{MERGED_FR}" in text and f"2.\t{MERGED_AR}" in text
    assert "Pas encore de texte en français ; présenté en arabe." in text
    assert "Pas encore de texte en français ; présenté en anglais." in text  # the preamble


def test_report_while_the_window_holds_the_workbook(book_path: Path, tmp_path: Path) -> None:
    with Workbook.open(book_path) as writer:  # the Series window, open for writing
        writer.preamble.set("fr", "Les parlements du Sahel")
        write_book_report(book_path, tmp_path / "live.pdf", lang="fr")
        writer.preamble.set("fr", "")
    assert "Les parlements du Sahel" in norm(pdf_text(tmp_path / "live.pdf"))


def test_workbook_older_than_the_preamble_opens_read_only_untouched(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from sahel_panel.series import schema, store

    before = schema.MIGRATIONS.index(schema._v3)  # the workbook as it was before the preamble
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:before])
        m.setattr(store, "SCHEMA_VERSION", before)
        with Workbook.create(tmp_path / "old.sahelbook", title="Old series") as book:
            assert book.add_files(series_files(tmp_path)[:1]).ok
    path = tmp_path / "old.sahelbook"
    write_book_report(path, tmp_path / "old.pdf")
    assert "No preamble has been written" in norm(pdf_text(tmp_path / "old.pdf"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == before
    with Workbook.open(path) as book:  # opened for writing: migrated forward, the preamble can be written
        book.preamble.set("en", "Now there is one.")
    write_book_report(path, tmp_path / "old.pdf")
    assert "Now there is one." in norm(pdf_text(tmp_path / "old.pdf"))


def test_bad_input(book_path: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ReportError, match="not a Sahel Panel series workbook"):
        write_book_report(tmp_path / "notes.txt", tmp_path / "x.pdf")
    with pytest.raises(ReportError, match="does not exist"):
        write_book_report(tmp_path / "missing.sahelbook", tmp_path / "x.pdf")
    with pytest.raises(ReportError, match=r"\.pdf or \.docx"):
        write_book_report(book_path, tmp_path / "x.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    Workbook.create(tmp_path / "named.pdf").close()  # a workbook whose name ends in .pdf
    with pytest.raises(ReportError, match="is the workbook itself"):
        write_book_report(tmp_path / "named.pdf", tmp_path / "named.pdf")
    with Workbook.open(tmp_path / "named.pdf", read_only=True) as book:
        assert book.info().title == "named"


def test_json_export_carries_the_preamble(book_path: Path, tmp_path: Path) -> None:
    import json

    from sahel_panel.series.export import write_json

    with Workbook.open(book_path, read_only=True) as book:
        write_json(book, tmp_path / "book.json")
    document = json.loads((tmp_path / "book.json").read_text(encoding="utf-8"))
    assert document["workbook"]["preamble"] == {"en": PREAMBLE_EN, "ar": PREAMBLE_AR}
