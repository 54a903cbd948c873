"""Consolidating a series: listing and filters, merge/split/edit/move with their inverse calls, the trail,
support figures, statistics, people — and a newer snapshot replacing a session under consolidations."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_panel.domain.model import DomainError
from sahel_panel.series import RecommendationFilter, Workbook
from sahel_panel.services import SessionService
from tests.unit.series_sessions import AREAS, area_session, snapshot_of


@pytest.fixture
def series(tmp_path: Path) -> tuple[Workbook, dict[str, Path]]:
    live = tmp_path / "live"
    live.mkdir()
    sessions = {area: area_session(live, area) for area in AREAS}
    book = Workbook.create(tmp_path / "call.sahelbook", title="The Call of the Sahel")
    assert book.add_files([snapshot_of(p, tmp_path) for p in sessions.values()]).ok
    yield book, sessions
    book.close()


def _find(book: Workbook, text: str) -> str:
    found = book.recommendations.list(RecommendationFilter(text=text))
    assert len(found) == 1, [r.text for r in found]
    return found[0].id


def test_all_recommendations_grouped_by_area_and_question(series) -> None:
    book, _ = series
    groups = book.recommendations.grouped()
    assert [g.area for g in groups] == list(AREAS)
    env = groups[0].groups
    assert [g.question.position for g in env] == [1, 2]
    assert all(len(g.recommendations) == 2 for g in env)
    community = groups[1].groups
    assert community[-1].question is None  # the general recommendation comes last
    assert sum(len(q.recommendations) for g in groups for q in g.groups) == 17


def test_filters_by_session_status_language_category_and_folded_text(series) -> None:
    book, _ = series
    security = next(s for s in book.sessions() if s.area == "security")
    assert len(book.recommendations.list(RecommendationFilter(session_ids=(security.id,)))) == 4
    assert {r.status for r in book.recommendations.list(RecommendationFilter(statuses=("draft",)))} == {"draft"}
    arabic = book.recommendations.list(RecommendationFilter(languages=("ar",)))
    assert len(arabic) == 5 and all(r.language == "ar" for r in arabic)
    experts = book.recommendations.list(RecommendationFilter(speaker_categories=("expert",)))
    assert {r.text for r in experts} == {"Give women and young people a seat in local security committees.",
                                          "تخصيص نسبة من موازنات الأمن لبرامج الوقاية وتشغيل الشباب."}
    assert len(book.recommendations.list(RecommendationFilter(text="securite"))) == 1  # "sécurité", accents folded
    folded = book.recommendations.list(RecommendationFilter(text="الامن"))  # hamza folded: finds الأمن
    assert len(folded) == 2 and all("الأمن" in r.text for r in folded)
    assert len(book.recommendations.list(RecommendationFilter(text='seat AND ("'))) == 2  # input is data, not syntax
    combined = RecommendationFilter(languages=("en",), statuses=("agreed",), text="seat")
    assert len(book.recommendations.list(combined)) == 2


def test_merge_in_three_languages_numbered_in_area_chapters(series) -> None:
    book, _ = series
    a = _find(book, "young people a seat")
    b = _find(book, "women and youth a seat")
    c = book.consolidated.merge([a, b], texts={
        "en": "Give women and young people a seat in local security committees.",
        "fr": "Donner aux femmes et aux jeunes une place dans les comités locaux de sécurité.",
        "ar": "منح النساء والشباب مقعداً في لجان الأمن المحلية."})
    assert set(c.texts) == {"en", "fr", "ar"} and c.number == 1
    chapter = book.chapters.get(c.chapter_id)
    assert chapter.area == "community" and chapter.titles["fr"] == "Communautés locales"
    assert [s.revision_number for s in c.sources] == [2, 2]  # drafted, then its status set: revision 2 merged
    oversight = book.consolidated.merge([_find(book, "oversight")])
    assert oversight.texts == {"en": "Establish joint parliamentary oversight of defence and security budgets."}
    assert book.chapters.get(oversight.chapter_id).area == "security" and oversight.number == 2
    assert book.recommendations.get(a).consolidated_ids == (c.id,)
    unconsolidated = book.recommendations.list(RecommendationFilter(unconsolidated_only=True))
    assert len(unconsolidated) == 14 and a not in {r.id for r in unconsolidated}


def test_a_failed_merge_changes_nothing(series) -> None:
    book, _ = series
    a = _find(book, "oversight")
    with pytest.raises(DomainError, match="no-such-id"):
        book.consolidated.merge([a, "no-such-id"])
    with pytest.raises(DomainError, match="language"):
        book.consolidated.merge([a], texts={"de": "Text"})
    assert book.consolidated.list() == [] and book.chapters.list() == []


def test_merge_unmerge_restore_are_exact_inverses(series) -> None:
    book, _ = series
    c = book.consolidated.merge([_find(book, "oversight"), _find(book, "réseau") if False else
                                 _find(book, "شبكة")], texts={"en": "Oversee security budgets together."})
    book.consolidated.set_text(c.id, "fr", "Contrôler ensemble les budgets de sécurité.")
    before = book.consolidated.get(c.id)
    history = book.consolidated.revisions(c.id)
    removed = book.consolidated.unmerge(c.id)
    assert book.consolidated.list() == []
    with pytest.raises(DomainError):
        book.consolidated.get(c.id)
    assert book.consolidated.restore(removed) == before
    assert book.consolidated.revisions(c.id) == history


def test_each_language_is_edited_separately_with_revisions_and_undo(series) -> None:
    book, _ = series
    c = book.consolidated.merge([_find(book, "oversight")])
    r1 = book.consolidated.set_text(c.id, "ar", "إنشاء رقابة برلمانية مشتركة على موازنات الدفاع والأمن.")
    r2 = book.consolidated.set_text(c.id, "en", "Establish joint oversight of defence budgets.")
    assert (r1.language, r1.number, r2.number) == ("ar", 1, 2)
    current = book.consolidated.get(c.id)
    assert current.texts["en"] == "Establish joint oversight of defence budgets." and "ar" in current.texts
    with pytest.raises(DomainError, match="edited again"):
        book.consolidated.revert_text(c.id, "en", 1)
    book.consolidated.revert_text(c.id, "en", r2.number)  # undo the English edit only
    assert book.consolidated.get(c.id).texts["en"] == "Establish joint parliamentary oversight of defence and security budgets."
    assert book.consolidated.get(c.id).texts["ar"] == r1.text
    book.consolidated.set_text(c.id, "ar", "")  # clearing one language keeps the others
    assert set(book.consolidated.get(c.id).texts) == {"en"}
    with pytest.raises(DomainError, match="at least one language"):
        book.consolidated.set_text(c.id, "en", "  ")
    assert [t.text for t in book.consolidated.revisions(c.id, "ar")] == [r1.text, ""]


def test_split_keeps_or_moves_sources_and_unsplit_undoes_it(series) -> None:
    book, _ = series
    ids = [_find(book, "young people a seat"), _find(book, "women and youth a seat"), _find(book, "chefs traditionnels")]
    c = book.consolidated.merge(ids)
    kept = book.consolidated.split(c.id, [ids[2]], texts={"fr": "Associer les chefs traditionnels."})
    assert kept.position == c.position + 1 and kept.number == 2
    assert len(book.consolidated.get(c.id).sources) == 3  # a source may support several
    assert book.recommendations.get(ids[2]).consolidated_ids == (c.id, kept.id)
    book.consolidated.unsplit(kept.id)
    assert [x.id for x in book.consolidated.list()] == [c.id]
    moved = book.consolidated.split(c.id, [ids[2]], move=True)
    assert [s.recommendation_id for s in book.consolidated.get(c.id).sources] == ids[:2]
    assert moved.texts == {"fr": "Associer les chefs traditionnels aux comités locaux de sécurité."}
    book.consolidated.unsplit(moved.id, into=c.id)
    assert {s.recommendation_id for s in book.consolidated.get(c.id).sources} == set(ids)
    with pytest.raises(DomainError, match="at least one source"):
        book.consolidated.split(c.id, ids, move=True)
    with pytest.raises(DomainError, match="support this"):
        book.consolidated.split(c.id, [_find(book, "oversight")])


def test_sources_added_and_removed_with_inverses(series) -> None:
    book, _ = series
    a, b = _find(book, "oversight"), _find(book, "شبكة")
    c = book.consolidated.merge([a])
    assert book.consolidated.add_sources(c.id, [a, b]) == [b]
    gone = book.consolidated.remove_sources(c.id, [b])
    assert [s.recommendation_id for s in book.consolidated.get(c.id).sources] == [a]
    book.consolidated.restore_sources(c.id, gone)
    assert {s.recommendation_id for s in book.consolidated.get(c.id).sources} == {a, b}
    with pytest.raises(DomainError, match="unmerge"):
        book.consolidated.remove_sources(c.id, [a, b])


def test_outline_chapters_rename_add_reorder_and_move(series) -> None:
    book, _ = series
    sec = book.consolidated.merge([_find(book, "oversight")])
    env = book.consolidated.merge([_find(book, "climate finance")])
    security, environment = book.chapters.list()
    assert (security.area, environment.area) == ("security", "environment")
    assert [c.number for c in book.consolidated.list()] == [1, 2]
    old = book.chapters.move(environment.id, 1)
    assert old == 2 and [c.id for c in book.consolidated.list()] == [env.id, sec.id]  # renumbered
    book.chapters.move(environment.id, old)
    old_titles = book.chapters.rename(security.id, {"en": "Peace and security"})
    assert book.chapters.get(security.id).titles == {"en": "Peace and security", "fr": "Sécurité", "ar": "الأمن"}
    book.chapters.rename(security.id, old_titles)
    assert book.chapters.get(security.id).titles["en"] == "Security"
    preamble = book.chapters.add({"en": "Cross-cutting", "ar": "قضايا شاملة"}, position=1)
    assert [c.id for c in book.chapters.list()][0] == preamble.id
    old_place = book.consolidated.move(env.id, preamble.id, 1)
    assert old_place == (environment.id, 1)
    assert [(c.id, c.number) for c in book.consolidated.list()] == [(env.id, 1), (sec.id, 2)]
    with pytest.raises(DomainError, match="empty chapter"):
        book.chapters.remove(preamble.id)
    book.consolidated.move(env.id, *old_place)
    removed = book.chapters.remove(preamble.id)
    book.chapters.add(removed.titles, removed.position, removed.id, removed.area)
    assert book.chapters.get(preamble.id) == removed
    with pytest.raises(DomainError, match="title"):
        book.chapters.add({"en": "  "})


def test_trail_reaches_revision_session_file_contributions_and_speakers(series) -> None:
    book, _ = series
    a = _find(book, "young people a seat")
    b = _find(book, "women and youth a seat")
    c = book.consolidated.merge([a, b])
    trail = book.trail(c.id)
    assert [s.recommendation.id for s in trail.sources] == [a, b]  # in series order: community before security
    first, second = trail.sources
    assert first.session.area == "community" and first.source_file.file_name == "community-snapshot.sahel"
    assert len(first.source_file.file_sha256) == 64 and first.source_file.added_at
    assert first.merged.revision_number == 2 and first.merged.merged_text == first.recommendation.text
    assert not first.changed_since_merged and first.changes == ()
    assert first.question is not None and first.question.position == 1
    assert [(x.speaker.name, x.speaker.category) for x in first.contributions] == [("Fatima Zahra Benali", "expert")]
    assert [x.speaker.name for x in second.contributions] == ["Elena Caruso"]
    assert second.contributions[0].contribution.text.endswith("(security 4)")


def test_support_counts_panels_people_categories_and_countries(series) -> None:
    book, _ = series
    # Aïssata Diallo backs the climate recommendation (environment) and "AISSATA DIALLO" the security one.
    c = book.consolidated.merge([_find(book, "climate finance"), _find(book, "oversight")])
    support = book.support(c.id)
    assert support.panels == 2
    assert support.speakers == 2  # Aïssata Diallo (counted once) and Jean-Marc Ouédraogo
    assert support.by_category == {"regional_parliamentary_body": 1, "international_organisation": 1}
    assert support.by_gender == {"woman": 1, "man": 1} and support.by_age == {"under_45": 1, "45_and_over": 1, "not_stated": 0}
    assert support.countries == ("Niger",)


def test_series_statistics_count_a_person_once(series) -> None:
    book, _ = series
    stats = book.statistics()
    assert [f.figures.speakers for f in stats.sessions] == [4, 4, 4, 4, 4]
    assert [f.figures.turns for f in stats.sessions] == [4, 4, 4, 4, 4]
    assert stats.overall.sessions == 5 and stats.overall.turns == 20
    assert stats.overall.speakers == 16  # 20 speaker rows, 4 people at two panels
    rpb = stats.overall.by_category["regional_parliamentary_body"]
    assert (rpb.turns, rpb.speakers) == (6, 3)  # Aïssata ×3, al-Asoomi ×2, Elena Caruso ×1
    assert stats.overall.seconds == pytest.approx(sum(f.figures.seconds for f in stats.sessions))
    assert stats.sessions[0].figures.seconds == pytest.approx(120 + 150 + 180 + 210)
    assert stats.overall.by_age["under_45"].speakers == 6  # Aïssata and Mariam Cissé counted once each


def test_people_merged_and_separated_by_hand_with_inverses(series) -> None:
    book, sessions = series
    people = {p.name: p for p in book.people.list()}
    assert len(people["Aïssata Diallo"].session_ids) == 3
    assert len(people["عادل العسومي"].speaker_ids) == 2  # ى/ي and البرلمان العربى folded
    mariam, ibrahim = people["Mariam Cissé"], people["Ibrahim Maïga"]
    merged, before = book.people.merge([mariam.id, ibrahim.id])
    assert merged.id == mariam.id and len(merged.speaker_ids) == 3 and merged.set_by == "hand"
    assert book.statistics().overall.speakers == 15
    book.people.restore(before)
    assert book.statistics().overall.speakers == 16
    speaker = people["Aïssata Diallo"].speaker_ids[0]
    alone, before = book.people.separate(speaker)
    assert alone.speaker_ids == (speaker,) and book.statistics().overall.speakers == 17
    # the hand-made decision survives a newer snapshot of that speaker's session
    owner = next(s for s in sessions.values() if any(x.id == speaker for x in SessionService.open(
        s, read_only=True).speakers.list()))
    with SessionService.open(owner) as s:
        s.speakers.edit(speaker, country="Niger ")
    assert book.add_files([snapshot_of(owner, owner.parent.parent, "newer.sahel")]).ok
    assert book.people.get(alone.id).speaker_ids == (speaker,)
    book.people.restore(before)
    assert book.statistics().overall.speakers == 16


def test_newer_snapshot_replaces_rows_keeps_consolidations_and_lists_what_vanished(series, tmp_path: Path) -> None:
    book, sessions = series
    keep = _find(book, "oversight")
    vanish = _find(book, "women and youth a seat")
    change = _find(book, "commissions d")
    drop = _find(book, "شبكة")  # not consolidated, removed too
    c1 = book.consolidated.merge([keep, vanish])
    c2 = book.consolidated.merge([change])
    with SessionService.open(sessions["security"]) as s:
        s.recommendations.remove(vanish)
        s.recommendations.remove(drop)
        s.recommendations.revise(change, "Créer des commissions d’enquête parlementaires indépendantes.")
        q = s.questions.list()[0]
        s.recommendations.draft("A new recommendation after the panel.", q.id)
    newer = snapshot_of(sessions["security"], tmp_path, "security-newer.sahel")
    outcome = book.add_files([newer]).outcomes[0]
    assert outcome.status == "replaced"
    assert {c.recommendation_id for c in outcome.vanished} == {vanish, drop}
    assert [c.recommendation_id for c in outcome.changed] == [change]
    assert next(c for c in outcome.vanished if c.recommendation_id == vanish).consolidated_ids == (c1.id,)
    assert "2 recommendations no longer in it, 1 changed" in str(outcome.message)
    # consolidations still point at every source; the vanished ones are kept and marked, never dropped
    assert {s.recommendation_id for s in book.consolidated.get(c1.id).sources} == {keep, vanish}
    gone = book.recommendations.get(vanish)
    assert not gone.in_latest_file and gone.text == "Give women and youth a seat in local security committees."
    trail = {s.recommendation.id: s for s in book.trail(c1.id).sources}
    assert trail[vanish].changed_since_merged and not trail[vanish].recommendation.in_latest_file
    assert [x.change for x in trail[vanish].changes] == ["vanished"]
    assert [x.speaker.name for x in trail[vanish].contributions] == ["Elena Caruso"]  # the trail still reaches them
    assert trail[keep].source_file.file_name == "security-newer.sahel"  # its row now comes from the newer file
    assert trail[vanish].source_file.file_name == "security-snapshot.sahel"  # the last file that held it
    changed = book.trail(c2.id).sources[0]
    assert changed.changed_since_merged
    assert changed.merged.merged_text.startswith("Créer des commissions d’enquête parlementaires indépendantes sur")
    assert changed.recommendation.text == "Créer des commissions d’enquête parlementaires indépendantes."
    counts = book.counts()
    assert counts["recommendations"] == 17 - 2 + 1 and counts["vanished"] == 2
    current = book.recommendations.list(RecommendationFilter(include_vanished=False))
    assert vanish not in {r.id for r in current} and len(current) == 16
    assert len(book.recommendations.changes()) == 3
    # the older snapshot again changes nothing: it would undo the newer one
    older = tmp_path / "security-snapshot.sahel"
    again = book.add_files([older]).outcomes[0]
    assert again.status == "unchanged" and "already replaced by “security-newer.sahel”" in str(again.message)
    assert book.counts() == counts
    # an older file never seen is refused
    with SessionService.open(sessions["environment"]) as s:
        s.recommendations.draft("Later words.", None)
    env_new = snapshot_of(sessions["environment"], tmp_path, "env-new.sahel")
    with SessionService.open(sessions["environment"]) as s:
        s.recommendations.draft("Even later words.", None)
    env_newest = snapshot_of(sessions["environment"], tmp_path, "env-newest.sahel")
    assert book.add_files([env_newest]).ok
    refused = book.add_files([env_new]).outcomes[0]
    assert refused.status == "refused" and "older than the copy" in str(refused.message)
