"""Features of text blocks for the learned block classifier (`extract/model`).

One row per block of the page, in document order; the columns are named in `FEATURE_NAMES`. They
describe the block's text (length, punctuation, stop words, links), its place in the page (position,
depth, distance to the rules' container), its markup (tag, class/id words hashed into buckets,
boilerplate and content markers) and its neighbours, and they include the rules' own verdict.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter

import numpy as np

from .memo import remember
from .paragraphs import ends_sentence
from .signals import FURNITURE_LINES, RELATED_PREFIXES, STOP_WORDS, name_tokens

TAGS = ("p", "div", "li", "td", "h", "span", "blockquote", "pre", "dd", "section", "article")
KINDS = ("paragraph", "heading", "list_item", "quote")
CLASS_BUCKETS = 48
_WORD = re.compile(r"\w+")
_PUNCT = re.compile(r"[.,;:!?、，。]")
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF))  # kana, CJK ideographs, Hangul

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
    "text_repeated", "repeated_siblings",
]
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}
CLASS_BASE = _INDEX["class_0"]


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode()) % CLASS_BUCKETS


def _overlap(words: list[str], reference: set[str] | frozenset[str]) -> float:
    if not words or not reference:
        return 0.0
    return sum(map(reference.__contains__, words)) / len(words)


def _tag_name(tag: str) -> str:
    return "h" if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else tag


_KIND_COLUMN = {kind: _INDEX[f"kind_{kind}"] for kind in KINDS}
_TAG_COLUMN = {tag: _INDEX[f"tag_{_tag_name(tag)}"] for tag in (*TAGS, "h1", "h2", "h3", "h4", "h5", "h6")}


def model_candidates(segmenter, decisions: list[str]) -> list[int]:
    """Indices of the blocks the model has a say on: those the rules kept, and those they dropped that
    no trusted boilerplate marker holds (the model may not bring back marked chrome, nor the rules'
    final "furniture" verdicts, so the rest need no features)."""
    nodes = segmenter.nodes
    return [i for i, (block, decision) in enumerate(zip(segmenter.blocks, decisions))
            if decision == "body" or (decision == "drop" and nodes[block.node].boilerplate_depth < 0)]


def block_features(segmenter, container, decisions: list[str], title: str, description: str,
                   indices: list[int]) -> np.ndarray:
    """A float32 matrix of shape (len(indices), len(FEATURE_NAMES)) for the blocks of `segmenter`
    at `indices` (in document order; "previous" and "next" are neighbours among them).

    `container` is the rules' container node (or None) and `decisions` the rules' verdicts."""
    all_blocks, nodes = segmenter.blocks, segmenter.nodes
    blocks = [all_blocks[i] for i in indices]
    decisions = [decisions[i] for i in indices]
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
    container_share = container.prose / page_prose if container is not None else 0.0
    node_columns: dict[int, list[int]] = {}  # node -> its one-hot class and tag columns
    own_buckets: dict = {}  # element -> buckets of its own class/id words
    ones_rows: list[int] = []
    ones_cols: list[int] = []
    values = []
    for i, block in enumerate(blocks):
        text = block.text
        lowered = text.lower()
        node = nodes[block.node]
        words = _WORD.findall(lowered)
        size = len(text)
        ends = ends_sentence(text)
        values.append((
            math.log1p(size), len(words),
            text.count(". ") + text.count("! ") + text.count("? ") + text.count("。") + ends, ends,
            len(_PUNCT.findall(text)) / max(len(words), 1),
            0.0, 0.0,  # digit_ratio, upper_ratio: set below for all blocks at once
            _overlap(words, STOP_WORDS), block.link_density,
            lowered.strip(" :.!»›>|") in FURNITURE_LINES, lowered.startswith(RELATED_PREFIXES),
            node.depth, i / n,
            node.depth - container.depth if container is not None else 0,
            container is not None and container.index <= block.node <= container.end,
            decisions[i] == "body", decisions[i] == "related",
            node.boilerplate_depth != -1, node.content, container_share, node.prose / page_prose,
            (i - first_in) / n if first_in >= 0 else -1, (last_in - i) / n if last_in >= 0 else -1,
            _overlap(words, title_words), _overlap(words, description_words),
            0.0,  # cjk_share: set below for all blocks at once
        ))
        columns = node_columns.get(block.node)
        if columns is None:
            columns = node_columns[block.node] = _markup_columns(block.element, own_buckets)
        ones_rows.extend([i] * (len(columns) + 1))
        ones_cols.append(_KIND_COLUMN[block.kind])
        ones_cols.extend(columns)
    if values:
        rows[:, :len(values[0])] = np.asarray(values, dtype=np.float32)
        rows[ones_rows, ones_cols] = 1
        digits, uppers, cjk, sizes = _character_counts([block.text for block in blocks])
        rows[:, _INDEX["digit_ratio"]] = digits / sizes
        rows[:, _INDEX["upper_ratio"]] = uppers / sizes
        rows[:, _INDEX["cjk_share"]] = cjk / sizes
    if n:
        _neighbour_columns(rows)
        _repetition_columns(rows, segmenter, blocks)
    return rows


def _repetition_columns(rows: np.ndarray, segmenter, blocks) -> None:
    """Repetition on the page: the block's text appears again elsewhere (carousel clones, a signup
    box shown twice), and the most same-tag, same-class siblings of its element or of one of its two
    nearest ancestors (cards of a teaser river, items of a product grid), log-scaled."""
    nodes = segmenter.nodes
    texts = Counter(block.text for block in segmenter.blocks)
    lines = {block.node: _node_line(nodes, block.node) for block in blocks}  # each node and its two nearest ancestors
    # Same-shape siblings share a parent: only the children of the lines' parents need a shape.
    parents = {nodes[index].parent for line in lines.values() for index in line}
    shapes = {node.index: (node.parent, node.tag, node.element.get("class"))
              for node in nodes if node.parent in parents}
    same_shape = Counter(shapes.values())
    siblings = {node: math.log1p(max(same_shape[shapes[index]] for index in line) - 1) for node, line in lines.items()}
    rows[:, _INDEX["text_repeated"]] = [texts[block.text] > 1 for block in blocks]
    rows[:, _INDEX["repeated_siblings"]] = [siblings[block.node] for block in blocks]


def _node_line(nodes, index: int) -> list[int]:
    """The node at `index` and its two nearest ancestor nodes (fewer at the top of the page)."""
    line = [index]
    while len(line) < 3 and nodes[line[-1]].parent >= 0:
        line.append(nodes[line[-1]].parent)
    return line


_name_buckets_cache: dict[str, list[int]] = {}


def _name_buckets(name: str) -> list[int]:
    """The hashed buckets of one class name's tokens, memoised (names recur across values)."""
    buckets = _name_buckets_cache.get(name)
    if buckets is None:
        buckets = remember(_name_buckets_cache, name, [_bucket(token) for token in name_tokens(name)])
    return buckets


