"""Article metadata from the page: JSON-LD, OpenGraph, meta tags, microdata, visible bylines.

Reads the parsed tree before any cleaning (JSON-LD lives in `<script>` elements) and never mutates
it. `read_metadata` gathers the page's signals once (`PageSignals`: every `<meta>`, the JSON-LD
objects, the headings) and then fills each field with one small function.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from urllib.parse import urljoin, urlsplit

import py3langid
from lxml import etree
from lxml.html import HtmlElement

from ..article import Article, Image
from . import bylines, dates
from .dom import drop_invisible, normalise_space
from .signals import DISCUSSION_TYPES
from .vocabulary import (ARTICLE_WORDS, CAPTION_NOTICES, MONTHS, NAME_PARTICLES, ORGANISATION_WORDS, OUTLET_WORDS,
                         TITLE_SEPARATORS, UPDATE_LABELS, WEEKDAYS)

log = logging.getLogger(__name__)

# schema.org types of an article object (JSON-LD / microdata); others give no article metadata.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting",
    "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle", "report",
    "posting", "review", "recipe", "howto", "medicalwebpage", "videoobject", "creativework",
    "discussionforumposting", "question",  # a forum thread or Q&A page: its first post is the article
})
PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "qapage"})

# Ancestors whose dates and names are not the article's: comments, related lists, sidebars.
_OFF_ARTICLE = ("comment", "related", "sidebar", "aside", "teaser", "recommend", "footer",
                "popular", "trending", "more-", "newsletter", "outbrain", "taboola", "reply", "replies")
_OFF_TAGS = frozenset({"aside", "footer", "nav"})


# "promo" but not "node--promoted" (the article itself); "widget" only as a class of its own
# ("widget widget_recent_entries"), not as the part of a page builder's every block ("elementor-widget").
_OFF_MARK = re.compile(
    r"(?:^|\s|[-_])(?:" + "|".join(_OFF_ARTICLE) + r"|promo(?!ted|tion))|(?:^|\s)widget", re.I)
# Class tokens that describe the layout or the state of the page or article ("has-sidebar",
# "fixed-sidebar", "content-sidebar-wrap", "has-comments", "c-layout-sidebar-bottom", "l-grid--sidebar"),
# not a sidebar or comment section.
_LAYOUT_MARK = re.compile(r"(?:has|with|no|without|left|right|fixed)[-_](?:sidebar|comments?)\b|"
                          r"sidebar[-_](?:left|right|none|layout)|content[-_]sidebar[-_]wrap"
                          r"|(?:layout|grid)[\w-]*sidebar|sidebar[\w-]*layout", re.I)
# A footer mark ("entry-footer", "story-footer") inside an <article> is the article's own footer.
_FOOTER_MARK = re.compile(r"(?:^|\s|[-_])footer", re.I)


# Utility classes with arbitrary values ("mr-[--sidebar-width]", "[--gap:2rem]") size the layout
# around a sidebar; they do not make the element one.
_ARBITRARY_VALUE = re.compile(r"\S*\[[^\]]*\]\S*")


def off_article(element: HtmlElement, story: frozenset = frozenset()) -> bool:
    """True when `element` sits in a comment section, sidebar, related list, footer or navigation
    (by tag, or by a class/id token that begins with one of those words; tokens that only describe
    the layout, such as "has-sidebar" or "mr-[--sidebar-width]", do not count, nor does an
    <article>'s own footer, by tag or class). The class/id of the elements in `story` (those that
    hold the headline, see `_story_elements`) do not count either: a box that holds the headline is
    the story's, whatever its class says."""
    node = element
    while node is not None and node.tag not in ("body", "html"):
        if node.tag in _OFF_TAGS and not (node.tag == "footer" and node.xpath("ancestor::article")):
            return True  # an <article>'s own <footer> holds its byline, not the page's
        if node in story:
            node = node.getparent()
            continue
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if "[" in marks:
            marks = _ARBITRARY_VALUE.sub(" ", marks)
        if len(marks) > 1 and _OFF_MARK.search(marks):
            marks = " ".join(token for token in marks.split() if not _LAYOUT_MARK.search(token))
            if _OFF_MARK.search(marks) and not _article_footer(node, marks):
                return True
        node = node.getparent()
    return False


def _article_footer(node: HtmlElement, marks: str) -> bool:
    """True when the only off-article word of `marks` is a footer's and `node` sits in an <article>."""
    return bool(_FOOTER_MARK.search(marks)) and not _OFF_MARK.search(_FOOTER_MARK.sub(" ", marks)) \
        and bool(node.xpath("ancestor::article"))


# Class/id tokens of byline and dateline elements.
_BYLINE_TOKENS = ("byline", "author", "autor")
_DATE_TOKENS = ("date", "time", "published", "dateline", "meta")
# Own text that starts a visible byline ("By Jane Doe", "Written by", "Von ...", "Автор: ...").
_BYLINE_LABELS = ("by ", "by:", "written by", "von ", "par ", "por ", "door ", "autor:", "автор")
_BYLINE_LABEL_WORDS = frozenset({"by", "written by", "author", "author:", "authors", "authors:", "author(s)",
                                 "contributors:", "von", "autor", "par", "por", "door",
                                 # German labels written for both genders ("Autorin/Autor", "Autor*in")
                                 "autorin/autor", "autor/autorin", "autor/in", "autor*in", "autor:in",
                                 "autorinnen/autoren", "autorin", "autoren"})


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
    headline: object = None  # the headline element once looked up (False: none), see _headline_element
    dateline: tuple | None = None  # (date, labelled as an update) once read, see _dateline
    itemprops: dict[str, list] = field(default_factory=dict)
    outlet_named: list[str] = field(default_factory=list)  # names left out as the outlet's, see _merge

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


# --- gathering -----------------------------------------------------------------------------------

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


def _load_json(text: str):
    text = _LD_CLEAN.sub("", text.strip())
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:  # trailing text after a complete object
        return json.JSONDecoder(strict=False).raw_decode(text)[0]
    except ValueError:
        return None


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower().rsplit("/", 1)[-1]}
    if isinstance(kind, list):
        return {k.lower().rsplit("/", 1)[-1] for k in kind if isinstance(k, str)}
    return set()


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
_ITEMPROP_XPATH = "(//body//@itemprop | //body//@rel)/parent::*[ancestor::body][@itemprop or @rel='author']"


_MAX_CANDIDATES = 24  # byline and dateline candidates kept per page: the article's come first
# Class/id/test-id words of dateline candidates, and of any candidate (bylines too).
_DATE_MARKS = re.compile("|".join(_DATE_TOKENS))
_CANDIDATE_MARKS = re.compile("|".join(("author", "byline", "autor", *_DATE_TOKENS)))


# The class, id and test-id values below an element (itself included), in document order; each
# value knows its element (`getparent`).
_MARK_VALUES = etree.XPath(".//@class | .//@id | .//@data-testid")


def _marked_elements(body: HtmlElement):
    """The elements at or below `body` whose class, id or test id holds a `_CANDIDATE_MARKS` word,
    in document order: the attribute values are read by libxml2 and only the marked ones' elements
    are touched, far faster than visiting every element (the words hold no space, so testing each
    value finds the same elements as testing all three joined)."""
    seen = set()
    for value in _MARK_VALUES(body):
        if _CANDIDATE_MARKS.search(value.lower()):
            element = value.getparent()
            if element not in seen:
                seen.add(element)
                yield element


def _index_elements(page: PageSignals) -> None:
    """Once per page, on first use: itemprop elements by property and rel/itemprop authors (one
    attribute-only XPath), then byline and dateline candidates by class/id tokens, scanning the body
    in document order only until enough of both are found."""
    if page.indexed:
        return
    page.indexed = True
    for element in page.root.xpath(_ITEMPROP_XPATH):
        itemprop = element.get("itemprop")
        if itemprop:
            page.itemprops.setdefault(itemprop, []).append(element)
        if itemprop == "author" or element.get("rel") == "author":
            page.strong_bylines.append(element)
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


def _label_bylines(page: PageSignals) -> list:
    """Short elements whose own text starts a byline ("By Jane Doe", "Written by"); found on demand."""
    body = page.root.find("body")
    if body is None:
        return []
    found = []
    for element in body.iter("p", "span", "div", "li", "small", "strong", "em", "b", "h3", "h4", "h5", "h6"):
        text = element.text
        if text:
            head = text.strip()[:20].lower()
            if head and (head.startswith(_BYLINE_LABELS) or head in _BYLINE_LABEL_WORDS):
                found.append(element)
                if len(found) >= 12:
                    break
    return found


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


# --- helpers over JSON-LD values ------------------------------------------------------------------

def _unescape(text: str) -> str:
    """White-space-normalised `text` with HTML entities decoded (pages often escape them twice)."""
    if "&" in text:
        text = html.unescape(html.unescape(text))
    return normalise_space(text)


