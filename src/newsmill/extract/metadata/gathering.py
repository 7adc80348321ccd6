"""What the page declares about itself, read once (`PageSignals`, `gather`): every `<meta>`, the
JSON-LD objects and the article's among them, the outlet's names; itemprop, byline and dateline
candidates are indexed on first use."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .jsonld import _ld_names, _types, _unescape


# schema.org types of an article object (JSON-LD / microdata); others give no article metadata.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting",
    "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle", "report",
    "posting", "review", "recipe", "howto", "medicalwebpage", "videoobject", "creativework",
    "discussionforumposting", "question",  # a forum thread or Q&A page: its first post is the article
})
PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "qapage"})


# Class/id tokens of byline and dateline elements.
_BYLINE_TOKENS = ("byline", "author", "autor")
_DATE_TOKENS = ("date", "time", "published", "dateline", "meta")


@dataclass(slots=True)
class PageSignals:
    """What the page declares about itself, gathered once.

    `meta` maps a lowercase meta key (`property`, `name`, `itemprop` or `http-equiv`) to its
    values in page order; `article_ld` is the JSON-LD object of the article (empty dict when none),
    `ld_objects` every JSON-LD object with a `@type`; `site_names` the outlet's names (lowercase).
    """

    root: HtmlElement
    url: str | None
    meta: dict[str, list[str]] = field(default_factory=dict)
    ld_objects: list[dict] = field(default_factory=list)
    article_ld: dict = field(default_factory=dict)
    page_ld: dict = field(default_factory=dict)
    site_names: list[str] = field(default_factory=list)
    ld_by_id: dict[str, dict] = field(default_factory=dict)
    strong_bylines: list = field(default_factory=list)
    class_bylines: list = field(default_factory=list)
    dated: list = field(default_factory=list)
    indexed: bool = False
    marks_indexed: bool = False  # class_bylines and dated found, see `_index_marked_elements`
    headline: object = None  # the headline element once looked up (False: none), see titles._headline_element
    dateline: tuple | None = None  # (date, labelled as an update) once read, see published._dateline
    story: frozenset | None = None  # the headline and its holders once looked up, see published._story_elements
    itemprops: dict[str, list] = field(default_factory=dict)
    outlet_named: list[str] = field(default_factory=list)  # names left out as the outlet's, see credits._merge

    def first(self, *keys: str) -> str:
        """The first non-empty value of the first key present among `keys` ("" when none)."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return ""

    def all(self, *keys: str) -> list[str]:
        """All non-empty values of `keys`, in key order."""
        return [value for key in keys for value in self.meta.get(key, ()) if value]


def _collect_meta(root: HtmlElement) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for element in root.iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        content = _unescape(content)
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attr)
            if key:
                meta.setdefault(key.strip().lower(), []).append(content)
    return meta


_LD_CLEAN = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$|;\s*$")
_LD_OPENING = re.compile(r"\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)")  # the first branch of _LD_CLEAN


def _without_wrappers(text: str) -> str:
    """`_LD_CLEAN.sub("", text)` for a stripped script text: the comment or CDATA markers around its
    JSON and a final semicolon removed. Only a text that ends with ">" or ";" can close with them; any
    other is only tested at its start, not scanned at every character (JSON-LD scripts run long)."""
    if text.endswith((">", ";")):
        return _LD_CLEAN.sub("", text)
    opening = _LD_OPENING.match(text)
    return text[opening.end():] if opening else text


def _load_json(text: str):
    text = _without_wrappers(text.strip())
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:  # trailing text after a complete object
        return json.JSONDecoder(strict=False).raw_decode(text)[0]
    except ValueError:
        return None


