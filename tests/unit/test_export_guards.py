"""Exports never replace the session, snapshots of snapshots work, hostile manifests and text are handled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import docx
import pytest

from sahel_panel.cli import main
from sahel_panel.exchange import snapshot
from sahel_panel.exchange.export import export_session
from sahel_panel.report import ReportError, write_report
from sahel_panel.services import NewSession, SessionService


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "s.sahel"
    spec = NewSession(title="Panel \x00\x01\ufffe title\x1b[31m", series="Series \uffff",
                      questions=[{"en": "What is the role of parliaments?"}])
    with SessionService.create(path, spec) as s:
        sp = s.speakers.add("Aïssata \ud800Diallo")  # a lone surrogate from a broken clipboard
        s.contributions.record("Oversight \ufffe of budgets \ud83d.", sp.id, s.questions.list()[0].id)
    return path


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_no_writer_replaces_the_session_or_its_companions(session: Path, suffix: str) -> None:
    from sahel_panel.exchange.json_export import write_json
    from sahel_panel.report.docx_report import write_docx

    target = session.with_name(session.name + suffix)
    before = session.read_bytes()
    for writer in (write_report, write_json, write_docx, snapshot.take):
        with pytest.raises(ReportError, match="is the session itself"):
            writer(session, target)
    assert session.read_bytes() == before


def test_cli_report_onto_the_session_is_refused(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(session), "-o", str(session)]) == 1
    assert "is the session itself" in capsys.readouterr().err
    with SessionService.open(session, read_only=True) as s:
        assert s.counts().contributions == 1


def test_snapshot_of_a_snapshot(session: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.sahel", tmp_path / "b.sahel"
    export_session(session, first)
    export_session(first, second)
    assert snapshot.verify(second) == []


@pytest.mark.parametrize("tamper", [
    "DROP TABLE snapshot_manifest; CREATE TABLE snapshot_manifest (k TEXT, v TEXT)",
    "UPDATE snapshot_manifest SET value='[1]' WHERE key='table_counts'; UPDATE speaker SET name='X'",
    "UPDATE snapshot_manifest SET value='null' WHERE key='table_counts'; UPDATE speaker SET name='X'",
])
def test_hostile_manifest_is_a_problem_not_a_crash(session: Path, tmp_path: Path, tamper: str) -> None:
    snap = tmp_path / "snap.sahel"
    export_session(session, snap)
    with sqlite3.connect(snap) as conn:
        conn.executescript(tamper)
    problems = snapshot.verify(snap)
    assert problems and all(isinstance(p, str) for p in problems)


def test_docx_with_xml_invalid_characters(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    export_session(session, out)
    document = docx.Document(str(out))
    assert document.core_properties.title == "Panel  title[31m"
    assert any("Oversight  of budgets" in p.text for p in document.paragraphs)


def test_info_strips_terminal_escapes(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(session)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x00" not in out and "Panel" in out


def test_lone_surrogates_are_stored_as_replacement_characters(session: Path) -> None:
    with SessionService.open(session, read_only=True) as s:
        assert s.speakers.list()[0].name == "Aïssata \ufffdDiallo"
        assert s.contributions.list()[0].text == "Oversight \ufffe of budgets \ufffd."
