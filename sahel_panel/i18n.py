"""Languages of the interface and of the report, and loading Qt translations.

Qt is imported inside the functions that need it, so the command line and the
report engine can use the language list without loading Qt.
"""

from __future__ import annotations

from sahel_panel.domain.model import LANGUAGES, RTL_LANGUAGES
from sahel_panel.paths import translations_dir

NATIVE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES


def normalise(lang: str | None) -> str:
    """Map a locale name such as ``fr_CA`` or ``ar-BH`` to a supported language (default English)."""
    if not lang:
        return "en"
    base = lang.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return normalise(QLocale.system().name())


def qm_path(lang: str) -> str:
    return str(translations_dir() / f"sahel_panel_{lang}.qm")


def install(app, lang: str) -> list:  # noqa: ANN001 - QApplication, imported lazily
    """Install the app's and Qt's own translations for ``lang`` and set the layout direction.

    Returns the installed translators; the caller keeps them alive and passes
    them back to :func:`uninstall` when switching language.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator

    installed = []
    if lang != "en":
        own = QTranslator(app)
        if own.load(qm_path(lang)):
            app.installTranslator(own)
            installed.append(own)
        qt = QTranslator(app)
        if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(lang))
    return installed


def uninstall(app, translators: list) -> None:  # noqa: ANN001
    for t in translators:
        app.removeTranslator(t)
