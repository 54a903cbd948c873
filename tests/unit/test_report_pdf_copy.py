"""Copying Arabic out of the PDF: what pdftotext (poppler) and pypdf give back is the typed text.

The page shows shaped Arabic in display order; the fonts' ToUnicode maps and the
lam-alef carrier glyph (textshape.LAM_CARRIER) make the extractors rebuild the
letters in reading order. Both extractors are checked because they reverse a
right-to-left run differently (poppler character by character, pypdf glyph by
glyph): a lam-alef ligature mapped to two letters came out reversed in one of them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from report_sessions import BIDI_MARKS, pdf_text

from sahel_panel.report import fonts, textshape, write_report
from sahel_panel.services import NewSession, SessionService

# Every lam-alef ligature (isolated and final, plain alef and its three variants) and الله.
WORDS = ["الأمن", "الإرهاب", "عبد الله", "السلام", "لا", "لأن", "لإصلاح", "الآن", "لآلئ", "إلا", "والإسلام"]
CONTRIBUTIONS = [
    "الأمن والسلام مسؤولية الجميع",
    "مكافحة الإرهاب لأن الأمن أولوية",
    "قال عبد الله إن الأمن مسؤولية الجميع",
    "لا إله إلا الله والإسلام دين السلام",
    "الآن نحتاج لإصلاح القطاع ولآلئ الخليج",
]
# Arabic lines with numbers, Latin and brackets, where poppler moved the space or bracket on the
# left of a number into it ("( )2023أقر") until right-to-left marks ended its run (textshape.RLM).
MIXED = [
    "في عام (2023) أقر البرلمان قانون الأمن",
    "انظر التوصية G.3 بشأن الإرهاب",
    "نوصي بتخصيص 10% من موازنات الأمن",
    "مكتب الأمم المتحدة (UNODC) والإرهاب",
    "قرار مجلس الأمن 2250 (2015) بشأن الشباب",
    "بين 2021 و2023 ارتفع العدد في هيئة UN Women",
    "التوصية 4.2، المراجعة 3",
    "الساعة 14:30–17:30 في المنامة",
    "عام (2023)",
]


def extracted(pdf: Path) -> dict[str, str]:
    """The PDF's text as each extractor gives it, bidi marks dropped and spacing collapsed."""
    from pypdf import PdfReader

    texts = {"pdftotext": pdf_text(pdf), "pypdf": "\n".join(p.extract_text() for p in PdfReader(pdf).pages)}
    return {name: " ".join(t.translate(BIDI_MARKS).split()) for name, t in texts.items()}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    folder = tmp_path_factory.mktemp("copy")
    spec = NewSession(title="الأمن والسلام في منطقة الساحل", date="2023-03-11", start="14:30", end="17:30",
                      questions=[{"en": "What role for parliaments?", "ar": "ما هو دور البرلمانات في الأمن؟"}])
    path = folder / "s.sahel"
    with SessionService.create(path, spec) as s:
        q = s.questions.list()[0]
        who = s.speakers.add("عبد الله ولد محمد", title="السيد", organisation="الجمعية الوطنية", country="موريتانيا")
        s.turns.start(who.id, q.id)
        for text in CONTRIBUTIONS + MIXED:
            s.contributions.record(text, who.id, q.id, language="ar")
        s.turns.stop()
    out = {}
    for lang in ("ar", "en"):
        pdf = folder / f"r-{lang}.pdf"
        write_report(path, pdf, lang=lang)
        out[lang] = {**extracted(pdf), "raw": pdf_text(pdf)}
    return out


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("tool", ["pdftotext", "pypdf"])
def test_lam_alef_words_come_back_in_reading_order(reports: dict[str, dict[str, str]], lang: str, tool: str) -> None:
    text = reports[lang][tool]
    for word in WORDS:
        assert word in text, f"{word!r} not extracted by {tool} from the {lang} report"
    # the reversed pair, as the ligature's two-letter ToUnicode entry gave it
    assert "األمن" not in text and "اإلرهاب" not in text and "السالم" not in text
    # letters only: no presentation form, no carrier glyph
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefc\u2060]", text)


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("tool", ["pdftotext", "pypdf"])
def test_whole_arabic_lines_come_back(reports: dict[str, dict[str, str]], lang: str, tool: str) -> None:
    for text in CONTRIBUTIONS:
        assert text in reports[lang][tool]


