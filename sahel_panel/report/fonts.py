"""The report's fonts: DejaVu Sans (regular, bold) shipped in resources/fonts.

DejaVu covers Latin, French accents and Arabic including the presentation
forms that reshaped text uses, with a real bold. Widths are measured here
from the font's own table with a per-word cache: the same words come back
thousands of times in a long report, and re-measuring them letter by letter
was the main cost of layout.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.output.errors import ReportError
from sahel_panel.paths import fonts_dir

REGULAR = "SahelSans"
BOLD = "SahelSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
REPLACEMENT = "\ufffd"
# The zero-width glyph drawn after each lam-alef ligature, standing for its lam (see _logical).
# The word joiner, because textshape.clean() removes it from user text: a drawn one is always ours.
LAM_CARRIER = "\u2060"


class FontMetrics:
    """Widths (in points for size 1) and glyph coverage of one registered font."""

    def __init__(self, name: str, widths: dict[int, float], default: float) -> None:
        self.name = name
        self._widths = {k: v / 1000.0 for k, v in widths.items()}
        self._default = default / 1000.0
        self._cache: dict[str, float] = {}
        self._covered = frozenset(chr(k) for k in widths) | frozenset("\n\u200c\u200d")

    @property
    def covered(self) -> frozenset[str]:
        return self._covered

    def has(self, ch: str) -> bool:
        return ord(ch) in self._widths

    def width(self, text: str) -> float:
        """Width of ``text`` at size 1 (multiply by the font size)."""
        cached = self._cache.get(text)
        if cached is None:
            w = self._widths
            d = self._default
            cached = sum(w.get(ord(c), d) for c in text)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[text] = cached
        return cached

    def cover(self, text: str) -> str:
        """Replace characters the font cannot draw, so nothing prints as an invisible hole.

        A missing Arabic presentation form falls back to its base letter
        (readable, only unjoined); anything else becomes U+FFFD.
        """
        if not set(text).difference(self._covered):
            return text
        w = self._widths
        out = []
        for c in text:
            if c in self._covered:
                out.append(c)
                continue
            base = unicodedata.normalize("NFKC", c)
            out.append(base if base and all(ord(b) in w for b in base) else REPLACEMENT)
        return "".join(out)


def _logical(code: int) -> str:
    """The characters a drawn code stands for: an Arabic presentation form is its letter(s).

    The report draws shaped Arabic (contextual forms such as U+FEDF, lam-alef
    ligatures such as U+FEFB). Copied or searched as those compatibility
    characters, "الأمن" was not found; mapped to the letters they show (NFKC),
    text extraction gives what was typed, and viewers that put right-to-left
    runs back in reading order (poppler, pdf.js, pypdf) copy and find it.

    A lam-alef ligature stands for its alef only: the lam is the zero-width
    carrier glyph drawn beside it (:data:`LAM_CARRIER`, see ``textshape.visual``), because a glyph
    standing for two letters is reversed inside by some extractors and not by
    others, so "الأمن" came out "األمن" in one or the other.
    """
    ch = chr(code)
    if ch == LAM_CARRIER:
        return "\u0644"
    if 0xFEF5 <= code <= 0xFEFC:
        return unicodedata.normalize("NFKC", ch)[1:]
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
        letters = unicodedata.normalize("NFKC", ch) or ch
        # Other ligatures (none is enabled with DejaVu Sans, see textshape.reshaper) list their
        # letters in display order, for the extractors that reverse a run character by character.
        return letters[::-1] if len(letters) > 1 and all(unicodedata.bidirectional(c) in ("AL", "R", "NSM")
                                                         for c in letters) else letters
    return ch


def _install_logical_tounicode() -> None:
    """Make reportlab's subset ToUnicode CMaps map presentation forms to their letters (see :func:`_logical`).

    reportlab (pinned 5.1.0) writes one ``<code> <unicode>`` pair per glyph of a
    subset with a module-level function; it is replaced once by one that writes
    the logical characters as UTF-16BE, which a ToUnicode CMap allows (one glyph,
    several characters, as for a ligature).
    """
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "_sahel_logical", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: list[int]) -> str:
        text = original(fontname, subset)
        pairs = []
        for i, code in enumerate(subset):
            logical = _logical(code)
            if logical != chr(code):
                pairs.append((f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{logical.encode('utf-16-be').hex().upper()}>"))
        for old, new in pairs:
            text = text.replace(old + "\n", new + "\n", 1)
        return text

    make._sahel_logical = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


@lru_cache(maxsize=1)
def register() -> dict[str, FontMetrics]:
    """Register the fonts with reportlab once per process and return their metrics."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    _install_logical_tounicode()

    metrics: dict[str, FontMetrics] = {}
    for name, filename in _FILES.items():
        path = fonts_dir() / filename
        try:
            font = TTFont(name, str(path))
        except (OSError, TTFError) as exc:
            raise ReportError(Message(QT_TRANSLATE_NOOP(
                "Errors", "The report font {font} cannot be loaded from {folder}: {reason}."),
                font=filename, folder=str(fonts_dir()), reason=str(exc))) from None
        pdfmetrics.registerFont(font)
        metrics[name] = FontMetrics(name, font.face.charWidths, font.face.defaultWidth)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return metrics


@lru_cache(maxsize=1)
def glyphs() -> frozenset[str]:
    """Characters both report fonts can draw (the shaping is configured from them)."""
    regular, bold = (register()[n] for n in (REGULAR, BOLD))
    return regular.covered & bold.covered


def metrics(name: str) -> FontMetrics:
    return register()[name]
