"""Main content: which text blocks of the page are the article body.

1. **Blocks and container** (`blocks`): the page cut into text blocks, and the container element that
   the blocks' votes point to (narrowed to a lone `<article>` inside it that holds most of its prose).
   A page whose only prose is a comment thread reads the thread.
2. **Rules** (`rule_decisions`): inside the container, blocks under a boilerplate marker, link lists,
   page furniture lines, datelines, time stamps, reading times, copyright lines, bylines, photo
   captions with their credit, wire credit lines and the headline itself go; "Related article:"
   teasers are moved to `Article.related`; a short link that markup moved out of its sentence stays.
3. **Model** (`model.BlockModel.decide`): where the shipped block classifier is present it makes the
   final call, with the rules' verdicts among its features and their veto over marked chrome and
   over stamps and credit lines (`is_stamp`, `is_credit`).
4. **Assembly** (`assemble`): repeats dropped, the article's end found ("About the author"),
   paragraphs that markup broke apart joined (`paragraphs.join_broken_paragraphs`), and the authors'
   biographies at the body's edges and the stamp lines at its head ("Jane Roe | 4 hours ago") dropped.
5. **Listings** (`card_list_body`): a page with a scant body may be a listing of link cards (jobs,
   homes, stories); `extract` then reads the cards.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urljoin

from lxml.html import HtmlElement

from ..article import Article, Block, Link
from .blocks import (NO_MARK, Node, Segmenter, TextBlock, best_container, is_inline_caption,
                     mark_chrome_inside_article, segment, subtree_totals)
from .bylines import Byline, parse_byline, strip_prefix
from .dom import compact, drop_invisible, normalise_space
from .model import block_model
from .paragraphs import CONTINUATION_START, ends_sentence, join_broken_paragraphs
from .dates import parse_date
from .signals import (AIR_TIME_NOTE, AIR_TIME_NOTE_MAX_CHARS, CAPTION_CREDIT_END, CLAUSE_AFTER_COMMA,
                      CLOSING_PREFIX, CLOSING_PREFIX_MAX_WORDS, CONTRIBUTION_LINE, COPYRIGHT_PREFIXES, CREDIT_LINE,
                      CREDIT_LINE_MAX_CHARS, CREDIT_MAX_LOWER_RUN, DATELINE_PREFIXES, DISCLAIMER_MAX_CHARS, DUMMY_TEXT,
                      END_OF_ARTICLE_HEADINGS, ENGAGEMENT_COUNTER, FOLLOW_APPEAL, FOLLOW_APPEAL_MAX_CHARS,
                      FORM_CONSENT_LINE, FORM_CONSENT_MAX_CHARS, FURNITURE_LINES, GALLERY_COUNTER,
                      LEGAL_NOTICE_MAX_CHARS, LEGAL_NOTICE_PHRASES, PAGE_CONTINUATION, PHOTO_CREDIT_END,
                      QUANTITY_AFTER_PREFIX, QUOTES_PERSON, READING_TIME, RELATED_PREFIXES, RELATIVE_TIME,
                      REPORTED_SPEECH, REVIEWER_CREDIT, SELF_REFERENCE, SLASH_CREDIT_END, STAMP_SUBJECT,
                      TEASER_HEADINGS, TEMPLATE_PLACEHOLDER, TIME_STAMP, TIP_LINE, TIP_LINE_ADDRESSED,
                      TIP_LINE_MAX_CHARS, says_contributed, states_advice_disclaimer, states_disclaimer)
from .vocabulary import BIO_PROFESSIONS, BIO_VERBS, PERSON_PRONOUNS, ROLE_WORDS


def is_teaser(block: TextBlock) -> bool:
    """A short block that opens like a "Related article: ..." insert."""
    return len(block.text) <= 250 and block.text.lower().startswith(RELATED_PREFIXES)


# The end of a teaser's label: "Read also: ...", "FUNDA OLUNYE UDABA LAPHA | ...".
TEASER_LABEL_END = re.compile(r"[:|]")


def related_link(block: TextBlock, base_url: str | None) -> Link | None:
    """A "Related article: ..." teaser as a Link (its first href, absolute), or None if not a teaser."""
    if not is_teaser(block):
        return None
    hrefs = block.element.xpath(".//a/@href")
    label = TEASER_LABEL_END.search(block.text[:40])
    text = block.text[label.end():].strip() if label else block.text
    return Link(urljoin(base_url or "", hrefs[0]) if hrefs else "", text)


# A credit is final only on a line this short: a long paragraph that ends with "(Photo: ...)" may be
# prose with a credit glued on, which the model may still keep.
FINAL_CREDIT_MAX_CHARS = 250


def rule_verdict(block: TextBlock, node: Node, container: Node, article: Article, credited: list[str]) -> str:
    """The rules' verdict on a block (owned by `node`) inside the container: "furniture" for a stamp,
    a short credit line, a form's consent line, a call for readers' tips, an appeal to follow the outlet on
    a social network, a broadcaster's air-time note, a legal notice, an inline caption of a picture or a
    template's dummy text ("Lorem ipsum dolor sit amet") (final: the model has no say on it, see
    `features.model_candidates`; in a table cell only a dateline), else "body" or "drop". `credited` are
    the article's authors and agencies (`credited_names`)."""
    text = block.text
    data_cell = node.tag in DATA_CELL_TAGS  # dates, times and counts in a table are data
    credit = is_caption_with_credit(text) if data_cell else is_credit(text)
    agenda = node.tag == "li" and is_agenda_entry(text)
    if data_cell:
        final = is_dateline(text) or credit
    else:
        final = (is_stamp(text) and not agenda) or (credit and len(text) <= FINAL_CREDIT_MAX_CHARS) \
            or is_form_consent(text) or is_tip_line(text) or is_follow_appeal(text) or is_air_time_note(text) \
            or is_legal_notice(text) or is_inline_caption(block) or DUMMY_TEXT.match(text) is not None
    if final:
        return "furniture"
    if node.boilerplate_depth > container.depth:
        return "drop"
    if text.lower().strip(" :.!»›>|") in FURNITURE_LINES:
        return "drop"
    if block.link_density > 0.5 and not (block.kind == "paragraph" and len(text) > 200 and block.link_density < 0.8):
        return "drop"
    if block.kind == "heading" and article.title and shows_title(block.element, text, article.title):
        return "drop"
    if data_cell:
        return "body"
    return "drop" if credit or not agenda and is_name_or_date_line(text, credited) else "body"


_TIME_ALONE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:uhr|h)?", re.I)


