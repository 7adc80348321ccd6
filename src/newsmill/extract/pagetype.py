"""What kind of page this is: article, liveblog, listing or other.

Declared types come first (schema.org `@type` in JSON-LD, `og:type`), read from the untouched tree;
without a declaration the extracted body decides: little prose is "other", a body made mostly of
list items is a "listing".
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..article import Block

_TYPE = re.compile(r'"@type"\s*:\s*(?:\[\s*)?"([A-Za-z]+)"')

# schema.org types, grouped by the page type they declare.
LIVEBLOG_TYPES = frozenset({"LiveBlogPosting"})
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "BlogPosting",
                           "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "AdvertiserContentArticle"})
LISTING_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage"})
OTHER_TYPES = frozenset({"Product", "ProductGroup", "QAPage", "DiscussionForumPosting", "ProfilePage", "Event",
                         "JobPosting", "SoftwareApplication", "Course"})
MIN_ARTICLE_WORDS = 80
LISTING_ITEM_SHARE = 0.6


def declared_types(root: HtmlElement) -> set[str]:
    """schema.org types named in the page's JSON-LD, plus "og:<type>" for an OpenGraph type."""
    types = {match for script in root.xpath('//script[@type="application/ld+json"]/text()')
             for match in _TYPE.findall(script)}
    types.update(f"og:{value.strip().lower()}" for value in root.xpath('//meta[@property="og:type"]/@content'))
    return types


def classify(types: set[str], body: list[Block]) -> str:
    """The page type from the declared `types` and the extracted `body`."""
    if types & LIVEBLOG_TYPES:
        return "liveblog"
    if types & ARTICLE_TYPES or "og:article" in types:
        return "article"
    if types & OTHER_TYPES:
        return "other"
    if types & LISTING_TYPES:
        return "listing"
    words = sum(len(block.text.split()) for block in body)
    if words < MIN_ARTICLE_WORDS:
        return "other"
    items = sum(1 for block in body if block.kind == "list_item")
    return "listing" if items > LISTING_ITEM_SHARE * len(body) else "article"
