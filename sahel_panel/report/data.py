"""Everything a report shows, read once through the services API into plain objects.

The PDF and the DOCX render the same :class:`ReportData`, so both documents
always say the same thing. Reading is one call of the services'
read API (:func:`sahel_panel.services.read_session`: one read transaction,
read-only, so it works while the window keeps writing); :func:`gather` only
arranges that content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sahel_panel.domain.model import (
    CATEGORIES,
    ROLES,
    Contribution,
    DomainError,
    Question,
    Recommendation,
    SessionInfo,
    Speaker,
)
from sahel_panel.domain.stats import Statistics
from sahel_panel.messages import message_of
from sahel_panel.output.errors import ReportError
from sahel_panel.services.reading import SessionContent

OUTCOME_ORDER = ("agreed", "proposed", "draft", "withdrawn")
DEFAULT_STATUSES = ("agreed", "proposed")  # the outcome list's default: what the panel agreed or put forward


@dataclass
class QuestionBlock:
    """One outcome question (or the general discussion when ``question`` is None)."""

    question: Question | None
    number: str  # "3" for question 3, "G" for general
    contributions: list[Contribution] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


@dataclass
class ReportData:
    info: SessionInfo
    speakers: dict[str, Speaker]
    stats: Statistics
    blocks: list[QuestionBlock]
    general: QuestionBlock
    turns_by_speaker: dict[str, tuple[int, float]]
    counts: dict[str, int]
    by_status: dict[str, int]
    contribution_speaker: dict[str, str | None]
    numbers: dict[str, str] = field(default_factory=dict)
    last_change: str = ""  # the latest created/updated/ended time of any row (the session row's own is older)

    @property
    def zone(self) -> str:
        """The venue's IANA time zone ('' for files that never set one: this computer's zone)."""
        return self.info.time_zone

    def clock(self, lang: str, stamp: str) -> str:
        """14:33 (or 14 h 33) at the venue."""
        from sahel_panel.report.fmt import local_time

        return local_time(lang, stamp, self.zone)

    def number_of(self, rec: Recommendation) -> str:
        """3.1, 3.2 ... for question 3; G.1 ... for general ones, following the rapporteur's order."""
        return self.numbers.get(rec.id, "")

    def participants_by_category(self) -> list[tuple[str, list[Speaker]]]:
        groups: dict[str, list[Speaker]] = {}
        for s in self.speakers.values():
            groups.setdefault(s.category, []).append(s)
        order = [c for c in CATEGORIES if c in groups] + sorted(c for c in groups if c not in CATEGORIES)
        return [(c, sorted(groups[c], key=lambda s: s.name.casefold())) for c in order]

    def by_role(self) -> list[tuple[str, list[Speaker]]]:
        """Who ran the panel: (role, speakers) in the order chair, moderator, panellist, rapporteur."""
        out = []
        for role in ROLES:
            people = sorted((s for s in self.speakers.values() if s.role == role), key=lambda s: s.name.casefold())
            if people:
                out.append((role, people))
        return out

    def outcome(self, statuses: tuple[str, ...]) -> list[tuple[str, list[Recommendation]]]:
        """The outcome list: recommendations grouped by status (agreed, proposed, draft, withdrawn order),
        only the statuses asked for, each group in the order of the questions."""
        ordered = [r for b in [*self.blocks, self.general] for r in b.recommendations]
        return [(status, [r for r in ordered if r.status == status])
                for status in OUTCOME_ORDER if status in statuses and any(r.status == status for r in ordered)]

    def delegations(self) -> list[tuple[str, list[tuple[str, list[Speaker]]]]]:
        """Participants by country, then by delegation (organisation), both sorted; "" last for neither."""
        countries: dict[str, dict[str, list[Speaker]]] = {}
        for s in self.speakers.values():
            countries.setdefault(s.country.strip(), {}).setdefault(s.organisation.strip(), []).append(s)
        order = sorted((c for c in countries if c), key=str.casefold) + ([""] if "" in countries else [])
        return [(c, [(org, sorted(people, key=lambda s: s.name.casefold()))
                     for org, people in sorted(countries[c].items(), key=lambda kv: (not kv[0], kv[0].casefold()))])
                for c in order]

    def represented(self) -> tuple[int, int]:
        """(countries, parliaments) represented: distinct countries named; distinct parliaments of the
        parliamentarians (their organisation, or their country when no organisation is given)."""
        countries = {s.country.strip().casefold() for s in self.speakers.values() if s.country.strip()}
        parliaments = {(s.organisation.strip() or s.country.strip()).casefold() + "\x00" + s.country.strip().casefold()
                       for s in self.speakers.values()
                       if s.category == "parliamentarian" and (s.organisation.strip() or s.country.strip())}
        return len(countries), len(parliaments)

    def supporters(self, rec: Recommendation) -> list[Speaker]:
        """Distinct speakers of the contributions that support ``rec``, in order of speaking."""
        seen: dict[str, Speaker] = {}
        for cid in rec.source_ids:
            sid = self.contribution_speaker.get(cid)
            if sid and sid in self.speakers and sid not in seen:
                seen[sid] = self.speakers[sid]
        return list(seen.values())