def is_agenda_entry(text: str) -> bool:
    """A time of day with what happens then ("10:30 Opening Remarks", "14:00 Keynote"): in a list item,
    an agenda's entry, not a live blog entry's stamp (`TIME_STAMP`); a time alone stays a stamp."""
    text = text.strip()
    return bool(TIME_STAMP.fullmatch(text)) and not _TIME_ALONE.fullmatch(text)


def credited_names(article: Article) -> list[str]:
    """The article's authors and wire agencies: the names a byline line of the body may hold."""
    return article.authors + [name.strip() for name in article.agency.split(",") if name.strip()]


_TITLE_WORD = re.compile(r"\w+")


def is_same_title(heading: str, title: str) -> bool:
    """Whether a heading shows the article's title: the same words, whatever the case, the punctuation
    and the invisible characters ("49-Euro-Ticket : Pendler sparen" shows "49-Euro-Ticket: Pendler
    sparen"; a kicker set apart by a colon in the title only by layout in the heading)."""
    return title_words(heading) == title_words(title) != ()


def shows_title(heading: HtmlElement, text: str, title: str) -> bool:
    """Whether a heading (its element and its `text`) shows the article's title: the title alone, or the
    title in one of the heading's parts beside a kicker ("<h1><span>Minderheit in Syrien</span>
    <span>Drusen fordern Teilhabe</span></h1>" with the title "Drusen fordern Teilhabe")."""
    if is_same_title(text, title):
        return True
    wanted = title_words(title)
    return len(title_words(text)) > len(wanted) and any(
        title_words(part.text_content()) == wanted for part in heading.iterchildren() if isinstance(part.tag, str))


@lru_cache(maxsize=4096)  # the page's title is compared with each of its headings
def title_words(text: str) -> tuple[str, ...]:
    """The case-folded words of a title or a heading (see `is_same_title`)."""
    return tuple(_TITLE_WORD.findall(unicodedata.normalize("NFKC", drop_invisible(text)).casefold()))


def is_dateline(text: str) -> bool:
    """A short publication stamp: "Publié le 30 août 2023 à 14h52", "Stand: 08.07.2026 05:00 Uhr",
    or a relative one: "9 hours ago"."""
    if len(text) > 150:
        return False
    lowered = STAMP_SUBJECT.sub("", text.lower())
    if RELATIVE_TIME.fullmatch(lowered.strip(" ·|•")):
        return True
    return lowered.startswith(DATELINE_PREFIXES) and any(map(str.isdigit, text)) \
        and not reads_as_sentence(text, DATELINE_PREFIXES)


# A stamp is dates, numbers, names and a few joining words; a sentence that merely opens like one
# ("Published in 1998, the book ...", "A year ago, the company ...") has a run of lower-case words.
SENTENCE_RUN_WORDS = 4
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def reads_as_sentence(text: str, stamp_words: tuple[str, ...] = ()) -> bool:
    """Whether `text`, with the `stamp_words` it holds taken out, has `SENTENCE_RUN_WORDS` lower-case
    words in a row (a comma or any other mark ends a run)."""
    if stamp_words:
        text = re.sub("|".join(re.escape(words) for words in stamp_words), " | ", text, flags=re.I)
    run = 0
    for token in text.split():
        word = token.rstrip(",;:.!?")
        if _LETTER_WORD.fullmatch(word) and word[0].islower():
            run += 1
            if run >= SENTENCE_RUN_WORDS:
                return True
            if word != token:  # a mark after the word ends the run
                run = 0
        else:
            run = 0
    return False


def is_form_consent(text: str) -> bool:
    """The consent line of a sign-up or comment form: "By subscribing, you agree to our Privacy Policy"."""
    return text[:3].lower() == "by " and len(text) <= FORM_CONSENT_MAX_CHARS and bool(FORM_CONSENT_LINE.match(text))


def is_legal_notice(text: str) -> bool:
    """A footer's legal notice: "© 2025 Example Inc. All rights reserved.", "a registered charity".
    A sentence that holds the phrase ("The hospice, a registered charity, said it would close two
    wards", 'the phrase "all rights reserved" meant nothing in court') is a story's, not a notice."""
    if len(text) > LEGAL_NOTICE_MAX_CHARS:
        return False
    lowered = text.lower()
    if not any(map(lowered.__contains__, LEGAL_NOTICE_PHRASES)):
        return False
    return any(any(phrase in sentence.lower() for phrase in LEGAL_NOTICE_PHRASES)
               and not reads_as_sentence(sentence, LEGAL_NOTICE_PHRASES)
               for sentence in _SENTENCE_BREAK.split(text))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def is_tip_line(text: str) -> bool:
    """A newsroom's call for readers' stories or feedback with its address: "Got a story? Email news@example.com"."""
    return "@" in text and len(text) <= TIP_LINE_MAX_CHARS and bool(TIP_LINE.search(text)) \
        and bool(TIP_LINE_ADDRESSED.search(text))


def is_follow_appeal(text: str) -> bool:
    """An appeal to follow the outlet on a social network: "Follow Example News on Twitter for the latest updates"."""
    if len(text) > FOLLOW_APPEAL_MAX_CHARS:
        return False
    appeal = FOLLOW_APPEAL.match(text)
    return appeal is not None and not CLAUSE_AFTER_COMMA.search(text, appeal.end())


def is_air_time_note(text: str) -> bool:
    """A broadcaster's note of when the story was on air: "Sendung: hr-INFO, 25.04.2024, 10.45 Uhr"."""
    return len(text) <= AIR_TIME_NOTE_MAX_CHARS and AIR_TIME_NOTE.match(text) is not None


def is_credit_line(text: str) -> bool:
    """A wire story's closing credits: "Reporting by Jane Roe; Editing by John Doe", "Associated Press
    writer Jane Roe contributed to this report"), and a reviewer's credit that does not read on as a sentence
    ("Medically reviewed by Jane Roe, MD", `REVIEWER_CREDIT`)."""
    return len(text) <= CREDIT_LINE_MAX_CHARS and (
        CREDIT_LINE.match(text) is not None or says_contributed(text) and CONTRIBUTION_LINE.match(text) is not None
        or REVIEWER_CREDIT.match(text) is not None and not reads_as_sentence(text))


DATA_CELL_TAGS = frozenset({"td", "th", "dd", "dt"})
FURNITURE_MAX_CHARS = 80  # stamps, bylines and reading times are short lines


