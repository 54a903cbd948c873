"""The text of a refused action in the interface language.

The lower layers raise exceptions whose first argument is a
:class:`sahel_panel.messages.Message` (English ``str()``, plus ``template`` and
``params``). :func:`error_text` translates the template in the ``"Errors"``
context, then fills in the parameters: nested messages are translated the same
way, a ``field`` parameter is a field label (``"Fields"`` context) and a
problem of an imported file gets its "file, line, field: message" frame
translated. The file's own column and key names are left as written in the file.
Anything else (or a translation with broken placeholders) falls back to ``str(exc)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_panel.messages import Message


def error_text(exc: BaseException) -> str:
    """What to show the user for ``exc``: its sentence translated when it has a template."""
    template = getattr(exc, "template", None)
    if not isinstance(template, str):
        return str(exc)
    try:
        return _fill(template, getattr(exc, "params", {}) or {})
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(exc)


def message_text(message: str) -> str:
    """A single sentence (a :class:`Message` or plain text) in the interface language."""
    if not isinstance(message, Message):
        return str(message)
    try:
        return _fill(message.template, message.params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(message)


def _fill(template: str, params: dict[str, Any]) -> str:
    translated = QCoreApplication.translate("Errors", template)
    if not params:
        return translated
    return translated.format(**{key: _value(key, value) for key, value in params.items()})


_ISOLATED = frozenset({"file", "folder", "path", "name", "names", "value"})


def _value(key: str, value: Any) -> Any:
    if isinstance(value, Message):
        return _fill(value.template, value.params)
    if key == "field" and isinstance(value, str):
        return QCoreApplication.translate("Fields", value)
    frame = getattr(value, "frame", None)
    if isinstance(frame, str) and hasattr(value, "message"):  # a Problem of an imported file
        return QCoreApplication.translate("Errors", frame).format(
            file=value.file, line=value.line, field=value.field, message=message_text(value.message))
    if key in _ISOLATED and isinstance(value, str):
        # A path or a name inside a translated sentence keeps its own order: an Arabic sentence
        # otherwise shows "tmp/…report.pdf/ حُفظ في" and "(sahel.)".
        return "\u2068" + value + "\u2069"
    return value
