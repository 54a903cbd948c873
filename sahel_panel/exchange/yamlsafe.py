"""Bounded YAML reading that keeps line numbers.

``yaml.safe_load`` would build Python objects straight away, losing where each
value came from and expanding alias bombs. Here the file is only *composed*
into nodes (SafeLoader, no object construction), aliases are refused, depth
and size are bounded, and values are taken as strings so that YAML 1.1 quirks
(``14:30`` as a base-60 number, ``no`` as False) never reach the schema.
"""

from __future__ import annotations

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
        root = yaml.compose(text, Loader=yaml.SafeLoader)
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
            raise ExchangeError([Problem(file, line, "", Message(QT_TRANSLATE_NOOP(
                "Errors", "the file is nested more than {limit} levels deep."), limit=MAX_DEPTH))])
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


def _not_yaml(reason: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "this is not valid YAML ({reason})."), reason=reason)