def is_furniture(text: str, authors: list[str]) -> bool:
    """A short line of article furniture rather than body: a stamp (`is_stamp`), a bare date, or a
    byline that names the article's `authors` ("Von Johannes Knuth")."""
    return is_stamp(text) or is_name_or_date_line(text, authors)


def is_name_or_date_line(text: str, authors: list[str]) -> bool:
    """A short line that is a bare date or a byline of `authors`: furniture in an article, content
    in a forum post (its date and poster), so never a final verdict."""
    return len(text) <= FURNITURE_MAX_CHARS and (is_bare_date(text) or is_byline_line(text, authors))


def is_stamp(text: str) -> bool:
    """Furniture that is never body, on any page: a dateline, a relative time stamp ("21 mins ago
    11:48"), a reading time, a gallery counter ("4 of 12"), engagement counters ("22 Comments"), a
    template placeholder ("$$ARTICLEAD$$"), a live blog entry's time stamp ("19:20 Jane Roe") or a
    copyright line. (A bare date or a name alone may be content: a forum post's date and poster.)"""
    if is_dateline(text):
        return True
    if len(text) > FURNITURE_MAX_CHARS:
        return False
    lowered = text.lower()
    stripped = lowered.strip(" ·|•")
    return (is_relative_stamp(lowered) or bool(TIME_STAMP.fullmatch(text.strip()))
            or any(pattern.fullmatch(stripped) for pattern in STAMP_PATTERNS)
            or lowered.startswith(COPYRIGHT_PREFIXES) and not reads_as_sentence(text, COPYRIGHT_PREFIXES))


STAMP_PATTERNS = (READING_TIME, GALLERY_COUNTER, ENGAGEMENT_COUNTER, TEMPLATE_PLACEHOLDER, PAGE_CONTINUATION)


# Words a relative time stamp may carry after its time ("21 mins ago 11:48", "vor 2 Stunden | Politik");
# more make a sentence that opens with one ("Vor 3 Jahren wurde das Werk geschlossen.").
RELATIVE_STAMP_MAX_WORDS = 3


def is_relative_stamp(lowered: str) -> bool:
    """A lower-cased line that is a relative time stamp (`RELATIVE_TIME`) with at most
    `RELATIVE_STAMP_MAX_WORDS` words after it."""
    match = RELATIVE_TIME.match(lowered)
    return match is not None and len(_LETTER_WORD.findall(lowered[match.end():])) <= RELATIVE_STAMP_MAX_WORDS


def is_credit(text: str) -> bool:
    """A photo credit at the end of a caption ("(Photo: Jane Roe/AFP)", "... Schmalkalden. Bildrechte:
    MDR/Jane Roe", "... at the quay. Jane Roe/Reuters") or a wire story's closing credits (`is_credit_line`)."""
    return is_caption_with_credit(text) or ends_with_caption_credit(text) or is_credit_line(text)


def is_caption_with_credit(text: str) -> bool:
    """A caption closed by its photo credit, in brackets or after a slash ("... at the quay. (Photo: Jane
    Roe/AP)", "... at the quay. Jane Roe/Reuters"): in a table cell, the caption of a table that lays out
    an image, not data."""
    # The patterns' brackets and slash tested first: most blocks have neither, and a search is slow.
    return bool(("(" in text and PHOTO_CREDIT_END.search(text)) or ("/" in text and SLASH_CREDIT_END.search(text)))


def ends_with_caption_credit(text: str) -> bool:
    """A caption's last sentence followed by its credit out of brackets (`CAPTION_CREDIT_END`): names and
    agencies after the label, with fewer than `CREDIT_MAX_LOWER_RUN` lower-case words in a row."""
    credit = CAPTION_CREDIT_END.search(text)
    if credit is None:
        return False
    run = 0
    for word in credit.group("names").split():
        run = run + 1 if word[0].islower() else 0
        if run >= CREDIT_MAX_LOWER_RUN:
            return False
    return True


_NOT_WORD = re.compile(r"[\d\W_]+")


def is_bare_date(text: str) -> bool:
    """A date (and time) alone on its line: at most three words besides the numbers."""
    return (any(map(str.isdigit, text)) and len(_NOT_WORD.sub(" ", text).split()) <= 3
            and parse_date(text) is not None)


def is_byline_line(text: str, authors: list[str]) -> bool:
    """"By Jane Doe", "Von Jane Doe und John Roe", "Jane Doe", "By Jane Doe, Staff writer": only names of
    `authors`, after a byline word or none, and the words of their roles (`ROLE_WORDS`)."""
    if not authors:
        return False
    named = strip_prefix(text).lower()
    rest = named
    for name in authors:
        rest = rest.replace(name.lower(), " ")
    return rest != named and set(_NOT_WORD.sub(" ", rest).split()) <= NAME_JOINERS | ROLE_WORDS


# Words that join names in a byline ("Jane Doe and John Roe").
NAME_JOINERS = frozenset({"and", "und", "et", "e", "y", "i", "en", "og", "och", "ve", "и"})


# The head of the body, where a stamp line joins a byline, a date and a reading time with separators
# ("Jane Roe | Published 4 months ago", "23.07.2025 · 6 min read"). Further down, such lines are the
# credits of a listing's cards.
STAMP_HEAD_BLOCKS = 5
STAMP_SEPARATOR = re.compile(r"\s*[|·•]\s*")


def drop_head_stamps(blocks: list[Block], authors: list[str]) -> list[Block]:
    """The body without the stamp lines among its first `STAMP_HEAD_BLOCKS` blocks: short lines cut by
    `STAMP_SEPARATOR` into parts that are each furniture (`is_furniture`)."""
    head = [block for block in blocks[:STAMP_HEAD_BLOCKS] if not is_stamp_line(block.text, authors)]
    return head + blocks[STAMP_HEAD_BLOCKS:]


# A byline typed as one of the body's first lines ("By Jane Roe<br>Staff writer<br><br>The ..."), where
# the page marks no byline: it names the authors of a page that names none elsewhere.
HEAD_BYLINE_BLOCKS = 3


def head_byline(blocks: list[Block], is_outlet: Callable[[str], bool] = lambda name: False
                ) -> tuple[Byline, list[Block]]:
    """The byline among the first `HEAD_BYLINE_BLOCKS` blocks (a short line that opens with a byline
    word, ends no sentence and names a person (`is_typed_person_name`), an agency or the outlet
    (`is_outlet`), which credits nobody) and the body without it; an empty Byline and the body unchanged
    when there is none."""
    for i, block in enumerate(blocks[:HEAD_BYLINE_BLOCKS]):
        text = block.text
        if len(text) > FURNITURE_MAX_CHARS or strip_prefix(text) == text or ends_sentence(text):
            continue
        found = parse_byline(text)
        outlet = [name for name in found.authors if is_outlet(name)]
        found.authors = [name for name in found.authors if is_typed_person_name(name) and name not in outlet]
        if found.authors or found.agencies or outlet:
            return found, blocks[:i] + blocks[i + 1:]
    return Byline(), blocks


