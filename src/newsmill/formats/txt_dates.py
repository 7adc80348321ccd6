"""The date line of the `txt` layout: English written dates and ISO 8601, read strictly.

The whole line must be one date (optionally with a weekday, an ordinal, a "Published:" label and a
time); anything else gives None, so that a body line or a title is never taken for a date.
A stand-in until the extractor's date parser (`extract/dates.py`, in progress) can serve here.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from .txt import single_line

# Month names and their usual English abbreviations -> month number.
MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_LEAD = r"(?:(?:published|posted|date)(?:\s+on)?:?\s+)?"
_TIME = (r"(?:\s*(?:,|at|\||-|–)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>utc|gmt|z)?)?")
WRITTEN_DATES = [re.compile(rf"^{_LEAD}{_WEEKDAY}{pattern}{_TIME}$", re.IGNORECASE) for pattern in (
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",            # May 26, 2023 / Sept. 5 2023
    rf"{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}",  # 26 May 2023 / 5th of September, 2023
)]
NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})$")
SLASHED_ISO = re.compile(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})$")


def _iso_date(text: str) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        return None


def _written_date(text: str) -> datetime | None:
    for pattern in WRITTEN_DATES:
        match = pattern.match(text)
        if match and match["month"].lower() in MONTHS:
            hour, minute, second = (int(match[g] or 0) for g in ("hour", "minute", "second"))
            if match["ampm"]:
                if not 1 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if match["ampm"][0].lower() == "p" else 0)
            zone = timezone.utc if match["zone"] else None
            try:
                return datetime(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]),
                                hour, minute, second, tzinfo=zone)
            except ValueError:
                return None
    return None


def _numeric_date(text: str) -> datetime | None:
    if match := SLASHED_ISO.match(text):
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    elif match := NUMERIC_DATE.match(text):
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        if a > 12 >= b:      # day first (26/05/2023)
            day, month = a, b
        elif b > 12 >= a:    # month first (05/26/2023)
            month, day = a, b
        else:                # 05/06/2023 is May 6 in one country and June 5 in another: not a date
            return None
    else:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def parse_date_line(line: str) -> datetime | None:
    """The date of a date line, or None when the whole line is not one date.

    Accepts ISO 8601 ("2023-05-26", "2023-05-26T14:05:00+03:00"), "2023/05/26", English written
    dates with optional weekday, ordinal and time ("May 26, 2023", "Friday 26th May 2023 14:05 GMT",
    "Sept. 5, 2023 at 3:10 pm") and unambiguous numeric dates ("26/05/2023"). A date without a time
    is naive midnight; a time with "UTC"/"GMT"/"Z" is UTC, any other time naive.
    """
    text = single_line(line)
    if not text or len(text) > 60:
        return None
    return _iso_date(text) or _written_date(text) or _numeric_date(text)
