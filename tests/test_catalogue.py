"""The SQLite catalogue: states, dedupe, recovery data (store/catalogue.py)."""

import sqlite3
from datetime import datetime, timezone

from newsmill.article import Article, Block, Image, Link
from newsmill.store.catalogue import Catalogue, article_from_json, article_to_json


def make_article(url="https://example.com/news/a-b-c", text="Body text here."):
    return Article(url=url, canonical_url=url, title="T", authors=["Ann Other"],
                   published=datetime(2024, 5, 2, 8, tzinfo=timezone.utc), body=[Block("paragraph", text)],
                   images=[Image("https://example.com/i.jpg", "cap", "AFP")],
                   related=[Link("https://example.com/x", "X")])


def test_wal_mode_and_url_states(tmp_path):
    with Catalogue(tmp_path / "c.sqlite") as cat:
        assert cat.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        added = cat.add_urls([("https://e.com/a-b-c", "e.com", "s", None), ("https://e.com/d-e-f", "e.com", "s", None)])
        assert added == ["https://e.com/a-b-c", "https://e.com/d-e-f"]
        assert cat.add_urls([("https://e.com/a-b-c", "e.com", "s2", None)]) == []
        assert [r.url for r in cat.due_urls(3)] == ["https://e.com/a-b-c", "https://e.com/d-e-f"]
        cat.record_fetched("https://e.com/a-b-c", status=200, final_url="https://e.com/a-b-c",
                           content_type="text/html", charset="utf-8", attempts=1, body=b"<p>x</p>")
        cat.record_failed("https://e.com/d-e-f", "timeout", attempts=2, next_attempt=100.0)
        assert [r.url for r in cat.due_urls(3, now=50.0)] == []
        assert [r.url for r in cat.due_urls(3, now=150.0)] == ["https://e.com/d-e-f"]
        assert [r.url for r in cat.due_urls(2, now=150.0)] == []  # out of attempts
        assert cat.fetched_bodies() == [("https://e.com/a-b-c", "https://e.com/a-b-c", "utf-8", b"<p>x</p>", None)]
        assert cat.counts() == {"e.com": {"fetched": 1, "failed": 1}}


def test_article_stored_once_by_id_and_by_content(tmp_path):
    with Catalogue(tmp_path / "c.sqlite") as cat:
        urls = ["https://e.com/a-b-c", "https://e.com/a-b-c-amp", "https://e.com/other-copy-here"]
        cat.add_urls([(u, "e.com", "s", None) for u in urls])
        assert cat.record_article(urls[0], make_article(), "h1", None) == (True, make_article().id, 0)
        # same canonical URL from another page
        assert cat.record_article(urls[1], make_article(), "h2", urls[0]) == (False, make_article().id, 0)
        # same text under another canonical URL
        other = make_article("https://e.com/other-copy-here")
        assert cat.record_article(urls[2], other, "h1", None) == (False, make_article().id, 0)
        rows = cat.db.execute("SELECT url, state, reason FROM urls ORDER BY url").fetchall()
        assert [tuple(r) for r in rows] == [
            (urls[0], "extracted", None),
            (urls[1], "extracted", f"duplicate of {make_article().id}"),
            (urls[2], "extracted", f"duplicate of {make_article().id}")]
        [(sequence, pending)] = cat.pending_articles()
        assert sequence == 0 and pending.title == "T" and pending.text == "Body text here."
        cat.mark_written(pending.id)
        assert cat.pending_articles() == []


def test_article_json_roundtrip():
    article = make_article()
    again = article_from_json(article_to_json(article))
    assert again == article and again.published.tzinfo is not None


def test_sources_keep_validators_on_304(tmp_path):
    with Catalogue(tmp_path / "c.sqlite") as cat:
        cat.record_source("https://e.com/rss", "feed", status=200, etag='"x"', last_modified="Wed", children=[])
        cat.record_source("https://e.com/rss", "feed", status=304)
        row = cat.source("https://e.com/rss")
        assert (row.etag, row.last_modified, row.children) == ('"x"', "Wed", [])
        cat.put_robots("https://e.com", "User-agent: *\nDisallow: /x\n")
        assert cat.get_robots("https://e.com").startswith("User-agent")
        assert cat.get_robots("https://other.com") is None


def test_readable_by_another_connection_while_open(tmp_path):
    with Catalogue(tmp_path / "c.sqlite") as cat:
        cat.add_urls([("https://e.com/a-b-c", "e.com", "s", None)])
        other = sqlite3.connect(tmp_path / "c.sqlite")
        assert other.execute("SELECT COUNT(*) FROM urls").fetchone()[0] == 1
        other.close()