def _ld_text(value) -> str:
    if isinstance(value, str):
        return _unescape(value)
    if isinstance(value, list):
        for item in value:
            text = _ld_text(item)
            if text:
                return text
    if isinstance(value, dict):
        return _ld_text(value.get("@value") or value.get("name") or "")
    return ""


def _ld_names(value) -> list[str]:
    if isinstance(value, str):
        return [_unescape(value)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [_unescape(n) for n in name if isinstance(n, str)]
        return [_unescape(name)] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item)]
    return []


def _is_site_name(text: str, page: PageSignals, loose: bool = False) -> bool:
    """True when `text` names the outlet itself (og:site_name, JSON-LD publisher, host name), with or
    without a leading "The" ("Commercial Appeal" for "The Commercial Appeal").

    `loose` also accepts a part of the name or a name that contains `text` (for title segments)."""
    key = _compact(text)
    if not key or len(key) < 2:
        return False
    for name in page.site_names:
        other = _compact(name)
        if not other:
            continue
        if key in (other, other.removeprefix("the")) or key.removeprefix("the") == other or (loose and len(key) >= 4 and (key in other or other.split(".")[0] == key)):
            return True
        # "VnExpress" on vnexpress.net; a name of several words there ("Karl Voit" on karl-voit.at)
        # is the person whose site it is
        if " " not in text.strip() and len(key) >= 3 and key == _host_core(name):
            return True
        if loose and "." in name and key.startswith(other) and len(key) - len(other) <= 4:
            return True  # "TheFocus.AI Labs" on thefocus.ai
    return False


def _host_core(name: str) -> str:
    """The longest label of a host name ("vnexpress.net" -> "vnexpress"); "" for a name that is no host."""
    if "." not in name or " " in name.strip():
        return ""
    return max((_compact(label) for label in name.split(".")), key=len)


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


# --- title -----------------------------------------------------------------------------------------

def strip_site_name(title: str, page: PageSignals, guess: bool = True) -> str:
    """`title` without the site name on either side of a separator ("Headline | Site", "Site - Headline").

    With `guess`, a short brand-like segment is cut even when the site name is not known."""
    for separator in TITLE_SEPARATORS:
        if separator not in title:
            continue
        parts = title.split(separator)
        while len(parts) > 1 and _is_site_name(parts[-1], page, loose=True):
            parts.pop()
        while len(parts) > 1 and _is_site_name(parts[0], page, loose=True):
            parts.pop(0)
        stripped = separator.join(parts).strip()
        if stripped != title:
            return strip_site_name(stripped, page, guess)
    return _strip_trailing_brand(title) if guess else title


def _strip_trailing_brand(title: str) -> str:
    """Cut a short last segment after a pipe-like separator when the site name is not known
    ("How rust works | Rust Blog"): a brand is short and the headline before it longer."""
    for separator in (" | ", " – ", " - ", " — ", " · ", " • ", " / "):
        head, sep, tail = title.rpartition(separator)
        if not sep or not head or not tail:
            continue
        head_words, tail_words = len(head.split()), len(tail.split())
        strong = separator in (" | ", " · ", " • ")
        if tail_words <= (5 if strong else 3) and head_words >= max(3, 2 * tail_words) \
                and tail[:1].isupper() and not tail.rstrip().endswith(("?", "!", "»", '"', "“", "”")):
            if separator == " / ":  # a breadcrumb: "Thread / Board / Forum"
                return _strip_trailing_brand(head.strip())
            return head.strip()
    head, sep, tail = title.partition(" | ")  # "SEO Checker | How to audit a site": a leading brand
    if sep and len(head.split()) <= 3 and len(tail.split()) >= max(4, 2 * len(head.split())):
        return tail.strip()
    return title


# Class tokens of the kicker/overline that sites put inside the <h1> above the headline proper.
_KICKER_TOKENS = ("kicker", "overline", "dachzeile", "eyebrow", "topline", "roofline", "offscreen",
                  "sr-only", "visually-hidden", "spitzmarke", "flag", "label", "supertitle", "pretitle")


