#!/usr/bin/env python3
"""Render the live window with a realistic session, in English, French and Arabic, to PNG files.

    python tools/screenshots.py [OUTPUT_FOLDER]     (default /tmp/sahel-shots)

The session is the built-in 146th IPU Assembly panel (14 outcome questions)
with the demo speakers, turns, contributions in three languages and linked
recommendations, on a fixed clock in the middle of the panel. Runs offscreen;
``widget.grab()`` gives the same picture as a real X server.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402

from sahel_panel.services import SessionService  # noqa: E402
from sahel_panel.ui.core.prompts import ScriptedPrompter  # noqa: E402
from sahel_panel.ui.core.settings import Settings  # noqa: E402
from sahel_panel.ui.shell.app import build_window, create_application  # noqa: E402

SIZES = {"laptop": (1366, 768), "full-hd": (1920, 1080)}

SAID = [  # (speaker name fragment, question position, text)
    ("Haddad", 1, "Opening: the panel will formulate recommendations for the Second Global Parliamentary Summit."),
    ("Mansoori", 1, "البرلمانات هي القوى الديمقراطية الرئيسية في المنطقة، ويجب أن تمارس دورها في الرقابة والتشريع."),
    ("Diallo", 1, "Les parlements du Sahel doivent être associés à chaque stratégie de sécurité dès sa conception."),
    ("Romano", 2, "Budget oversight is our strongest tool: security spending must be debated in committee, line by line."),
    ("Ouédraogo", 2, "UNODC can support legislative reviews so that counter-terrorism laws meet human-rights standards."),
    ("Mansoori", 3, "يجب تعزيز الرقابة البرلمانية على القوات المسلحة لتجنب الأضرار الجانبية بين المدنيين."),
    ("Diallo", 3, "Trust between civilians and the military is low; parliamentary hearings after operations would help."),
    ("Couli", 3, "Women's organisations must be heard when the impact of operations on communities is assessed."),
    ("Romano", 4, "Avoid previous mistakes: align international support with the priorities of the Sahel parliaments."),
    ("Benali", 5, "Pilot projects should start where the state is absent: border towns, with local committees."),
]
RECOMMENDATIONS = [
    (1, "Parliaments of the Sahel hold an annual joint hearing on the security strategy of each country.", "agreed"),
    (2, "Create a standing budget sub-committee on security spending with access to classified annexes.", "proposed"),
    (3, "إنشاء آلية برلمانية للتحقيق في الأضرار التي تلحق بالمدنيين خلال العمليات العسكرية.", "proposed"),
    (3, "Include civil-society observers in post-operation reviews.", "draft"),
    (None, "Report back to the Second Global Parliamentary Summit on Countering Terrorism.", "draft"),
]


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def build_session(folder: Path) -> tuple[Path, Clock]:
    from sahel_panel.exchange.demo import ensure_demo_session

    path = ensure_demo_session(folder)
    clock = Clock(datetime(2023, 3, 11, 14, 34).astimezone())
    with SessionService.open(path, clock=clock) as s:
        speakers = s.speakers.list()
        questions = s.questions.list()

        def who(fragment: str) -> str:
            return next(x.id for x in speakers if fragment in x.name)

        ids = []
        for name, pos, text in SAID:
            s.turns.start(who(name), questions[pos - 1].id)
            clock.now += timedelta(minutes=5, seconds=40)
            lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else ("fr" if "Les " in text else "en")
            ids.append(s.contributions.record(text, who(name), questions[pos - 1].id, language=lang).id)
        s.turns.stop()
        for pos, text, status in RECOMMENDATIONS:
            qid = questions[pos - 1].id if pos else None
            lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
            sources = [ids[i] for i, (_, p, _) in enumerate(SAID) if p == pos][:2]
            s.recommendations.draft(text, qid, language=lang, status=status, source_ids=sources)
        # The moderator gives the floor again; the speaker is close to the limit.
        s.turns.start(who("Couli"), questions[2].id)
        clock.now += timedelta(minutes=4, seconds=20)
    return path, clock


def shoot(out: Path, lang: str, path: Path, clock: Clock, ini: Path) -> list[Path]:
    app = create_application()
    window = build_window(app, Settings(QSettings(str(ini), QSettings.Format.IniFormat)), ScriptedPrompter(default=False), lang)
    window.set_session(SessionService.open(path, clock=clock))
    ws = window.workspace
    assert ws is not None
    questions = ws.question_bar.questions
    ws.document.set_current_question(questions[2].id)
    speakers = {s.name: s.id for s in ws.speakers.model.speakers()}
    for fragment in ("Benali", "Romano", "Mansoori"):
        ws.speakers.floor.enqueue(next(v for k, v in speakers.items() if fragment in k))
    ws.contributions.editor.text.setPlainText(
        "Civil society asks for a seat in the review of each operation; community radios" if lang != "ar" else
        "يطالب المجتمع المدني بمقعد في مراجعة كل عملية")
    written = []
    for label, (w, h) in SIZES.items():
        window.resize(w, h)
        window.show()
        for _ in range(5):
            app.processEvents()
        ws.questions.model.reload()
        ws.speakers.floor.refresh_timer()
        ws.question_bar.refresh_clock()
        app.processEvents()
        target = out / f"main-{lang}-{label}.png"
        window.grab().save(str(target))
        written.append(target)
    window.close()
    return written


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/sahel-shots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        path, clock = build_session(tmpdir)
        for lang in ("en", "fr", "ar"):
            for png in shoot(out, lang, path, clock, tmpdir / f"{lang}.ini"):
                print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
