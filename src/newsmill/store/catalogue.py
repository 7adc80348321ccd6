"""The harvest catalogue: what was found, fetched, extracted and written, in SQLite (WAL mode).

Tables:
  sources   one row per feed, sitemap or page polled: kind, validators (ETag, Last-Modified),
            last poll time and status, child URLs (feeds of a page, sitemaps of an index) as JSON.
  robots    robots.txt bodies per origin, reused for a day.
  urls      one row per canonical candidate URL. `state` moves discovered -> fetched -> extracted,
            or to failed (with `reason`, `attempts` and `next_attempt`, an epoch time; NULL when a
            retry is pointless) or skipped (fetched but not an article to keep, with `reason`).
  bodies    the fetched body of a URL in state fetched (zlib), deleted once extracted: a run killed
            between fetching and extracting never fetches the page again.
  articles  one row per stored article: id (see `newsmill.article.article_id`), canonical URL,
            content hash, sequence number of its document, metadata; `state` is pending (the
            article JSON kept in `document` until its files are written) or written.

Every state change is one transaction, so a run killed at any moment (SIGKILL included) resumes from
a consistent catalogue: pending articles are written again idempotently, fetched bodies are
extracted, discovered URLs are fetched.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..article import Article, Block, Image, Link

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
  url TEXT PRIMARY KEY, kind TEXT NOT NULL, site TEXT, etag TEXT, last_modified TEXT,
  last_poll REAL, last_status INTEGER, children TEXT, error TEXT
);
CREATE TABLE IF NOT EXISTS robots (origin TEXT PRIMARY KEY, body TEXT NOT NULL, fetched_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS urls (
  url TEXT PRIMARY KEY, host TEXT NOT NULL, source TEXT, published TEXT, discovered_at REAL NOT NULL,
  state TEXT NOT NULL DEFAULT 'discovered', reason TEXT, attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt REAL, status INTEGER, final_url TEXT, canonical_link TEXT, content_type TEXT,
  charset TEXT, fetched_at REAL, article_id TEXT
);
CREATE INDEX IF NOT EXISTS urls_state ON urls(state);
CREATE TABLE IF NOT EXISTS bodies (url TEXT PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, canonical_url TEXT NOT NULL UNIQUE, url TEXT NOT NULL, content_hash TEXT,
  sequence INTEGER NOT NULL UNIQUE, title TEXT, published TEXT, language TEXT, authors TEXT,
  state TEXT NOT NULL, document TEXT, created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
"""

ROBOTS_MAX_AGE = 24 * 3600.0
"""Seconds a stored robots.txt is reused: one day, the caching period of RFC 9309 section 2.4."""

URL_STATES = ("discovered", "fetched", "extracted", "failed", "skipped")


@dataclass(slots=True)
class UrlRow:
    """A catalogued URL due for work: canonical `url`, its `host`, the source's `published` hint."""

    url: str
    host: str
    published: str | None
    attempts: int


@dataclass(slots=True)
class SourceRow:
    """A polled source: validators for the next conditional request and the children last seen."""

    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    last_poll: float | None
    children: list[str]


def article_to_json(article: Article) -> str:
    """The article's fields as JSON (dates ISO 8601), readable back with `article_from_json`."""
    from ..formats import to_dict

    data = to_dict(article)
    data.pop("id", None)
    data.pop("text", None)
    return json.dumps(data, ensure_ascii=False)


def article_from_json(text: str) -> Article:
    """Rebuild an Article from `article_to_json` output. Raises ValueError for other JSON."""
    data = json.loads(text)
    data.pop("id", None)  # derived fields of the JSON renderings
    data.pop("text", None)
    for key in ("published", "modified"):
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    data["images"] = [Image(**item) for item in data.get("images", [])]
    data["body"] = [Block(**item) for item in data.get("body", [])]
    data["related"] = [Link(**item) for item in data.get("related", [])]
    try:
        return Article(**data)
    except TypeError as error:
        raise ValueError(f"not an article record: {error}") from None