def is_typed_person_name(name: str) -> bool:
    """A name a typed body line may credit: two words or more, the first capitalised ("Jane Roe");
    not a section's label after "By" ("By the Numbers", "By Land and Sea" -> "Land", "Sea")."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper()


def is_stamp_line(text: str, authors: list[str]) -> bool:
    """A short line of separated parts, each a byline of `authors`, a date, a time stamp, a reading time
    or a labelled credit of a Chinese or Japanese page (`CJK_CREDIT_PART`)."""
    if len(text) > FURNITURE_MAX_CHARS:
        return False
    parts = [part for piece in STAMP_SEPARATOR.split(text) for part in CJK_CREDIT_START.split(piece) if part]
    return len(parts) > 1 and all(is_furniture(part, authors) or CJK_CREDIT_PART.fullmatch(part) for part in parts)


# Chinese and Japanese pages print a story's source, author, editor and time on one line, as labelled
# parts set apart by spaces only ("来源：江畔日报 作者：林晓雨 2024-09-02 08:30").
CJK_CREDIT_LABELS = ("来源", "來源", "出处", "出處", "出典", "作者", "记者", "記者", "编辑", "編輯", "责任编辑",
                     "責任編輯", "责编", "发布时间", "發布時間", "时间", "時間", "日期")
_CJK_LABEL = "(?:" + "|".join(sorted(CJK_CREDIT_LABELS, key=len, reverse=True)) + r")\s*[:：]"
CJK_CREDIT_START = re.compile(r"\s+(?=" + _CJK_LABEL + ")")
CJK_CREDIT_PART = re.compile(_CJK_LABEL + r"\s*\S.{0,30}")


# An author's biography at either edge of the body: among its first AUTHOR_BIO_HEAD or last
# AUTHOR_BIO_TAIL blocks (an author box printed above or below the story, without a marker).
AUTHOR_BIO_HEAD = 2
AUTHOR_BIO_TAIL = 5
_BIO_WORD = re.compile(r"[\w-]+")


def drop_author_bios(blocks: list[Block], authors: list[str]) -> list[Block]:
    """The body without the biographies of its authors (`is_author_bio`) at either edge."""
    last = len(blocks) - AUTHOR_BIO_TAIL
    first_names = {name[0] for name in map(str.split, authors) if len(name) >= 2}
    story_words = None  # read from the whole body only for a paragraph that opens with a first name
    kept = []
    for i, block in enumerate(blocks):
        if (i < AUTHOR_BIO_HEAD or i >= last) and opens_with_name(block, first_names):
            if story_words is None:
                story_words = {word for other in blocks[AUTHOR_BIO_HEAD:last] for word in _BIO_WORD.findall(other.text)}
            if is_author_bio(block, authors, story_words):
                continue
        kept.append(block)
    return kept


# The heading of an author box under the story: "About Jane Roe", in the languages of
# `END_OF_ARTICLE_HEADINGS`' "about the author" (lower case, before the name).
ABOUT_NAME_PREFIXES = ("about ", "über ", "à propos de ", "sobre ", "su ", "o ", "over ", "om ")


def cut_author_box(blocks: list[Block], authors: list[str]) -> list[Block]:
    """The body without an author box among its last `AUTHOR_BIO_TAIL` blocks: a heading naming one of
    the `authors` after "About" (`ABOUT_NAME_PREFIXES`), and all that follows it."""
    wanted = {name.casefold() for name in authors}
    for i in range(max(0, len(blocks) - AUTHOR_BIO_TAIL), len(blocks)):
        if blocks[i].kind == "heading" and names_about(blocks[i].text) & wanted:
            return blocks[:i]
    return blocks


def names_about(heading: str) -> set[str]:
    """What a heading names after "About" (`ABOUT_NAME_PREFIXES`), case-folded: {"jane roe"} for
    "About Jane Roe:", empty when it opens otherwise."""
    label = heading.casefold().strip(" :")
    return {label[len(prefix):].strip() for prefix in ABOUT_NAME_PREFIXES if label.startswith(prefix)}


# A biography may put a role or a description before the name ("Correspondent Jane Roe is ...",
# "Der Berliner Imam Jane Roe ist ..."): at most this many words, and then only before the full name.
BIO_TITLE_MAX_WORDS = 3


def opens_with_name(block: Block, first_names: set[str]) -> bool:
    """A paragraph with one of `first_names` among its first words (after at most `BIO_TITLE_MAX_WORDS`
    words of title): where every biography `is_author_bio` finds has its name."""
    if block.kind != "paragraph" or not first_names:
        return False
    words = block.text.split(maxsplit=BIO_TITLE_MAX_WORDS + 1)[:BIO_TITLE_MAX_WORDS + 1]
    return any(word.rstrip(",") in first_names for word in words)


def is_author_bio(block: Block, authors: list[str], story_words: set[str] = frozenset()) -> bool:
    """A paragraph that opens with the full or first name of one of the `authors` (people: two words or
    more; the full name may follow up to `BIO_TITLE_MAX_WORDS` words of title), an optional handle or
    birth year in brackets, and a verb of description (`BIO_VERBS`), and that speaks of a person
    (`PERSON_PRONOUNS`, `BIO_PROFESSIONS`): "Jane Roe (@janeroe) is a senior
    writer". A first name alone does not count when the story itself names someone so (`story_words`,
    the words of the body away from its edges): that paragraph is about the story's subject."""
    if block.kind != "paragraph":
        return False
    words = block.text.split()
    for author in authors:
        name = author.split()
        if len(name) < 2:
            continue
        # (words of title before it, name): the full name after a title, or the full or first name first
        openings = [(0, name)] + [(0, name[:1])] * (name[0] not in story_words) + [
            (start, name) for start in range(1, BIO_TITLE_MAX_WORDS + 1)]
        for start, opening in openings:
            if [word.rstrip(",") for word in words[start:start + len(opening)]] == opening:
                rest = words[start + len(opening):]
                if rest and rest[0].startswith("(") and rest[0].endswith(")"):
                    rest = rest[1:]
                if rest and rest[0].lower() in BIO_VERBS:
                    if len(opening) == 1 and QUOTES_PERSON.search(block.text):
                        return False  # "Anna works nights, and she says ...": a person the story quotes
                    spoken = set(_BIO_WORD.findall(block.text.lower()))
                    return bool(spoken & PERSON_PRONOUNS or spoken & BIO_PROFESSIONS)
    return False


