"""The story an app shell keeps in its scripts.

Sites that render in the browser (Next.js, Nuxt, Apollo caches, custom state objects) often ship
the article's HTML as a JSON string inside a `<script>` ("contentHtml": "\\u003cp\\u003e..."), and
the served page shows a skeleton with no prose. When the visible page gives (almost) no body, the
longest such string of paragraphs is read as the article's body HTML.
"""

from __future__ import annotations

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


def embedded_story(root: HtmlElement) -> HtmlElement | None:
    """The body HTML held in the page's inline scripts, parsed into a `<div>`; None when no string
    holds `MIN_PARAGRAPHS` paragraphs and `MIN_STORY_CHARS` characters of text.

    `root` is the untouched tree (scripts still in it). Of several candidate strings the one with the
    most paragraph text wins. Undecodable strings are skipped."""
    best, best_chars = None, MIN_STORY_CHARS - 1
    for script in root.iter("script"):
        if script.get("src") or not script.text or not _PARAGRAPH_OPEN.search(script.text):
            continue
        for literal in _STRING_LITERAL.finditer(script.text):
            if len(_PARAGRAPH_OPEN.findall(literal.group(1))) < MIN_PARAGRAPHS:
                continue
            fragment = _parse_literal(literal.group(1))
            if fragment is None:
                continue
            chars = sum(len(paragraph.text_content()) for paragraph in fragment.iter("p"))
            if chars > best_chars:
                best, best_chars = fragment, chars
    return best


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
