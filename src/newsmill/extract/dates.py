"""Dates from metadata values and visible datelines.

`parse_date` reads one date string in the forms news pages use: ISO 8601 (with or without time and
offset), RFC 2822, numeric day-month-year, and written dates with month names in many languages
("3. Mai 2024", "May 3, 2024", "3 мая 2024", "3 de maig de 2024", "2024年5月3日").
A date without a time is midnight of that day, naive; an offset given by the page is kept.
A string that is only a month and a year, or a day and a month, gives None: a partial date is never
completed with today's values. Dates before `MIN_YEAR` or after `now` (plus one day of clock skew)
give None.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from .vocabulary import MONTHS

MIN_YEAR = 1990

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2}(?!\d))?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})([./])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d])")
_SLASH_YMD = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_WORD = r"([^\W\d_]{3,}\.?)"
# "3. Mai 2024", "3 de mayo de 2024", "3 мая 2024 г.", "03 de maig del 2024", "04-ago-2021", "30th of March 2025"
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})(?:\.|st|nd|rd|th)?(?:\s*|-)(?:de\s+|d['’]\s*|of\s+)?" + _WORD
    + r"(?:,?\s+(?:de\s+|del\s+)?|-)(\d{4})(?!\d)", re.I)
# "May 3, 2024", "Mai 3 2024", "June 30th, 2024"
_MONTH_DAY_YEAR = re.compile(r"\b" + _WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I)
_TIME = re.compile(r"(?<!\d)(\d{1,2})[:h.](\d{2})(?![\d.])(?:\s*([ap])\.?\s?m\.?)?", re.I)


# Two days joined by a dash ("16-19 March 2026", "March 16 – 19, 2026"): an event's span, not a dateline.
_DAY_RANGE = re.compile(r"(?<![\d:.\-])\d{1,2}\.?\s*[-–—]\s*\d{1,2}(?![\d:\-])")


def is_day_range(text: str) -> bool:
    """True when `text` gives a span of days ("16-19 March 2026") rather than one day."""
    return bool(_DAY_RANGE.search(text))


def now_utc() -> datetime:
    """The current time, timezone-aware (UTC); a function so that tests can replace it."""
    return datetime.now(timezone.utc)


def _tz(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
           tz: timezone | None = None) -> datetime | None:
    if year < 100:
        year += 2000
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None
    return value if plausible(value) else None


def plausible(value: datetime) -> bool:
    """True when `value` lies between MIN_YEAR and now (plus one day for clock skew and time zones)."""
    if value.year < MIN_YEAR:
        return False
    limit = now_utc() + timedelta(days=1)
    if value.tzinfo is None:
        return value <= limit.replace(tzinfo=None)
    return value <= limit


def _with_time(value: datetime, text: str) -> datetime:
    """Add a clock time found in `text` (e.g. "15:47", "3:05 pm", "15.47 Uhr") to a midnight date."""
    match = _TIME.search(text)
    if not match:
        return value
    hour, minute = int(match.group(1)), int(match.group(2))
    meridiem = (match.group(3) or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return value
    return value.replace(hour=hour, minute=minute)


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 date or date-time found in `text` ("2024-05-03", "2024-05-03T15:47:42.389Z",
    "2024-05-03 15:47+0200", "20240503"); None when there is none or it is implausible."""
    text = text.strip()
    match = _ISO.search(text)
    if match:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        hour = int(match.group(4) or 0)
        minute = int(match.group(5) or 0)
        second = int(match.group(6) or 0)
        return _build(year, month, day, hour, minute, second, _tz(match.group(7)))
    match = _COMPACT.match(text)
    if match:
        hour = int(match.group(4) or 0)
        minute = int(match.group(5) or 0)
        second = int(match.group(6) or 0)
        return _build(int(match.group(1)), int(match.group(2)), int(match.group(3)), hour, minute,
                      second, _tz(match.group(7)))
    return None


def parse_written(text: str, *, day_first: bool = True) -> datetime | None:
    """A date written for readers in `text`: month names in many languages, CJK year-month-day,
    numeric day.month.year (or month/day/year when `day_first` is False and the day allows it),
    with a clock time when one follows. None when `text` holds no full date."""
    for finder in (_written_cjk, _written_day_month, _written_month_day, _written_numeric):
        found = finder(text, day_first)
        if found is not None:
            value, rest = found
            timed = _with_time(value, rest)
            return timed if plausible(timed) else value
    return None


def _written_cjk(text: str, _day_first: bool) -> tuple[datetime, str] | None:
    match = _CJK.search(text)
    if not match:
        return None
    value = _build(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return (value, text[match.end():]) if value else None


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _written_day_month(text: str, _day_first: bool) -> tuple[datetime, str] | None:
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = _month(match.group(2))
        if month:
            value = _build(int(match.group(3)), month, int(match.group(1)))
            if value:
                return value, text[match.end():]
    return None


def _written_month_day(text: str, _day_first: bool) -> tuple[datetime, str] | None:
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = _month(match.group(1))
        if month:
            value = _build(int(match.group(3)), month, int(match.group(2)))
            if value:
                return value, text[match.end():]
    return None


def _written_numeric(text: str, day_first: bool) -> tuple[datetime, str] | None:
    match = _SLASH_YMD.search(text)
    if match:
        value = _build(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if value:
            return value, text[match.end():]
    match = _NUMERIC_DMY.search(text)
    if not match:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if len(match.group(4)) == 2 and match.group(2) != ".":
        return None
    if match.group(2) == "/" and (not day_first or second > 12) and first <= 12:
        first, second = second, first
    value = _build(year, second, first)
    return (value, text[match.end():]) if value else None


def parse_date(text: str | None, *, day_first: bool = True) -> datetime | None:
    """Parse one date string from a meta tag, JSON-LD, a `<time>` element or a visible dateline.

    Tries ISO 8601, then RFC 2822 ("Fri, 03 May 2024 15:47:42 GMT"), then written forms
    (`parse_written`). Returns a datetime (aware when the text gives an offset) or None.
    """
    if not text:
        return None
    text = text.strip()
    if not text or len(text) > 200:
        return None
    value = parse_iso(text)
    if value is not None:
        return value
    if "," in text[:5] or text[:3].isalpha():
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            value = None
        if value is not None and plausible(value):
            return value
    return parse_written(text, day_first=day_first)


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)")


def date_from_url(url: str | None) -> datetime | None:
    """A date in a URL path ("/2024/05/03/", "/20240503-"): weak evidence, midnight, naive."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    return _build(int(match.group(1)), int(match.group(2)), int(match.group(3)))
