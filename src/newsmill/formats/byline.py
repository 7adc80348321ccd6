"""How bylines and dates are written in the text layouts (shared by txt and Markdown)."""

from __future__ import annotations

from datetime import datetime

from ..article import Article


def join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def byline(article: Article) -> str:
    """The byline without its "By ": persons, then the agency after a comma ("Jane Doe, AFP")."""
    parts = [join_names(article.authors), article.agency]
    return ", ".join(part for part in parts if part)


def human_date(when: datetime | None) -> str:
    """A date as the seed writes it: "May 26, 2023"; empty for None."""
    if when is None:
        return ""
    return f"{when:%B} {when.day}, {when.year}"
