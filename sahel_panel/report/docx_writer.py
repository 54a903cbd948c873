"""Writing primitives of the DOCX report: page set-up, paragraphs and runs marked by language, tables.

Word lays out bidi text itself, so here the text stays in logical order and
is only marked: a paragraph is right-to-left (``w:bidi``, aligned to its
start, the right) when its *language* is Arabic -- the report's own text in
an Arabic report, a contribution recorded in Arabic -- not because of its
first character ("G.3 ..." in Arabic stays right-to-left); Arabic stretches
of text are runs of their own with ``w:rtl`` and the complex-script size,
bold and language; tables of an Arabic report are ``w:bidiVisual`` (first
column on the right). Text is cleaned of characters XML cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sahel_panel.output.errors import ReportCancelled
from sahel_panel.report import strings, textshape
from sahel_panel.report.data import ReportData

LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "ar": "ar-BH"}
FONT = "Arial"  # present with Arabic glyphs on Windows and macOS; Word substitutes elsewhere


def _put(parent, tag: str, attrs: dict[str, str] | None = None) -> None:  # noqa: ANN001 - lxml element
    """Add (or replace) a property element at its schema position, as Word requires."""
    from docx.oxml.ns import qn

    old = parent.find(qn(tag))
    if old is not None:
        parent.remove(old)
    element = parent.makeelement(qn(tag), attrs or {})
    seq = list(getattr(type(parent), "_tag_seq", ()))
    successors = seq[seq.index(tag) + 1:] if tag in seq else []
    parent.insert_element_before(element, *successors)


def _xml_text(text: str) -> str:
    """Text Word can store: controls removed (XML forbids them), lines kept."""
    return textshape.clean(text)


def _property(text: str, limit: int = 255) -> str:
    """A document property as python-docx stores it: at most 255 characters (a longer title raised
    ValueError and the export failed), cut at a word with an ellipsis."""
    text = _xml_text(text)
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:—-") + "…"


def set_fonts(doc, names: tuple[str, ...] = ("Normal", "Heading 1", "Heading 2", "Title")) -> None:  # noqa: ANN001
    """Use :data:`FONT` for every script (Latin, complex, East Asian) of these styles, theme fonts dropped."""
    from docx.oxml.ns import qn

    for name in names:
        style = doc.styles[name]
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)


def mark(p, run, is_rtl: bool, bold: bool = False, size: float | None = None,  # noqa: ANN001 - docx objects
         color: str | None = None) -> None:
    """Format a run and mark its direction: Arabic runs ``w:rtl``, right-to-left paragraphs ``w:bidi``."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    if bold:
        run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    rpr = run._r.get_or_add_rPr()  # noqa: SLF001
    if size:
        _put(rpr, "w:szCs", {qn("w:val"): str(int(size * 2))})
    if bold:
        _put(rpr, "w:bCs")
    if is_rtl or textshape.has_rtl(run.text):
        _put(rpr, "w:rtl")
        _put(rpr, "w:lang", {qn("w:bidi"): "ar-BH"})
    if is_rtl:
        # Right-to-left paragraph; with no w:jc it aligns to its start, the right.
        _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001


_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+"
                         "(?:[ \u00a0\u060c\u061b\u061f.,:;!?()\\-–—0-9%]+"
                         "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)*")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
PAPER_SIZES_CM = {"a4": (21.0, 29.7), "letter": (21.59, 27.94)}
MARGIN_CM = 2.0


def is_arabic_text(text: str, lang: str | None) -> bool:
    """Right-to-left by language: Arabic when recorded as Arabic (and holding Arabic letters), or when no
    language is known and the text has Arabic letters and no Latin ones."""
    if lang == "ar":
        return textshape.has_rtl(text) or not _LATIN.search(text)
    if lang in ("en", "fr"):
        return False
    return textshape.has_rtl(text) and not _LATIN.search(text)


