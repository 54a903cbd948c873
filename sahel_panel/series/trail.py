"""Where a consolidated recommendation came from, who backed it, and the series' participation figures.

    book.trail(consolidated_id) -> Trail
        every source recommendation (the revision merged and its text then; its latest
        state; whether a newer file changed it or no longer holds it), its session and
        file (name, SHA-256, when added), its question, and the contributions and
        speakers behind it
    book.support(consolidated_id) -> Support
        panels that raised it, people behind it by category, gender and age group, countries
    book.statistics() -> SeriesStatistics
        sessions, people, turns, speaking time by category, gender and age group, per session
        and overall; a person who spoke at two panels counts once overall
"""

from __future__ import annotations

import json

from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES, GENDERS, Contribution, Speaker
from sahel_panel.series.model import (
    Bucket,
    Figures,
    SeriesStatistics,
    SessionFigures,
    Support,
    Trail,
    TrailContribution,
    TrailSource,
)
from sahel_panel.series.recommendations import question_of


def _speaker(r: dict) -> Speaker:
    return Speaker(id=r["id"], name=r["name"], title=r["title"], organisation=r["organisation"],
                   country=r["country"], category=r["category"], gender=r["gender"], age_group=r["age_group"], role=r["role"],
                   created=r["created"], updated=r["updated"])


def _contribution(r: dict) -> Contribution:
    return Contribution(id=r["id"], speaker_id=r["speaker_id"], question_id=r["question_id"], text=r["text"],
                        language=r["language"], kind=r["kind"], tags=tuple(json.loads(r["tags"] or "[]")),
                        recorded_at=r["recorded_at"], created=r["created"], updated=r["updated"])


def trail(book, consolidated_id: str) -> Trail:  # noqa: ANN001 - Workbook
    c = book.consolidated.get(consolidated_id)
    sessions = {s.id: s for s in book.sessions()}
    files = {f.id: f for f in book.source_files()}
    store = book.store
    steps = []
    for link in c.sources:
        rec = book.recommendations.get(link.recommendation_id)
        question = None
        if rec.question_id:
            found = store.query("SELECT * FROM question WHERE id=?", (rec.question_id,))
            question = question_of(found[0]) if found else None
        contributions = []
        for r in store.query(
            "SELECT c.*, sp.id AS sp_id, sp.name AS sp_name, sp.title AS sp_title, sp.organisation AS sp_org,"
            " sp.country AS sp_country, sp.category AS sp_category, sp.gender AS sp_gender, sp.age_group AS sp_age,"
            " sp.role AS sp_role,"
            " sp.created AS sp_created, sp.updated AS sp_updated, sp.person_id AS sp_person"
            " FROM recommendation_source rs JOIN contribution c ON c.id = rs.contribution_id"
            " LEFT JOIN speaker sp ON sp.id = c.speaker_id WHERE rs.recommendation_id=?"
            " ORDER BY c.recorded_at, c.rowid", (rec.id,)):
            speaker = None
            if r["sp_id"]:
                speaker = _speaker({"id": r["sp_id"], "name": r["sp_name"], "title": r["sp_title"],
                                    "organisation": r["sp_org"], "country": r["sp_country"],
                                    "category": r["sp_category"], "gender": r["sp_gender"],
                                    "age_group": r["sp_age"], "role": r["sp_role"], "created": r["sp_created"], "updated": r["sp_updated"]})
            contributions.append(TrailContribution(_contribution(r), speaker, r["sp_person"]))
        changed = (rec.latest_revision != link.revision_number or rec.text != link.merged_text
                   or not rec.in_latest_file)
        steps.append(TrailSource(
            recommendation=rec, merged=link, changed_since_merged=changed, session=sessions[rec.session_id],
            source_file=files[rec.source_file_id], question=question, contributions=tuple(contributions),
            changes=tuple(book.recommendations.changes(rec.id))))
    return Trail(c, tuple(steps))


def support(book, consolidated_id: str) -> Support:  # noqa: ANN001 - Workbook
    c = book.consolidated.get(consolidated_id)
    ids = [s.recommendation_id for s in c.sources]
    store = book.store
    sessions = [r[0] for r in store.db.execute(
        "SELECT DISTINCT r.session_id FROM recommendation r JOIN session s ON s.id = r.session_id"
        " WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY s.date, s.title", (json.dumps(ids),))]
    people: dict[str, dict] = {}
    for r in store.query(
        "SELECT DISTINCT sp.person_id, sp.category, sp.gender, sp.age_group, sp.country FROM recommendation_source rs"
        " JOIN contribution c ON c.id = rs.contribution_id JOIN speaker sp ON sp.id = c.speaker_id"
        " WHERE rs.recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY sp.rowid", (json.dumps(ids),)):
        people.setdefault(r["person_id"], r)
    by_category: dict[str, int] = {}
    by_gender: dict[str, int] = {}
    by_age = {a: 0 for a in AGE_GROUPS}
    countries: set[str] = set()
    for p in people.values():
        by_category[p["category"]] = by_category.get(p["category"], 0) + 1
        by_gender[p["gender"]] = by_gender.get(p["gender"], 0) + 1
        by_age[p["age_group"]] = by_age.get(p["age_group"], 0) + 1
        if p["country"].strip():
            countries.add(p["country"].strip())
    return Support(panels=len(sessions), session_ids=tuple(sessions), speakers=len(people),
                   by_category=by_category, by_gender=by_gender, by_age=by_age,
                   countries=tuple(sorted(countries, key=str.casefold)))


def _empty_figures() -> Figures:
    return Figures(by_category={c: Bucket() for c in CATEGORIES}, by_gender={g: Bucket() for g in GENDERS},
                   by_age={a: Bucket() for a in AGE_GROUPS})


def _fill(figures: Figures, turns: list[dict], registered: set[str]) -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    heard: set[str] = set()
    for t in turns:
        figures.turns += 1
        figures.seconds += t["seconds"]
        heard.add(t["person_id"])
        for table, key, dim in ((figures.by_category, t["category"], "c"), (figures.by_gender, t["gender"], "g"),
                                (figures.by_age, t["age_group"], "a")):
            bucket = table.setdefault(key, Bucket())
            bucket.turns += 1
            bucket.seconds += t["seconds"]
            people = seen.setdefault((dim, key), set())
            if t["person_id"] not in people:
                people.add(t["person_id"])
                bucket.speakers += 1
    figures.speakers = len(registered)
    figures.speakers_heard = len(heard)


def statistics(book) -> SeriesStatistics:  # noqa: ANN001 - Workbook
    store = book.store
    turns = store.query(
        "SELECT t.session_id, t.seconds, sp.person_id, sp.category, sp.gender, sp.age_group FROM turn t"
        " JOIN speaker sp ON sp.id = t.speaker_id ORDER BY t.session_id, t.started_at")
    registered: dict[str, set[str]] = {}
    for sid, pid in store.db.execute("SELECT session_id, person_id FROM speaker WHERE in_latest_file=1"):
        registered.setdefault(sid, set()).add(pid)
    by_session: dict[str, list[dict]] = {}
    for t in turns:
        by_session.setdefault(t["session_id"], []).append(t)
    per_session = []
    for session in book.sessions():
        figures = _empty_figures()
        figures.sessions = 1
        _fill(figures, by_session.get(session.id, []), registered.get(session.id, set()))
        per_session.append(SessionFigures(session, figures))
    overall = _empty_figures()
    overall.sessions = len(per_session)
    _fill(overall, turns, set().union(*registered.values()) if registered else set())
    return SeriesStatistics(tuple(per_session), overall)
