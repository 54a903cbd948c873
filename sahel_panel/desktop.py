"""Linux desktop integration: ``sahel-panel --install-desktop`` (and ``--uninstall-desktop``).

Installs, for the current user only and following the freedesktop.org specifications, what lets a
rapporteur start Sahel Panel from the applications menu and open ``.sahel`` sessions (and
``.sahelbook`` series workbooks) by double-click:

- ``$XDG_DATA_HOME/applications/sahel-panel.desktop`` (default ``~/.local/share``), whose ``Exec``
  is this installation: the bundle's executable, the venv's ``sahel-panel`` script, or
  ``python -m sahel_panel``;
- ``$XDG_DATA_HOME/mime/packages/sahel-panel.xml``: the MIME types ``application/x-sahel-session``
  (glob ``*.sahel``, and the SQLite header with the session's ``application_id``) and
  ``application/x-sahel-workbook`` (glob ``*.sahelbook``);
- the icon in the hicolor theme (PNG sizes and the SVG), for the application and both MIME types;

then refreshes the caches with ``update-mime-database``, ``update-desktop-database`` and
``gtk-update-icon-cache`` when present, and makes Sahel Panel the default for both types with
``xdg-mime`` when present. Nothing is written outside the user's data folder; no Qt.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sahel_panel import APP_NAME, __version__
from sahel_panel.paths import icons_dir

APP_ID = "sahel-panel"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"
SESSION_MIME = "application/x-sahel-session"
WORKBOOK_MIME = "application/x-sahel-workbook"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APPLICATION_ID = 0x53484C50  # PRAGMA application_id of a session file ("SHLP"), at offset 68 of the header

MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{SESSION_MIME}">
    <comment>Sahel Panel session</comment>
    <comment xml:lang="fr">Séance Sahel Panel</comment>
    <comment xml:lang="ar">جلسة Sahel Panel</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <icon name="{SESSION_MIME.replace("/", "-")}"/>
    <glob pattern="*.sahel" weight="80"/>
    <magic priority="80">
      <match type="string" value="SQLite format 3" offset="0">
        <match type="big32" value="0x{APPLICATION_ID:08X}" offset="68"/>
      </match>
    </magic>
  </mime-type>
  <mime-type type="{WORKBOOK_MIME}">
    <comment>Sahel Panel series workbook</comment>
    <comment xml:lang="fr">Classeur de série Sahel Panel</comment>
    <comment xml:lang="ar">مصنف سلسلة Sahel Panel</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <icon name="{WORKBOOK_MIME.replace("/", "-")}"/>
    <glob pattern="*.sahelbook" weight="80"/>
  </mime-type>
</mime-info>
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` as the specification says when it is unset or relative."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How this installation is started: the bundle's executable, the venv's script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / APP_ID
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "sahel_panel"]


def _exec_quote(arg: str) -> str:
    """Quote one ``Exec`` argument as the Desktop Entry specification asks (``%`` doubled, quotes escaped)."""
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$") + '"'


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_exec_quote(a) for a in command) + " %f"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        "GenericName=Panel session recorder",
        "GenericName[fr]=Enregistrement de séances de panel",
        "GenericName[ar]=تسجيل جلسات الحلقات النقاشية",
        "Comment=Capture a parliamentary panel session live and report it in English, French and Arabic",
        "Comment[fr]=Saisir en direct une séance de panel parlementaire et en faire le rapport en anglais, "
        "français et arabe",
        "Comment[ar]=تسجيل جلسة حلقة نقاش برلمانية مباشرةً وإعداد تقريرها بالإنجليزية والفرنسية والعربية",
        f"Exec={exec_line}",
        f"TryExec={command[0]}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        f"MimeType={SESSION_MIME};{WORKBOOK_MIME};",
        "Keywords=parliament;panel;rapporteur;report;session;",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
        f"X-SahelPanel-Version={__version__}",
        "",
    ])


@dataclass
class Outcome:
    """What was written or removed, and which cache tools ran (for the lines the command prints)."""

    files: list[Path] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)


def _icon_targets(home: Path) -> list[tuple[Path, Path]]:
    theme = home / "icons" / "hicolor"
    pairs = []
    for name in (APP_ID, SESSION_MIME.replace("/", "-"), WORKBOOK_MIME.replace("/", "-")):
        kind = "apps" if name == APP_ID else "mimetypes"
        for size in ICON_SIZES:
            pairs.append((icons_dir() / f"{APP_ID}-{size}.png", theme / f"{size}x{size}" / kind / f"{name}.png"))
        pairs.append((icons_dir() / f"{APP_ID}.svg", theme / "scalable" / kind / f"{name}.svg"))
    return pairs


def _refresh(home: Path, outcome: Outcome) -> None:
    commands = [
        ["update-mime-database", str(home / "mime")],
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--force", "--ignore-theme-index", str(home / "icons" / "hicolor")],
    ]
    for cmd in commands:
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True, timeout=120)
            outcome.tools.append(cmd[0])


def install(home: Path | None = None, set_default: bool = True) -> Outcome:
    """Write the desktop entry, MIME types and icons under ``home`` (default: the user's data folder)."""
    home = home or data_home()
    outcome = Outcome()
    writes = [(home / "applications" / DESKTOP_FILE, desktop_entry(launch_command())),
              (home / "mime" / "packages" / MIME_FILE, MIME_XML)]
    for path, text in writes:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        outcome.files.append(path)
    for source, target in _icon_targets(home):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        outcome.files.append(target)
    _refresh(home, outcome)
    if set_default and shutil.which("xdg-mime"):
        subprocess.run(["xdg-mime", "default", DESKTOP_FILE, SESSION_MIME, WORKBOOK_MIME], check=False,
                       capture_output=True, timeout=60)
        outcome.tools.append("xdg-mime")
    return outcome


def uninstall(home: Path | None = None) -> Outcome:
    """Remove what :func:`install` wrote (and only that), then refresh the caches."""
    home = home or data_home()
    outcome = Outcome()
    paths = [home / "applications" / DESKTOP_FILE, home / "mime" / "packages" / MIME_FILE]
    paths += [target for _source, target in _icon_targets(home)]
    for path in paths:
        if path.is_file():
            path.unlink()
            outcome.files.append(path)
    _refresh(home, outcome)
    return outcome


def supported() -> bool:
    """Freedesktop.org desktops: Linux and the BSDs (Windows and macOS associate files their own way)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def describe(command: list[str]) -> str:
    return " ".join(shlex.quote(a) for a in command)
