"""HTML text -> lxml tree, and the cleaning that every later step relies on.

Parsing uses lxml's libxml2 HTML parser in recover mode: truncated or invalid markup still gives a
tree. Input larger than `MAX_HTML_BYTES` loses its scripts and styles, then is cut there (a news page
is far smaller; a larger one is almost always inline data), which keeps time and memory bounded.
"""

from __future__ import annotations

import re

from lxml import etree, html
from lxml.html import HtmlElement

from .signals import CHROME_ATTRIBUTE, class_tokens, name_tokens

MAX_HTML_BYTES = 5_000_000
# Scripts and styles other than JSON-LD, dropped first from an oversized page so that the cut keeps text.
_BULKY = re.compile(r"<(script|style)\b(?![^>]*ld\+json)[^>]*>.*?</\1\s*>", re.I | re.S)

# Elements whose content is never readable text.
NON_CONTENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "source", "track", "map", "input", "select", "option",
    "textarea", "link", "meta", "base", "head",
)
# Controls that a parser may leave unclosed around the rest of the page (libxml2 does not close a
# <button> as browsers do): removed when small, unwrapped when they hold the page.
CONTROL_TAGS = ("button", "dialog")
MAX_CONTROL_CHARS = 200


def _element_class_lookup() -> etree.ElementDefaultClassLookup:
    """lxml.html's element classes, with HtmlElement for every element, chosen in C: lxml.html's own
    lookup calls back into Python for every element proxy it creates, which every walk over the tree
    pays. Its FormElement, InputElement... for form tags are left out too (extraction uses none of
    their form methods): a lookup by tag name costs every proxy again, a quarter of a bare walk."""
    return etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity)


_CLASS_LOOKUP = _element_class_lookup()


# The control characters that no text document holds (U+0000-U+0008, U+000E-U+001F), as bytes: in
# UTF-8 each is its own byte, and no other character's bytes are below 0x80.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
BINARY_SHARE = 0.05  # more control characters than this in the first 8 KiB: not a text document


def control_characters(text: str) -> int:
    """How many control characters of `_CONTROL_BYTES` `text` holds (counted on its UTF-8 bytes, which a
    C loop scans far faster than a regular expression scans the characters)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def parse(text: str, utf8: bytes | None = None) -> HtmlElement:
    """Parse an HTML document into its root `<html>` element. `utf8`, when given, is `text` encoded
    as UTF-8 (the page's own bytes), not encoded again.

    Raises ValueError for an empty document or binary data (control characters in more than
    `BINARY_SHARE` of the first 8 KiB).
    """
    head = text[:8192]
    if head and control_characters(head) > BINARY_SHARE * len(head):
        raise ValueError("binary data, not an HTML document")
    if len(text) > MAX_HTML_BYTES:
        text, utf8 = _BULKY.sub("", text), None
    data = (text.encode("utf-8", errors="replace") if utf8 is None else utf8)[:MAX_HTML_BYTES]
    if not data.strip():
        raise ValueError("empty document")
    # collect_ids=False: libxml2 skips its table of id attributes, which only XPath's id() reads
    # (extraction never calls it); parsing is about 5% faster.
    parser = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                             no_network=True, recover=True, default_doctype=False, collect_ids=False)
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError) as err:
        raise ValueError(f"unparseable HTML: {err}") from None
    return root


def compact(text: str) -> str:
    """`text` in lower case with only its letters and digits: the key that compares two titles or
    names whatever their case, spacing and punctuation ("Jane Doe | News" -> "janedoenews")."""
    return re.sub(r"[\W_]+", "", text.lower())


def normalise_space(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space and strip."""
    # str.split() splits on exactly the characters that `\s` matches (U+00A0 among them), and is
    # several times faster than a regex substitution.
    return " ".join(text.replace("\u200b", "").split())


# Characters that only guide line breaking and that a reader does not see: soft hyphen, zero-width
# space, word joiner, byte-order mark.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def drop_invisible(text: str) -> str:
    """`text` without the invisible line-breaking hints ("Assis\u00adtance" -> "Assistance")."""
    return text.translate(_INVISIBLE)


def element_text(element: HtmlElement) -> str:
    """All text below `element`, white space normalised."""
    return normalise_space(element.text_content())


def is_hidden(element: HtmlElement) -> bool:
    """True for elements a reader never sees: `hidden`, `aria-hidden="true"`, `display:none`."""
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    return bool(style) and ("display:none" in style.replace(" ", "") or "visibility:hidden" in style.replace(" ", ""))


# Elements that may be hidden (see `is_hidden`). libxml2 finds attributes by name far faster than it
# tests every element: `//@name/parent::*` selects the same elements as `//*[@name]`, in document
# order, in a third of the time. Compiled once, like every XPath expression run on each page (compiling
# one costs a few microseconds a call).
HIDDEN_XPATH = etree.XPath('(//@hidden | //@aria-hidden | //@style)/parent::*'
                           '[@hidden or @aria-hidden="true" or contains(@style, "none") or contains(@style, "hidden")]')
HIDDEN_PROSE_CHARS = 500  # a hidden element with this much paragraph text is content waiting for script


def remove_non_content(root: HtmlElement) -> None:
    """Drop scripts, styles, embedded objects, form controls and hidden elements, in place.

    A hidden element that holds paragraphs of prose is kept: streaming renderers (React's
    `<div hidden id="S:0">`) and "read more" expanders hide the article itself until a script runs.
    So is the panel of a disclosure widget (see `collapsed_panel_ids`, `is_disclosure_panel`).
    So is a `<noscript>` that holds the page's prose (see `unwrap_noscript_page`). The boxes around
    e-mail and phone fields are marked as chrome before the fields go (see `mark_signup_boxes`).
    """
    unwrap_noscript_page(root)
    panels = collapsed_panel_ids(root)  # before the controls that name them go
    signup_fields = [field.getparent() for field in root.iter("input") if field.get("type") in SIGNUP_FIELD_TYPES]
    etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)
    mark_signup_boxes(signup_fields)
    for element in root.iter(*CONTROL_TAGS):
        if len(element.text_content()) > MAX_CONTROL_CHARS:
            element.tag = "div"
    etree.strip_elements(root, *CONTROL_TAGS, with_tail=False)
    for element in HIDDEN_XPATH(root):
        if (is_hidden(element) and element.getparent() is not None and not holds_prose(element)
                and element.get("id") not in panels and not is_disclosure_panel(element)):
            element.drop_tree()


