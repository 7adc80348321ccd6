"""`newsmill convert`: read a corpus of `txt` documents and write it as JSON Lines, Parquet or
re-rendered documents, each article once.

`convert_corpus(paths, out)` walks the inputs, reads every document with `reader.read_txt_file`,
skips (and reports) files that are not in the layout, writes an article only the first time its id
(the canonical URL's) is seen, and returns a `ConvertSummary`. One bad file never stops the run.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from ..article import Article
from . import PER_FILE_FORMATS
from .jsonfmt import render_jsonl
from .reader import LayoutError, ParsedDocument, read_txt_file

DOCUMENT_SUFFIX = ".txt"


def iter_document_paths(inputs: list[str | Path]) -> Iterator[Path]:
    """Files and folders -> document paths, in input order: a folder gives its ``*.txt`` files
    (recursively, sorted, hidden names left out), a named file is given whatever its suffix.
    Raises FileNotFoundError for an input that does not exist."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob(f"*{DOCUMENT_SUFFIX}") if p.is_file()
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {name}")


class Sink(Protocol):
    """Where converted articles go."""

    def write(self, article: Article) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class JsonlSink:
    """One JSON Lines file, written under a temporary name and renamed on `close`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        self.path, self._tmp = path, Path(tmp)
        self._file: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, article: Article) -> None:
        self._file.write(render_jsonl(article))

    def close(self) -> None:
        self._file.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self._file.close()
        self._tmp.unlink(missing_ok=True)


class ParquetSink:
    """One Parquet file (`convert_parquet.ConvertParquetWriter`)."""

    def __init__(self, path: Path) -> None:
        from .convert_parquet import ConvertParquetWriter, article_row

        self._writer = ConvertParquetWriter(path)
        self._row = article_row

    def write(self, article: Article) -> None:
        self._writer.write(self._row(article))

    def close(self) -> None:
        self._writer.close()

    def abort(self) -> None:
        self._writer.abort()


class FolderSink:
    """One document per article under a folder, ``NNN_<id>.<fmt>``; NNN is the source file's own
    number when it had one, else the article's place in the output."""

    def __init__(self, folder: Path, fmt: str) -> None:
        from ..store.writers import DocumentWriter

        self._writer = DocumentWriter(folder, fmt)
        self._count = 0

    def write(self, article: Article) -> None:
        sequence = article.sequence if article.sequence is not None else self._count
        self._writer.write(article, sequence)
        self._count += 1

    def close(self) -> None:
        self._writer.close()

    def abort(self) -> None:
        self._writer.close()


def open_sink(out: str | Path, fmt: str = "txt") -> Sink:
    """The sink for `out`: a ``.jsonl`` or ``.parquet`` file, else a folder of `fmt` documents.
    Raises ValueError for a folder format not in `PER_FILE_FORMATS` or a folder path that is a file."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".jsonl":
        return JsonlSink(out)
    if suffix == ".parquet":
        return ParquetSink(out)
    if fmt not in PER_FILE_FORMATS:
        raise ValueError(f"folder output needs --format {'|'.join(PER_FILE_FORMATS)}, not {fmt!r}")
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out} is a file: give a folder, or a name ending in .jsonl or .parquet")
    return FolderSink(out, fmt)


@dataclass(slots=True)
class ConvertSummary:
    """Counts of one conversion: files read, articles written, duplicates not written again,
    files skipped (with reasons), repairs by kind and warnings."""

    files: int = 0
    written: int = 0
    duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)
    repairs: Counter = field(default_factory=Counter)
    warnings: int = 0

    @property
    def skipped_total(self) -> int:
        """How many files were skipped."""
        return sum(self.skipped.values())

    def line(self) -> str:
        """A one-line summary for the end of a run."""
        repairs = ", ".join(f"{kind} {count}" for kind, count in sorted(self.repairs.items())) or "none"
        skipped = ", ".join(f"{code} {count}" for code, count in sorted(self.skipped.items()))
        return (f"{self.files} files: {self.written} articles written, {self.duplicates} duplicates, "
                f"{self.skipped_total} skipped{f' ({skipped})' if skipped else ''}; "
                f"repairs: {repairs}; warnings: {self.warnings}")


def report_entry(path: Path, status: str, parsed: ParsedDocument | None = None,
                 reason: str = "") -> dict[str, Any]:
    """One line of the `--report` file: the file, what happened to it, its repairs and warnings."""
    entry: dict[str, Any] = {"file": str(path), "status": status}
    if reason:
        entry["reason"] = reason
    if parsed is not None:
        entry["id"] = parsed.article.id
        entry["repairs"] = [{"kind": r.kind, "detail": r.detail} for r in parsed.report.repairs]
        entry["warnings"] = parsed.report.warnings
    return entry


def convert_corpus(paths: list[Path], sink: Sink, *, repair: bool = True,
                   report: IO[str] | None = None,
                   on_file: Callable[[Path, str], None] | None = None) -> ConvertSummary:
    """Convert the documents at `paths` into `sink` (closed at the end, dropped on an exception).

    `report`, when given, receives one JSON line per file that was skipped, was a duplicate, or
    was repaired or warned about. `on_file(path, status)` is called after each file, with status
    "written", "duplicate" or "skipped: <reason>". Returns the summary.
    """
    summary = ConvertSummary()
    seen: set[str] = set()
    try:
        for path in paths:
            status, entry = _convert_one(path, sink, repair, seen, summary)
            if report is not None and entry is not None:
                report.write(json.dumps(entry, ensure_ascii=False) + "\n")
            if on_file is not None:
                on_file(path, status)
    except BaseException:
        sink.abort()
        raise
    sink.close()
    return summary


def _convert_one(path: Path, sink: Sink, repair: bool, seen: set[str],
                 summary: ConvertSummary) -> tuple[str, dict[str, Any] | None]:
    summary.files += 1
    try:
        parsed = read_txt_file(path, repair=repair)
    except (LayoutError, OSError) as error:
        reason = str(error) if isinstance(error, LayoutError) else f"{type(error).__name__}: {error}"
        summary.skipped[error.code if isinstance(error, LayoutError) else "unreadable"] += 1
        return f"skipped: {reason}", report_entry(path, "skipped", reason=reason)
    summary.repairs.update(repair.kind for repair in parsed.report.repairs)
    summary.warnings += len(parsed.report.warnings)
    noted = bool(parsed.report.repairs or parsed.report.warnings)
    key = parsed.article.id
    if key in seen:
        summary.duplicates += 1
        return "duplicate", report_entry(path, "duplicate", parsed)
    seen.add(key)
    sink.write(parsed.article)
    summary.written += 1
    return "written", report_entry(path, "written", parsed) if noted else None
