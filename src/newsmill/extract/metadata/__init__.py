"""Article metadata from the page: JSON-LD, OpenGraph, meta tags, microdata, visible bylines.

Reads the parsed tree before any cleaning (JSON-LD lives in `<script>` elements) and never mutates
it. `read_metadata` gathers the page's signals once (`PageSignals`: every `<meta>`, the JSON-LD
objects, the outlet's names) and then fills each field with one small function.

This module holds the entry points. The readers of the fields: `titles`, `credits` (authors and
agency), `published` (publication and update dates), `fields` (language, publisher, section,
keywords, description) and `images`. What they share: `gathering` (`PageSignals`, `gather`),
`jsonld` (helpers over JSON-LD values), `outlet` (whether a text names the outlet), `regions`
(whether an element is off the article) and `text` (text helpers).
"""

from __future__ import annotations

import html
import logging
import re
from urllib.parse import urljoin

import py3langid
from lxml import etree
from lxml.html import HtmlElement

from ...article import Article
from .. import bylines
from .credits import _authors
from .fields import _description, _keywords, _language, _publisher, _section, language_code
from .gathering import PageSignals, gather
from .images import _images, split_caption
from .outlet import _is_site_name
from .jsonld import _ld_text, _schema_type, _types
from .published import _modified, _published
from .titles import _title

__all__ = ["PageSignals", "article_from", "declared_body", "declared_types", "detect_language", "gather",
           "is_outlet_name", "language_code", "microdata_types", "read_metadata", "split_caption"]

log = logging.getLogger(__name__)


def _field(reader, page: PageSignals, default):
    """The value `reader` finds on `page`; `default` when it fails on markup nobody foresaw, so
    that one odd field never costs the whole article (the failure is logged)."""
    try:
        return reader(page)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as err:
        log.warning("metadata reader %s failed on %s: %r", reader.__name__, page.url, err)
        return default


def _canonical(page: PageSignals) -> str | None:
    # the first href of a <link rel="canonical">, as //link[@rel="canonical"]/@href (tag iteration is faster)
    canonical = next((href for link in page.root.iter("link")
                      if link.get("rel") == "canonical" and (href := link.get("href")) is not None), None)
    href = canonical.strip() if canonical else ""
    return (urljoin(page.url or "", href) if href else page.url) or None


def read_metadata(root: HtmlElement, url: str | None) -> Article:
    """An Article with every metadata field this page gives filled in (body left empty).

    `root` is the untouched parsed page (never modified), `url` the address it came from (resolves
    relative links). Fields the page does not give stay empty; nothing raises on odd markup.
    """
    return article_from(gather(root, url))


# Microdata items of these types wrap the whole page; the items directly inside them are the page's own.
PAGE_WRAPPER_TYPES = frozenset({"webpage", "itempage"})


def declared_types(page: PageSignals) -> set[str]:
    """The schema.org types the page declares (lower case): in JSON-LD, in top-level microdata items
    (`itemscope` elements inside no other item but a WebPage), plus "og:<type>" for OpenGraph."""
    types = {kind for obj in page.ld_objects for kind in _types(obj)}
    types.update(f"og:{value.strip().lower()}" for value in page.all("og:type"))
    types.update(microdata_types(page.root))
    return types


_TYPED_ITEMS = etree.XPath("//@itemtype/parent::*[@itemscope]")  # as //*[@itemscope and @itemtype], faster
_OUTER_ITEM_TYPES = etree.XPath("ancestor::*[@itemscope]/@itemtype")


def microdata_types(root: HtmlElement) -> set[str]:
    """schema.org types of the page's top-level microdata items (lower case, last URL segment)."""
    types = set()
    for item in _TYPED_ITEMS(root):
        outer = {_schema_type(value) for value in _OUTER_ITEM_TYPES(item)}
        if outer <= PAGE_WRAPPER_TYPES:
            types.update(_schema_type(value) for value in item.get("itemtype").split())
    return types


def declared_body(page: PageSignals) -> str:
    """The JSON-LD `articleBody` of the article, one line per line of the declaration ("" when the page
    gives none): its line breaks are where its paragraphs end."""
    declared = page.article_ld.get("articleBody")
    if isinstance(declared, list):
        declared = next((item for item in declared if isinstance(item, str) and item.strip()), "")
    if not isinstance(declared, str):
        return _ld_text(declared)
    if "&lt;" in declared:  # HTML escaped once more
        declared = html.unescape(declared)
    if _BLOCK_TAG.search(declared):  # the body's HTML, as some publishing systems declare it
        declared = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", declared))
    return "\n".join(_ld_text(line) for line in declared.splitlines())


# The tags that end a paragraph in an `articleBody` given as HTML, and any tag.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|table|tr)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def is_outlet_name(name: str, page: PageSignals) -> bool:
    """True when `name` is the outlet's own (its site name, publisher or host name): not an author."""
    return _is_site_name(name, page)


def article_from(page: PageSignals) -> Article:
    """The Article of `read_metadata`, from signals already gathered."""
    credited = _field(_authors, page, bylines.Byline())
    return Article(
        url=page.url,
        canonical_url=_field(_canonical, page, page.url),
        title=_field(_title, page, ""),
        authors=credited.authors,
        agency=", ".join(credited.agencies),
        publisher=_field(_publisher, page, ""),
        published=_field(_published, page, None),
        modified=_field(_modified, page, None),
        language=_field(_language, page, ""),
        description=_field(_description, page, ""),
        section=_field(_section, page, ""),
        keywords=_field(_keywords, page, []),
        images=_field(_images, page, []),
    )


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` by py3langid (model shipped in the package); "" for too little text."""
    if len(text) < 40:
        return ""
    code, _score = py3langid.classify(text[:1500])
    return code
