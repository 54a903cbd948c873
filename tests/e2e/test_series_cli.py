"""``sahel-panel series ...`` as a user runs it: real processes, exit codes, one-sentence errors, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sahel_panel.series.cli import SOME_REFUSED
from tests.unit.series_sessions import series_files


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SAHEL_PANEL_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "sahel_panel", "series", *args], cwd=cwd, capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("series-cli")
    series_files(folder)
    return folder


def test_every_command_has_help(folder: Path) -> None:
    for command in ("new", "add", "info", "merge", "export"):
        result = run(command, "--help", cwd=folder)
        assert result.returncode == 0 and "usage: sahel-panel series " + command in result.stdout
    assert "consolidate" in run("--help", cwd=folder).stdout


def test_new_add_info_merge_export(folder: Path) -> None:
    created = run("new", "call.sahelbook", "--title", "The Call of the Sahel", cwd=folder)
    assert created.returncode == 0 and "The Call of the Sahel" in created.stdout
    (folder / "notes.sahel").write_text("not a session\n", encoding="utf-8")
    snapshots = sorted(p.name for p in folder.glob("*-snapshot.sahel"))
    added = run("add", "call.sahelbook", *snapshots, "notes.sahel", "missing.sahel", cwd=folder)
    assert added.returncode == SOME_REFUSED, added.stderr
    assert added.stdout.count(" added: ") == 5
    assert "“notes.sahel” is not a Sahel Panel session file or snapshot; it was not added." in added.stdout
    assert "“missing.sahel” does not exist." in added.stdout
    assert "2 of 7 files were refused." in added.stdout
    again = run("add", "call.sahelbook", snapshots[0], cwd=folder)
    assert again.returncode == 0 and "same content" in again.stdout

    info = json.loads(run("info", "call.sahelbook", "--json", cwd=folder).stdout)
    assert info["counts"]["sessions"] == 5 and info["counts"]["recommendations"] == 17
    recs = [r for s in info["sessions"] for r in s["recommendations"] if "a seat in local" in r["text"]]
    assert len(recs) == 2
    text = run("info", "call.sahelbook", cwd=folder).stdout
    assert "[security] 2023-03-11 Mitigating the impact" in text and recs[0]["id"] in text
    assert "إنشاء شبكة برلمانية عربية أفريقية" in text

    merged = run("merge", "call.sahelbook", recs[0]["id"], recs[1]["id"][:8], "--text",
                 "Donner aux femmes et aux jeunes une place dans les comités locaux.", "--language", "fr", cwd=folder)
    assert merged.returncode == 0, merged.stderr
    new_id = merged.stdout.strip()
    assert len(new_id) == 36 and "\n" not in new_id
    info = json.loads(run("info", "call.sahelbook", "--json", cwd=folder).stdout)
    (chapter,) = info["chapters"]
    assert chapter["consolidated"][0]["id"] == new_id and chapter["consolidated"][0]["number"] == 1
    assert chapter["consolidated"][0]["text"] == {"fr": "Donner aux femmes et aux jeunes une place dans les comités locaux."}

    exported = run("export", "call.sahelbook", "-o", "call.json", cwd=folder)
    assert exported.returncode == 0, exported.stderr
    document = json.loads((folder / "call.json").read_text(encoding="utf-8"))
    assert document["format"] == "sahel-panel/series" and document["version"] == 1
    assert list(document)[:5] == ["format", "version", "generator", "schema_version", "workbook"]
    assert len(document["sessions"]) == 5 and len(document["source_files"]) == 5
    paragraph = document["chapters"][0]["consolidated"][0]
    assert {s["recommendation_id"] for s in paragraph["sources"]} == {recs[0]["id"], recs[1]["id"]}
    assert paragraph["support"]["panels"] == 2


def test_bad_input_is_one_sentence_and_a_non_zero_exit(folder: Path) -> None:
    cases = [
        (("new", "x.txt"), "must end in .sahelbook"),
        (("info", "nowhere.sahelbook"), "does not exist"),
        (("add", "community-snapshot.sahel", "environment-snapshot.sahel"), "not a Sahel Panel series workbook"),
        (("merge", "bad.sahelbook", "abc"), ""),
        (("export", "bad.sahelbook", "-o", "out.txt"), ""),
    ]
    run("new", "bad.sahelbook", cwd=folder)
    for args, words in cases:
        result = run(*args, cwd=folder)
        assert result.returncode != 0, args
        assert result.stderr.startswith("sahel-panel: ") and result.stderr.count("\n") == 1, result.stderr
        assert words in result.stderr
    result = run("merge", "bad.sahelbook", "deadbeef-nothing", cwd=folder)
    assert "is not a recommendation of this workbook" in result.stderr
    result = run("export", "bad.sahelbook", "-o", "bad.sahelbook", cwd=folder)
    assert result.returncode == 1 and "must end in .json" in result.stderr
    result = run("merge", "bad.sahelbook", "x", "--language", "fr", cwd=folder)
    assert result.returncode == 1 and "--language needs --text" in result.stderr
