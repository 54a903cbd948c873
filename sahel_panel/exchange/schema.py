"""Reading typed fields out of YAML nodes while collecting every problem.

A :class:`Reader` walks one file; each accessor records a :class:`Problem`
(file, line, field path, message) instead of stopping at the first one, so
``sahel-panel check`` can list everything wrong in a single pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sahel_panel.domain.model import DomainError
from sahel_panel.exchange.errors import ExchangeError, Problem
from sahel_panel.exchange.yamlsafe import Node
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, message_of

T = TypeVar("T")

_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off", ""}


def parse_bool(value: str) -> bool:
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(Message(QT_TRANSLATE_NOOP("Errors", "must be yes or no (true/false); got {value}."),
                             value=repr(value)))


class Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, line: int, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ExchangeError(self.problems)

    def mapping(self, node: Node | None, field: str, allowed: set[str], required: set[str] = frozenset()
                ) -> dict[str, Node]:
        """The mapping's entries; unknown keys and missing required keys are problems."""
        if node is None or not node.is_map:
            self.problem(node.line if node else 0, field or "(top level)",
                         Message(QT_TRANSLATE_NOOP("Errors", "must be a mapping of key: value lines.")))
            return {}
        entries: dict[str, Node] = node.value  # type: ignore[assignment]
        for key, value in entries.items():
            if key not in allowed:
                self.problem(value.line, _join(field, key),
                             Message(QT_TRANSLATE_NOOP("Errors", "unknown key; allowed keys are {allowed}."),
                                     allowed=", ".join(sorted(allowed))))
        for key in sorted(required - entries.keys()):
            self.problem(node.line, _join(field, key), Message(QT_TRANSLATE_NOOP("Errors", "this key is required.")))
        return {k: v for k, v in entries.items() if k in allowed}

    def sequence(self, node: Node | None, field: str) -> list[Node]:
        if node is None or node.value is None:
            return []
        if not node.is_list:
            self.problem(node.line, field, Message(QT_TRANSLATE_NOOP("Errors", "must be a list (lines starting with “- ”).")))
            return []
        return node.value  # type: ignore[return-value]

    def text(self, node: Node | None, field: str, check: Callable[[str], str] | None = None, default: str = ""
             ) -> str:
        if node is None or node.value is None:
            value = default
            line = node.line if node else 0
        elif not node.is_scalar:
            self.problem(node.line, field, Message(QT_TRANSLATE_NOOP("Errors", "must be text, not a list or mapping.")))
            return default
        else:
            value, line = str(node.value), node.line
        if check is None:
            return value
        return self.checked(line, field, check, value, default)

    def boolean(self, node: Node | None, field: str, default: bool = False) -> bool:
        if node is None or node.value is None:
            return default
        if not node.is_scalar:
            self.problem(node.line, field, Message(QT_TRANSLATE_NOOP("Errors", "must be yes or no.")))
            return default
        return self.checked(node.line, field, parse_bool, str(node.value), default)

    def checked(self, line: int, field: str, check: Callable[[str], T], value: str, default: T) -> T:
        try:
            return check(value)
        except (DomainError, ValueError) as exc:
            self.problem(line, field, _sentence(exc))
            return default


def _sentence(exc: Exception) -> str:
    """Domain messages start with the field name, which the problem already shows."""
    message = message_of(exc)
    field = getattr(exc, "field", None)
    if field and isinstance(message, Message):
        return message.without_subject(field)
    if field and message.startswith(field + " "):
        message = message[len(field) + 1:]
    return message


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key
