"""The speaking-time limit as a minutes spin box, for the floor panel and Preferences alike.

Bounds and the meaning of "no limit" come from :data:`sahel_panel.domain.speaking_time.SPEAKING_LIMIT`:
0 minutes shows the spin box's special text ("No limit") and stands for None, never for a
one-minute limit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from sahel_panel.domain.speaking_time import SPEAKING_LIMIT


def limit_spin(spin: QSpinBox, no_limit: str) -> QSpinBox:
    """A minutes spin box for the speaking-time limit: the bounds of SPEAKING_LIMIT, "No limit" below them."""
    spin.setRange(0, SPEAKING_LIMIT.maximum // SPEAKING_LIMIT.step)
    spin.setSpecialValueText(no_limit)  # shown for 0, which stores "no limit"
    return spin


def spin_seconds(spin: QSpinBox) -> int | None:
    return spin.value() * SPEAKING_LIMIT.step if spin.value() else None


def set_spin_seconds(spin: QSpinBox, seconds: int | None) -> None:
    spin.setValue(0 if seconds is None else (SPEAKING_LIMIT.clean(seconds) or 0) // SPEAKING_LIMIT.step)
