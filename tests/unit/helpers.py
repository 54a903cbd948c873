"""Shared helpers for the unit tests of the domain, store and services."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sahel_panel.domain.model import Speaker
from sahel_panel.services import NewSession, SessionService

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
PYTHON = sys.executable

T0 = datetime(2023, 3, 11, 11, 30, tzinfo=UTC)  # 14:30 in Manama


class FakeClock:
    """A clock that only moves when told to (``advance``), or by ``step`` on every reading."""

    def __init__(self, start: datetime = T0, step: timedelta = timedelta(0)) -> None:
        self.moment = start
        self.step = step

    def __call__(self) -> datetime:
        now = self.moment
        self.moment = self.moment + self.step
        return now

    def advance(self, seconds: float) -> None:
        self.moment = self.moment + timedelta(seconds=seconds)


def spec(**overrides: object) -> NewSession:
    """A small realistic session: the Manama security panel with three questions and no speakers."""
    base: dict[str, object] = {
        "title": "Mitigating the impact of security threats by building resilience in the Sahel",
        "series": "The Call of the Sahel",
        "area": "security",
        "event": "146th IPU Assembly",
        "venue": "Exhibition World Bahrain, Manama",
        "room": "Grand Hall E",
        "date": "2023-03-11",
        "start": "14:30",
        "end": "17:30",
        "questions": [
            {"en": "What are the main security threats in the Sahel?",
             "fr": "Quelles sont les principales menaces sécuritaires au Sahel ?",
             "ar": "ما هي التهديدات الأمنية الرئيسية في منطقة الساحل؟"},
            {"en": "How can parliaments build resilience?", "fr": "Comment les parlements peuvent-ils renforcer la résilience ?"},
            {"ar": "ما دور الشباب والنساء؟"},
        ],
    }
    base.update(overrides)
    return NewSession(**base)  # type: ignore[arg-type]


def speakers() -> list[Speaker]:
    return [
        Speaker(id="", name="Amina Diallo", title="Hon.", organisation="National Assembly of Mali", country="Mali",
                category="parliamentarian", gender="woman", age_group="under_45"),
        Speaker(id="", name="John Brandolino", organisation="UNODC", category="international_organisation",
                gender="man"),
        Speaker(id="", name="عادل العسومي", title="H.E.", organisation="Arab Parliament",
                category="regional_parliamentary_body", gender="man"),
        Speaker(id="", name="Moussa Traoré", organisation="CIP G5 Sahel", category="regional_parliamentary_body",
                gender="man", age_group="under_45"),
    ]


def new_session(tmp_path: Path, name: str = "s.sahel", clock: FakeClock | None = None,
                **overrides: object) -> SessionService:
    return SessionService.create(tmp_path / name, spec(**overrides), clock=clock or FakeClock(step=timedelta(seconds=1)))


def child_env() -> dict[str, str]:
    """Environment for child Python processes: the repository importable, output unbuffered."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env
