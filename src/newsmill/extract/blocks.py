"""Text blocks of a cleaned page and the votes that find the article's container.

**Segmentation** (`Segmenter`): one pass over the tree in document order cuts the text into blocks at
block-level elements; each block knows its link text and its kind (paragraph, heading, list item,
quote). **Rivers** (`mark_teaser_rivers`): repeated cards of a linked headline and an excerpt beside an
article are marked as boilerplate. **Votes** (`score_nodes`): every block votes for its ancestors,
positive for prose (long, few links, sentence punctuation), negative for link lists and marked
boilerplate (class/id words, ARIA roles and chrome tags from `signals`). **Container**
(`best_container`): the element with the highest total, the smallest subtree that holds the most
prose and the least chrome.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from .dom import normalise_space
from .memo import remember
from .paragraphs import ends_sentence
from .signals import (ARTICLE_BOX_TOKENS, BLOCK_TAGS, BOILERPLATE_HEAD_TOKENS, BOILERPLATE_PAIRS,
                      BOILERPLATE_ROLES, BOILERPLATE_TOKENS, CHROME_ATTRIBUTE, CHROME_TAGS, CONSENT_TOKENS,
                      CONTENT_PATTERN, CONTENT_PATTERN_WORDS, DISCUSSION_PAIRS, DISCUSSION_TOKENS, EXPANDER_TOKENS,
                      HEADING_TAGS, MEDIA_TAGS, MODAL_ROLES, NAVIGATION_TOKENS, POST_LIST_CLASSES, SKIPPED_TAGS,
                      SOCIAL_EMBED_CLASS, TEXT_FIGURE_TAGS, class_tokens, is_caption_name, joined_pairs, name_tokens,
                      split_camel_case, word_runs)

BR = "\u2028"  # stands for <br> in the text buffer until the block is cut
PARAGRAPH_BREAK = re.compile(f"{BR}\\s*{BR}")
NO_MARK = -1
# Block-level elements that always start a block (figures and captions only when read, see `run`).
_PLAIN_BLOCK_TAGS = BLOCK_TAGS - SKIPPED_TAGS


@dataclass(slots=True)
class TextBlock:
    """A run of text between block boundaries, owned by the block-level element `node` (an index
    into `Segmenter.nodes`)."""

    element: HtmlElement
    node: int
    kind: str
    text: str
    link_chars: int

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Node:
    """A block-level element in document order, and its `tag`: `index` is its serial number and `end`
    the last serial inside it, so a node's subtree is the range index..end. `mark` is its own class/id
    verdict; `boilerplate_depth` the depth of the deepest trusted boilerplate marker at or above it
    (NO_MARK for none); `content` whether an article-body marker is at or above it; `discussion`
    whether that boilerplate is a comment thread; `prose` the votes of its text with the markers
    ignored, `score` with them."""

    element: HtmlElement
    tag: str  # the element's tag, read once (lxml builds a new string at every read)
    index: int
    parent: int
    depth: int
    mark: str
    end: int = 0
    boilerplate_depth: int = NO_MARK
    content: bool = False
    discussion: bool = False
    prose: float = 0.0
    score: float = 0.0


_marker_cache: dict[str, str] = {}


def marker(element: HtmlElement, tag: str) -> str:
    """"boilerplate", "overlay" (a consent banner or a modal dialog), "content", "discussion"
    (comment-thread words) or "" for an element, from its `tag`, ARIA role and class/id words."""
    # The attribute names first, in one call: most elements have only a class or an id, and testing
    # a name in that short list is far cheaper than asking libxml2 for each attribute by name.
    names = element.keys()
    if not names:  # the tag alone decides
        return "boilerplate" if tag in CHROME_TAGS else ""
    get = element.get
    if "itemprop" in names and get("itemprop") == "articleBody":
        return "content"
    role = get("role") if "role" in names else None
    if role in MODAL_ROLES or ("aria-modal" in names and get("aria-modal") == "true"):
        return "overlay"
    if tag in CHROME_TAGS or role in BOILERPLATE_ROLES or CHROME_ATTRIBUTE in names:
        return "boilerplate"
    value = f"{get('class', '')} {get('id', '')}"
    if len(value) < 3:
        return ""
    if tag == "blockquote" and SOCIAL_EMBED_CLASS.search(value):
        return "boilerplate"
    cached = _marker_cache.get(value)
    if cached is None:
        cached = remember(_marker_cache, value, _classify_attributes(value))
    return cached


def _classify_attributes(value: str) -> str:
    """The marker of a class/id value: the first verdict (in `_NAME_VERDICTS` order) that one of its
    names has, else "discussion" for a word pair of `DISCUSSION_PAIRS` and "boilerplate" for one of
    `BOILERPLATE_PAIRS` (across names too)."""
    if _says_nothing(value):  # most values met for the first time
        return ""
    known = _name_verdict_cache.get
    names = [known(name) or _name_verdict(name) for name in value.split()]
    if not names:
        return ""
    rank = min(names)[0]
    if rank != _NO_VERDICT:
        return _NAME_VERDICTS[rank]
    tokens = [token for _, name_tokens in names for token in name_tokens]
    if _PAIR_FIRST_WORDS.isdisjoint(tokens):  # the common case: no pair can start
        return ""
    pairs = list(zip(tokens, tokens[1:]))
    if not DISCUSSION_PAIRS.isdisjoint(pairs):
        return "discussion"
    if _BOILERPLATE_PAIRS.isdisjoint(pairs) or (_READ_MORE in pairs and not EXPANDER_TOKENS.isdisjoint(tokens)):
        return ""
    return "boilerplate"


# What one class name or id says, by priority: consent-banner words, an article-body name, a CMS post
# list, a boilerplate head word ("entry-meta"), boilerplate words, comment-thread words.
_NAME_VERDICTS = ("overlay", "content", "boilerplate", "boilerplate", "boilerplate", "discussion")
_NO_VERDICT = len(_NAME_VERDICTS)
_BOILERPLATE_PAIRS = frozenset(BOILERPLATE_PAIRS)
_READ_MORE = ("read", "more")
_PAIR_FIRST_WORDS = frozenset(first for first, _ in _BOILERPLATE_PAIRS | DISCUSSION_PAIRS)
# The verdict that a token alone gives a name: consent-banner words (0) over boilerplate words (4) over
# comment-thread words (5); a name's content marker (1), post list (2) or head word (3) is tested apart.
_TOKEN_RANKS = {**dict.fromkeys(DISCUSSION_TOKENS, 5), **dict.fromkeys(BOILERPLATE_TOKENS, 4),
                **dict.fromkeys(CONSENT_TOKENS, 0)}
_name_verdict_cache: dict[str, tuple[int, tuple[str, ...]]] = {}
# Every token that can give a name or a value a verdict: a ranked word, a head word, a pair's first word.
_TELLING_TOKENS = frozenset(_TOKEN_RANKS) | BOILERPLATE_HEAD_TOKENS | _PAIR_FIRST_WORDS


def _says_nothing(value: str) -> bool:
    """True when no name of a class/id value can have a verdict (see `_name_verdict`), told from the
    whole value at once: no telling word among its word runs (a superset of its names' tokens), no
    article-body name (no match spans white space) and no post-list class. Far cheaper than reading
    each name, and most values that a page of a new site brings say nothing."""
    return (_TELLING_TOKENS.isdisjoint(word_runs(value)) and not _content_marked(value)
            and POST_LIST_CLASSES.isdisjoint(value.split()))


def _name_verdict(name: str) -> tuple[int, tuple[str, ...]]:
    """The index in `_NAME_VERDICTS` of what a class name or id says (`_NO_VERDICT` for nothing), and
    its tokens; memoised (names recur far more than whole class/id values)."""
    cached = _name_verdict_cache.get(name)
    if cached is None:
        tokens = name_tokens(name)
        rank = _NO_VERDICT if _TOKEN_RANKS.keys().isdisjoint(tokens) else min(
            _TOKEN_RANKS.get(token, _NO_VERDICT) for token in tokens)
        if rank != 0:  # consent-banner words come first
            rank = _name_rank(name, tokens, rank)
        cached = remember(_name_verdict_cache, name, (rank, tokens))
    return cached


def _name_rank(name: str, tokens: tuple[str, ...], word_rank: int) -> int:
    """A name's article-body marker (1), post-list class (2) or boilerplate head word (3), else the rank
    its words give it (`word_rank`)."""
    if _content_marked(name):  # no match spans white space: one name matches as the value would
        return 1
    if name in POST_LIST_CLASSES:
        return 2
    if tokens and tokens[-1] in BOILERPLATE_HEAD_TOKENS and ":" not in name:
        return 3
    return word_rank


# CONTENT_PATTERN without IGNORECASE, for lower-cased ASCII values: the same matches, at half the cost
# (case-insensitive matching slows every position of the search). Only valid while the pattern itself
# has no upper-case character; otherwise None and the pattern is used as it is.
_CONTENT_LOWER = (re.compile(CONTENT_PATTERN.pattern, CONTENT_PATTERN.flags & ~re.IGNORECASE)
                  if CONTENT_PATTERN.pattern == CONTENT_PATTERN.pattern.lower() else None)


def _content_marked(value: str) -> bool:
    """`CONTENT_PATTERN.search(value)`, as a bool."""
    if _CONTENT_LOWER is not None and value.isascii():  # ASCII: IGNORECASE is plain lower-casing
        lowered = value.lower()
        return any(map(lowered.__contains__, CONTENT_PATTERN_WORDS)) and _CONTENT_LOWER.search(lowered) is not None
    return CONTENT_PATTERN.search(value) is not None


class Segmenter:
    """Cuts a cleaned tree into `TextBlock`s over block-level `Node`s (see the module docstring)."""

    def __init__(self, discussion_is_content: bool = False) -> None:
        self.discussion_mark = "" if discussion_is_content else "discussion"
        self.blocks: list[TextBlock] = []
        self.nodes: list[Node] = []
        self.votes: list[float] = []  # each block's `prose_vote`, set by `segment`
        self._buffer: list[str] = []
        self._quote = 0
        self._open_nodes: list[int] = []

    def run(self, root: HtmlElement) -> "Segmenter":
        """Walk the tree once in document order, opening a `Node` at every block-level element and
        cutting the text gathered since the last block boundary into `TextBlock`s."""
        walker = etree.iterwalk(root, events=("start", "end"))
        buffer, nodes, open_nodes = self._buffer, self.nodes, self._open_nodes
        in_link = 0  # depth of <a> elements around the walk
        link_chars = 0  # link text in `buffer`
        # The hot loop of extraction: block boundaries and inline elements handled in place.
        for event, element in walker:
            tag = element.tag
            start = event == "start"
            if tag in _PLAIN_BLOCK_TAGS:
                block = True
            elif tag in SKIPPED_TAGS:  # figures and captions: never body text, unless a text figure
                if start and not is_text_figure(element):
                    walker.skip_subtree()
                    continue
                # read at its start, remembered at its end as the open block it became
                block = start or (bool(open_nodes) and nodes[open_nodes[-1]].element is element)
            elif isinstance(tag, str) and "-" in tag:  # a custom element: a block when it wraps blocks
                block = (start and wraps_blocks(element)) or (
                    not start and bool(open_nodes) and nodes[open_nodes[-1]].element is element)
            else:
                block = False
            if block:
                if buffer:
                    self._flush(link_chars)
                    link_chars = 0
                if start:
                    self._open_block(element, tag)
                    text = element.text
                else:
                    nodes[open_nodes.pop()].end = len(nodes) - 1
                    if tag == "blockquote":
                        self._quote -= 1
                    text = element.tail
            elif not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
                text = None if start else element.tail
            elif start:
                if tag == "a":
                    in_link += 1
                elif tag == "br":
                    buffer.append(BR)
                text = element.text
            else:
                if tag == "a":
                    in_link -= 1
                text = element.tail
            if text and (buffer or not text.isspace()):  # a run's leading white space would be stripped
                buffer.append(text)
                if in_link:
                    link_chars += len(text.strip())
        if buffer:
            self._flush(link_chars)
        return self

    # --- walk events -------------------------------------------------------------------------
    def _open_block(self, element: HtmlElement, tag: str) -> None:
        """Open the `Node` of a block-level element (its depth is the number of open blocks)."""
        open_nodes = self._open_nodes
        index = len(self.nodes)
        mark = marker(element, tag) if tag != "html" and tag != "body" else ""
        if mark == "discussion":
            mark = self.discussion_mark
        self.nodes.append(Node(element, tag, index, open_nodes[-1] if open_nodes else -1, len(open_nodes), mark))
        open_nodes.append(index)
        if tag == "blockquote":
            self._quote += 1

    def _flush(self, link_chars: int) -> None:
        """Cut the buffered text, holding `link_chars` of link text, into blocks of the open node."""
        buffer = self._buffer
        raw = buffer[0] if len(buffer) == 1 else "".join(buffer)
        buffer.clear()
        if not self._open_nodes or raw.isspace():
            return
        node = self._open_nodes[-1]
        owner = self.nodes[node]
        element = owner.element
        if BR not in raw:  # one piece: all the link text is its own
            if text := normalise_space(raw):
                kind = self._kind(owner, text)
                self.blocks.append(TextBlock(element, node, kind, text, min(link_chars, len(text))))
            return
        pieces = [text for piece in PARAGRAPH_BREAK.split(raw) if (text := normalise_space(piece))]
        total = sum(len(piece) for piece in pieces) or 1
        for piece in pieces:
            share = min(round(link_chars * len(piece) / total), len(piece))
            self.blocks.append(TextBlock(element, node, self._kind(owner, piece), piece, share))

    def _kind(self, owner: Node, text: str) -> str:
        """The kind of a block of `text` in the block-level element of `owner`."""
        tag = owner.tag
        if tag in HEADING_TAGS:
            return "heading"
        if self._quote:
            return "quote"
        if tag in ("li", "dd", "dt"):
            return "list_item"
        if tag == "p" and looks_like_bold_subheading(owner.element, text):
            return "heading"
        return "paragraph"


def wraps_blocks(element: HtmlElement) -> bool:
    """Whether a custom element ("<amedia-factbox>", "<story-teaser>") holds block-level children: then
    it is a component, a block whose class/id words count like a <div>'s; otherwise it is inline
    ("<relative-time>")."""
    return any(child.tag in BLOCK_TAGS for child in element)


FIGURE_PROSE_CHARS = 1000


def is_text_figure(element: HtmlElement) -> bool:
    """True for a <figure> that wraps a table or code and no media, or that holds more than a
    caption's worth of text outside its figcaption (broken markup can leave the rest of an article
    inside an unclosed figure)."""
    if element.tag != "figure":
        return False
    if not _has_descendant(element, MEDIA_TAGS) and _has_descendant(element, TEXT_FIGURE_TAGS):
        return True
    captions = sum(len(caption.text_content()) for caption in element.iter("figcaption"))
    return len(element.text_content()) - captions > FIGURE_PROSE_CHARS


def _has_descendant(element: HtmlElement, tags: tuple[str, ...]) -> bool:
    """Whether an element below `element` has one of `tags`."""
    return any(found is not element for found in element.iter(*tags))


def looks_like_bold_subheading(element: HtmlElement, text: str) -> bool:
    """A `<p>` whose whole text is one short bold run without final punctuation: a subheading."""
    if len(text) > 100 or ends_sentence(text) or len(element) != 1 or (element.text or "").strip():
        return False
    child = element[0]
    return child.tag in ("strong", "b") and not (child.tail or "").strip()


def prose_vote(block: TextBlock) -> float:
    """How much a block's text looks like article prose (in characters): + for prose, - for link lists."""
    length = len(block.text)
    density = block.link_density
    if density > 0.5:
        return -length * density
    weight = length * (1 - density)
    if length < 40 and not ends_sentence(block.text):
        weight *= 0.2
    return weight


