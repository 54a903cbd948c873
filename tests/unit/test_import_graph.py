"""The import graph of sahel_panel has no circle, and the arrows run one way: ui -> services -> store/domain.

Read from the source with ``ast`` (nothing is imported), so a circle hidden behind
``TYPE_CHECKING`` or inside a function counts too: a circle there is still two modules
that cannot be understood one without the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "sahel_panel"
ENTRY_POINTS = {"sahel_panel.cli", "sahel_panel.__main__"}
"""The only modules outside ``ui`` that may start the window."""
NO_QT = ("sahel_panel.domain", "sahel_panel.store", "sahel_panel.services")
SHARED_ROOMS = ("sahel_panel.ui.core", "sahel_panel.ui.text")
SHELL_LEAVES = {"sahel_panel.ui.core.settings", "sahel_panel.ui.core.prompts"}
"""Shell modules a room may use (they import no room): the settings store and the message boxes."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every module of sahel_panel (or Qt, as ``PySide6``) that ``name`` imports, wherever the import is."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            if target.split(".")[0] == "PySide6":
                found.add("PySide6")
            elif target in known:
                found.add(target)
    found.discard(name)
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports, as the list of modules along it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt == "PySide6":
                continue
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_the_graph_is_read(graph: dict[str, set[str]]) -> None:
    """Guard the guard: the walk finds the modules and the arrows it is meant to judge."""
    assert "sahel_panel.ui.shell.main_window" in graph
    assert "sahel_panel.ui.shell.windows" in graph["sahel_panel.ui.shell.main_window"]
    assert "sahel_panel.services" in graph["sahel_panel.ui.core.document"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_import_circle(graph: dict[str, set[str]]) -> None:
    cycle = _cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


def test_nothing_below_the_window_imports_it(graph: dict[str, set[str]]) -> None:
    offenders = {name: sorted(t for t in targets if t.startswith("sahel_panel.ui"))
                 for name, targets in graph.items()
                 if not name.startswith("sahel_panel.ui") and name not in ENTRY_POINTS}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_store_and_services_know_nothing_of_qt(graph: dict[str, set[str]]) -> None:
    offenders = sorted(name for name, targets in graph.items() if name.startswith(NO_QT) and "PySide6" in targets)
    assert offenders == []


def test_rooms_never_import_the_shell(graph: dict[str, set[str]]) -> None:
    """The shell assembles the rooms; a room reaching back into it would be a circle in waiting."""
    offenders = {name: sorted(t for t in targets if t.startswith("sahel_panel.ui.shell"))
                 for name, targets in graph.items()
                 if name.startswith("sahel_panel.ui.") and not name.startswith("sahel_panel.ui.shell")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_shared_rooms_import_no_feature_room(graph: dict[str, set[str]]) -> None:
    offenders = {name: sorted(t for t in targets
                              if t.startswith("sahel_panel.ui.") and not t.startswith(SHARED_ROOMS))
                 for name, targets in graph.items() if name.startswith(SHARED_ROOMS)}
    assert {k: v for k, v in offenders.items() if v} == {}


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["sahel_panel", "ui"] else None


def test_rooms_form_no_circle(graph: dict[str, set[str]]) -> None:
    """Between rooms too the arrows run one way (floor shows no speakers widget; the speakers dock shows the floor)."""
    rooms: dict[str, set[str]] = {}
    for name, targets in graph.items():
        room = _room(name)
        if room is not None:
            rooms.setdefault(room, set()).update(r for t in targets if (r := _room(t)) not in (None, room))
    assert "floor" in rooms["speakers"] and "core" in rooms["floor"]  # the walk sees the arrows it judges
    cycle = _cycle(rooms)
    assert cycle is None, "rooms import each other: " + " -> ".join(cycle or [])
