"""A full disk is a sentence for the user and a whole rollback, never a raw sqlite3 error."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_panel.services import NewSession, SessionService
from sahel_panel.store import WriteFailed


def test_disk_full_is_a_clear_error_and_nothing_is_half_written(tmp_path: Path) -> None:
    with SessionService.create(tmp_path / "full.sahel", NewSession(title="Full disk")) as s:
        speaker = s.speakers.add("Fatimata Sow")
        s.contributions.record("Recorded before the disk filled up.", speaker.id)
        conn = s.store.db.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")  # SQLite now behaves as on a full disk
        with pytest.raises(WriteFailed) as err:
            s.contributions.record("x" * 200_000, speaker.id)
        message = str(err.value)
        assert message.startswith("“full.sahel” could not be written (database or disk is full)")
        assert err.value.template and err.value.params["file"] == "full.sahel"
        assert [c.text for c in s.contributions.list()] == ["Recorded before the disk filled up."]
        conn.execute("PRAGMA max_page_count=1073741823")
        s.contributions.record("Space is back.", speaker.id)
        assert s.store.integrity_ok()
    with SessionService.open(tmp_path / "full.sahel", read_only=True) as s:
        assert [c.text for c in s.contributions.list()] == ["Recorded before the disk filled up.", "Space is back."]
