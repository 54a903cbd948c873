"""The series report (PDF and DOCX) from a hand-built data model, read back with pdftotext and as DOCX XML."""

from __future__ import annotations

import re
import threading
import zipfile
from pathlib import Path

import pytest
from report_sessions import norm, pdf_pages, pdf_text
from series_report_data import LOOSE, PARAGRAPHS, SESSIONS, big, sample

from sahel_panel.series.report import ReportCancelled, ReportError, write_series_report
from sahel_panel.series.report.model import Cover, SeriesReportData, pick


def loose(text: str) -> str:
    """Letters in order, spaces and percent signs aside (pdftotext moves "10%" next to Arabic)."""
    return norm(text).replace(" ", "").replace("%", "")


def letters(text: str) -> str:
    """Only the letters, in order. poppler keeps Arabic words in logical order but glues a number to the
    neutral characters around it into one left-to-right run ("الفصل 1: البيئة" comes out as
    "الفصل :1 البيئة"), so where numbers sit beside punctuation only the words' order is checked."""
    return "".join(ch for ch in norm(text) if ch.isalpha())


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("series-pdf")
    out = {}
    for lang in ("en", "fr", "ar"):
        out[lang] = folder / f"series-{lang}.pdf"
        write_series_report(sample(), out[lang], lang=lang)
    return out


@pytest.fixture(scope="module")
def texts(pdfs: dict[str, Path]) -> dict[str, str]:
    return {lang: norm(pdf_text(path)) for lang, path in pdfs.items()}


def test_pick_prefers_the_language_then_the_series_order() -> None:
    assert pick({"en": "E", "ar": "A"}, "fr", ("ar", "en", "fr")) == ("A", "ar")
    assert pick({"en": "E", "fr": "  "}, "fr") == ("E", "en")
    assert pick({}, "ar") == ("", "ar")


def test_english_pdf_has_every_part(texts: dict[str, str], pdfs: dict[str, Path]) -> None:
    text = texts["en"]
    for words in ("The Call of the Sahel: A global response", "Recommendations of the Call of the Sahel",
                  "Consolidated recommendations of the series", "Report in English", "Contents", "Preamble",
                  "Recalling that security, development and the environment cannot be separated",
                  "Panels of the series", "11 March 2023 to 2 November 2023", "English, French, Arabic",
                  "Chapter 1. Environment", "Chapter 2. Security and resilience", "Chapter 3. Éducation [French]",
                  "Chapter 4. Development", "No recommendation has been consolidated in this chapter yet.",
                  "Annex I. Recommendations not consolidated", "Annex II. Participation",
                  "Speaking time by category", "Speaking time by gender", "Speaking time by age group",
                  "Speaking time by panel", "Figures by panel", "Page 2 of", "Rome, Italy"):
        assert norm(words) in text, words
    for s in SESSIONS:
        if s.area != "education":  # the Arabic title is checked in the Arabic report
            assert norm(s.title) in text, s.title
    assert pdf_pages(pdfs["en"]) >= 5


def test_operative_paragraphs_numbered_with_attribution(texts: dict[str, str]) -> None:
    text = texts["en"]
    assert "1. Calls upon parliaments to adopt national water-sharing laws" in text
    assert "2. Urges parliaments to dedicate at least 10% of security budgets" in text
    assert "4. Invites governments to keep schools open" in text
    assert "Panels: 1 (Environment), 2 (Community)" in text
    assert "Panels: 3 (Security), 2 (Community), 5 (Development)" in text
    assert ("Speakers behind it: 5 — Parliamentarians (3), Civil society (1), Experts (1) · women: 2, youth: 1, "
            "countries: Mali, Niger, Tchad") in text
    assert "No speaker is linked to its sources." in text


def test_missing_language_prints_the_available_text_marked(texts: dict[str, str]) -> None:
    # Paragraph 3 exists only in Arabic: the English and French reports print the Arabic, saying so.
    assert "No English text yet; shown in Arabic." in texts["en"]
    assert "Pas encore de texte en français ; présenté en arabe." in texts["fr"]
    for word in PARAGRAPHS["youth"]["ar"].split()[:4]:
        assert norm(word) in texts["en"]
    # Paragraph 2 has no French: the French report falls back to English (the series' first language).
    assert "Urges parliaments to dedicate" in texts["fr"]
    assert "Pas encore de texte en français ; présenté en anglais." in texts["fr"]
    # The French text is used where it exists.
    assert norm(PARAGRAPHS["water"]["fr"][:60]) in texts["fr"]
    assert norm(PARAGRAPHS["schools"]["fr"][:50]) in texts["fr"]


