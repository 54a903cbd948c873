"""The PDF document: page templates, running header and footer, progress, forms.

"Page x of y" and the page numbers of the contents are not known while the
pages are laid out. Rather than building the document twice, each footer
and each contents entry draws a named PDF form (an XObject) that is defined
once the build is over, when every number is known: one pass, exact numbers,
and the footer can still be laid out right-to-left as a whole.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from sahel_panel.output.errors import ReportCancelled
from sahel_panel.report import strings, textshape
from sahel_panel.report.flowables import RTL_PAGES, Outline, draw_text
from sahel_panel.report.fonts import REGULAR, metrics

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.0 * cm


class ReportDoc(BaseDocTemplate):
    """A platypus document with a cover template and a body template with header and footer."""

    def __init__(self, filename: str, lang: str, paper: str, header: str, meta: dict[str, str],
                 total: int, progress: Callable[[float], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        size = PAPERS[paper]
        super().__init__(
            filename, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=meta.get("title", ""), author=meta.get("author", ""),
            subject=meta.get("subject", ""), keywords=meta.get("keywords", ""), creator="Sahel Panel",
            producer="Sahel Panel (reportlab)", lang=meta.get("lang", lang), invariant=False,
            displayDocTitle=True, pageCompression=1,
            # The canvas's own start-up font (Helvetica by default) would be referenced, never embedded.
            initialFontName=REGULAR, initialFontSize=10, initialLeading=12,
        )
        self.lang = lang
        self.rtl = lang == "ar"
        self.header = header
        self.outline = Outline()
        self._total = max(1, total)
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
            PageTemplate(id="body", frames=[frame], onPage=self._body_page),
        ])
        self._doSave = 0  # forms are defined after the build, then the canvas is saved

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab hook
        # Right-to-left marks help text extraction on pages poppler takes as right-to-left,
        # the pages of an Arabic report; on an English or French page they only move it around.
        setattr(self.canv, RTL_PAGES, self.rtl)

    # -- pages ------------------------------------------------------------
    def _cover_page(self, canv, doc) -> None:  # noqa: ANN001
        canv.saveState()
        canv.setFillColor(HexColor("#1f4e79"))
        canv.rect(0, self.pagesize[1] - 0.9 * cm, self.pagesize[0], 0.9 * cm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv, doc) -> None:  # noqa: ANN001
        w, h = self.pagesize
        m = metrics(REGULAR)
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(HexColor("#595959"))
        text = textshape.ellipsize(self._header_shaped, lambda s: m.width(s) * 7.5, w - 2 * MARGIN_X)
        width = m.width(text) * 7.5
        text = textshape.visual(text, self.rtl)
        y = h - MARGIN_TOP + 0.7 * cm
        draw_text(canv, w - MARGIN_X - width if self.rtl else MARGIN_X, y, text, REGULAR, 7.5)
        canv.setStrokeColor(HexColor("#bfbfbf"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 4, w - MARGIN_X, y - 4)
        canv.line(MARGIN_X, MARGIN_BOTTOM - 0.5 * cm, w - MARGIN_X, MARGIN_BOTTOM - 0.5 * cm)
        canv.translate(w / 2, MARGIN_BOTTOM - 0.95 * cm)
        canv.doForm(f"pg_{canv.getPageNumber()}")
        canv.restoreState()

    @property
    def _header_shaped(self) -> str:
        cached = getattr(self, "_header_cache", None)
        if cached is None:
            cached = metrics(REGULAR).cover(textshape.shape(textshape.clean(self.header).replace("\n", " ")))
            self._header_cache = cached
        return cached

    # -- progress and cancellation --------------------------------------
    def afterFlowable(self, flowable) -> None:  # noqa: ANN001, N802 - reportlab hook
        self._done += 1
        if self._cancelled is not None and self._done % 8 == 0 and self._cancelled():
            raise ReportCancelled()
        if self._progress is not None and self._done % 16 == 0:
            self._progress(min(0.95, 0.1 + 0.85 * self._done / self._total))

    # -- forms ------------------------------------------------------------
    def finish(self, keys: list[str]) -> None:
        """Define the footer and contents forms, now that page numbers are known, and save."""
        canv = self.canv
        # The build ends with a page break: the canvas now stands on an empty, unsaved page.
        pages = canv.getPageNumber() - 1
        for n in range(1, pages + 1):
            # The box of a form clips its drawing: centre it on the form's origin.
            canv.beginForm(f"pg_{n}", lowerx=-300, lowery=-20, upperx=300, uppery=20)
            canv.setFillColor(HexColor("#595959"))
            text = strings.t(self.lang, "page_of", page=n, total=pages)
            width = metrics(REGULAR).width(textshape.shape(text)) * 8
            draw_text(canv, -width / 2, 0, textshape.display(text, self.rtl), REGULAR, 8)
            canv.endForm()
        for key in keys:
            canv.beginForm(f"toc_{key}", lowerx=-100, lowery=-20, upperx=100, uppery=20)
            number = str(self.outline.pages.get(key, ""))
            width = metrics(REGULAR).width(number) * 10
            draw_text(canv, 0 if self.rtl else -width, 0, number, REGULAR, 10)
            canv.endForm()
        # Binary (zlib-only) streams: ASCII85 is a 7-bit-mail relic that reportlab
        # encodes in pure Python, a large share of the save time.
        from reportlab import rl_config

        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            canv.save()
        finally:
            rl_config.useA85 = saved