# A site's disclaimer stands at an edge of the body: among its last blocks, after the story and its
# author's note, or among its first, over an opinion piece ("Guest columns need not reflect ...").
DISCLAIMER_EDGE = 6


def drop_edge_disclaimers(blocks: list[Block]) -> list[Block]:
    """The body without the site's disclaimers (`is_disclaimer`) among its first or last `DISCLAIMER_EDGE`
    blocks: "The views expressed are the authors' own", "This post is not a substitute for medical advice"."""
    last = len(blocks) - DISCLAIMER_EDGE
    return [block for i, block in enumerate(blocks)
            if DISCLAIMER_EDGE <= i < last or not is_disclaimer(block)]


def is_disclaimer(block: Block) -> bool:
    """A paragraph of at most `DISCLAIMER_MAX_CHARS` characters that states a disclaimer in the site's own
    voice: of its authors' views (`DISCLAIMER`), or of its text's use (`ADVICE_DISCLAIMER`) when it speaks
    of that text (`SELF_REFERENCE`: "This post is for informational purposes only"). A story's paragraph
    that reports one (`REPORTED_SPEECH`: "..., a spokesman said") is not."""
    text = block.text
    if block.kind != "paragraph" or len(text) > DISCLAIMER_MAX_CHARS:
        return False
    stated = states_disclaimer(text) or states_advice_disclaimer(text) and SELF_REFERENCE.search(text) is not None
    return stated and REPORTED_SPEECH.search(text) is None


# What follows a closing heading is cut when it is less than this share of the body's text; after a
# heading that announces other stories or the writer's box (`TEASER_HEADINGS`), a larger share: a short
# story's river of teasers may be as long as the story.
CLOSING_TAIL_MAX_SHARE = 0.3
TEASER_TAIL_MAX_SHARE = 0.5


def cut_after_article_end(blocks: list[Block]) -> list[Block]:
    """Drop an author box, teasers or comments that follow a closing heading ("About the author"),
    or a closing label set as a paragraph ("MORE ON"), when what follows is a small part of the body
    (a heading in mid-article is left alone)."""
    total = sum(len(block.text) for block in blocks)
    seen = 0
    for i, block in enumerate(blocks):
        if block.kind in ("heading", "paragraph") and is_closing_heading(block.text):
            announces_teasers = block.text.lower().strip(" :") in TEASER_HEADINGS
            if total - seen < (TEASER_TAIL_MAX_SHARE if announces_teasers else CLOSING_TAIL_MAX_SHARE) * total:
                return blocks[:i]
        seen += len(block.text)
    return blocks


def is_closing_heading(text: str) -> bool:
    """A heading after which an article has ended ("About the author", "More in News"). A "More on …"
    that ends a sentence ("More on that later.") is the story's, as is a "more than" ("Más de 40
    detenidos", `QUANTITY_AFTER_PREFIX`)."""
    label = text.lower().strip(" :")
    return label in END_OF_ARTICLE_HEADINGS or (
        CLOSING_PREFIX.match(label) is not None and len(label.split()) <= CLOSING_PREFIX_MAX_WORDS
        and not ends_sentence(label) and QUANTITY_AFTER_PREFIX.match(label) is None)


def rule_decisions(segmenter: Segmenter, container: Node | None, article: Article) -> list[str]:
    """The rules' verdict on every block of the page: "body", "related", "drop", or "furniture" (a stamp
    or credit line that the model may not bring back)."""
    decisions = ["drop"] * len(segmenter.blocks)
    if container is None:
        return decisions
    kept: list[TextBlock] = []  # the blocks kept so far
    blocks = segmenter.blocks
    credited = credited_names(article)
    for i, block in enumerate(blocks):
        if not container.index <= block.node <= container.end:
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if is_teaser(block):
            decisions[i] = "related"
            continue
        verdict = rule_verdict(block, segmenter.nodes[block.node], container, article, credited)
        if verdict == "drop" and is_inline_link_in_sentence(kept, block, following):
            verdict = "body"
        decisions[i] = verdict
        if verdict == "body":
            kept.append(block)
    return decisions


def assemble(segmenter: Segmenter, decisions: list[str], base_url: str | None) -> tuple[list[Block], list[Link]]:
    """Body blocks and related links from per-block decisions, with repeats dropped, the article's end
    found and broken paragraphs joined. A block with no letter or digit ("___", "* * *") is a rule
    between parts of the text, unless it is a table cell ("✓", "$$$": data)."""
    body: list[Block] = []
    related: list[Link] = []
    for block, decision in zip(segmenter.blocks, decisions):
        if decision == "body" and (any(char.isalnum() for char in block.text)
                                   or segmenter.nodes[block.node].tag in DATA_CELL_TAGS):
            body.append(Block(block.kind, block.text))
        elif decision == "related":
            link = related_link(block, base_url)
            if link is not None:
                related.append(link)
    body, _joined = join_broken_paragraphs(cut_after_article_end(drop_pull_quotes(drop_repeats(body))))
    return body, related


def analyse(root: HtmlElement, article: Article, discussion: bool = False, one_story: bool = False
            ) -> tuple[Segmenter, Node | None, list[str]]:
    """Segment a cleaned tree, find the rules' container and their verdict on every block.
    `discussion` says the page declares a discussion: its comment threads are content. `one_story`
    says it declares one article (see `appended_stories`)."""
    segmenter = segment(root, discussion_is_content=discussion)
    container = best_container(segmenter.nodes)
    if not discussion and is_thread_page(segmenter, container):
        segmenter = segment(root, discussion_is_content=True)
        container = best_container(segmenter.nodes)
    container = lone_article_element(segmenter, container)
    appended = appended_stories(segmenter, container, article.title) if one_story else []
    if appended:
        container = _outer_articles(segmenter, container)[0]  # the headline's, which holds the story
    if one_story:  # product and service pages name their parts so too ("LegalBlock", "CostCredits", "infobox")
        mark_chrome_inside_article(segmenter, container)
    decisions = rule_decisions(segmenter, container, article)
    if one_story:
        hold_headline_out(segmenter, decisions, article.title)
    for story in appended:  # final: the model may not bring a next story back either
        for i, block in enumerate(segmenter.blocks):
            if story.index <= block.node <= story.end:
                decisions[i] = "furniture"
    return segmenter, container, decisions


