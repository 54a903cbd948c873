#!/usr/bin/env python3
"""Git merge driver for Qt Linguist ``.ts`` files: a message-wise union of both sides.

Several branches add strings at once; a line-based merge of lupdate's XML conflicts on every
neighbouring insertion. This merges by message instead (key: context, source, comment): a
message added on either side is kept, a message deleted on one side and untouched on the other
is dropped, and where both sides changed a translation the finished one wins (ours first).

Set up once per clone (the attribute is committed in .gitattributes)::

    git config merge.tsunion.name "Qt Linguist message union"
    git config merge.tsunion.driver "python3 tools/ts_merge.py %O %A %B"

Run ``tools/translations.py update`` afterwards to let lupdate normalise the order.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]


def _messages(path: Path) -> tuple[ET.Element, dict[str, list[tuple[Key, ET.Element]]]]:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, FileNotFoundError):
        return ET.Element("TS"), {}
    out: dict[str, list[tuple[Key, ET.Element]]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        rows = out.setdefault(name, [])
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            rows.append((key, message))
    return root, out


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text for f in translation.iter("numerusform")]
        return bool(forms) and all(f and f.strip() for f in forms)
    return bool(translation.text and translation.text.strip())


def _same(a: ET.Element | None, b: ET.Element | None) -> bool:
    if a is None or b is None:
        return a is b
    return ET.tostring(a) == ET.tostring(b)


def merge(base: Path, ours: Path, theirs: Path) -> None:
    _, b = _messages(base)
    root, o = _messages(ours)
    _, t = _messages(theirs)
    flat = lambda d: {k: m for rows in d.values() for k, m in rows}  # noqa: E731
    fb, fo, ft = flat(b), flat(o), flat(t)
    order: list[str] = list(o) + [c for c in t if c not in o]
    out = ET.Element("TS", root.attrib)
    for name in order:
        keys = [k for k, _ in o.get(name, [])] + [k for k, _ in t.get(name, []) if k not in fo]
        chosen = []
        for key in keys:
            mo, mt, mb = fo.get(key), ft.get(key), fb.get(key)
            if mo is None or mt is None:
                present = mo if mo is not None else mt
                if mb is not None and _same(present, mb):
                    continue  # deleted on one side, untouched on the other
                chosen.append(present)
            elif _same(mo, mt) or _same(mt, mb):
                chosen.append(mo)
            elif _same(mo, mb):
                chosen.append(mt)
            else:
                chosen.append(mo if _finished(mo) or not _finished(mt) else mt)
        if chosen:
            context = ET.SubElement(out, "context")
            ET.SubElement(context, "name").text = name
            context.extend(chosen)
    ET.indent(out, space="    ")
    lines = ET.tostring(out, encoding="unicode").split("\n")
    # lupdate's own layout (contexts at the margin), so a merge does not re-indent the whole file
    body = "\n".join([lines[0], *(line[4:] if line.startswith("    ") else line for line in lines[1:])])
    ours.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    merge(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
