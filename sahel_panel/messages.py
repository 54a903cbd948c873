"""Translatable error sentences without Qt.

The lower layers (domain, store, services, exchange, report) must not import
Qt, yet the sentences they raise are shown in the window in French and Arabic.
They therefore build a :class:`Message`: a ``str`` equal to the English
sentence (so ``str(exc)``, the command line and the tests see English as
before) that also remembers its ``template`` (the English source, with
``{name}`` placeholders) and its ``params``. Templates are written as
``QT_TRANSLATE_NOOP("Errors", "...")`` so that ``pyside6-lupdate``, which
recognises that call by name, extracts them into the .ts files; the window
translates them with ``sahel_panel.ui.text.errors.error_text``.

A parameter named ``field`` holds a field label ("title", "category"...):
the window translates it in the ``"Fields"`` context (the labels are marked in
``sahel_panel.domain.rules.FIELD_LABELS``). A parameter that is itself a
:class:`Message` (or a ``Problem`` of an imported file) is translated too.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction into the ``context`` of the .ts files; returns it unchanged."""
    return text


class Message(str):
    """An English sentence that remembers the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self

    def __reduce__(self):  # noqa: ANN204 - keep template and params through pickling
        return (_rebuild, (self.template, self.params))

    def without_subject(self, field: str) -> Message | str:
        """The sentence without its leading field name, for places that already show the field.

        ``"{field} must not be empty."`` with ``field="name"`` becomes ``"must not be empty."``; the
        shortened templates are marked for translation beside the full ones (``domain/rules.py``).
        """
        if self.template.startswith("{field} ") and self.params.get("field") == field:
            params = {k: v for k, v in self.params.items() if k != "field"}
            return Message(self.template[len("{field} "):], **params)
        if self.startswith(field + " "):
            return self[len(field) + 1:]
        return self


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def message_of(exc: BaseException) -> Message | str:
    """The exception's sentence, keeping its template when it has one (for re-raising or a Problem)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


class Translatable:
    """Mixin for exceptions whose first argument is a :class:`Message`.

    ``template`` is None when the exception was raised with a plain string.
    """

    args: tuple

    @property
    def message(self) -> Message | None:
        first = self.args[0] if self.args else None
        return first if isinstance(first, Message) else None

    @property
    def template(self) -> str | None:
        message = self.message
        return message.template if message is not None else None

    @property
    def params(self) -> dict[str, Any]:
        message = self.message
        return dict(message.params) if message is not None else {}


__all__ = ["QT_TRANSLATE_NOOP", "Message", "Translatable", "message_of"]
