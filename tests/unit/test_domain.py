"""The domain rules, entities and statistics, with hand-made values (no SQL, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sahel_panel.domain import rules, stats
from sahel_panel.domain.model import (
    AREAS,
    CATEGORIES,
    GENDERS,
    KINDS,
    MAX_NAME,
    MAX_TEXT,
    STATUSES,
    DomainError,
    Question,
    SessionInfo,
    Speaker,
    Turn,
)

T0 = datetime(2023, 3, 11, 11, 30, tzinfo=UTC)


def iso(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat(timespec="milliseconds")


# -- value sets --------------------------------------------------------------
@pytest.mark.parametrize(
    ("check", "allowed", "field"),
    [
        (rules.area, AREAS, "area"),
        (rules.category, CATEGORIES, "category"),
        (rules.gender, GENDERS, "gender"),
        (rules.kind, KINDS, "kind"),
        (rules.status, STATUSES, "status"),
        (rules.language, ("en", "fr", "ar"), "language"),
    ],
)
def test_choices_accept_every_allowed_value_and_name_the_field(check, allowed, field) -> None:
    for value in allowed:
        assert check(value) == value
    for bad in ("", "Security", "unknown", " en", None):
        with pytest.raises(DomainError) as err:
            check(bad)
        assert err.value.field == field
        assert field in str(err.value)


def test_value_sets_match_the_issue() -> None:
    assert AREAS == ("environment", "community", "security", "education", "development", "other")
    assert set(GENDERS) == {"woman", "man", "other", "not_stated"}
    assert set(STATUSES) == {"draft", "proposed", "agreed", "withdrawn"}
    assert set(KINDS) == {"statement", "question", "answer", "point_of_order"}
    assert len(CATEGORIES) == 8 and "moderator" in CATEGORIES


def test_languages_dedupes_keeps_order_and_refuses_empty_or_unknown() -> None:
    assert rules.languages(["fr", "ar", "fr"]) == ("fr", "ar")
    assert rules.languages(("en",)) == ("en",)
    with pytest.raises(DomainError) as err:
        rules.languages([])
    assert err.value.field == "languages"
    with pytest.raises(DomainError) as err:
        rules.languages(["en", "de"])
    assert err.value.field == "languages"


def test_name_strips_and_bounds() -> None:
    assert rules.name("  Amina Diallo ") == "Amina Diallo"
    assert rules.name("عادل العسومي") == "عادل العسومي"
    for bad in ("", "   ", None):
        with pytest.raises(DomainError) as err:
            rules.name(bad, "title")  # type: ignore[arg-type]
        assert err.value.field == "title"
    assert rules.name("x" * MAX_NAME) == "x" * MAX_NAME
    with pytest.raises(DomainError):
        rules.name("x" * (MAX_NAME + 1))


def test_short_text_allows_empty_but_bounds_length() -> None:
    assert rules.short_text("", "venue") == ""
    assert rules.short_text(None, "venue") == ""  # type: ignore[arg-type]
    assert rules.short_text(" Grand Hall E ", "room") == "Grand Hall E"
    with pytest.raises(DomainError) as err:
        rules.short_text("y" * (MAX_NAME + 1), "room")
    assert err.value.field == "room"


def test_text_is_kept_exactly_as_typed() -> None:
    typed = "  <b>Sécurité</b>\n\tالأمن 😀\x00 \u202e "
    assert rules.text(typed) == typed
    assert rules.text("x" * MAX_TEXT) == "x" * MAX_TEXT
    for bad in ("", " \n\t", None):
        with pytest.raises(DomainError) as err:
            rules.text(bad)  # type: ignore[arg-type]
        assert err.value.field == "text"
    with pytest.raises(DomainError):
        rules.text("x" * (MAX_TEXT + 1))


def test_date() -> None:
    assert rules.date("2023-03-11") == "2023-03-11"
    assert rules.date("") == ""
    assert rules.date("2024-02-29") == "2024-02-29"
    for bad in ("11/03/2023", "2023-3-11", "2023-13-01", "2023-00-10", "2023-03-32", "2023-02-30",
                "2023-02-29", "2023-04-31", "20230311", "2023-03-11T14:30"):
        with pytest.raises(DomainError) as err:
            rules.date(bad)
        assert err.value.field == "date", bad


def test_clock_time_and_schedule() -> None:
    assert rules.clock_time("14:30", "start") == "14:30"
    assert rules.clock_time("", "start") == ""
    assert rules.clock_time("00:00", "start") == "00:00"
    assert rules.clock_time("23:59", "end") == "23:59"
    for bad in ("24:00", "9:30", "14:60", "14h30", "14:30:00"):
        with pytest.raises(DomainError) as err:
            rules.clock_time(bad, "end")
        assert err.value.field == "end"
    rules.schedule("14:30", "17:30")
    rules.schedule("", "17:30")
    rules.schedule("14:30", "")
    for start, end in (("17:30", "14:30"), ("14:30", "14:30")):
        with pytest.raises(DomainError) as err:
            rules.schedule(start, end)
        assert err.value.field == "end"
    with pytest.raises(DomainError) as err:
        rules.schedule("2pm", "17:30")
    assert err.value.field == "start"


def test_tags() -> None:
    assert rules.tags(["security", " youth ", "", "security", "الأمن"]) == ("security", "youth", "الأمن")
    assert rules.tags(()) == ()
    assert rules.tags(["x" * 60]) == ("x" * 60,)
    for bad in (["two words"], ["a,b"], ["a;b"], ["x" * 61]):
        with pytest.raises(DomainError) as err:
            rules.tags(bad)
        assert err.value.field == "tags"


def test_question_texts() -> None:
    assert rules.question_texts({"en": " Q? ", "fr": "", "ar": "  "}) == {"en": "Q?"}
    assert rules.question_texts({"ar": "سؤال"}) == {"ar": "سؤال"}
    with pytest.raises(DomainError) as err:
        rules.question_texts({"en": " ", "fr": ""})
    assert err.value.field == "text"
    with pytest.raises(DomainError):
        rules.question_texts({})
    with pytest.raises(DomainError):
        rules.question_texts({"de": "Frage"})
    with pytest.raises(DomainError) as err:
        rules.question_texts({"fr": "x" * (MAX_TEXT + 1)})
    assert err.value.field == "text.fr"


# -- entities ----------------------------------------------------------------
def test_question_display_falls_back_in_order() -> None:
    q = Question(id="q", position=1, text={"en": "Threats?", "ar": "التهديدات؟"})
    assert q.display("en") == ("Threats?", "en")
    assert q.display("ar") == ("التهديدات؟", "ar")
    assert q.display("fr") == ("Threats?", "en")
    assert q.display("fr", fallbacks=("ar", "en")) == ("التهديدات؟", "ar")
    only_fr = Question(id="q", position=1, text={"fr": "Menaces ?", "en": "   "})
    assert only_fr.display("en") == ("Menaces ?", "fr")
    assert Question(id="q", position=1).display("ar") == ("", "ar")


def test_turn_seconds() -> None:
    closed = Turn("t", "s", None, iso(0), iso(95.5))
    assert not closed.is_open
    assert closed.seconds() == 95.5
    assert closed.seconds(T0 + timedelta(hours=5)) == 95.5  # now does not matter once closed
    open_turn = Turn("t", "s", "q", iso(10))
    assert open_turn.is_open
    assert open_turn.seconds() == 0.0
    assert open_turn.seconds(T0 + timedelta(seconds=70)) == 60.0
    assert open_turn.seconds(T0) == 0.0  # a clock behind the start never gives negative time
    backwards = Turn("t", "s", None, iso(50), iso(40))
    assert backwards.seconds() == 0.0
    # Offsets other than UTC compare as instants.
    manama = Turn("t", "s", None, "2023-03-11T14:30:00.000+03:00", "2023-03-11T11:31:00.000+00:00")
    assert manama.seconds() == 60.0


def test_speaker_label_and_session_schedule() -> None:
    assert Speaker("s", "Amina Diallo", title="Hon.").label() == "Hon. Amina Diallo"
    assert Speaker("s", "Amina Diallo").label() == "Amina Diallo"
    info = SessionInfo(id="x", title="t", start="14:30", end="17:30")
    assert info.scheduled_minutes() == 180
    assert SessionInfo(id="x", title="t", start="14:30").scheduled_minutes() is None


# -- statistics --------------------------------------------------------------
def _people() -> list[Speaker]:
    return [
        Speaker("mp", "MP", category="parliamentarian", gender="woman", age_group="under_45"),
        Speaker("un", "UN", category="international_organisation", gender="man", age_group="45_and_over"),
        Speaker("cs", "CS", category="civil_society", gender="woman"),
        Speaker("mod", "Moderator", category="moderator", gender="not_stated"),
    ]


def _questions() -> list[Question]:
    # Deliberately out of order: coverage must follow positions.
    return [Question("q2", 2, {"en": "Two"}), Question("q1", 1, {"en": "One"}), Question("q3", 3, {"fr": "Trois"})]


def test_statistics_by_category_gender_and_youth() -> None:
    turns = [
        Turn("t1", "mp", "q1", iso(0), iso(120)),
        Turn("t2", "un", "q1", iso(120), iso(300)),
        Turn("t3", "mp", "q2", iso(300), iso(360)),
        Turn("t4", "cs", "q2", iso(360), iso(400)),
        Turn("t5", "ghost", "q2", iso(400), iso(500)),  # speaker not in the list: ignored
    ]
    s = stats.compute(_people(), turns, _questions(), [], [])
    assert s.total_turns == 4
    assert s.total_seconds == 400
    assert s.speakers_heard == 3
    assert set(s.by_category) >= set(CATEGORIES)
    mp = s.by_category["parliamentarian"]
    assert (mp.turns, mp.seconds, mp.speakers) == (2, 180, 1)
    assert (s.by_category["international_organisation"].seconds, s.by_category["civil_society"].seconds) == (180, 40)
    assert s.by_category["moderator"].turns == 0
    assert s.by_category["expert"].speakers == 0
    women = s.by_gender["woman"]
    assert (women.turns, women.seconds, women.speakers) == (3, 220, 2)
    assert (s.by_gender["man"].turns, s.by_gender["man"].seconds, s.by_gender["man"].speakers) == (1, 180, 1)
    assert s.by_gender["not_stated"].turns == 0
    assert list(s.by_age) == ["under_45", "45_and_over", "not_stated"]
    assert (s.by_age["under_45"].turns, s.by_age["under_45"].seconds, s.by_age["under_45"].speakers) == (2, 180, 1)
    # The UN speaker is 45 and over; the civil-society one gave no age: not counted as 45 and over.
    over, unknown = s.by_age["45_and_over"], s.by_age["not_stated"]
    assert (over.turns, over.seconds, over.speakers) == (1, 180, 1)
    assert (unknown.turns, unknown.seconds, unknown.speakers) == (1, 40, 1)
    # Buckets add up to the totals along every dimension.
    for table in (s.by_category, s.by_gender, s.by_age):
        assert sum(b.seconds for b in table.values()) == s.total_seconds
        assert sum(b.turns for b in table.values()) == s.total_turns


def test_statistics_open_turn_counts_up_to_now() -> None:
    turns = [Turn("t1", "mp", "q1", iso(0), iso(60)), Turn("t2", "un", "q2", iso(60))]
    now = T0 + timedelta(seconds=150)
    s = stats.compute(_people(), turns, _questions(), [], [], now=now)
    assert s.total_seconds == 150
    assert s.by_category["international_organisation"].seconds == 90
    cov = {c.question_id: c for c in s.coverage}
    assert cov["q2"].seconds == 90
    # Without a "now", an open turn contributes no time yet but is still a turn.
    s0 = stats.compute(_people(), turns, _questions(), [], [])
    assert s0.total_seconds == 60 and s0.total_turns == 2


def test_coverage_counts_and_withdrawn_recommendations_do_not_count() -> None:
    turns = [Turn("t1", "mp", "q1", iso(0), iso(30)), Turn("t2", "cs", None, iso(30), iso(40))]
    contribution_questions = ["q1", "q1", None, "q2"]
    recommendation_states = [
        ("q1", "agreed"), ("q1", "draft"), ("q1", "withdrawn"),
        ("q3", "withdrawn"),  # the only one of q3: q3 stays unaddressed
        (None, "proposed"), (None, "withdrawn"),
    ]
    s = stats.compute(_people(), turns, _questions(), contribution_questions, recommendation_states)
    assert [c.question_id for c in s.coverage] == ["q1", "q2", "q3"]
    assert [c.position for c in s.coverage] == [1, 2, 3]
    by = {c.question_id: c for c in s.coverage}
    assert (by["q1"].contributions, by["q1"].recommendations, by["q1"].seconds) == (2, 2, 30)
    assert (by["q2"].contributions, by["q2"].recommendations, by["q2"].seconds) == (1, 0, 0)
    assert (by["q3"].contributions, by["q3"].recommendations) == (0, 0)
    assert by["q1"].addressed and by["q2"].addressed and not by["q3"].addressed
    assert [c.question_id for c in s.unaddressed()] == ["q3"]
    assert s.general_recommendations == 1


def test_statistics_of_nothing() -> None:
    s = stats.compute([], [], [], [], [])
    assert s.total_turns == 0 and s.total_seconds == 0 and s.speakers_heard == 0
    assert s.coverage == [] and s.unaddressed() == [] and s.general_recommendations == 0
    assert all(b.turns == 0 for b in s.by_gender.values())


def test_statistics_accept_generators_and_unknown_values() -> None:
    """Values written by a newer version (an unknown category) are counted, not dropped."""
    people = [Speaker("x", "X", category="observer", gender="man")]
    turns = (t for t in [Turn("t", "x", None, iso(0), iso(10))])
    s = stats.compute(iter(people), turns, iter(_questions()), (q for q in ["q1"]), iter([("q1", "agreed")]))
    assert s.by_category["observer"].seconds == 10
    assert s.coverage[0].contributions == 1 and s.coverage[0].recommendations == 1