def _text_except(element: HtmlElement, skipped_tokens: tuple[str, ...], skipped_tags: tuple[str, ...] = (),
                 aside_tokens: tuple[str, ...] = (), hidden: bool = True) -> tuple[str, list[str]]:
    """(text, set-aside texts) of `element`, leaving out the children that are aria-hidden (unless
    `hidden` is false), of `skipped_tags` or whose class holds one of `skipped_tokens`; the children
    whose class holds one of `aside_tokens` are returned apart instead."""
    parts: list[str] = []
    aside: list[str] = []

    def visit(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                classes = (child.get("class") or "").lower()
                if (hidden and child.get("aria-hidden") == "true") or child.tag in skipped_tags \
                        or any(t in classes for t in skipped_tokens):
                    parts.append(" ")
                elif any(t in classes for t in aside_tokens):
                    aside.append(normalise_space(" ".join(child.itertext())))
                    parts.append(" ")
                else:
                    visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(element)
    return normalise_space("".join(parts)), [text for text in aside if text]


# Elements inside a heading whose text is no part of it: buttons ("Copy item path"), inline styles
# and scripts, the titles of drawn icons.
_NON_TEXT_TAGS = ("button", "script", "style", "template", "svg")


def _heading_text(h1: HtmlElement) -> str:
    """Text of a headline element without its kicker spans and screen-reader-only pieces."""
    return _text_except(h1, _KICKER_TOKENS, _NON_TEXT_TAGS)[0]


def _shown_text(heading: HtmlElement) -> str:
    """The text of `heading` without its elements of `_NON_TEXT_TAGS`."""
    if next(heading.iter(*_NON_TEXT_TAGS), None) is None:
        return heading.text_content()
    return _text_except(heading, (), _NON_TEXT_TAGS, hidden=False)[0]


# Anchor glyphs that documentation generators put after a heading ("Quickstart¶"), and icon-font
# characters (Unicode private use area).
_HEADING_GLYPHS = re.compile(r"[\s¶§#\ue000-\uf8ff]+$")


def _heading_texts(heading: HtmlElement) -> tuple[str, str]:
    """(full text, text without kicker) of a heading element, without trailing anchor glyphs."""
    full = _HEADING_GLYPHS.sub("", normalise_space(_shown_text(heading)))
    return (full, _HEADING_GLYPHS.sub("", _heading_text(heading))) if full else ("", "")


# The breadcrumb trail around an <h1>: the farthest of its four nearest ancestors with an attribute that
# names a (bread)crumb, in any case ("breadcrumb__item", "BreadcrumbModule").
_TRAIL_XPATH = ("ancestor::*[position() <= 4][not(self::body)]"
                "[@*[contains(translate(., 'CRUMB', 'crumb'), 'crumb')]][last()]")


def _in_trail(h1: HtmlElement) -> bool:
    """True for an <h1> that is the last step of a breadcrumb trail ("Home > News > <h1>"): a copy
    of the title for search engines; the trail's links come before it."""
    trail = h1.xpath(_TRAIL_XPATH)
    if not trail:
        return False
    link = h1.xpath("preceding::a[1]")
    return bool(link) and any(ancestor is trail[0] for ancestor in link[0].iterancestors())


def _home_link(href: str, url: str | None) -> bool:
    """True when `href` (in a page at `url`) leads to the site's home page or to a folder above the
    page ("/", "./", "../index.html"): the link of a logo, a site or book name."""
    target = urlsplit(urljoin(url or "", href.strip()))
    page = urlsplit(url or "")
    if target.netloc and page.netloc and target.netloc.lower() != page.netloc.lower():
        return False
    path = target.path
    for index in ("index.html", "index.htm", "index.php"):
        path = path.removesuffix(index)
    if not path.endswith("/") or target.query:
        return False
    return path == "/" or (page.path.startswith(path) and page.path.rstrip("/") != path.rstrip("/"))


def _is_logo(h1: HtmlElement, text: str, url: str | None) -> bool:
    """True for an <h1> whose text is the text of one link home (see `_home_link`): a logo."""
    links = [a for a in h1.iter("a") if a.get("href")]
    if len(links) != 1:
        return False
    link = links[0]
    return (link.get("rel") == "home" or _home_link(link.get("href"), url)) \
        and _compact(_shown_text(link)) == _compact(text)


def _headings(root: HtmlElement, url: str | None = None) -> list[tuple[str, str]]:
    """(full text, text without kicker) of the page's first <h1> elements that have text, without
    trailing anchor glyphs, logos aside (see `_is_logo`). An <h1> in a breadcrumb trail comes after
    the first <h2> that follows it: that <h2> is the headline readers see (see `_in_trail`)."""
    texts = []
    for h1 in islice(root.iter("h1"), 4):  # as //h1[:4], faster
        full, bare = _heading_texts(h1)
        if not full or _is_logo(h1, full, url):
            continue
        if _in_trail(h1):
            shown = [_heading_texts(h2) for h2 in h1.xpath("following::h2[normalize-space()][1]")]
            texts += [pair for pair in shown if pair[0]]
        texts.append((full, bare))
    return texts


def _segments(title: str) -> set[str]:
    """Compact keys of the leading runs of separator-delimited segments of `title`
    ("A | B | C" -> "a", "ab"); a trailing segment is the brand's place."""
    keys = set()
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        keys.update(_compact(separator.join(parts[:index])) for index in range(1, len(parts)))
    return keys


def _key(text: str) -> str:
    return normalise_space(text).lower().strip(" .\"'“”«»")


def _title(page: PageSignals) -> str:
    """The headline: see `_choose_title`, without a tagline after a pipe and without the invisible
    characters that hint line breaks ("Assis\u00adtance")."""
    return drop_invisible(_cut_tagline(_choose_title(page)))


def _cut_tagline(title: str) -> str:
    """"Cloudflare CDN | Content Delivery Network" -> "Cloudflare CDN": what follows a pipe in a
    title is a tagline or a section; a short kicker before one ("BUDGET 3.0 | Sars gets R4bn") is
    part of the headline, so the part before must have three words at least."""
    head, separator, _tail = title.partition(" | ")
    return head.strip() if separator and len(head.split()) >= 3 else title


# Symbols around a declared title that the page does not print in its headline: markdown heading
# marks and emphasis, emoji and stars before or after it, empty brackets left by a template.
_LEADING_DECORATION = re.compile(r"^(?:#+\s+|[#*\u2600-\u27bf\u2b50\U0001f300-\U0001faff]+\s*)")
_TRAILING_DECORATION = re.compile(r"(?:\s*(?:\(\s*\)|\[\s*\]|[*\u22c6\u2605\u2606\u2600-\u27bf\u2b50\U0001f300-\U0001faff]))+$")
_END_MARKS = ("?", "!", ".", "…", "？", "！", "。")
_QUOTES = ('"', "'", "“", "”", "„", "«", "»", "‘", "’")


def _repeated_form(declared: str, h1: str) -> str:
    """The form to give of a headline that a declared title and the <h1> both hold (the same words):
    the declared one without the decoration symbols or wrapping quotes that the h1 does not show,
    ending in the h1's question or exclamation mark or full stop when the declared title left it out."""
    cleaned = declared.replace("*", "") if "*" not in h1 else declared  # markdown emphasis
    lead = _LEADING_DECORATION.match(cleaned)
    if lead and not h1.startswith(lead.group().strip()):
        cleaned = cleaned[lead.end():]
    trail = _TRAILING_DECORATION.search(cleaned)
    if trail and not h1.endswith(trail.group().strip()):
        cleaned = cleaned[:trail.start()]
    if len(cleaned) > 2 and cleaned[0] in _QUOTES and cleaned[-1] in _QUOTES and not h1.startswith(_QUOTES):
        cleaned = cleaned[1:-1].strip()  # quoted as a whole in the metadata, shown bare
    cleaned = cleaned or declared
    if h1.endswith(_END_MARKS) and not cleaned.endswith(_END_MARKS):
        cleaned += h1[-1]
    return cleaned


def _blog_post(page: PageSignals, headline: str) -> bool:
    """True for a blog post: JSON-LD says BlogPosting, or OpenGraph says article and no JSON-LD
    headline is given. Its declared titles are written for search engines; its one <h1> is the
    headline readers see (a news article's declared headline is the newsroom's, see `_choose_title`)."""
    if "blogposting" in _types(page.article_ld):
        return True
    return not headline and page.first("og:type").lower() == "article"


def _product_page(page: PageSignals) -> bool:
    """True for a shop's page of one product or a product category (OpenGraph type "product",
    "product.group"): its <h1> is the name the shop shows; its declared titles are written for
    search engines ("Buy X at Shop", "X - free delivery")."""
    return page.first("og:type").lower().startswith("product")


def _kicker_like(prefix: str) -> bool:
    """True when `prefix` (compact) may be a kicker or label before a headline: it holds letters and
    is no article ("The" of "The Best ...", "2025" of "2025 Price Guide" belong to the headline)."""
    return prefix not in ARTICLE_WORDS and not prefix.isdigit()


def _html_title(root: HtmlElement) -> str | None:
    """The text of the page's <title>, as the first of //head/title/text() | //title[1]/text()
    (tag iteration is faster than the XPath); None when no such title has text."""
    for title in root.iter("title"):
        parent = title.getparent()
        if (parent is None or parent.tag == "head" or next(parent.iterchildren("title")) is title) \
                and title.text is not None:
            return title.text
    return None


def _choose_title(page: PageSignals) -> str:
    headline = strip_site_name(_ld_text(page.article_ld.get("headline")), page, guess=False) if page.article_ld else ""
    og = strip_site_name(page.first("og:title"), page)
    twitter = strip_site_name(page.first("twitter:title"), page)
    html_title = ""
    title_text = _html_title(page.root)
    if title_text is not None:
        html_title = strip_site_name(_unescape(title_text), page)
    h1s = _headings(page.root, page.url)
    declared = [t for t in (headline, og, twitter, html_title) if t]
    by_key = {_compact(t): t for t in reversed(declared)}
    # A visible h1 that a declared title repeats is the headline as readers see it; the declared
    # form keeps the punctuation that the page may draw with CSS between kicker and headline.
    for full, bare in h1s:
        if bare != full and _compact(bare) in by_key:
            # the h1 without its label ("[Help]", "News") or kicker is the headline
            return _repeated_form(by_key[_compact(bare)], bare)
        for text in (full, bare):
            if _compact(text) in by_key:
                return _repeated_form(by_key[_compact(text)], full) if _compact(text) == _compact(full) else text
    for full, bare in h1s:
        for text in (full, bare):
            key = _compact(text)
            if len(key) > 15 and any(_compact(t).startswith(key) or _compact(t).endswith(key) for t in declared):
                return text
    # An h1 that is a kicker and a declared title ("Umbau – Trump plant ..."): the title is the headline.
    for full, _bare in h1s:
        key = _compact(full)
        for text in declared:
            other = _compact(text)
            if len(other) > 15 and key != other and key.endswith(other) and _kicker_like(key[:-len(other)]):
                return text
    # A short h1 that is one whole segment of a declared title ("Models" of "Models | Django docs").
    segments = set().union(*(_segments(t) for t in declared)) if declared else set()
    for full, bare in h1s:
        for text in (full, bare):
            if _compact(text) in segments:
                return text
    if len(h1s) == 1 and _blog_post(page, headline) and not _is_site_name(h1s[0][0], page, loose=True):
        return h1s[0][0]
    if h1s and _product_page(page) and not _is_site_name(h1s[0][0], page, loose=True):
        return h1s[0][0]
    if headline:
        return headline
    # Declared titles that agree with one another.
    for candidate in (og, twitter, html_title):
        if candidate and sum(_key(candidate) == _key(t) for t in declared) > 1:
            return candidate
    if og:
        return og
    # an h1 that is the outlet's name (a logo: "example.org", "Example Blog") is no headline
    named = [full for full, _bare in h1s if not _is_site_name(full, page, loose=True)]
    if named:
        return named[0]
    return twitter or html_title or (h1s[0][0] if h1s else "")


# --- authors and agency ----------------------------------------------------------------------------

_AUTHOR_META = ("author", "article:author", "articleauthor", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "byl", "og:article:author", "cxenseparse:author")
# Scholarly metadata (Highwire's citation_author) writes a name "Last, First".
_LAST_FIRST = re.compile(r"^([^,]+),\s*([^,]+)$")
# Labels that pages pair with the author's name in twitter:labelN / twitter:dataN (Slack-style cards).
_WRITTEN_BY_LABELS = ("written by", "author", "von", "par", "por", "door", "av", "di", "autor", "auteur")


def _first_last(value: str) -> str:
    """ "Roy, Aniruddha" -> "Aniruddha Roy"; other values unchanged."""
    match = _LAST_FIRST.match(value.strip())
    if not match or len(match.group(1).split()) > 3 or len(match.group(2).split()) > 3:
        return value
    return f"{match.group(2).strip()} {match.group(1).strip()}"


# A forum member name: one token of letters, digits, dots, dashes and underscores.
_HANDLE = re.compile(r"^[^\W_][\w.\-]{1,39}$")


def _ld_author_names(value, page: PageSignals) -> bylines.Byline:
    """Names of a JSON-LD `author`: persons and agencies; persons that bear the outlet's own name
    ("Krautreporter" declared as a Person) are left out (see `_merge`)."""
    result = bylines.Byline()
    forum = bool(_types(page.article_ld) & (DISCUSSION_TYPES | {"socialmediaposting", "comment"}))
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("@id"), str):
            referenced = page.ld_by_id.get(item["@id"], {})
            # a reference into the @graph; the graph's node also tells the type (Yoast's persons)
            item = {**referenced, **item} if "name" in item else referenced or item
        if isinstance(item, dict):
            types = _types(item)
            names = _ld_names(item)
            if not names:
                continue
            if types & {"organization", "newsmediaorganization", "corporation"} and "person" not in types:
                for name in names:
                    if bylines.agency_name(name):
                        result.agencies.append(name)
                continue
            texts = names
        elif isinstance(item, str):
            if item.startswith(("http://", "https://", "/")):
                continue
            texts = [item]
        else:
            continue
        for text in texts:
            if _is_site_name(bylines.strip_prefix(text), page):
                page.outlet_named.append(text)  # the outlet's whole name, before any role word is cut
                continue
            found = bylines.parse_byline(text, declared=True)
            if not found.authors and forum and _HANDLE.match(text):
                found.authors.append(text)  # a forum member's handle ("slow-poke"), not a URL slug
            _merge(result, found, page)
    return result


