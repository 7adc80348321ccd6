"""The systems the bench compares, each as a function Page -> Extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..extract import extract
from .datasets import Page


@dataclass(slots=True)
class Extraction:
    """What a system returned for one page: body text, title, person authors, ISO date or datetime."""

    text: str = ""
    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: object = None
    error: str = ""


def run_newsmill(page: Page) -> Extraction:
    article = extract(page.html, url=page.url or None)
    return Extraction(article.text, article.title, article.authors, article.published)


def _trafilatura() -> Callable[[Page], Extraction] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: Page) -> Extraction:
        doc = trafilatura.bare_extraction(page.html, url=page.url or None, with_metadata=True)
        if doc is None:
            return Extraction()
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Extraction(doc.text or "", doc.title or "", authors, doc.date or None)

    return run


SYSTEMS: dict[str, Callable[[Page], Extraction] | None] = {
    "newsmill": run_newsmill,
    "trafilatura": _trafilatura(),
}
