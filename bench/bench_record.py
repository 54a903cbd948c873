"""Per-record latency of ContributionService.record() against a bare sqlite3 INSERT + COMMIT.

Both run in the same process and the same run, alternating batches (so a noisy machine
slows both alike), on files in the same folder with the same pragmas as the store sets:
WAL, synchronous=FULL, foreign keys on. The bare table has the contribution table's
columns and indexes but no full-text index; the services path also keeps FTS5 in sync.

    .venv/bin/python bench/bench_record.py [--count 10000] [--batch 100] [--dir DIR]

Targets (2-core machine): p99 of record() under 10 ms, ratio to bare under 3.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sahel_panel.domain.model import Speaker  # noqa: E402
from sahel_panel.services import NewSession, SessionService  # noqa: E402

WORDS = ("security resilience Sahel parliament communities youth women justice cooperation terrorism "
         "sécurité résilience coopération jeunesse الأمن الساحل البرلمان الشباب المرأة التعاون").split()

BARE_SCHEMA = """
CREATE TABLE contribution (
    id TEXT PRIMARY KEY,
    speaker_id TEXT,
    question_id TEXT,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    kind TEXT NOT NULL DEFAULT 'statement',
    recorded_at TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX contribution_question ON contribution(question_id, recorded_at);
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def texts(n: int, rng: random.Random) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 80))) for _ in range(n)]


def run(count: int, batch: int, folder: Path) -> dict[str, float]:
    rng = random.Random(146)
    spec = NewSession(
        title="Benchmark session", area="security",
        questions=[{"en": f"Question {i}"} for i in range(1, 15)],
        speakers=[Speaker(id="", name=f"Speaker {i}", category="parliamentarian") for i in range(20)],
    )
    service = SessionService.create(folder / "bench.sahel", spec)
    speaker_ids = [s.id for s in service.speakers.list()]
    question_ids = [q.id for q in service.questions.list()]

    bare = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("PRAGMA foreign_keys=ON")
    bare.executescript(BARE_SCHEMA)
    assert bare.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert service.store.db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert service.store.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    body = texts(count, rng)
    who = [(rng.choice(speaker_ids), rng.choice(question_ids)) for _ in range(count)]
    svc_ns: list[int] = []
    bare_ns: list[int] = []
    clock = time.perf_counter_ns
    started = time.monotonic()
    for first in range(0, count, batch):
        last = min(count, first + batch)
        order = ("svc", "bare") if (first // batch) % 2 == 0 else ("bare", "svc")
        for which in order:
            if which == "svc":
                for i in range(first, last):
                    sp, q = who[i]
                    t = clock()
                    service.contributions.record(body[i], speaker_id=sp, question_id=q, language="en")
                    svc_ns.append(clock() - t)
            else:
                for i in range(first, last):
                    sp, q = who[i]
                    t = clock()
                    now = datetime.now(UTC).isoformat(timespec="milliseconds")
                    bare.execute("BEGIN")
                    bare.execute(
                        "INSERT INTO contribution (id, speaker_id, question_id, text, language, kind, tags,"
                        " recorded_at, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (str(uuid.uuid4()), sp, q, body[i], "en", "statement", "[]", now, now, now),
                    )
                    bare.execute("COMMIT")
                    bare_ns.append(clock() - t)
    elapsed = time.monotonic() - started
    assert service.counts().contributions == count
    assert bare.execute("SELECT count(*) FROM contribution").fetchone()[0] == count
    service.close()
    bare.close()

    def ms(values: list[int]) -> list[float]:
        return [v / 1e6 for v in values]

    s, b = ms(svc_ns), ms(bare_ns)
    return {
        "count": count,
        "seconds": round(elapsed, 1),
        "services_median_ms": statistics.median(s),
        "services_p99_ms": percentile(s, 99),
        "services_max_ms": max(s),
        "bare_median_ms": statistics.median(b),
        "bare_p99_ms": percentile(b, 99),
        "bare_max_ms": max(b),
        "ratio_median": statistics.median(s) / statistics.median(b),
        "ratio_p99": percentile(s, 99) / percentile(b, 99),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="contributions per method (default 10000)")
    parser.add_argument("--batch", type=int, default=100, help="records per alternating batch (default 100)")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the two files (default: a temp folder)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.count < 1 or args.batch < 1:
        parser.error("--count and --batch must be positive")
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        folder_ctx = tempfile.TemporaryDirectory(dir=args.dir)
    else:
        folder_ctx = tempfile.TemporaryDirectory()
    with folder_ctx as folder:
        r = run(args.count, args.batch, Path(folder))
    if args.json:
        print(json.dumps(r, indent=2))
    else:
        print(f"{r['count']} records each, alternating batches of {args.batch}, {r['seconds']} s")
        print(f"services record():   median {r['services_median_ms']:.3f} ms   p99 {r['services_p99_ms']:.3f} ms"
              f"   max {r['services_max_ms']:.1f} ms")
        print(f"bare INSERT+COMMIT:  median {r['bare_median_ms']:.3f} ms   p99 {r['bare_p99_ms']:.3f} ms"
              f"   max {r['bare_max_ms']:.1f} ms")
        print(f"ratio services/bare: median {r['ratio_median']:.2f}   p99 {r['ratio_p99']:.2f}")
        ok = r["services_p99_ms"] < 10 and r["ratio_median"] < 3 and r["ratio_p99"] < 3
        print("targets (p99 < 10 ms, ratio < 3):", "met" if ok else "MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
