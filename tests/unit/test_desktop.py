"""``--install-desktop``: desktop entry, MIME types and icons in the user's data folder, and nothing else."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sahel_panel import cli, desktop


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throw-away user: data, config and home all under tmp_path (xdg-mime writes ~/.config)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_install_writes_entry_mime_types_and_icons(home: Path) -> None:
    outcome = desktop.install()
    entry = (home / "applications" / "sahel-panel.desktop").read_text(encoding="utf-8")
    assert "Exec=" in entry and entry.count("%f") == 1
    assert "MimeType=application/x-sahel-session;application/x-sahel-workbook;" in entry
    assert "Icon=sahel-panel" in entry and "Name=Sahel Panel" in entry
    mime = ET.parse(home / "mime" / "packages" / "sahel-panel.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    globs = {m.get("type"): m.find(f"{ns}glob").get("pattern") for m in mime.iter(f"{ns}mime-type")}
    assert globs == {"application/x-sahel-session": "*.sahel", "application/x-sahel-workbook": "*.sahelbook"}
    for size in desktop.ICON_SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sahel-panel.png").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-sahel-session.svg").is_file()
    assert all(str(p).startswith(str(home)) for p in outcome.files)


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info not installed")
def test_the_mime_database_knows_sahel_files(home: Path) -> None:
    desktop.install()
    globs = (home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-sahel-session:*.sahel" in globs
    assert "application/x-sahel-workbook:*.sahelbook" in globs


def test_exec_arguments_are_quoted_as_the_specification_asks() -> None:
    entry = desktop.desktop_entry(["/opt/Sahel Panel/sahel-panel", "100%"])
    assert 'Exec="/opt/Sahel Panel/sahel-panel" 100%% %f' in entry


def test_uninstall_removes_exactly_what_install_wrote(home: Path) -> None:
    mine = home / "applications" / "other.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n", encoding="utf-8")
    installed = desktop.install().files
    removed = desktop.uninstall().files
    assert sorted(removed) == sorted(installed)
    assert mine.is_file()
    assert not any(p.is_file() for p in installed)


def test_command_line(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli.main(["--install-desktop"]) == 0
    assert "MIME types .sahel and .sahelbook" in capsys.readouterr().out
    assert cli.main(["--uninstall-desktop"]) == 0
    assert not (home / "applications" / "sahel-panel.desktop").exists()
    monkeypatch.setattr(desktop, "supported", lambda: False)
    assert cli.main(["--install-desktop"]) == 1
    assert "for Linux desktops" in capsys.readouterr().err
