"""Parquet shards of articles (pyarrow): one row per article, written atomically.

Schema (`ARTICLE_SCHEMA`), one column per Article field plus where the page came from:

========================  ==================================  ==========================================
column                    type                                content
========================  ==================================  ==========================================
id                        string                              `Article.id` (16 hex digits)
url                       string (nullable)                   the address the page was fetched from
canonical_url             string (nullable)                   the page's canonical URL
title                     string
authors                   list<string>                        persons only
agency                    string                              wire services ("AFP, Reuters")
publisher                 string                              the outlet's name
published                 string (nullable)                   ISO 8601 as the page gives it: with its UTC
                                                              offset when given, naive otherwise
modified                  string (nullable)                   same as `published`
language                  string                              ISO 639-1 code or ""
description               string
section                   string
keywords                  list<string>
images                    list<struct<url, caption, credit>>  all strings; the first is the lead image
body                      list<struct<kind, text>>            kind: paragraph, heading, list_item, quote
related                   list<struct<url, text>>             teaser links kept out of the text
page_type                 string                              article, liveblog, listing, other
source_id                 string (nullable)
sequence                  int64 (nullable)
text                      string                              body blocks joined by a blank line
body_hash                 string                              16 hex digits of SHA-256 of `text`
warc_file                 string                              the input the record came from (as given)
warc_record_id            string                              WARC-Record-ID, e.g. "<urn:uuid:...>"
warc_date                 timestamp[us, UTC] (nullable)       WARC-Date: when the page was captured
warc_offset               int64                               byte offset of the record in `warc_file`
========================  ==================================  ==========================================

Dates are ISO strings rather than timestamps because a Parquet timestamp column has a single time
zone and pages give local offsets (or none): the string keeps exactly what the page said.

`ParquetShardWriter` writes a shard through a temporary file in the same folder and renames it when
closed without error, so a shard on disk is always complete. Rows are buffered and flushed as row
groups of `row_group_size`, so memory does not grow with the number of rows.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..article import Article

_IMAGE = pa.struct([("url", pa.string()), ("caption", pa.string()), ("credit", pa.string())])
_BLOCK = pa.struct([("kind", pa.string()), ("text", pa.string())])
_LINK = pa.struct([("url", pa.string()), ("text", pa.string())])

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("url", pa.string()),
    ("canonical_url", pa.string()),
    ("title", pa.string()),
    ("authors", pa.list_(pa.string())),
    ("agency", pa.string()),
    ("publisher", pa.string()),
    ("published", pa.string()),
    ("modified", pa.string()),
    ("language", pa.string()),
    ("description", pa.string()),
    ("section", pa.string()),
    ("keywords", pa.list_(pa.string())),
    ("images", pa.list_(_IMAGE)),
    ("body", pa.list_(_BLOCK)),
    ("related", pa.list_(_LINK)),
    ("page_type", pa.string()),
    ("source_id", pa.string()),
    ("sequence", pa.int64()),
    ("text", pa.string()),
    ("body_hash", pa.string()),
    ("warc_file", pa.string()),
    ("warc_record_id", pa.string()),
    ("warc_date", pa.timestamp("us", tz="UTC")),
    ("warc_offset", pa.int64()),
])
"""The Parquet schema of an article shard (see the module docstring for each column)."""

COMPRESSION = "zstd"


def body_hash(text: str) -> str:
    """16 hex digits: the first 64 bits of SHA-256 of the UTF-8 body text (exact-duplicate key)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_row(article: Article, *, warc_file: str, warc_record_id: str, warc_date: datetime | None,
                warc_offset: int) -> dict[str, Any]:
    """One row of `ARTICLE_SCHEMA` for `article` and the WARC record it came from."""
    text = article.text
    return {
        "id": article.id,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "authors": list(article.authors),
        "agency": article.agency,
        "publisher": article.publisher,
        "published": _iso(article.published),
        "modified": _iso(article.modified),
        "language": article.language,
        "description": article.description,
        "section": article.section,
        "keywords": list(article.keywords),
        "images": [{"url": i.url, "caption": i.caption, "credit": i.credit} for i in article.images],
        "body": [{"kind": b.kind, "text": b.text} for b in article.body],
        "related": [{"url": link.url, "text": link.text} for link in article.related],
        "page_type": article.page_type,
        "source_id": article.source_id,
        "sequence": article.sequence,
        "text": text,
        "body_hash": body_hash(text),
        "warc_file": warc_file,
        "warc_record_id": warc_record_id,
        "warc_date": warc_date,
        "warc_offset": warc_offset,
    }


class ParquetShardWriter:
    """Writes rows of `ARTICLE_SCHEMA` to one Parquet file, atomically. Use as a context manager.

    Rows go to a temporary file next to `path`; leaving the `with` block without error renames it
    to `path` (an empty shard is still written, with the schema and no rows); leaving it with an
    exception deletes the temporary file and leaves `path` untouched.
    """

    def __init__(self, path: str | Path, row_group_size: int = 500) -> None:
        self.path = Path(path)
        self.row_group_size = row_group_size
        self.rows_written = 0
        self._buffer: list[dict[str, Any]] = []
        self._tmp: str | None = None
        self._writer: pq.ParquetWriter | None = None

    def __enter__(self) -> "ParquetShardWriter":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".parquet")
        os.close(fd)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(self._tmp, 0o666 & ~mask)  # mkstemp makes 0600 files; shards are shared data
        self._writer = pq.ParquetWriter(self._tmp, ARTICLE_SCHEMA, compression=COMPRESSION)
        return self

    def write(self, row: dict[str, Any]) -> None:
        """Add one row (a dict as `article_row` returns)."""
        self._buffer.append(row)
        if len(self._buffer) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=ARTICLE_SCHEMA))
            self.rows_written += len(self._buffer)
            self._buffer.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._flush()
            self._writer.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
        finally:
            if self._tmp and os.path.exists(self._tmp):
                os.unlink(self._tmp)


def drop_rows(path: str | Path, ids: set[str]) -> int:
    """Rewrite the shard at `path` without the rows whose `id` is in `ids`, atomically.

    Streams the shard by row group, so memory is bounded by one row group. Returns the number of
    rows removed; the file is not rewritten when none match.
    """
    path = Path(path)
    source = pq.ParquetFile(path)
    id_values = pa.array(sorted(ids), type=pa.string())
    present = pc.sum(pc.is_in(source.read(columns=["id"]).column("id"), value_set=id_values)).as_py() or 0
    if not present:
        return 0
    with ParquetShardWriter(path) as writer:
        for batch in source.iter_batches(batch_size=writer.row_group_size):
            keep = pc.invert(pc.is_in(batch.column("id"), value_set=id_values))
            kept = pa.Table.from_batches([batch]).filter(keep)
            if kept.num_rows:
                writer._writer.write_table(kept.cast(ARTICLE_SCHEMA))
                writer.rows_written += kept.num_rows
    return present