def hold_headline_out(segmenter: Segmenter, decisions: list[str], title: str) -> None:
    """Make final the rules' drop of a heading that shows the title of a page declaring one story: its
    headline, which the body does not repeat (the model, trained on pages whose ground truth sometimes
    opens with the title, brings it back about as often as not)."""
    if not title:
        return
    for i, block in enumerate(segmenter.blocks):
        if decisions[i] == "drop" and block.kind == "heading" and shows_title(block.element, block.text, title):
            decisions[i] = "furniture"


# A lone <article> element inside the container that holds at least this share of its prose is the
# story; the rest of the container is the page around it (a product's price box and specifications,
# a magazine's teaser strip).
ARTICLE_ELEMENT_MIN_SHARE = 0.5


def lone_article_element(segmenter: Segmenter, container: Node | None) -> Node | None:
    """The container, or the one `<article>` element inside it (not under chrome or a comment thread)
    when that holds `ARTICLE_ELEMENT_MIN_SHARE` of the container's readable prose."""
    if container is None:
        return None
    nodes = segmenter.nodes
    articles = [node for node in nodes[container.index + 1:container.end + 1]
                if node.tag == "article" and not node.discussion and node.boilerplate_depth == NO_MARK]
    if len(articles) != 1:
        return container
    article = articles[0]
    if readable_prose(segmenter, article) >= ARTICLE_ELEMENT_MIN_SHARE * readable_prose(segmenter, container):
        return article
    return container


def appended_stories(segmenter: Segmenter, container: Node | None, title: str) -> list[Node]:
    """The stories that an endless-scroll article page appends below its own: when the first of the
    outer `<article>` elements in the container holds the page's headline (`title`), the later ones
    that hold an <h1> of their own. Empty when the page shows one story. Only for pages that declare
    one article: on a blog's front page each post has its <h1>, and the title may be the first's."""
    if container is None:
        return []
    articles = _outer_articles(segmenter, container)
    if len(articles) < 2 or not _holds_headline(articles[0].element, title):
        return []
    later = [other for other in articles[1:] if _first_h1_text(other.element)]
    if not later:
        return []
    # The story itself, not a next one, when its <h1> is the headline again (a headline box in an <article>
    # of its own above the story's, which repeats it) or when the headline's <article> holds little prose.
    if any(_holds_headline(other.element, title) for other in later) \
            or readable_prose(segmenter, articles[0]) < HEADLINE_ARTICLE_MIN_SHARE * max(
                readable_prose(segmenter, other) for other in later):
        return []
    return later


# The headline's <article> of an endless-scroll page holds its story: at least this share of the prose of
# the longest story appended below it.
HEADLINE_ARTICLE_MIN_SHARE = 0.1


def _outer_articles(segmenter: Segmenter, container: Node) -> list[Node]:
    """The `<article>` nodes inside `container`, not under chrome or a comment thread, that no other
    such `<article>` holds, in document order."""
    found: list[Node] = []
    for node in segmenter.nodes[container.index + 1:container.end + 1]:
        if node.tag == "article" and not node.discussion and node.boilerplate_depth == NO_MARK \
                and not (found and node.index <= found[-1].end):
            found.append(node)
    return found


def _first_h1_text(element: HtmlElement) -> str:
    """The text of the first <h1> below `element` that has any, compacted (lower case, letters and
    digits only); "" when there is none."""
    for h1 in element.iter("h1"):
        text = compact(h1.text_content())
        if text:
            return text
    return ""


def _holds_headline(element: HtmlElement, title: str) -> bool:
    """True when the first <h1> of `element` is the page's headline: it equals `title`, or either
    holds the other (a kicker or a site name around it), compared without case, spaces and punctuation."""
    heading, headline = _first_h1_text(element), compact(title)
    if not heading or not headline:
        return False
    if heading == headline:
        return True
    return min(len(heading), len(headline)) >= 10 and (heading in headline or headline in heading)


def readable_prose(segmenter: Segmenter, node: Node) -> float:
    """The positive prose votes (`Segmenter.votes`) of the blocks below `node` that no trusted chrome
    marker or comment thread holds."""
    nodes = segmenter.nodes
    total = 0.0
    for block, vote in zip(segmenter.blocks, segmenter.votes):
        owner = nodes[block.node]
        if vote > 0 and node.index <= block.node <= node.end and owner.boilerplate_depth == NO_MARK \
                and not owner.discussion:
            total += vote
    return total


# A page with a scant body may be a listing made of cards: at least CARD_MIN_ITEMS sibling elements of
# one tag and class, each holding two or more blocks (a job's title, company and salary; a story's
# headline and summary), under no chrome marker. Cards are mostly links, so the prose votes that find an
# article's container pass them by. Their text replaces the body when CARD_LIST_FACTOR times longer.
CARD_MIN_ITEMS = 4
CARD_LIST_FACTOR = 3.0


def card_list(segmenter: Segmenter) -> Node | None:
    """The element holding the page's largest run of cards (by characters of text), or None."""
    nodes = segmenter.nodes
    chars = [0] * len(nodes)
    blocks = [0] * len(nodes)
    for block in segmenter.blocks:
        chars[block.node] += len(block.text)
        blocks[block.node] += 1
    subtree_totals(nodes, chars)
    subtree_totals(nodes, blocks)
    runs: dict[tuple[int, str, str], list[int]] = {}  # (parent, tag, class) -> characters of each card
    for node in nodes:
        if node.parent >= 0 and blocks[node.index] >= 2:
            key = (node.parent, node.tag, node.element.get("class", ""))
            runs.setdefault(key, []).append(chars[node.index])
    best, best_chars = None, 0
    for (parent, _tag, _class), cards in runs.items():
        holder = nodes[parent]
        if len(cards) >= CARD_MIN_ITEMS and holder.boilerplate_depth == NO_MARK and not holder.discussion \
                and sum(cards) > best_chars and not in_page_chrome(holder.element):
            best, best_chars = holder, sum(cards)
    return best


# Elements whose link grids are the site's, never a listing's cards, even where the segmenter does
# not trust them as chrome (a footer holding much of the page's text).
PAGE_CHROME_TAGS = frozenset({"footer", "nav", "aside", "header"})


def in_page_chrome(element: HtmlElement) -> bool:
    """True when `element` is or sits in a footer, navigation, aside or header element."""
    return element.tag in PAGE_CHROME_TAGS or any(
        ancestor.tag in PAGE_CHROME_TAGS for ancestor in element.iterancestors())


