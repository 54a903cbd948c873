"""Lines of text the PDF and the DOCX both print, built once so the two documents say the same thing.

Punctuation follows each line's own script, not the report's language: an
Arabic name line takes "،" in an English report and a Latin one takes ","
in an Arabic report. The time closing a speaker line is tied to it with
no-break spaces, so it never ends alone on the next line.
"""

from __future__ import annotations

from sahel_panel.domain.model import Contribution
from sahel_panel.report import strings
from sahel_panel.report.data import ReportData
from sahel_panel.report.textshape import has_rtl

NBSP = "\u00a0"


def speaker_line(data: ReportData, c: Contribution, lang: str) -> str:
    """"Hon. Name, Organisation, Country — 14:33 (question)" for a contribution's heading."""
    s = data.speakers.get(c.speaker_id or "")
    parts = [s.label() if s else strings.t(lang, "unknown_speaker")]
    if s:
        parts += [x for x in (s.organisation, s.country) if x]
    line = strings.join_names(parts)
    # "12 h 16" would be torn apart by the bidi algorithm next to Arabic; "12:16" is one number.
    when = data.clock("en" if has_rtl(line) else lang, c.recorded_at)
    if when:
        line += f"{NBSP}—{NBSP}{when}"
    if c.kind != "statement":
        line += f"{NBSP}({strings.value(lang, 'kind', c.kind)})"
    return line


def names(data: ReportData, people: list) -> str:  # noqa: ANN001 - list[Speaker]
    return strings.join_names([s.label() for s in people])
