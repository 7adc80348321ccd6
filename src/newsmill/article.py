"""The data model: what an article is, in one place.

Every stage speaks these types: `extract` builds an `Article` from HTML, `formats` renders one,
`store` writes one. They are plain dataclasses so that a reader sees every field.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "quote"]
PageType = Literal["article", "liveblog", "listing", "other"]


def article_id(canonical_url: str) -> str:
    """Return newsmill's article id: the first 64 bits of SHA-256 of the canonical URL, as 16 hex digits.

    >>> article_id("https://example.com/a")
    '2dce0a4c50441bfc'
    """
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Block:
    """One unit of the article body, in reading order.

    `kind` is "paragraph", "heading" (a subheading inside the body), "list_item" or "quote";
    `text` is whitespace-normalised plain text, never empty.
    """

    kind: BlockKind
    text: str


@dataclass(slots=True)
class Image:
    """An image of the article: absolute `url`, its `caption` and its `credit` (photographer/agency),
    kept apart so that the caption text never carries the credit."""

    url: str
    caption: str = ""
    credit: str = ""


@dataclass(slots=True)
class Link:
    """A link inserted into the body as a teaser ("Related article: ..."): kept out of the text."""

    url: str
    text: str


@dataclass(slots=True)
class Article:
    """A news article as newsmill extracts it.

    Dates are `datetime` objects, timezone-aware when the page gives an offset; a date the page
    gives without a time is midnight of that day (naive). `authors` holds persons only; wire
    services go to `agency` (e.g. "AFP", or "AFP, Reuters" when several are credited) and the
    outlet's own name to `publisher`. `body` is the main content as blocks; `text` joins them.
    `source_id` and `sequence` are set when the article was read back from a numbered file
    (``NNN_<id>.txt``): the file's own id and number.
    """

    url: str | None = None
    canonical_url: str | None = None
    title: str = ""
    authors: list[str] = field(default_factory=list)
    agency: str = ""
    publisher: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    language: str = ""
    description: str = ""
    section: str = ""
    keywords: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    related: list[Link] = field(default_factory=list)
    page_type: PageType = "article"
    source_id: str | None = None
    sequence: int | None = None

    @property
    def id(self) -> str:
        """16 lowercase hex digits: the first 64 bits of SHA-256 of the canonical URL (else the URL,
        else the text, so that an article read from a file without a URL still has a stable id)."""
        key = self.canonical_url or self.url or self.text
        return article_id(key)

    @property
    def text(self) -> str:
        """The body as plain text: blocks separated by a blank line."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def lead_image(self) -> Image | None:
        """The first image, the one the layouts show under the date; None when there is none."""
        return self.images[0] if self.images else None
