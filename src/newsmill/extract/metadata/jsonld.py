"""Helpers over JSON-LD values: their text and names (HTML entities decoded), and schema.org type names."""

from __future__ import annotations

import html

from ..dom import normalise_space


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower().rsplit("/", 1)[-1]}
    if isinstance(kind, list):
        return {k.lower().rsplit("/", 1)[-1] for k in kind if isinstance(k, str)}
    return set()


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


def _schema_type(value: str) -> str:
    return value.strip().lower().rstrip("/").rsplit("/", 1)[-1]
