"""Right-to-left text for reportlab: clean, detect direction, shape, break, reorder.

reportlab 5.1 from PyPI cannot lay out Arabic by itself (its RTL path needs
``rlbidi``). Reshaping + bidi-reordering a whole paragraph before wrapping puts
the end of the paragraph on its first line. So this module does it in the
order that is correct (see ../shared/STACK.md):

1. clean the user's text (controls that would break the PDF or reorder
   neighbouring text are removed; characters the font lacks are replaced);
2. reshape Arabic (contextual letter forms, lam-alef) in logical order;
3. break lines in logical order, measuring the reshaped words with the font;
4. reorder each line for display with the paragraph's base direction.

Nothing here knows reportlab: the caller passes a width function, so the
logic can be tested alone and reused for headers, table cells and charts.
User text never goes through reportlab's markup parser, so ``<b>`` or ``&``
print literally without escaping.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from unicodedata import bidirectional

import arabic_reshaper
from bidi import get_display
from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED

from sahel_panel.domain.direction import direction, first_strong  # noqa: F401 - the one rule, re-exported
from sahel_panel.report.fonts import LAM_CARRIER

Measure = Callable[[str], float]

# Explicit embeddings, overrides, isolates and marks: honouring them per line
# would let one text reorder the report around it, and the font has no glyphs.
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_JOINERS = "\u200c\u200d"  # kept for the reshaper (they decide joining), removed after it
# C0/C1 controls (newline and tab are handled before), bidi controls, and the
# invisible format characters (Unicode category Cf) except the two joiners.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b" + _BIDI_CONTROLS + "\u2028\u2029\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff"
    "\U000110bd\U000110cd\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_RTL_CHAR_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Break only at breaking spaces: no-break spaces (French "14 h 30", "35 %") hold.
_TOKEN_RE = re.compile("[^ \u1680\u2000-\u200a\u205f\u3000]+")

_MIRROR_RE = re.compile("[" + re.escape("".join(MIRRORED)) + "]")
_LEVEL_RE = re.compile(r"Level\(\s*(\d+),")



@lru_cache(maxsize=1)
def reshaper() -> arabic_reshaper.ArabicReshaper:
    """The reshaper, configured from the glyphs the report's fonts really have.

    arabic-reshaper's defaults turn "الله" into the ligature U+FDF2, which
    DejaVu Sans lacks: the name "عبد الله" printed as four unjoined letters
    (the font fallback could only give the base letters back). So every
    ligature is enabled exactly when all its forms are in both fonts (regular
    and bold), and a letter whose contextual forms are not all in the font is
    treated as non-joining (drawn in its isolated or plain form) rather than
    being given a form the font would not draw. With DejaVu Sans that leaves
    the four lam-alef ligatures, which it has; "الله" is drawn as joined
    letters. A test checks every letter and ligature against the font.
    """
    from arabic_reshaper.letters import ISOLATED
    from arabic_reshaper.ligatures import LIGATURES

    from sahel_panel.report.fonts import glyphs

    covered = glyphs()
    config: dict[str, object] = {"delete_harakat": False, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(f in covered for f in forms if f)
    shaper = arabic_reshaper.ArabicReshaper(configuration=config)
    letters = dict(shaper.letters)
    for letter, forms in letters.items():
        if all(f in covered for f in forms if f):
            continue
        alone = forms[ISOLATED] if forms[ISOLATED] in covered else letter
        fixed = [""] * 4
        fixed[ISOLATED] = alone
        letters[letter] = tuple(fixed)
    shaper.letters = letters
    return shaper


# A character that bidi reordering must show mirrored ("(" drawn as ")") is
# returned by :func:`visual` as a marker in plane 15 (private use), so the
# drawing code can draw the *logical* character flipped: the page shows ")"
# while text extraction still reads "(". Planes 15-16 are emptied by clean().
MARK_BASE = 0xF0000
_MARK_RE = re.compile("[\U000f0000-\U0010ffff]")


def is_marked(text: str) -> bool:
    return _MARK_RE.search(text) is not None


def unmark(text: str) -> str:
    """Plain display text: markers become the mirrored character (for APIs that cannot flip glyphs)."""
    if not is_marked(text):
        return text
    return _MARK_RE.sub(lambda m: MIRRORED.get(chr(ord(m.group()) - MARK_BASE), chr(ord(m.group()) - MARK_BASE)), text)


def clean(text: str) -> str:
    """Text safe to draw: newlines kept, tabs as spaces, controls removed.

    The session file keeps the text exactly as typed; only its printed form
    changes. NUL and other C0/C1 controls, bidi controls and BOMs vanish;
    other invisible format characters are dropped too (no glyph to draw).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _CONTROL_RE.sub("", text)
    if is_marked(text):
        text = _MARK_RE.sub("\ufffd", text)
    return text


