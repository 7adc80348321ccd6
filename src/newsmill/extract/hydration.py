"""The story an app shell keeps in its scripts.

Sites that render in the browser (Next.js, Nuxt, Apollo caches, custom state objects) often ship
the article's HTML as a JSON string inside a `<script>` ("contentHtml": "\\u003cp\\u003e..."), and
the served page shows a skeleton with no prose. Others (Arc XP's "ANS" stories, in `__NEXT_DATA__`
or `Fusion.globalContent`) ship it as a list of typed elements ("content_elements": [{"type":
"text", "content": "..."}, ...]), or as Portable Text blocks (Sanity: [{"_type": "block",
"children": [{"text": "..."}]}, ...]). When the visible page gives (almost) no body, the longest such
story is read as the article's body HTML.
"""

from __future__ import annotations

import html
import json
import re

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

# A JSON (or JavaScript) string literal, its escapes kept; the body of a story is long.
_STRING_LITERAL = re.compile(r'"((?:[^"\\]|\\.){200,})"', re.S)
# A paragraph tag as it looks inside a string literal: raw, or escaped by JSON or JavaScript.
_PARAGRAPH_OPEN = re.compile(r"(?:<|\\u003c|\\x3c)p[\s>\\]", re.I)
_JS_HEX_ESCAPE = re.compile(r"\\x(?=[0-9a-fA-F]{2})")  # JavaScript's "\x3c" is JSON's "\u003c"
MIN_PARAGRAPHS = 2
MIN_STORY_CHARS = 400
# Where a JSON value starts in a script: the whole script, or the right side of an assignment.
_JSON_VALUE_START = re.compile(r"(?:^|=)\s*(?=\{)")
ELEMENTS_KEY = "content_elements"
# The element types of a story's element list that are its text, and the HTML tag each becomes
# (headers take their "level"); images, videos, embeds and link inserts are left out.
ELEMENT_TAGS = {"text": "p", "header": "h", "list": "ul", "quote": "blockquote"}
# Portable Text (Sanity) writes a story as a list of {"_type": "block", "style": ..., "children": [spans]}:
# the HTML tag of each style.
PORTABLE_STYLE_TAGS = {"normal": "p", "h2": "h2", "h3": "h3", "h4": "h4", "blockquote": "blockquote"}
# How deep in a script's JSON a story is looked for (Next.js keeps it a few levels down).
MAX_JSON_DEPTH = 40
# A script that may hold such lists.
_STORY_LIST_MARK = re.compile(r'"content_elements"|"_type"\s*:\s*"block"')


def embedded_story(root: HtmlElement) -> HtmlElement | None:
    """The body HTML held in the page's inline scripts, parsed into a `<div>`; None when no string
    holds `MIN_PARAGRAPHS` paragraphs and no element list holds text, or when the best of them has
    less than `MIN_STORY_CHARS` characters of paragraph text.

    `root` is the untouched tree (scripts still in it). Of several candidates (HTML strings, typed
    element lists) the one with the most paragraph text wins. Undecodable ones are skipped."""
    best, best_chars = None, MIN_STORY_CHARS - 1
    for fragment in _html_strings(root) + _element_lists(root):
        chars = sum(len(paragraph.text_content()) for paragraph in fragment.iter("p"))
        if chars > best_chars:
            best, best_chars = fragment, chars
    return best


def _inline_scripts(root: HtmlElement, mark: re.Pattern):
    """The texts of the page's inline scripts (no `src`) in which `mark` is found."""
    for script in root.iter("script"):
        if not script.get("src") and script.text and mark.search(script.text):
            yield script.text


def _html_strings(root: HtmlElement) -> list[HtmlElement]:
    """The string literals of the inline scripts that hold `MIN_PARAGRAPHS` paragraph tags, parsed."""
    fragments = []
    for text in _inline_scripts(root, _PARAGRAPH_OPEN):
        for literal in _STRING_LITERAL.finditer(text):
            if len(_PARAGRAPH_OPEN.findall(literal.group(1))) < MIN_PARAGRAPHS:
                continue
            fragment = _parse_literal(literal.group(1))
            if fragment is not None:
                fragments.append(fragment)
    return fragments


