"""The speaking-time rules, in one place for every window that shows a running timer.

The floor panel (the rapporteur's window) and the projector (the room) must agree on
when a speaker's time turns amber and red, and on what the speaking-time limit may be:
both read these functions. Qt-free (domain layer), so the rule is tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass

NORMAL, NEAR, OVER = "normal", "near", "over"
"""Timer states: within the limit, close to it (amber), past it (red)."""

WARN_AT_LEAST_SECONDS = 30
"""The amber phase lasts at least this long, even under a short limit."""
WARN_FRACTION = 5
"""... and otherwise the last fifth of the limit (one minute of a five-minute limit)."""


@dataclass(frozen=True)
class LimitSetting:
    """The speaking-time limit as a setting: stored in whole seconds under ``key``.

    ``none`` is the stored value meaning "no limit": the timer counts up and never turns
    amber or red. Any other value is a number of whole minutes between the bounds.
    """

    key: str
    default: int
    minimum: int
    maximum: int
    step: int
    none: int

    def clean(self, value: object) -> int | None:
        """A stored (or typed) value as the limit in seconds, None for "no limit".

        Unreadable values fall back to the default; others are rounded to whole minutes
        and kept within the bounds.
        """
        try:
            seconds = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return self.default
        if seconds == self.none or seconds < 0:
            return None
        minutes = max(self.minimum // self.step, min(self.maximum // self.step, round(seconds / self.step)))
        return minutes * self.step

    def stored(self, seconds: int | None) -> int:
        """What to store for a limit (None: no limit)."""
        return self.none if seconds is None else int(self.clean(seconds) or self.none)


SPEAKING_LIMIT = LimitSetting(key="floor/limit_seconds", default=5 * 60, minimum=60, maximum=60 * 60, step=60, none=0)


def timer_state(seconds: float, limit: int | None) -> str:
    """Amber in the last fifth of the limit (at least its last 30 s), red once past it; no limit, no colour."""
    if limit is None or limit <= 0:
        return NORMAL
    if seconds > limit:
        return OVER
    if seconds >= limit - max(WARN_AT_LEAST_SECONDS, limit // WARN_FRACTION):
        return NEAR
    return NORMAL


def timer_text(seconds: float) -> str:
    """A running timer as ``MM:SS``, ``H:MM:SS`` from an hour on (the floor panel, the projector, the question bar)."""
    total = int(max(0, seconds))
    h, rest = divmod(total, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"