CHROME_MARKS = ("boilerplate", "discussion", "overlay")


def score_nodes(segmenter: Segmenter, votes: list[float]) -> None:
    """Set every node's `prose`, trusted markers, `boilerplate_depth`, `content` and `score`, from the
    blocks' `votes` (`prose_vote`).

    A boilerplate marker on an element that holds most of the page's prose, or that wraps an
    article-body marker holding a good part of it, is a layout class ("sidebar-grid", "widget-container"),
    not chrome: it is not trusted. So is a class whose elements, in or around an article-body marker,
    together hold most of the prose (an article cut into sections that each carry the class). But a
    marker beside the page's `<main>` landmark, around no article-body marker, is trusted however much
    it holds (`outside_main`), and so is a `<footer>` that ends the page (`closes_page`). A consent
    banner or a modal dialog (an "overlay") is always trusted. A trusted comment thread is dropped
    without voting against the article around it.
    """
    nodes, blocks = segmenter.nodes, segmenter.blocks
    for block, value in zip(blocks, votes):
        if value > 0:
            nodes[block.node].prose += value
    prose_before = list(itertools.accumulate((node.prose for node in nodes), initial=0.0))  # [i]: nodes before i
    marked_body_prose = [0.0] * len(nodes)  # the most prose of an article-body marker at or below a node
    for node in reversed(nodes):  # children come after their parent: a node's prose is complete here
        index, parent = node.index, node.parent
        if node.mark == "content":
            marked_body_prose[index] = max(marked_body_prose[index], node.prose)
        if parent >= 0:
            nodes[parent].prose += node.prose
            marked_body_prose[parent] = max(marked_body_prose[parent], marked_body_prose[index])
    page_prose = nodes[0].prose if nodes else 0.0
    class_prose: dict[str, float] = {}  # prose of the boilerplate-marked classes in or around an article body
    for node in nodes:
        node.content = node.mark == "content" or (node.parent >= 0 and nodes[node.parent].content)
        if node.mark == "boilerplate" and (node.content or marked_body_prose[node.index]):
            value = node.element.get("class", "")
            class_prose[value] = class_prose.get(value, 0.0) + node.prose
    mains = [node for node in nodes if node.prose > 0 and is_main_landmark(node)]
    major_mains = [node for node in mains if node.prose >= MAIN_MIN_SHARE * page_prose]
    for node in nodes:
        parent = nodes[node.parent] if node.parent >= 0 else None
        node.boilerplate_depth = parent.boilerplate_depth if parent else NO_MARK
        node.discussion = parent.discussion if parent else False
        if node.mark and (is_trusted_mark(node, page_prose, class_prose.get(node.element.get("class", ""), 0.0),
                                          marked_body_prose[node.index])
                          or marked_body_prose[node.index] == 0 and landmarks_set_apart(
                              node, mains, major_mains, prose_before[node.index], page_prose)):
            node.boilerplate_depth = node.depth
            node.discussion = node.discussion or node.mark == "discussion"
    for block, value in zip(blocks, votes):
        node = nodes[block.node]
        if node.discussion:
            value = 0.0  # dropped, but no vote against the article around it (threads can be long)
        elif node.boilerplate_depth != NO_MARK:
            value = -0.3 * len(block.text)
        elif node.content and value > 0:
            value *= 2.0
        node.score += value
    for node in reversed(nodes):
        if node.parent >= 0:
            nodes[node.parent].score += node.score


