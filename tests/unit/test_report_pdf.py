"""The PDF report, read back with pdftotext: content in three languages, Arabic order, safety, atomicity."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from report_sessions import (
    CONTRIBUTIONS,
    QUESTIONS,
    RECOMMENDATIONS,
    StepClock,
    big_session,
    new_spec,
    norm,
    panel_session,
    pdf_pages,
    pdf_text,
)

from sahel_panel.report import ReportCancelled, ReportError, write_report
from sahel_panel.report.textshape import has_rtl
from sahel_panel.services import SessionService


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return panel_session(tmp_path_factory.mktemp("panel") / "manama.sahel")


@pytest.fixture(scope="module")
def texts(panel: Path) -> dict[str, str]:
    out = {}
    for lang in ("en", "fr", "ar"):
        pdf = panel.with_name(f"report-{lang}.pdf")
        write_report(panel, pdf, lang=lang)
        out[lang] = norm(pdf_text(pdf))
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_question_in_the_report_language(texts: dict[str, str], lang: str) -> None:
    for q in QUESTIONS:
        assert norm(q[lang]) in texts[lang], q[lang]


def present(snippet: str, text: str, lang: str) -> bool:
    """In an Arabic report the snippet reads in order, spaces, brackets and numbers in place
    (textshape.RLM keeps poppler's runs where the bidi algorithm puts them). On a page where Latin script dominates
    (an English or French report), poppler takes the page as left-to-right and moves neutral
    characters and numbers at the edges of Arabic runs; there each Arabic word must be present."""
    if lang == "ar" or not has_rtl(snippet):
        return norm(snippet) in text
    return all(norm(w).strip(".،؛") in text for w in snippet.split() if not any(ch.isdigit() for ch in w))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_contributions_speakers_and_recommendations_present(texts: dict[str, str], lang: str) -> None:
    text = texts[lang]
    for _, _, _, contribution in CONTRIBUTIONS:
        # the opening words: long texts wrap, and pdftotext joins wrapped lines with a space
        assert present(" ".join(contribution.split()[:6]), text, lang), contribution
    for name in ("Marco Bellini", "سارة المنصوري", "Issoufou Maïga", "CIP G5 Sahel", "البرلمان العربي",
                 "Parliamentary Assembly of the Mediterranean (PAM)", "UNODC Terrorism Prevention Branch"):
        assert norm(name) in text, name
    for _, _, _, rec, _ in RECOMMENDATIONS:
        assert present(" ".join(rec.split()[:5]), text, lang), rec
    # Numbered recommendations, general ones too
    assert "1.1" in text and "G.1" in text


def test_statistics_and_structure_in_english(texts: dict[str, str]) -> None:
    text = texts["en"]
    for words in ("Contents", "Overview", "Key figures", "Speaking time by category", "Speaking time by gender",
                  "Speaking time by age group", "Coverage of the outcome questions", "Outcome: recommendations by status",
                  "Annex A. Participants by category", "Annex C. Questions left unaddressed",
                  "Saturday 11 March 2023", "14:30–17:30", "Grand Hall E", "Page 2 of", "Report in English",
                  "Registered speakers 10", "Contributions 14", "agreed: 4", "withdrawn: 1", "10 of 14",
                  "Supported by: Mr. Marco Bellini", "سارة المنصوري"):
        assert norm(words) in text, words


def test_statistics_and_structure_in_french(texts: dict[str, str]) -> None:
    text = texts["fr"]
    for words in ("Table des matières", "Vue d’ensemble", "samedi 11 mars 2023", "de 14 h 30 à 17 h 30",
                  "Temps de parole par catégorie", "Annexe C. Questions non traitées", "Page 2 sur",
                  "Statut : adoptée", "Rapport en français"):
        assert norm(words) in text, words


def test_arabic_reads_in_logical_order(texts: dict[str, str]) -> None:
    text = texts["ar"]
    for words in ("المحتويات", "نظرة عامة", "وقت الكلام حسب الفئة",
                  "التقرير باللغة العربية", "المرفق جيم - الأسئلة التي لم تُتناوَل", "الصفحة 2 من",
                  # mixed Arabic / Latin / numbers, brackets kept in reading order (not swapped)
                  "ويقترح البرلمان العربي إنشاء شبكة برلمانية (عربية-أفريقية)",
                  "نوصي بتخصيص 10% من موازنات الأمن", "الحالة: متفق عليها"):
        assert norm(words) in text, words


def test_question_falls_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "fallback.sahel"
    SessionService.create(path, new_spec(questions=[{"en": "Only in English?"}, {"ar": "بالعربية فقط؟"}])).close()
    write_report(path, tmp_path / "fr.pdf", lang="fr")
    text = norm(pdf_text(tmp_path / "fr.pdf"))
    assert "Only in English?" in text and norm("بالعربية فقط؟") in text
    assert "elle est présentée en anglais" in text and "elle est présentée en arabe" in text


def test_empty_session(tmp_path: Path) -> None:
    path = tmp_path / "empty.sahel"
    SessionService.create(path, new_spec(questions=[])).close()
    for lang in ("en", "ar"):
        write_report(path, tmp_path / f"{lang}.pdf", lang=lang, paper="letter")
    text = norm(pdf_text(tmp_path / "en.pdf"))
    for words in ("No speaking time was recorded.", "The session has no outcome questions.",
                  "No recommendation was drafted during the session.", "No participant was registered."):
        assert words in text


HOSTILE = [
    "<b>not bold</b> & <i>x</i> &amp; &lt; a<b",
    '<font name=x size=40>font</font> <img src="/etc/passwd"/> <a href="http://evil.example">link</a>',
    "\u202egnirts desrever\u202c then \u2067isolate\u2069 and a NUL\x00here",
    "emoji 🙂 and flag 🇸🇳 and symbols ⚠︎ ✓",  # no emoji in DejaVu: printed as U+FFFD
    "{total} {page} %s %(x)s \\n",
]


def test_hostile_text_prints_literally(tmp_path: Path) -> None:
    path = tmp_path / "hostile.sahel"
    with SessionService.create(path, new_spec(questions=[{"en": "<b>Q</b> & <font name=x>?"}])) as svc:
        qid = svc.questions.list()[0].id
        sid = svc.speakers.add("<b>Evil</b> & Co", title="<i>", organisation="<a href='x'>Org</a>").id
        for text in HOSTILE:
            svc.contributions.record(text, speaker_id=sid, question_id=qid)
        svc.contributions.record(("word " * 20_000).strip(), speaker_id=sid, question_id=qid)  # 100,000 characters
        svc.contributions.record("y" * 30_000, speaker_id=None, question_id=qid)  # one unbreakable word
        svc.recommendations.draft("<b>rec</b> & more", question_id=qid)
    out = tmp_path / "hostile.pdf"
    write_report(path, out, lang="en")
    raw = pdf_text(out)
    text = norm(raw)
    for literal in ("<b>not bold</b> & <i>x</i> &amp; &lt; a<b", '<font name=x size=40>font</font>',
                    '<img src="/etc/passwd"/>', '<a href="http://evil.example">link</a>', "<i> <b>Evil</b> & Co",
                    "<a href='x'>Org</a>", "<b>Q</b> & <font name=x>?", "<b>rec</b> & more", "{total} {page} %s",
                    "emoji \ufffd and flag", "symbols ⚠︎ ✓", "NULhere"):
        assert norm(literal) in text, literal
    assert "gnirts desrever" in text  # the override was not applied
    assert raw.count("word") >= 20_000
    assert raw.replace("\n", "").count("y" * 1000) >= 25
    assert pdf_pages(out) > 20
    write_report(path, tmp_path / "hostile-ar.pdf", lang="ar")
    assert "<b>not bold</b>" in norm(pdf_text(tmp_path / "hostile-ar.pdf"))


def test_thousand_contributions(tmp_path: Path) -> None:
    path = big_session(tmp_path / "big.sahel")
    seen: list[float] = []
    out = tmp_path / "big.pdf"
    write_report(path, out, lang="ar", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 10
    text = norm(pdf_text(out))
    assert "1,000" in text  # contributions in the key figures
    assert pdf_pages(out) > 50


def test_failure_midway_leaves_no_file_and_keeps_the_old_one(panel: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from sahel_panel.report import pdf_story

    out = tmp_path / "report.pdf"
    out.write_bytes(b"old report")
    calls = {"n": 0}
    original = pdf_story.Story.contribution

    def broken(self, c):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("disk on fire")
        return original(self, c)

    monkeypatch.setattr(pdf_story.Story, "contribution", broken)
    with pytest.raises(RuntimeError):
        write_report(panel, out)
    assert out.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]

    from sahel_panel.report import pdf_doc

    monkeypatch.setattr(pdf_story.Story, "contribution", original)
    monkeypatch.setattr(pdf_doc.ReportDoc, "finish", lambda self, keys: (_ for _ in ()).throw(OSError("full")))
    with pytest.raises(OSError):
        write_report(panel, out)
    assert out.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_cancel_from_another_thread(tmp_path: Path) -> None:
    path = big_session(tmp_path / "big.sahel", contributions=300, recommendations=20)
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    stop = threading.Event()
    progress: list[float] = []

    def on_progress(f: float) -> None:
        progress.append(f)
        if f > 0.3:
            stop.set()  # as the window's Cancel button would, from the GUI thread

    with pytest.raises(ReportCancelled):
        write_report(path, out, progress=on_progress, cancelled=stop.is_set)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".lock" and "sahel" not in p.name] == ["report.pdf"]


def test_report_while_the_window_writes(tmp_path: Path) -> None:
    path = tmp_path / "live.sahel"
    clock = StepClock()
    with SessionService.create(path, new_spec(), clock=clock) as writer:
        qid = writer.questions.list()[0].id
        sid = writer.speakers.add("Live speaker").id
        writer.turns.start(sid, qid)  # an open turn
        writer.contributions.record("recorded while the report is written", speaker_id=sid, question_id=qid)
        write_report(path, tmp_path / "live.pdf")
        writer.contributions.record("after", speaker_id=sid, question_id=qid)
    assert "recorded while the report is written" in norm(pdf_text(tmp_path / "live.pdf"))


@pytest.mark.parametrize("kwargs, message", [
    ({"lang": "de"}, "language"), ({"paper": "a3"}, "paper"),
])
def test_bad_options(panel: Path, tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        write_report(panel, tmp_path / "x.pdf", **kwargs)


def test_bad_input_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ReportError, match="not a Sahel Panel session"):
        write_report(tmp_path / "notes.txt", tmp_path / "x.pdf")
    with pytest.raises(ReportError, match="does not exist"):
        write_report(tmp_path / "missing.sahel", tmp_path / "x.pdf")
    with pytest.raises(ReportError, match="folder"):
        write_report(tmp_path / "missing.sahel", tmp_path / "nope" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_importing_the_package_does_not_import_reportlab() -> None:
    import subprocess
    import sys

    code = "import sys, sahel_panel.report, sahel_panel.exchange.export; print('reportlab' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
