"""The `txt` layout of the seed document (``../shared/seed/000_5561b9b5b6de4c6c.txt``).

The document is a fixed sequence of slots separated by blank lines; an absent part leaves its slot
empty so that every part stays at its place:

    (empty) / title / "By …" / date ("May 26, 2023") / (empty) / caption **credit** /
    body blocks, one per slot / "Original url:" / url
"""

from __future__ import annotations

from ..article import Article
from .byline import byline, human_date

ORIGINAL_URL_LABEL = "Original url:"


def image_line(article: Article) -> str:
    """The lead image's caption followed by its credit in bold; empty without a lead image."""
    image = article.lead_image
    if image is None:
        return ""
    credit = f"**{image.credit}**" if image.credit else ""
    return " ".join(part for part in (image.caption, credit) if part)


def render_txt(article: Article) -> str:
    """Render `article` in the seed's layout (no trailing newline, as the seed)."""
    by = byline(article)
    slots = [
        "",
        article.title,
        f"By {by}" if by else "",
        human_date(article.published),
        "",
        image_line(article),
        *(block.text for block in article.body),
        ORIGINAL_URL_LABEL,
        article.url or article.canonical_url or "",
    ]
    return "\n\n".join(slots)