class DocxWriter:
    """The writing primitives of one report document: language, direction, paper, bookmarks."""

    def __init__(self, data: ReportData, lang: str, cancelled: Callable[[], bool] | None = None,
                 paper: str = "a4") -> None:
        from docx import Document

        self.data = data
        self.lang = lang
        self.rtl = lang == "ar"
        self.cancelled = cancelled
        self.paper = paper
        self.doc = Document()
        self._bookmark_id = 0
        self._setup()

    # -- helpers ----------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        return strings.t(self.lang, key, **values)

    def value(self, kind: str, key: str) -> str:
        return strings.value(self.lang, kind, key)

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def _setup(self) -> None:
        from docx.shared import Cm, Pt

        set_fonts(self.doc)
        self.doc.styles["Normal"].font.size = Pt(10)
        section = self.doc.sections[0]
        width, height = PAPER_SIZES_CM[self.paper]
        section.page_width, section.page_height = Cm(width), Cm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        section.header_distance = section.footer_distance = Cm(1.0)
        self.text_width_cm = width - 2 * MARGIN_CM
        self._properties()
        self._languages()

    def _properties(self) -> None:
        """True dates and the session's own title (python-docx's template says 2013 and "python-docx")."""
        from datetime import UTC, datetime

        from docx.oxml.ns import qn

        from sahel_panel.report import lines

        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)  # docx core properties are naive UTC
        d = self.data
        props = self.doc.core_properties
        props.title = _property(lines.title(d, self.lang))
        props.subject = _property(" — ".join(x for x in (self.t("report_kind"), lines.session_text(d, "series", self.lang),
                                                          lines.session_text(d, "event", self.lang)) if x))
        props.author = _property(", ".join(s.label() for role, people in d.by_role() if role == "rapporteur"
                                           for s in people))
        props.comments = ""
        props.keywords = ""
        props.category = self.t("report_kind")
        props.last_modified_by = "Sahel Panel"
        props.created = now
        props.modified = now
        printed = props._element.find(qn("cp:lastPrinted"))  # noqa: SLF001 - never printed: no date
        if printed is not None:
            props._element.remove(printed)  # noqa: SLF001
        props.revision = 1
        props.language = LANG_TAGS[self.lang]

    def _languages(self) -> None:
        """Proofing language of the whole document: the report's (Word checked a French report in en-US)."""
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        rpr = rpr_default.find(qn("w:rPr")) if rpr_default is not None else None
        if rpr is None:
            return
        latin = LANG_TAGS["en" if self.lang == "ar" else self.lang]
        _put(rpr, "w:lang", {qn("w:val"): latin, qn("w:eastAsia"): latin, qn("w:bidi"): LANG_TAGS["ar"]})

    # -- paragraphs ---------------------------------------------------------
    def para(self, text: str, style: str | None = None, lang: str | None = None, bold: bool = False,
             size: float | None = None, color: str | None = None, keep_next: bool = False,
             own: bool = False, container=None):  # noqa: ANN001, ANN201 - docx objects
        """A paragraph. ``own`` marks the report's own words (direction of the report); otherwise the
        direction follows ``lang``, the language the text was recorded in (see :func:`is_arabic_text`)."""
        text = _xml_text(text)
        rtl = self.rtl if own else is_arabic_text(text, lang)
        p = (container or self.doc).add_paragraph(style=style)
        self.runs(p, text, rtl, bold=bold, size=size, color=color, lang=self.lang if own else lang)
        if rtl:
            _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001 - aligned to its start: the right
        if keep_next:
            p.paragraph_format.keep_with_next = True
        return p

    def runs(self, p, text: str, rtl: bool, bold: bool = False, size: float | None = None,  # noqa: ANN001
             color: str | None = None, lang: str | None = None) -> None:
        """Runs of ``text``: Arabic stretches get ``w:rtl`` and the Arabic language, the rest the Latin one."""
        from docx.oxml.ns import qn

        text = _xml_text(text)
        pieces: list[tuple[str, bool]] = []
        pos = 0
        for m in _ARABIC_RUN.finditer(text):
            if m.start() > pos:
                pieces.append((text[pos:m.start()], False))
            pieces.append((m.group(), True))
            pos = m.end()
        if pos < len(text) or not pieces:
            pieces.append((text[pos:], False))
        latin = LANG_TAGS.get(lang or "", None) if lang != "ar" else None
        for piece, arabic in pieces:
            run = p.add_run(piece)
            _format(run, bold, size, color)
            rpr = run._r.get_or_add_rPr()  # noqa: SLF001
            if arabic:
                _put(rpr, "w:rtl")
                _put(rpr, "w:lang", {qn("w:bidi"): LANG_TAGS["ar"]})
            elif latin and latin != LANG_TAGS.get(self.lang):
                _put(rpr, "w:lang", {qn("w:val"): latin})

    def heading(self, text: str, level: int = 1, anchor: str | None = None) -> None:
        """A heading in the report's direction; ``anchor`` makes it a bookmark the contents links to."""
        from docx.oxml.ns import qn

        p = self.doc.add_heading(level=level)
        self.runs(p, _xml_text(text), self.rtl, lang=self.lang)
        if self.rtl:
            _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001
        p.paragraph_format.keep_with_next = True
        if anchor:
            self._bookmark_id += 1
            start = p._p.makeelement(qn("w:bookmarkStart"), {qn("w:id"): str(self._bookmark_id),  # noqa: SLF001
                                                             qn("w:name"): anchor})
            end = p._p.makeelement(qn("w:bookmarkEnd"), {qn("w:id"): str(self._bookmark_id)})  # noqa: SLF001
            first_run = p._p.find(qn("w:r"))  # noqa: SLF001
            if first_run is not None:
                first_run.addprevious(start)
            else:
                p._p.append(start)  # noqa: SLF001
            p._p.append(end)  # noqa: SLF001

    def link(self, text: str, anchor: str, indent_cm: float = 0.0) -> None:
        """A contents line: the section's title as an internal link to its heading (no field to update)."""
        from docx.oxml.ns import qn
        from docx.shared import Cm

        p = self.doc.add_paragraph()
        if self.rtl:
            _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001
        if indent_cm:
            p.paragraph_format.first_line_indent = None
            if self.rtl:
                p.paragraph_format.right_indent = Cm(indent_cm)
            else:
                p.paragraph_format.left_indent = Cm(indent_cm)
        p.paragraph_format.space_after = 0
        hyperlink = p._p.makeelement(qn("w:hyperlink"), {qn("w:anchor"): anchor, qn("w:history"): "1"})  # noqa: SLF001
        self.runs(p, _xml_text(text), self.rtl, lang=self.lang)
        for run in p._p.findall(qn("w:r")):  # noqa: SLF001 - move the runs inside the link
            hyperlink.append(run)
        p._p.append(hyperlink)  # noqa: SLF001

    # -- tables -------------------------------------------------------------
    def table(self, header: list[str], rows: list[list[str]], numeric: set[int] = frozenset(),
              langs: list[str | None] | None = None) -> None:
        """A table with a header row repeated on every page and columns sized for their content.

        ``langs`` gives each column's text language (None: by the text); header
        cells are the report's own words.
        """
        from docx.enum.table import WD_TABLE_DIRECTION
        from docx.oxml.ns import qn
        from docx.shared import Cm

        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.autofit = False
        if self.rtl:
            table.table_direction = WD_TABLE_DIRECTION.RTL  # w:bidiVisual: first column on the right
        widths = column_widths(header, rows, numeric, self.text_width_cm)
        tbl_pr = table._tbl.tblPr  # noqa: SLF001
        _put(tbl_pr, "w:tblLayout", {qn("w:type"): "fixed"})
        for col, w in zip(table.columns, widths, strict=True):
            col.width = Cm(w)
        head_row = table.rows[0]
        tr_pr = head_row._tr.get_or_add_trPr()  # noqa: SLF001
        tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {}))  # repeated at the top of every page
        tr_pr.append(tr_pr.makeelement(qn("w:cantSplit"), {}))
        for i, (cell, text) in enumerate(zip(head_row.cells, header, strict=True)):
            self._cell(cell, text, widths[i], None, bold=True, own=True)
        for row in rows:
            new = table.add_row()
            new_pr = new._tr.get_or_add_trPr()  # noqa: SLF001
            new_pr.append(new_pr.makeelement(qn("w:cantSplit"), {}))
            for i, (cell, text) in enumerate(zip(new.cells, row, strict=True)):
                lang = (langs[i] if langs else None) if i not in numeric else self.lang
                self._cell(cell, text, widths[i], lang, own=i in numeric)
        self.doc.add_paragraph().paragraph_format.space_after = 0

    def _cell(self, cell, text: str, width_cm: float, lang: str | None, bold: bool = False,  # noqa: ANN001
              own: bool = False) -> None:
        from docx.shared import Cm

        cell.width = Cm(width_cm)
        text = _xml_text(text)
        p = cell.paragraphs[0]
        rtl = self.rtl if own else is_arabic_text(text, lang)
        self.runs(p, text, rtl, bold=bold, size=9, lang=self.lang if own else lang)
        if rtl:
            _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001
        p.paragraph_format.space_after = 0


