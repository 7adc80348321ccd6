"""The lead image: its URL (OpenGraph, JSON-LD or the article's first figure) with its caption and credit."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from ...article import Image
from .. import bylines
from ..dom import normalise_space
from ..vocabulary import CAPTION_NOTICES
from .gathering import PageSignals
from .regions import off_article
from .text import _text_except


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
# One to four words, then slash-separated agencies ("Ilya Pitalev/POOL/TASS"). Written with the white
# space between the words required: a run of letters could be cut into up to four "words" in many ways,
# which made every failed start position backtrack through all of them. The same matches as
# (?:[^\W\d_][\w\-'’]*\s?){1,4}.
_SLASH_CREDIT = re.compile(r"(?:^|\s)([^\W\d_][\w\-'’]*(?:\s[^\W\d_][\w\-'’]*){0,3}\s?(?:/[\w.\-' ]{2,30})+)\s*$")


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


# Compiled once: figures are read on nearly every page.
_FIGCAPTIONS = etree.XPath(".//figcaption")
_CAPTION_CLASSED = etree.XPath(".//*[contains(@class,'caption')]")
_CREDIT_CLASSED = etree.XPath(
    ".//*[not(ancestor::figcaption)][contains(@class,'credit') or contains(@class,'copyright')]")
# AMP pages write their images as <amp-img> (same src and srcset attributes).
_IMAGES = etree.XPath(".//img | .//amp-img")
_IMAGES_AND_SOURCES = etree.XPath(".//img | .//amp-img | .//source")


def _figure_parts(figure: HtmlElement) -> tuple[str, str]:
    captions = _FIGCAPTIONS(figure) or _CAPTION_CLASSED(figure)
    if not captions:
        return "", ""
    text, credit_parts = _readable_text(captions[0], skip_credit=True)
    credit_parts += [normalise_space(n.text_content()) for n in _CREDIT_CLASSED(figure)]
    credit = " ".join(dict.fromkeys(p for p in credit_parts if p))
    if credit:
        return clean_caption(text), clean_credit(credit)
    return split_caption(text)


def _stem(url: str) -> str:
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"(?:[-_]\d+x\d+|@\dx)?\.\w+$", "", name).lower()


def _image_figures(scope: HtmlElement | None) -> list[HtmlElement]:
    """The <figure> elements below `scope` that hold an <img>, <amp-img> or <picture>, as
    .//figure[.//img or .//amp-img or .//picture] (tag iteration is faster than the XPath); [] for no scope."""
    if scope is None:
        return []
    return [figure for figure in scope.iter("figure")
            if figure is not scope and next(figure.iter("img", "amp-img", "picture"), None) is not None]


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
            for img in _IMAGES_AND_SOURCES(figure):
                url = image_url(img, base)
                if url and stem and (_stem(url) == stem or stem in url):
                    chosen = (figure, url)
                    break
            if chosen:
                break
    if chosen is None and figures:
        figure = figures[0]
        imgs = _IMAGES(figure)
        url = image_url(imgs[0], base) if imgs else ""
        if _FIGCAPTIONS(figure) and (url or lead):
            chosen = (figure, lead or url)
    if chosen is None:
        return [Image(url=lead)] if lead else []
    figure, url = chosen
    caption, credit = _figure_parts(figure)
    return [Image(url=lead or url, caption=caption, credit=credit)]
