"""The one place that turns stored UTC timestamps into the venue's local time.

The session file stores every moment in UTC (unambiguous, mergeable across
rapporteurs); a session names its venue's time zone (an IANA name such as
``Asia/Bahrain``). Everything a person reads -- the window's clocks, the
report, the DOCX, the JSON -- shows times in that zone, whatever the zone
of the computer that displays or exports them: a secretariat officer in
Geneva exporting a Manama session must read 14:33, not 12:33.

Qt-free and SQL-free (domain layer). An empty zone name means "this
computer's zone", which is what files written before the field existed
showed; an unknown name falls back to it too rather than failing a report.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "is_valid_zone",
    "local",
    "local_clock",
    "local_date",
    "local_iso",
    "local_zone_name",
    "offset_label",
    "utc_from_local",
    "zone",
]

Stamp = str | datetime


def local_zone_name() -> str:
    """IANA name of this computer's time zone (``TZ`` honoured), ``"UTC"`` when it cannot be told.

    Used as the default zone of a new session: the rapporteur's laptop
    usually runs at the venue's time when the session is created there.
    """
    env = os.environ.get("TZ", "").lstrip(":")
    if env and is_valid_zone(env):
        return env
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - any failure of the platform lookup means "unknown"
        name = None
    if name and is_valid_zone(name):
        return name
    return "UTC"


@lru_cache(maxsize=256)
def is_valid_zone(name: str) -> bool:
    """True when ``name`` is an IANA zone this computer's (or tzdata's) database knows."""
    if not name or name != name.strip() or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def zone(name: str | None) -> tzinfo:
    """The tzinfo of ``name``; empty or unknown names give this computer's zone (looked up each time)."""
    if name and is_valid_zone(name):
        return ZoneInfo(name)  # ZoneInfo keeps its own cache of zones
    fallback = local_zone_name()
    return ZoneInfo(fallback) if fallback != "UTC" else UTC


def _moment(stamp: Stamp) -> datetime | None:
    if isinstance(stamp, datetime):
        moment = stamp
    else:
        try:
            moment = datetime.fromisoformat(stamp)
        except (TypeError, ValueError):
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local(stamp: Stamp, zone_name: str | None) -> datetime | None:
    """The moment ``stamp`` (ISO text or aware datetime; naive means UTC) in the zone; None if unreadable."""
    moment = _moment(stamp)
    return None if moment is None else moment.astimezone(zone(zone_name))


def local_clock(stamp: Stamp, zone_name: str | None, seconds: bool = False) -> str:
    """``"14:33"`` (or ``"14:33:05"``) at the venue; empty text when the stamp is unreadable."""
    moment = local(stamp, zone_name)
    if moment is None:
        return ""
    return moment.strftime("%H:%M:%S" if seconds else "%H:%M")


def local_date(stamp: Stamp, zone_name: str | None) -> date | None:
    """The venue's calendar date of ``stamp`` (a late evening in UTC may be the next day there)."""
    moment = local(stamp, zone_name)
    return None if moment is None else moment.date()


def local_iso(stamp: Stamp, zone_name: str | None) -> str:
    """ISO 8601 with the venue's offset (``2023-03-11T14:33:00.000+03:00``): still unambiguous, read locally.

    Unreadable input is returned unchanged, so exports never lose what was stored.
    """
    moment = local(stamp, zone_name)
    if moment is None:
        return stamp if isinstance(stamp, str) else ""
    return moment.isoformat(timespec="milliseconds")


def utc_from_local(day: date | str, hhmm: str, zone_name: str | None) -> datetime | None:
    """The UTC moment of a venue wall-clock time (a schedule's ``14:30`` on its date); None if unreadable."""
    try:
        d = day if isinstance(day, date) else date.fromisoformat(day)
        h, m = (int(x) for x in hhmm.split(":"))
        wall = datetime.combine(d, time(h, m), tzinfo=zone(zone_name))
    except (TypeError, ValueError):
        return None
    return wall.astimezone(UTC)


def offset_label(zone_name: str | None, when: Stamp | None = None) -> str:
    """``"UTC+03:00"`` for the zone at ``when`` (default: now); ``"UTC"`` for a zero offset."""
    moment = _moment(when) if when is not None else datetime.now(UTC)
    if moment is None:
        moment = datetime.now(UTC)
    offset = moment.astimezone(zone(zone_name)).utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
