"""HTML -> Article, generic: no per-site code.

Steps: decode bytes (`encoding`), parse (`dom`), read metadata from the untouched tree (`metadata`),
then clean the tree and find the main content (`content`, with the block model of `model/`), and
tell the page type (`pagetype`).
"""

from __future__ import annotations

from ..article import Article
from . import content, dom, metadata, pagetype
from .encoding import decode_html


def extract(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> Article:
    """Extract the article of one HTML page.

    `html` is the page as text, or as bytes in any encoding (`charset` is the HTTP `Content-Type`
    charset when known). `url` is the address the page was fetched from; it resolves relative links.
    Returns an Article; a page without an article gives an Article with an empty body.
    Raises ValueError for input that is not a document at all (empty, or no markup).
    """
    text = decode_html(html, charset) if isinstance(html, bytes) else html
    root = dom.parse(text)
    signals = metadata.gather(root, url)
    article = metadata.article_from(signals)
    dom.remove_non_content(root)
    article.body, article.related = content.extract_body(root, article)
    article.body = content.prefer_declared_body(article.body, metadata.declared_body(signals))
    article.page_type = pagetype.classify(metadata.declared_types(signals), article.body)
    if not article.language:
        article.language = metadata.detect_language(article.text)
    return article


__all__ = ["extract"]
