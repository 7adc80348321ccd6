"""Whether an element sits off the article: in a comment section, sidebar, related list, footer or navigation."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..memo import remember


# Ancestors whose dates and names are not the article's: comments, related lists, sidebars, carousels
# of story cards.
_OFF_ARTICLE = ("comment", "related", "sidebar", "aside", "teaser", "recommend", "footer",
                "popular", "trending", "more-", "newsletter", "outbrain", "taboola", "reply", "replies", "carousel")
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
# A carousel mark on an element that holds an <h1> is the story's own wrapper (an article carousel that
# swipes from story to story, a "has-carousel" page): a carousel of story cards gives its cards no <h1>.
_CAROUSEL_MARK = re.compile(r"(?:^|\s|[-_])carousel", re.I)


# Utility classes with arbitrary values ("mr-[--sidebar-width]", "[--gap:2rem]") size the layout
# around a sidebar; they do not make the element one.
_ARBITRARY_VALUE = re.compile(r"\S*\[[^\]]*\]\S*")


def off_article(element: HtmlElement, story: frozenset = frozenset(), *, own_tag: bool = True,
                stop: HtmlElement | None = None) -> bool:
    """True when `element` sits in a comment section, sidebar, related list, footer or navigation
    (by tag, or by a class/id token that begins with one of those words; tokens that only describe
    the layout, such as "has-sidebar" or "mr-[--sidebar-width]", do not count, nor does an
    <article>'s own footer, by tag or class, nor a carousel that holds an `<h1>`). The class/id of the
    elements in `story` (those that hold the headline, see `published._story_elements`) do not count
    either: a box that holds the headline is the story's, whatever its class says. The walk up ends
    at `stop` (the story's `<article>`, whose wrappers do not count when `element` is inside it); with
    `own_tag` False the tag of `element` itself does not count (`<aside class="post-author">` is a
    byline set apart by its tag)."""
    node = element
    while node is not None and node.tag not in ("body", "html") and node is not stop:
        if node in story:  # a <nav> or <aside> that holds the headline was left unclosed around the story
            node = node.getparent()
            continue
        if node.tag in _OFF_TAGS and not (node.tag == "footer" and node.xpath("ancestor::article")) \
                and (own_tag or node is not element):
            return True  # an <article>'s own <footer> holds its byline, not the page's
        verdict = _marks_verdict((node.get("class") or "") + " " + (node.get("id") or ""))
        if verdict == _OFF or (verdict == _FOOTER and not node.xpath("ancestor::article")) \
                or (verdict == _CAROUSEL and next(node.iter("h1"), None) is None):
            return True
        node = node.getparent()
    return False


# What an element's class/id words say (`_marks_verdict`): nothing, off the article, or off the article
# unless the element sits in an <article> (a footer word alone: the article's own footer) or holds an
# <h1> (a carousel word alone: the story's own wrapper).
_OFF, _FOOTER, _CAROUSEL = "off", "footer", "carousel"
_marks_cache: dict[str, str] = {}


def _marks_verdict(marks: str) -> str:
    """"" when the class/id value `marks` puts its element on the article, `_OFF` when off it, `_FOOTER`
    or `_CAROUSEL` when its only off-article word is a footer's or a carousel's; memoised (the same
    values recur up every walk)."""
    verdict = _marks_cache.get(marks)
    if verdict is None:
        verdict = ""
        value = _ARBITRARY_VALUE.sub(" ", marks) if "[" in marks else marks
        if len(value) > 1 and _OFF_MARK.search(value):
            value = " ".join(token for token in value.split() if not _LAYOUT_MARK.search(token))
            if _OFF_MARK.search(value):
                verdict = (_FOOTER if _only_word(value, _FOOTER_MARK)
                           else _CAROUSEL if _only_word(value, _CAROUSEL_MARK) else _OFF)
        remember(_marks_cache, marks, verdict)
    return verdict


def _only_word(marks: str, mark: re.Pattern) -> bool:
    """True when the only off-article word of `marks` is the one `mark` finds (a footer's, a carousel's)."""
    return bool(mark.search(marks)) and not _OFF_MARK.search(mark.sub(" ", marks))
