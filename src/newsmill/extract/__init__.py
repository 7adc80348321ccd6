"""HTML -> Article, generic: no per-site code.

Steps: decode bytes (`encoding`), parse (`dom`), read metadata from the untouched tree (`metadata`),
then clean the tree and find the main content (`content`, with the block model of `model/`; an app
shell that shows no story is read from its scripts, `hydration`; a listing made of cards is read from
them), and tell the page type (`pagetype`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from ..article import Article, Block
from . import bylines, content, dom, hydration, metadata, pagetype
from .encoding import decode_html_utf8


@dataclass(slots=True)
class PreparedPage:
    """A page after the steps before main-content extraction: the cleaned tree, the Article with its
    metadata filled in, and whether the page declares a discussion (comment threads are content)."""

    root: HtmlElement
    signals: metadata.PageSignals
    article: Article
    types: set[str]
    discussion: bool
    text: str  # the decoded page, for the rare second look at its scripts (`hydration`)


def prepare(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> PreparedPage:
    """Decode, parse, read the metadata from the untouched tree, then clean the tree.
    Raises ValueError for input that is not a document (see `dom.parse`)."""
    text, utf8 = decode_html_utf8(html, charset) if isinstance(html, bytes) else (html, None)
    root = dom.parse(text, utf8)
    signals = metadata.gather(root, url)
    article = metadata.article_from(signals)
    types = metadata.declared_types(signals)
    dom.remove_non_content(root)
    return PreparedPage(root, signals, article, types, pagetype.declares_discussion(types), text)


def extract(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> Article:
    """Extract the article of one HTML page.

    `html` is the page as text, or as bytes in any encoding (`charset` is the HTTP `Content-Type`
    charset when known). `url` is the address the page was fetched from; it resolves relative links.
    Returns an Article; a page without an article gives an Article with an empty body.
    Raises ValueError for input that is not a document at all (empty, or no markup).
    """
    page = prepare(html, url, charset=charset)
    article = page.article
    article.body, article.related = content.extract_body(page.root, article, page.discussion,
                                                         pagetype.declares_one_item(page.types))
    article.body = content.prefer_declared_body(article.body, metadata.declared_body(page.signals))
    listing = None
    if content.is_scant(article.body):
        listing = listing_cards(article.body, page)
        article.body = listing[0] if listing else prefer_embedded_story(article.body, page)
        if pagetype.declares_product(page.types) and content.is_chrome_scraps(article.body):
            article.body = []  # a product page without its description: no body rather than chrome
    article.page_type = listing[1] if listing else pagetype.classify(page.types, article.body)
    if not article.authors and not article.agency:
        credit_from_body(article, page.signals)
    if not article.language:
        article.language = metadata.detect_language(article.text)
    return article


# The paragraphs a wire dateline may open: a standfirst can come before the story's first.
DATELINE_PARAGRAPHS = 2


def credit_from_body(article: Article, signals: metadata.PageSignals) -> None:
    """Credit a page that names no author from its body: a byline typed as one of its first lines
    (which then leaves the body; the outlet's own name credits no author), else the agency of a wire
    dateline opening it."""
    found, article.body = content.head_byline(article.body, lambda name: metadata.is_outlet_name(name, signals))
    article.authors = found.authors
    article.agency = ", ".join(found.agencies) or opening_dateline_agency(article.body)


def opening_dateline_agency(body: list[Block]) -> str:
    """The agency credited by a wire dateline ("PARIS (AFP) —") opening one of the body's first
    `DATELINE_PARAGRAPHS` paragraphs: the credit of a page that names no author ("" when none)."""
    paragraphs = [block.text for block in body if block.kind == "paragraph"][:DATELINE_PARAGRAPHS]
    return next(filter(None, map(bylines.dateline_agency, paragraphs)), "")


def listing_cards(body: list[Block], page: PreparedPage) -> tuple[list[Block], str] | None:
    """The cards of a page whose body is scant, and the page type they make
    (`content.card_list_body`); None when there are none, or when the page declares one article or
    product (its short body is the story or the description, and cards beside it are teasers)."""
    if pagetype.declares_one_item(page.types):
        return None
    return content.card_list_body(page.root, body, page.article.url)


def prefer_embedded_story(body: list[Block], page: PreparedPage) -> list[Block]:
    """The body, or the story an app shell keeps in its scripts (`hydration.embedded_story`) when
    that is far longer. The page is parsed a second time: this runs only for pages with a scant body."""
    story = hydration.embedded_story(dom.parse(page.text))
    if story is None:
        return body
    shell = dom.parse("<html><body><article></article></body></html>")
    shell.find(".//article").append(story)
    dom.remove_non_content(shell)
    found, _related = content.extract_body(shell, page.article)
    return found if content.word_count(found) >= content.DECLARED_BODY_FACTOR * content.word_count(body) else body


__all__ = ["extract", "prepare", "PreparedPage"]