def card_list_body(root: HtmlElement, body: list[Block], base_url: str | None) -> tuple[list[Block], str] | None:
    """The blocks of the page's card list (`card_list`) and the page type they make ("other" for the
    posts of a thread, else "listing") when they are `CARD_LIST_FACTOR` times longer than the scant
    `body` (in characters); else None. `root` is the cleaned tree; it is segmented again, which only
    pages with a scant body pay for."""
    segmenter = segment(root)
    holder = card_list(segmenter)
    if holder is None or in_own_article(segmenter, body, holder):
        return None
    # Inside the holder every card is read: on a listing, the teasers and posts that markers call
    # chrome on an article page are the content.
    decisions = ["body" if holder.index <= block.node <= holder.end else "drop" for block in segmenter.blocks]
    cards, _related = assemble(segmenter, decisions, base_url)
    body_chars = sum(len(block.text) for block in body)
    if sum(len(block.text) for block in cards) < CARD_LIST_FACTOR * max(body_chars, 1):
        return None
    thread = any(node.discussion for node in segmenter.nodes[holder.index:holder.end + 1])
    return cards, "other" if thread else "listing"


def in_own_article(segmenter: Segmenter, body: list[Block], holder: Node) -> bool:
    """True when a block of the scant `body` sits in an `<article>` element that does not hold the
    cards: a short story beside a river of teasers, not a listing."""
    texts = {block.text for block in body}
    cards = holder.element
    for block in segmenter.blocks:
        if block.text in texts:
            for article in block.element.iterancestors("article"):
                if article is not cards and article not in cards.iterancestors():
                    return True
    return False


# A page whose article holds less prose than this, beside a comment thread holding at least
# THREAD_MIN_PROSE, is the thread itself (a link aggregator's or an undeclared forum's page).
THREAD_PAGE_MAX_ARTICLE_PROSE = 200
THREAD_MIN_PROSE = 1000


def is_thread_page(segmenter: Segmenter, container: Node | None) -> bool:
    """True when the comment threads dropped as chrome are all the page has to read: next to them
    the rules' container holds almost no prose."""
    if container is not None and container.prose >= THREAD_PAGE_MAX_ARTICLE_PROSE:
        return False
    nodes = segmenter.nodes
    thread_prose = sum(vote for block, vote in zip(segmenter.blocks, segmenter.votes)
                       if vote > 0 and nodes[block.node].discussion)
    return thread_prose >= THREAD_MIN_PROSE


def extract_body(root: HtmlElement, article: Article, discussion: bool = False, one_story: bool = False
                 ) -> tuple[list[Block], list[Link]]:
    """The body blocks and the related-article links inserted into the body, from a cleaned tree.
    `discussion` and `one_story` say what the page declares itself to be (see `analyse`).

    The rules decide first; where the shipped block model is present it makes the final call on every
    block, with the rules' verdicts among its features. A data table whose text is mostly kept is then
    kept whole (`whole_data_tables`)."""
    segmenter, container, rules = analyse(root, article, discussion, one_story)
    decisions = rules
    model = block_model()
    if model is not None and segmenter.blocks:
        decisions = model.decide(segmenter, container, rules, article)
    body, related = assemble(segmenter, whole_data_tables(segmenter, rules, decisions), article.url)
    body = drop_author_bios(drop_head_stamps(body, credited_names(article)), article.authors)
    body = cut_author_box(body, article.authors)
    if one_story:
        body = drop_headline_line(body, article.title)
    return drop_edge_disclaimers(body), related


def drop_headline_line(blocks: list[Block], title: str) -> list[Block]:
    """The body of a page declaring one story without a first paragraph that is its title: the
    headline set as a plain line (a styled `<div>` or a line of a `<br>`-cut column), not a heading."""
    if blocks and blocks[0].kind == "paragraph" and is_same_title(blocks[0].text, title):
        return blocks[1:]
    return blocks


# A data table whose cells the body mostly keeps is kept whole: its short cells (numbers, dates, a
# "N/A") read as chrome to the block model, but a table is data read by rows. So is a table that the
# rules mostly keep and that stands in the story's flow, with kept prose on both sides of it (the model
# may drop every cell of a comparison table in mid-article).
DATA_TABLE_KEPT_SHARE = 0.5
DATA_CELL_MAX_CHARS = 300  # longer text in a cell is a layout table's column
STORY_FLOW_BLOCKS = 5  # how far before and after a table a kept paragraph is looked for
STORY_FLOW_MIN_CHARS = 80  # a kept paragraph that long is the story's prose, not a caption or a label
TABLE_TEXT_TAGS = DATA_CELL_TAGS | {"caption"}  # where a data table's text is: its cells and its title


def whole_data_tables(segmenter: Segmenter, rules: list[str], decisions: list[str]) -> list[str]:
    """`decisions` with every cell of a data table made body when the body keeps at least
    `DATA_TABLE_KEPT_SHARE` of the table's text, or when the `rules` do and the table stands in the
    story's flow (`in_story_flow`); except the cells the `rules` called furniture and the cells that are
    mostly links (a listing's "hide | past | discuss" row under each title). A data table has two rows
    or more and text only in its cells (no paragraphs, lists or tables in them)."""
    blocks = segmenter.blocks
    decisions = list(decisions)
    start = 0  # tables come in document order, and so do their blocks
    for table in segmenter.nodes:
        if table.tag != "table":
            continue
        cells = blocks_below(blocks, table, start)
        start = cells.start if cells else start
        if not is_data_table(segmenter, table, cells):
            continue
        if mostly_kept(blocks, cells, decisions) or (mostly_kept(blocks, cells, rules)
                                                     and in_story_flow(blocks, cells, decisions)):
            for i in cells:
                if decisions[i] == "drop" and rules[i] != "furniture" and blocks[i].link_density <= 0.5:
                    decisions[i] = "body"
    return decisions


def mostly_kept(blocks: list[TextBlock], cells: range, decisions: list[str]) -> bool:
    """Whether `decisions` keep at least `DATA_TABLE_KEPT_SHARE` of the text of the blocks `cells`."""
    kept = sum(len(blocks[i].text) for i in cells if decisions[i] == "body")
    return kept >= DATA_TABLE_KEPT_SHARE * sum(len(blocks[i].text) for i in cells)


