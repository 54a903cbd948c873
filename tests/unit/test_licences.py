"""The About dialog's licence list covers every distribution Sahel Panel installs, and only real ones."""

from __future__ import annotations

import importlib.metadata
import re

from sahel_panel import licences


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(dist: str = "sahel-panel") -> set[str]:
    """Every installed distribution reached from ``dist``'s requirements, extras excluded."""
    seen: set[str] = set()
    todo = [dist]
    while todo:
        name = todo.pop()
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for req in requires:
            if "extra ==" in req:
                continue
            if ";" in req and "python_version" not in req and "platform" not in req and "sys_platform" not in req:
                continue
            dep = _norm(re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0])
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return {d for d in seen if _installed(d)}


def _installed(name: str) -> bool:
    try:
        importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def test_every_runtime_distribution_is_listed_with_its_licence() -> None:
    listed = {_norm(c.dist) for c in licences.COMPONENTS if c.dist}
    missing = sorted(runtime_closure() - listed)
    assert missing == [], f"add these to sahel_panel/licences.py (licence from their metadata): {missing}"


def test_the_names_the_spec_and_the_about_dialog_need_are_present() -> None:
    names = {c.name for c in licences.COMPONENTS}
    assert {"Qt", "PySide6", "ReportLab", "python-docx", "arabic-reshaper", "python-bidi", "PyYAML",
            "platformdirs", "DejaVu Sans"} <= names
    shown = dict((c.name, v) for c, v in licences.installed())
    assert shown["PySide6"] == importlib.metadata.version("PySide6-Essentials")
    assert shown["Python"].count(".") == 2 and shown["SQLite"]
    assert all(c.licence and c.purpose for c in licences.COMPONENTS)
