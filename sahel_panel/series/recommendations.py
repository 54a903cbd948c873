"""All the recommendations of the series, grouped by area and by each panel's question, filterable.

    book.recommendations.list(RecommendationFilter(...)) -> list[SeriesRecommendation]
    book.recommendations.grouped(RecommendationFilter(...)) -> list[AreaGroup]
    book.recommendations.get(id) -> SeriesRecommendation
    book.recommendations.revisions(id) -> list[Revision]      # every revision the rapporteur made
    book.recommendations.changes(id) -> list[SourceChange]    # what newer files did to it

Full-text search folds text exactly as sessions do (accents by the FTS5
tokenizer, Arabic hamza/harakat/tatweel by :func:`sahel_panel.domain.search_text.fold`),
with the same safe query building (user input is never FTS syntax).
"""

from __future__ import annotations

from sahel_panel.domain.model import AREAS, DomainError, Question, Revision
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.model import (
    AreaGroup,
    QuestionGroup,
    RecommendationFilter,
    SeriesRecommendation,
    SourceChange,
)
from sahel_panel.services.search import fts_query


def _rec(r: dict, consolidated: tuple[str, ...]) -> SeriesRecommendation:
    return SeriesRecommendation(
        id=r["id"], session_id=r["session_id"], question_id=r["question_id"], text=r["text"],
        language=r["language"], status=r["status"], position=r["position"], latest_revision=r["latest_revision"],
        in_latest_file=bool(r["in_latest_file"]), source_file_id=r["source_file_id"], created=r["created"],
        updated=r["updated"], consolidated_ids=consolidated)


def question_of(r: dict) -> Question:
    return Question(id=r["id"], position=r["position"],
                    text={lang: r[f"text_{lang}"] for lang in ("en", "fr", "ar") if r[f"text_{lang}"]})


class SeriesRecommendationService:
    def __init__(self, book) -> None:  # noqa: ANN001 - Workbook
        self._book = book

    def _consolidated(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for rid, cid in self._book.store.db.execute(
            "SELECT recommendation_id, consolidated_id FROM consolidated_source ORDER BY rowid"):
            out.setdefault(rid, []).append(cid)
        return {k: tuple(v) for k, v in out.items()}

    def list(self, flt: RecommendationFilter | None = None) -> list[SeriesRecommendation]:
        """Matching recommendations in series order: area, session date and title, question, rapporteur's order."""
        flt = flt or RecommendationFilter()
        where: list[str] = []
        args: dict[str, object] = {}
        import json

        if flt.session_ids:
            where.append("r.session_id IN (SELECT value FROM json_each(:sessions))")
            args["sessions"] = json.dumps(list(flt.session_ids))
        if flt.statuses:
            where.append("r.status IN (SELECT value FROM json_each(:statuses))")
            args["statuses"] = json.dumps(list(flt.statuses))
        if flt.languages:
            where.append("r.language IN (SELECT value FROM json_each(:languages))")
            args["languages"] = json.dumps(list(flt.languages))
        if flt.speaker_categories:
            where.append(
                "r.id IN (SELECT rs.recommendation_id FROM recommendation_source rs"
                " JOIN contribution c ON c.id = rs.contribution_id JOIN speaker sp ON sp.id = c.speaker_id"
                " WHERE sp.category IN (SELECT value FROM json_each(:categories)))")
            args["categories"] = json.dumps(list(flt.speaker_categories))
        if not flt.include_vanished:
            where.append("r.in_latest_file = 1")
        if flt.unconsolidated_only:
            where.append("r.id NOT IN (SELECT recommendation_id FROM consolidated_source)")
        if flt.text.strip():
            query = fts_query(flt.text)
            if query is None:
                return []
            where.append("r.rowid IN (SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH :query)")
            args["query"] = query
        area_order = " ".join(f"WHEN '{a}' THEN {i}" for i, a in enumerate(AREAS))
        sql = ("SELECT r.* FROM recommendation r JOIN session s ON s.id = r.session_id"
               " LEFT JOIN question q ON q.id = r.question_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY CASE s.area {area_order} ELSE 99 END, s.date, s.title, s.id,"
                 " q.position IS NULL, q.position, r.position, r.rowid")
        consolidated = self._consolidated()
        return [_rec(r, consolidated.get(r["id"], ())) for r in self._book.store.query(sql, args)]

    def grouped(self, flt: RecommendationFilter | None = None) -> list[AreaGroup]:
        """The same list grouped by area, then by (session, question); general recommendations last per session."""
        recs = self.list(flt)
        sessions = {s.id: s for s in self._book.sessions()}
        questions = {r["id"]: question_of(r) for r in self._book.store.query("SELECT * FROM question")}
        areas: dict[str, list[QuestionGroup]] = {}
        current: tuple[str, str | None] | None = None
        bucket: list[SeriesRecommendation] = []

        def flush() -> None:
            if current is not None and bucket:
                session = sessions[current[0]]
                areas.setdefault(session.area, []).append(
                    QuestionGroup(session, questions.get(current[1]) if current[1] else None, tuple(bucket)))

        for r in recs:
            key = (r.session_id, r.question_id)
            if key != current:
                flush()
                current, bucket = key, []
            bucket.append(r)
        flush()
        return [AreaGroup(area, tuple(groups)) for area, groups in areas.items()]

    def get(self, recommendation_id: str) -> SeriesRecommendation:
        found = self._book.store.query("SELECT * FROM recommendation WHERE id=?", (recommendation_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "No recommendation with the id “{id}” is in the workbook."), id=recommendation_id),
                "recommendation")
        return _rec(found[0], self._consolidated().get(recommendation_id, ()))

    def revisions(self, recommendation_id: str) -> list[Revision]:
        return [Revision(r["id"], r["recommendation_id"], r["number"], r["text"], r["language"], r["status"],
                         r["created"]) for r in self._book.store.query(
            "SELECT * FROM recommendation_revision WHERE recommendation_id=? ORDER BY number", (recommendation_id,))]

    def changes(self, recommendation_id: str | None = None) -> list[SourceChange]:
        """What newer files did to this recommendation (or to any), oldest first."""
        sql = "SELECT * FROM source_change"
        args: tuple = ()
        if recommendation_id is not None:
            sql += " WHERE recommendation_id=?"
            args = (recommendation_id,)
        consolidated = self._consolidated()
        return [SourceChange(r["session_id"], r["recommendation_id"], r["change"], r["old_text"], r["new_text"],
                             r["old_status"], r["new_status"], r["new_source_file_id"], r["noted_at"],
                             consolidated.get(r["recommendation_id"], ()))
                for r in self._book.store.query(sql + " ORDER BY id", args)]
