#!/usr/bin/env python3
"""Qt Linguist pipeline: ``update`` extracts strings into translations/*.ts; ``build`` compiles .qm.

    python tools/translations.py update   # after changing user-visible strings
    python tools/translations.py build    # run by tools/dev.sh and the PyInstaller spec

The .ts files are committed; the .qm files are build products (git-ignored).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "ar")
TS = [ROOT / "translations" / f"sahel_panel_{lang}.ts" for lang in LANGS]


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment.")
    return found


def _lrelease() -> str:
    """Qt's lrelease shipped inside PySide6 (also in a wheel's isolated build environment), else on PATH."""
    try:
        import PySide6
    except ImportError:
        return _tool("pyside6-lrelease")
    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return str(exe) if exe.exists() else _tool("pyside6-lrelease")


def sources() -> list[str]:
    """The window's modules, plus the lower-layer modules whose error sentences it shows.

    Those mark their templates with ``QT_TRANSLATE_NOOP("Errors", ...)`` (sahel_panel/messages.py),
    which lupdate extracts without Qt being imported there.
    """
    pkg = ROOT / "sahel_panel"
    return sorted(str(p) for p in pkg.rglob("*.py") if "ui" in p.parts or p.name == "i18n.py" or _marks_errors(p))


def _marks_errors(path: Path) -> bool:
    return path.name == "messages.py" or "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")


def update() -> None:
    for lang, ts in zip(LANGS, TS, strict=True):
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-target-language", lang, "-ts", str(ts)], check=True)


def build(out_dir: Path | None = None) -> list[Path]:
    """Compile each .ts to .qm beside it (or into ``out_dir``, for a wheel) when missing or older."""
    built = []
    for ts in TS:
        if ts.exists():
            qm = (out_dir / ts.name).with_suffix(".qm") if out_dir else ts.with_suffix(".qm")
            qm.parent.mkdir(parents=True, exist_ok=True)
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[action]()
