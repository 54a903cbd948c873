"""The "automatic" language choice of the editors: it shows the language it will store, and why.

The contribution and recommendation editors both offer "Automatic" first; it reads
"Automatic: French" once text is typed (``SessionService.detect_language``), so the
rapporteur sees the language before recording and can choose another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sahel_panel.domain.language import Detection
from sahel_panel.ui.text import labels


def automatic_label(detection: Detection | None) -> tuple[str, str]:
    """The "automatic" choice as shown (with the language it will store) and its tooltip."""
    if detection is None:
        return QCoreApplication.translate("LanguageChoice", "Language: automatic"), ""
    name = labels.label(labels.LANGUAGE, detection.language)
    text = QCoreApplication.translate("LanguageChoice", "Automatic: %1").replace("%1", name)
    tip = {
        "model": QCoreApplication.translate("LanguageChoice", "Recognised from the text; choose another language if it is wrong."),
        "script": QCoreApplication.translate("LanguageChoice", "Recognised from the script; choose another language if it is wrong."),
        "short": QCoreApplication.translate("LanguageChoice", "Too short to recognise: the speaker's previous language is kept (else the interface language). Choose another if it is wrong."),
        "empty": QCoreApplication.translate("LanguageChoice", "No words yet: the speaker's previous language is assumed."),
    }.get(detection.reason, "")
    return text, tip
