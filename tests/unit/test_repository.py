"""The test suite works from a fresh clone: bare ``pytest`` collects everything, nothing outside is read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_bare_pytest_collects_every_test_file() -> None:
    pytest_exe = Path(sys.executable).with_name("pytest")
    if not pytest_exe.exists():
        pytest.skip("no pytest console script beside this interpreter")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([str(pytest_exe), "--collect-only", "-q", "-p", "no:cacheprovider"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "error" not in done.stdout.lower().split("\n")[-2]
    files = {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line}
    on_disk = {str(p.relative_to(REPO)) for p in (REPO / "tests").rglob("test_*.py")}
    assert on_disk <= files


def test_no_test_reads_outside_the_repository() -> None:
    outside = re.compile(r"""\.\./shared|["']shared["']|shared/seeds""")
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "tests").rglob("*.py")
                 if p.name != "test_repository.py" and outside.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
