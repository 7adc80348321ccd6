"""Article metadata from the page: JSON-LD, OpenGraph, meta tags, microdata, visible bylines.

Reads the parsed tree before any cleaning (JSON-LD lives in `<script>` elements) and never mutates it.
"""

from __future__ import annotations

from urllib.parse import urljoin

import py3langid
from lxml.html import HtmlElement

from ..article import Article
from .dom import normalise_space


def _meta(root: HtmlElement, *names: str) -> str:
    for name in names:
        values = root.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')
        for value in values:
            value = normalise_space(value)
            if value:
                return value
    return ""


def read_metadata(root: HtmlElement, url: str | None) -> Article:
    """An Article with every metadata field this page gives filled in (body left empty)."""
    canonical = root.xpath('//link[@rel="canonical"]/@href')
    canonical_url = urljoin(url or "", canonical[0].strip()) if canonical else url
    title = _meta(root, "og:title") or normalise_space(" ".join(root.xpath("//h1[1]//text()")))
    return Article(
        url=url,
        canonical_url=canonical_url or None,
        title=title,
        description=_meta(root, "og:description", "description"),
        publisher=_meta(root, "og:site_name"),
        language=(root.get("lang") or "").split("-")[0].lower(),
    )


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` by py3langid (model shipped in the package); "" for too little text."""
    if len(text) < 40:
        return ""
    code, _score = py3langid.classify(text[:1500])
    return code
