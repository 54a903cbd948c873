"""The demo session the app opens on first run: the built-in panel with a dozen speakers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.exchange.templates import resolve
from sahel_panel.paths import templates_dir, user_data_dir
from sahel_panel.services import SessionService

DEMO_TEMPLATE = "ipu146-sahel-security"
DEMO_FILE = "Demo - Sahel security panel (146th IPU Assembly).sahel"


def ensure_demo_session(folder: Path | None = None) -> Path:
    """Create the demo session in the user's data folder unless it already exists; return its path."""
    folder = folder or user_data_dir()
    path = folder / DEMO_FILE
    if not path.exists():
        template = resolve(DEMO_TEMPLATE)
        speakers = load_speaker_list(templates_dir() / "demo-speakers.csv")
        spec = replace(template.session, speakers=speakers)
        SessionService.create(path, spec).close()
    return path


def is_demo(path: str | Path) -> bool:
    """True for the demo session (by its file name, wherever it was copied), so the window can mark it.

    A rapporteur must never record the real panel into the demo without knowing: the window's
    title, status bar and recent-file lists say "demo" wherever this file is named.
    """
    return Path(path).name == DEMO_FILE
