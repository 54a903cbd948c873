"""What the series report shows, as plain data: no Qt, no SQL, no reportlab.

The PDF and the DOCX render the same :class:`SeriesReportData`, so both
documents always say the same thing; the workbook adapter fills it in one
read, and tests build it by hand. Texts the secretariat writes in several
languages (preamble, chapter titles, consolidated recommendations) are
``{language: text}`` mappings; :func:`pick` chooses the one to print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sahel_panel.domain.stats import Bucket

LANGS = ("en", "fr", "ar")

Texts = Mapping[str, str]


def pick(texts: Texts, lang: str, order: tuple[str, ...] = LANGS) -> tuple[str, str]:
    """The text in ``lang`` if there is one, else the first available in ``order``.

    Returns ``(text, language used)``; ``("", lang)`` when there is no text at
    all. The caller marks the text with its language when the two differ:
    the report never pretends a text exists in a language it lacks.
    """
    own = (texts.get(lang) or "").strip()
    if own:
        return texts[lang], lang
    for other in (*order, *LANGS, *sorted(texts)):
        if (texts.get(other) or "").strip():
            return texts[other], other
    return "", lang


@dataclass
class Cover:
    title: str
    series: str = ""
    languages: tuple[str, ...] = LANGS  # the languages of the series, in the secretariat's order
    updated: str = ""  # ISO timestamp of the workbook's last change ("" when unknown)


@dataclass
class SessionEntry:
    """One panel of the series, as listed in the report and referred to by its number."""

    id: str
    title: str
    date: str = ""  # YYYY-MM-DD
    venue: str = ""
    area: str = "other"
    file: str = ""  # the rapporteur's file (snapshot or session) it was read from
    event: str = ""


@dataclass
class Backing:
    """Who backed a consolidated recommendation: distinct speakers behind its sources."""

    by_category: dict[str, int] = field(default_factory=dict)
    women: int = 0
    youth: int = 0  # under 45
    countries: tuple[str, ...] = ()

    @property
    def speakers(self) -> int:
        return sum(self.by_category.values())


@dataclass
class OperativeParagraph:
    """A consolidated recommendation, numbered for the summit document."""

    number: str
    texts: dict[str, str]
    session_ids: list[str] = field(default_factory=list)  # the panels that raised it, in series order
    backing: Backing = field(default_factory=Backing)


@dataclass
class Chapter:
    title: dict[str, str]
    paragraphs: list[OperativeParagraph] = field(default_factory=list)


@dataclass
class LooseRecommendation:
    """A session recommendation no consolidated one draws on (the annex lists them by panel)."""

    session_id: str
    number: str  # its number in the session's own report ("3.1", "G.2")
    text: str
    language: str = "en"
    status: str = "agreed"


@dataclass
class SessionFigures:
    session_id: str
    speakers: int = 0
    turns: int = 0
    seconds: float = 0.0
    contributions: int = 0
    recommendations: int = 0


@dataclass
class Participation:
    """Series statistics: people are counted once across panels (``speakers``)."""

    sessions: list[SessionFigures] = field(default_factory=list)
    speakers: int = 0
    turns: int = 0
    seconds: float = 0.0
    by_category: dict[str, Bucket] = field(default_factory=dict)
    by_gender: dict[str, Bucket] = field(default_factory=dict)
    by_age: dict[str, Bucket] = field(default_factory=dict)  # keys AGE_GROUPS: under_45, 45_and_over, not_stated


@dataclass
class SeriesReportData:
    cover: Cover
    preamble: dict[str, str] = field(default_factory=dict)
    sessions: list[SessionEntry] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    annex: list[LooseRecommendation] = field(default_factory=list)
    participation: Participation = field(default_factory=Participation)

    def session_number(self, session_id: str) -> int:
        """1-based position of a panel in the list of sessions (0 if unknown)."""
        for i, s in enumerate(self.sessions, start=1):
            if s.id == session_id:
                return i
        return 0

    def session(self, session_id: str) -> SessionEntry | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def annex_by_session(self) -> list[tuple[SessionEntry | None, list[LooseRecommendation]]]:
        """Unconsolidated recommendations grouped by panel, in the order of the sessions list."""
        groups: dict[str, list[LooseRecommendation]] = {}
        for r in self.annex:
            groups.setdefault(r.session_id, []).append(r)
        known = [(s, groups.pop(s.id)) for s in self.sessions if s.id in groups]
        return known + [(None, recs) for recs in groups.values()]

    @property
    def paragraph_count(self) -> int:
        return sum(len(c.paragraphs) for c in self.chapters)