class Catalogue:
    """The SQLite catalogue at `path` (created with its folder when missing). Not thread-safe: use
    it from one thread (the harvest's event loop)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        """Close the database (a checkpoint folds the WAL into the main file)."""
        self.db.close()

    def __enter__(self) -> "Catalogue":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self, statements: Iterable[tuple[str, tuple]]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                self.db.execute(sql, params)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # robots.txt (the Fetcher's robots_store)

    def get_robots(self, origin: str) -> str | None:
        """The robots.txt body stored for `origin` within ROBOTS_MAX_AGE, else None."""
        row = self.db.execute("SELECT body, fetched_at FROM robots WHERE origin=?", (origin,)).fetchone()
        if row is None or time.time() - row["fetched_at"] > ROBOTS_MAX_AGE:
            return None
        return row["body"]

    def put_robots(self, origin: str, text: str) -> None:
        """Store the robots.txt body of `origin` ("" for a missing file: everything allowed)."""
        self.db.execute("INSERT OR REPLACE INTO robots VALUES (?, ?, ?)", (origin, text, time.time()))

    # sources

    def source(self, url: str) -> SourceRow | None:
        """The stored row of a source, or None when it was never polled."""
        row = self.db.execute("SELECT * FROM sources WHERE url=?", (url,)).fetchone()
        if row is None:
            return None
        return SourceRow(row["url"], row["kind"], row["etag"], row["last_modified"], row["last_poll"],
                         json.loads(row["children"] or "[]"))

    def record_source(self, url: str, kind: str, *, site: str = "", status: int | None = None,
                      etag: str | None = None, last_modified: str | None = None,
                      children: list[str] | None = None, error: str | None = "") -> None:
        """Record a poll of a source. Validators and children are kept when not given (a 304 or a
        failure keeps the previous ones); `error` None keeps the previous error (a 304)."""
        old = self.source(url)
        if error is None:
            row = self.db.execute("SELECT error FROM sources WHERE url=?", (url,)).fetchone()
            error = row["error"] if row else ""
        if old is not None:
            etag = etag or old.etag
            last_modified = last_modified or old.last_modified
            children = old.children if children is None else children
        self.db.execute(
            "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?)",
            (url, kind, site, etag, last_modified, time.time(), status, json.dumps(children or []),
             error or None))

    # urls

    def add_urls(self, rows: Iterable[tuple[str, str, str, str | None]]) -> list[str]:
        """Add (canonical url, host, source url, published ISO date or None) rows in one transaction;
        known URLs are left as they are. Returns the URLs that were new."""
        now = time.time()
        added = []
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for url, host, source, published in rows:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO urls (url, host, source, published, discovered_at) "
                    "VALUES (?,?,?,?,?)", (url, host, source, published, now))
                if cursor.rowcount:
                    added.append(url)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return added

    def due_urls(self, max_attempts: int, now: float | None = None) -> list[UrlRow]:
        """URLs to fetch now, in discovery order: discovered ones, and failed ones whose retry time
        has come and that had fewer than `max_attempts` attempts."""
        now = time.time() if now is None else now
        rows = self.db.execute(
            "SELECT url, host, published, attempts FROM urls WHERE state='discovered' OR "
            "(state='failed' AND next_attempt IS NOT NULL AND next_attempt<=? AND attempts<?) "
            "ORDER BY rowid", (now, max_attempts)).fetchall()
        return [UrlRow(r["url"], r["host"], r["published"], r["attempts"]) for r in rows]

    def record_fetched(self, url: str, *, status: int | None, final_url: str, content_type: str,
                       charset: str | None, attempts: int, body: bytes) -> None:
        """Move `url` to fetched, keeping its body until it is extracted."""
        self._tx([
            ("INSERT OR REPLACE INTO bodies VALUES (?, ?)", (url, zlib.compress(body, 1))),
            ("UPDATE urls SET state='fetched', reason=NULL, status=?, final_url=?, content_type=?, "
             "charset=?, attempts=attempts+?, next_attempt=NULL, fetched_at=? WHERE url=?",
             (status, final_url, content_type, charset, attempts, time.time(), url)),
        ])

    def record_failed(self, url: str, reason: str, *, attempts: int, status: int | None = None,
                      final_url: str = "", next_attempt: float | None = None,
                      state: str = "failed") -> None:
        """Move `url` to failed (or skipped: fetched on purpose not, e.g. robots.txt, non-HTML) with
        `reason`; `next_attempt` (epoch seconds) when a retry may help."""
        self.db.execute(
            "UPDATE urls SET state=?, reason=?, status=?, final_url=?, attempts=attempts+?, "
            "next_attempt=?, fetched_at=? WHERE url=?",
            (state, reason, status, final_url or None, attempts, next_attempt, time.time(), url))

    def fetched_bodies(self) -> list[tuple[str, str, str | None, bytes, str | None]]:
        """(url, final url, charset, body, published) of URLs fetched but not yet extracted."""
        rows = self.db.execute(
            "SELECT u.url, u.final_url, u.charset, u.published, b.body FROM urls u "
            "JOIN bodies b ON b.url=u.url WHERE u.state='fetched' ORDER BY u.rowid").fetchall()
        return [(r["url"], r["final_url"], r["charset"], zlib.decompress(r["body"]), r["published"])
                for r in rows]

    def record_skipped(self, url: str, reason: str, state: str = "skipped") -> None:
        """Close a fetched URL without an article (`state` "skipped" or "failed", never retried)."""
        self._tx([
            ("UPDATE urls SET state=?, reason=?, next_attempt=NULL WHERE url=?", (state, reason, url)),
            ("DELETE FROM bodies WHERE url=?", (url,)),
        ])

    def record_article(self, url: str, article: Article, content_hash: str,
                       canonical_link: str | None) -> tuple[bool, str, int]:
        """Store the article extracted from `url` once: returns (new, article id, sequence).

        When an article with the same id (canonical URL) or the same content hash is stored
        already, `url` points to it and (False, its id, its sequence) is returned; otherwise the
        article is added as pending with the next sequence number and its JSON document.
        """
        self.db.execute("BEGIN IMMEDIATE")
        try:
            row = self.db.execute(
                "SELECT id, sequence FROM articles WHERE id=? OR canonical_url=? OR "
                "(content_hash IS NOT NULL AND content_hash=?) LIMIT 1",
                (article.id, article.canonical_url, content_hash)).fetchone()
            new = row is None
            if new:
                sequence = self.db.execute("SELECT COALESCE(MAX(sequence), -1) + 1 FROM articles").fetchone()[0]
                self.db.execute(
                    "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article.id, article.canonical_url, article.url or url, content_hash, sequence,
                     article.title, article.published.isoformat() if article.published else None,
                     article.language, json.dumps(article.authors, ensure_ascii=False), "pending",
                     article_to_json(article), time.time()))
                article_id = article.id
            else:
                article_id, sequence = row["id"], row["sequence"]
            self.db.execute(
                "UPDATE urls SET state='extracted', reason=?, canonical_link=?, article_id=? WHERE url=?",
                (None if new else f"duplicate of {article_id}", canonical_link, article_id, url))
            self.db.execute("DELETE FROM bodies WHERE url=?", (url,))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return new, article_id, sequence

    def pending_articles(self) -> list[tuple[int, Article]]:
        """(sequence, article) of articles whose documents are not written yet, by sequence."""
        rows = self.db.execute(
            "SELECT sequence, document FROM articles WHERE state='pending' ORDER BY sequence").fetchall()
        return [(r["sequence"], article_from_json(r["document"])) for r in rows]

    def mark_written(self, article_id: str) -> None:
        """Mark an article's documents as written (its JSON copy is dropped)."""
        self.db.execute("UPDATE articles SET state='written', document=NULL WHERE id=?", (article_id,))

    # reporting

    def counts(self) -> dict[str, dict[str, int]]:
        """{host: {state: number of URLs}} over the whole catalogue."""
        result: dict[str, dict[str, int]] = {}
        for row in self.db.execute("SELECT host, state, COUNT(*) n FROM urls GROUP BY host, state"):
            result.setdefault(row["host"], {})[row["state"]] = row["n"]
        return result

    def failures(self) -> list[dict[str, Any]]:
        """Failed and skipped URLs with their reason, attempts and next attempt time."""
        rows = self.db.execute(
            "SELECT url, state, reason, attempts, next_attempt, status FROM urls "
            "WHERE state IN ('failed','skipped') ORDER BY url").fetchall()
        return [dict(r) for r in rows]

    def snapshot(self) -> dict[str, list[tuple]]:
        """The catalogue's content without times: to compare two runs (tests, resume checks)."""
        return {
            "urls": [tuple(r) for r in self.db.execute(
                "SELECT url, state, reason, article_id, canonical_link FROM urls ORDER BY url")],
            "articles": [tuple(r) for r in self.db.execute(
                "SELECT id, canonical_url, content_hash, title, state FROM articles ORDER BY id")],
            "sources": [tuple(r) for r in self.db.execute(
                "SELECT url, kind, children, error FROM sources ORDER BY url")],
        }
