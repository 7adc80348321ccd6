"""Features of text blocks for the learned block classifier (`extract/model`).

One row per block of the page, in document order; the columns are named in `FEATURE_NAMES`. They
describe the block's text (length, punctuation, stop words, links), its place in the page (position,
depth, distance to the rules' container), its markup (tag, class/id words hashed into buckets,
boilerplate and content markers) and its neighbours, and they include the rules' own verdict.
"""

from __future__ import annotations

import math
import re
import zlib

import numpy as np

from .paragraphs import ends_sentence
from .signals import FURNITURE_LINES, RELATED_PREFIXES, STOP_WORDS, class_tokens

TAGS = ("p", "div", "li", "td", "h", "span", "blockquote", "pre", "dd", "section", "article")
KINDS = ("paragraph", "heading", "list_item", "quote")
CLASS_BUCKETS = 48
_WORD = re.compile(r"\w+")
_PUNCT = re.compile(r"[.,;:!?、，。]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

BASE_NAMES = [
    "log_chars", "words", "sentences", "ends_sentence", "comma_ratio", "digit_ratio", "upper_ratio",
    "stop_ratio", "link_density", "furniture", "related_prefix", "depth", "position", "rel_depth",
    "in_container", "rule_body", "rule_related", "marked_boilerplate", "marked_content",
    "container_share", "node_prose_share", "dist_container_start", "dist_container_end", "title_overlap",
    "description_overlap", "cjk_share",
    *(f"kind_{k}" for k in KINDS), *(f"tag_{t}" for t in TAGS),
]
NEIGHBOUR_NAMES = ["log_chars", "link_density", "rule_body", "ends_sentence", "stop_ratio"]
FEATURE_NAMES = [
    *BASE_NAMES,
    *(f"prev_{n}" for n in NEIGHBOUR_NAMES), *(f"next_{n}" for n in NEIGHBOUR_NAMES),
    "window_rule_body", *(f"class_{i}" for i in range(CLASS_BUCKETS)),
]
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode()) % CLASS_BUCKETS


def _overlap(words: list[str], reference: set[str]) -> float:
    return sum(1 for w in words if w in reference) / len(words) if words and reference else 0.0


def _tag_name(tag: str) -> str:
    return "h" if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else tag


def block_features(segmenter, container, decisions: list[str], title: str, description: str) -> np.ndarray:
    """A float32 matrix of shape (blocks, len(FEATURE_NAMES)) for the blocks of `segmenter`.

    `container` is the rules' container node (or None) and `decisions` the rules' verdicts."""
    blocks, nodes = segmenter.blocks, segmenter.nodes
    n = len(blocks)
    rows = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float32)
    page_prose = max(nodes[0].prose, 1.0) if nodes else 1.0
    title_words = set(_WORD.findall(title.lower()))
    description_words = set(_WORD.findall(description.lower()))
    first_in = last_in = -1
    if container is not None:
        inside = [i for i, b in enumerate(blocks) if container.index <= b.node <= container.end]
        if inside:
            first_in, last_in = inside[0], inside[-1]
    class_cache: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        text = block.text
        node = nodes[block.node]
        words = _WORD.findall(text.lower())
        row = rows[i]
        row[0] = math.log1p(len(text))
        row[1] = len(words)
        row[2] = text.count(". ") + text.count("! ") + text.count("? ") + ends_sentence(text)
        row[3] = ends_sentence(text)
        row[4] = len(_PUNCT.findall(text)) / max(len(words), 1)
        row[5] = sum(c.isdigit() for c in text) / len(text)
        row[6] = sum(c.isupper() for c in text) / len(text)
        row[7] = _overlap(words, STOP_WORDS)
        row[8] = block.link_density
        row[9] = text.lower().strip(" :.!»›>|") in FURNITURE_LINES
        row[10] = text.lower().startswith(RELATED_PREFIXES)
        row[11] = node.depth
        row[12] = i / n
        inside = container is not None and container.index <= block.node <= container.end
        row[13] = node.depth - container.depth if container is not None else 0
        row[14] = inside
        row[15] = decisions[i] == "body"
        row[16] = decisions[i] == "related"
        row[17] = node.boilerplate_depth != -1
        row[18] = node.content
        row[19] = container.prose / page_prose if container is not None else 0
        row[20] = node.prose / page_prose
        row[21] = (i - first_in) / n if first_in >= 0 else -1
        row[22] = (last_in - i) / n if last_in >= 0 else -1
        row[23] = _overlap(words, title_words)
        row[24] = _overlap(words, description_words)
        row[25] = len(_CJK.findall(text)) / len(text)
        row[2] += text.count("。")
        kind = f"kind_{block.kind}"
        row[_INDEX[kind]] = 1
        tag = f"tag_{_tag_name(block.element.tag)}"
        if tag in _INDEX:
            row[_INDEX[tag]] = 1
        buckets = class_cache.get(block.node)
        if buckets is None:
            buckets = _class_buckets(block.element)
            class_cache[block.node] = buckets
        base = _INDEX["class_0"]
        for bucket in buckets:
            row[base + bucket] = 1
    _neighbour_columns(rows)
    return rows


def _class_buckets(element) -> list[int]:
    """Hashed class/id words of an element and its two nearest ancestors."""
    buckets = []
    for _ in range(3):
        if element is None:
            break
        value = f"{element.get('class', '')} {element.get('id', '')}"
        buckets.extend(_bucket(token) for name in value.split() for token in class_tokens(name))
        element = element.getparent()
    return buckets


def _neighbour_columns(rows: np.ndarray) -> None:
    """Copy the neighbour features of the previous and next block; a window mean of the rules' verdict."""
    source = [_INDEX[n] for n in ("log_chars", "link_density", "rule_body", "ends_sentence", "stop_ratio")]
    prev_cols = [_INDEX[f"prev_{n}"] for n in NEIGHBOUR_NAMES]
    next_cols = [_INDEX[f"next_{n}"] for n in NEIGHBOUR_NAMES]
    if len(rows) > 1:
        rows[1:, prev_cols] = rows[:-1, source]
        rows[:-1, next_cols] = rows[1:, source]
    body = rows[:, _INDEX["rule_body"]]
    kernel = np.ones(5, dtype=np.float32) / 5
    rows[:, _INDEX["window_rule_body"]] = np.convolve(body, kernel, mode="full")[2:2 + len(rows)]
