"""Bounded YAML reading that keeps line numbers.

``yaml.safe_load`` would build Python objects straight away, losing where each
value came from and expanding alias bombs. Here the file is only *composed*
into nodes (SafeLoader, no object construction), aliases are refused, depth
and size are bounded, and values are taken as strings so that YAML 1.1 quirks
(``14:30`` as a base-60 number, ``no`` as False) never reach the schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from sahel_panel.exchange.errors import ExchangeError, Problem
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

MAX_DEPTH = 12
MAX_NODES = 50_000
_STANDARD_TAGS = {f"tag:yaml.org,2002:{t}" for t in
                  ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "binary")}


@dataclass
class Node:
    """A YAML value with the line it starts on (1-based)."""

    value: object  # str | list[Node] | dict[str, Node] | None
    line: int

    @property
    def is_map(self) -> bool:
        return isinstance(self.value, dict)

    @property
    def is_list(self) -> bool:
        return isinstance(self.value, list)

    @property
    def is_scalar(self) -> bool:
        return isinstance(self.value, str) or self.value is None


def parse(text: str, file: str) -> Node | None:
    """Compose ``text`` into :class:`Node` values, or raise :class:`ExchangeError` naming the line."""
    try:
        _bound_depth(text, file)  # before composing: PyYAML's composer recurses once per level
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.reader.ReaderError as exc:
        raise ExchangeError([_unacceptable_character(text, file, exc)]) from None
    except RecursionError:  # pragma: no cover - _bound_depth stops far earlier
        raise ExchangeError([Problem(file, 0, "", _too_deep())]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = exc.problem or str(exc)
        raise ExchangeError([Problem(file, line, "", _not_yaml(reason))]) from None
    except yaml.YAMLError as exc:
        raise ExchangeError([Problem(file, 0, "", _not_yaml(str(exc)))]) from None
    if root is None:
        return None
    seen: set[int] = set()
    count = [0]

    def convert(node: yaml.Node, depth: int) -> Node:
        line = node.start_mark.line + 1
        if id(node) in seen:
            raise ExchangeError([Problem(file, line, "", Message(QT_TRANSLATE_NOOP(
                "Errors", "YAML anchors and aliases (& and *) are not accepted.")))])
        seen.add(id(node))
        count[0] += 1
        if node.tag not in _STANDARD_TAGS:
            raise ExchangeError([Problem(file, line, "", Message(QT_TRANSLATE_NOOP(
                "Errors", "YAML tags (!!{tag}) are not accepted."), tag=node.tag.removeprefix("tag:yaml.org,2002:")))])
        if count[0] > MAX_NODES:
            raise ExchangeError([Problem(file, line, "", Message(QT_TRANSLATE_NOOP(
                "Errors", "the file has more than {limit} values."), limit=f"{MAX_NODES:,}"))])
        if depth > MAX_DEPTH:
            raise ExchangeError([Problem(file, line, "", _too_deep())])
        if isinstance(node, yaml.ScalarNode):
            if node.tag == "tag:yaml.org,2002:null" and node.style is None:
                return Node(None, line)
            return Node(node.value, line)
        if isinstance(node, yaml.SequenceNode):
            return Node([convert(child, depth + 1) for child in node.value], line)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Node] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise ExchangeError([Problem(file, key_node.start_mark.line + 1, "", Message(QT_TRANSLATE_NOOP(
                        "Errors", "keys must be plain words.")))])
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise ExchangeError([Problem(file, key_node.start_mark.line + 1, "",
                                                 Message(QT_TRANSLATE_NOOP(
                                                     "Errors", "YAML merge keys (<<) are not accepted.")))])
                key = key_node.value
                if key in out:
                    raise ExchangeError([Problem(file, key_node.start_mark.line + 1, key,
                                                 Message(QT_TRANSLATE_NOOP("Errors", "this key appears twice.")))])
                out[key] = convert(value_node, depth + 1)
            return Node(out, line)
        raise ExchangeError([Problem(file, line, "", "unsupported YAML construct.")])  # pragma: no cover

    return convert(root, 0)


def _too_deep() -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "the file is nested more than {limit} levels deep."), limit=MAX_DEPTH)


def _bound_depth(text: str, file: str) -> None:
    """Refuse nesting deeper than ``MAX_DEPTH`` from the event stream, which PyYAML produces without recursion."""
    depth = 0
    # libyaml's parser when present (a 2 MB file costs seconds in pure Python, twice with compose).
    events = yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        for event in events:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH + 1:  # the root collection is level 0 for convert()
                    raise ExchangeError([Problem(file, event.start_mark.line + 1, "", _too_deep())])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError:
        return  # a syntax error: the composer reports it in its own words (and RecursionError is caught too)


def _unacceptable_character(text: str, file: str, exc: yaml.reader.ReaderError) -> Problem:
    """PyYAML reports a control character by its position in the whole text: give its line and field instead."""
    position = exc.position if isinstance(exc.position, int) else 0
    line = text.count("\n", 0, position) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return Problem(file, line, _field_at(text, line), Message(QT_TRANSLATE_NOOP(
        "Errors", "the control character U+{code} is not allowed in YAML; remove it."), code=f"{code:04X}"))


def _field_at(text: str, line: int) -> str:
    """The key path of the value on ``line`` (``questions[2].en``), read from a copy without control characters."""
    cleaned = _CONTROL.sub(" ", text)
    try:
        root = yaml.compose(cleaned, Loader=yaml.SafeLoader) if _depth_ok(cleaned) else None
    except yaml.YAMLError:
        return ""
    best: tuple[int, str] = (0, "")

    def walk(node: yaml.Node, path: str) -> None:
        nonlocal best
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = f"{path}.{key.value}" if path else str(key.value)
                if key.start_mark.line + 1 <= line and key.start_mark.line + 1 >= best[0]:
                    best = (key.start_mark.line + 1, name)
                walk(value, name)
        elif isinstance(node, yaml.SequenceNode):
            for i, child in enumerate(node.value, start=1):
                walk(child, f"{path}[{i}]")
        elif node.start_mark.line + 1 <= line <= node.end_mark.line + 1 and path:
            best = (node.start_mark.line + 1, path) if node.start_mark.line + 1 >= best[0] else best

    if root is not None:
        walk(root, "")
    return best[1]


def _depth_ok(text: str) -> bool:
    try:
        _bound_depth(text, "")
    except (ExchangeError, yaml.YAMLError):
        return False
    return True


# What PyYAML's reader refuses: C0 controls but tab/LF/CR, DEL, C1 controls but NEL, surrogates, U+FFFE/FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _not_yaml(reason: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "this is not valid YAML ({reason})."), reason=reason)
