"""What the series services return: plain, immutable dataclasses (no SQL, no Qt).

The Series window, the series report and the command line all read these,
so each figure is computed in one place (the services) and shown the same
way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sahel_panel.domain.model import LANGUAGES, Contribution, Question, Speaker


@dataclass(frozen=True)
class WorkbookInfo:
    id: str
    title: str
    created: str
    updated: str


@dataclass(frozen=True)
class SourceFile:
    """One file added to the workbook. ``id`` is the SHA-256 of its content (a snapshot manifest's digest)."""

    id: str
    file_name: str
    file_sha256: str  # of the file's bytes when it was added
    kind: str  # "snapshot" (carries a verified manifest) or "session" (a live session file)
    session_id: str
    session_title: str
    schema_version: int
    snapshot_taken: str
    content_as_of: str
    added_at: str
    replaced_by: str | None


@dataclass(frozen=True)
class SeriesSession:
    """A panel of the series, with the file its rows currently come from."""

    id: str
    title: str
    series: str
    area: str
    event: str
    venue: str
    room: str
    date: str
    start: str
    end: str
    languages: tuple[str, ...]
    source_file: SourceFile
    first_added: str
    time_zone: str = ""
    summary: str = ""
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> field -> text


@dataclass(frozen=True)
class SeriesRecommendation:
    """A panel's recommendation as the workbook holds it (its latest text), with its origin."""

    id: str
    session_id: str
    question_id: str | None
    text: str
    language: str
    status: str
    position: int
    latest_revision: int
    in_latest_file: bool  # False: no longer in the latest snapshot of its session (kept for the trail)
    source_file_id: str
    created: str
    updated: str
    consolidated_ids: tuple[str, ...] = ()  # the consolidated recommendations it supports


@dataclass(frozen=True)
class QuestionGroup:
    """The recommendations of one session under one of its questions (``question`` None: general)."""

    session: SeriesSession
    question: Question | None
    recommendations: tuple[SeriesRecommendation, ...]


@dataclass(frozen=True)
class AreaGroup:
    area: str
    groups: tuple[QuestionGroup, ...]


@dataclass(frozen=True)
class RecommendationFilter:
    """What the list of all recommendations shows; empty tuples mean "any"."""

    session_ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    speaker_categories: tuple[str, ...] = ()  # any supporting contribution by a speaker of these categories
    text: str = ""  # full-text search, accents and Arabic spelling folded as in sessions
    include_vanished: bool = True  # rows no longer in their session's latest snapshot
    unconsolidated_only: bool = False


def _pick(texts: dict[str, str], lang: str) -> tuple[str, str]:
    for candidate in (lang, *LANGUAGES):
        value = texts.get(candidate, "")
        if value.strip():
            return value, candidate
    return "", lang


@dataclass(frozen=True)
class Chapter:
    id: str
    position: int
    area: str | None  # the area it was made for by default, None for a chapter the secretariat added
    titles: dict[str, str] = field(default_factory=dict)

    def title(self, lang: str) -> tuple[str, str]:
        """Title in ``lang`` or the first available, with the language actually used."""
        return _pick(self.titles, lang)


@dataclass(frozen=True)
class TextRevision:
    language: str
    number: int
    text: str  # "" when that language's text was cleared
    created: str


@dataclass(frozen=True)
class ConsolidatedSource:
    """A source recommendation as it was merged: the revision number and its text at that moment."""

    recommendation_id: str
    revision_number: int
    merged_text: str
    merged_language: str
    linked_at: str


@dataclass(frozen=True)
class Consolidated:
    """A consolidated recommendation: numbered operative paragraph ``number`` in its chapter."""

    id: str
    chapter_id: str
    position: int  # within the chapter, from 1
    number: int  # operative paragraph number across the whole outline, from 1
    texts: dict[str, str]  # current text per language (languages with no text absent)
    sources: tuple[ConsolidatedSource, ...]
    created: str
    updated: str

    def text(self, lang: str) -> tuple[str, str]:
        """Text in ``lang``, or the first available with its language (the report marks it)."""
        return _pick(self.texts, lang)


@dataclass(frozen=True)
class RemovedConsolidated:
    """Everything of a consolidated recommendation that :meth:`restore` needs to put it back exactly."""

    id: str
    chapter_id: str
    position: int
    created: str
    updated: str
    revisions: tuple[TextRevision, ...]
    sources: tuple[ConsolidatedSource, ...]


@dataclass(frozen=True)
class SourceChange:
    """What a newer file of a session did to a recommendation: ``vanished``, ``changed`` or ``returned``."""

    session_id: str
    recommendation_id: str
    change: str
    old_text: str
    new_text: str
    old_status: str
    new_status: str
    new_source_file_id: str
    noted_at: str
    consolidated_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one file of an ``add``: ``added``, ``replaced``, ``unchanged`` or ``refused``."""

    path: str
    status: str
    message: str  # one sentence for the user (a Message when it has a template)
    session_id: str = ""
    session_title: str = ""
    changes: tuple[SourceChange, ...] = ()

    @property
    def vanished(self) -> tuple[SourceChange, ...]:
        return tuple(c for c in self.changes if c.change == "vanished")

    @property
    def changed(self) -> tuple[SourceChange, ...]:
        return tuple(c for c in self.changes if c.change == "changed")


@dataclass(frozen=True)
class AddReport:
    outcomes: tuple[AddOutcome, ...]

    @property
    def refused(self) -> tuple[AddOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "refused")

    @property
    def ok(self) -> bool:
        return not self.refused


@dataclass(frozen=True)
class TrailContribution:
    contribution: Contribution
    speaker: Speaker | None
    person_id: str | None


@dataclass(frozen=True)
class TrailSource:
    """One step of the trail: source recommendation -> session, file -> contributions and speakers."""

    recommendation: SeriesRecommendation
    merged: ConsolidatedSource
    changed_since_merged: bool  # a later revision or file changed its text or status
    session: SeriesSession
    source_file: SourceFile  # the file the recommendation's row comes from
    question: Question | None
    contributions: tuple[TrailContribution, ...]
    changes: tuple[SourceChange, ...]  # what later files did to it (vanished, changed...)


@dataclass(frozen=True)
class Trail:
    consolidated: Consolidated
    sources: tuple[TrailSource, ...]


@dataclass(frozen=True)
class Support:
    """Who backed a consolidated recommendation (people counted once across panels)."""

    panels: int
    session_ids: tuple[str, ...]
    speakers: int
    by_category: dict[str, int]
    by_gender: dict[str, int]
    by_age: dict[str, int]  # keys AGE_GROUPS (under_45, 45_and_over, not_stated)
    countries: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    organisation: str
    speaker_ids: tuple[str, ...]
    session_ids: tuple[str, ...]
    set_by: str  # "folding" (same folded name and organisation) or "hand"


@dataclass(frozen=True)
class PersonAssignment:
    """Which person a speaker belongs to, and who decided: the inverse of a people change restores these."""

    speaker_id: str
    person_id: str
    set_by: str


@dataclass
class Bucket:
    turns: int = 0
    seconds: float = 0.0
    speakers: int = 0


@dataclass
class Figures:
    """Participation figures of one session or of the whole series; ``speakers`` counts people."""

    sessions: int = 0
    speakers: int = 0  # people registered
    speakers_heard: int = 0  # people who had the floor at least once
    turns: int = 0
    seconds: float = 0.0
    by_category: dict[str, Bucket] = field(default_factory=dict)
    by_gender: dict[str, Bucket] = field(default_factory=dict)
    by_age: dict[str, Bucket] = field(default_factory=dict)  # keys AGE_GROUPS


@dataclass(frozen=True)
class SessionFigures:
    session: SeriesSession
    figures: Figures


@dataclass(frozen=True)
class SeriesStatistics:
    sessions: tuple[SessionFigures, ...]
    overall: Figures
