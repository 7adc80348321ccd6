"""HTML -> Article, generic: no per-site code.

Steps: decode bytes (`encoding`), parse (`dom`), read metadata from the untouched tree (`metadata`),
then clean the tree and find the main content (`content`, with the block model of `model/`), and
tell the page type (`pagetype`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from ..article import Article
from . import content, dom, metadata, pagetype
from .encoding import decode_html_utf8
from .signals import DISCUSSION_TYPES


@dataclass(slots=True)
class PreparedPage:
    """A page after the steps before main-content extraction: the cleaned tree, the Article with its
    metadata filled in, and whether the page declares a discussion (comment threads are content)."""

    root: HtmlElement
    signals: metadata.PageSignals
    article: Article
    types: set[str]
    discussion: bool


def prepare(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> PreparedPage:
    """Decode, parse, read the metadata from the untouched tree, then clean the tree.
    Raises ValueError for input that is not a document (see `dom.parse`)."""
    text, utf8 = decode_html_utf8(html, charset) if isinstance(html, bytes) else (html, None)
    root = dom.parse(text, utf8)
    signals = metadata.gather(root, url)
    article = metadata.article_from(signals)
    types = metadata.declared_types(signals)
    dom.remove_non_content(root)
    return PreparedPage(root, signals, article, types, bool(types & DISCUSSION_TYPES))


def extract(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> Article:
    """Extract the article of one HTML page.

    `html` is the page as text, or as bytes in any encoding (`charset` is the HTTP `Content-Type`
    charset when known). `url` is the address the page was fetched from; it resolves relative links.
    Returns an Article; a page without an article gives an Article with an empty body.
    Raises ValueError for input that is not a document at all (empty, or no markup).
    """
    page = prepare(html, url, charset=charset)
    article = page.article
    article.body, article.related = content.extract_body(page.root, article, page.discussion)
    article.body = content.prefer_declared_body(article.body, metadata.declared_body(page.signals))
    article.page_type = pagetype.classify(page.types, article.body)
    if not article.language:
        article.language = metadata.detect_language(article.text)
    return article


__all__ = ["extract", "prepare", "PreparedPage"]
