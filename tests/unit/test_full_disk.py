"""A full disk: every writer says so in one sentence naming the target, and leaves nothing partial behind.

Needs a small file system to fill: a tmpfs mounted for the test (as root), skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_panel.cli import main
from tests.unit.helpers import new_session, speakers


def _can_mount() -> str | None:
    if sys.platform != "linux":
        return "a small tmpfs is mounted with Linux's mount"
    if os.geteuid() != 0:
        return "mounting a small tmpfs to fill needs root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount not found"
    return None


def fill(path: Path) -> None:
    """Write zeros to ``path`` until the file system is full (unbuffered: nothing left to flush)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        while True:
            try:
                os.write(fd, b"\0" * 4096)
            except OSError:
                break
        while True:  # the last few bytes too
            try:
                os.write(fd, b"\0")
            except OSError:
                break
    finally:
        os.close(fd)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 1 MB tmpfs filled to its last few kilobytes."""
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        fill(folder / "filler")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def session(tmp_path: Path) -> Path:
    with new_session(tmp_path, speakers=speakers()) as s:
        sp, q = s.speakers.list()[0].id, s.questions.list()[0].id
        with s.store.atomic():
            for i in range(300):
                s.contributions.record(f"contribution {i} {uuid.uuid4()} la sécurité au Sahel — الأمن " * 3,
                                       speaker_id=sp, question_id=q)
    return tmp_path / "s.sahel"


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in ("filler", "lost+found"))


# python-docx leaves its ZipFile to the garbage collector when the disk fills; its __del__ then fails again.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("name", ["copy.sahel", "s.json", "s.docx", "s.pdf"])
def test_exports_onto_a_full_disk_say_so_and_leave_nothing(session: Path, full_disk: Path, name: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = full_disk / name
    argv = ["report", str(session), "-o", str(target)] if name.endswith(".pdf") else \
        ["export", str(session), "-o", str(target)]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unexpected error" not in err, err
    assert str(target) in err and "disk is full" in err, err
    assert _left(full_disk) == []  # no target, no temporary part


def test_an_older_export_survives_a_full_disk(session: Path, full_disk: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (full_disk / "filler").write_bytes(b"\0" * 100_000)  # room for a small old file, not for the new one
    old = full_disk / "s.json"
    old.write_text('{"old": true}', encoding="utf-8")
    fill(full_disk / "more")
    assert main(["export", str(session), "-o", str(old)]) == 1
    assert "disk is full" in capsys.readouterr().err
    assert old.read_text(encoding="utf-8") == '{"old": true}'
    assert _left(full_disk) == ["more", "s.json"]


def test_new_onto_a_full_disk_says_so_and_leaves_nothing(full_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = full_disk / "new.sahel"
    assert main(["new", str(target), "--template", "ipu146-sahel-security"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unexpected error" not in err, err
    assert str(target) in err or "new.sahel" in err
    assert "full" in err
    assert _left(full_disk) == []