def _is_outlet_team(name: str, page: PageSignals) -> bool:
    """True for the credit of the outlet's own team ("FullStack Editorial Team" on fullstack.com)."""
    core = bylines.without_roles(name)
    return core != name and _is_site_name(core, page)


def _without_outlet_teams(byline: bylines.Byline, page: PageSignals) -> bylines.Byline:
    """`byline` without the outlet's team credits when it names someone else too."""
    others = [name for name in byline.authors if not _is_outlet_team(name, page)]
    if others:
        byline.authors = others
    return byline


def _merge(into: bylines.Byline, other: bylines.Byline, page: PageSignals | None) -> None:
    """Add `other`'s names to `into`; names of the outlet itself are left out when `page` is given
    (and noted in `page.outlet_named`: on a personal site the outlet's name is its writer's)."""
    for name in other.authors:
        if page is not None and _is_site_name(name, page):
            page.outlet_named.append(name)
        elif name not in into.authors:
            into.authors.append(name)
    for name in other.agencies:
        if name not in into.agencies:
            into.agencies.append(name)


def _spaced_text(element: HtmlElement) -> str:
    """Text of `element` with a space between the texts of its descendants ("By<a>Jane</a>" -> "By Jane")."""
    return normalise_space(" ".join(element.itertext()))


def _element_byline(element: HtmlElement, page: PageSignals) -> bylines.Byline:
    """Names in one byline element: its itemprop=name parts, else its text, else its children's
    texts one by one (names set side by side in separate elements without separators)."""
    result = bylines.Byline()
    name_nodes = element.xpath(".//*[@itemprop='name']")
    if name_nodes:
        # names that microdata declares as an author's may be handles ("johnanddoc")
        declared = bool(element.xpath("ancestor-or-self::*[@itemprop='author']"))
        for node in name_nodes:
            _merge(result, bylines.parse_byline(node.get("content") or _spaced_text(node), declared=declared), page)
        return result
    text = _spaced_text(element)
    if bylines.is_photo_credit(text):
        return result
    if not text:
        _merge(result, _portrait_name(element), page)
        return result
    if len(text) <= 250:
        _merge(result, bylines.parse_byline(text), page)
    if not result.authors:
        _merge(result, _member_handle(element), page)
    if not result.authors and not _own_prose(element):
        _merge(result, _children_byline(element, page, depth=2), page)
    if not result.authors:
        _merge(result, _portrait_name(element), page)
    return result


# Class words of the user name that forum software prints with each post.
_USER_NAME_WORDS = ("username", "user-name", "UserName", "PostUser-name")
_USER_NAME_NODES = etree.XPath("descendant-or-self::*[@class][" + " or ".join(
    f"contains(@class, '{word}')" for word in _USER_NAME_WORDS) + "]")


def _member_handle(element: HtmlElement) -> bylines.Byline:
    """The member name that forum software marks as a user name in a byline ("Post by <a
    class="username">galitsyn</a> »"): a handle, which may be lowercase or hold digits."""
    for node in _USER_NAME_NODES(element)[:1]:
        text = _spaced_text(node)
        if 2 <= len(text) <= 40:
            return bylines.parse_byline(text, declared=True)
    return bylines.Byline()


# "Headshot of Justin C. Meserole, a New York City-based ...", "Picture of Liz Kenny"
_PORTRAIT_ALT = re.compile(r"^(?:(?:head\s?shot|picture|photo|portrait|avatar|image)\s+of\s+)(.+)$", re.I)


def _portrait_name(element: HtmlElement) -> bylines.Byline:
    """The name in the alt text of an author box's portrait ("Headshot of Jane Doe, MD")."""
    for alt in element.xpath(".//img/@alt")[:2]:
        match = _PORTRAIT_ALT.match(normalise_space(alt))
        if match:
            return bylines.parse_byline(match.group(1).split(",")[0])
    return bylines.Byline()


def _own_prose(element: HtmlElement) -> bool:
    """True when `element`'s own text (not its children's) holds more than a byline word or two:
    a sentence whose links are not names side by side ("Filed under <a>Israel</a>, feed: <a>RSS</a>")."""
    own = " ".join(filter(None, [element.text] + [child.tail for child in element]))
    # lowercase words: a capitalised run is names or a dateline ("by Jane » Tue Aug 27, 2019 1:47 am")
    return len(re.findall(r"(?<!\w)[^\W\d_A-Z][^\W\d_]+", own)) > 4


def _names_outlet(text: str, page: PageSignals) -> bool:
    """True when a whole byline or author value names the outlet: its site name ("By Human in the
    Loop" on the site of that name, before any cutting of words), or a name given with the site's
    own domain ("Deutsche Welle (www.dw.com)")."""
    if _is_site_name(bylines.strip_prefix(text), page):
        return True
    host = _host_name(page.url)
    return bool(host) and "." in host and re.search(r"(?<![@\w.])(?:www\.)?" + re.escape(host) + r"\b", text.lower()) is not None


def _credits_outlet(element: HtmlElement, found: bylines.Byline, page: PageSignals) -> bool:
    """True when the byline text of `element` names the outlet itself and nobody else ("By Example
    Times"); `found` is what `_element_byline` read there (outlet names left out)."""
    text = _spaced_text(element)[:250]
    if _names_outlet(text, page):
        return True
    if found.authors:
        return False
    names = bylines.parse_byline(text).authors
    return bool(names) and all(_is_site_name(name, page) for name in names)


def _children_byline(element: HtmlElement, page: PageSignals, depth: int) -> bylines.Byline:
    """Names set side by side in child elements without separators (`<span>A B</span><span>C D</span>`),
    read child by child, `depth` levels down at most."""
    result = bylines.Byline()
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) == 1 and depth > 1:
        return _children_byline(children[0], page, depth - 1)
    if len(children) < 2:
        return result
    for child in children:
        child_text = _spaced_text(child)
        if child_text and len(child_text) < 120:
            found = bylines.parse_byline(child_text)
            if not found.authors and depth > 1 and len(child) > 1:
                found = _children_byline(child, page, depth - 1)
            _merge(result, found, page)
    return result


# Tags that never hold a byline: page structure, images, and controls ("Follow" / "Cancel" buttons).
_NOT_BYLINE_TAGS = frozenset({"meta", "link", "body", "html", "article", "main", "img", "button"})
# Class/id tokens of an author's biography or description: prose about the author, not a byline.
_BIO_MARK = re.compile(r"(?:^|[\s_-])(?:bio|biography|description|desc)(?:$|[\s_-])", re.I)


def _word_list(names: list[str]) -> bool:
    """True for several one-word "names" and no full name: a list of words, not a byline."""
    return len(names) > 1 and all(" " not in name for name in names)


def _visible_bylines(page: PageSignals) -> bylines.Byline:
    """Names in the page's first visible byline: rel/itemprop authors, then elements whose class
    names an author or byline, then short texts that begin with a byline word. A byline that credits
    the outlet only ends the search with no person named."""
    result = bylines.Byline()
    _index_elements(page)
    for tier in ("strong", "class", "label"):
        candidates = page.strong_bylines if tier == "strong" else page.class_bylines if tier == "class" else _label_bylines(page)
        examined = 0
        for element in candidates:
            if element.tag in _NOT_BYLINE_TAGS:
                continue
            if tier == "class" and _BIO_MARK.search(f'{element.get("class", "")} {element.get("id", "")}'):
                continue
            if off_article(element) or element.xpath("ancestor-or-self::figure or ancestor-or-self::figcaption"):
                continue
            examined += 1
            shown = _spaced_text(element)
            if tier == "label" and (len(shown) < 12 or shown.lower() in _BYLINE_LABEL_WORDS) \
                    and element.getparent() is not None:  # the label alone: the name is beside it
                element = element.getparent()
            found = _element_byline(element, page)
            if _word_list(found.authors):
                break  # "By Sales, Operations, IT", "Wellness, Prevention": a word list, no byline
            if not found.agencies and _credits_outlet(element, found, page):
                return result
            _merge(result, found, page)
            if found.authors or found.agencies:
                break  # the first byline is the article's (an agency alone is one: "By AFP")
            if examined >= 12:
                break
        if result.authors or result.agencies:
            return result
    _merge(result, _byline_by_dateline(page), page)
    if not result.authors:
        _merge(result, _first_poster(page), page)
    return result


