"""Every character the shaped text uses is in the embedded font: no ligature or form the font lacks.

arabic-reshaper's default configuration turned "الله" into U+FDF2, which
DejaVu Sans does not have, so "عبد الله" printed as four unjoined letters.
These tests check the whole shaping table against the font, not only that
ligature, so a new letter, ligature or font cannot bring the fault back.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from arabic_reshaper.ligatures import LIGATURES
from report_sessions import pdf_text

from sahel_panel.report import fonts, strings, textshape
from sahel_panel.report.textshape import shape
from sahel_panel.services import NewSession, SessionService

INVISIBLE = set(" \n\u200c\u200d")
BEH = "\u0628"  # a dual-joining letter: puts its neighbour in every position


def missing(shaped: str) -> set[str]:
    return {c for c in shaped if c not in INVISIBLE} - fonts.glyphs()


def test_no_ligature_the_font_lacks() -> None:
    """Shaping text the font can draw never yields a ligature it cannot (the fault of U+FDF2)."""
    shaper = textshape.reshaper()
    for name, (match, _forms) in LIGATURES:
        if missing(match):
            continue  # written with letters the font cannot draw at all: nothing to shape
        for text in (match, BEH + match, match + BEH, BEH + match + BEH):
            assert not missing(shaper.reshape(text)), (name, text)


@pytest.mark.parametrize("letter", sorted(set(textshape.reshaper().letters) - {"\u200d"}))
def test_every_letter_in_every_position_is_in_the_font(letter: str) -> None:
    for text in (letter, BEH + letter, letter + BEH, BEH + letter + BEH, letter + letter + letter):
        shaped = shape(text)
        if missing(letter):
            # a letter the font cannot draw at all (Urdu forms, alef wasla) stays itself and prints as U+FFFD
            assert letter in shaped and not missing(fonts.metrics(fonts.REGULAR).cover(letter).replace(fonts.REPLACEMENT, ""))
            continue
        assert not missing(shaped), (hex(ord(letter)), text, [hex(ord(c)) for c in missing(shaped)])
        assert len(shaped) == len(text)  # no letter dropped (a form the table lacks would vanish)


def test_allah_is_joined_letters() -> None:
    shaped = shape("عبد الله")
    assert "\ufdf2" not in shaped
    assert shaped.split(" ")[1] == "\ufe8d\ufedf\ufee0\ufeea"  # alef, lam initial, lam medial, heh final
    assert unicodedata.normalize("NFKC", shaped) == "عبد الله"


def test_harakat_and_report_words_are_in_the_font() -> None:
    texts = ["عَبْدُ اللهِ", "مُحَمَّد", "الْأَمْن", "لا إله", "ـــ"]
    texts += [v[2] for v in strings.S.values()]
    texts += [v[2] for kind in strings.VALUES.values() for v in kind.values()]
    for text in texts:
        assert not missing(shape(text)), text


def test_report_pdf_uses_only_embedded_glyphs(tmp_path: Path) -> None:
    """End to end: "عبد الله" in both reports, every font embedded, nothing replaced by the font fallback."""
    spec = NewSession(title="الأمن في منطقة الساحل", date="2023-03-11", start="14:30", end="17:30",
                      questions=[{"en": "First?", "ar": "ما هو دور البرلمانات؟"}])
    path = tmp_path / "s.sahel"
    with SessionService.create(path, spec) as s:
        q = s.questions.list()[0]
        who = s.speakers.add("عبد الله ولد محمد", title="السيد", organisation="الجمعية الوطنية", country="موريتانيا")
        s.turns.start(who.id, q.id)
        s.contributions.record("قال عبد الله إن الأمن مسؤولية الجميع، والحمد لله.", who.id, q.id, language="ar")
        s.turns.stop()
    from sahel_panel.report import write_report

    calls: list[str] = []
    real_cover = fonts.FontMetrics.cover

    def spy(self: fonts.FontMetrics, text: str) -> str:
        out = real_cover(self, text)
        if out != text:
            calls.append(text)
        return out

    pytest.MonkeyPatch().setattr(fonts.FontMetrics, "cover", spy)
    try:
        for lang in ("en", "ar"):
            pdf = tmp_path / f"r-{lang}.pdf"
            write_report(path, pdf, lang=lang)
            text = unicodedata.normalize("NFKC", pdf_text(pdf))
            assert "عبد الله" in text and "\ufffd" not in text
            listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
            rows = listing.splitlines()[2:]
            assert rows, listing
            for row in rows:
                assert "Helvetica" not in row, listing
                assert re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row), listing  # emb column
    finally:
        pytest.MonkeyPatch().undo()
    assert not calls, calls
