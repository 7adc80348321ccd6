"""The `txt` layout of the seed document (``../shared/seed/000_5561b9b5b6de4c6c.txt``).

The document is a fixed sequence of slots separated by blank lines; an absent part leaves its slot
empty so that every part stays at its place:

    (empty) / title / "By …" / date ("May 26, 2023") / (empty) / caption **credit** /
    body blocks, one per slot / "Original url:" / url

Every slot is one line. Body blocks are written as plain text whenever the reader (`read_body_line`)
reads that text back as the same block: a short line without sentence-final punctuation is a
subheading ("Western engagement"), anything else a paragraph. Only when plain text would be misread
does a block get a mark: "## " a subheading that does not look like one, "• " a list item, "> " a
quote, and a leading backslash a paragraph that would otherwise pass for a subheading, a mark, a
teaser line or the "Original url:" label. Related links are not written: the layout has no place
for them (keeping a teaser in the body was a flaw of the seed); JSON, JSON Lines, Markdown and
Parquet carry them. The reader still accepts "Related article: text <url>" lines after the URL.
"""

from __future__ import annotations

import re

from ..article import Article, Block, Link
from ..extract.paragraphs import CONTINUATION_START, ends_sentence
from .byline import byline, human_date

ORIGINAL_URL_LABEL = "Original url:"

HEADING_MARK = "## "
LIST_ITEM_MARK = "• "
QUOTE_MARK = "> "
LITERAL_MARK = "\\"
BLOCK_MARKS = {"heading": HEADING_MARK, "list_item": LIST_ITEM_MARK, "quote": QUOTE_MARK,
               "paragraph": LITERAL_MARK}

MAX_HEADING_WORDS = 10  # subheadings in news copy are short; a longer unterminated line is a paragraph
HEADING_BAD_ENDINGS = (",", "-", "–", "—")  # a line ending like this is a broken sentence, not a title

# Labels that open a teaser line inserted into the body ("Related article: …"), lower case; a
# teaser is short. Source: the teaser labels of the seed and of common English news templates.
TEASER_LABELS = ("related article:", "related articles:", "related:", "read more:", "see also:",
                 "also read:", "read also:")
MAX_TEASER_WORDS = 30
TEASER_LINK = re.compile(r"^(?P<text>.*?)\s*<(?P<url>[^<>\s]+)>$")

INVISIBLE = ("\u200b", "\ufeff")  # zero-width space and a stray byte-order mark: no text, no space


def single_line(text: str) -> str:
    """`text` with white space runs (line breaks and non-breaking spaces too) collapsed to one space,
    zero-width spaces removed, and stripped: the form every slot of the layout takes."""
    for char in INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return " ".join(text.split())


def is_url_label(line: str) -> bool:
    """True for the "Original url:" line (any case, surrounding spaces allowed)."""
    return line.strip().lower() == ORIGINAL_URL_LABEL.lower()


def teaser_label(line: str) -> str | None:
    """The teaser label (from `TEASER_LABELS`) that opens `line`, if `line` is a short teaser line."""
    head = line[:20].lower()
    for label in TEASER_LABELS:
        if head.startswith(label) and len(line.split()) <= MAX_TEASER_WORDS:
            return label
    return None


def read_teaser(line: str) -> Link | None:
    """The related link of a teaser line ("Related article: Title <url>"; the URL is optional)."""
    label = teaser_label(line)
    if label is None:
        return None
    rest = line[len(label):].strip()
    match = TEASER_LINK.match(rest)
    if match:
        return Link(url=match["url"], text=match["text"])
    return Link(url="", text=rest)


def looks_like_heading(line: str, next_line: str | None) -> bool:
    """True when a plain body line reads as a subheading.

    A subheading is 1 to `MAX_HEADING_WORDS` words, does not start like the continuation of a
    sentence, does not end a sentence (nor with a comma or dash), and is not followed by a line that
    continues a sentence (then the two are halves of one broken paragraph).
    """
    words = line.split(maxsplit=MAX_HEADING_WORDS)  # stops early on a long paragraph
    if not 1 <= len(words) <= MAX_HEADING_WORDS:
        return False
    if ends_sentence(line) or line.endswith(HEADING_BAD_ENDINGS) or CONTINUATION_START.match(line):
        return False
    return not (next_line and CONTINUATION_START.match(next_line))


def read_body_line(line: str, next_line: str | None) -> Block | Link:
    """How the reader takes one body line: a marked block, a teaser link, or a plain block.

    `next_line` is the following body line as written (None for the last one): it tells a
    subheading from the first half of a broken paragraph.
    """
    for kind, mark in BLOCK_MARKS.items():
        if line.startswith(mark) and len(line) > len(mark):
            return Block(kind, line[len(mark):])
    link = read_teaser(line)
    if link is not None:
        return link
    return Block("heading" if looks_like_heading(line, next_line) else "paragraph", line)


def block_line(block: Block, next_line: str | None) -> str:
    """The line that `read_body_line` reads back as `block`, given the line written after it."""
    text = single_line(block.text)
    plain = Block(block.kind, text)
    if not is_url_label(text) and read_body_line(text, next_line) == plain:
        return text
    return BLOCK_MARKS[block.kind] + text


def body_lines(blocks: list[Block]) -> list[str]:
    """The body as lines, written back to front since each line's reading depends on the next one."""
    lines: list[str] = []
    next_line: str | None = None
    for block in reversed(blocks):
        if not single_line(block.text):
            continue
        next_line = block_line(block, next_line)
        lines.append(next_line)
    return lines[::-1]


def image_line(article: Article) -> str:
    """The lead image's caption followed by its credit in bold; empty without a lead image."""
    image = article.lead_image
    if image is None:
        return ""
    credit = f"**{single_line(image.credit)}**" if single_line(image.credit) else ""
    return " ".join(part for part in (single_line(image.caption), credit) if part)


def render_txt(article: Article) -> str:
    """Render `article` in the seed's layout (no trailing newline, as the seed)."""
    by = single_line(byline(article))
    slots = [
        "",
        single_line(article.title),
        f"By {by}" if by else "",
        human_date(article.published),
        "",
        image_line(article),
        *body_lines(article.body),
        ORIGINAL_URL_LABEL,
        single_line(article.url or article.canonical_url or ""),
    ]
    return "\n\n".join(slots)
