"""The DOCX an editor finishes: paper, column widths, repeated header rows, keep-with-next, RTL, contents."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from report_sessions import panel_session, pdf_text

from sahel_panel.report import write_report
from sahel_panel.report.docx_report import write_docx


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return panel_session(tmp_path_factory.mktemp("docx") / "manama.sahel")


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


@pytest.fixture(scope="module")
def xml(panel: Path) -> dict[str, str]:
    out = {}
    for lang in ("en", "fr", "ar"):
        path = panel.with_name(f"d-{lang}.docx")
        write_docx(panel, path, lang=lang)
        out[lang] = document_xml(path)
    return out


@pytest.mark.parametrize(("paper", "size"), [("a4", ('w:w="11906"', 'w:h="16838"')),
                                             ("letter", ('w:w="12240"', 'w:h="15840"'))])
def test_paper_follows_the_option_a4_by_default(panel: Path, tmp_path: Path, paper: str, size: tuple) -> None:
    out = tmp_path / f"{paper}.docx"
    write_docx(panel, out, lang="en", paper=paper)
    page = re.search(r"<w:pgSz[^>]*>", document_xml(out)).group(0)
    assert size[0] in page and size[1] in page
    margins = re.search(r"<w:pgMar[^>]*>", document_xml(out)).group(0)
    assert 'w:left="1134"' in margins and 'w:top="1134"' in margins  # 2 cm, not Letter's 1.25 inch


def test_default_paper_is_a4(xml: dict[str, str]) -> None:
    assert 'w:w="11906"' in re.search(r"<w:pgSz[^>]*>", xml["en"]).group(0)


def grid(table_xml: str) -> list[int]:
    return [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', table_xml)]


def tables(doc_xml: str) -> list[str]:
    return re.findall(r"<w:tbl>.*?</w:tbl>", doc_xml, re.S)


def test_columns_are_sized_for_their_content(xml: dict[str, str]) -> None:
    for lang, doc in xml.items():
        coverage = next(t for t in tables(doc) if len(re.findall(r"<w:tr[ >]", t)) == 15)  # header + 14 questions
        widths = grid(coverage)
        assert len(widths) == 5
        assert widths[1] == max(widths), (lang, widths)  # the question column is the widest
        assert widths[1] > 2.5 * widths[0], (lang, widths)
        assert len(set(grid(tables(doc)[-1]))) > 1  # never equal columns everywhere
        # every header word fits its column on one line as LibreOffice draws it (DejaVu Sans Bold 9 pt),
        # cell margins (2 x 0.19 cm) included: "Recomm." wrapped its full stop
        from sahel_panel.report import textshape
        from sahel_panel.report.fonts import BOLD, metrics

        head = re.search(r"<w:tr[ >].*?</w:tr>", coverage, re.S).group(0)
        cells = re.findall(r"<w:tc>.*?</w:tc>", head, re.S)
        for width, cell in zip(widths, cells, strict=True):
            for word in text_of(cell).split():
                need = metrics(BOLD).width(textshape.shape(word)) * 9 * 20 + 2 * 108  # twips
                assert width >= need, (lang, word, width, need)


def test_header_rows_repeat_and_rows_do_not_split(xml: dict[str, str]) -> None:
    for doc in xml.values():
        for table in tables(doc):
            first_row = re.search(r"<w:tr[ >].*?</w:tr>", table, re.S).group(0)
            assert "<w:tblHeader/>" in first_row
            assert '<w:tblLayout w:type="fixed"/>' in table


def paragraphs(doc_xml: str) -> list[str]:
    return re.findall(r"<w:p[ >].*?</w:p>", doc_xml, re.S)


def text_of(p: str) -> str:
    return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))


def test_speaker_lines_keep_with_their_text(xml: dict[str, str]) -> None:
    for doc in xml.values():
        speaker_lines = [p for p in paragraphs(doc) if "Marco Bellini, UNODC" in text_of(p) and "—" in text_of(p)]
        assert speaker_lines
        for p in speaker_lines:
            assert "<w:keepNext/>" in p


def test_arabic_paragraphs_are_rtl_by_language(xml: dict[str, str]) -> None:
    doc = xml["ar"]
    arabic = [p for p in paragraphs(doc) if "مراجعة التشريعات الوطنية" in text_of(p)]
    assert arabic and all("<w:bidi/>" in p for p in arabic)  # "1.2 مراجعة ..." starts with a number
    english = [p for p in paragraphs(doc) if text_of(p).startswith("Parliaments are the link")]
    assert english and all("<w:bidi/>" not in p for p in english)
    # an Arabic contribution in an English report is right-to-left too
    assert any("<w:bidi/>" in p for p in paragraphs(xml["en"]) if "إن البرلمانات هي خط الدفاع" in text_of(p))


def runs_of(p: str) -> list[tuple[str, str]]:
    """(properties, text) of each run of a paragraph, in order."""
    return [(m.group(1) or "", m.group(2)) for m in
            re.finditer(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>)?<w:t[^>]*>([^<]*)</w:t></w:r>", p, re.S)]


def recommendation_paragraphs(doc: str, number: str) -> list[str]:
    return [p for p in paragraphs(doc) if text_of(p).startswith(f"{number}\u00a0")]


@pytest.mark.parametrize(("number", "text_rtl"), [("1.1", False), ("G.1", False), ("1.2", True)])
def test_recommendation_numbers_start_an_arabic_report_s_paragraphs(xml: dict[str, str], number: str,
                                                                   text_rtl: bool) -> None:
    """As in the PDF, the number sits on the report's side (the right) whatever the text's language."""
    found = recommendation_paragraphs(xml["ar"], number)
    assert found, number
    for p in found:
        assert "<w:bidi/>" in p
        runs = runs_of(p)
        props, text = runs[0]
        assert text.startswith(number) and "<w:rtl/>" in props and "<w:bCs/>" in props  # the number, right to left
        if text_rtl:
            assert "\u2066" not in text_of(p) and "\u2067" not in text_of(p)
        else:  # English text in a right-to-left paragraph: isolated, so "2024." keeps its full stop at its end
            assert runs[1][1] == "\u2066" and runs[-1][1] == "\u2069"
            assert all("<w:rtl/>" not in props for props, _ in runs[2:-1])


def test_recommendation_numbers_start_an_english_report_s_paragraphs(xml: dict[str, str]) -> None:
    for lang in ("en", "fr"):
        found = recommendation_paragraphs(xml[lang], "1.2")  # Arabic text
        assert found
        for p in found:
            assert "<w:bidi/>" not in p
            runs = runs_of(p)
            assert "<w:rtl/>" not in runs[0][0]
            assert runs[1][1] == "\u2067" and runs[-1][1] == "\u2069"  # right-to-left isolate


def test_contents_reads_correctly_when_opened(panel: Path, xml: dict[str, str]) -> None:
    with zipfile.ZipFile(panel.with_name("d-en.docx")) as z:
        settings = z.read("word/settings.xml").decode()
    assert "updateFields" not in settings  # Word does not ask to update anything
    doc = xml["en"]
    assert "TOC \\o" not in doc
    links = re.findall(r'<w:hyperlink w:anchor="([^"]+)"', doc)
    marks = set(re.findall(r'<w:bookmarkStart[^>]*w:name="([^"]+)"', doc))
    assert {"overview", "q1", "outcome", "annexa", "annexb", "annexc"} <= set(links)
    assert set(links) <= marks  # every contents line leads to its heading


def test_proofing_language_of_runs(xml: dict[str, str]) -> None:
    # an English contribution in a French report is checked in English, Arabic stretches in Arabic
    assert 'w:val="en-GB"' in xml["fr"] and 'w:bidi="ar-BH"' in xml["fr"]


def test_arabic_is_searchable_in_the_pdf(panel: Path, tmp_path: Path) -> None:
    """Copy and search give letters, not presentation forms: "الأمن" is found as typed."""
    pdf = tmp_path / "ar.pdf"
    write_report(panel, pdf, lang="ar")
    text = pdf_text(pdf)
    assert "الأمن" in text and "الإنسان" in text
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefc]", text)


def header_of(path: Path) -> tuple[str, set[str]]:
    """The running header's text and its run sizes (half-points)."""
    with zipfile.ZipFile(path) as z:
        head = z.read("word/header1.xml").decode("utf-8")
    assert head.count("<w:p>") + head.count("<w:p ") == 1  # one paragraph: no second line by a break
    return text_of(head), set(re.findall(r'<w:sz w:val="(\d+)"/>', head))