_bucket_cache: dict[str, list[int]] = {}


def _value_buckets(value: str) -> list[int]:
    """The hashed buckets of the tokens of a class/id value, memoised."""
    buckets = _bucket_cache.get(value)
    if buckets is None:
        buckets = remember(_bucket_cache, value, [bucket for name in value.split() for bucket in _name_buckets(name)])
    return buckets


def _markup_columns(element, own_buckets: dict) -> list[int]:
    """The one-hot columns of a block's element: its class buckets (see `_class_buckets`) and its tag."""
    columns = [CLASS_BASE + bucket for bucket in _class_buckets(element, own_buckets)]
    tag_column = _TAG_COLUMN.get(element.tag)
    if tag_column is not None:
        columns.append(tag_column)
    return columns


def _class_buckets(element, own_buckets: dict) -> list[int]:
    """Hashed class/id words of an element and its two nearest ancestors. `own_buckets` caches
    each element's own buckets (blocks share their ancestors)."""
    buckets = []
    for _ in range(3):
        if element is None:
            break
        own = own_buckets.get(element)
        if own is None:
            own = own_buckets[element] = _value_buckets(f"{element.get('class', '')} {element.get('id', '')}")
        buckets.extend(own)
        element = element.getparent()
    return buckets


_PLANE = 0x10000  # characters below this are classified by table lookup, the rest one by one


@functools.cache
def _character_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`str.isdigit`, `str.isupper` and `_CJK_RANGES` (all in the plane) of every
    character of Unicode's Basic Multilingual Plane, as three bool arrays indexed by code point
    (built once, about 10 ms)."""
    plane = "".join(map(chr, range(_PLANE)))
    return (np.frombuffer(bytes(map(str.isdigit, plane)), dtype=bool),
            np.frombuffer(bytes(map(str.isupper, plane)), dtype=bool),
            _cjk_table())


def _cjk_table() -> np.ndarray:
    """True at the code points of `_CJK_RANGES`."""
    table = np.zeros(_PLANE, dtype=bool)
    for low, high in _CJK_RANGES:
        table[low:high + 1] = True
    return table


def _character_counts(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per text: how many characters are digits (`str.isdigit`), how many upper case
    (`str.isupper`), how many CJK (`_CJK_RANGES`), and its length; four int64 arrays, computed for all
    texts at once."""
    digit_table, upper_table, cjk_table = _character_tables()
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    outside = np.flatnonzero(codes >= _PLANE)
    in_plane = np.where(codes < _PLANE, codes, 0) if len(outside) else codes  # the outside ones: below
    digit, upper, cjk = digit_table[in_plane], upper_table[in_plane], cjk_table[in_plane]
    for position in outside:
        character = chr(int(codes[position]))
        digit[position], upper[position] = character.isdigit(), character.isupper()
    sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(sizes)
    return _segment_sums(digit, ends), _segment_sums(upper, ends), _segment_sums(cjk, ends), sizes


def _segment_sums(flags: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Number of True values in each consecutive segment of `flags` that ends before `ends[i]`."""
    totals = np.concatenate(([0], np.cumsum(flags, dtype=np.int64)))
    return totals[ends] - totals[np.concatenate(([0], ends[:-1]))]


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