def in_story_flow(blocks: list[TextBlock], cells: range, decisions: list[str]) -> bool:
    """Whether the body keeps a paragraph of prose (`STORY_FLOW_MIN_CHARS`) among the
    `STORY_FLOW_BLOCKS` blocks before the table's `cells` and among those after them."""
    def kept_prose(indices: range) -> bool:
        return any(decisions[i] == "body" and blocks[i].kind == "paragraph"
                   and len(blocks[i].text) >= STORY_FLOW_MIN_CHARS for i in indices)
    return kept_prose(range(max(0, cells.start - STORY_FLOW_BLOCKS), cells.start)) \
        and kept_prose(range(cells.stop, min(len(blocks), cells.stop + STORY_FLOW_BLOCKS)))


def blocks_below(blocks: list[TextBlock], node: Node, start: int = 0) -> range:
    """The indices of the blocks in `node`'s subtree, one run in document order, looked for from the
    block `start` on (empty when it has none). A block after it may belong to an ancestor (a tail text),
    so the run ends at the first block outside the subtree."""
    inside = lambda i: node.index <= blocks[i].node <= node.end
    first = next((i for i in range(start, len(blocks)) if inside(i)), len(blocks))
    last = next((i for i in range(first, len(blocks)) if not inside(i)), len(blocks))
    return range(first, last)


def is_data_table(segmenter: Segmenter, table: Node, cells: range) -> bool:
    """A table of two rows or more whose text is all in its cells, as short inline text, with no table
    inside: not a layout table holding a page's columns (see `whole_data_tables`), even one whose story
    column is cut by line breaks into short blocks."""
    if not cells:
        return False
    inner = [node.tag for node in segmenter.nodes[table.index + 1:table.end + 1]]
    if inner.count("tr") < 2 or "table" in inner:
        return False
    cell_chars: dict[HtmlElement, int] = {}  # a cell's text, over the blocks its line breaks cut it into
    for i in cells:
        block = segmenter.blocks[i]
        if segmenter.nodes[block.node].tag not in TABLE_TEXT_TAGS:
            return False
        cell_chars[block.element] = cell_chars.get(block.element, 0) + len(block.text)
    return max(cell_chars.values()) <= DATA_CELL_MAX_CHARS


def is_inline_link_in_sentence(kept: list[TextBlock], block: TextBlock, following: TextBlock | None) -> bool:
    """A short link that markup moved out of its paragraph, in the middle of a sentence: the kept text
    before it is left open and the text after it continues ("... key ally" / Turkey / ", the ...").
    A heading is no such link: it is the title of a teaser card."""
    if (len(block.text) > 60 or block.kind == "heading" or following is None or not kept
            or kept[-1].kind != "paragraph"):
        return False
    return not ends_sentence(kept[-1].text) and bool(CONTINUATION_START.match(following.text))


# A block this long that repeats one seen earlier in the body is a copy (a pull quote, a post quoted in a
# reply, a summary box that repeats a paragraph); shorter repeats may be real ("Yes.", a list item).
REPEAT_MIN_CHARS = 50


def drop_repeats(blocks: list[Block]) -> list[Block]:
    """Blocks without repetitions: the same text twice in a row (desktop and mobile copies), or a
    block of `REPEAT_MIN_CHARS` or more that repeats any earlier one; the first copy stays."""
    kept: list[Block] = []
    seen: set[str] = set()
    for block in blocks:
        if kept and kept[-1].text == block.text:
            continue
        if len(block.text) >= REPEAT_MIN_CHARS:
            if block.text in seen:
                continue
            seen.add(block.text)
        kept.append(block)
    return kept


# A pull quote repeats, in large type, a sentence the story tells in one of its paragraphs.
QUOTE_MARKS = "\"'“”„«»‘’‚‹› "


def drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """Blocks without the quotes of `REPEAT_MIN_CHARS` or more whose text, quote marks aside, is part
    of a paragraph of the same body (a pull quote)."""
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    return [block for block in blocks if not (block.kind == "quote" and is_repeated_in(block.text, paragraphs))]


# A pull quote closes with a full stop where the paragraph's sentence goes on ("... costs the town."
# for "... costs the town, and we will ...").
SENTENCE_END_MARKS = ".!?…;:,"


def is_repeated_in(text: str, paragraphs: list[str]) -> bool:
    """True when `text`, quote marks, its closing punctuation and case aside, has `REPEAT_MIN_CHARS` or
    more and is found in one of the `paragraphs`."""
    quoted = text.strip(QUOTE_MARKS).rstrip(SENTENCE_END_MARKS).strip(QUOTE_MARKS).casefold()
    return len(quoted) >= REPEAT_MIN_CHARS and any(quoted in paragraph.casefold() for paragraph in paragraphs)


# JSON-LD `articleBody` replaces the extracted body only when it is much longer: the page then
# shows a teaser and keeps the story for scripts (paywalls, app shells).
DECLARED_BODY_FACTOR = 2.0
DECLARED_BODY_MIN_WORDS = 80
# Paragraphs glued without a separator in `articleBody` ("...arbitral.Final frenético en...").
GLUED_PARAGRAPHS = re.compile(r"(?<=[a-zà-ÿ][.!?])(?=[A-ZÀ-ÖØ-Þ])")


# A product page whose body is a few labels and no sentence ("Reviews", "Sponsored", a footer heading)
# shows no description (scripts render it): what is left is its chrome, and the body is empty.
SCRAPS_MAX_WORDS = 12


def is_chrome_scraps(body: list[Block]) -> bool:
    """True for a body of fewer than `SCRAPS_MAX_WORDS` words in which no block ends a sentence."""
    return word_count(body) < SCRAPS_MAX_WORDS and not any(ends_sentence(block.text) for block in body)


def word_count(body: list[Block]) -> int:
    """Words (whitespace-separated) in the blocks of a body."""
    return sum(len(block.text.split()) for block in body)


def is_scant(body: list[Block]) -> bool:
    """A body of fewer than `DECLARED_BODY_MIN_WORDS` words: a skeleton, a teaser or no article."""
    return word_count(body) < DECLARED_BODY_MIN_WORDS


def prefer_declared_body(body: list[Block], declared: str) -> list[Block]:
    """The extracted body, or the JSON-LD `articleBody` cut into paragraphs when that is far longer."""
    declared_words = len(declared.split())
    if declared_words < DECLARED_BODY_MIN_WORDS or declared_words < DECLARED_BODY_FACTOR * word_count(body):
        return body
    pieces = [piece for line in declared.splitlines() for piece in GLUED_PARAGRAPHS.split(line)]
    return [Block("paragraph", text) for piece in pieces if (text := normalise_space(piece))]
