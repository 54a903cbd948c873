#!/usr/bin/env python3
"""Start-up of the frozen app to an idle main window, against the same from source and a bare PySide6 window.

    python bench/bench_frozen_startup.py [--runs 7] [--bundle dist/sahel-panel]

Without ``--bundle`` (or when it does not exist) the bundle is built first from sahel_panel.spec into
a temporary folder. Each sample is a fresh process, timed from spawn to exit: the app opens a
session of 1,000 contributions and 200 recommendations, shows its window, goes idle once and quits
(``sahel-panel FILE --quit-when-idle``); the bare side shows a QMainWindow and quits at the first
idle. The three run interleaved in the same run, so machine noise hits all alike; the figures to
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

from bench_startup import BARE, build_session  # noqa: E402 - the same session and baseline as bench_startup


def bundle_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build_bundle(work: Path) -> Path:
    print("Building the bundle (sahel_panel.spec)…", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
                    str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "sahel_panel.spec")],
                   check=True, cwd=work)
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
        bundle = args.bundle if (args.bundle / "sahel-panel").exists() else build_bundle(tmpdir / "pyinstaller")
        session = build_session(tmpdir)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(tmpdir / "config"), XDG_DATA_HOME=str(tmpdir / "data"),
                   PYTHONPYCACHEPREFIX=str(tmpdir / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "bare PySide6 QMainWindow": [sys.executable, "-c", BARE],
            "Sahel Panel from source": [sys.executable, "-m", "sahel_panel", str(session), "--quit-when-idle"],
            "Sahel Panel frozen": [str(bundle / "sahel-panel"), str(session), "--quit-when-idle"],
        }
        for cmd in commands.values():  # warm the file cache (and the source side's bytecode) for all three
            sample(cmd, env, tmpdir)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(sample(cmd, env, tmpdir))
        size, count = bundle_size(bundle)
    bare = statistics.median(times["bare PySide6 QMainWindow"])
    print(f"bundle: {size / 1e6:.0f} MB in {count} files ({bundle})")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:26}: median {median:.3f} s  (min {min(values):.3f}, max {max(values):.3f}, n={len(values)})"
              f"  ratio to bare {median / bare:.2f}")
    print("[session: 1,000 contributions, 200 recommendations; window shown, idle once, quit]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
