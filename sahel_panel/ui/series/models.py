"""The two trees of the Series window as item models: every recommendation of the series, and the outline.

Rebuilt from the services on each change notice (a series holds a few thousand
recommendations at most, and a rebuild is one query); each row carries its id
in :data:`ID_ROLE` so selections survive a rebuild. User text is set as item
text (never markup) inside a bidi embedding of its own direction, so an Arabic
recommendation reads right in an English window and the other way round.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from sahel_panel.domain.clock import local, offset_label
from sahel_panel.series import RecommendationFilter, Workbook
from sahel_panel.series.model import Consolidated, SeriesSession
from sahel_panel.ui.text.bidi import embedded
from sahel_panel.ui.text.labels import AREA, LANGUAGE, STATUS, label
from sahel_panel.ui.text.locale_text import ui_language

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "area", "group", "recommendation", "chapter", "consolidated"



def added_text(stamp: str) -> str:
    """When a file was added to the workbook, on this computer's clock and saying so ("2026-12-01 13:28 UTC+01:00").

    The workbook stores UTC; the moment is the secretariat's own (not a venue's: a series spans
    several venues), so it is shown in this computer's zone with the offset, never as bare UTC
    digits that read as local time.
    """
    moment = local(stamp, "")
    return stamp if moment is None else f"{moment:%Y-%m-%d %H:%M} {offset_label('', stamp)}"


def one_line(text: str, limit: int = 220) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _item(text: str, kind: str, item_id: str = "", tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    if item_id:
        item.setData(item_id, ID_ROLE)
    if tip:
        item.setToolTip(tip)
    return item


def _place(session: SeriesSession) -> str:
    return ", ".join(p for p in (session.venue.split(",")[-1].strip() if session.venue else "", session.date) if p)


def session_label(session: SeriesSession) -> str:
    where = _place(session)
    return f"{session.title} ({where})" if where else session.title


class RecommendationsModel(QStandardItemModel):
    """Area -> panel and question -> recommendation, with language, status, panel and consolidated numbers."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ids: list[str] = []  # recommendation ids in display order (tests, selection helpers)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SeriesWindow", "Recommendation"), QCoreApplication.translate("SeriesWindow", "Language"), QCoreApplication.translate("SeriesWindow", "Status"), QCoreApplication.translate("SeriesWindow", "In consolidated")]

    def reload(self, book: Workbook, flt: RecommendationFilter, numbers: dict[str, int]) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(self.headers())
        self.ids = []
        lang = ui_language()
        for area in book.recommendations.grouped(flt):
            area_item = _item(label(AREA, area.area), "area")
            row = [area_item] + [_item("", "area") for _ in range(3)]
            self.appendRow(row)
            for group in area.groups:
                if group.question is None:
                    heading = QCoreApplication.translate("SeriesWindow", "General recommendations")
                else:
                    text, _used = _question_text(group.question.text, lang)
                    heading = f"Q{group.question.position}. {one_line(text, 160)}"
                # The question first (the area is the parent row); the panel by its city and date, in full on hover.
                title = f"{heading} — {_place(group.session)}"
                group_item = _item(embedded(title), "group", group.session.id,
                                   tip=f"{session_label(group.session)}\n{heading}")
                area_item.appendRow([group_item] + [_item("", "group") for _ in range(3)])
                for rec in group.recommendations:
                    mark = "" if rec.in_latest_file else " " + QCoreApplication.translate("SeriesWindow", "(no longer in the latest snapshot)")
                    text_item = _item(embedded(one_line(rec.text) + mark, rec.text), "recommendation", rec.id,
                                      tip=rec.text)
                    cons = ", ".join(str(numbers[c]) for c in rec.consolidated_ids if c in numbers)
                    cells = [text_item, _item(label(LANGUAGE, rec.language), "recommendation", rec.id),
                             _item(label(STATUS, rec.status), "recommendation", rec.id),
                             _item(cons, "recommendation", rec.id)]
                    if not rec.in_latest_file:
                        for cell in cells:
                            cell.setForeground(Qt.GlobalColor.darkGray)
                    group_item.appendRow(cells)
                    self.ids.append(rec.id)


def _question_text(texts: dict[str, str], lang: str) -> tuple[str, str]:
    for candidate in (lang, "en", "fr", "ar"):
        if texts.get(candidate, "").strip():
            return texts[candidate], candidate
    return "", lang


class OutlineModel(QStandardItemModel):
    """Chapters -> consolidated recommendations numbered as operative paragraphs."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.numbers: dict[str, int] = {}  # consolidated id -> operative paragraph number

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SeriesWindow", "Outline"), QCoreApplication.translate("SeriesWindow", "Sources"), QCoreApplication.translate("SeriesWindow", "Panels")]

    def reload(self, book: Workbook) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(self.headers())
        lang = ui_language()
        by_chapter: dict[str, list[Consolidated]] = {}
        all_consolidated = book.consolidated.list()
        self.numbers = {c.id: c.number for c in all_consolidated}
        sessions_of = _sessions_of(book)
        for c in all_consolidated:
            by_chapter.setdefault(c.chapter_id, []).append(c)
        for i, chapter in enumerate(book.chapters.list(), start=1):
            title, used = chapter.title(lang)
            mark = "" if used == lang else f" [{used}]"
            chapter_item = _item(embedded(f"{i}. {title}{mark}", title), "chapter", chapter.id)
            self.appendRow([chapter_item, _item("", "chapter", chapter.id), _item("", "chapter", chapter.id)])
            for c in by_chapter.get(chapter.id, []):
                text, used = c.text(lang)
                mark = "" if used == lang else f" [{used}]"
                line = f"{c.number}. {one_line(text)}{mark}"
                panels = {sessions_of.get(s.recommendation_id) for s in c.sources} - {None}
                chapter_item.appendRow([
                    _item(embedded(line, text), "consolidated", c.id, tip=text),
                    _item(str(len(c.sources)), "consolidated", c.id),
                    _item(str(len(panels)), "consolidated", c.id)])


def _sessions_of(book: Workbook) -> dict[str, str]:
    return {r.id: r.session_id for r in book.recommendations.list()}
