"""What kind of page this is: article, liveblog, listing or other.

Declared types come first (schema.org `@type` in JSON-LD and `og:type`, as
`metadata.declared_types` gives them, lower case); without a declaration the extracted body
decides: little prose is "other", a body made mostly of list items is a "listing".
"""

from __future__ import annotations

from ..article import Block
from .signals import DISCUSSION_TYPES

# schema.org types (lower case), grouped by the page type they declare.
LIVEBLOG_TYPES = frozenset({"liveblogposting"})
ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                           "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
                           "report", "scholarlyarticle", "techarticle", "satiricalarticle", "advertisercontentarticle"})
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage"})
OTHER_TYPES = frozenset({"product", "productgroup", "qapage", "discussionforumposting", "profilepage", "event",
                         "jobposting", "softwareapplication", "course"})
MIN_ARTICLE_WORDS = 80
LISTING_ITEM_SHARE = 0.6


def declares_one_item(types: set[str]) -> bool:
    """True when the page calls itself one article, live blog or product, in its schema.org types or
    its `og:type` (a product page's grid of other products is not the page)."""
    return bool(types & (ARTICLE_TYPES | LIVEBLOG_TYPES)) or bool(types & {"og:article", "og:product"})


PRODUCT_TYPES = frozenset({"product", "productgroup", "og:product"})


def declares_discussion(types: set[str]) -> bool:
    """True when the page calls itself a discussion (a forum thread, a Q&A page): its comment threads
    are content. The questions of a FAQPage are the site's own, answered by it: an article or a
    service page with a FAQ block is no discussion, and its comment thread stays chrome."""
    found = types & DISCUSSION_TYPES
    if "faqpage" in types:
        found = found - {"question"}
    return bool(found)


def declares_product(types: set[str]) -> bool:
    """True when the page calls itself a product (schema.org or `og:type`) and not an article: a
    shop's product page, not a review of the product."""
    return bool(types & PRODUCT_TYPES) and not types & (ARTICLE_TYPES | {"og:article"})


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
