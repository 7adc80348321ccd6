"""Main content: the article body as blocks (placeholder, replaced by the block scorer)."""

from __future__ import annotations

from lxml.html import HtmlElement

from ..article import Article, Block, Link
from .dom import element_text


def extract_body(root: HtmlElement, article: Article) -> tuple[list[Block], list[Link]]:
    """The body blocks and the related-article links inserted into the body."""
    blocks = [Block("paragraph", t) for p in root.iter("p") if (t := element_text(p))]
    return blocks, []


def page_type(root: HtmlElement, article: Article) -> str:
    """article, liveblog, listing or other."""
    return "article"
