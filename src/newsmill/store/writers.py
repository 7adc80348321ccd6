"""Document writers: one file per article (txt, md, json) or one JSON Lines file, written atomically.

A per-file document goes to ``DIR/NNN_<id>.<fmt>`` through a temporary file and `os.replace`, so a
crash never leaves half a document. JSON Lines output appends whole lines to ``DIR/articles.jsonl``
and flushes after each, so a crash loses at most the line being written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..article import Article
from ..formats import PER_FILE_FORMATS, file_name, render

JSONL_NAME = "articles.jsonl"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` via a temporary file in the same folder and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DocumentWriter:
    """Writes articles in one format under `out_dir`. Use as a context manager.

    `fmt` is "txt", "md", "json" (one file each) or "jsonl" (one shared file). `write` returns the
    path written to. Raises ValueError for an unknown format.
    """

    def __init__(self, out_dir: str | Path, fmt: str = "txt") -> None:
        if fmt not in (*PER_FILE_FORMATS, "jsonl"):
            raise ValueError(f"unknown format {fmt!r}")
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        self._jsonl = None

    def __enter__(self) -> "DocumentWriter":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, article: Article, sequence: int) -> Path:
        """Write one article; `sequence` numbers per-file documents (input order)."""
        if self.fmt == "jsonl":
            if self._jsonl is None:
                self.out_dir.mkdir(parents=True, exist_ok=True)
                self._jsonl = open(self.out_dir / JSONL_NAME, "a", encoding="utf-8")
            self._jsonl.write(render(article, "jsonl"))
            self._jsonl.flush()
            return self.out_dir / JSONL_NAME
        path = self.out_dir / file_name(sequence, article, self.fmt)
        write_atomic(path, render(article, self.fmt))
        return path

    def close(self) -> None:
        if self._jsonl is not None:
            self._jsonl.close()
            self._jsonl = None
