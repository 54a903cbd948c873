"""The demo session: created once in the data folder, recognised wherever it is named."""

from __future__ import annotations

from pathlib import Path

from sahel_panel.exchange.demo import DEMO_FILE, ensure_demo_session, is_demo
from sahel_panel.services import SessionService


def test_demo_is_created_once_and_recognised(tmp_path: Path) -> None:
    path = ensure_demo_session(tmp_path)
    assert path.name == DEMO_FILE and is_demo(path)
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_session(tmp_path) == path and path.stat().st_mtime_ns == stamp
    with SessionService.open(path, read_only=True) as s:
        assert s.counts().speakers > 5 and s.counts().questions == 14
    assert is_demo(tmp_path / "copied" / DEMO_FILE)
    assert not is_demo(tmp_path / "manama.sahel") and not is_demo(tmp_path / ("x" + DEMO_FILE))
