#!/usr/bin/env python3
"""Start-up of the frozen app to an idle main window, against the same from source and a bare PySide6 window.

    python bench/bench_frozen_startup.py [--runs 7] [--bundle dist/sahel-panel]

Without ``--bundle`` (or when it does not exist) the bundle is built first from sahel_panel.spec into
a temporary folder. Each sample is a fresh process, timed from spawn to exit: the app opens a
session of 1,000 contributions and 200 recommendations, shows its window, goes idle once and quits
(``sahel-panel FILE --quit-when-idle``); the bare side shows a QMainWindow and quits at the first
idle. While the command line has no ``--quit-when-idle`` yet, both app sides use bench_startup's
entry instead (``run()`` with ``--exit-when-idle``): from source as ``python -c``, frozen as a bundle
built from the same spec with that entry script (same modules, same data; only the first script
differs). The three run interleaved in the same run, so machine noise hits all alike; the figures to
read are the ratios to the bare window. Prints the bundle's size too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_startup import APP, BARE, build_session  # noqa: E402 - the same session and baseline as bench_startup

BENCH_ENTRY = """
import os, sys
sys.argv = ["sahel-panel", "--exit-when-idle"]
from sahel_panel.ui.shell.app import run
sys.exit(run(os.environ["SAHEL_BENCH_SESSION"]))
"""


def has_quit_when_idle(python: str) -> bool:
    out = subprocess.run([python, "-m", "sahel_panel", "open", "--help"], capture_output=True, text=True, cwd=ROOT)
    return "--quit-when-idle" in out.stdout


def bundle_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build_bundle(work: Path, entry: str | None = None) -> Path:
    """The bundle from sahel_panel.spec; with ``entry``, the same spec with that first script instead."""
    work.mkdir(parents=True, exist_ok=True)
    spec = ROOT / "sahel_panel.spec"
    if entry is not None:
        script = work / "bench_entry.py"
        script.write_text(entry, encoding="utf-8")
        text = spec.read_text(encoding="utf-8").replace("Path(SPECPATH)", f"Path({str(ROOT)!r})")
        text = text.replace('[str(ROOT / "sahel_panel" / "__main__.py")]', f"[{str(script)!r}]")
        spec = work / "sahel_panel_bench.spec"
        spec.write_text(text, encoding="utf-8")
    print(f"Building the bundle ({spec.name})…", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
                    str(work / "dist"), "--workpath", str(work / "build"), str(spec)], check=True, cwd=work)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return work / "dist" / "sahel-panel"


def sample(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "sahel-panel")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        cli_flag = has_quit_when_idle(sys.executable)
        if cli_flag:
            frozen = args.bundle if (args.bundle / "sahel-panel").exists() else build_bundle(tmpdir / "pyinstaller")
        else:
            frozen = build_bundle(tmpdir / "pyinstaller-bench", BENCH_ENTRY)
        session = build_session(tmpdir)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(tmpdir / "config"), XDG_DATA_HOME=str(tmpdir / "data"),
                   PYTHONPYCACHEPREFIX=str(tmpdir / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["SAHEL_BENCH_SESSION"] = str(session)
        if cli_flag:
            source = [sys.executable, "-m", "sahel_panel", str(session), "--quit-when-idle"]
            frozen_cmd = [str(frozen / "sahel-panel"), str(session), "--quit-when-idle"]
        else:
            source = [sys.executable, "-c", APP.format(path=str(session))]
            frozen_cmd = [str(frozen / "sahel-panel")]
        commands = {
            "bare PySide6 QMainWindow": [sys.executable, "-c", BARE],
            "Sahel Panel from source": source,
            "Sahel Panel frozen": frozen_cmd,
        }
        for cmd in commands.values():  # warm the file cache (and the source side's bytecode) for all three
            sample(cmd, env, tmpdir)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(sample(cmd, env, tmpdir))
        size, count = bundle_size(frozen)
    bare = statistics.median(times["bare PySide6 QMainWindow"])
    print(f"bundle: {size / 1e6:.0f} MB in {count} files")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:26}: median {median:.3f} s  (min {min(values):.3f}, max {max(values):.3f}, n={len(values)})"
              f"  ratio to bare {median / bare:.2f}")
    how = "sahel-panel FILE --quit-when-idle" if cli_flag else "run() with --exit-when-idle (bench_startup's entry)"
    print(f"[session: 1,000 contributions, 200 recommendations; window shown, idle once, quit; {how}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