def test_mixed_lines_come_back_in_reading_order_from_pdftotext(reports: dict[str, dict[str, str]]) -> None:
    # On an Arabic page; on a page where Latin script dominates (an English report) poppler takes
    # every line as left-to-right and lists an Arabic line's runs from the left: not fixable there.
    text = reports["ar"]["pdftotext"]
    for line in MIXED:
        assert line in text, line
    for wrong in ("( )2023", " G.3بشأن", " %10", "( )UNODC"):
        assert wrong not in text


def test_marks_are_drawn_on_arabic_pages_only(reports: dict[str, dict[str, str]]) -> None:
    # on a left-to-right page poppler reads lines left to right: the marks would only move runs
    assert textshape.RLM in reports["ar"]["raw"] and textshape.RLM not in reports["en"]["raw"]


def test_the_marks_end_left_to_right_runs_only_where_a_neutral_separates_them() -> None:
    rlm = textshape.RLM
    shown = textshape.visual(textshape.shape("عام (2023) قال"), True)
    assert shown.count(rlm) == 1 and shown[shown.index(rlm) + 1] == "2"  # between ")" and "2023"
    assert rlm not in textshape.visual("G.3 UN Women", True)  # one left-to-right run
    assert rlm not in textshape.visual(textshape.shape("الأمن والسلام"), True)
    assert rlm not in textshape.visual(textshape.shape("the word الأمن (2023)"), False)  # left-to-right lines
    for name in (fonts.REGULAR, fonts.BOLD):
        assert fonts.metrics(name).width(rlm) == 0 and fonts.metrics(name).has(rlm)


def test_each_ligature_is_followed_by_its_carrier_on_the_page() -> None:
    shown = textshape.visual(textshape.shape("الأمن لا"), True)
    ligatures = re.findall("[\ufef5-\ufefc]", shown)
    assert len(ligatures) == 2
    assert shown.count(textshape.LAM_CARRIER) == 2
    assert all(shown[shown.index(lig) + 1] == textshape.LAM_CARRIER for lig in ligatures)
    # what the page shows is unchanged: the carrier draws nothing and takes no room
    for name in (fonts.REGULAR, fonts.BOLD):
        assert fonts.metrics(name).width(textshape.LAM_CARRIER) == 0


def test_tounicode_gives_one_letter_per_glyph() -> None:
    assert fonts._logical(ord(textshape.LAM_CARRIER)) == "\u0644"
    for code in range(0xFEF5, 0xFEFD):
        alef = fonts._logical(code)
        assert len(alef) == 1 and unicodedata.normalize("NFKC", chr(code)) == "\u0644" + alef


def test_user_text_cannot_smuggle_a_carrier() -> None:
    assert textshape.LAM_CARRIER not in textshape.clean("a\u2060b")


def test_chart_brackets_copy_as_typed(tmp_path: Path) -> None:
    """A chart value "16.8 د (33%)" is drawn with its brackets flipped, not substituted: it copies as typed."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing

    from sahel_panel.report.charts import chart_text

    fonts.register()
    d = Drawing(300, 40)
    d.add(chart_text(290, 20, textshape.display("16.8 د (33%)", True), fonts.REGULAR, 10, "end"))
    pdf = tmp_path / "chart.pdf"
    renderPDF.drawToFile(d, str(pdf))
    assert "16.8 د (33%)" in extracted(pdf)["pdftotext"]


@pytest.mark.parametrize("text", ["إن البرلمانات، هي خط الدفاع: الأول.", "(عربية-أفريقية) «قال» ؟!", "الْأَمْنُ —"])
def test_lines_without_left_to_right_runs_sit_at_level_one(text: str) -> None:
    # textshape._reorder skips the bidi engine for them; the engine agrees
    line = textshape.shape(text)
    assert textshape.engine_levels(line, "R") == [1] * len(line)
