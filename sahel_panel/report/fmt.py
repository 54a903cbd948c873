"""Numbers, dates, times and durations written the way each report language writes them.

Arabic uses Western (European) digits, as the IPU's own Arabic documents do
(the concept note of the 146th Assembly panel writes "11 آذار/مارس 2023،
14:30 - 17:30"), with the double month names of those documents. Digits
stay the same in the PDF, the DOCX and the JSON, so figures can be searched
and compared across the three languages.
"""

from __future__ import annotations

from datetime import date as Date

from sahel_panel.domain import clock as clock_mod
from sahel_panel.report.strings import index

_MONTHS = (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"),
    ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
     "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
)
_WEEKDAYS = (
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
)
NNBSP = "\u202f"  # narrow no-break space: French thousands separator and before ":" "%"


def number(lang: str, value: int) -> str:
    """1,000 (en, ar) or 1 000 (fr)."""
    text = f"{value:,}"
    return text.replace(",", NNBSP) if lang == "fr" else text


def percent(lang: str, part: float, whole: float) -> str:
    """A whole-number share: 35% (en, ar) or 35 % (fr); empty when ``whole`` is zero."""
    if whole <= 0:
        return ""
    value = round(100 * part / whole)
    return f"{value}{NNBSP}%" if lang == "fr" else f"{value}%"


def long_date(lang: str, iso: str) -> str:
    """Saturday 11 March 2023 / samedi 11 mars 2023 / السبت، 11 آذار/مارس 2023; the raw text if unparsable."""
    try:
        d = Date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    i = index(lang)
    day, month = _WEEKDAYS[i][d.weekday()], _MONTHS[i][d.month - 1]
    if lang == "ar":
        return f"{day}، {d.day} {month} {d.year}"
    if lang == "fr":
        return f"{day} {'1er' if d.day == 1 else d.day} {month} {d.year}"
    return f"{day} {d.day} {month} {d.year}"


def clock(lang: str, hhmm: str) -> str:
    """14:30, or 14 h 30 in French."""
    if lang == "fr" and len(hhmm) == 5 and hhmm[2] == ":":
        return f"{int(hhmm[:2])}{NNBSP}h{NNBSP}{hhmm[3:]}"
    return hhmm


def time_range(lang: str, start: str, end: str) -> str:
    if not start:
        return ""
    if not end:
        return clock(lang, start)
    if lang == "fr":
        return f"de {clock(lang, start)} à {clock(lang, end)}"
    if lang == "ar":
        return f"{start} - {end}"
    return f"{start}–{end}"


def local_time(lang: str, stamp: str, zone: str = "") -> str:
    """Clock time of a stored UTC timestamp at the venue (the session's time zone; see domain.clock).

    The exporting computer's own zone does not matter: a Manama session
    exported in Geneva still reads 14:33.
    """
    text = clock_mod.local_clock(stamp, zone)
    return clock(lang, text) if text else ""


def local_datetime(lang: str, stamp: str, zone: str = "") -> str:
    """Long date and clock time of a stored UTC timestamp at the venue; the raw text if unreadable."""
    moment = clock_mod.local(stamp, zone)
    if moment is None:
        return stamp
    day = long_date(lang, moment.date().isoformat())
    if lang == "ar":
        return f"{day}، {moment.strftime('%H:%M')}"
    return f"{day}, {clock(lang, moment.strftime('%H:%M'))}"


def duration(lang: str, seconds: float) -> str:
    """1 h 05 min / 1 h 05 min / 1 س 05 د; under an hour just minutes; under a minute seconds."""
    total = int(round(seconds))
    if total < 60:
        return {"ar": f"{total} ث"}.get(lang, f"{total}{NNBSP}s")
    minutes = int(round(total / 60))  # 17.7 min is "18 min", not "17 min"
    h, m = divmod(minutes, 60)
    if lang == "ar":
        return f"{h} س {m:02d} د" if h else f"{m} د"
    return f"{h}{NNBSP}h{NNBSP}{m:02d}{NNBSP}min" if h else f"{m}{NNBSP}min"


def minutes(lang: str, seconds: float) -> str:
    """Minutes with one decimal for chart values: 12.5 (en, ar) or 12,5 (fr)."""
    text = f"{seconds / 60:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def cover_rows(lang: str, info, t, value) -> list[tuple[str, str]]:  # noqa: ANN001 - SessionInfo, callables
    """The label/value lines of the cover (date, time, venue, room, area), shared by the PDF and the DOCX."""
    rows = []
    if info.date:
        rows.append((t("date"), long_date(lang, info.date)))
    if info.start:
        rows.append((t("time"), time_range(lang, info.start, info.end)))
    if info.venue:
        rows.append((t("venue"), info.venue))
    if info.room:
        rows.append((t("room"), info.room))
    rows.append((t("area"), value("area", info.area)))
    return rows