def _walk_ld(node, out: list[dict], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            _walk_ld(item, out, depth + 1)
    elif isinstance(node, dict):
        if "@type" in node:
            out.append(node)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                _walk_ld(node[key], out, depth + 1)


def _collect_ld(root: HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for text in _ld_scripts(root):
        data = _load_json(text)
        if data is not None:
            _walk_ld(data, objects)
    return objects


def _ld_scripts(root: HtmlElement) -> list[str]:
    """The texts of the JSON-LD scripts, as //script[contains(@type,"ld+json")]/text() (a script
    holds one text node; tag iteration is faster than the XPath)."""
    return [script.text for script in root.iter("script")
            if "ld+json" in script.get("type", "") and script.text is not None]


def _pick_article(objects: list[dict], url: str | None) -> dict:
    candidates = [obj for obj in objects if _types(obj) & ARTICLE_TYPES and (obj.get("headline") or obj.get("datePublished") or obj.get("author"))]
    if not candidates:
        return {}
    # Prefer the object about this page, then one with a headline, then a news type.
    def score(obj: dict) -> tuple:
        about = obj.get("mainEntityOfPage") or obj.get("url") or obj.get("@id") or ""
        if isinstance(about, dict):
            about = about.get("@id") or about.get("url") or ""
        same = bool(url) and isinstance(about, str) and _same_page(about, url)
        news = any("news" in t or t == "article" or t == "blogposting" for t in _types(obj))
        return (same, bool(obj.get("headline")), news)
    return max(candidates, key=score)


def _same_page(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return pa.path.rstrip("/") == pb.path.rstrip("/") and pa.netloc.removeprefix("www.") == pb.netloc.removeprefix("www.")


def _host_name(url: str | None) -> str:
    host = urlsplit(url or "").netloc.lower().split(":")[0]
    for prefix in ("www.", "m.", "amp.", "edition.", "news."):
        host = host.removeprefix(prefix)
    return host


_DATED_TAGS = frozenset({"span", "div", "p", "time", "li"})
# `//body//*[@itemprop or @rel='author']`, found from the attributes (libxml2 finds attributes by name
# far faster than it tests every element; same elements, same order).
_ITEMPROP_XPATH = etree.XPath(
    "(//body//@itemprop | //body//@rel)/parent::*[ancestor::body][@itemprop or @rel='author']")


_MAX_CANDIDATES = 24  # byline and dateline candidates kept per page: the article's come first
# Class/id/test-id words of dateline candidates, and of any candidate (bylines too).
_DATE_MARKS = re.compile("|".join(_DATE_TOKENS))
_CANDIDATE_MARKS = re.compile("|".join((*_BYLINE_TOKENS, *_DATE_TOKENS)))


# The class, id and test-id values below an element (itself included), in document order; each
# value knows its element (`getparent`). Written with descendant-or-self::*, not .//: libxml2 then
# looks for attributes on elements only, not on every text node too (the same values, a fifth faster).
_MARK_VALUES = etree.XPath("descendant-or-self::*/@class | descendant-or-self::*/@id"
                           " | descendant-or-self::*/@data-testid")


def _marked_elements(body: HtmlElement):
    """The elements at or below `body` whose class, id or test id holds a `_CANDIDATE_MARKS` word,
    in document order: the attribute values are read by libxml2 and only the marked ones' elements
    are touched, far faster than visiting every element (the words hold no space, so testing each
    value finds the same elements as testing all three joined)."""
    seen = set()
    for value in _marked_values(_MARK_VALUES(body)):
        element = value.getparent()
        if element not in seen:
            seen.add(element)
            yield element


def _marked_values(values: list[str]) -> list[str]:
    """The `values` that hold a `_CANDIDATE_MARKS` word (case aside), in order."""
    text = "\n".join(values)
    if not text.isascii():
        return [value for value in values if _CANDIDATE_MARKS.search(value.lower())]
    # ASCII text keeps its offsets when lower-cased: one search over all the values at once, each
    # match mapped to its value by offset, instead of a search per value (a page has hundreds).
    text = text.lower()
    ends = list(accumulate(len(value) + 1 for value in values))  # each value's end, past its separator
    marked = []
    match = _CANDIDATE_MARKS.search(text)
    while match:
        index = bisect_right(ends, match.start())
        marked.append(values[index])
        match = _CANDIDATE_MARKS.search(text, ends[index])  # the next value on (the words hold no newline)
    return marked


def _index_elements(page: PageSignals) -> None:
    """Once per page, on first use: itemprop elements by property and rel/itemprop authors (one
    attribute-only XPath). The byline and dateline candidates by class/id words are found only when
    read (`byline_candidates`, `dated_candidates`): most pages are credited before they are."""
    if page.indexed:
        return
    page.indexed = True
    for element in _ITEMPROP_XPATH(page.root):
        itemprop = element.get("itemprop")
        if itemprop:
            page.itemprops.setdefault(itemprop, []).append(element)
        if itemprop == "author" or element.get("rel") == "author":
            page.strong_bylines.append(element)


def byline_candidates(page: PageSignals) -> list:
    """The elements whose class/id names a byline or an author, in document order (at most
    `_MAX_CANDIDATES`); empty until `_index_elements` ran for the page."""
    _index_marked_elements(page)
    return page.class_bylines


def dated_candidates(page: PageSignals) -> list:
    """The short elements whose class/id names a date or a time, in document order (at most
    `_MAX_CANDIDATES`); empty until `_index_elements` ran for the page."""
    _index_marked_elements(page)
    return page.dated


def _index_marked_elements(page: PageSignals) -> None:
    """Once per indexed page: byline and dateline candidates by class/id tokens, scanning the body in
    document order only until enough of both are found."""
    if not page.indexed or page.marks_indexed:
        return
    page.marks_indexed = True
    body = page.root.find("body")
    if body is None:
        return
    for element in _marked_elements(body):
        attrib = element.attrib
        marks = f'{attrib.get("class", "")} {attrib.get("id", "")} {attrib.get("data-testid", "")}'.lower()
        if "author" in marks or "byline" in marks or "autor" in marks:
            if len(page.class_bylines) < _MAX_CANDIDATES:
                page.class_bylines.append(element)
        elif element.tag in _DATED_TAGS and _DATE_MARKS.search(marks):
            if len(page.dated) < _MAX_CANDIDATES:
                page.dated.append(element)
        if len(page.class_bylines) >= _MAX_CANDIDATES and len(page.dated) >= _MAX_CANDIDATES:
            break


def gather(root: HtmlElement, url: str | None) -> PageSignals:
    """Read the page's `<meta>` elements and JSON-LD once and index its byline and dateline
    candidates in one pass (see PageSignals)."""
    page = PageSignals(root=root, url=url, meta=_collect_meta(root), ld_objects=_collect_ld(root))
    page.ld_by_id = {obj["@id"]: obj for obj in page.ld_objects if isinstance(obj.get("@id"), str)}
    page.article_ld = _pick_article(page.ld_objects, url)
    page.page_ld = next((obj for obj in page.ld_objects if _types(obj) & PAGE_TYPES), {})
    names = [page.first("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")]
    publisher = page.article_ld.get("publisher")
    names += _ld_names(publisher)
    names += [obj.get("name") for obj in page.ld_objects if _types(obj) & {"organization", "newsmediaorganization", "website"} and isinstance(obj.get("name"), str)]
    host = _host_name(url)
    if host:
        names.append(host)
    page.site_names = [n.lstrip("@").lower() for n in names if n]
    return page
