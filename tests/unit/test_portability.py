"""The code runs on Windows and macOS too: no Linux-only modules, text files opened with an explicit encoding.

A static check of the package's source (AST), since these bugs only show on the other systems:
POSIX-only modules (``fcntl``, ``termios``, ``pwd``…) and Windows-only ones (``msvcrt``, ``winreg``…)
are allowed only in the writer lock, which picks the platform's own call; a text-mode ``open``/``read_text``/``write_text`` without
``encoding=`` would read templates as cp1252 on Windows; paths such as ``/tmp`` or ``~/.local``
belong to platformdirs/tempfile (only the Linux desktop integration names its XDG folders).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "sahel_panel"
SOURCES = sorted(PACKAGE.rglob("*.py"))
POSIX_ONLY = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix", "crypt", "spwd", "syslog",
              "readline",
              # and the other way round: Windows-only modules
              "msvcrt", "winreg", "winsound", "_winapi", "nt"}
LOCK = PACKAGE / "store" / "lock.py"
LINUX_PATHS = ("/tmp", "/proc", "/dev/shm", "~/.local", "~/.config", "/usr/share")


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_no_posix_only_module_outside_the_writer_lock() -> None:
    assert {_name(p): sorted(found) for p in SOURCES if p != LOCK and (found := _posix_imports(p))} == {}


def _posix_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module.split(".")[0])
    return imported & POSIX_ONLY


def _text_mode(call: ast.Call) -> bool:
    mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
    if mode is None:
        return True
    return not (isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "b" in mode.value)


def test_text_files_are_opened_with_an_explicit_encoding() -> None:
    assert {_name(p): lines for p in SOURCES if (lines := _open_without_encoding(p))} == {}


def _open_without_encoding(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    offenders = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or any(k.arg == "encoding" for k in node.keywords):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open" and _text_mode(node):
            offenders.append(node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr in ("read_text", "write_text"):
            offenders.append(node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr == "open" and isinstance(func.value, ast.Name) \
                and func.value.id in ("io", "codecs") and _text_mode(node):
            offenders.append(node.lineno)
    return offenders


def test_no_linux_only_paths() -> None:
    # desktop.py is the freedesktop.org integration: Linux by definition; the writer lock picks /tmp on POSIX
    # only when it exists (tempfile's folder elsewhere), for the reason its docstring gives.
    exempt = {PACKAGE / "desktop.py", LOCK}
    assert {_name(p): found for p in SOURCES if p not in exempt and (found := _linux_paths(p))} == {}


def _linux_paths(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    docstrings = {ast.get_docstring(n, clean=False) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)}
    return [s for s in strings if s not in docstrings and any(s.startswith(p) for p in LINUX_PATHS)]
