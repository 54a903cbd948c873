"""``sahel-panel series report`` and ``series preamble`` as a user runs them: real processes, five panels."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sahel_panel.series import Workbook
from tests.unit.report_sessions import norm, pdf_text
from tests.unit.series_sessions import series_files

PREAMBLE_AR = "إن برلمانات منطقة الساحل وشركاءها،\n\nتقدم إلى القمة العالمية التوصيات التالية."


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SAHEL_PANEL_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "sahel_panel", *args], cwd=cwd, capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=180)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook made on the command line from the snapshots of the five panels, with one merge."""
    folder = tmp_path_factory.mktemp("series-cli")
    files = [str(p.name) for p in series_files(folder)]
    assert run("series", "new", "call.sahelbook", "--title", "Call of the Sahel: recommendations",
               cwd=folder).returncode == 0
    result = run("series", "add", "call.sahelbook", *files, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    with Workbook.open(folder / "call.sahelbook", read_only=True) as book:
        ids = [r.id for r in book.recommendations.list() if "seat in local security committees" in r.text]
    assert len(ids) == 2
    merged = run("series", "merge", "call.sahelbook", *ids, "--text",
                 "Calls upon parliaments to give women and young people a seat in every local security committee.",
                 cwd=folder)
    assert merged.returncode == 0, merged.stderr
    (folder / "preamble-ar.txt").write_text(PREAMBLE_AR, encoding="utf-8")
    assert run("series", "preamble", "call.sahelbook", "--lang", "ar", "--file", "preamble-ar.txt",
               cwd=folder).returncode == 0
    return folder


def test_preamble_shown_and_cleared(folder: Path) -> None:
    shown = run("series", "preamble", "call.sahelbook", cwd=folder)
    assert shown.returncode == 0 and PREAMBLE_AR in shown.stdout and shown.stdout.startswith("[ar]")
    assert run("series", "preamble", "call.sahelbook", "--lang", "fr", "--text", "Les parlements du Sahel",
               cwd=folder).stdout.strip() == "Preamble in fr saved."
    assert "Les parlements du Sahel" in run("series", "preamble", "call.sahelbook", "--lang", "fr", cwd=folder).stdout
    assert run("series", "preamble", "call.sahelbook", "--lang", "fr", "--clear", cwd=folder).returncode == 0
    assert "No preamble has been written in fr." in run("series", "preamble", "call.sahelbook", "--lang", "fr",
                                                       cwd=folder).stdout


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_report_pdf_in_each_language(folder: Path, lang: str) -> None:
    result = run("series", "report", "call.sahelbook", "-o", f"series-{lang}.pdf", "--lang", lang, cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote series-{lang}.pdf."
    text = norm(pdf_text(folder / f"series-{lang}.pdf"))
    loose = text.replace(" ", "")
    assert "Calls upon parliaments to give women and young people a seat" in text
    for title in ("Climate change, natural resources and conflict in the Sahel", "Education in crisis"):
        assert norm(title) in text
    assert "environment-snapshot.sahel" in text
    expected = {
        "en": ["Chapter 1. Local communities", "No English text yet; shown in Arabic.",
               "Annex I. Recommendations not consolidated", "Map transhumance corridors and protect them in law."],
        "fr": ["Chapitre 1. Communautés locales", "Pas encore de texte en français ; présenté en anglais.",
               "Réserver une part de la finance climatique"],
        "ar": ["المرفقالأول-التوصياتغيرالموحدة", "إنبرلماناتمنطقةالساحلوشركاءها",
               "لايتوفرنصباللغةالعربيةبعد؛وهومعروضباللغةالإنكليزية"],
    }[lang]
    for words in expected:
        assert (words in loose) if lang == "ar" else (norm(words) in text), words


def test_report_docx(folder: Path) -> None:
    result = run("series", "report", "call.sahelbook", "-o", "series.docx", "--lang", "ar", cwd=folder)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(folder / "series.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<w:bidiVisual/>" in xml and "<w:tblHeader/>" in xml and 'w:val="Heading1"' in xml
    assert "تقدم إلى القمة العالمية التوصيات التالية." in xml


@pytest.mark.parametrize("args, message", [
    (["nope.sahelbook", "-o", "x.pdf"], "“nope.sahelbook” does not exist."),
    (["call.sahelbook", "-o", "x.odt"], "written as .pdf or .docx"),
    (["call.sahelbook", "-o", "missing/x.pdf"], "does not exist"),
    (["preamble-ar.txt", "-o", "x.pdf"], "is not a Sahel Panel series workbook"),
])
def test_bad_input_one_sentence(folder: Path, args: list[str], message: str) -> None:
    result = run("series", "report", *args, cwd=folder)
    assert result.returncode == 1 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (folder / "x.pdf").exists() and not (folder / "x.odt").exists()


def test_bad_options(folder: Path) -> None:
    assert run("series", "report", "call.sahelbook", "-o", "x.pdf", "--lang", "de", cwd=folder).returncode == 2
    assert run("series", "report", "call.sahelbook", cwd=folder).returncode == 2  # -o is required
    both = run("series", "preamble", "call.sahelbook", "--text", "a", "--clear", cwd=folder)
    assert both.returncode == 1 and "only one of" in both.stderr
    missing = run("series", "preamble", "call.sahelbook", "--file", "none.txt", cwd=folder)
    assert missing.returncode == 1 and "“none.txt” does not exist." in missing.stderr
    for command in ("report", "preamble"):
        assert run("series", command, "--help", cwd=folder).returncode == 0
