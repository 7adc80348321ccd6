"""Local HTML files and folders as a source of pages."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def is_html_file(path: Path) -> bool:
    """True for names ending in .html, .htm, .html.gz or .htm.gz (case-insensitive)."""
    return path.name.lower().endswith(HTML_SUFFIXES)


def iter_html_paths(inputs: list[str]) -> Iterator[Path]:
    """Expand files and folders (walked recursively, sorted) into HTML file paths, in input order.

    A named file is yielded whatever its suffix; a folder contributes its HTML files only.
    Raises FileNotFoundError for an input that does not exist.
    """
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_html_file(p))
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {name}")


def read_page(path: Path) -> bytes:
    """The raw bytes of a page file, gunzipped when the file is gzip (decided by its magic bytes)."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data
