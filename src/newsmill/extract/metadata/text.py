"""Text helpers shared by the readers: an element's text without some children."""

from __future__ import annotations

from lxml.html import HtmlElement

from ..dom import normalise_space


def _text_except(element: HtmlElement, skipped_tokens: tuple[str, ...], skipped_tags: tuple[str, ...] = (),
                 aside_tokens: tuple[str, ...] = (), hidden: bool = True) -> tuple[str, list[str]]:
    """(text, set-aside texts) of `element`, leaving out the children that are aria-hidden (unless
    `hidden` is false), of `skipped_tags` or whose class holds one of `skipped_tokens`; the children
    whose class holds one of `aside_tokens` are returned apart instead. A line break (`<br>`) is a
    space ("Legacy<br>of" reads "Legacy of")."""
    parts: list[str] = []
    aside: list[str] = []

    def visit(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                classes = (child.get("class") or "").lower()
                if child.tag == "br":
                    parts.append(" ")
                elif (hidden and child.get("aria-hidden") == "true") or child.tag in skipped_tags \
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
