"""The readers of single parts: byline, date line, caption, file name, URL, body lines."""

from datetime import datetime, timedelta, timezone

import pytest

from newsmill.article import Block, Link
from newsmill.formats.reader import (canonical_url, file_identity, is_wire_agency, parse_date_line,
                                     split_byline, split_caption)
from newsmill.formats.txt import block_line, read_body_line


@pytest.mark.parametrize("line, expected", [
    ("By AFP", ([], "AFP")),
    ("By Jane Doe", (["Jane Doe"], "")),
    ("By A, B and C, AFP", (["A", "B", "C"], "AFP")),
    ("By Jane Doe and John Roe, AFP, Reuters", (["Jane Doe", "John Roe"], "AFP, Reuters")),
    ("BY Ann Lee and AP", (["Ann Lee"], "AP")),
    ("By Martin Luther King, Jr. and Ann Lee", (["Martin Luther King, Jr.", "Ann Lee"], "")),
    ("By Ani Patel, ANI", (["Ani Patel"], "ANI")),
    ("Byline without space", ([], "")),
    ("", ([], "")),
])
def test_split_byline(line, expected):
    assert split_byline(line) == expected


def test_wire_agency_short_names_are_case_sensitive():
    assert is_wire_agency("AFP") and is_wire_agency("Agence France-Presse")
    assert is_wire_agency("associated press")
    assert not is_wire_agency("Ani") and not is_wire_agency("Jane Doe")


@pytest.mark.parametrize("line, expected", [
    ("May 26, 2023", datetime(2023, 5, 26)),
    ("May 26 2023", datetime(2023, 5, 26)),
    ("26 May 2023", datetime(2023, 5, 26)),
    ("Friday, May 26, 2023", datetime(2023, 5, 26)),
    ("Fri 26th May, 2023", datetime(2023, 5, 26)),
    ("5th of September 2023", datetime(2023, 9, 5)),
    ("Sept. 5, 2023", datetime(2023, 9, 5)),
    ("Published: Sep 5, 2023", datetime(2023, 9, 5)),
    ("May 26, 2023 at 3:10 pm", datetime(2023, 5, 26, 15, 10)),
    ("May 26, 2023 14:05 GMT", datetime(2023, 5, 26, 14, 5, tzinfo=timezone.utc)),
    ("2023-05-26", datetime(2023, 5, 26)),
    ("2023-05-26T14:05:00+03:00", datetime(2023, 5, 26, 14, 5, tzinfo=timezone(timedelta(hours=3)))),
    ("2023-05-26 14:05:00Z", datetime(2023, 5, 26, 14, 5, tzinfo=timezone.utc)),
    ("2023/05/26", datetime(2023, 5, 26)),
    ("26/05/2023", datetime(2023, 5, 26)),
    ("05/26/2023", datetime(2023, 5, 26)),
])
def test_date_forms(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("line", ["05/06/2023", "May 2023", "February 30, 2023", "Western engagement",
                                  "May 26, 2023 was a Friday", "2023-13-01", "13:00 pm May 5, 2023", ""])
def test_not_dates(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("line, expected", [
    ("A bridge at dusk. **Jane Doe/AFP**", ("A bridge at dusk.", "Jane Doe/AFP")),
    ("**Jane Doe/AFP**", ("", "Jane Doe/AFP")),
    ("A bridge at dusk.", ("A bridge at dusk.", "")),
    ("The **new** bridge **Jane Doe**", ("The **new** bridge", "Jane Doe")),
])
def test_split_caption(line, expected):
    assert split_caption(line) == expected


def test_file_identity():
    assert file_identity("000_5561b9b5b6de4c6c.txt") == (0, "5561b9b5b6de4c6c")
    assert file_identity("/corpus/2023/117_0123456789abcdef.txt") == (117, "0123456789abcdef")
    assert file_identity("notes.txt") == (None, None)
    assert file_identity(None) == (None, None)


def test_canonical_url():
    assert canonical_url("HTTPS://News.Example.ORG/a/B?x=1#top") == "https://news.example.org/a/B?x=1"
    assert canonical_url("not a url") == "not a url"


@pytest.mark.parametrize("line, next_line, expected", [
    ("Western engagement", "The Caucasus neighbors have been seeking peace.", Block("heading", "Western engagement")),
    ("With Russia bogged down", "in Ukraine and unwilling to strain ties.", Block("paragraph", "With Russia bogged down")),
    ("He said it was over.", None, Block("paragraph", "He said it was over.")),
    ("What comes next?", None, Block("paragraph", "What comes next?")),
    ("## What comes next?", None, Block("heading", "What comes next?")),
    ("• one item", None, Block("list_item", "one item")),
    ("> a quoted line", None, Block("quote", "a quoted line")),
    ("\\By John Smith", None, Block("paragraph", "By John Smith")),
    ("Related article: Talks Stall", None, Link(url="", text="Talks Stall")),
    ("Related article: Talks Stall <https://example.com/t>", None, Link(url="https://example.com/t", text="Talks Stall")),
])
def test_read_body_line(line, next_line, expected):
    assert read_body_line(line, next_line) == expected


def test_block_line_marks_only_what_would_be_misread():
    assert block_line(Block("heading", "Western engagement"), "The talks went on.") == "Western engagement"
    assert block_line(Block("paragraph", "He said so."), None) == "He said so."
    assert block_line(Block("paragraph", "By John Smith"), None) == "\\By John Smith"
    assert block_line(Block("paragraph", "Original url:"), None) == "\\Original url:"
    assert block_line(Block("heading", "Why now?"), None) == "## Why now?"
    assert block_line(Block("heading", "Background"), "iPhone sales fell.") == "## Background"
    assert block_line(Block("list_item", "first"), None) == "• first"
