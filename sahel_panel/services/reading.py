"""One consistent read of a whole session: the read API of the services.

The report, the JSON export and the series workbook all need *everything* of
a session at once, and all of it from the same moment: a report whose
statistics counted a contribution its question list lacks, because the
window recorded one between two queries, would contradict itself. So they do
not each open a transaction and run their own SQL: they call
:meth:`SessionService.read` (or :func:`~sahel_panel.services.session.read_session` on a path), which reads
every table inside one read transaction and returns plain dataclasses.

    content = read_session("manama.sahel")        # read-only; works while the window records
    content.info.title, content.schema_version
    content.questions        # by position
    content.speakers         # by name (case-insensitive)
    content.turns            # by start time
    content.contributions    # by recording time
    content.recommendations  # by question position (general ones last), then the rapporteur's order;
                             # each with ``source_ids`` (supporting contributions, in speaking order)
    content.revisions[rec.id]  # every revision of it, revision 1 first
    content.statistics, content.counts, content.read_at

Reading is O(rows): one query per table, no per-row queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sahel_panel.domain import stats
from sahel_panel.domain.model import (
    Contribution,
    Question,
    Recommendation,
    Revision,
    SessionInfo,
    Speaker,
    Turn,
)
from sahel_panel.services import rows


@dataclass(frozen=True)
class Counts:
    questions: int
    speakers: int
    turns: int
    contributions: int
    recommendations: int


@dataclass(frozen=True)
class SessionContent:
    """Everything of one session as it stood at ``read_at`` (see the module docstring)."""

    info: SessionInfo
    schema_version: int
    questions: tuple[Question, ...]
    speakers: tuple[Speaker, ...]
    turns: tuple[Turn, ...]
    contributions: tuple[Contribution, ...]
    recommendations: tuple[Recommendation, ...]
    revisions: Mapping[str, tuple[Revision, ...]]
    statistics: stats.Statistics
    read_at: datetime
    counts: Counts = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", Counts(
            len(self.questions), len(self.speakers), len(self.turns), len(self.contributions),
            len(self.recommendations)))

    def speakers_by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in self.speakers}

    def contribution_speaker(self) -> dict[str, str | None]:
        """Contribution id -> its speaker's id (None when unattributed)."""
        return {c.id: c.speaker_id for c in self.contributions}


def read(store, now: datetime) -> SessionContent:  # noqa: ANN001 - Store (import cycle-free)
    """Read every table of the open ``store`` in one read transaction (see the module docstring)."""
    from sahel_panel.domain.model import DomainError
    from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

    with store.db.reading():
        found = store.query("SELECT * FROM session LIMIT 1")
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” holds no session."),
                                      file=store.path.name), "session")
        info = rows.session_info(found[0])
        version = store.db.execute("PRAGMA user_version").fetchone()[0]
        questions = tuple(rows.question(r) for r in store.query("SELECT * FROM question ORDER BY position"))
        speakers = tuple(rows.speaker(r) for r in store.query("SELECT * FROM speaker ORDER BY name COLLATE NOCASE"))
        turns = tuple(rows.turn(r) for r in store.query("SELECT * FROM turn ORDER BY started_at, rowid"))
        contributions = tuple(rows.contribution(r) for r in store.query(
            "SELECT * FROM contribution ORDER BY recorded_at, rowid"))
        sources: dict[str, list[str]] = {}
        for rec_id, contribution_id in store.db.execute(
            "SELECT s.recommendation_id, s.contribution_id FROM recommendation_source s"
            " JOIN contribution c ON c.id = s.contribution_id ORDER BY c.recorded_at, c.rowid"
        ):
            sources.setdefault(rec_id, []).append(contribution_id)
        recommendations = tuple(
            rows.recommendation(r, tuple(sources.get(r["id"], ()))) for r in store.query(
                "SELECT r.* FROM recommendation r LEFT JOIN question q ON q.id = r.question_id"
                " ORDER BY q.position IS NULL, q.position, r.position, r.rowid"))
        revisions: dict[str, list[Revision]] = {r.id: [] for r in recommendations}
        for r in store.query("SELECT * FROM recommendation_revision ORDER BY recommendation_id, number"):
            revisions.setdefault(r["recommendation_id"], []).append(rows.revision(r))
    statistics = stats.compute(
        speakers, turns, questions,
        (c.question_id for c in contributions),
        ((r.question_id, r.status) for r in recommendations),
        now=now,
    )
    return SessionContent(
        info=info, schema_version=version, questions=questions, speakers=speakers, turns=turns,
        contributions=contributions, recommendations=recommendations,
        revisions={k: tuple(v) for k, v in revisions.items()}, statistics=statistics, read_at=now,
    )
