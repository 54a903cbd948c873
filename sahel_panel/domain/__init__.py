"""Plain-Python domain: entities, rules and statistics. Knows nothing of Qt or SQL."""

from sahel_panel.domain.model import (
    AREAS,
    CATEGORIES,
    GENDERS,
    KINDS,
    LANGUAGES,
    STATUSES,
    Contribution,
    DomainError,
    Question,
    Recommendation,
    Revision,
    SessionInfo,
    Speaker,
    Turn,
)

__all__ = [
    "AREAS",
    "CATEGORIES",
    "GENDERS",
    "KINDS",
    "LANGUAGES",
    "STATUSES",
    "Contribution",
    "DomainError",
    "Question",
    "Recommendation",
    "Revision",
    "SessionInfo",
    "Speaker",
    "Turn",
]
