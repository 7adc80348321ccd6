"""Article -> text renderings: the seed's `txt` layout, Markdown, JSON and JSON Lines.

`render(article, fmt)` returns the document as a string; `file_name(sequence, article, fmt)` is the
name a one-document-per-file format is written under (``NNN_<id>.txt``).
"""

from __future__ import annotations

from typing import Callable

from ..article import Article
from .jsonfmt import render_json, render_jsonl, to_dict
from .markdown import render_markdown
from .reader import LayoutError, ReadReport, parse_txt, read_txt
from .txt import render_txt

RENDERERS: dict[str, Callable[[Article], str]] = {
    "txt": render_txt,
    "md": render_markdown,
    "json": render_json,
    "jsonl": render_jsonl,
}
"""Format name -> renderer. `jsonl` renders one line (with its newline) to append to a shared file."""

PER_FILE_FORMATS = ("txt", "md", "json")


def render(article: Article, fmt: str) -> str:
    """Render `article` in format `fmt` (one of `RENDERERS`); raises ValueError for an unknown format."""
    try:
        return RENDERERS[fmt](article)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(RENDERERS)}") from None


def file_name(sequence: int, article: Article, fmt: str) -> str:
    """The file name of a per-file document: the input-order number, zero-padded to 3 digits, and the id."""
    return f"{sequence:03d}_{article.id}.{fmt}"


__all__ = ["RENDERERS", "PER_FILE_FORMATS", "render", "file_name", "render_txt", "render_markdown",
           "render_json", "render_jsonl", "to_dict",
           "read_txt", "parse_txt", "ReadReport", "LayoutError"]
