"""Where things live: shipped resources, translations, and the user's data folder.

Three layouts hold the same ``resources/`` and ``translations/`` folders: a source checkout (beside
the package, where the repository keeps them), an installed wheel (``sahel_panel/_data``, copied
there at build time by ``tools/build_hooks.py``, with the .qm files compiled) and the PyInstaller
bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from sahel_panel import APP_NAME, ORG_NAME

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def project_root() -> Path:
    """The folder holding ``resources/`` and ``translations/`` (frozen bundle, installed wheel or checkout)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = PACKAGE_DIR / "_data"
    if (installed / "resources").is_dir():
        return installed
    return PACKAGE_DIR.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def translations_dir() -> Path:
    return project_root() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def user_data_dir() -> Path:
    import platformdirs  # only for the demo session on first run: not on the start-up path

    path = Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


DEMO_FILE = "Demo - Sahel security panel (146th IPU Assembly).sahel"
"""The demo session's file name (``exchange.demo`` creates it); here so the window can tell it cheaply."""


def is_demo(path: str | Path) -> bool:
    """True for the demo session (by its file name, wherever it was copied), so the window can mark it.

    A rapporteur must never record the real panel into the demo without knowing: the window's
    title, status bar and recent-file lists say "demo" wherever this file is named.
    """
    return Path(path).name == DEMO_FILE
