"""The whole-file checks of an opened session, run in a worker once the window is shown.

SQLite's ``quick_check`` and the content check read every row: half a second
at 100,000 contributions, which start-up would otherwise pay on every open
(see :meth:`sahel_panel.store.Store.open`, ``check_later``). The window opens
the file with its header, format and columns checked, shows it, and runs these
on a read-only connection of their own; a refusal closes the session with the
sentence the open would have given. Nothing is recorded on a file that was
refused, except what the rapporteur typed in the moment before, which stays in
the file (every action is committed at once).
"""

from __future__ import annotations

from sahel_panel.domain.model import DomainError
from sahel_panel.services import SessionService
from sahel_panel.store import CheckStopped, StoreError
from sahel_panel.ui.text.errors import error_text


def verdict(service: SessionService) -> str | None:
    """Run :meth:`SessionService.check` (on a worker, see ui/core/apart.py): None when the file is
    sound, else the sentence naming it and what is wrong. ``CheckStopped`` (closing, quitting) goes
    through, so that no answer is delivered."""
    try:
        service.check()
    except CheckStopped:
        raise
    except (StoreError, DomainError) as exc:
        return error_text(exc)
    except Exception as exc:  # noqa: BLE001 - the file could not be read again: say so, no traceback
        return error_text(exc) or type(exc).__name__
    return None
