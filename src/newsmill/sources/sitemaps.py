"""XML sitemaps (sitemaps.org 0.9, Google News) as a source of article URLs.

A sitemap is either an index (``<sitemapindex>`` of child sitemaps) or a URL set (``<urlset>``).
Gzip is decided by the bytes (magic number), never by the file name, and decompression is capped.
XML is parsed with defusedxml: no entity expansion, no DTD or network access. ``<loc>`` may be in
CDATA; namespaces are matched by local name so that unusual prefixes still work.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from .feeds import Candidate, UnsafeXML

GZIP_MAGIC = b"\x1f\x8b"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
"""Decompressed size cap: the sitemaps.org protocol limit of 50 MB (uncompressed) per file."""


class TooLarge(ValueError):
    """A body or decompressed document above its size cap."""


@dataclass(slots=True)
class Sitemap:
    """A parsed sitemap: `kind` is "index" or "urlset"; `children` are child sitemap URLs of an
    index, `child_dates` their lastmod (aware UTC, when given); `candidates` the page URLs of a URL
    set (with their news or lastmod date)."""

    kind: str
    children: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    child_dates: dict[str, datetime] = field(default_factory=dict)


def gunzip_capped(data: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """`data` decompressed when it starts with the gzip magic number, else unchanged.

    Raises TooLarge when the output would exceed `limit` bytes, ValueError for corrupt gzip.
    """
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise ValueError(f"corrupt gzip: {error}") from None
    if len(out) > limit:
        raise TooLarge(f"gzip body inflates past {limit} bytes")
    return out


def local(tag: str) -> str:
    """An element tag without its namespace: ``{ns}loc`` -> ``loc``."""
    return tag.rsplit("}", 1)[-1]


def parse_date(text: str | None) -> datetime | None:
    """A W3C datetime (``2024-05-01``, ``2024-05-01T10:00:00+02:00``, ``...Z``) as aware UTC, or None."""
    if not text:
        return None
    text = text.strip().replace("Z", "+00:00")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def is_sitemap(data: bytes) -> bool:
    """True when (gunzipped) `data` has a sitemap root element near its start."""
    head = data[:4096].lower()
    return b"<urlset" in head or b"<sitemapindex" in head or b":urlset" in head


def child_text(element, name: str) -> str:
    """Text of the first descendant with local name `name` (stripped), or ""."""
    for child in element.iter():
        if local(child.tag) == name and child.text:
            return child.text.strip()
    return ""


def parse_sitemap(data: bytes, base_url: str) -> Sitemap:
    """Parse a sitemap, sitemap index or Google News sitemap, gzipped or not.

    A URL's date is its ``news:publication_date`` when given, else its ``lastmod``. Raises
    UnsafeXML for entity declarations or external references, TooLarge past the size cap and
    ValueError for a document that is not a sitemap.
    """
    data = gunzip_capped(data)
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise UnsafeXML(f"unsafe XML refused: {type(error).__name__}") from None
    except SafeET.ParseError as error:
        raise ValueError(f"malformed sitemap: {error}") from None
    kind = local(root.tag)
    if kind == "sitemapindex":
        sitemap = Sitemap("index")
        for entry in root:
            loc = child_text(entry, "loc") if local(entry.tag) == "sitemap" else ""
            if loc:
                url = urljoin(base_url, loc)
                sitemap.children.append(url)
                date = parse_date(child_text(entry, "lastmod"))
                if date is not None:
                    sitemap.child_dates[url] = date
        return sitemap
    if kind != "urlset":
        raise ValueError(f"not a sitemap: root element <{kind}>")
    candidates = []
    for entry in root:
        if local(entry.tag) != "url":
            continue
        loc = ""
        for child in entry:
            if local(child.tag) == "loc" and child.text:
                loc = child.text.strip()
        if not loc:
            continue
        date = parse_date(child_text(entry, "publication_date")) or parse_date(child_text(entry, "lastmod"))
        candidates.append(Candidate(urljoin(base_url, loc), date, child_text(entry, "title")))
    return Sitemap("urlset", candidates=candidates)
