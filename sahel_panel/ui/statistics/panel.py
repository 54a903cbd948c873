"""Live speaking-time balance: who has held the floor, by category, gender and age.

Bars, not only numbers, so an imbalance (ten minutes of men for one of women)
is plain at a glance while the panel runs. The bars are painted here rather
than built from progress bars so that label, bar and figures line up in
columns and mirror correctly under a right-to-left layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES, DomainError
from sahel_panel.domain.speaking_time import timer_text
from sahel_panel.domain.stats import Bucket, Statistics, advanced
from sahel_panel.ui.core.apart import count_apart
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.locale_text import joined_groups, percent_text
from sahel_panel.ui.text.plurals import plurals

REFRESH_ENTITIES = ("turn", "speaker", "contribution", "recommendation", "question")


def clock_text(seconds: float) -> str:
    """A total as the timers show time (one format in the window: ``MM:SS``, ``H:MM:SS`` from an
    hour on), rounded to the second where a running timer truncates."""
    return timer_text(round(seconds))


def turns_text(n: int) -> str:
    """"1 turn", "3 turns": Qt's plural forms (%n) when a translation is loaded, English rules otherwise."""
    return plurals().turns(n)


@dataclass(frozen=True)
class BarRow:
    key: str
    label: str
    value: float  # seconds or turns, whichever the panel shows
    fraction: float  # share of the total, 0..1 (what the bar's length shows)
    text: str  # the figures printed after the bar


