"""Publication and update dates: declared (JSON-LD, meta tags, microdata), else shown on the page
(`<time>`, the dateline near the headline, a lone written date), else htmldate's or the URL's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from .. import dates
from ..dom import normalise_space
from ..vocabulary import MONTHS, PROFILE_DATE_LABELS, TITLE_SEPARATORS, UPDATE_LABELS, WEEKDAYS
from .gathering import PageSignals, _index_elements, dated_candidates
from .jsonld import _schema_type
from .regions import off_article
from .titles import _XPATH_SPACE, _headline_element, _html_title


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


# The separators of a title's segments (see vocabulary.TITLE_SEPARATORS).
_TITLE_SEGMENT_SPLIT = re.compile("|".join(re.escape(separator) for separator in TITLE_SEPARATORS))


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
    (see `off_article`). Looked up once per page."""
    if page.story is None:
        page.story = _headline_holders(_headline_element(page))
    return page.story


def _headline_holders(headline: HtmlElement | None) -> frozenset:
    """`headline` and its ancestors up to its `<article>` or `<main>`; empty without either."""
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
    label_before = profile_before = False
    story = _story_elements(page)
    for parent, text in _texts_around(headline):
        if parent.tag in ("script", "style", "noscript", "template"):
            continue
        text = normalise_space(text)
        after_label, label_before = label_before, _labelled_update(text) and len(text) <= 30
        after_profile, profile_before = profile_before, _profile_label(text)
        if 4 <= len(text) <= 80 and not after_profile:
            parsed = _dateline_date(parent, text)
            if parsed and not off_article(parent, story):
                return parsed, after_label or _labelled_update(text)
    return None, False


def _texts_around(headline: HtmlElement) -> Iterator[TextNode]:
    """The 40 texts after the headline, then the 8 before it (in document order), read lazily: the
    dateline is mostly among the first few (XPath's following::text() would read them all), and the
    texts before are read only when none after is the dateline."""
    yield from islice(_shown(_texts_after(headline)), 40)
    yield from reversed(list(islice(_shown(_texts_before(headline)), 8)))


def _profile_label(text: str) -> bool:
    """True when `text` is the label of a person's or an account's date ("Joined:", "Member since")."""
    return text.lower().rstrip(" :") in PROFILE_DATE_LABELS


# Texts of the tree as (element, text): an element's own text, or the tail text that follows it (the
# element XPath's text() nodes name as their parent).
TextNode = tuple[HtmlElement, str]


def _shown(texts: Iterator[TextNode]) -> Iterator[TextNode]:
    """The texts that hold more than white space (XPath's `[normalize-space()]`)."""
    return ((element, text) for element, text in texts if text.strip(_XPATH_SPACE))


def _texts_after(element: HtmlElement) -> Iterator[TextNode]:
    """The texts after `element` in document order, outside it (XPath's `following::text()`)."""
    node = element
    while node is not None:
        if node.tail:
            yield node, node.tail
        for sibling in node.itersiblings():
            yield from _subtree_texts(sibling)
        node = node.getparent()


def _texts_before(element: HtmlElement) -> Iterator[TextNode]:
    """The texts before `element` outside its ancestors, nearest first (XPath's `preceding::text()`)."""
    node = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from _subtree_texts_backwards(sibling)
        node = node.getparent()
        if node is not None and node.text:
            yield node, node.text


def _subtree_texts(element: HtmlElement) -> Iterator[TextNode]:
    """The texts of `element` and below it in document order, then its tail."""
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.text and isinstance(node.tag, str):  # a comment's text is no text node
                yield node, node.text
        elif node.tail:
            yield node, node.tail


def _subtree_texts_backwards(element: HtmlElement) -> Iterator[TextNode]:
    """The texts of `_subtree_texts(element)` from the last: its tail, its children's texts backwards,
    its own text. Read lazily, so that the few texts wanted before a headline do not list every text
    of the menu above it. (Its recursion is as deep as the tree, which libxml2 keeps under 256 levels.)"""
    if not isinstance(element.tag, str):  # a comment: iterwalk reads neither its text nor its tail
        return
    if element.tail:
        yield element, element.tail
    for child in element.iterchildren(reversed=True):
        yield from _subtree_texts_backwards(child)
    if element.text:
        yield element, element.text


