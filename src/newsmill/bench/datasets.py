"""The public benchmark datasets, read in place from ``../shared/benchmarks``.

Each page becomes a `Page`: its HTML (bytes), URL, page type and ground truth. The train/held-out
split used by the learned model is fixed by a hash: 20% of WCXB *domains* and 20% of fundus
*publishers* are held out, so no page of a held-out site is ever trained on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HELDOUT_SHARE = 0.20
SPLIT_SALT = "newsmill-split-v1"  # fixed seed of the split


@dataclass(slots=True)
class Page:
    """One benchmark page. `authors` is a list of names, `date` an ISO date "YYYY-MM-DD" or "";
    `body` the ground-truth main content as plain text; `group` the domain or publisher."""

    dataset: str
    key: str
    url: str
    html: bytes
    page_type: str
    group: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: str = ""
    body: str = ""


def is_heldout(group: str) -> bool:
    """True when the domain/publisher `group` belongs to the held-out 20%."""
    digest = hashlib.sha256(f"{SPLIT_SALT}:{group.lower()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < HELDOUT_SHARE


def split_author_string(value: str | None) -> list[str]:
    """WCXB gives authors as one string: split it on commas, semicolons, "and" and "&"."""
    if not value:
        return []
    import re

    parts = re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", value)
    return [p.strip() for p in parts if p.strip()]


def load_wcxb(folder: Path) -> Iterator[Page]:
    """Pages of the WCXB dev set (``ground-truth/*.json`` + ``html/*.html.gz``), in file order."""
    meta = json.loads((folder / "metadata.json").read_text())["files"]
    for truth_file in sorted((folder / "ground-truth").glob("*.json")):
        data = json.loads(truth_file.read_text())
        truth = data["ground_truth"]
        key = truth_file.stem
        info = meta.get(key, {})
        yield Page(
            dataset="wcxb", key=key, url=data.get("url") or "",
            html=gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()),
            page_type=info.get("page_type") or data["_internal"]["page_type"]["primary"],
            group=info.get("domain", key), title=truth.get("title") or "",
            authors=split_author_string(truth.get("author")),
            date=(truth.get("publish_date") or "")[:10], body=truth.get("main_content") or "",
        )


def fundus_body(body: dict) -> str:
    """The expected body of a fundus page as plain text: summary, then each section's headline and paragraphs."""
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n\n".join(parts)


def load_fundus(folder: Path) -> Iterator[Page]:
    """Pages of fundus-publishers (``index.jsonl`` + ``test_data/**.html.gz``), in index order."""
    for line in (folder / "index.jsonl").read_text().splitlines():
        entry = json.loads(line)
        expected = entry["expected"]
        yield Page(
            dataset="fundus", key=entry["file"], url=entry["url"],
            html=gzip.decompress((folder / entry["file"]).read_bytes()),
            page_type="article", group=entry["publisher"], title=expected.get("title") or "",
            authors=list(expected.get("authors") or []),
            date=(expected.get("publishing_date") or "")[:10], body=fundus_body(expected.get("body") or {}),
        )