def fits_one_line(text: str, size_pt: float) -> bool:
    """Width with the PDF's font (wider than Arial) within the A4 text width (17 cm)."""
    from sahel_panel.report import textshape
    from sahel_panel.report.fonts import REGULAR, metrics

    return metrics(REGULAR).width(textshape.shape(text)) * size_pt <= 17 / 2.54 * 72 * 0.9


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_running_header_fits_one_line(xml: dict[str, str], panel: Path, lang: str) -> None:
    text, sizes = header_of(panel.with_name(f"d-{lang}.docx"))
    assert sizes and sizes <= {"16", "14"}
    assert fits_one_line(text, int(sizes.pop()) / 2)
    # the Manama event and title both fit (at 8 or 7 pt)
    assert "—" in text and not text.endswith("…")


def test_a_long_title_is_cut_in_the_header_not_wrapped(tmp_path: Path) -> None:
    from report_sessions import new_spec

    from sahel_panel.services import SessionService

    title = "تعزيز دور البرلمانات في مواجهة التهديدات الأمنية العابرة للحدود وبناء القدرة على الصمود " * 3
    path = tmp_path / "long.sahel"
    SessionService.create(path, new_spec(title=title.strip(), translations={"ar": {"title": title.strip()}})).close()
    out = tmp_path / "long.docx"
    write_docx(path, out, lang="ar")
    text, sizes = header_of(out)
    assert sizes == {"14"} and text.endswith("…") and title.startswith(text[:-1])
    assert fits_one_line(text, 7)
    # the document's title property holds 255 characters at most (a longer one failed the export)
    with zipfile.ZipFile(out) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    stored = re.search(r"<dc:title>([^<]*)</dc:title>", core).group(1)
    assert len(stored) <= 255 and stored.endswith("…") and title.startswith(stored[:-1])


def test_the_arabic_footer_reads_right_to_left(xml: dict[str, str], panel: Path) -> None:
    with zipfile.ZipFile(panel.with_name("d-ar.docx")) as z:
        foot = z.read("word/footer1.xml").decode("utf-8")
    assert "<w:bidi/>" in foot and 'w:instr="PAGE"' in foot
    runs = re.findall(r"<w:r>.*?</w:r>", foot, re.S)
    assert runs and all("<w:rtl/>" in r for r in runs)  # numbers and spaces too: not "11 الصفحة 2 من"