def _dateline_date(parent: HtmlElement, text: str) -> datetime | None:
    """The date of one short text of a dateline: a written date ("May 3, 2024 at 10:15"), the
    machine date of a `<time>` that shows only a clock or an age ("10:15", "2 hours ago"), or an
    ISO date shown as it is ("2024-05-03"). A span of days ("16-19 March 2026") is an event's, none."""
    if dates.is_day_range(text):
        return None
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


# The <time> elements of the first <article> (of each parent: XPath's //article[1]), of the first <main>,
# of the body. The first two are written as descendant steps: libxml2 then visits only elements, where
# //article[1] makes it collect every node of the page first (twice as slow; the same elements).
_ARTICLE_TIMES = etree.XPath("/descendant::article[not(preceding-sibling::article)]/descendant::time")
_MAIN_TIMES = etree.XPath("/descendant::main[not(preceding-sibling::main)]/descendant::time")
_BODY_TIMES = etree.XPath("//body//time")


def _visible_update(page: PageSignals) -> datetime | None:
    """A date the page shows labelled as its last update ("Updated on May 27, 2025")."""
    root, story = page.root, _story_elements(page)
    for node in (_ARTICLE_TIMES(root) or _MAIN_TIMES(root))[:6]:
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
    scopes = _ARTICLE_TIMES(root) or _MAIN_TIMES(root) or _BODY_TIMES(root)
    for node in scopes[:6]:
        if not off_article(node, story):
            parsed = _time_date(node)
            if parsed:
                return parsed
    parsed = _date_near_headline(page)
    if parsed:
        return parsed
    for node in dated_candidates(page)[:15]:
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
    """htmldate's reading of the page (its fast mode, original date), as a last signal. htmldate cleans
    a copy of the tree it is given (`find_date` copies a tree before pruning it), never the tree itself."""
    from htmldate import find_date
    try:
        found = find_date(page.root, extensive_search=False, original_date=True, url=page.url)
    except Exception:  # htmldate failing on odd markup must not cost the article
        return None
    return dates.parse_iso(found) if found else None


_BODY_TIME_STAMPS = etree.XPath("//body//time/@datetime")


def _site_offset(page: PageSignals):
    """The time zone the page writes its own time stamps in, when one of them (meta dates, JSON-LD
    dates, the article's `<time datetime>`) gives a non-zero offset; else None."""
    ld = page.article_ld
    values = [ld.get("datePublished"), ld.get("dateModified")] + page.all(*_PUBLISHED_META, *_MODIFIED_META)
    values += _BODY_TIME_STAMPS(page.root)[:10]
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
    return (_title_or_visible_date(page)
            or _htmldate(page)
            or _only_written_date(page)
            or dates.date_from_url(page.url))


# A visible date at most this many days before the title's date is a photo's or an earlier event's
# (a caption under the headline): the title's date is the article's.
TITLE_DATE_MAX_LEAD_DAYS = 31


def _title_or_visible_date(page: PageSignals) -> datetime | None:
    """The title's date (`_title_date`) when the page shows none, or shows one a few days before it (a
    caption's, `TITLE_DATE_MAX_LEAD_DAYS`); else the visible date (`_visible_date`). A title's date
    that the dateline follows by years is an anniversary's ("Remembering the flood - 11 July 1995"),
    one that it precedes an event's ("Final - 16 May 2026", previewed in March)."""
    title, shown = _title_date(page), _visible_date(page)
    if title is None or shown is None:
        return title or shown
    lead = (title.date() - shown.date()).days
    return title if 0 <= lead <= TITLE_DATE_MAX_LEAD_DAYS else shown


def _title_date(page: PageSignals) -> datetime | None:
    """The date that the page's `<title>` or og:title gives as a segment of its own ("Headline | Site |
    28.04.2023"): the publisher's stamp of the article's day."""
    for title in (page.first("og:title"), _html_title(page.root) or ""):
        for segment in _TITLE_SEGMENT_SPLIT.split(title)[1:]:
            segment = normalise_space(segment)
            if 6 <= len(segment) <= 30 and _date_line(segment):
                parsed = dates.parse_written(segment)
                if parsed is not None:
                    return parsed
    return None


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