def has_rtl(text: str) -> bool:
    return _RTL_CHAR_RE.search(text) is not None


def shape(text: str) -> str:
    """Contextual Arabic forms, in logical order; text without Arabic is returned as is.

    Arabic letters never join across a space, so words are shaped one by one
    through a cache: the reshaper is slow per letter and words repeat.
    """
    if not has_rtl(text):
        return text
    return " ".join(_shape_word(w) for w in text.split(" "))


@lru_cache(maxsize=65536)
def _shape_word(word: str) -> str:
    if not has_rtl(word):
        return word
    shaped = reshaper().reshape(word)
    if "\u200c" in shaped or "\u200d" in shaped:
        shaped = shaped.replace("\u200c", "").replace("\u200d", "")
    return shaped


# A lam-alef ligature is one glyph for two letters. Its ToUnicode entry can list both, but
# the extractors disagree on a right-to-left run: poppler and pdf.js reverse it character by
# character (a logical "لأ" came out "أل"), pypdf glyph by glyph (a reversed entry came out
# "أل" there). So every ligature is followed, in display order, by a zero-width carrier glyph
# standing for the lam (fonts.py maps the ligature to its alef, the carrier to lam): one
# glyph, one letter, and any extractor that reverses the run gives "لأ".
_LAM_ALEF_RE = re.compile("[\ufef5-\ufefc]")


# pdftotext (poppler) rebuilds a right-to-left page's line from display order by a simple
# rule: from the right, characters that are not left-to-right letters or "numbers" are read
# right to left, and a left-to-right letter or number starts a run read left to right that
# takes in everything up to the next right-to-left letter, so the space or bracket on the
# left of a number moved into it: "(2023) أقر" came out "( )2023أقر", "G.3 بشأن" as " G.3بشأن",
# "10% من" as " %10من". A right-to-left mark (zero-width, its own ToUnicode) drawn on the left
# of each such letter or number where the bidi algorithm did not put its left neighbour in the
# same left-to-right run ends poppler's run there; a neutral in between is then read right to
# left as on the page. Poppler's "numbers" include the number punctuation (":", "%", "،").
RLM = "\u200f"
_LTR_ISH = frozenset({"L", "EN", "AN", "ES", "ET", "CS"})
_STRONG_RTL = frozenset({"R", "AL"})
_STRONG_LTR = frozenset({"L", "EN", "AN", "LRE", "LRO", "LRI", "RLE", "RLO", "RLI", "FSI"})


def visual(line: str, rtl: bool) -> str:
    """One already-shaped line in display order for a left-to-right drawing API.

    Brackets are mirrored by the bidi algorithm. A Latin-only line in a
    left-to-right paragraph needs nothing. Lam-alef ligatures get their
    carrier (see :data:`LAM_CARRIER`); a right-to-left line gets the marks
    that keep its extracted text in reading order (see :data:`RLM`).
    """
    if not rtl and not has_rtl(line):
        return line
    base = "R" if rtl else "L"
    marks = rtl and any(bidirectional(c) in _LTR_ISH for c in line)
    if not marks and _MIRROR_RE.search(line) is None:
        shown = get_display(line, base_dir=base)
    else:
        shown = _reorder(line, base, marks)
    if _LAM_ALEF_RE.search(shown) is not None:
        shown = _LAM_ALEF_RE.sub(lambda m: m.group() + LAM_CARRIER, shown)
    return shown


def engine_levels(line: str, base: str) -> list[int]:
    """The bidi embedding level of each character, from python-bidi's Rust engine (its debug output, per UTF-8 byte)."""
    dump = get_display_inner(line, base, True)
    start = dump.find("levels:")
    byte_levels = [int(x) for x in _LEVEL_RE.findall(dump, start)]
    levels = []
    pos = 0
    for ch in line:
        levels.append(byte_levels[pos] if pos < len(byte_levels) else (1 if base == "R" else 0))
        pos += len(ch.encode("utf-8"))
    return levels