def test_french_pdf(texts: dict[str, str]) -> None:
    text = texts["fr"]
    for words in ("Recommandations consolidées de la série", "Rapport en français", "Préambule",
                  "Séances de la série", "du 11 mars 2023 au 2 novembre 2023", "Chapitre 1. Environnement",
                  "Chapitre 4. Development [anglais]", "Annexe I. Recommandations non consolidées",
                  "Temps de parole par séance", "Page 2 sur", "Séances : 1 (Environnement), 2 (Communauté)",
                  "Intervenants à l’appui : 5 — Parlementaires (3)"):
        assert norm(words) in text, words


def test_arabic_pdf_reads_in_logical_order(texts: dict[str, str]) -> None:
    text = loose(texts["ar"])
    for words in ("التوصيات الموحدة للسلسلة", "التقرير باللغة العربية", "الديباجة", "جلسات السلسلة",
                  "المرفق الأول - التوصيات غير الموحدة",
                  "المرفق الثاني - المشاركة", "وقت الكلام حسب الجلسة", "الصفحة 2 من",
                  "إذ تذكّر بأن الأمن والتنمية والبيئة أمور لا يمكن الفصل بينها",
                  "يدعو البرلمانات إلى اعتماد قوانين وطنية لتقاسم المياه",
                  "يحث البرلمانات على تخصيص 10% على الأقل من موازنات الأمن",
                  # brackets keep their reading order in the extracted text
                  "يوصي بإنشاء شبكة برلمانية (عربية-أفريقية) للشباب",
                  "التعليم وتمكين الشباب في منطقة الساحل", "تعزيز برامج محو الأمية للنساء",
                  "لا يتوفر نص باللغة العربية بعد؛ وهو معروض باللغة الإنكليزية"):
        assert loose(words) in text, words
    only_letters = letters(texts["ar"])
    for words in ("الفصل 1: البيئة", "الفصل 2: الأمن والصمود", "الفصل 3: Éducation [الفرنسية]",
                  "الجلسات: 1 (البيئة)، 2 (المجتمع)", "المتحدثون الداعمون: 5 — برلمانيون (3)"):
        assert letters(words) in only_letters, words


def test_annex_lists_unconsolidated_by_panel_literally(texts: dict[str, str]) -> None:
    text = texts["en"]
    assert "Panel 1. Climate, water and land in the Sahel" in text
    assert "1.2 Plant a green belt of native trees" in text
    assert "Create a regional fund for <young> entrepreneurs & cooperatives." in text  # text is never markup
    assert "Status: proposed" in text and "Status: draft" in text
    assert text.rindex("Annex I.") < text.index(norm(LOOSE[1].text)) < text.rindex("Annex II.")  # after the contents


