"""The command line as a user runs it: real processes, exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sahel_panel.cli import COMMANDS, build_parser
from sahel_panel.services import SessionService

TEMPLATE = "ipu146-sahel-security"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SAHEL_PANEL_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "sahel_panel", *args], cwd=cwd, capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def session_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    result = run("new", "s.sahel", "--template", TEMPLATE, cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "14 questions" in result.stdout
    return folder


def test_info_shows_the_fourteen_questions_in_three_languages(session_dir: Path) -> None:
    out = run("info", "s.sahel", cwd=session_dir).stdout
    assert "Mitigating the impact of security threats by building resilience in the Sahel" in out
    assert "2023-03-11 14:30–17:30" in out and "Grand Hall E" in out
    assert out.count("    en: ") == out.count("    fr: ") == out.count("    ar: ") == 14
    assert "ما الذي تحتاجه الحكومات من أجل السيطرة الفعالة على أراضيها وضمان الأمن لسكانها؟" in out
    assert "De quoi les gouvernements ont-ils besoin" in out
    assert "(missing)" not in out


def test_info_json_has_counts_and_coverage(session_dir: Path) -> None:
    data = json.loads(run("info", "s.sahel", "--json", cwd=session_dir).stdout)
    assert data["counts"]["questions"] == 14
    assert data["session"]["area"] == "security"
    assert [q["position"] for q in data["questions"]] == list(range(1, 15))
    assert all(q["addressed"] is False and q["contributions"] == 0 for q in data["questions"])
    assert all(set(q["text"]) == {"en", "fr", "ar"} and all(q["text"].values()) for q in data["questions"])


def test_info_counts_recorded_work(tmp_path: Path) -> None:
    assert run("new", "w.sahel", "--template", TEMPLATE, cwd=tmp_path).returncode == 0
    with SessionService.open(tmp_path / "w.sahel") as service:
        q = service.questions.list()[2]
        speaker = service.speakers.add("Aïssata Diallo", category="regional_parliamentary_body")
        c = service.contributions.record("Oversight of the armed forces", speaker.id, q.id)
        service.recommendations.draft("Create a joint oversight committee", q.id, source_ids=[c.id])
    data = json.loads(run("info", "w.sahel", "--json", cwd=tmp_path).stdout)
    assert data["counts"]["contributions"] == 1 and data["counts"]["speakers"] == 1
    third = data["questions"][2]
    assert (third["contributions"], third["recommendations"], third["addressed"]) == (1, 1, True)


def test_templates_lists_the_builtin(tmp_path: Path) -> None:
    out = run("templates", cwd=tmp_path).stdout
    assert TEMPLATE in out and "14 questions" in out


def test_check_good_and_bad_files(tmp_path: Path, session_dir: Path) -> None:
    assert run("check", "s.sahel", cwd=session_dir).returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nsession:\n  title: x\n  area: war\n  when: now\nquestions: []\n", encoding="utf-8")
    result = run("check", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "bad.yaml, line 4, field “session.area”" in result.stdout
    assert "bad.yaml, line 5, field “session.when”: unknown key" in result.stdout
    assert "questions" in result.stdout and "3 problems found in this template." in result.stdout
    csv = tmp_path / "l.csv"
    csv.write_text("name,gender\nA,man\nB,robot\n", encoding="utf-8")
    result = run("check", str(csv), cwd=tmp_path)
    assert result.returncode == 1 and "l.csv, line 3, field “gender”" in result.stdout
    junk = tmp_path / "junk.sahel"
    junk.write_text("not a database", encoding="utf-8")
    result = run("check", str(junk), cwd=tmp_path)
    assert result.returncode == 1 and "not a Sahel Panel session file" in result.stdout


def test_speakers_import_all_or_nothing(tmp_path: Path) -> None:
    assert run("new", "i.sahel", "--title", "Import test", cwd=tmp_path).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("name,category\nA,expert\nB,astronaut\n", encoding="utf-8")
    result = run("speakers", "import", "i.sahel", str(bad), cwd=tmp_path)
    assert result.returncode == 1 and "bad.csv, line 3, field “category”" in result.stderr
    with SessionService.open(tmp_path / "i.sahel", read_only=True) as service:
        assert service.speakers.list() == []
    good = tmp_path / "good.csv"
    good.write_text("name,category\nA,expert\nعبد الله,parliamentarian\n", encoding="utf-8")
    result = run("speakers", "import", "i.sahel", str(good), cwd=tmp_path)
    assert result.returncode == 0 and "Imported 2 speakers" in result.stdout


def test_bad_input_gives_clear_messages(tmp_path: Path) -> None:
    (tmp_path / "text.sahel").write_text("hello", encoding="utf-8")
    cases = [
        (("info", "missing.sahel"), "does not exist"),
        (("info", "text.sahel"), "is not a Sahel Panel session file"),
        (("new", "x.sahel", "--template", "nope"), "no such template"),
        (("new", "nofolder/x.sahel"), "does not exist"),
    ]
    for args, message in cases:
        result = run(*args, cwd=tmp_path)
        assert result.returncode != 0 and message in result.stderr, (args, result.stderr)


def test_newer_file_refused(tmp_path: Path) -> None:
    assert run("new", "n.sahel", cwd=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "n.sahel") as conn:
        conn.execute("PRAGMA user_version=99")
    result = run("info", "n.sahel", cwd=tmp_path)
    assert result.returncode == 1 and "newer version of Sahel Panel" in result.stderr


def test_locked_file_refuses_second_writer(tmp_path: Path) -> None:
    assert run("new", "l.sahel", cwd=tmp_path).returncode == 0
    good = tmp_path / "g.csv"
    good.write_text("name\nA\n", encoding="utf-8")
    with SessionService.open(tmp_path / "l.sahel"):
        result = run("speakers", "import", "l.sahel", str(good), cwd=tmp_path)
        assert result.returncode == 1 and "already open for writing" in result.stderr
        assert run("info", "l.sahel", cwd=tmp_path).returncode == 0  # readers are welcome


@pytest.mark.parametrize("command", [c for c in COMMANDS] + ["speakers import"])
def test_every_command_has_help(command: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args([*command.split(), "--help"])
    assert info.value.code == 0


def test_console_script_declared() -> None:
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'sahel-panel = "sahel_panel.cli:main"' in text


def test_report_and_exports_from_the_command_line(session_dir: Path, tmp_path: Path) -> None:
    import docx

    assert run("report", str(session_dir / "s.sahel"), "-o", "r.pdf", "--lang", "fr", cwd=tmp_path).returncode == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert run("export", str(session_dir / "s.sahel"), "-o", "r.docx", "--lang", "ar", cwd=tmp_path).returncode == 0
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    assert "ما هو دور البرلمانات والبرلمانيين في تغيير الوضع الأمني في منطقة الساحل؟" in text
    assert run("export", str(session_dir / "s.sahel"), "-o", "snap.sahel", cwd=tmp_path).returncode == 0
    result = run("check", "snap.sahel", cwd=tmp_path)
    assert result.returncode == 0 and "no problems found" in result.stdout
    result = run("export", str(session_dir / "s.sahel"), "-o", "r.txt", cwd=tmp_path)
    assert result.returncode == 1 and ".sahel, .json or .docx" in result.stderr


def test_open_quits_when_idle(session_dir: Path, tmp_path: Path) -> None:
    """``sahel-panel FILE --quit-when-idle`` opens the window, paints it and exits 0: start-up anyone can time."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    path = next(session_dir.glob("*.sahel"))
    result = subprocess.run([sys.executable, "-m", "sahel_panel", str(path), "--quit-when-idle"], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    locked = subprocess.run([sys.executable, "-m", "sahel_panel", "check", str(path)], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert locked.returncode == 0, locked.stdout + locked.stderr  # the window let go of the file


def test_self_test_passes_in_a_real_process_one_line_per_step(tmp_path: Path) -> None:
    result = run("--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[2] for line in lines[:9]] == ["session", "record", "language", "similar", "pdf-en", "pdf-ar",
                                                        "docx", "snapshot", "window"]
    assert all(line.split()[1] == "ok" for line in lines[:9])
    assert lines[9].startswith("Self-test passed")
    assert list(tmp_path.iterdir()) == []