def _reorder(line: str, base: str, marks: bool = False) -> str:
    """Reorder a line by its bidi levels, mirroring brackets that end up right-to-left.

    python-bidi's Rust engine resolves levels correctly (paired brackets
    included) but does not mirror glyphs (rule L4), and its pure-Python
    engine lacks the bracket-pair rule. So: take the Rust levels (given per
    UTF-8 byte in its debug output), then reverse runs (rule L2) and mirror
    characters at odd levels here. Lines carry no trailing spaces, so rule
    L1 has nothing to reset. Mirrored characters come back as markers (see
    :data:`MARK_BASE`); ``marks`` adds the right-to-left marks (see :data:`RLM`).
    """
    classes = [bidirectional(c) for c in line]
    if base == "R" and not _STRONG_LTR.intersection(classes):
        # No letter or number to run left to right: every character sits at level 1 (the
        # common Arabic line, its punctuation included); asking the engine took 4 times longer.
        levels = [1] * len(line)
    else:
        levels = engine_levels(line, base)
    chars = [chr(MARK_BASE + ord(c)) if lvl % 2 and c in MIRRORED else c for c, lvl in zip(line, levels, strict=True)]
    order = list(range(len(chars)))
    highest = max(levels, default=0)
    lowest_odd = min((lvl for lvl in levels if lvl % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    if not marks:
        return "".join(chars[k] for k in order)
    out: list[str] = []
    prev = -1
    for k in order:
        if (prev >= 0 and classes[k] in _LTR_ISH and classes[prev] not in _STRONG_RTL
                and (levels[k] % 2 or levels[prev] % 2)):
            out.append(RLM)
        out.append(chars[k])
        prev = k
    return "".join(out)


@lru_cache(maxsize=4096)
def _visual_cached(line: str, rtl: bool) -> str:
    return visual(line, rtl)


def display(text: str, rtl: bool | None = None) -> str:
    """A short single-line text (label, header, chart label) ready to draw."""
    text = clean(text).replace("\n", " ")
    is_rtl = (direction(text) == "rtl") if rtl is None else rtl
    return _visual_cached(shape(text), is_rtl)


def _break_word(word: str, measure: Measure, width: float) -> list[str]:
    """Cut a word wider than the line (a URL, a 100,000-letter string) at character bounds."""
    pieces: list[str] = []
    start = 0
    n = len(word)
    while start < n:
        # Grow by an estimate, then adjust: keeps a huge word near linear time.
        lo = start + 1
        guess = start + max(1, int(width / max(measure(word[start:start + 8]) / 8, 0.1)))
        end = min(n, guess)
        while end < n and measure(word[start:end + 1]) <= width:
            end += 1
        while end > lo and measure(word[start:end]) > width:
            end -= 1
        pieces.append(word[start:end])
        start = end
    return pieces


# Punctuation a typed space may separate from its word but a line must not:
# French "70 %", "adoptée :", "Sahel ?", "« mot »", and a lone dash or ellipsis.
_CLOSING = re.compile("[%\u2030:;?!\u00bb\u203a)\\]}\u061f\u061b\u060c.,\u2026]+")
_OPENING = re.compile("[\u00ab\u2039(\\[{]+")


def _glue(words: list[str]) -> list[str]:
    """Tokens joined (with their space) where no line may break: before closing, after opening punctuation."""
    out: list[str] = []
    for word in words:
        if out and (_CLOSING.fullmatch(word) or _OPENING.fullmatch(out[-1])):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def break_lines(text: str, measure: Measure, width: float, space: float,
                first_width: float | None = None) -> list[tuple[str, float]]:
    """Greedy line breaking of one logical paragraph (no newlines), measured with the font.

    Returns logical-order lines with their widths (so drawing need not
    measure again); ``first_width`` lets the first line be shorter. Blank
    input gives one empty line.
    """
    words = _glue(_TOKEN_RE.findall(text))
    if not words:
        return [("", 0.0)]
    lines: list[tuple[str, float]] = []
    current: list[str] = []
    used = 0.0
    limit = width if first_width is None else first_width
    for word in words:
        w = measure(word)
        if current and used + space + w > limit:
            lines.append((" ".join(current), used))
            current, used = [], 0.0
            limit = width
        if not current and w > limit:
            pieces = _break_word(word, measure, limit)
            for piece in pieces[:-1]:
                lines.append((piece, measure(piece)))
                limit = width
            word, w = pieces[-1], measure(pieces[-1])
        used = w if not current else used + space + w
        current.append(word)
    if current:
        lines.append((" ".join(current), used))
    return lines


def layout(text: str, measure: Measure, width: float, space: float, rtl: bool,
           first_width: float | None = None, cover: Callable[[str], str] | None = None) -> list[tuple[str, float]]:
    """Visual lines (with widths) of a possibly multi-paragraph text: shape, break in logical order, reorder.

    ``cover`` replaces characters the font lacks, after shaping (the shaped
    forms are what gets drawn).
    """
    out: list[tuple[str, float]] = []
    for para in text.split("\n"):
        shaped = shape(para)
        if cover is not None:
            shaped = cover(shaped)
        lines = break_lines(shaped, measure, width, space, first_width if not out else None)
        out.extend((visual(line, rtl), w) for line, w in lines)
    return out


def ellipsize(text: str, measure: Measure, width: float) -> str:
    """Shorten a logical single-line text to fit ``width``, ending with an ellipsis."""
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
