"""Date parsing: ISO, RFC 2822, numeric and written dates in many languages; no future or partial dates."""

from datetime import datetime, timedelta, timezone

import pytest

from newsmill.extract import dates

CASES = [
    # ISO and machine forms
    ("2024-05-03T15:47:42.389Z", datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone.utc)),
    ("2024-05-03 15:47:42+02:00", datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone(timedelta(hours=2)))),
    ("2024-05-03T09:00:00-0400", datetime(2024, 5, 3, 9, 0, tzinfo=timezone(timedelta(hours=-4)))),
    ("2024-05-03", datetime(2024, 5, 3)),
    ("20240503", datetime(2024, 5, 3)),
    ("Fri, 03 May 2024 15:47:42 GMT", datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone.utc)),
    # English
    ("May 3, 2024 at 3:05 pm", datetime(2024, 5, 3, 15, 5)),
    ("Published on July 18, 2025", datetime(2025, 7, 18)),
    ("Updated 12 Dec 2025", datetime(2025, 12, 12)),
    ("June 30th, 2024", datetime(2024, 6, 30)),
    ("30th March 2025, 16:26", datetime(2025, 3, 30, 16, 26)),
    ("Tuesday 2nd of May 2023", datetime(2023, 5, 2)),
    ("05/13/2024", datetime(2024, 5, 13)),
    # German
    ("3. Mai 2024, 15:47 Uhr", datetime(2024, 5, 3, 15, 47)),
    ("03.05.2024 15:47", datetime(2024, 5, 3, 15, 47)),
    ("12. Jänner 2025", datetime(2025, 1, 12)),
    # French
    ("3 mai 2024 à 14h05", datetime(2024, 5, 3, 14, 5)),
    ("Publié le 1 août 2023", datetime(2023, 8, 1)),
    # Spanish, Catalan, Portuguese, Italian
    ("3 de mayo de 2024", datetime(2024, 5, 3)),
    ("3 de maig del 2024", datetime(2024, 5, 3)),
    ("04-ago-2021", datetime(2021, 8, 4)),
    ("12-Mar-2024", datetime(2024, 3, 12)),
    ("15 d'octubre de 2024", datetime(2024, 10, 15)),
    ("21 de setembro de 2023", datetime(2023, 9, 21)),
    ("7 febbraio 2024", datetime(2024, 2, 7)),
    # Russian (genitive), Polish, Czech
    ("3 мая 2024 г., 12:30", datetime(2024, 5, 3, 12, 30)),
    ("12 listopada 2025", datetime(2025, 11, 12)),
    ("5. června 2024", datetime(2024, 6, 5)),
    # Dutch, Swedish
    ("3 mei 2024", datetime(2024, 5, 3)),
    ("3 augusti 2024", datetime(2024, 8, 3)),
    # Japanese, Chinese, Korean
    ("2024年5月3日 10時", datetime(2024, 5, 3)),
    ("2025년 1월 13일", datetime(2025, 1, 13)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_date(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize("text", ["June 2024", "3 May", "yesterday", "", "2099-01-01", "1850-01-01",
                                  "var d = new Date()", "Mai"])
def test_partial_future_or_no_date_gives_none(text):
    assert dates.parse_date(text) is None


def test_future_is_relative_to_now(monkeypatch):
    monkeypatch.setattr(dates, "now_utc", lambda: datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert dates.parse_date("2024-05-03") is None
    assert dates.parse_date("2023-12-31") == datetime(2023, 12, 31)


def test_url_date_is_weak_evidence():
    assert dates.date_from_url("https://example.com/2024/05/03/story") == datetime(2024, 5, 3)
    assert dates.date_from_url("https://example.com/news/story-2024") is None


def test_span_of_days_is_told_from_one_date():
    assert dates.is_day_range("16-19 March 2026")
    assert dates.is_day_range("March 16 – 19, 2026")
    assert not dates.is_day_range("2024-05-03")
    assert not dates.is_day_range("9:05 - 10:00 pm")
    assert not dates.is_day_range("05-03-2024")