# Class values that name the user name forum software prints with each post.
_USER_NAME_CLASSES = etree.XPath(
    "//body//@class[" + " or ".join(f"contains(., '{word}')" for word in _USER_NAME_WORDS) + "]")


def _user_name_elements(root: HtmlElement):
    """The elements below a <body> whose class names a user name, in document order: as
    //body//*[contains(@class, ...)], with the words tested on the class values only (faster)."""
    for value in _USER_NAME_CLASSES(root):
        element = value.getparent()
        if any(ancestor.tag == "body" for ancestor in element.iterancestors()):
            yield element


def _first_poster(page: PageSignals) -> bylines.Byline:
    """The user name of a forum thread's first post (the first user name of the page outside
    navigation, sidebars and comment sections); a handle may be lowercase or hold digits."""
    for element in islice(_user_name_elements(page.root), 8):
        if off_article(element):
            continue
        text = _spaced_text(element)
        if 2 <= len(text) <= 40:
            found = bylines.parse_byline(text, declared=True)
            if found.authors:
                return found
    return bylines.Byline()


_XPATH_SPACE = " \t\r\n"  # the white space of XPath's normalize-space()


def _first_h1_with_text(root: HtmlElement) -> HtmlElement | None:
    """The first <h1> below a <body> with more than white space in it, as the first of
    //body//h1[normalize-space()][1] (tag iteration is faster); None when there is none."""
    for h1 in root.iter("h1"):
        if h1.text_content().strip(_XPATH_SPACE) and any(a.tag == "body" for a in h1.iterancestors()):
            return h1
    return None


def _headline_element(page: PageSignals) -> HtmlElement | None:
    """The element of the headline: the first <h1> with text, else (a page styled without <h1>) the
    element of the first visible text that is the article's title; None when none is."""
    if page.headline is not None:
        return page.headline if page.headline is not False else None
    first = _first_h1_with_text(page.root)
    found = [first] if first is not None else []
    if not found:
        title = _title(page)
        key = _compact(title)
        if len(key) > 8:
            word = max(title.split(), key=len)  # texts that hold the title's longest word, found by libxml2
            found = [text.getparent() for text in page.root.xpath("//body//text()[contains(., $word)]", word=word)
                     if len(text) < 300 and _compact(text) == key and text.getparent().tag not in ("script", "style")][:1]
    page.headline = found[0] if found else False
    return found[0] if found else None


def _byline_by_dateline(page: PageSignals) -> bylines.Byline:
    """Names in the dateline right under the headline ("Aaron Ricadela | Senior Writer | July 2, 2025"):
    a short line after the headline that holds a full date and a separator; the date is what marks it
    as a byline. The line is the date's own text or, when names and date sit in separate elements
    ("<span>Dec 2, 2025</span> • <span>Jane Doe</span>"), the short block around it."""
    headline = _headline_element(page)
    if headline is None:
        return bylines.Byline()
    for text in headline.xpath("following::text()[normalize-space()][position() <= 6]"):
        parent = text.getparent()
        if parent is None or parent.tag in ("script", "style", "h1", "a") or off_article(parent):
            continue
        line = normalise_space(text)
        if not 6 <= len(line) <= 100 or not (dates.parse_written(line) or dates.parse_iso(line)):
            continue
        block = parent.getparent() if text.is_tail else parent
        for _level in range(3):
            if len(line) >= 10 and re.search(r"\s[|·•]\s", line):
                found = bylines.parse_byline(line)
                found.authors = [name for name in found.authors if " " in name]  # a lone word is a section
                return found
            if block is None or block.tag in ("body", "article", "main"):
                break
            line, block = _spaced_text(block), block.getparent()
            if len(line) > 100:
                break
        return bylines.Byline()
    return bylines.Byline()


# A user name of the content system rather than a person's name: one token with a dot, underscore or
# a capital letter inside ("jane.doe", "KatieS"), or an administrator account ("NOC Admin").
_ACCOUNT_NAME = re.compile(r"^(?:[A-Za-z]+[._][A-Za-z]+|[A-Z]?[a-z]+[A-Z]+[a-z]*|.*\b[Aa]dmin\w*)$")


def _account_names(names: list[str], page: PageSignals) -> bool:
    """True when every declared name looks like a login of the site's content system, on a page
    that is no forum thread (where a member's handle is the author's name)."""
    if _types(page.article_ld) & DISCUSSION_TYPES:
        return False
    return all(_ACCOUNT_NAME.match(name.strip()) for name in names)


def _authors(page: PageSignals) -> bylines.Byline:
    """Persons and agencies credited: JSON-LD author, then author meta tags, then visible bylines.
    A name that is the outlet's own (declared or shown as the author) is kept only when no source
    names anyone else and it can be a person's (a personal site bears its writer's name)."""

    def from_ld() -> bylines.Byline:
        return _ld_author_names(page.article_ld["author"], page)

    def from_meta() -> bylines.Byline:
        result = bylines.Byline()
        values = page.all(*_AUTHOR_META)
        for number in "12":
            if page.first(f"twitter:label{number}").lower() in _WRITTEN_BY_LABELS:
                values += page.all(f"twitter:data{number}")
        values += [_first_last(value) for value in page.all("citation_author")]
        for value in values:
            if value.startswith(("http://", "https://", "/")) or "@" in value[:1]:
                continue
            if _names_outlet(value, page):
                page.outlet_named += [name for name in bylines.parse_byline(value, declared=True).authors
                                      if _is_site_name(name, page)]
                continue
            _merge(result, bylines.parse_byline(value, declared=True), page)
        return result

    def visible() -> bylines.Byline:
        return _visible_bylines(page)

    sources = [from_ld] if page.article_ld.get("author") else []
    sources += [from_meta, visible, lambda: _linked_author(page), lambda: _bold_name_lead(page)]
    found = bylines.Byline()
    for source in sources:
        result = source()
        if result.authors and source in (from_ld, from_meta) and _account_names(result.authors, page):
            shown = _visible_bylines(page)
            if any(" " in name for name in shown.authors):
                result = shown  # the page's byline names the writer; the declared name is a login
        if result.authors:
            result.agencies = result.agencies or found.agencies
            return _without_outlet_teams(result, page)
        for name in result.agencies:
            if name not in found.agencies:
                found.agencies.append(name)
    found.authors = [name for name in dict.fromkeys(page.outlet_named) if _could_be_blogger(name, page)]
    return found


_BOLD_TAGS = ("strong", "b")
_ITALIC_TAGS = ("em", "i")


def _wholly(paragraph: HtmlElement, text: str, tags: tuple[str, ...]) -> bool:
    """True when the child elements `tags` of `paragraph` hold all of its text `text`."""
    inner = " ".join(_spaced_text(child) for child in paragraph if child.tag in tags)
    return normalise_space(inner) == text


def _bold_name_lead(page: PageSignals) -> bylines.Byline:
    """The byline typed as the story's first paragraph in bold ("<p><strong>Jane Doe</strong></p>"
    under the headline, after empty paragraphs and an italic summary, and followed by the story's
    prose, not by a list as a bold heading is): full names only."""
    headline = _headline_element(page)
    if headline is None:
        return bylines.Byline()
    for paragraph in headline.xpath("following::p[position() <= 6]"):
        text = normalise_space(_spaced_text(paragraph).replace("\xa0", " "))
        if not text:
            continue
        if len(text) <= 80 and _wholly(paragraph, text, _BOLD_TAGS):
            following = paragraph.getnext()
            if following is None or following.tag != "p" or len(_spaced_text(following)) < 40:
                break
            found = bylines.parse_byline(text)
            found.authors = [name for name in found.authors if " " in name]  # "Schedule", "US": a heading
            return found
        if not _wholly(paragraph, text, _ITALIC_TAGS):
            break
    return bylines.Byline()


def _page_key(url: str) -> str:
    """A URL as host (no "www.") and path without a trailing slash: the key that compares two links."""
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")


