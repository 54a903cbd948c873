"""The report's cover, summary, outcome list, participants by country and language marks (PDF and DOCX)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from report_sessions import SUMMARY, TRANSLATIONS, norm, panel_session, pdf_text

from sahel_panel.report import ReportError, write_report
from sahel_panel.report.docx_report import write_docx


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return panel_session(tmp_path_factory.mktemp("outcome") / "manama.sahel")


@pytest.fixture(scope="module")
def texts(panel: Path) -> dict[str, str]:
    out = {}
    for lang in ("en", "fr", "ar"):
        pdf = panel.with_name(f"o-{lang}.pdf")
        write_report(panel, pdf, lang=lang)
        out[lang] = norm(pdf_text(pdf))
    return out


def first_page(pdf: Path) -> str:
    return norm(subprocess.run(["pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf), "-"], check=True,
                               capture_output=True, text=True).stdout)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_cover_and_running_header_in_the_report_language(panel: Path, texts: dict[str, str], lang: str) -> None:
    cover = first_page(panel.with_name(f"o-{lang}.pdf"))
    for key in ("title", "series", "event", "venue"):
        # word by word: poppler's reordering of "الـ146 للاتحاد" moves the space around the number
        for word in norm(TRANSLATIONS[lang][key]).split():
            word = word.strip("،,.:;()")  # and the commas beside Arabic words
            if word and not any(ch.isdigit() for ch in word):
                assert word in cover, (key, word)
    assert "Mitigating the impact" not in cover and "The Call of the Sahel" not in cover
    # the running header on every page after the cover: the translated title, once per page
    assert texts[lang].count(norm(TRANSLATIONS[lang]["title"])) >= 5


def test_english_cover_falls_back_to_the_plain_fields(panel: Path) -> None:
    cover = first_page(panel.with_name("o-en.pdf"))
    assert "Mitigating the impact of security threats" in cover and "The Call of the Sahel" in cover
    assert "(UTC+03:00)" in cover  # the venue's offset beside the schedule


@pytest.mark.parametrize(("lang", "labels"), [
    ("en", ["Moderation", "Panellists", "Rapporteur"]),
    ("fr", ["Modération", "Panélistes", "Rapporteur"]),
    ("ar", ["إدارة الجلسة", "أعضاء حلقة النقاش", "المقرر"]),
])
def test_who_ran_it_on_the_cover(panel: Path, lang: str, labels: list[str]) -> None:
    cover = first_page(panel.with_name(f"o-{lang}.pdf"))
    for label in labels:
        assert norm(label) in cover, label
    assert "Amina Diallo" in cover and "Elena Caruso" in cover and "Marco Bellini" in cover


def test_summary_after_the_cover(texts: dict[str, str]) -> None:
    text = texts["en"]
    assert "Summary and key messages" in text
    assert norm(SUMMARY.split("\n")[0]) in text
    assert text.index("Summary and key messages") < text.index("Contents")


def section(text: str, start: str, end: str) -> str:
    """The body of a section (its second occurrence: the first is the contents line)."""
    first = text.index(start)
    at = text.index(start, first + len(start))
    return text[at:text.index(end, at)]


def test_outcome_list_defaults_to_agreed_and_proposed(texts: dict[str, str]) -> None:
    outcome = section(texts["en"], "Outcome: recommendations by status", "Annex A.")
    assert "Agreed (4)" in outcome and "Proposed (3)" in outcome
    assert "Withdrawn" not in outcome and "Drafts" not in outcome
    assert outcome.index("Agreed (4)") < outcome.index("Proposed (3)")
    assert "Give women and young people a seat" in outcome
    assert "Voter des budgets d’urgence" not in outcome  # withdrawn
    assert "Make recruitment into the armed forces" not in outcome  # draft


def test_agreed_only_list(panel: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "agreed.pdf"
    write_report(panel, pdf, lang="en", statuses="agreed")
    outcome = section(norm(pdf_text(pdf)), "Outcome: recommendations by status", "Annex A.")
    assert "Agreed (4)" in outcome and "Proposed" not in outcome
    assert "Create independent parliamentary inquiry commissions" not in outcome  # proposed
    assert "Establish an Arab–African parliamentary network" in outcome


def test_withdrawn_set_apart_when_asked_for(panel: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "all.pdf"
    write_report(panel, pdf, lang="fr", statuses="all")
    outcome = section(norm(pdf_text(pdf)), "Résultats : recommandations par statut", "Annexe A.")
    assert outcome.index("Adoptées (4)") < outcome.index("Retirées (1)")
    assert "À part : ne font pas partie des résultats." in outcome


def test_bad_statuses_are_one_sentence(panel: Path, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="agreed, proposed, draft, withdrawn"):
        write_report(panel, tmp_path / "x.pdf", statuses="agreed,approved")
    result = subprocess.run([sys.executable, "-m", "sahel_panel", "report", str(panel), "-o", str(tmp_path / "y.pdf"),
                             "--statuses", "nonsense"], capture_output=True, text=True)
    assert result.returncode != 0 and "Traceback" not in result.stderr and "nonsense" in result.stderr


def test_cli_statuses(panel: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    subprocess.run([sys.executable, "-m", "sahel_panel", "report", str(panel), "-o", str(out), "--statuses",
                    "agreed"], check=True, capture_output=True)
    outcome = section(norm(pdf_text(out)), "Outcome: recommendations by status", "Annex A.")
    assert "Proposed" not in outcome


def test_participants_by_country_and_delegation(texts: dict[str, str]) -> None:
    annex = section(texts["en"], "Annex B. Participants by country and delegation", "Annex C.")
    # countries: البحرين, Niger, Mali, Chad, Burkina Faso, موريتانيا; parliaments: 4 parliamentarians' assemblies
    assert "6 countries represented, 4 parliaments." in annex
    for word in ("Burkina Faso", "Assemblée législative de transition", "Rasmané Ouédraogo", "Country not stated"):
        assert word in annex, word
    assert "Pays non précisé" in texts["fr"] and "البلد غير محدد" in texts["ar"]


def test_text_in_another_language_is_marked(texts: dict[str, str]) -> None:
    assert "(in French)" in texts["en"] and "in Arabic" in texts["en"]  # in an Arabic line poppler turns "(" around
    assert "(en anglais)" in texts["fr"]
    en_lines = [line for line in texts["en"].split("Status: ") if line.startswith("agreed · in French")]
    assert en_lines  # recommendation 2.1 is in French


def test_times_in_the_venues_zone_under_another_tz(panel: Path, tmp_path: Path) -> None:
    """Exported in Zurich, a Manama session still shows Manama's clock (first contribution 11:32 UTC)."""
    from tests.unit.helpers import child_env

    out = tmp_path / "zurich.pdf"
    docx = tmp_path / "zurich.docx"
    code = ("import sys; from sahel_panel.report import write_report;"
            "from sahel_panel.report.docx_report import write_docx;"
            "write_report(sys.argv[1], sys.argv[2]); write_docx(sys.argv[1], sys.argv[3])")
    subprocess.run([sys.executable, "-c", code, str(panel), str(out), str(docx)], check=True,
                   env=child_env() | {"TZ": "Europe/Zurich"})
    text = norm(pdf_text(out))
    assert "— 14:32" in text and "— 12:32" not in text
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode()
    assert "14:32" in xml and "12:32" not in xml


def test_docx_has_the_same_outcome_and_annexes(panel: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "r.docx"
    write_docx(panel, out, lang="en", statuses="agreed")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Outcome: recommendations by status" in text and "Agreed (4)" in text and "Proposed (" not in text
    assert "Annex B. Participants by country and delegation" in text
    assert "6 countries represented, 4 parliaments." in text
    assert "Summary and key messages" in text and "Moderation: " in text