def is_trusted_mark(node: Node, page_prose: float, class_prose: float, marked_body_prose: float) -> bool:
    """Whether a node's chrome mark holds (see `score_nodes`): always for an overlay; for a navigation
    landmark unless it holds nearly all the prose; else when neither the node nor its class
    (`class_prose`) holds most of the page's prose. Never around much of an article-body marker."""
    if node.mark == "overlay":
        return True
    if node.mark not in CHROME_MARKS or marked_body_prose > 0.25 * page_prose:
        return False
    if is_navigation(node) and node.prose <= NAVIGATION_MAX_SHARE * page_prose:
        return True
    return node.prose <= 0.5 * page_prose and class_prose <= 0.5 * page_prose


def landmarks_set_apart(node: Node, mains: list[Node], major_mains: list[Node], prose_before: float,
                        page_prose: float) -> bool:
    """Whether the page's landmarks set a marked node apart from the story, however much it holds: a
    site footer beside any main landmark with prose, another mark beside one of the `major_mains`
    (`outside_main`), or a footer that ends the page (`closes_page`)."""
    return (outside_main(node, mains if is_site_footer(node) else major_mains, mains)
            or closes_page(node, prose_before, page_prose))


def is_site_footer(node: Node) -> bool:
    """A `<footer>` or an ARIA contentinfo landmark."""
    return node.tag == "footer" or node.element.get("role") == "contentinfo"


