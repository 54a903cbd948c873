"""The demo session a rapporteur may explore from the welcome page: the built-in panel with a dozen speakers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.exchange.templates import resolve
from sahel_panel.paths import DEMO_FILE, is_demo, templates_dir, user_data_dir
from sahel_panel.services import SessionService

__all__ = ["DEMO_FILE", "DEMO_TEMPLATE", "ensure_demo_session", "is_demo"]

DEMO_TEMPLATE = "ipu146-sahel-security"


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

