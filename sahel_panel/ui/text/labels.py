"""Translated names of the domain's value sets (areas, categories, genders, ...).

Defined once here with ``QT_TRANSLATE_NOOP`` so lupdate finds them, and
translated at call time so a language switch relabels everything.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Labels"

AREA = {
    "environment": QT_TRANSLATE_NOOP("Labels", "Environment"),
    "community": QT_TRANSLATE_NOOP("Labels", "Community"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "development": QT_TRANSLATE_NOOP("Labels", "Development"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
CATEGORY = {
    "parliamentarian": QT_TRANSLATE_NOOP("Labels", "Parliamentarian"),
    "international_organisation": QT_TRANSLATE_NOOP("Labels", "UN or international organisation"),
    "regional_parliamentary_body": QT_TRANSLATE_NOOP("Labels", "Regional parliamentary body"),
    "government": QT_TRANSLATE_NOOP("Labels", "Government"),
    "civil_society": QT_TRANSLATE_NOOP("Labels", "Civil society"),
    "expert": QT_TRANSLATE_NOOP("Labels", "Expert"),
    "moderator": QT_TRANSLATE_NOOP("Labels", "Moderator"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
GENDER = {
    "woman": QT_TRANSLATE_NOOP("Labels", "Woman"),
    "man": QT_TRANSLATE_NOOP("Labels", "Man"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "not_stated": QT_TRANSLATE_NOOP("Labels", "Not stated"),
}
AGE_GROUP = {
    "under_45": QT_TRANSLATE_NOOP("Labels", "Under 45"),
    "45_and_over": QT_TRANSLATE_NOOP("Labels", "45 and over"),
    "not_stated": QT_TRANSLATE_NOOP("Labels", "Age not stated"),
}
KIND = {
    "statement": QT_TRANSLATE_NOOP("Labels", "Statement"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Answer"),
    "point_of_order": QT_TRANSLATE_NOOP("Labels", "Point of order"),
}
STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "agreed": QT_TRANSLATE_NOOP("Labels", "Agreed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
ROLE = {
    "": QT_TRANSLATE_NOOP("Labels", "Participant"),
    "chair": QT_TRANSLATE_NOOP("Labels", "Chair"),
    "moderator": QT_TRANSLATE_NOOP("Labels", "Moderator"),
    "panellist": QT_TRANSLATE_NOOP("Labels", "Panellist"),
    "rapporteur": QT_TRANSLATE_NOOP("Labels", "Rapporteur"),
}
LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
}


def label(table: dict[str, str], key: str) -> str:
    """The translated label of ``key``, or the key itself when unknown (newer files)."""
    source = table.get(key)
    return QCoreApplication.translate(_CTX, source) if source else key
