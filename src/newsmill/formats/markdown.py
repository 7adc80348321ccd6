"""Markdown rendering: a heading, a byline line, the lead image, then the body blocks."""

from __future__ import annotations

from ..article import Article, Block
from .byline import byline, human_date

BLOCK_PREFIX = {"paragraph": "", "heading": "## ", "list_item": "- ", "quote": "> "}


def _block(block: Block) -> str:
    return BLOCK_PREFIX[block.kind] + block.text


def render_markdown(article: Article) -> str:
    """Render `article` as a Markdown document ending with a newline."""
    parts = [f"# {article.title}" if article.title else ""]
    by = byline(article)
    meta = " · ".join(p for p in (f"By {by}" if by else "", human_date(article.published)) if p)
    parts.append(f"*{meta}*" if meta else "")
    image = article.lead_image
    if image is not None:
        parts.append(f"![{image.caption}]({image.url})")
        legend = " — ".join(p for p in (image.caption, image.credit) if p)
        parts.append(f"*{legend}*" if legend else "")
    parts.extend(_block(block) for block in article.body)
    url = article.url or article.canonical_url
    if url:
        parts.append(f"[Original article]({url})")
    return "\n\n".join(p for p in parts if p) + "\n"
