"""The venue's clock: stored UTC shown in the session's zone, whatever the computer's zone."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

from sahel_panel.domain import clock


def test_utc_stamp_shown_at_the_venue():
    assert clock.local_clock("2023-03-11T11:33:00.000+00:00", "Asia/Bahrain") == "14:33"
    assert clock.local_clock("2023-03-11T11:33:05+00:00", "Asia/Bahrain", seconds=True) == "14:33:05"
    assert clock.local_clock("2023-03-11T11:33:00", "Asia/Bahrain") == "14:33"  # naive means UTC
    assert clock.local_iso("2023-03-11T11:33:00.000+00:00", "Asia/Bahrain") == "2023-03-11T14:33:00.000+03:00"


def test_venue_date_can_differ_from_utc_date():
    assert clock.local_date("2023-03-11T22:30:00+00:00", "Asia/Bahrain") == date(2023, 3, 12)
    assert clock.local_date("2023-03-11T22:30:00+00:00", "America/New_York") == date(2023, 3, 11)


def test_daylight_saving_follows_the_date():
    assert clock.offset_label("Europe/Zurich", "2023-01-15T12:00:00+00:00") == "UTC+01:00"
    assert clock.offset_label("Europe/Zurich", "2023-07-15T12:00:00+00:00") == "UTC+02:00"
    assert clock.offset_label("Asia/Kolkata", "2023-07-15T12:00:00+00:00") == "UTC+05:30"
    assert clock.offset_label("UTC", "2023-07-15T12:00:00+00:00") == "UTC"


def test_schedule_to_utc():
    assert clock.utc_from_local("2023-03-11", "14:30", "Asia/Bahrain") == datetime(2023, 3, 11, 11, 30, tzinfo=UTC)
    assert clock.utc_from_local("not a date", "14:30", "Asia/Bahrain") is None


def test_unreadable_input_never_raises():
    assert clock.local_clock("garbage", "Asia/Bahrain") == ""
    assert clock.local_iso("garbage", "Asia/Bahrain") == "garbage"
    assert clock.local("", "Asia/Bahrain") is None


def test_zone_names_are_checked():
    assert clock.is_valid_zone("Asia/Bahrain")
    assert clock.is_valid_zone("UTC")
    for bad in ("", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", " Asia/Bahrain", "x" * 100):
        assert not clock.is_valid_zone(bad), bad


def test_empty_or_unknown_zone_is_this_computers(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Zurich")
    assert clock.local_zone_name() == "Europe/Zurich"
    assert clock.local_clock("2023-03-11T11:33:00+00:00", "") == "12:33"
    assert clock.local_clock("2023-03-11T11:33:00+00:00", "Mars/Olympus") == "12:33"
    assert clock.local_clock("2023-03-11T11:33:00+00:00", "Asia/Bahrain") == "14:33"


def test_venue_time_does_not_follow_the_process_zone():
    """Run in a child with another TZ: the process's own zone must not leak into venue times."""
    code = ("from sahel_panel.domain import clock;"
            "print(clock.local_clock('2023-03-11T11:33:00+00:00', 'Asia/Bahrain'), clock.local_zone_name())")
    for tz in ("Europe/Zurich", "America/Los_Angeles", "Asia/Tokyo"):
        out = subprocess.run([sys.executable, "-c", code], env={"TZ": tz, "PATH": ""}, capture_output=True,
                             text=True, check=True).stdout.split()
        assert out == ["14:33", tz]
