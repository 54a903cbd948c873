"""The panels of one open session, built together and torn down together.

The main window stays thin: it places these widgets in docks. Opening another
file builds a new Workspace; nothing of the old session lingers.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from sahel_panel.services.drafts import Draft
from sahel_panel.ui.contributions.panel import EDIT_DRAFT, EDITOR_DRAFT, ContributionsPanel
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.drafts import DraftKeeper
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.questions.bar import QuestionBar
from sahel_panel.ui.questions.panel import QuestionList
from sahel_panel.ui.recommendations.panel import RecommendationsPanel
from sahel_panel.ui.speakers.panel import SpeakersPanel
from sahel_panel.ui.statistics.panel import StatisticsPanel

RECOMMENDATION_DRAFT = "recommendation-editor"
REVISION_DRAFT = "recommendation-revision"
"""Draft of the changed text of a recommendation being revised (F2)."""


def _scrollable(widget: QWidget) -> QScrollArea:
    """Tall panels scroll inside their dock instead of forcing the window taller than a laptop screen."""
    area = QScrollArea(objectName=f"scroll_{widget.objectName() or 'panel'}")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def initial_question(document: SessionDocument, settings: Settings) -> str | None:
    """Where the rapporteur left off, else the question of the open turn, else the first."""
    service = document.service
    ids = [q.id for q in service.questions.list()]
    remembered = settings.last_question(service.info().id)
    if remembered in ids:
        return remembered
    turn = service.turns.current()
    if turn is not None and turn.question_id in ids:
        return turn.question_id
    return ids[0] if ids else None


class Workspace:
    def __init__(self, document: SessionDocument, settings: Settings, parent: QWidget) -> None:
        self.document = document
        first = initial_question(document, settings)
        document.set_current_question(first)
        document.set_live_question(first)
        self.drafts = DraftKeeper(document, parent)
        self.question_bar = QuestionBar(document)
        self.contributions = ContributionsPanel(document, self.drafts)
        self.central = QWidget(objectName="liveCentral")
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.question_bar)
        layout.addWidget(self.contributions, 1)
        self.speakers = SpeakersPanel(document, settings)
        self.questions = QuestionList(document)
        self.recommendations = RecommendationsPanel(document)
        self.statistics_panel = StatisticsPanel(document)
        self.statistics = _scrollable(self.statistics_panel)
        editor = self.recommendations.editor
        self.drafts.watch(RECOMMENDATION_DRAFT, editor.text_edit, text=editor.stashed_text)
        self.drafts.watch(REVISION_DRAFT, editor.text_edit,
                          lambda: {"recommendation_id": editor.revising, "language": editor.language()},
                          editor.revised_text)
        editor.revision_ended.connect(lambda: self.drafts.recorded(REVISION_DRAFT))
        document.current_question_changed.connect(
            lambda qid: settings.set_last_question(document.service.info().id, qid))

    def restore_draft(self, draft: Draft) -> None:
        if draft.editor in (EDITOR_DRAFT, EDIT_DRAFT):
            self.contributions.restore_draft(draft)
        elif draft.editor == RECOMMENDATION_DRAFT:
            self.recommendations.editor.add_unrecorded(draft.text)
        elif draft.editor == REVISION_DRAFT:
            self.recommendations.restore_revision(draft.context.get("recommendation_id"), draft.text,
                                                  draft.context.get("language"))

    def widgets(self) -> list[QWidget]:
        return [self.central, self.speakers, self.questions, self.recommendations, self.statistics]

    def close(self) -> None:
        """Save what is being typed, then release the file."""
        self.drafts.flush()
        self.drafts.timer.stop()
        for w in self.widgets():
            for timer in w.findChildren(QTimer):  # no tick may reach the closed file before deletion
                timer.stop()
            w.setParent(None)
            w.deleteLater()
        self.document.close()
        # Both are children of the main window (for their timers and signals): without this they
        # would live, with the closed service, as long as the window, one set per session opened.
        self.drafts.deleteLater()
        self.document.deleteLater()