def _linked_author(page: PageSignals) -> bylines.Byline:
    """The name on the page's link to the author page that an author meta gives as a URL
    (`article:author` "https://site.example/profile/jane-doe", linked as "Jane Doe"); profiles on
    other sites (social networks) are not looked up."""
    base = page.url or ""
    host = _host_name(base)
    targets = {_page_key(urljoin(base, value)) for value in page.all(*_AUTHOR_META)
               if value.startswith(("http://", "https://", "/"))}
    targets = {key for key in targets if "/" in key and _host_name("//" + key) == host} - {_page_key(base)}
    if not targets:
        return bylines.Byline()
    for link in page.root.iter("a"):
        href = link.get("href")
        if href and _page_key(urljoin(base, href.strip())) in targets:
            found = bylines.parse_byline(_spaced_text(link), declared=True)
            if found.authors:
                return found
    return bylines.Byline()


_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "localbusiness", "store",
                                 "onlinestore", "educationalorganization", "medicalorganization", "ngo"})


def _could_be_blogger(name: str, page: PageSignals) -> bool:
    """Whether a name credited under the outlet's own name may be the writer whose site it is (a
    personal blog, "Jane Doe"): two to four capitalised words (name particles aside), none of them an
    outlet or organisation word ("Lesotho Times", "Hands on the Wheel", "Freewrite Store" are no
    persons), and no organisation of the page's JSON-LD bears it (a Person that is also the site's
    Organization, as Yoast declares a blogger, is a person)."""
    words = name.split()
    lower = {word.lower() for word in words}
    if not 2 <= len(words) <= 4 or not OUTLET_WORDS.isdisjoint(lower) or not ORGANISATION_WORDS.isdisjoint(lower):
        return False
    if not all(word[:1].isupper() or word in NAME_PARTICLES for word in words):
        return False
    key = name.casefold()
    return not any(_types(obj) & _ORGANISATION_TYPES and "person" not in _types(obj)
                   and _ld_text(obj.get("name")).casefold() == key for obj in page.ld_objects)


# --- dates -----------------------------------------------------------------------------------------

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "published_time",
    "og:published_time", "article.published", "pubdate", "publishdate", "publish-date",
    "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "article_date_original",
    "cxenseparse:recs:publishtime", "originalpublicationdate", "release_date", "citation_publication_date",
    "published", "published_at", "publisheddate", "published-date", "published-time", "publish_time",
    "og:publish_date", "og:publication_time", "cxenseparse:publishtime", "prism.publicationdate",
)
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "datemodified", "modified_time",
    "og:updated_time", "article.updated", "last-modified", "lastmod", "dcterms.modified",
    "dc.date.modified", "revised", "updated", "updated_at", "last-updated", "modified-date", "modified-time",
    "lastmodifieddate", "last-modified-date",
)


def _first_date(values) -> datetime | None:
    for value in values:
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str):
            parsed = dates.parse_date(value)
            if parsed is not None:
                return parsed
    return None


# Microdata items whose dates are not the page's: comments and answers below a post.
_REPLY_ITEM_TYPES = frozenset({"comment", "answer", "usercomments"})


def _in_reply_item(node: HtmlElement) -> bool:
    """True when the nearest microdata item around `node` is a comment or an answer."""
    kinds = node.xpath("ancestor-or-self::*[@itemscope][1]/@itemtype")
    return bool(kinds) and _schema_type(kinds[0]) in _REPLY_ITEM_TYPES


def _time_elements(page: PageSignals, prop: str) -> datetime | None:
    """The first date that microdata gives for `prop` ("datePublished"), outside comments and answers."""
    _index_elements(page)
    nodes = [node for node in page.itemprops.get(prop, [])[:20] if not _in_reply_item(node)]
    for node in nodes:
        value = node.get("datetime") or node.get("content")
        parsed = dates.parse_date(value) if value else None
        if parsed:
            return parsed
    for node in nodes[:2]:
        if node.get("datetime") is None and node.get("content") is None:
            parsed = dates.parse_date(normalise_space(node.text_content()))
            if parsed:
                return parsed
    return None


_UPDATE_LABEL = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(label) for label in UPDATE_LABELS) + r")(?!\w)", re.I)


def _labelled_update(text: str) -> bool:
    """True when `text` labels its date as an update ("Last updated: January 12, 2026")."""
    return bool(_UPDATE_LABEL.search(text[:40]))


def _text_before(node: HtmlElement) -> str:
    """The few words written just before `node` in its parent ("Updated" in `<p>Updated <time>`)."""
    previous = node.getprevious()
    parent = node.getparent()
    if previous is not None:
        text = previous.tail or normalise_space(previous.text_content())
    else:
        text = parent.text if parent is not None else ""
    return normalise_space(text or "")[-30:]


def _story_elements(page: PageSignals) -> frozenset:
    """The headline and the elements that hold it up to its `<article>` or `<main>` (none when it has
    neither: then its wrappers are the whole page's). Their class/id words ("node--type-newsletter",
    "category-recommendations") name the story's kind, and do not put its dateline off the article
    (see `off_article`)."""
    headline = _headline_element(page)
    if headline is None:
        return frozenset()
    story = [headline]
    for ancestor in headline.iterancestors():
        story.append(ancestor)
        if ancestor.tag in ("article", "main"):
            return frozenset(story)
    return frozenset()


def _time_date(node: HtmlElement) -> datetime | None:
    return dates.parse_date(node.get("datetime") or "") or dates.parse_date(normalise_space(node.text_content()))


def _dateline(page: PageSignals) -> tuple[datetime | None, bool]:
    """(date, labelled as an update) of the first written date in the short texts right after the
    headline (or just above it): the dateline. Read once per page (publication and update dates
    both ask)."""
    if page.dateline is None:
        page.dateline = _read_dateline(page)
    return page.dateline


def _read_dateline(page: PageSignals) -> tuple[datetime | None, bool]:
    headline = _headline_element(page)
    if headline is None:
        return None, False
    texts = headline.xpath("following::text()[normalize-space()][position() <= 40]")
    texts += headline.xpath("preceding::text()[normalize-space()][position() <= 8]")
    label_before = False
    story = _story_elements(page)
    for text in texts:
        parent = text.getparent()
        if parent is not None and parent.tag in ("script", "style", "noscript", "template"):
            continue
        text = normalise_space(text)
        after_label, label_before = label_before, _labelled_update(text) and len(text) <= 30
        if 4 <= len(text) <= 80:
            parsed = _dateline_date(parent, text)
            if parsed and not off_article(parent, story):
                return parsed, after_label or _labelled_update(text)
    return None, False


def _dateline_date(parent: HtmlElement, text: str) -> datetime | None:
    """The date of one short text of a dateline: a written date ("May 3, 2024 at 10:15"), the
    machine date of a `<time>` that shows only a clock or an age ("10:15", "2 hours ago"), or an
    ISO date shown as it is ("2024-05-03")."""
    if len(text) >= 6:
        parsed = dates.parse_written(text, day_first=True)
        if parsed:
            return parsed
    if parent.tag == "time" and parent.get("datetime"):
        return dates.parse_date(parent.get("datetime"))
    return dates.parse_iso(text) if len(text) <= 25 and _date_line(text) else None


def _date_near_headline(page: PageSignals) -> datetime | None:
    """The dateline's date. One labelled "Updated" is kept as the publication date too when the page
    declares none: the benchmark pages show that it is the date readers are given (see `_modified`)."""
    return _dateline(page)[0]


def _visible_update(page: PageSignals) -> datetime | None:
    """A date the page shows labelled as its last update ("Updated on May 27, 2025")."""
    root, story = page.root, _story_elements(page)
    for node in (root.xpath("//article[1]//time") or root.xpath("//main[1]//time"))[:6]:
        if not off_article(node, story) and (_labelled_update(normalise_space(node.text_content()))
                                      or _labelled_update(_text_before(node))):
            parsed = _time_date(node)
            if parsed:
                return parsed
    found, updated = _dateline(page)
    return found if updated else None


def _visible_date(page: PageSignals) -> datetime | None:
    """The first `<time>` of the article (outside comments, sidebars and related lists), else a
    dateline near the headline, else an element marked as a date."""
    root, story = page.root, _story_elements(page)
    scopes = root.xpath("//article[1]//time") or root.xpath("//main[1]//time") or root.xpath("//body//time")
    for node in scopes[:6]:
        if not off_article(node, story):
            parsed = _time_date(node)
            if parsed:
                return parsed
    parsed = _date_near_headline(page)
    if parsed:
        return parsed
    for node in page.dated[:15]:
        if off_article(node, story):
            continue
        text = normalise_space(node.text_content())
        if 6 <= len(text) <= 120:
            parsed = dates.parse_date(text)
            if parsed:
                return parsed
    return None


# Words that may stand beside a date in a dateline ("Last updated on May 3, 2025 at 10 am").
_DATELINE_WORDS = frozenset({"last", "updated", "modified", "published", "posted", "date", "on", "at",
                             "pm", "st", "nd", "rd", "th", "de", "del", "of", "le", "am", "um", "uhr"})