def is_main_landmark(node: Node) -> bool:
    """A `<main>` element or an ARIA main landmark."""
    return node.tag == "main" or node.element.get("role") == "main"


# A footer after at least this share of the page's prose, and before next to none, closes the page.
FOOTER_MIN_PROSE_BEFORE = 0.1
FOOTER_MAX_PROSE_AFTER = 0.05


def closes_page(node: Node, prose_before: float, page_prose: float) -> bool:
    """A `<footer>` that ends the page: after `FOOTER_MIN_PROSE_BEFORE` of its prose (a footer left
    unclosed near the top holds the story) and before next to none. The site's footer, chrome however
    long its sliders of testimonials. `prose_before` is the prose of the nodes before it."""
    after = page_prose - prose_before - node.prose
    return (is_site_footer(node) and prose_before >= FOOTER_MIN_PROSE_BEFORE * page_prose
            and after <= FOOTER_MAX_PROSE_AFTER * page_prose)


# A main landmark holding at least this share of the page's prose has the story: what it leaves out is not.
MAIN_MIN_SHARE = 0.2


def outside_main(node: Node, mains: list[Node], landmarks: list[Node]) -> bool:
    """A node beside one of `mains` (main landmarks), neither inside nor around it, nor inside another
    of the page's main `landmarks` apart from it (the next story's `<main>` that an endless page
    appends: a node there is in a story of its own, not beside this one). Its chrome mark holds
    however much text it has (see `score_nodes`): a site footer's legal text beside any main landmark
    with prose, a promotion bar's offers in six languages beside one with `MAIN_MIN_SHARE` of it."""
    for main in mains:
        if main.index <= node.index <= main.end or node.index <= main.index <= node.end:
            continue
        if not any(other.index <= node.index <= other.end and (other.end < main.index or main.end < other.index)
                   for other in landmarks):
            return True
    return False