def _element_lists(root: HtmlElement) -> list[HtmlElement]:
    """The story element lists of the JSON values in the inline scripts (`_story_lists`), as HTML."""
    fragments = []
    for text in _inline_scripts(root, _STORY_LIST_MARK):
        for value in _json_values(text):
            for markup_of, elements in _story_lists(value):
                fragment = _elements_html(elements, markup_of)
                if fragment is not None:
                    fragments.append(fragment)
    return fragments


def _json_values(script: str) -> list:
    """The JSON objects a script holds whole or assigns (`window.X = {...};`); undecodable ones skipped."""
    decoder = json.JSONDecoder(strict=False)
    values = []
    for start in _JSON_VALUE_START.finditer(script):
        try:
            values.append(decoder.raw_decode(script, start.end())[0])
        except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
            continue
    return values


def _story_lists(value, depth: int = 0):
    """(markup function, list) for every story element list down to `MAX_JSON_DEPTH` levels of a decoded
    JSON value: the lists under `ELEMENTS_KEY` (Arc XP), and the lists of Portable Text blocks (Sanity)."""
    if depth > MAX_JSON_DEPTH:
        return
    if isinstance(value, dict):
        for name, item in value.items():
            if name == ELEMENTS_KEY and isinstance(item, list):
                yield _element_markup, item
            yield from _story_lists(item, depth + 1)
    elif isinstance(value, list):
        if any(isinstance(item, dict) and item.get("_type") == "block" for item in value):
            yield _portable_markup, value
        for item in value:
            yield from _story_lists(item, depth + 1)


def _elements_html(elements: list, markup_of) -> HtmlElement | None:
    """A story's elements as a `<div>` of paragraphs, headings, lists and quotes (`markup_of` writes
    one element's HTML); None when none of them is text."""
    markup = "".join(markup_of(element) for element in elements if isinstance(element, dict))
    if not markup:
        return None
    try:
        return lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, etree.ParserError):
        return None


def _portable_markup(block: dict) -> str:
    """One Portable Text block as HTML ("" for an image, an embed or a block without text): its spans'
    plain text, in the tag of its style, or as a list item."""
    if block.get("_type") != "block":
        return ""
    text = "".join(html.escape(child.get("text") or "") for child in block.get("children") or []
                   if isinstance(child, dict))
    if not text.strip():
        return ""
    if block.get("listItem"):
        return f"<ul><li>{text}</li></ul>"
    tag = PORTABLE_STYLE_TAGS.get(block.get("style") or "normal", "p")
    return f"<{tag}>{text}</{tag}>"


def _element_markup(element: dict) -> str:
    """One typed element as HTML ("" for a type that is not text). Text content is inline HTML."""
    tag = ELEMENT_TAGS.get(element.get("type"))
    if tag == "h":
        level = element.get("level")
        tag = f"h{level}" if level in (2, 3, 4, 5, 6) else "h2"
    elif tag in ("ul", "blockquote"):
        items = element.get("items") or element.get(ELEMENTS_KEY) or []
        inner = "".join(f"<li>{item.get('content', '')}</li>" if tag == "ul" else _element_markup(item)
                        for item in items if isinstance(item, dict))
        return f"<{tag}>{inner}</{tag}>" if inner else ""
    content = element.get("content")
    return f"<{tag}>{content}</{tag}>" if tag and isinstance(content, str) and content.strip() else ""


def _parse_literal(literal: str) -> HtmlElement | None:
    """A string literal's HTML parsed into a `<div>`, or None when it is not valid JSON text."""
    escaped = _JS_HEX_ESCAPE.sub(r"\\u00", literal)
    try:
        markup = json.loads(f'"{escaped}"')
    except ValueError:
        return None
    try:
        return lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, etree.ParserError):
        return None
