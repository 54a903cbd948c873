"""The speaking-time rules every timer shows: when amber, when red, and what the limit may be."""

from __future__ import annotations

import pytest

from sahel_panel.domain.speaking_time import NEAR, NORMAL, OVER, SPEAKING_LIMIT, timer_state, timer_text


@pytest.mark.parametrize(("seconds", "limit", "state"), [
    (0, 300, NORMAL), (239, 300, NORMAL), (240, 300, NEAR), (300, 300, NEAR), (301, 300, OVER),  # last fifth
    (89, 120, NORMAL), (90, 120, NEAR), (121, 120, OVER),  # a short limit still warns 30 s ahead
    (29, 60, NORMAL), (30, 60, NEAR), (61, 60, OVER),
    (10_000, None, NORMAL), (10_000, 0, NORMAL),  # no limit: never a colour
])
def test_amber_in_the_last_fifth_at_least_thirty_seconds_red_past_the_limit(seconds, limit, state) -> None:
    assert timer_state(seconds, limit) == state


@pytest.mark.parametrize(("stored", "limit"), [
    (300, 300), (0, None), (-5, None), (30, 60), (89, 60), (91, 120), (7200, 3600), ("420", 420),
    ("nonsense", 300), (None, 300),
])
def test_the_limit_setting_reads_whole_minutes_within_bounds_and_zero_as_none(stored, limit) -> None:
    assert SPEAKING_LIMIT.clean(stored) == limit


def test_no_limit_is_stored_as_its_own_value_never_as_a_minute() -> None:
    assert SPEAKING_LIMIT.stored(None) == SPEAKING_LIMIT.none == 0
    assert SPEAKING_LIMIT.stored(60) == 60 and SPEAKING_LIMIT.stored(10) == 60
    assert SPEAKING_LIMIT.clean(SPEAKING_LIMIT.stored(None)) is None


def test_timer_text() -> None:
    assert [timer_text(s) for s in (0, 5.9, 95, 3599, 3600, 3725, -3)] == [
        "00:00", "00:05", "01:35", "59:59", "1:00:00", "1:02:05", "00:00"]