# A navigation landmark holding nearly all of the page's prose was left unclosed by its template: the
# story is inside it.
NAVIGATION_MAX_SHARE = 0.9


def is_navigation(node: Node) -> bool:
    """A `<nav>` or an ARIA navigation landmark: site navigation by declaration, trusted however much
    text its mega-menus hold (a layout class may wrap a story; a navigation landmark does not)."""
    return node.tag == "nav" or node.element.get("role") == "navigation"


# A teaser card: a linked title of a few words and a short excerpt, repeated in a river of cards.
CARD_TITLE_CHARS = (20, 200)
CARD_MAX_CHARS = 700
CARD_MIN_EXCERPT_CHARS = 60
RIVER_MIN_CARDS = 3
ARTICLE_OVER_RIVERS = 1.5
CARD_MIN_PROSE = 40  # the excerpt is a sentence or two, not a price or a rating


def is_card_title(block: TextBlock) -> bool:
    """A block that is all link, of headline length and at least three words."""
    low, high = CARD_TITLE_CHARS
    return (block.link_density >= 0.9 and low <= len(block.text) <= high
            and block.text.count(" ") >= 2)


# An element marks chrome inside the container only when it holds at most this share of the container's
# prose: more is a layout wrapper ("ArticleContentWrapper").
ARTICLE_CHROME_MAX_SHARE = 0.5


