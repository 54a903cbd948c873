#!/usr/bin/env python3
"""The projector on a real second screen: Xvfb split into two RandR monitors, openbox, the real app.

    python tools/two_screens.py --display :23 [--out /tmp/sahel-two-screens]

Not a unit test (the tests stay headless, offscreen): a reproducible look at what the
rapporteur sees with a laptop (1366×768) and a hall projector (1920×1080) side by side.
One Xvfb framebuffer of 3286×1080 is cut into two RandR 1.5 monitors with
``xrandr --setmonitor``; Qt 6's xcb platform builds one QScreen per monitor. Xvfb must
run with ``-noreset``: without it the server resets when its last client leaves and the
monitors set by xrandr vanish before Qt starts.

Then, as a rapporteur would: open the built-in Manama panel, Ctrl+E, F5 (the projector),
type a sentence and Ctrl+Enter; click on the projector, type another. It checks that the
projector opened on the second monitor and never took the keyboard, reads both sentences
back from the session file, and saves one screenshot per monitor (``laptop.png``,
``hall.png``) to look at. Exit status 0 when every check passed.

Needs Debian's xvfb, x11-xserver-utils (xrandr), x11-utils (xprop), openbox and xdotool
(``apt-get install xvfb x11-xserver-utils x11-utils openbox xdotool``). Use a display number of your
own: everything started here (Xvfb, openbox, the app) is stopped at the end, nothing else.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAPTOP = (1366, 768)
HALL = (1920, 1080)
SENTENCES = ("Parliaments must vote the budgets that protect civilians in the Sahel.",
             "A second sentence, typed after clicking on the projector.")
TOOLS = {"Xvfb": "xvfb", "xrandr": "x11-xserver-utils", "xprop": "x11-utils", "openbox": "openbox", "xdotool": "xdotool"}

_SCREENS = """
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
if len(sys.argv) > 1:  # one PNG per screen, from the root window
    for i, s in enumerate(app.screens()):
        g = s.geometry()
        s.grabWindow(0, 0, 0, g.width(), g.height()).save(sys.argv[1 + i])
print(json.dumps([[s.name(), s.geometry().x(), s.geometry().y(), s.geometry().width(), s.geometry().height()]
                  for s in app.screens()]))
"""


def wait_for(what: str, probe: Callable[[], object], seconds: float = 30.0) -> object:
    """Poll ``probe`` until it gives something true; a clear sentence when it never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"two_screens: gave up waiting for {what} after {seconds:.0f} s.")


