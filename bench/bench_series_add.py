"""Benchmark of adding snapshots to a new series workbook, against a bare copy of the same rows.

Snapshots of synthetic panels, each 500 contributions and 50 recommendations
(30 speakers, 100 turns, 8 questions; a third of the texts French, a third
Arabic), are made once; then 10, 25 and 50 of them are added to a new
workbook with ``Workbook.add_files`` (verify the SHA-256 manifest, read
through the services' read API, write one transaction per file). The bare
baseline, in the same run, reads the same snapshots with plain ``sqlite3``
(``SELECT *`` of every table) and inserts the rows into an empty database
with the same pragmas, one transaction per file. Prints seconds per size,
per file, and the ratio. Targets on a 2-core machine: 50 snapshots under
10 s, growing linearly (time per file about constant).

    .venv/bin/python bench/bench_series_add.py [--sizes 10 25 50]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

import series_sessions  # noqa: E402

from sahel_panel.exchange import snapshot  # noqa: E402
from sahel_panel.series import Workbook  # noqa: E402

TABLES = ("session", "question", "speaker", "turn", "contribution", "recommendation", "recommendation_revision",
          "recommendation_source")


def make_snapshots(folder: Path, count: int) -> list[Path]:
    live = folder / "live"
    live.mkdir()
    out = []
    for i in range(count):
        session = series_sessions.bench_session(live / f"panel-{i:02d}.sahel", seed=i)
        target = folder / f"panel-{i:02d}-snapshot.sahel"
        snapshot.take(session, target)
        out.append(target)
    return out


def bare_copy(files: list[Path], target: Path) -> float:
    start = time.perf_counter()
    out = sqlite3.connect(target, isolation_level=None)
    out.execute("PRAGMA journal_mode=WAL")
    out.execute("PRAGMA synchronous=FULL")
    created = False
    for path in files:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
        if not created:
            for t in TABLES:
                cols = [r[1] for r in src.execute(f"PRAGMA table_info({t})")]
                out.execute(f"CREATE TABLE {t} ({', '.join(cols)})")
            created = True
        src.close()
        out.execute("BEGIN IMMEDIATE")
        for t, values in rows.items():
            if values:
                marks = ",".join("?" * len(values[0]))
                out.executemany(f"INSERT INTO {t} VALUES ({marks})", values)
        out.execute("COMMIT")
    out.close()
    return time.perf_counter() - start


def add(files: list[Path], target: Path) -> float:
    start = time.perf_counter()
    with Workbook.create(target, title="Bench") as book:
        report = book.add_files(files)
        assert report.ok, [str(o.message) for o in report.refused]
        assert book.counts()["recommendations"] == 50 * len(files)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 25, 50])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-series-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        files = make_snapshots(folder, max(args.sizes))
        print(f"made {len(files)} snapshots (500 contributions, 50 recommendations each) in "
              f"{time.perf_counter() - t0:.1f} s")
        print(f"{'snapshots':>9} {'workbook s':>11} {'per file ms':>12} {'bare s':>8} {'ratio':>6}")
        for n in args.sizes:
            real = add(files[:n], folder / f"book-{n}.sahelbook")
            bare = bare_copy(files[:n], folder / f"bare-{n}.db")
            print(f"{n:>9} {real:>11.2f} {1000 * real / n:>12.1f} {bare:>8.2f} {real / bare:>6.1f}")


if __name__ == "__main__":
    main()