def mark_chrome_inside_article(segmenter: Segmenter, container: Node | None) -> None:
    """Inside the container of a page that declares one article, trust two more kinds of chrome marks
    (`names_chrome_inside_article`): the element and what it holds become marked chrome. Only inside
    the container: app frameworks also name whole page layouts so ("MainNavigation", "PagePromo"),
    which must not steer the choice of the container itself."""
    if container is None:
        return
    nodes = segmenter.nodes
    limit = ARTICLE_CHROME_MAX_SHARE * container.prose
    for node in nodes[container.index + 1:container.end + 1]:
        parent = nodes[node.parent]
        if parent.index > container.index and parent.boilerplate_depth > container.depth:
            node.boilerplate_depth = max(node.boilerplate_depth, parent.boilerplate_depth)
        elif not node.mark and node.prose <= limit and names_chrome_inside_article(node.element):
            node.boilerplate_depth = node.depth


_article_chrome_cache: dict[str, bool] = {}
# The hash that CSS modules append to a class name ("table_root__adKqa"): letters of no word.
_CSS_MODULE_HASH = re.compile(r"__[A-Za-z0-9-]{5}(?=\s|$)")
# The boilerplate words a camel-case name is trusted with: not the navigation words, which app
# frameworks also give to the wrappers of a page's sections ("lm_navSource").
_CAMEL_CHROME_WORDS = BOILERPLATE_TOKENS - NAVIGATION_TOKENS


