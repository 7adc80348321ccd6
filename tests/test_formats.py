"""Renderings of an Article: txt (seed layout), Markdown, JSON, JSON Lines and file names."""

import json
from datetime import datetime, timedelta, timezone

from newsmill.article import Article, Block, Image, Link
from newsmill.formats import file_name, render

ARTICLE = Article(
    url="https://news.example/2024/05/01/budget", canonical_url="https://news.example/2024/05/01/budget",
    title="Council Approves Budget", authors=["Jane Doe", "John Roe"], agency="AFP", publisher="News Example",
    published=datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))), language="en",
    images=[Image("https://news.example/a.jpg", "The council chamber.", "Jane Doe/AFP")],
    body=[Block("paragraph", "First paragraph."), Block("heading", "What next"), Block("list_item", "A point."),
          Block("quote", "A quote.")],
    related=[Link("https://news.example/x", "Other story")],
)


def test_txt_layout():
    assert render(ARTICLE, "txt") == (
        "\n\nCouncil Approves Budget\n\nBy Jane Doe and John Roe, AFP\n\nMay 1, 2024\n\n\n\n"
        "The council chamber. **Jane Doe/AFP**\n\nFirst paragraph.\n\nWhat next\n\n• A point.\n\n> A quote.\n\n"
        "Original url:\n\nhttps://news.example/2024/05/01/budget")


def test_markdown():
    assert render(ARTICLE, "md") == (
        "# Council Approves Budget\n\n*By Jane Doe and John Roe, AFP · May 1, 2024*\n\n"
        "![The council chamber.](https://news.example/a.jpg)\n\n*The council chamber. — Jane Doe/AFP*\n\n"
        "First paragraph.\n\n## What next\n\n- A point.\n\n> A quote.\n\n"
        "[Original article](https://news.example/2024/05/01/budget)\n")


def test_json_has_every_field_and_iso_dates():
    data = json.loads(render(ARTICLE, "json"))
    assert data["id"] == ARTICLE.id and len(data["id"]) == 16
    assert data["published"] == "2024-05-01T09:30:00+02:00"
    assert data["modified"] is None
    assert data["body"][1] == {"kind": "heading", "text": "What next"}
    assert data["related"] == [{"url": "https://news.example/x", "text": "Other story"}]
    assert data["text"] == "First paragraph.\n\nWhat next\n\nA point.\n\nA quote."


def test_jsonl_is_one_line():
    line = render(ARTICLE, "jsonl")
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line)["title"] == "Council Approves Budget"


def test_file_name_and_id():
    assert file_name(7, ARTICLE, "txt") == f"007_{ARTICLE.id}.txt"
    assert Article(canonical_url="https://example.com/a").id == "2dce0a4c50441bfc"
