"""Joining paragraphs that markup broke apart, keeping real paragraph and heading boundaries.

A page sometimes breaks one sentence over two blocks, e.g. when an inline tag link is placed outside
its `<p>` ("... Azerbaijan's key ally" / "Turkey, the United States and ..."). The join is decided on
the text alone so that it serves extraction and the repair of existing files alike.
"""

from __future__ import annotations

import re

from ..article import Block

# A block that ends like this finished its sentence (closing quotes and brackets allowed after it).
SENTENCE_END = re.compile(r"""[.!?…:;»"'”’)\]。！？」』]\s*$""")
# A continuation starts with a lower-case letter, a digit group or punctuation that cannot open a sentence.
CONTINUATION_START = re.compile(r"^(?:[a-zà-ÿα-ωа-я]|[,;:)\]%]|\.\.\.)")
MIN_WORDS_TO_JOIN = 8  # a shorter unterminated block is more likely a heading or a label


def ends_sentence(text: str) -> bool:
    """True when `text` ends with sentence-final punctuation."""
    # SENTENCE_END is one character then white space: search from the last non-space character only
    # (a search over the whole text tries every position, which long paragraphs pay many times).
    last = len(text.rstrip()) - 1
    return last >= 0 and SENTENCE_END.search(text, last) is not None


def is_broken_pair(first: Block, second: Block) -> bool:
    """True when `second` continues the sentence that `first` left open."""
    if first.kind != "paragraph" or second.kind != "paragraph":
        return False
    if ends_sentence(first.text):
        return False
    if CONTINUATION_START.match(second.text):
        return True
    if is_label(second.text):
        return False
    return len(first.text.split()) >= MIN_WORDS_TO_JOIN


def is_label(text: str) -> bool:
    """A few words that neither continue nor end a sentence ("ALSO IN THE NEWS", "Front Page"): a
    label or a heading set as a paragraph, never the second half of a broken sentence."""
    return len(text.split()) < MIN_WORDS_TO_JOIN and not ends_sentence(text)


def glue(left: str, right: str) -> str:
    """Join two halves of a sentence with one space, none before closing punctuation."""
    if right[:1] in ",.;:!?)]%":
        return left + right
    return f"{left} {right}"


def _join_pass(blocks: list[Block], joins: list[tuple[str, str]] | None) -> tuple[list[Block], int]:
    joined: list[Block] = []
    count = 0
    for block in blocks:
        if joined and is_broken_pair(joined[-1], block):
            if joins is not None:
                joins.append((joined[-1].text, block.text))
            joined[-1] = Block("paragraph", glue(joined[-1].text, block.text))
            count += 1
        else:
            joined.append(block)
    return joined, count


def join_broken_paragraphs(blocks: list[Block], joins: list[tuple[str, str]] | None = None
                           ) -> tuple[list[Block], int]:
    """Return the blocks with broken paragraphs joined, and how many joins were made.

    Passes repeat until none joins anything, so the result is a fixed point: joining it again
    changes nothing (a join can lengthen a block enough to make the pair before it joinable).
    When `joins` is a list, each join appends its (left, right) texts to it, in order.
    """
    total = 0
    while True:
        blocks, count = _join_pass(blocks, joins)
        total += count
        if count == 0:
            return blocks, total