def names_chrome_inside_article(element: HtmlElement) -> bool:
    """Whether an element's class/id value names chrome in an article: a boilerplate word
    (`_CAMEL_CHROME_WORDS`) that camel-case humps run together ("RelatedContent", "shareArticles",
    "InlineDonationPromo"; CSS-module hashes left out), or a box beside the story (`ARTICLE_BOX_TOKENS`,
    written as one word or two: "infobox", "info-box", "InfoBox")."""
    attributes = element.keys()  # one call to libxml2, as in `marker`: most elements have neither name
    if "class" not in attributes and "id" not in attributes:
        return False
    value = f"{element.get('class', '')} {element.get('id', '')}"
    if len(value) < 3:
        return False
    cached = _article_chrome_cache.get(value)
    if cached is None:
        names = [class_tokens(name) for name in split_camel_case(_CSS_MODULE_HASH.sub("", value)).split()]
        words = {word for tokens in names for word in tokens}
        compounds = set().union(*map(joined_pairs, names))
        run_together = words - set(word_runs(value))
        cached = remember(_article_chrome_cache, value, not _CAMEL_CHROME_WORDS.isdisjoint(run_together)
                          or not ARTICLE_BOX_TOKENS.isdisjoint(words | compounds))
    return cached


# Only a block this short is tested for an inline caption: a caption or a credit line, not prose.
INLINE_CAPTION_MAX_CHARS = 400


def is_inline_caption(block: TextBlock) -> bool:
    """Whether a block's text is all that of one inline caption of a picture: a `<span class="caption">`
    or `<span class="imageCredit">` in the `<div>` that holds the picture (or beside it). Captions are
    never body text (see `SKIPPED_TAGS`), but a class/id marker counts on block-level elements only, so
    an inline caption would otherwise read as a paragraph of the body. A "caption" with no picture near
    is something else's (a star rating's, a code listing's)."""
    if len(block.text) > INLINE_CAPTION_MAX_CHARS or _inline_caption_text(block.element) != block.text:
        return False
    holder = block.element.getparent()
    return _has_descendant(block.element if holder is None else holder, MEDIA_TAGS)


