"""A Parquet file of articles for `newsmill convert`: one row per article, written in row groups.

Self-contained on purpose (the WARC output has its own writer for now; the two are to be unified).
Rows have the shape of `formats.jsonfmt.to_dict` (built here field by field, which is several
times faster than `dataclasses.asdict` on long bodies); dates stay ISO 8601 strings so that a naive date
("2023-05-26T00:00:00") and a zoned one keep what the document said. The file is written under a
temporary name and renamed when closed, so a run that stops half-way never leaves a truncated file.
"""

from __future__ import annotations

import os
from pathlib import Path
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..article import Article

_STR = pa.string()
CONVERT_SCHEMA = pa.schema([
    ("id", _STR), ("url", _STR), ("canonical_url", _STR), ("title", _STR),
    ("authors", pa.list_(_STR)), ("agency", _STR), ("publisher", _STR),
    ("published", _STR), ("modified", _STR), ("language", _STR), ("description", _STR),
    ("section", _STR), ("keywords", pa.list_(_STR)),
    ("images", pa.list_(pa.struct([("url", _STR), ("caption", _STR), ("credit", _STR)]))),
    ("body", pa.list_(pa.struct([("kind", _STR), ("text", _STR)]))),
    ("related", pa.list_(pa.struct([("url", _STR), ("text", _STR)]))),
    ("page_type", _STR), ("source_id", _STR), ("sequence", pa.int64()), ("text", _STR),
])
"""Columns of the convert Parquet file: the Article's fields plus its `id` and `text`."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_row(article: Article) -> dict[str, Any]:
    """One row of `CONVERT_SCHEMA`: the same keys and values as `jsonfmt.to_dict(article)`."""
    a = article
    return {
        "id": a.id, "url": a.url, "canonical_url": a.canonical_url, "title": a.title,
        "authors": a.authors, "agency": a.agency, "publisher": a.publisher,
        "published": _iso(a.published), "modified": _iso(a.modified), "language": a.language,
        "description": a.description, "section": a.section, "keywords": a.keywords,
        "images": [{"url": i.url, "caption": i.caption, "credit": i.credit} for i in a.images],
        "body": [{"kind": b.kind, "text": b.text} for b in a.body],
        "related": [{"url": link.url, "text": link.text} for link in a.related],
        "page_type": a.page_type, "source_id": a.source_id, "sequence": a.sequence, "text": a.text,
    }


class ConvertParquetWriter:
    """Appends article dicts (`to_dict` shape) to a Parquet file at `path`. A row group is written
    when `rows_per_group` rows or `chars_per_group` characters of article text are buffered, so
    memory holds at most one group whatever the article sizes. `close()` finishes the file; use as
    a context manager. Raises pyarrow errors for values that do not fit `CONVERT_SCHEMA`."""

    def __init__(self, path: str | Path, rows_per_group: int = 1000, chars_per_group: int = 2_000_000) -> None:
        self.path = Path(path)
        self.rows_per_group = rows_per_group
        self.chars_per_group = chars_per_group
        self.rows: list[dict[str, Any]] = []
        self._chars = 0
        self.count = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(f".tmp-{os.getpid()}-{self.path.name}")
        self._writer = pq.ParquetWriter(self._tmp, CONVERT_SCHEMA, compression="zstd")

    def __enter__(self) -> "ConvertParquetWriter":
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, row: dict[str, Any]) -> None:
        """Add one article row."""
        self.rows.append(row)
        self.count += 1
        self._chars += len(row.get("text") or "")
        if len(self.rows) >= self.rows_per_group or self._chars >= self.chars_per_group:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one row group."""
        if self.rows:
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=CONVERT_SCHEMA))
            self.rows = []
            self._chars = 0

    def close(self) -> None:
        """Write what is buffered, finish the file and move it to `path`."""
        self.flush()
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        """Drop the unfinished file."""
        self._writer.close()
        self._tmp.unlink(missing_ok=True)