# The controls of disclosure widgets (accordions, "read more"): `aria-controls` names the panel a
# button with `aria-expanded` opens.
DISCLOSURE_CONTROLS = etree.XPath("//@aria-controls[../@aria-expanded]")


def collapsed_panel_ids(root: HtmlElement) -> frozenset[str]:
    """The ids of the panels that disclosure widgets open: a closed accordion panel is hidden until a
    reader opens it, but it is part of the page's text (a product's details, an FAQ's answers)."""
    return frozenset(name for value in DISCLOSURE_CONTROLS(root) for name in value.split())


# Class words of the panels that accordions and FAQ lists hide until a reader opens them.
DISCLOSURE_PANEL_WORDS = frozenset({"accordion", "answer", "faq"})


def is_disclosure_panel(element: HtmlElement) -> bool:
    """A hidden element whose class names an accordion or FAQ panel ("faq-answer", "accordion__body")."""
    value = element.get("class")
    return bool(value) and any(not DISCLOSURE_PANEL_WORDS.isdisjoint(name_tokens(name)) for name in value.split())


# An e-mail, phone or password field is the heart of a newsletter, SMS-alert or login box; the box is the
# largest element around it that stays small, holds no paragraphs of prose and is no content wrapper.
SIGNUP_FIELD_TYPES = ("email", "tel", "password")
SIGNUP_BOX_CHARS = 2000
SIGNUP_BOX_STOP = frozenset({"html", "body", "main", "article"})
# Class/id words of an element that wraps the story itself ("editor-content", "story-body").
CONTENT_WRAPPER_WORDS = frozenset({"content", "article", "story", "body", "entry", "post"})


def mark_signup_boxes(fields: list[HtmlElement]) -> None:
    """Mark as chrome (`CHROME_ATTRIBUTE`) the boxes around e-mail and phone fields ("Get our
    newsletter", "Text me the deals", comment and login forms); `fields` are the fields' parents, read
    before the form controls went. Inserted in an article's body, such a box reads like prose to
    every later step; marked, it votes against its container like any other chrome.

    The box grows from the field while the next element up has at most `SIGNUP_BOX_CHARS` of text,
    no `HIDDEN_PROSE_CHARS` of paragraph text, is not `<main>`, `<article>` or `<body>`, and has no
    class or id of a content wrapper: a short story around a signup form keeps its text."""
    for element in fields:
        box = None
        while element is not None and _signup_box_may_grow_into(element):
            box, element = element, element.getparent()
        if box is not None:
            box.set(CHROME_ATTRIBUTE, "signup")


def _signup_box_may_grow_into(element: HtmlElement) -> bool:
    if element.tag in SIGNUP_BOX_STOP:
        return False
    names = f"{element.get('class', '')} {element.get('id', '')}".split()
    if any(not CONTENT_WRAPPER_WORDS.isdisjoint(class_tokens(name)) for name in names):
        return False
    return len(element.text_content()) <= SIGNUP_BOX_CHARS and not holds_prose(element)


def unwrap_noscript_page(root: HtmlElement) -> None:
    """Turn into a `<div>` the `<noscript>` that holds the page's prose: script-driven sites (forum
    software, app shells) render the readable page only there. Kept only when it holds more paragraph
    text than the rest of the page, so a page that also renders the story outside gets no copy."""
    noscripts = [noscript for noscript in root.iter("noscript")  # as //body//noscript[.//p], faster
                 if noscript.find(".//p") is not None and next(noscript.iterancestors("body"), None) is not None]
    total = paragraph_chars(root) if noscripts else 0
    for noscript in noscripts:
        inside = paragraph_chars(noscript)
        if inside >= HIDDEN_PROSE_CHARS and inside > total - inside:
            noscript.tag = "div"


def paragraph_chars(element: HtmlElement) -> int:
    """Characters of text in the `<p>` elements below `element`."""
    return sum(len(paragraph.text_content()) for paragraph in element.iter("p"))


def holds_prose(element: HtmlElement) -> bool:
    """True when the `<p>` elements below `element` hold at least `HIDDEN_PROSE_CHARS` characters."""
    total = 0
    for paragraph in element.iter("p"):
        total += len(paragraph.text_content())
        if total >= HIDDEN_PROSE_CHARS:
            return True
    return False
