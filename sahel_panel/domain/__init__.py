"""Plain-Python domain: entities, rules and statistics. Knows nothing of Qt or SQL."""

from sahel_panel.domain.model import (
    AGE_GROUPS,
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
    "AGE_GROUPS",
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
