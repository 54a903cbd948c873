"""Snapshots: consistent while the window writes, integrity ok, SHA-256 manifest verified, tampering caught."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from report_sessions import StepClock, new_spec, panel_session

from sahel_panel.exchange import snapshot
from sahel_panel.exchange.export import export_session
from sahel_panel.output.errors import ExportError, ReportError
from sahel_panel.services import SessionService


def test_snapshot_during_concurrent_writes(tmp_path: Path) -> None:
    path = tmp_path / "live.sahel"
    SessionService.create(path, new_spec(), clock=StepClock()).close()
    stop = threading.Event()
    written: list[int] = []
    failed: list[BaseException] = []

    def keep_recording() -> None:
        # The writer lives in its own thread (connections are not shared across threads).
        try:
            with SessionService.open(path, clock=StepClock()) as writer:
                qid = writer.questions.list()[0].id
                sid = writer.speakers.add("Rapporteur typing fast").id
                n = 0
                while not stop.is_set():
                    writer.contributions.record(f"contribution {n} " + "x" * 200, speaker_id=sid, question_id=qid)
                    n += 1
                    written.append(n)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failed.append(exc)
            raise

    thread = threading.Thread(target=keep_recording)
    thread.start()
    try:
        snaps = []
        for i in range(3):
            while len(written) < 50 * (i + 1):
                assert not failed, failed
                threading.Event().wait(0.01)
            out = tmp_path / f"snap{i}.sahel"
            export_session(path, out)
            snaps.append(out)
    finally:
        stop.set()
        thread.join()
    assert not failed
    previous = -1
    for out in snaps:
        assert snapshot.verify(out) == []
        conn = sqlite3.connect(out)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM contribution").fetchone()[0]
        conn.close()
        assert count > previous
        previous = count
        with SessionService.open(out, read_only=True) as svc:  # a real session file
            assert svc.counts().contributions == count
    assert len(written) > previous  # the writer went on after the last snapshot


def test_tampered_snapshot_fails_verify(tmp_path: Path) -> None:
    session = panel_session(tmp_path / "panel.sahel")
    out = tmp_path / "snap.sahel"
    export_session(session, out)
    assert snapshot.verify(out) == []
    assert snapshot.manifest(out)["algorithm"] == "sha256"
    conn = sqlite3.connect(out)
    conn.execute("UPDATE recommendation SET status='agreed' WHERE status='withdrawn'")
    conn.commit()
    conn.close()
    problems = snapshot.verify(out)
    assert problems and "SHA-256" in problems[0]

    export_session(session, out)  # overwrite with a fresh one
    conn = sqlite3.connect(out)
    conn.execute("DELETE FROM recommendation_source")
    conn.commit()
    conn.close()
    problems = snapshot.verify(out)
    assert any("recommendation_source" in p for p in problems)


def test_vacuumed_snapshot_still_verifies(tmp_path: Path) -> None:
    """Rowids may change with VACUUM; the digest sorts rows by content, so it does not care."""
    out = tmp_path / "snap.sahel"
    export_session(panel_session(tmp_path / "panel.sahel"), out)
    conn = sqlite3.connect(out)
    conn.execute("VACUUM")
    conn.close()
    assert snapshot.verify(out) == []


def test_verify_refuses_what_is_not_a_snapshot(tmp_path: Path) -> None:
    session = panel_session(tmp_path / "panel.sahel")
    assert "no snapshot manifest" in snapshot.verify(session)[0]
    (tmp_path / "junk.sahel").write_bytes(b"junk" * 100)
    assert "not a Sahel Panel snapshot" in snapshot.verify(tmp_path / "junk.sahel")[0]
    assert "does not exist" in snapshot.verify(tmp_path / "missing.sahel")[0]


def test_export_errors_are_sentences_and_write_nothing(tmp_path: Path) -> None:
    session = panel_session(tmp_path / "panel.sahel")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExportError, match=r"\.sahel, \.json or \.docx"):
        export_session(session, tmp_path / "out.xlsx")
    with pytest.raises(ExportError, match="report"):
        export_session(session, tmp_path / "out.pdf")
    with pytest.raises(ReportError, match="does not exist"):
        export_session(tmp_path / "missing.sahel", tmp_path / "out.json")
    (tmp_path / "notes.txt").write_text("not a session")
    with pytest.raises(ReportError, match="not a Sahel Panel session"):
        export_session(tmp_path / "notes.txt", tmp_path / "out.sahel")
    with pytest.raises(ExportError, match="overwrite the session"):
        export_session(session, session)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "notes.txt"])


def test_failed_snapshot_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = panel_session(tmp_path / "panel.sahel")
    out = tmp_path / "snap.sahel"
    out.write_bytes(b"previous snapshot")
    monkeypatch.setattr(snapshot, "canonical_digest", lambda conn: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        export_session(session, out)
    assert out.read_bytes() == b"previous snapshot"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".snap")]


def test_snapshot_of_a_file_with_a_quote_in_a_table_name(tmp_path: Path) -> None:
    """Another tool may add a table whose name holds ``"``: the canonical dump quotes it by doubling."""
    path = tmp_path / "s.sahel"
    SessionService.create(path, new_spec()).close()
    conn = sqlite3.connect(path)
    conn.execute('CREATE TABLE "notes ""by"" the secretariat" (id INTEGER PRIMARY KEY, text TEXT)')
    conn.execute('INSERT INTO "notes ""by"" the secretariat" (text) VALUES (\'kept\')')
    conn.commit()
    conn.close()
    out = tmp_path / "copy.sahel"
    export_session(path, out)
    assert snapshot.verify(out) == []
    assert '"notes ""by"" the secretariat"' == snapshot.quote_name('notes "by" the secretariat')
