"""JSON and JSON Lines: every field of the Article, dates in ISO 8601."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..article import Article


def to_dict(article: Article) -> dict[str, Any]:
    """All fields of `article` as JSON-ready values, plus the derived `id` and `text`."""
    data = asdict(article)
    for key in ("published", "modified"):
        value = data[key]
        data[key] = value.isoformat() if value is not None else None
    return {"id": article.id, **data, "text": article.text}


def render_json(article: Article) -> str:
    """One indented JSON document ending with a newline."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(article: Article) -> str:
    """One JSON line (with its newline) for a JSON Lines file."""
    return json.dumps(to_dict(article), ensure_ascii=False) + "\n"