class Desktop:
    """Xvfb with two monitors and openbox on ``display``; stops exactly what it started."""

    def __init__(self, display: str, work: Path) -> None:
        self.display, self.work = display, work
        self.env = {**os.environ, "DISPLAY": display, "HOME": str(work / "home"),
                    "XDG_CONFIG_HOME": str(work / "home" / ".config"),
                    "XDG_DATA_HOME": str(work / "home" / ".local" / "share"), "QT_QPA_PLATFORM": "xcb"}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.started: list[subprocess.Popen] = []

    def run(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)
        if check and done.returncode:
            raise SystemExit(f"two_screens: {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def start(self, *args: str, log: str) -> subprocess.Popen:
        out = open(self.work / log, "w")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(args, env=self.env, stdout=out, stderr=subprocess.STDOUT)
        self.started.append(process)
        return process

    def up(self) -> None:
        if Path(f"/tmp/.X11-unix/X{self.display.lstrip(':')}").exists():
            raise SystemExit(f"two_screens: display {self.display} is already in use; choose another.")
        width = LAPTOP[0] + HALL[0]
        self.start("Xvfb", self.display, "-screen", "0", f"{width}x{HALL[1]}x24", "+extension", "RANDR",
                   "-noreset", "-nolisten", "tcp", log="xvfb.log")
        wait_for("Xvfb", lambda: subprocess.run(["xrandr", "-q"], env=self.env, capture_output=True).returncode == 0)
        mm = lambda px: round(px / 96 * 25.4)  # noqa: E731 - 96 dpi
        self.run("xrandr", "--setmonitor", "LAPTOP", f"{LAPTOP[0]}/{mm(LAPTOP[0])}x{LAPTOP[1]}/{mm(LAPTOP[1])}+0+0",
                 "screen")
        self.run("xrandr", "--setmonitor", "HALL", f"{HALL[0]}/{mm(HALL[0])}x{HALL[1]}/{mm(HALL[1])}+{LAPTOP[0]}+0",
                 "none")
        self.start("openbox", log="openbox.log")
        wait_for("openbox", lambda: "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False))

    def screens(self, *pngs: Path) -> list[list]:
        import json

        return json.loads(self.run(sys.executable, "-c", _SCREENS, *map(str, pngs)).strip().splitlines()[-1])

    def window(self, name: str) -> str:
        """The id of the first visible window whose name matches ``name`` (waiting for it to appear)."""
        def probe() -> str:
            found = self.run("xdotool", "search", "--onlyvisible", "--name", name, check=False).split()
            return found[0] if found else ""
        return str(wait_for(f"a window named {name!r}", probe))

    def active(self) -> str:
        return self.run("xdotool", "getactivewindow", check=False).strip()

    def geometry(self, window: str) -> dict[str, int]:
        shell = self.run("xdotool", "getwindowgeometry", "--shell", window)
        return {k: int(v) for k, v in (line.split("=") for line in shell.split()) if k in {"X", "Y", "WIDTH", "HEIGHT"}}

    def keys(self, *keys: str) -> None:
        self.run("xdotool", "key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "25", text)

    def down(self) -> None:
        for process in reversed(self.started):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()


def recorded(path: Path) -> list[str]:
    """The contributions the session file holds, read through a read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM contribution ORDER BY recorded_at")]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--display", required=True, help="an X display number of your own, e.g. :23")
    parser.add_argument("--out", default="/tmp/sahel-two-screens", help="folder for the screenshots and logs")
    args = parser.parse_args()
    missing = [f"{tool} (apt-get install {package})" for tool, package in TOOLS.items() if not shutil.which(tool)]
    if missing:
        print("two_screens: missing " + ", ".join(missing), file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sahel-two-screens-"))
    (work / "home").mkdir()
    desktop = Desktop(args.display, work)
    results: list[tuple[bool, str]] = []

    def check(ok: bool, what: str) -> None:
        results.append((bool(ok), what))
        print(("ok    " if ok else "FAIL  ") + what)

    try:
        desktop.up()
        screens = desktop.screens()
        print("Qt screens:", screens)
        check(len(screens) == 2, "Qt sees two screens (RandR monitors LAPTOP and HALL)")
        session = work / "manama.sahel"
        desktop.run(sys.executable, "-m", "sahel_panel", "new", str(session), "--template", "ipu146-sahel-security")
        desktop.start(sys.executable, "-m", "sahel_panel", str(session), log="app.log")
        main_window = desktop.window("— Sahel Panel")
        wait_for("the main window to be active", lambda: desktop.active() == main_window)
        g = desktop.geometry(main_window)
        print("main window:", g)
        check(g["X"] + g["WIDTH"] <= LAPTOP[0] and g["Y"] + g["HEIGHT"] <= LAPTOP[1],
              "the main window lies on the laptop screen")
        desktop.keys("ctrl+e", "F5")
        projector = desktop.window("projector")
        p = desktop.geometry(projector)
        print("projector:", p)
        check(p["X"] >= LAPTOP[0], "the projector opened on the second screen")
        time.sleep(1.0)  # let a window manager's late activation happen, if it were to
        check(desktop.active() == main_window, "after F5 the main window is still the active one")
        desktop.type(SENTENCES[0])
        desktop.keys("ctrl+Return")
        wait_for("the first sentence in the file", lambda: SENTENCES[0] in recorded(session), 15)
        check(True, "the sentence typed after F5 is in the session file")
        desktop.run("xdotool", "mousemove", str(LAPTOP[0] + HALL[0] // 2), str(HALL[1] // 2), "click", "1")
        time.sleep(1.0)
        check(desktop.active() == main_window, "after a click on the projector the main window is still active")
        desktop.type(SENTENCES[1])
        desktop.keys("ctrl+Return")
        wait_for("the second sentence in the file", lambda: SENTENCES[1] in recorded(session), 15)
        check(recorded(session) == list(SENTENCES), "both sentences, in order, and nothing else")
        desktop.screens(out / "laptop.png", out / "hall.png")
        print(f"screenshots: {out / 'laptop.png'}, {out / 'hall.png'}")
    finally:
        desktop.down()
        for log in ("app.log", "xvfb.log", "openbox.log"):
            if (work / log).exists():
                shutil.copy(work / log, out / log)
        shutil.rmtree(work, ignore_errors=True)
    failed = [what for ok, what in results if not ok]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