def column_widths(header: list[str], rows: list[list[str]], numeric: set[int], total_cm: float) -> list[float]:
    """Widths in cm: each column at least its longest header word (or figure), the rest shared by content.

    Word's own autofit is not applied to a generated file until it is edited,
    and equal columns wrapped a question one to three words a line beside a
    mostly empty number column.
    """
    # About one character of 9-point Arial (LibreOffice substitutes the wider DejaVu Sans), a bold
    # header character, the cell margins; Arabic letters as drawn there are wider still.
    char_cm, head_cm, pad_cm = 0.17, 0.2, 0.4

    def size(text: str, per: float) -> float:
        return len(text) * per * (1.25 if textshape.has_rtl(text) else 1.0)

    def bold_cm(word: str) -> float:
        # A header word as LibreOffice draws it (DejaVu Sans Bold, 9 pt) and a little more: the
        # estimate above left "Recomm." one full stop short, which went to a second line.
        from sahel_panel.report.fonts import BOLD, metrics

        return metrics(BOLD).width(textshape.shape(word)) * 9 / 72 * 2.54 * 1.08

    need, want = [], []
    for i, head in enumerate(header):
        cells = [str(r[i]) for r in rows if i < len(r)]
        head_word = max((max(size(w, head_cm), bold_cm(w)) for w in head.split()), default=0.0)
        words = [w for text in cells for w in text.split()] if i not in numeric else cells
        cell_word = max((min(size(w, char_cm), 24 * char_cm) for w in words), default=0.0)
        if i in numeric:
            cell_word = cell_word * 1.5 + 0.15  # a figure never wraps ("50 / %"): room to spare
        need.append(max(head_word, cell_word) + pad_cm)
        # what a typical cell needs on one line (the upper quartile, at most 40 characters): one very
        # long name must not squeeze every other column
        lengths = sorted(min(size(c, char_cm), 40 * char_cm) for c in cells) or [0.0]
        typical = lengths[min(len(lengths) - 1, (3 * len(lengths)) // 4)] if len(lengths) > 12 else lengths[-1]
        want.append(max(typical, size(head, head_cm)) + pad_cm)
    fixed = sum(need)
    if fixed >= total_cm:
        return [total_cm * n / fixed for n in need]
    extra = [max(0.0, w - n) for w, n in zip(want, need, strict=True)]
    spare = total_cm - fixed
    total_extra = sum(extra)
    if total_extra <= spare:  # everything fits on one line: give the rest to the widest text column
        widths = [n + e for n, e in zip(need, extra, strict=True)]
        text_cols = [i for i in range(len(header)) if i not in numeric] or list(range(len(header)))
        widest = max(text_cols, key=lambda i: want[i])
        widths[widest] += total_cm - sum(widths)
        return widths
    return [n + spare * e / total_extra for n, e in zip(need, extra, strict=True)]


def _format(run, bold: bool, size: float | None, color: str | None) -> None:  # noqa: ANN001
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    if bold:
        run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    rpr = run._r.get_or_add_rPr()  # noqa: SLF001
    if size:
        _put(rpr, "w:szCs", {qn("w:val"): str(int(size * 2))})
    if bold:
        _put(rpr, "w:bCs")
