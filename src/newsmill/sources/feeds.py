"""RSS/Atom feeds as a source of article URLs, and feed autodiscovery on HTML pages.

Feeds are parsed with feedparser after a safety check with defusedxml: a document that declares
entities (the "billion laughs" bomb) or pulls external resources is refused before any parser
expands it. Each entry's article link is its Atom ``rel=alternate`` link (never ``self`` or
``enclosure``), else its RSS ``<link>``, else a permalink ``<guid>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from lxml import etree
from lxml import html as lxml_html

FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
    "application/xml", "text/xml",
})
"""`type` values of ``<link rel=alternate>`` that announce a feed (RSS 0.9x-2.0, RDF/RSS 1.0, Atom)."""


class UnsafeXML(ValueError):
    """XML that declares entities or external resources: refused unparsed."""


@dataclass(slots=True)
class Candidate:
    """An article URL found by a source, with what the source says about it.

    `published` is timezone-aware UTC when the source gives a date, else None; `title` may be "".
    """

    url: str
    published: datetime | None = None
    title: str = ""


def check_xml_safe(data: bytes) -> None:
    """Raise UnsafeXML when `data` declares entities or references external resources.

    Malformed XML is let through: lenient parsers downstream never expand entities of a document
    that the strict parser could not read.
    """
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise UnsafeXML(f"unsafe XML refused: {type(error).__name__}") from None
    except SafeET.ParseError:
        pass


def find_feed_links(html: bytes | str, base_url: str) -> list[str]:
    """The absolute feed URLs an HTML page announces with ``<link rel="alternate" type=feed>``.

    In document order, without duplicates; an unparsable page gives [].
    """
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError, etree.LxmlError):
        return []
    found: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            url = urljoin(base_url, href)
            if url not in found:
                found.append(url)
    return found


def find_page_links(html: bytes | str, base_url: str) -> list[str]:
    """Every absolute ``<a href>`` target of an HTML page (relative ones resolved), in order."""
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError, etree.LxmlError):
        return []
    base = root.xpath("//base/@href")
    base_url = urljoin(base_url, base[0]) if base else base_url
    return [urljoin(base_url, href.strip()) for href in root.xpath("//a/@href") if href.strip()]


def is_feed(data: bytes) -> bool:
    """True when the document's root element is a feed (rss, rdf:RDF or Atom feed)."""
    head = data[:2048].lstrip().lower()
    return any(tag in head for tag in (b"<rss", b"<rdf:rdf", b"<feed"))


def entry_link(entry: feedparser.FeedParserDict) -> str:
    """The article link of one feed entry: Atom rel=alternate, else `link`, else a permalink guid."""
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    if entry.get("link"):
        return entry["link"]
    guid = entry.get("id", "")
    if guid.startswith(("http://", "https://")) and entry.get("guidislink", True):
        return guid
    return ""


def entry_date(entry: feedparser.FeedParserDict) -> datetime | None:
    """The entry's publication (else update) time as an aware UTC datetime, or None."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime(*value[:6], tzinfo=timezone.utc)
    return None


def parse_feed(data: bytes, base_url: str) -> list[Candidate]:
    """The article candidates of an RSS 0.9x/1.0/2.0 or Atom feed, in feed order.

    Relative links are resolved against `base_url`. Raises UnsafeXML for a document with entity
    declarations or external references, ValueError for a document that is no feed at all.
    """
    check_xml_safe(data)
    parsed = feedparser.parse(data, response_headers={"content-location": base_url},
                              resolve_relative_uris=True, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        raise ValueError("not a feed")
    candidates = []
    for entry in parsed.entries:
        link = entry_link(entry)
        if link:
            candidates.append(Candidate(urljoin(base_url, link), entry_date(entry),
                                        entry.get("title", "")))
    return candidates