def _date_line(text: str) -> bool:
    """True when `text` is a date with at most a label ("Last updated: Nov 13, 2025", "(1/16/2025)"),
    not a sentence that holds one ("Offer valid Dec 17, 2025", "Member since 2016")."""
    words = [word for word in re.findall(r"[^\W\d_]+", text.lower())
             if word not in MONTHS and word not in _DATELINE_WORDS and word.rstrip(".") not in WEEKDAYS]
    return len(words) <= 1


# Texts that may hold a year (the test runs in libxml2 over every text, cheaper than in Python).
_YEAR_TEXTS_XPATH = "//body//text()[contains(., '20') or contains(., '19')]"
_YEAR = re.compile(r"(?:19|20)\d\d")


def _only_written_date(page: PageSignals) -> datetime | None:
    """The one day written in the page's short visible texts (outside navigation, sidebars, comments
    and related lists), when there is exactly one ("Last updated: November 13, 2025" at the foot of
    an undated page); None when there is none or several. A last resort: it reads every text."""
    found: dict = {}
    story = _story_elements(page)
    for text in page.root.xpath(_YEAR_TEXTS_XPATH)[:300]:
        if len(text) > 120 or not _YEAR.search(text):
            continue
        parent = text.getparent()
        if parent is None or parent.tag in ("script", "style", "noscript", "template", "option"):
            continue
        line = normalise_space(text)
        parsed = dates.parse_written(line)
        if parsed is not None and _date_line(line) and not off_article(parent, story):
            found.setdefault(parsed.date(), parsed)
            if len(found) > 1:
                return None
    return next(iter(found.values()), None)


def _htmldate(page: PageSignals) -> datetime | None:
    """htmldate's reading of the page (its fast mode, original date), as a last signal; on a copy,
    since htmldate cleans the tree it is given."""
    import copy
    from htmldate import find_date
    try:
        found = find_date(copy.deepcopy(page.root), extensive_search=False, original_date=True, url=page.url)
    except Exception:  # htmldate failing on odd markup must not cost the article
        return None
    return dates.parse_iso(found) if found else None


def _site_offset(page: PageSignals):
    """The time zone the page writes its own time stamps in, when one of them (meta dates, JSON-LD
    dates, the article's `<time datetime>`) gives a non-zero offset; else None."""
    ld = page.article_ld
    values = [ld.get("datePublished"), ld.get("dateModified")] + page.all(*_PUBLISHED_META, *_MODIFIED_META)
    values += page.root.xpath("//body//time/@datetime")[:10]
    for value in values:
        parsed = dates.parse_date(value) if isinstance(value, str) else None
        if parsed is not None and parsed.utcoffset():
            return parsed.tzinfo
    return None


def _published(page: PageSignals) -> datetime | None:
    """The publication date; a UTC time stamp is given in the page's own time zone when the page
    shows one (the day readers of the page saw)."""
    found = _published_as_given(page)
    if found is not None and found.tzinfo is not None and not found.utcoffset():
        offset = _site_offset(page)
        if offset is not None:
            return found.astimezone(offset)
    return found


def _published_as_given(page: PageSignals) -> datetime | None:
    published, modified = _declared_dates(page)
    if published is not None:
        return _shown_before_stamp(page, published, modified) or published
    return (_visible_date(page)
            or _htmldate(page)
            or _only_written_date(page)
            or dates.date_from_url(page.url))


def _declared_dates(page: PageSignals) -> tuple[datetime | None, datetime | None]:
    """(published, modified) of the first source that declares a publication date: the article's
    JSON-LD, meta tags, microdata, the page's JSON-LD; each with the same source's update date."""
    ld, page_ld = page.article_ld, page.page_ld
    sources = (
        (lambda: _first_date([ld.get("datePublished"), ld.get("dateCreated"), ld.get("uploadDate")]),
         lambda: _first_date([ld.get("dateModified")])),
        (lambda: _first_date(page.all(*_PUBLISHED_META)), lambda: _first_date(page.all(*_MODIFIED_META))),
        (lambda: _time_elements(page, "datePublished"), lambda: _time_elements(page, "dateModified")),
        (lambda: _first_date([page_ld.get("datePublished")]), lambda: _first_date([page_ld.get("dateModified")])),
    )
    for published, modified in sources:
        found = published()
        if found is not None:
            return found, modified()
    return None, None


def _shown_before_stamp(page: PageSignals, published: datetime, modified: datetime | None) -> datetime | None:
    """The date the article shows, when it is earlier than a declared publication date that is only
    a stamp of the last save: one declared with an update time no later than itself (both set at
    once, as when a page is rebuilt). None otherwise: then the declared date stands."""
    if modified is None or _naive(modified) > _naive(published):
        return None
    shown = _agreed_shown_date(page)
    return shown if shown is not None and shown.date() < published.date() else None


def _agreed_shown_date(page: PageSignals) -> datetime | None:
    """The date the article shows when its first `<time>` (or marked date) and its dateline agree on
    the day, or only one of them is found; None when they disagree (one is a related item's)."""
    shown, near = _visible_date(page), _date_near_headline(page)
    if shown is None or near is None or shown.date() == near.date():
        return shown or near
    return None


def _naive(value: datetime) -> datetime:
    return value.replace(tzinfo=None)


def _modified(page: PageSignals) -> datetime | None:
    ld = page.article_ld
    return (_first_date([ld.get("dateModified")])
            or _first_date(page.all(*_MODIFIED_META))
            or _time_elements(page, "dateModified")
            or _first_date([page.page_ld.get("dateModified")])
            or _visible_update(page))


# --- language, publisher, section, keywords, description ----------------------------------------------

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


# --- images ----------------------------------------------------------------------------------------

_HIDDEN_TOKENS = ("icon", "sr-only", "visually-hidden", "screen-reader", "offscreen", "a11y")
_CREDIT_CLASS = ("credit", "copyright", "source", "author", "photographer", "byline", "rights", "quelle", "fuente")
_CREDIT_LABEL = (r"(?:photo\s*credit|photo(?:graph)?s?|foto(?:s|grafie)?|symbolfoto|bild(?:er)?|image|picture|"
                 r"credit|crédit|crédito|fonte|fuente|quelle|source)")
# "... Palace. Foto: dpa", "... (Photo by Jane Doe)", "... © Jean Martin"
_CREDIT_TAIL = re.compile(r"(?:^|[\s(\[|])(" + _CREDIT_LABEL + r"\s*(?::|by\b|von\b|de\b|di\b)\s*.+|"
                          r"(?:©|\(c\)|copyright\b)\s*.+)$", re.I)
# "Bild: SN/APA/KEYSTONE/CYRIL ZINGARO Nationaler Trauertag ...": the credit first, in capitals
_CREDIT_HEAD = re.compile(r"^((?i:" + _CREDIT_LABEL + r")\s*:\s*\S+/\S+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ\-.]+(?=\s))*)\s+(\S.+)$")
# "... redesigned. Supplied", "... unterstützen.Getty Images": a picture agency after the last sentence
_KNOWN_CREDIT_TAIL = re.compile(
    r"(?<=[.!?\"”“»])\s*((?:[\w.\-]+ ){0,3}(?:via )?(?:Getty Images|Shutterstock|iStock(?:photo)?|Imago(?: Images)?|"
    r"picture alliance|Supplied|Handout|Reuters|AFP|AP|dpa|EPA|Keystone|Alamy)(?:[\w/ .\-]{0,40}))$")
# "... in October 2011. (Adel Hana/Associated Press)"
_PAREN_CREDIT = re.compile(r"\s*\(([^()]{2,60}/[^()]{2,60})\)\s*$")
_CREDIT_LABEL_CUT = re.compile(r"^(?:" + _CREDIT_LABEL + r"\s*(?::|by\b|von\b|de\b|di\b)\s*)+|^(?:©|\(c\)|copyright\b)\s*", re.I)
_SLASH_CREDIT = re.compile(r"(?:^|\s)((?:[^\W\d_][\w\-'’]*\s?){1,4}(?:/[\w.\-' ]{2,30})+)\s*$")


def image_url(element: HtmlElement, base: str | None) -> str:
    """Absolute URL of an `<img>` (or `<source>`), lazy-load attributes and srcset resolved; "" when none."""
    for attr in ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src"):
        value = (element.get(attr) or "").strip()
        if not value or value.startswith("data:"):
            continue
        if "srcset" in attr:
            value = _largest_in_srcset(value)
        if value:
            return urljoin(base or "", value)
    return ""


def _largest_in_srcset(srcset: str) -> str:
    best, best_width = "", -1.0
    for candidate in srcset.split(", "):
        pieces = candidate.strip().split()
        if not pieces:
            continue
        width = 0.0
        if len(pieces) > 1:
            try:
                width = float(pieces[1].rstrip("wx"))
            except ValueError:
                width = 0.0
        if width > best_width:
            best, best_width = pieces[0], width
    return best


