"""The short fields: language, publisher, section, keywords and description."""

from __future__ import annotations

import re

from ..dom import normalise_space
from .gathering import PageSignals
from .jsonld import _ld_names, _ld_text


def language_code(tag: str) -> str:
    """ISO 639-1 code of a language tag ("de-DE", "pt_BR", "EN") -> "de", "pt", "en"; "" when not one."""
    code = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return code if code.isalpha() and 2 <= len(code) <= 3 else ""


def _language(page: PageSignals) -> str:
    for tag in (page.root.get("lang") or "", page.root.get("xml:lang") or "",
                page.first("content-language", "language", "dc.language", "og:locale"),
                _ld_text(page.article_ld.get("inLanguage"))):
        code = language_code(tag)
        if code:
            return code
    return ""


def _publisher(page: PageSignals) -> str:
    names = _ld_names(page.article_ld.get("publisher"))
    return page.first("og:site_name") or (names[0] if names else "") or page.first("application-name")


def _section(page: PageSignals) -> str:
    return (page.first("article:section", "og:article:section", "section", "parsely-section", "article.section")
            or _ld_text(page.article_ld.get("articleSection")))


def _keywords(page: PageSignals) -> list[str]:
    values = page.all("news_keywords", "keywords", "article:tag", "og:article:tag", "parsely-tags")
    ld_keywords = page.article_ld.get("keywords")
    if not values and ld_keywords:
        values = [ld_keywords] if isinstance(ld_keywords, str) else [k for k in ld_keywords if isinstance(k, str)] if isinstance(ld_keywords, list) else []
    keywords: list[str] = []
    for value in values:
        for word in re.split(r"[,;]", value):
            word = normalise_space(word)
            if word and word.lower() not in (k.lower() for k in keywords) and len(word) < 80:
                keywords.append(word)
    return keywords[:30]


def _description(page: PageSignals) -> str:
    return (page.first("og:description", "description", "twitter:description")
            or _ld_text(page.article_ld.get("description")))
