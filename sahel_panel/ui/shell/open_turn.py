"""A speaker still holding the floor when the window closes, or when a file is opened after a crash.

Speaking time must not keep counting while Sahel Panel is not running (a restart showed
02:29 in red and the statistics grew by the hours the laptop slept). Closing asks whether
to stop the turn now; opening a session whose turn was left open offers to end it at the
last moment anything was recorded (``TurnService.stop_at_last_activity``), as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sahel_panel.domain.clock import local_clock
from sahel_panel.domain.model import DomainError
from sahel_panel.store import StoreError
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.prompts import Prompter
from sahel_panel.ui.floor.commands import EndTurnAtLastActivity
from sahel_panel.ui.text.bidi import isolate


def _who(document: SessionDocument, speaker_id: str) -> str:
    try:
        return document.service.speakers.get(speaker_id).label()
    except DomainError:
        return QCoreApplication.translate("OpenTurn", "A speaker")


def settle_on_close(document: SessionDocument | None, prompter: Prompter) -> None:
    """Ask whether to stop the open turn now; yes stops it, no leaves it for the next start to settle."""
    if document is None or document.closed or document.read_only:
        return
    service = document.service
    turn = service.turns.current()
    if turn is None:
        return
    zone = service.info().time_zone
    question = QCoreApplication.translate("OpenTurn", "%1 still holds the floor (since %2).\n\nStop the turn now, at %3?\n\n"
                  "If not, the next start offers to end it at the last moment something was recorded.")
    text = (question.replace("%1", isolate(_who(document, turn.speaker_id)))
            .replace("%2", local_clock(turn.started_at, zone)).replace("%3", local_clock(service.now(), zone)))
    if prompter.ask(QCoreApplication.translate("OpenTurn", "Speaker still holds the floor"), text):
        try:
            service.turns.stop()
        except (DomainError, StoreError) as exc:  # a full disk must not keep the window from closing
            from sahel_panel.ui.text.errors import error_text

            prompter.warn(QCoreApplication.translate("OpenTurn", "Speaker still holds the floor"), error_text(exc))


def offer_after_crash(document: SessionDocument, prompter: Prompter) -> bool:
    """A turn open in a file just opened was left by a crash or a close: offer to end it at the last activity.

    Returns True when it was ended (one undo step: Ctrl+Z gives the floor back).
    """
    if document.read_only:
        return False
    service = document.service
    turn = service.turns.current()
    if turn is None:
        return False
    last = service.turns.last_activity()
    zone = service.info().time_zone
    text = (QCoreApplication.translate("OpenTurn", "%1 was given the floor at %2 and still holds it: Sahel Panel stopped without ending the turn.\n\n"
               "The last thing recorded was at %3. End the turn there, so the time Sahel Panel was not running "
               "does not count as speaking time?")
            .replace("%1", isolate(_who(document, turn.speaker_id))).replace("%2", local_clock(turn.started_at, zone))
            .replace("%3", local_clock(last, zone)))
    if not prompter.ask(QCoreApplication.translate("OpenTurn", "Turn left open"), text):
        return False
    return document.execute(EndTurnAtLastActivity(service))