def load(session_path: str | os.PathLike[str]) -> ReportData:
    """Read the session once, read-only; :class:`ReportError` if it cannot be read."""
    from sahel_panel.services import read_session
    from sahel_panel.store import StoreError

    try:
        return gather(read_session(session_path))
    except (StoreError, DomainError) as exc:
        raise ReportError(message_of(exc)) from None


def load_info(session_path: str | os.PathLike[str]) -> SessionInfo:
    """Only the session's metadata (to choose a default language), or :class:`ReportError`."""
    from sahel_panel.services import SessionService
    from sahel_panel.store import StoreError

    try:
        with SessionService.open(session_path, read_only=True) as service:
            return service.info()
    except (StoreError, DomainError) as exc:
        raise ReportError(message_of(exc)) from None


def gather(content: SessionContent) -> ReportData:
    """Arrange one consistent read of a session (:meth:`SessionService.read`) for the renderers."""
    questions = content.questions
    blocks = {q.id: QuestionBlock(q, str(q.position)) for q in questions}
    general = QuestionBlock(None, "G")
    for c in content.contributions:
        (blocks[c.question_id] if c.question_id in blocks else general).contributions.append(c)
    for r in content.recommendations:
        (blocks[r.question_id] if r.question_id in blocks else general).recommendations.append(r)
    per_speaker: dict[str, tuple[int, float]] = {}
    for turn in content.turns:
        n, secs = per_speaker.get(turn.speaker_id, (0, 0.0))
        per_speaker[turn.speaker_id] = (n + 1, secs + turn.seconds(content.read_at))
    by_status: dict[str, int] = {}
    for r in content.recommendations:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    numbers = {r.id: f"{b.number}.{i}" for b in [*blocks.values(), general]
               for i, r in enumerate(b.recommendations, start=1)}
    counts = content.counts
    stamps = [content.info.updated, *(s.updated for s in content.speakers),
              *(t.updated or t.started_at for t in content.turns), *(t.ended_at for t in content.turns if t.ended_at),
              *(c.updated for c in content.contributions), *(r.updated for r in content.recommendations)]
    return ReportData(
        last_change=_latest(stamps),
        numbers=numbers,
        info=content.info,
        speakers=content.speakers_by_id(),
        stats=content.statistics,
        blocks=[blocks[q.id] for q in questions],
        general=general,
        turns_by_speaker=per_speaker,
        counts={"questions": counts.questions, "speakers": counts.speakers, "turns": counts.turns,
                "contributions": counts.contributions, "recommendations": counts.recommendations},
        by_status=by_status,
        contribution_speaker=content.contribution_speaker(),
    )


def _latest(stamps: list[str]) -> str:
    """The latest of ISO timestamps (compared as moments, not as text: offsets may differ)."""
    from sahel_panel.domain.model import parse_time

    best, best_text = None, ""
    for text in stamps:
        try:
            moment = parse_time(text)
        except (TypeError, ValueError):
            continue
        if best is None or moment > best:
            best, best_text = moment, text
    return best_text
