"""JSON export (round trip of counts, exact text) and the editable DOCX report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_sessions import QUESTIONS, big_session, new_spec, panel_session

from sahel_panel.exchange import json_export
from sahel_panel.exchange.export import export_session
from sahel_panel.output.errors import ExportError
from sahel_panel.services import SessionService


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return panel_session(tmp_path_factory.mktemp("exp") / "manama.sahel")


def test_json_round_trip_of_counts(tmp_path: Path) -> None:
    session = big_session(tmp_path / "big.sahel", contributions=400, recommendations=60)
    out = tmp_path / "big.json"
    export_session(session, out)
    document = json_export.read_json(out)
    with SessionService.open(session, read_only=True) as svc:
        c = svc.counts()
        expected = {"questions": c.questions, "speakers": c.speakers, "turns": c.turns,
                    "contributions": c.contributions, "recommendations": c.recommendations}
        links = svc.store.db.execute("SELECT count(*) FROM recommendation_source").fetchone()[0]
    assert json_export.counts_of(document) == expected == document["counts"]
    assert sum(len(r["source_ids"]) for r in document["recommendations"]) == links
    assert document["format"] == "sahel-panel/session" and document["version"] == 2
    assert list(document) == ["format", "version", "generator", "schema_version", "session", "questions",
                              "speakers", "turns", "contributions", "recommendations", "statistics", "counts"]


def test_json_keeps_text_exactly_and_is_stable(tmp_path: Path) -> None:
    hostile = "<b>x</b> & \u202e\x00 🙂 " + "é" * 1000
    path = tmp_path / "h.sahel"
    with SessionService.create(path, new_spec(questions=QUESTIONS[:2])) as svc:
        qid = svc.questions.list()[0].id
        rec = svc.recommendations.draft("first wording", question_id=qid, language="en")
        svc.recommendations.revise(rec.id, hostile)
        svc.contributions.record(hostile, question_id=qid, tags=["sécurité"])
    export_session(path, tmp_path / "a.json")
    export_session(path, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert document["contributions"][0]["text"] == hostile
    assert document["contributions"][0]["tags"] == ["sécurité"]
    assert [r["text"] for r in document["recommendations"][0]["revisions"]] == ["first wording", hostile]
    assert document["questions"][0]["text"]["ar"] == QUESTIONS[0]["ar"]


def test_read_json_refuses_other_files(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"format": "other"}')
    with pytest.raises(ExportError, match="not a Sahel Panel session export"):
        json_export.read_json(tmp_path / "x.json")
    (tmp_path / "y.json").write_text("{nope")
    with pytest.raises(ExportError, match="not valid JSON"):
        json_export.read_json(tmp_path / "y.json")


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_docx_report_content(panel: Path, tmp_path: Path, lang: str) -> None:
    from sahel_panel.report.docx_report import write_docx

    out = tmp_path / f"report-{lang}.docx"
    write_docx(panel, out, lang=lang)
    text = docx_text(out)
    for q in QUESTIONS:
        assert q[lang] in text
    assert "Marco Bellini" in text and "سارة المنصوري" in text and "CIP G5 Sahel" in text
    assert "Establish an Arab–African parliamentary network" in text
    assert "تخصيص 10% من موازنات الأمن" in text  # logical order: Word does the layout
    xml = _document_xml(out)
    if lang == "ar":
        assert "<w:bidi/>" in xml and "<w:bidiVisual" in xml and "<w:rtl/>" in xml
        assert "الصفحة" in _part(out, "word/footer") and "NUMPAGES" in _part(out, "word/footer")
    else:
        assert "<w:rtl/>" in xml  # the Arabic contributions are right-to-left even in English
        assert "<w:bidiVisual" not in xml


def test_docx_export_by_extension_uses_session_language_and_hostile_text(tmp_path: Path) -> None:
    path = tmp_path / "h.sahel"
    with SessionService.create(path, new_spec(questions=QUESTIONS[:1])) as svc:
        qid = svc.questions.list()[0].id
        sid = svc.speakers.add("<b>Evil</b> & Co").id
        svc.contributions.record("<img src=x> &amp; \x00NUL \u202eRLO 🙂", speaker_id=sid, question_id=qid)
        svc.contributions.record("word " * 20_000, speaker_id=sid, question_id=qid)
    out = tmp_path / "report.docx"
    out.write_bytes(b"old")
    export_session(path, out)
    text = docx_text(out)
    assert "<img src=x> &amp; NUL RLO 🙂" in text and "<b>Evil</b> & Co" in text
    assert text.count("word") >= 20_000
    assert "Overview" in text  # first language of the session is English


def _part(path: Path, prefix: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith(prefix))


def _document_xml(path: Path) -> str:
    return _part(path, "word/document.xml")