def split_caption(text: str) -> tuple[str, str]:
    """Split a figure caption into (caption, credit): "Putin meets ... Palace. Ilya Pitalev/POOL/TASS"
    -> ("Putin meets ... Palace.", "Ilya Pitalev/POOL/TASS"); "Foto: dpa", "Photo by X", "© X" and
    "(X/Associated Press)" are credits, before or after the caption; distribution notices are cut."""
    text = normalise_space(text)
    credit = ""
    match = _CREDIT_HEAD.match(text)
    if match:
        credit, text = match.group(1), match.group(2)
    elif (match := _CREDIT_TAIL.search(text)) and len(match.group(1)) < 100:
        credit, text = match.group(1), text[: match.start(1)]
    elif match := _PAREN_CREDIT.search(text):
        credit, text = match.group(1), text[: match.start()]
    elif match := _KNOWN_CREDIT_TAIL.search(text):
        credit, text = match.group(1), text[: match.start(1)]
    else:
        match = _SLASH_CREDIT.search(text)
        if match and (any(bylines.agency_name(p) for p in match.group(1).split("/"))
                      or text[: match.start(1)].rstrip().endswith((".", ")", "|"))):
            credit, text = match.group(1), text[: match.start(1)]
    return clean_caption(text), clean_credit(credit)


def clean_credit(credit: str) -> str:
    """A credit without its label ("Photo by", "Foto:", "©") and brackets."""
    credit = normalise_space(credit).strip(" ()[]|")
    credit = _CREDIT_LABEL_CUT.sub("", credit)
    return normalise_space(credit.strip(" ()[]|:"))


def clean_caption(text: str) -> str:
    """`text` without agency distribution notices ("EDITORIAL USE ONLY", "MANDATORY CREDIT")."""
    lower = text.lower()
    for notice in CAPTION_NOTICES:
        index = lower.find(notice)
        if index > 0:
            text, lower = text[:index], lower[:index]
    return normalise_space(text).strip(" -–—|/(")


def _readable_text(element: HtmlElement, skip_credit: bool = False) -> tuple[str, list[str]]:
    """(text, credits) of a caption element: icons and screen-reader-only pieces left out; with
    `skip_credit`, pieces marked as credit (class tokens) are returned apart."""
    return _text_except(element, _HIDDEN_TOKENS, ("script", "style", "svg", "button"),
                        _CREDIT_CLASS if skip_credit else ())


def _figure_parts(figure: HtmlElement) -> tuple[str, str]:
    captions = figure.xpath(".//figcaption") or figure.xpath(".//*[contains(@class,'caption')]")
    if not captions:
        return "", ""
    text, credit_parts = _readable_text(captions[0], skip_credit=True)
    credit_parts += [normalise_space(n.text_content()) for n in figure.xpath(
        ".//*[not(ancestor::figcaption)][contains(@class,'credit') or contains(@class,'copyright')]")]
    credit = " ".join(dict.fromkeys(p for p in credit_parts if p))
    if credit:
        return clean_caption(text), clean_credit(credit)
    return split_caption(text)


def _stem(url: str) -> str:
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"(?:[-_]\d+x\d+|@\dx)?\.\w+$", "", name).lower()


def _image_figures(scope: HtmlElement | None) -> list[HtmlElement]:
    """The <figure> elements below `scope` that hold an <img> or <picture>, as
    .//figure[.//img or .//picture] (tag iteration is faster than the XPath); [] for no scope."""
    if scope is None:
        return []
    return [figure for figure in scope.iter("figure")
            if figure is not scope and next(figure.iter("img", "picture"), None) is not None]


def _images(page: PageSignals) -> list[Image]:
    base = page.url
    lead = page.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
    if not lead:
        image = page.article_ld.get("image")
        if isinstance(image, list) and image:
            image = image[0]
        if isinstance(image, dict):
            image = image.get("url") or image.get("contentUrl")
        lead = image if isinstance(image, str) else ""
    lead = urljoin(base or "", lead) if lead else ""
    root = page.root
    # Figures of the article first, then any figure of the page (a lead image often sits above the
    # <article> element, in the page header).
    scoped = _image_figures(next(root.iter("article"), None)) or _image_figures(next(root.iter("main"), None))
    in_body = islice((figure for figure in _image_figures(root) if any(a.tag == "body" for a in figure.iterancestors())), 8)
    # a figure found twice is tested once (the first of two equal figures decides, below)
    figures = [f for f in dict.fromkeys([*scoped[:8], *in_body]) if not off_article(f)]
    chosen = None
    if lead:
        stem = _stem(lead)
        for figure in figures:
            for img in figure.xpath(".//img | .//source"):
                url = image_url(img, base)
                if url and stem and (_stem(url) == stem or stem in url):
                    chosen = (figure, url)
                    break
            if chosen:
                break
    if chosen is None and figures:
        figure = figures[0]
        imgs = figure.xpath(".//img")
        url = image_url(imgs[0], base) if imgs else ""
        if figure.xpath(".//figcaption") and (url or lead):
            chosen = (figure, lead or url)
    if chosen is None:
        return [Image(url=lead)] if lead else []
    figure, url = chosen
    caption, credit = _figure_parts(figure)
    return [Image(url=lead or url, caption=caption, credit=credit)]


# --- entry points ----------------------------------------------------------------------------------

def _field(reader, page: PageSignals, default):
    """The value `reader` finds on `page`; `default` when it fails on markup nobody foresaw, so
    that one odd field never costs the whole article (the failure is logged)."""
    try:
        return reader(page)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as err:
        log.warning("metadata reader %s failed on %s: %r", reader.__name__, page.url, err)
        return default


def _canonical(page: PageSignals) -> str | None:
    # the first href of a <link rel="canonical">, as //link[@rel="canonical"]/@href (tag iteration is faster)
    canonical = next((href for link in page.root.iter("link")
                      if link.get("rel") == "canonical" and (href := link.get("href")) is not None), None)
    href = canonical.strip() if canonical else ""
    return (urljoin(page.url or "", href) if href else page.url) or None


def read_metadata(root: HtmlElement, url: str | None) -> Article:
    """An Article with every metadata field this page gives filled in (body left empty).

    `root` is the untouched parsed page (never modified), `url` the address it came from (resolves
    relative links). Fields the page does not give stay empty; nothing raises on odd markup.
    """
    return article_from(gather(root, url))


# Microdata items of these types wrap the whole page; the items directly inside them are the page's own.
PAGE_WRAPPER_TYPES = frozenset({"webpage", "itempage"})


def declared_types(page: PageSignals) -> set[str]:
    """The schema.org types the page declares (lower case): in JSON-LD, in top-level microdata items
    (`itemscope` elements inside no other item but a WebPage), plus "og:<type>" for OpenGraph."""
    types = {kind for obj in page.ld_objects for kind in _types(obj)}
    types.update(f"og:{value.strip().lower()}" for value in page.all("og:type"))
    types.update(microdata_types(page.root))
    return types


def microdata_types(root: HtmlElement) -> set[str]:
    """schema.org types of the page's top-level microdata items (lower case, last URL segment)."""
    types = set()
    for item in root.xpath("//@itemtype/parent::*[@itemscope]"):  # as //*[@itemscope and @itemtype], faster
        outer = {_schema_type(value) for value in item.xpath("ancestor::*[@itemscope]/@itemtype")}
        if outer <= PAGE_WRAPPER_TYPES:
            types.update(_schema_type(value) for value in item.get("itemtype").split())
    return types


def _schema_type(value: str) -> str:
    return value.strip().lower().rstrip("/").rsplit("/", 1)[-1]


def declared_body(page: PageSignals) -> str:
    """The JSON-LD `articleBody` of the article ("" when the page gives none)."""
    return _ld_text(page.article_ld.get("articleBody"))


def article_from(page: PageSignals) -> Article:
    """The Article of `read_metadata`, from signals already gathered."""
    credited = _field(_authors, page, bylines.Byline())
    return Article(
        url=page.url,
        canonical_url=_field(_canonical, page, page.url),
        title=_field(_title, page, ""),
        authors=credited.authors,
        agency=", ".join(credited.agencies),
        publisher=_field(_publisher, page, ""),
        published=_field(_published, page, None),
        modified=_field(_modified, page, None),
        language=_field(_language, page, ""),
        description=_field(_description, page, ""),
        section=_field(_section, page, ""),
        keywords=_field(_keywords, page, []),
        images=_field(_images, page, []),
    )


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` by py3langid (model shipped in the package); "" for too little text."""
    if len(text) < 40:
        return ""
    code, _score = py3langid.classify(text[:1500])
    return code
