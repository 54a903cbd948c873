"""The text the full-text index sees: Arabic spelling variants folded, nothing else changed.

People typing Arabic in a hurry leave out hamza (a shifted key on the usual
layouts) and harakat, and write ى for ي; :func:`fold` makes those spellings
the same word. It is applied to the stored text (the ``search_text`` column,
written by the services) and to what is typed in the search box, so both
sides always agree. Latin accents and case are left to the FTS5 tokenizer
(``unicode61 remove_diacritics 2``).

Changing :func:`fold` changes what is in every file's ``search_text``
column: it needs a new schema migration that fills the column again.

ة (teh marbuta) is deliberately *not* folded into ه: ة is its own unshifted
key, so it is not dropped the way hamza is, and folding it would merge
words that differ in meaning, such as كتابة "writing" and كتابه "his book"
(ه is also the "his/its" suffix), more so as the last word typed is matched
as a prefix.

Qt-free and import-light: the store and the services use it.
"""

from __future__ import annotations

import unicodedata

# Characters that only steer direction or width; the FTS tokenizer already takes
# them as word separators (``schema.FTS_SEPARATORS``). They become spaces, not
# nothing, so two words on either side of one are not glued into one word.
SEPARATORS = "\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"

_TABLE: dict[int, str | None] = {}
for _cp in range(0x064B, 0x0660):  # tanwin, harakat, shadda, sukun, maddah and hamza marks...
    _TABLE[_cp] = None
_TABLE[0x0670] = None  # superscript (dagger) alef
_TABLE[0x0640] = None  # tatweel (kashida)
for _ch in SEPARATORS:
    _TABLE[ord(_ch)] = " "
for _ch in "\u0623\u0625\u0622\u0671":  # أ إ آ ٱ
    _TABLE[ord(_ch)] = "\u0627"  # ا
_TABLE[0x0649] = "\u064a"  # ى -> ي
_TABLE[0x0624] = "\u0648"  # ؤ -> و
_TABLE[0x0626] = "\u064a"  # ئ -> ي
del _cp, _ch


def fold(text: str) -> str:
    """``text`` as the search index stores it (see the module docstring); linear in its length."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text).translate(_TABLE)


def filter_key(text: str) -> str:
    """The key a type-ahead filter compares (the speakers registry): :func:`fold`, then what the FTS
    tokenizer does to the index (case and Latin diacritics), so a filter and a search agree.

    ``Aïssata OUÉDRAOGO`` ~ ``aissata ouedraogo``, ``أحمد`` ~ ``احمد``; ة stays ة (see above).
    """
    folded = fold(text)
    if folded.isascii():
        return folded.casefold()
    decomposed = unicodedata.normalize("NFKD", folded.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