def _inline_caption_text(element: HtmlElement) -> str | None:
    """The text of the first inline element under `element` (not under a block-level element or a
    link) whose class/id words name a caption (`CAPTION_TOKENS`, camel-case humps split), white space
    normalised; None when there is none."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in BLOCK_TAGS or tag == "a":
            continue
        if is_caption_name(f"{child.get('class', '')} {child.get('id', '')}"):
            return normalise_space(child.text_content())
        if len(child):
            found = _inline_caption_text(child)
            if found is not None:
                return found
    return None


def mark_teaser_rivers(segmenter: Segmenter, votes: list[float]) -> None:
    """Mark as boilerplate the cards of teaser rivers ("More stories": a linked headline and a short
    excerpt, repeated), so that their excerpts, written as prose, do not read as the article's.
    `votes` are the blocks' `prose_vote`s.

    A card is the largest element holding one linked title (`is_card_title`), at least
    `CARD_MIN_EXCERPT_CHARS` and at most `CARD_MAX_CHARS` of text, and `CARD_MIN_PROSE` of prose; a
    river is `RIVER_MIN_CARDS` cards under one parent. Rivers are marked only beside an article: an
    element outside them holding `ARTICLE_OVER_RIVERS` times their prose. Otherwise the page is a
    listing and the cards are its content."""
    nodes, blocks = segmenter.nodes, segmenter.blocks
    titles = [0] * len(nodes)
    for block in blocks:
        if block.link_chars and is_card_title(block):
            titles[block.node] += 1
    if sum(titles) < RIVER_MIN_CARDS:
        return
    chars, prose = [0] * len(nodes), [0.0] * len(nodes)
    for block, vote in zip(blocks, votes):
        chars[block.node] += len(block.text)
        if vote > 0:
            prose[block.node] += vote
    for values in (chars, titles, prose):
        subtree_totals(nodes, values)
    cards_by_parent: dict[int, list[Node]] = {}
    for node in nodes:
        if (titles[node.index] == 1 and node.parent >= 0 and titles[node.parent] > 1
                and CARD_MIN_EXCERPT_CHARS <= chars[node.index] <= CARD_MAX_CHARS
                and prose[node.index] >= CARD_MIN_PROSE):
            cards_by_parent.setdefault(node.parent, []).append(node)
    cards = [card for river in cards_by_parent.values() if len(river) >= RIVER_MIN_CARDS for card in river]
    if cards and largest_prose_outside(nodes, cards, prose) >= ARTICLE_OVER_RIVERS * sum(
            prose[card.index] for card in cards):
        for card in cards:
            card.mark = "boilerplate"


def subtree_totals(nodes: list[Node], values: list) -> list:
    """`values` (one number per node, its own) turned in place into the totals over each node's
    subtree; returned."""
    for node in reversed(nodes):  # children come after their parent: a node's total is complete here
        if node.parent >= 0:
            values[node.parent] += values[node.index]
    return values


def largest_prose_outside(nodes: list[Node], cards: list[Node], prose: list[float]) -> float:
    """The most prose (`prose`, per node) of one element that neither holds nor lies in a card."""
    touched = [False] * len(nodes)
    for card in cards:
        touched[card.index : card.end + 1] = [True] * (card.end + 1 - card.index)
        parent = card.parent
        while parent >= 0 and not touched[parent]:
            touched[parent] = True
            parent = nodes[parent].parent
    return max((prose[node.index] for node in nodes if not touched[node.index]), default=0.0)


def segment(root: HtmlElement, discussion_is_content: bool = False) -> Segmenter:
    """Blocks and scored nodes of a cleaned tree (see `Segmenter` and `score_nodes`)."""
    segmenter = Segmenter(discussion_is_content).run(root)
    segmenter.votes = votes = [prose_vote(block) for block in segmenter.blocks]
    mark_teaser_rivers(segmenter, votes)
    score_nodes(segmenter, votes)
    return segmenter


def best_container(nodes: list[Node]) -> Node | None:
    """The block-level element with the highest score (the deepest one on ties); None without prose."""
    best = None
    for node in nodes:
        if node.score > 0 and (best is None or node.score >= best.score):
            best = node
    return best
