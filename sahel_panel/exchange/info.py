"""A session's metadata, counts and per-question coverage, as data and as text."""

from __future__ import annotations

import re
from dataclasses import asdict

from sahel_panel.domain.model import LANGUAGES
from sahel_panel.services import SessionService


def session_summary(service: SessionService) -> dict:
    """Plain data (stable keys) for ``sahel-panel info`` and its ``--json``, from one consistent read."""
    content = service.read()
    info, stats = content.info, content.statistics
    coverage = {c.question_id: c for c in stats.coverage}
    questions = []
    for q in content.questions:
        c = coverage[q.id]
        questions.append({
            "position": q.position,
            "id": q.id,
            "text": {lang: q.text.get(lang, "") for lang in LANGUAGES},
            "contributions": c.contributions,
            "recommendations": c.recommendations,
            "minutes": round(c.seconds / 60, 1),
            "addressed": c.addressed,
        })
    meta = asdict(info)
    meta["languages"] = list(info.languages)
    return {
        "file": str(service.path),
        "session": meta,
        "counts": asdict(content.counts),
        "general_recommendations": stats.general_recommendations,
        "speaking_minutes": round(stats.total_seconds / 60, 1),
        "questions": questions,
    }


_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """User text printed to a terminal: control characters (escape sequences) removed."""
    return _TERMINAL_CONTROLS.sub("", text)


def summary_text(summary: dict) -> str:
    return terminal_safe(_summary_text(summary))


def _summary_text(summary: dict) -> str:
    s, c = summary["session"], summary["counts"]
    when = s["date"]
    if s["start"]:
        when += f" {s['start']}–{s['end']}" if s["end"] else f" {s['start']}"
    lines = [
        s["title"],
        f"  Series:     {s['series']}",
        f"  Area:       {s['area']}",
        f"  Event:      {s['event']}",
        f"  Venue:      {s['venue']}" + (f" — {s['room']}" if s["room"] else ""),
        f"  Date:       {when.strip()}",
        f"  Languages:  {', '.join(s['languages'])}",
        "",
        f"Questions {c['questions']} · speakers {c['speakers']} · turns {c['turns']} · "
        f"contributions {c['contributions']} · recommendations {c['recommendations']} "
        f"({summary['general_recommendations']} general) · {summary['speaking_minutes']} min of speaking",
        "",
    ]
    for q in summary["questions"]:
        mark = "" if q["addressed"] else "  — not yet addressed"
        lines.append(f"Q{q['position']}. {q['contributions']} contributions · {q['recommendations']} "
                     f"recommendations · {q['minutes']} min{mark}")
        for lang in LANGUAGES:
            lines.append(f"    {lang}: {q['text'][lang] or '(missing)'}")
    return "\n".join(lines)
