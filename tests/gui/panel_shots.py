"""Render every panel widget with the Sahel security session, in English and right-to-left, to PNGs.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/panel_shots.py [OUT_DIR]``
(default /tmp/panels-shots). Look at the pictures: that is the point.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from panel_helpers import make_session  # noqa: E402
from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sahel_panel.paths import fonts_dir  # noqa: E402


def render(out: Path, rtl: bool) -> None:
    from sahel_panel.ui.export.dialog import ExportReportDialog
    from sahel_panel.ui.floor.projector import ProjectorWindow
    from sahel_panel.ui.recommendations.panel import RecommendationsPanel
    from sahel_panel.ui.search.dialog import SearchDialog
    from sahel_panel.ui.setup.dialog import SessionSetupDialog
    from sahel_panel.ui.shell.preferences import PreferencesDialog
    from sahel_panel.ui.shell.shortcuts import ShortcutsDialog
    from sahel_panel.ui.statistics.panel import StatisticsPanel

    app = QApplication.instance()
    tag = "ar" if rtl else "en"
    QLocale.setDefault(QLocale(tag))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    sample = make_session(Path(tempfile.mkdtemp()) / "ipu146.sahel")
    doc = sample.document
    sample.service.turns.start(sample.speaker_ids["Awa Ndiaye"], sample.question_ids[0])
    sample.clock.advance(142)

    def shot(widget, name, size=None):
        if size:
            widget.resize(*size)
        widget.show()
        app.processEvents()
        app.processEvents()
        widget.grab().save(str(out / f"{name}_{tag}.png"))
        widget.close()

    rec = RecommendationsPanel(doc)
    rec.select(sample.recommendation_ids[0])
    shot(rec, "recommendations", (460, 620))
    rec.show()
    history = rec.show_history()
    shot(history, "history")
    stats = StatisticsPanel(doc)
    shot(stats, "statistics", (400, 620))
    search = SearchDialog(doc)
    search.query.setText("الأمن" if rtl else "security")
    search.run_search()
    shot(search, "search")
    projector = ProjectorWindow(doc)
    projector.set_timer_limit(180)
    shot(projector, "projector", (1024, 576))
    setup = SessionSetupDialog(doc)
    shot(setup, "setup_details")
    setup.tabs.setCurrentIndex(1)
    setup.question_list.setCurrentRow(4)
    shot(setup, "setup_questions")
    shot(ExportReportDialog(doc), "export")
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "p.ini"), QSettings.Format.IniFormat)
    shot(PreferencesDialog(settings=settings), "preferences")
    actions = rec.actions_for_help()
    for text, keys in (("&Undo", "Ctrl+Z"), ("&Redo", "Ctrl+Shift+Z"), ("&Find…", "Ctrl+F"), ("Projector", "F5")):
        action = QAction(text, app)
        action.setShortcut(QKeySequence(keys))
        actions.append(action)
    shot(ShortcutsDialog(actions), "shortcuts")
    doc.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/panels-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for font in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    render(out, rtl=False)
    render(out, rtl=True)
    app.quit()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
