"""What a publishable report needs, read back from the PDF (pdftotext, pdfinfo) and the DOCX XML."""

from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from report_sessions import norm, panel_session, pdf_text

from sahel_panel.report import fmt, strings, write_report
from sahel_panel.report.docx_report import write_docx
from sahel_panel.report.pdf_parts import Parts


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return panel_session(tmp_path_factory.mktemp("publish") / "manama.sahel")


@pytest.fixture(scope="module")
def pdfs(panel: Path) -> dict[str, Path]:
    out = {}
    for lang in ("en", "fr", "ar"):
        out[lang] = panel.with_name(f"r-{lang}.pdf")
        write_report(panel, out[lang], lang=lang)
    return out


@pytest.fixture(scope="module")
def texts(pdfs: dict[str, Path]) -> dict[str, str]:
    return {lang: pdf_text(p) for lang, p in pdfs.items()}


def test_durations_are_rounded() -> None:
    assert fmt.duration("en", 17.7 * 60) == "18\u202fmin"
    assert fmt.duration("en", 172.98 * 60) == "2\u202fh\u202f53\u202fmin"
    assert fmt.duration("ar", 17.4 * 60) == "17 د"
    assert fmt.duration("en", 29.6) == "30\u202fs"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Youth", "Turns", "Contrib.", "Recomm.", "Organisation"]),
    ("fr", ["Jeune", "Prises", "Contrib.", "Recomm.", "Organisation"]),
    ("ar", ["المرات", "شباب", "المساهمات", "التوصيات"]),
])
def test_table_header_words_never_break(texts: dict[str, str], lang: str, words: list[str]) -> None:
    lines = {norm(line) for line in texts[lang].splitlines()}
    found = norm(texts[lang])
    for word in words:
        assert norm(word) in found, word
        stem = norm(word)[:-1]
        assert stem not in lines, f"{word!r} broken across lines"


def test_long_questions_are_cut_at_a_word_in_the_contents() -> None:
    from sahel_panel.report.flowables import Outline

    parts = Parts("en", 400, Outline())
    text = ("How can parliaments use their roles of budgeting, legislation and oversight to strengthen the "
            "security apparatus in their respective countries?")
    cut = parts.short(text, 110)
    assert cut.endswith("…") and text.startswith(cut[:-1]) and text[len(cut) - 1] == " "
    assert "apparat…" not in cut


def test_the_coverage_table_has_whole_questions(texts: dict[str, str]) -> None:
    from report_sessions import QUESTIONS

    assert norm(QUESTIONS[5]["en"]) in norm(texts["en"])  # the longest, 210 characters
    assert "apparat…" not in texts["en"]


def test_last_change_is_the_real_last_change(texts: dict[str, str]) -> None:
    # the panel's clock ends near 16:25 in Manama; the session row itself was written at 14:30
    match = re.search(r"last change: (.*?)\)", norm(texts["en"]))
    assert match, "no last change on the cover"
    assert "14:30" not in match.group(1) and "11:30" not in match.group(1)  # the session row's own time


def test_french_spaces_before_punctuation_hold() -> None:
    assert strings.t("fr", "status", status="adoptée") == "Statut\u202f: adoptée"
    assert strings.t("fr", "status_count", status="adoptée", n=9) == "adoptée\u202f: 9"
    assert strings.t("en", "status_count", status="agreed", n=9) == "agreed: 9"


def test_a_typed_space_before_percent_does_not_break() -> None:
    from sahel_panel.report.textshape import break_lines

    text = "Nous voulons que 70 % des budgets soient votés"
    for width in range(5, 60):
        lines = [line for line, _ in break_lines(text, len, width, 1)]
        assert all(not line.startswith("%") for line in lines), lines


def test_time_never_ends_alone_after_a_long_speaker_line() -> None:
    from sahel_panel.report.textshape import break_lines

    line = "Hon. Mahamat Abakar, National Assembly of the Republic of Chad\u00a0—\u00a014:33"
    for width in range(20, 80):
        lines = [t for t, _ in break_lines(line, len, width, 1)]
        assert not lines[-1].startswith(("14:33", "—")), lines


def test_names_punctuated_by_their_own_script() -> None:
    assert strings.join_names(["د. سارة المنصوري", "البرلمان العربي", "البحرين"]) == \
        "د. سارة المنصوري، البرلمان العربي، البحرين"
    assert strings.join_names(["Hon. Issoufou Maïga", "CIP G5 Sahel", "Niger"]) == "Hon. Issoufou Maïga, CIP G5 Sahel, Niger"


def test_arabic_name_lines_take_the_arabic_comma_in_an_english_report(texts: dict[str, str]) -> None:
    lines = [norm(line) for line in texts["en"].splitlines() if "البرلمان العربي" in norm(line) and "البحرين" in norm(line)]
    assert lines
    for line in lines:
        assert "،" in line and "," not in line, line


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-isodates", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_pdf_metadata(pdfs: dict[str, Path], lang: str) -> None:
    info = pdfinfo(pdfs[lang])
    from report_sessions import TRANSLATIONS

    assert info["Title"] == {"en": "Mitigating the impact of security threats by building resilience in the Sahel",
                             "fr": TRANSLATIONS["fr"]["title"], "ar": TRANSLATIONS["ar"]["title"]}[lang]
    assert info["Author"] == "Ms. Elena Caruso"  # the rapporteur
    assert not info["CreationDate"].startswith("2000")
    created = datetime.fromisoformat(info["CreationDate"].replace("Z", "+00:00"))
    assert abs((datetime.now(UTC) - created).total_seconds()) < 3600
    assert info.get("Author", "") != strings.t(lang, "report_kind")
    fonts = subprocess.run(["pdffonts", str(pdfs[lang])], check=True, capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts
    for row in fonts.splitlines()[2:]:
        assert row.split()[-5] == "yes", row  # emb


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_docx_metadata(panel: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"r-{lang}.docx"
    write_docx(panel, out, lang=lang)
    with zipfile.ZipFile(out) as z:
        core = z.read("docProps/core.xml").decode()
        styles = z.read("word/styles.xml").decode()
    assert "python-docx" not in core and "2013-12-23" not in core
    assert f"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{datetime.now(UTC):%Y-%m-%d}" in core
    assert "<dc:title>" + {"en": "Mitigating the impact", "fr": "Atténuer l’impact",
                           "ar": "التخفيف من تأثير"}[lang] in core
    tag = {"en": "en-GB", "fr": "fr-FR", "ar": "ar-BH"}[lang]
    assert f"<dc:language>{tag}</dc:language>" in core
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert "en-US" not in defaults
    assert f'w:val="{tag if lang != "ar" else "en-GB"}"' in defaults and 'w:bidi="ar-BH"' in defaults