class BalanceBars(QWidget):
    """One row per group: the group's name and its figures, the bar full width beneath.

    When every name and its figures fit side by side they share a line (name at
    the start, figures at the end); otherwise, for the whole box, the figures go
    on their own line under the name, and a name too long even for the full
    width wraps: names are never cut short ("ONU ou organisation int…").
    Full-width bars keep lengths comparable from one group to the next and line
    up in every layout; everything is laid out left-to-right and mirrored by the
    style under right-to-left. The height follows the width (height-for-width).
    """

    BAR_HEIGHT = 10
    GAP = 8
    TEXT_GAP = 12  # least space between a name and its figures on a shared line
    _WRAP = Qt.TextFlag.TextWordWrap

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self._colour = colour
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def set_rows(self, rows: list[BarRow]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(joined_groups(f"{r.label}: {r.text}" for r in rows))
        self.updateGeometry()
        self.update()

    # -- geometry ------------------------------------------------------------
    def stacked(self, width: int | None = None) -> bool:
        """True when, at ``width``, the figures go on their own line under each name."""
        fm = self.fontMetrics()
        width = self.width() if width is None else width
        return any(fm.horizontalAdvance(r.label) + self.TEXT_GAP + fm.horizontalAdvance(r.text) > width
                   for r in self._rows)

    def _text_height(self, text: str, width: int) -> int:
        fm = self.fontMetrics()
        return max(fm.height(), fm.boundingRect(QRect(0, 0, max(1, width), 100000), self._WRAP, text).height())

    def _row_heights(self, width: int) -> list[tuple[int, int]]:
        """(name block, figures block) heights of each row; figures 0 when they share the name's line."""
        if not self.stacked(width):
            return [(self.fontMetrics().height(), 0)] * len(self._rows)
        return [(self._text_height(r.label, width), self._text_height(r.text, width)) for r in self._rows]

    def _bar_block(self) -> int:
        return 2 + self.BAR_HEIGHT + self.GAP

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if not self._rows:
            return self.fontMetrics().height() + self._bar_block()
        return sum(name + figures + self._bar_block() for name, figures in self._row_heights(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, self.heightForWidth(320))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(180, self.heightForWidth(10000))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        direction = self.layoutDirection()
        rtl = direction == Qt.LayoutDirection.RightToLeft
        whole = self.rect()
        width = whole.width()
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(60)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        absolute = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute
        y = 0
        for row, (name_h, figures_h) in zip(self._rows, self._row_heights(width), strict=True):
            # name at the start, figures at the end: of the same line, or of the line under the name
            painter.drawText(QStyle.visualRect(direction, whole, QRect(0, y, width, name_h)),
                             int(absolute | start | self._WRAP), row.label)
            figures_y = y + name_h if figures_h else y
            painter.drawText(QStyle.visualRect(direction, whole, QRect(0, figures_y, width, figures_h or name_h)),
                             int(absolute | end | self._WRAP), row.text)
            bar_y = y + name_h + figures_h + 2
            fill_w = int(round(width * max(0.0, min(1.0, row.fraction))))
            painter.fillRect(QRect(0, bar_y, width, self.BAR_HEIGHT), track)
            if fill_w:
                fill = QStyle.visualRect(direction, whole, QRect(0, bar_y, fill_w, self.BAR_HEIGHT))
                painter.fillRect(fill, self._colour)
            y = bar_y + self.BAR_HEIGHT + self.GAP
        painter.end()


class StatisticsPanel(QWidget):
    """Speaking time and turns by category, gender and age, refreshed live (every second while a turn runs)."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setAccessibleName(QCoreApplication.translate("StatisticsPanel", "Speaking-time statistics"))
        self.statistics: Statistics | None = None

        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(QCoreApplication.translate("StatisticsPanel", "Totals"))
        self.metric_combo = QComboBox(self)
        self.metric_combo.setAccessibleName(QCoreApplication.translate("StatisticsPanel", "Bars show"))
        self.metric_combo.addItem("", "seconds")
        self.metric_combo.addItem("", "turns")
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._base is not None and self._show(self._base))
        self.coverage = QLabel(self)
        self.coverage.setWordWrap(True)

        self.groups: dict[str, QGroupBox] = {}
        self.bars: dict[str, BalanceBars] = {}
        colours = {"category": QColor("#1f6fb2"), "gender": QColor("#8e44ad"), "youth": QColor("#d35400")}
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.totals, 1)
        head.addWidget(self.metric_combo)
        layout.addLayout(head)
        for key in ("category", "gender", "youth"):
            box = QGroupBox(self)
            bars = BalanceBars(colours[key], box)
            inner = QVBoxLayout(box)
            inner.addWidget(bars)
            self.groups[key], self.bars[key] = box, bars
            layout.addWidget(box)
        layout.addWidget(self.coverage)
        layout.addStretch(1)

        # The window's one clock (SessionDocument.ticked), followed only while a turn runs and the
        # figures are seen; shown again only when a whole second has passed.
        self._ticking = False
        self._requests = 0  # counts asked for; only the latest one's answer is shown
        self._delivered = 0
        self._shown_second: int | None = None
        document.ticked.connect(self._tick)
        self._dock_visible: bool | None = None  # told by the dock (set_visible_in_dock); None: standalone
        self._base: Statistics | None = None  # figures at the last change, the open turn counted up to then
        self._base_now = None
        self._open: tuple[str, str, str, str | None] | None = None  # the open turn's category, gender, age, question
        self._registered: set[str] | None = None  # categories of the registry, read again on speaker changes
        document.changed.connect(self._on_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self.document.closed:
            self.retranslate()  # the group titles and bar labels follow a language switch at once
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.metric_combo.setItemText(0, QCoreApplication.translate("StatisticsPanel", "Speaking time"))
        self.metric_combo.setItemText(1, QCoreApplication.translate("StatisticsPanel", "Turns"))
        self.groups["category"].setTitle(QCoreApplication.translate("StatisticsPanel", "By category"))
        self.groups["gender"].setTitle(QCoreApplication.translate("StatisticsPanel", "By gender"))
        self.groups["youth"].setTitle(QCoreApplication.translate("StatisticsPanel", "By age"))
        for key, box in self.groups.items():
            self.bars[key].setAccessibleName(box.title())
        if self.shown():
            self.refresh()
        elif self._base is not None:
            self._show(self._base)  # relabel what is there; counted again when shown

    @property
    def live(self) -> bool:
        """True while a turn is open and the panel ticks every second."""
        return self._ticking

    def shown(self) -> bool:
        """Really on screen: a dock tabbed behind another is moved off-screen, not hidden, so
        ``isVisible()`` stays true; the dock's visibility signal (:meth:`set_visible_in_dock`) tells."""
        return self.isVisible() and self._dock_visible is not False

    def follow_dock(self, dock) -> None:  # noqa: ANN001 - the QDockWidget holding this panel
        """Count only while ``dock`` is seen. Until the dock says it is, nothing is counted: at start-up
        the panel is shown (and shown again) behind the Questions tab, which cost a full count."""
        self._dock_visible = False
        dock.visibilityChanged.connect(self.set_visible_in_dock)

    def set_visible_in_dock(self, visible: bool) -> None:
        """Connected to the dock's ``visibilityChanged``: count only while someone can see the figures."""
        self._dock_visible = visible
        if visible:
            self.refresh()
        else:
            self._ticking = False

    def _on_changed(self, change: object) -> None:
        entity = getattr(change, "entity", "")
        if entity == "speaker":
            self._registered = None
        if entity in REFRESH_ENTITIES and self.shown():  # unseen: counted again when shown
            self.refresh()

    def refresh(self) -> None:
        """Count again (SQL aggregates, see services/figures.py) and show; on changes and when shown.

        The sums read every turn (40 ms at 100,000 contributions): counted in a worker on a
        connection of its own (ui/core/apart.py), so that recording with the figures in view does not
        wait for them; a file read through a copy in memory is counted here."""
        service = self.document.service
        now = service.now()
        self._requests += 1
        if service.reads_apart:
            count_apart(lambda: (service.statistics_apart(now), now), self._requests, self, self._counted)
        else:
            self._counted(self._requests, (service.statistics(now), now))

    @property
    def counting(self) -> bool:
        """A count was asked for and its answer has not been shown yet."""
        return self._delivered != self._requests

    def _counted(self, request: int, result: object) -> None:
        if request != self._requests or self.document.closed:
            return  # a newer count is on its way, or the file was closed
        self._delivered = request
        service = self.document.service
        self._base, self._base_now = result
        self._shown_second = 0
        turn = service.turns.current()
        self._open = None
        if turn is not None:
            try:
                speaker = service.speakers.get(turn.speaker_id)
                self._open = (speaker.category, speaker.gender, speaker.age_group, turn.question_id)
            except DomainError:
                self._open = None
        self._show(self._base)
        self._follow_floor(turn is not None)

    def _tick(self) -> None:
        """Once a second while a turn runs: the open turn's buckets grow; constant time, no SQL."""
        if not self._ticking or self._base is None or self._open is None or not self.shown():
            return
        seconds = (self.document.service.now() - self._base_now).total_seconds()
        if int(seconds) == self._shown_second:
            return
        self._shown_second = int(seconds)
        self._show(advanced(self._base, *self._open, seconds))

    def _show(self, stats: Statistics) -> None:
        service = self.document.service
        self.statistics = stats
        by_seconds = self.metric_combo.currentData() != "turns"
        self.totals.setText(
            QCoreApplication.translate("StatisticsPanel", "Speaking time %1 · %2 · speakers heard: %3")
            .replace("%1", clock_text(stats.total_seconds))
            .replace("%2", turns_text(stats.total_turns)).replace("%3", str(stats.speakers_heard)))
        if self._registered is None:
            self._registered = service.speakers.categories()
        registered = self._registered
        categories = [c for c in CATEGORIES if c in registered or stats.by_category.get(c, Bucket()).turns]
        categories += [c for c in stats.by_category if c not in CATEGORIES and stats.by_category[c].turns]
        genders = [g for g, b in stats.by_gender.items() if g in ("woman", "man") or b.turns]
        self.bars["category"].set_rows(self._rows(stats.by_category, categories, labels.CATEGORY, stats, by_seconds))
        self.bars["gender"].set_rows(self._rows(stats.by_gender, genders, labels.GENDER, stats, by_seconds))
        self.bars["youth"].set_rows(self._rows(stats.by_age, list(AGE_GROUPS), labels.AGE_GROUP, stats, by_seconds))
        addressed = sum(1 for c in stats.coverage if c.addressed)
        self.coverage.setText(QCoreApplication.translate("StatisticsPanel", "Questions addressed: %1 of %2").replace("%1", str(addressed))
                              .replace("%2", str(len(stats.coverage))))

    def _rows(self, table: dict[str, Bucket], keys: list[str], names: dict[str, str], stats: Statistics,
              by_seconds: bool) -> list[BarRow]:
        total = stats.total_seconds if by_seconds else float(stats.total_turns)
        out = []
        for key in keys:
            bucket = table.get(key, Bucket())
            value = bucket.seconds if by_seconds else float(bucket.turns)
            share = value / total if total else 0.0
            text = (QCoreApplication.translate("StatisticsPanel", "%1 · %2 · %3").replace("%1", clock_text(bucket.seconds))
                    .replace("%2", turns_text(bucket.turns)).replace("%3", percent_text(share)))
            out.append(BarRow(key, labels.label(names, key), value, share, text))
        return out

    def _follow_floor(self, open_turn: bool) -> None:
        """Tick only while someone holds the floor and the figures are seen: otherwise nothing runs."""
        open_turn = open_turn and self.shown()
        self._ticking = open_turn

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._ticking = False
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if self.shown():  # in a dock: only once the dock says it is seen (follow_dock)
            self.refresh()
