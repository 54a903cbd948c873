"""Percentages and lists in the typography of the interface language.

The language is the default ``QLocale`` (set by :func:`sahel_panel.i18n.install`).
The interface writes its clocks and counts with the digits 0-9 in every
language (as do the reports), so numbers here use the same digits: for
Arabic that is the Arabic locale with Western digits (CLDR ``ar-latn``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from sahel_panel.i18n import normalise

NNBSP = "\u202f"  # narrow no-break space: French "15 %"
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: a name keeps its own direction inside the line

# Space between the number and the percent sign (CLDR percent patterns); none where not listed.
_PERCENT_SPACE = {QLocale.Language.French: NNBSP}
# Separator of a plain enumeration (names, keys); ", " where not listed.
_LIST_SEPARATOR = {QLocale.Language.Arabic: "، ", QLocale.Language.Persian: "، ", QLocale.Language.Urdu: "، "}
# Separator between enumerations that may themselves contain commas.
_OUTER_SEPARATOR = {QLocale.Language.Arabic: "؛ ", QLocale.Language.Persian: "؛ ", QLocale.Language.Urdu: "؛ "}


def western_digits(locale: QLocale) -> QLocale:
    """``locale`` itself, or the same language's variant written with 0-9 (ar -> ar_DZ-style, ``ar-latn``)."""
    if locale.zeroDigit() == "0":
        return locale
    for candidate in QLocale.matchingLocales(locale.language(), QLocale.Script.AnyScript, QLocale.Country.AnyCountry):
        if candidate.zeroDigit() == "0":
            return candidate
    return QLocale.c()


def percent_text(share: float, locale: QLocale | None = None) -> str:
    """A share (0..1) as a whole percentage: "15%" (en), "15 %" (fr, narrow no-break space), "15‎%‎" (ar).

    The Arabic sign carries left-to-right marks (CLDR), so "15%" does not turn into
    "%15" after Arabic words in a right-to-left line.
    """
    loc = western_digits(QLocale() if locale is None else locale)
    return loc.toString(round(share * 100)) + _PERCENT_SPACE.get(loc.language(), "") + loc.percent()


def list_separator(locale: QLocale | None = None) -> str:
    """", " or the Arabic comma "، "."""
    return _LIST_SEPARATOR.get((QLocale() if locale is None else locale).language(), ", ")


def joined(items: Iterable[str], locale: QLocale | None = None, *, isolate: bool = False) -> str:
    """Items separated by the interface language's comma.

    With ``isolate`` each item is wrapped in a first-strong isolate, so Latin
    names in an Arabic line (or Arabic names in a French one) keep the list's
    order instead of being reordered as one run by the bidi algorithm.
    """
    parts = [f"{FSI}{item}{PDI}" if isolate else item for item in items]
    return list_separator(locale).join(parts)


def joined_groups(items: Iterable[str], locale: QLocale | None = None) -> str:
    """Items separated by a semicolon ("; " or the Arabic "؛ ")."""
    return _OUTER_SEPARATOR.get((QLocale() if locale is None else locale).language(), "; ").join(items)


def ui_language() -> str:
    """The interface language (``i18n.install`` sets the default QLocale), as en/fr/ar."""
    return normalise(QLocale().name())
