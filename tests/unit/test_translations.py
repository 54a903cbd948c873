"""Every user-visible string of the window has a finished French and Arabic translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as pipeline  # noqa: E402


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


@pytest.mark.parametrize("lang", pipeline.LANGS)
def test_every_entry_is_translated(lang: str) -> None:
    ts = ROOT / "translations" / f"sahel_panel_{lang}.ts"
    entries = messages(ts)
    assert len(entries) > 100
    unfinished = []
    for key, message in entries.items():
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            done = forms and all(f and f.strip() for f in forms)
        else:
            done = bool(translation.text and translation.text.strip())
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not done:
            unfinished.append(key)
    assert unfinished == []


@pytest.mark.parametrize("lang", pipeline.LANGS)
def test_ts_files_cover_every_string_in_the_sources(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"fresh_{lang}.ts"
    subprocess.run([pipeline._tool("pyside6-lupdate"), *pipeline.sources(), "-locations", "none",
                    "-target-language", lang, "-ts", str(fresh)], check=True, capture_output=True)
    committed = messages(ROOT / "translations" / f"sahel_panel_{lang}.ts")
    extracted = set(messages(fresh))
    missing = sorted(extracted - set(committed))
    assert missing == [], "run tools/translations.py update and translate the new strings"
    stale = sorted(set(committed) - extracted)
    assert stale == [], "these entries are not in the sources: 'update' would drop them (use literal contexts)"


def test_arabic_placeholders_and_shortcuts_survive() -> None:
    """A translation must keep %1-style arguments, or the window shows them raw."""
    import re

    for lang in pipeline.LANGS:
        for (_, source), message in messages(ROOT / "translations" / f"sahel_panel_{lang}.ts").items():
            text = message.find("translation").text or ""
            for placeholder in set(re.findall(r"%n|%\d|\{\w*\}", source or "")):
                assert placeholder in text or message.get("numerus") == "yes", (lang, source, text)
