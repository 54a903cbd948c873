"""Helpers for the packaging tests: a clean copy of the source tree and a fresh virtual environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Build products and local state a clean clone does not have (the .qm files are compiled by the build).
NOT_IN_A_CLONE = (".venv", ".git", "*.qm", "*.egg-info", "__pycache__", "build", "dist", ".pytest_cache",
                  ".ruff_cache", "out")


def clean_source_copy(dest: Path) -> Path:
    """The repository as a fresh clone has it, so the build cannot lean on anything built in place."""
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(*NOT_IN_A_CLONE))
    return dest


def bin_dir(env_dir: Path) -> Path:
    return env_dir / ("Scripts" if sys.platform == "win32" else "bin")


def fresh_venv(env_dir: Path) -> Path:
    """A new virtual environment with pip and nothing else; returns its python."""
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    return bin_dir(env_dir) / ("python.exe" if sys.platform == "win32" else "python")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a child that must not see this checkout or this venv."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "SAHEL_PANEL_DEBUG")}
    env.update({"PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen", "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    env.update(extra)
    return env


def run(cmd: list[str | os.PathLike[str]], cwd: Path, timeout: float = 600, **env: str) -> str:
    """Run a child; fail with its whole output if it does not exit 0."""
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                            errors="replace", env=clean_env(**env), timeout=timeout)
    assert result.returncode == 0, f"{cmd} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout
