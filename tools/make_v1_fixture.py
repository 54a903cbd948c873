"""Write ``tests/fixtures/session_v1.sahel``: a session file as version 1 of the schema made it.

Only migration 1 of ``sahel_panel/store/schema.py`` is applied, to a new file with the
project's ``application_id`` and ``user_version = 1``; then a small, realistic session is
inserted with plain SQL (the services of today write the current schema, not this one).
The ids are fixed so the migration test can look rows up. Run from the repository root:

    .venv/bin/python tools/make_v1_fixture.py [OUTPUT]

The file is committed; regenerate it only if this script changes (never for a new schema
version: the point is to keep a file the old code wrote).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from sahel_panel.store.database import APPLICATION_ID  # noqa: E402
from sahel_panel.store.schema import MIGRATIONS  # noqa: E402

DEFAULT_OUTPUT = ROOT / "tests" / "fixtures" / "session_v1.sahel"

SESSION_ID = "00000000-0000-4000-8000-000000000001"
Q = [f"00000000-0000-4000-8000-0000000001{i:02d}" for i in range(1, 4)]
S = [f"00000000-0000-4000-8000-0000000002{i:02d}" for i in range(1, 5)]
T = [f"00000000-0000-4000-8000-0000000003{i:02d}" for i in range(1, 5)]
C = [f"00000000-0000-4000-8000-0000000004{i:02d}" for i in range(1, 6)]
R = [f"00000000-0000-4000-8000-0000000005{i:02d}" for i in range(1, 4)]
V = [f"00000000-0000-4000-8000-0000000006{i:02d}" for i in range(1, 6)]


def ts(minute: int, second: int = 0) -> str:
    return f"2023-03-11T11:{minute:02d}:{second:02d}.000+00:00"


QUESTIONS = [
    (Q[0], 1, "What are the main security threats facing the Sahel?",
     "Quelles sont les principales menaces sécuritaires auxquelles le Sahel est confronté ?",
     "ما هي التهديدات الأمنية الرئيسية التي تواجه منطقة الساحل؟"),
    (Q[1], 2, "How can parliaments strengthen community resilience?",
     "Comment les parlements peuvent-ils renforcer la résilience des communautés ?", ""),
    (Q[2], 3, "", "", "ما دور الشباب والنساء في بناء السلام؟"),
]
SPEAKERS = [
    (S[0], "Amina Diallo", "Hon.", "National Assembly of Mali", "Mali", "parliamentarian", "woman", 1),
    (S[1], "John Brandolino", "", "UNODC", "", "international_organisation", "man", 0),
    (S[2], "عادل العسومي", "H.E.", "Arab Parliament", "Bahrain", "regional_parliamentary_body", "man", 0),
    (S[3], "Moussa Traoré", "", "CIP G5 Sahel", "Niger", "regional_parliamentary_body", "man", 1),
]
TURNS = [
    (T[0], S[0], Q[0], ts(32), ts(36, 30)),
    (T[1], S[1], Q[0], ts(36, 30), ts(41)),
    (T[2], S[2], Q[1], ts(41), ts(47)),
    (T[3], S[3], Q[2], ts(47), ts(52)),
]
CONTRIBUTIONS = [
    (C[0], S[0], Q[0], "Terrorism and organised crime feed on the weakness of local institutions.", "en",
     "statement", ts(33)),
    (C[1], S[1], Q[0], "La criminalité organisée finance les groupes armés ; la sécurité passe par la justice.",
     "fr", "statement", ts(37)),
    (C[2], S[2], Q[1], "يجب على البرلمانات تعزيز صمود المجتمعات المحلية في منطقة الساحل.", "ar", "statement",
     ts(42)),
    (C[3], S[3], Q[2], "How will young people be heard in the peace process?", "en", "question", ts(48)),
    (C[4], None, None, "Point of order: the interpretation into Arabic stopped.", "en", "point_of_order", ts(50)),
]
RECOMMENDATIONS = [
    (R[0], Q[0], "Strengthen judicial cooperation against organised crime across the Sahel.", "en", "agreed", 1),
    (R[1], Q[1], "Renforcer la résilience des communautés par des budgets locaux.", "fr", "proposed", 1),
    (R[2], None, "إشراك الشباب في جميع مراحل عملية السلام.", "ar", "withdrawn", 1),
]
REVISIONS = [
    (V[0], R[0], 1, "Strengthen judicial cooperation.", "en", "draft", ts(40)),
    (V[1], R[0], 2, "Strengthen judicial cooperation against organised crime across the Sahel.", "en", "draft",
     ts(44)),
    (V[2], R[0], 3, "Strengthen judicial cooperation against organised crime across the Sahel.", "en", "agreed",
     ts(55)),
    (V[3], R[1], 1, "Renforcer la résilience des communautés par des budgets locaux.", "fr", "proposed", ts(46)),
    (V[4], R[2], 1, "إشراك الشباب في جميع مراحل عملية السلام.", "ar", "withdrawn", ts(53)),
]
SOURCES = [(R[0], C[0]), (R[0], C[1]), (R[1], C[2]), (R[2], C[3])]


def make(path: Path) -> None:
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    with db.atomic():
        MIGRATIONS[0](db)  # version 1 only
        conn.execute("PRAGMA user_version=1")
        conn.execute(
            "INSERT INTO session (id, title, series, area, event, venue, room, date, start_time, end_time,"
            " languages, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (SESSION_ID, "Mitigating the impact of security threats by building resilience in the Sahel",
             "The Call of the Sahel", "security", "146th IPU Assembly", "Exhibition World Bahrain, Manama",
             "Grand Hall E", "2023-03-11", "14:30", "17:30", "en,fr,ar", ts(0), ts(0)),
        )
        for q in QUESTIONS:
            conn.execute("INSERT INTO question (id, position, text_en, text_fr, text_ar, created, updated)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", (*q, ts(1), ts(1)))
        for s in SPEAKERS:
            conn.execute("INSERT INTO speaker (id, name, title, organisation, country, category, gender, youth,"
                         " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*s, ts(2), ts(2)))
        for t in TURNS:
            conn.execute("INSERT INTO turn (id, speaker_id, question_id, started_at, ended_at) VALUES (?, ?, ?, ?, ?)",
                         t)
        for c in CONTRIBUTIONS:
            conn.execute("INSERT INTO contribution (id, speaker_id, question_id, text, language, kind, recorded_at,"
                         " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*c, c[-1], c[-1]))
        for r in RECOMMENDATIONS:
            conn.execute("INSERT INTO recommendation (id, question_id, text, language, status, position, created,"
                         " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*r, ts(40), ts(55)))
        for v in REVISIONS:
            conn.execute("INSERT INTO recommendation_revision (id, recommendation_id, number, text, language,"
                         " status, created) VALUES (?, ?, ?, ?, ?, ?, ?)", v)
        for rid, cid in SOURCES:
            conn.execute("INSERT INTO recommendation_source (recommendation_id, contribution_id, created)"
                         " VALUES (?, ?, ?)", (rid, cid, ts(45)))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    make(out)
    print(f"wrote {out} ({out.stat().st_size} bytes)")