def test_empty_workbook_still_reports(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    write_series_report(SeriesReportData(Cover("")), out, lang="en")
    text = norm(pdf_text(out))
    for words in ("Untitled series", "No preamble has been written", "No session has been added",
                  "No recommendation has been consolidated yet.", "Every recommendation of the panels",
                  "No speaking time was recorded."):
        assert words in text, words
    docx_out = tmp_path / "empty.docx"
    write_series_report(SeriesReportData(Cover("")), docx_out, lang="ar")
    assert "لم تُضَف أي جلسة إلى المصنف." in docx_text(docx_out)


def test_long_series_flows_over_pages(tmp_path: Path) -> None:
    data = sample()
    chapter = data.chapters[0]
    chapter.paragraphs = [type(chapter.paragraphs[0])(str(i), {"ar": "نص طويل جداً " * 120}, ["s-env"])
                          for i in range(1, 40)]
    out = tmp_path / "long.pdf"
    write_series_report(data, out, lang="ar")
    assert pdf_pages(out) > 20


def test_fifty_panels_chart_in_parts_of_thirty(tmp_path: Path) -> None:
    out = tmp_path / "fifty.pdf"
    write_series_report(big(sessions=50, per_session=3), out, lang="en")
    text = norm(pdf_text(out))
    assert "Speaking time by panel (1–30)" in text and "Speaking time by panel (31–50)" in text
    assert "Panel 50 of the Call of the Sahel" in text


# -- DOCX --------------------------------------------------------------------
def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_docx_same_content_with_real_headings(tmp_path: Path, lang: str) -> None:
    import docx

    out = tmp_path / f"series-{lang}.docx"
    write_series_report(sample(), out, lang=lang)
    document = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    titles = {"en": "Chapter 2. Security and resilience", "fr": "Chapitre 2. Sécurité et résilience",
              "ar": "الفصل 2: الأمن والصمود"}
    assert ("Heading 1", titles[lang]) in headings
    assert sum(1 for style, _ in headings if style == "Heading 1") >= 9  # contents, preamble, sessions, 4, annexes
    assert any(style == "Heading 2" for style, _ in headings)
    text = docx_text(out)
    para = {"en": PARAGRAPHS["water"]["en"], "fr": PARAGRAPHS["water"]["fr"], "ar": PARAGRAPHS["water"]["ar"]}
    assert f"1.\t{para[lang]}" in text
    assert PARAGRAPHS["youth"]["ar"] in text  # Arabic-only paragraph, in every language
    assert LOOSE[3].text in text
    for s in SESSIONS:
        assert s.title in text and s.file in text
    xml = document_xml(out)
    assert xml.count("<w:tblHeader/>") >= 4  # header rows repeat on every page
    assert "<w:tblLayout" in xml or 'w:type="fixed"' in xml
    assert re.search(r'<w:gridCol w:w="\d+"/>', xml)
    if lang == "ar":
        assert "<w:bidiVisual/>" in xml  # tables run right to left
        assert xml.count("<w:bidi/>") > 40
    else:
        assert "<w:bidiVisual/>" not in xml
        assert "<w:bidi/>" in xml  # the Arabic paragraphs are right-to-left even in English


def test_docx_arabic_paragraph_marked_in_english_report(tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    out = tmp_path / "series.docx"
    write_series_report(sample(), out, lang="en")
    document = docx.Document(str(out))
    arabic = next(p for p in document.paragraphs if PARAGRAPHS["youth"]["ar"] in p.text)
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in arabic.runs)
    english = next(p for p in document.paragraphs if PARAGRAPHS["water"]["en"] in p.text)
    assert english._p.pPr.find(qn("w:bidi")) is None
    note = next(p for p in document.paragraphs if p.text == "No English text yet; shown in Arabic.")
    assert note._p.pPr.find(qn("w:bidi")) is None


# -- writing ---------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_cancel_keeps_the_old_file_and_progress_reaches_one(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"series{suffix}"
    out.write_bytes(b"old")
    stop = threading.Event()
    seen: list[float] = []

    def on_progress(f: float) -> None:
        seen.append(f)
        if f > 0.05:
            stop.set()

    with pytest.raises(ReportCancelled):
        write_series_report(sample(), out, progress=on_progress, cancelled=stop.is_set)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    seen.clear()
    write_series_report(sample(), out, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")


def test_bad_options(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"\.pdf or \.docx"):
        write_series_report(sample(), tmp_path / "x.odt")
    with pytest.raises(ReportError, match="language"):
        write_series_report(sample(), tmp_path / "x.pdf", lang="de")
    with pytest.raises(ReportError, match="does not exist"):
        write_series_report(sample(), tmp_path / "nope" / "x.docx")
    assert list(tmp_path.iterdir()) == []


def test_importing_the_package_imports_no_engine() -> None:
    import subprocess
    import sys

    code = ("import sys, sahel_panel.series.report, sahel_panel.series.report.model; "
            "print('reportlab' in sys.modules or 'docx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_catalogue_complete(lang: str) -> None:
    from sahel_panel.series.report import strings

    for key, values in strings.S.items():
        assert len(values) == 3 and all(v.strip() for v in values), key
        assert strings.t(lang, key)
    assert strings.short_date(lang, "2023-03-01") in ("1 March 2023", "1er mars 2023", "1 آذار/مارس 2023")
    assert strings.short_date(lang, "soon") == "soon"
