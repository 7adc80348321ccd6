"""The headline: the declared titles (JSON-LD, OpenGraph, Twitter, `<title>`) weighed against the page's
`<h1>`, without the site name or a tagline; and the headline element, near which bylines and datelines sit."""

from __future__ import annotations

import re
from itertools import chain, islice
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from ..dom import compact, drop_invisible, normalise_space
from ..signals import (BOILERPLATE_ROLES, FURNITURE_BOX_TOKENS, FURNITURE_HEADER_TAGS, FURNITURE_HEADER_TOKENS,
                       MODAL_ROLES, class_tokens, joined_pairs)
from ..vocabulary import (ARTICLE_WORDS, CONSENT_HEADING_WORDS, HOME_PAGE_WORDS, QUANTITY_WORDS,
                          TITLE_PAGE_LABELS, TITLE_SEPARATORS)
from .gathering import ARTICLE_TYPES, PageSignals, _index_elements, _same_page
from .jsonld import _ld_text, _schema_type, _types, _unescape
from .outlet import _is_site_name
from .text import _text_except


# A page-kind label and its separator at the start of a title ("View topic - ", "Browse subject: ").
_PAGE_LABEL = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, TITLE_PAGE_LABELS)) + r")\s*[-–—:|•»]\s*(?=\S)", re.I)


def strip_site_name(title: str, page: PageSignals, guess: bool = True) -> str:
    """`title` without the site name on either side of a separator ("Headline | Site", "Site - Headline")
    and without a page-kind label before it ("View topic - Headline").

    With `guess`, a short brand-like segment is cut even when the site name is not known."""
    title = _without_host_prefix(_PAGE_LABEL.sub("", title, count=1), page)
    for separator in TITLE_SEPARATORS:
        if separator not in title:
            continue
        parts = title.split(separator)
        while len(parts) > 1 and (_is_site_name(parts[-1], page, loose=True) or _brand_led(parts[-1], page)):
            parts.pop()
        while len(parts) > 1 and _is_site_name(parts[0], page, loose=True):
            parts.pop(0)
        stripped = separator.join(parts).strip()
        if stripped != title:
            return strip_site_name(stripped, page, guess)
    return _strip_trailing_brand(title) if guess else title


def _without_host_prefix(title: str, page: PageSignals) -> str:
    """`title` without the site's host name written before it with no separator ("example.com Vibe
    Coding" -> "Vibe Coding"), in lower case as a host is written: a brand written as a name opens a
    sentence ("Example.com Reports Record Revenue" in a company's newsroom)."""
    for name in page.site_names:
        rest = title[len(name):].strip()
        if "." in name and " " not in name and title.startswith(name + " ") and rest[:1].isalnum() and len(rest) > 3:
            return rest
    return title


# Second-level labels of country domains ("example.co.uk"): the brand is the label before them.
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def _host_brand(url: str | None) -> str:
    """The brand label of the page's host ("electricians.example.com" -> "example"); "" when none."""
    labels = urlsplit(url or "").netloc.lower().split(":")[0].split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL_LABELS:
        labels.pop()
    return labels[-1] if labels else ""


def _brand_led(segment: str, page: PageSignals) -> bool:
    """True for a short last title segment that begins with the host's brand ("ProMatcher Cost Report"
    on electricians.promatcher.com): the site's name for a kind of page, not the headline's end."""
    brand = _host_brand(page.url)
    return len(brand) >= 5 and len(segment.split()) <= 4 and compact(segment).startswith(brand)


def _strip_trailing_brand(title: str) -> str:
    """Cut a short last segment after a pipe-like separator when the site name is not known
    ("How rust works | Rust Blog"): a brand is short and the headline before it longer."""
    for separator in (" | ", " – ", " - ", " — ", " · ", " • ", " / "):
        head, sep, tail = title.rpartition(separator)
        if not sep or not head or not tail:
            continue
        head_words, tail_words = len(head.split()), len(tail.split())
        strong = separator in (" | ", " · ", " • ")
        if tail_words <= (5 if strong else 3) and head_words >= max(3, 2 * tail_words) \
                and tail[:1].isupper() and not tail.rstrip().endswith(("?", "!", "»", '"', "“", "”")):
            if separator == " / ":  # a breadcrumb: "Thread / Board / Forum"
                return _strip_trailing_brand(head.strip())
            return head.strip()
    head, sep, tail = title.partition(" | ")  # "SEO Checker | How to audit a site": a leading brand
    if sep and len(head.split()) <= 3 and len(tail.split()) >= max(4, 2 * len(head.split())):
        return tail.strip()
    return title


# Class tokens of the kicker/overline that sites put inside the <h1> above the headline proper.
_KICKER_TOKENS = ("kicker", "overline", "dachzeile", "eyebrow", "topline", "roofline", "offscreen",
                  "sr-only", "visually-hidden", "spitzmarke", "flag", "label", "supertitle", "pretitle")


# Elements inside a heading whose text is no part of it: buttons ("Copy item path"), inline styles
# and scripts, the titles of drawn icons.
_NON_TEXT_TAGS = ("button", "script", "style", "template", "svg")


def _heading_text(h1: HtmlElement) -> str:
    """Text of a headline element without its kicker spans and screen-reader-only pieces."""
    return _text_except(h1, _KICKER_TOKENS, _NON_TEXT_TAGS)[0]


def _shown_text(heading: HtmlElement) -> str:
    """The text of `heading` without its elements of `_NON_TEXT_TAGS`, a line break read as a space."""
    if next(heading.iter(*_NON_TEXT_TAGS, "br"), None) is None:
        return heading.text_content()
    return _text_except(heading, (), _NON_TEXT_TAGS, hidden=False)[0]


# Anchor glyphs that documentation generators put after a heading ("Quickstart¶"), and icon-font
# characters (Unicode private use area).
_HEADING_GLYPHS = re.compile(r"[\s¶§#\ue000-\uf8ff]+$")


def _heading_texts(heading: HtmlElement) -> tuple[str, str]:
    """(full text, text without kicker) of a heading element, without trailing anchor glyphs."""
    full = _HEADING_GLYPHS.sub("", normalise_space(_shown_text(heading)))
    return (full, _HEADING_GLYPHS.sub("", _heading_text(heading))) if full else ("", "")


# The breadcrumb trail around an <h1>: the farthest of its four nearest ancestors with an attribute that
# names a (bread)crumb, in any case ("breadcrumb__item", "BreadcrumbModule").
_TRAIL_XPATH = etree.XPath("ancestor::*[position() <= 4][not(self::body)]"
                           "[@*[contains(translate(., 'CRUMB', 'crumb'), 'crumb')]][last()]")


def _in_trail(h1: HtmlElement) -> bool:
    """True for an <h1> that is the last step of a breadcrumb trail ("Home > News > <h1>"): a copy
    of the title for search engines; the trail's links come before it."""
    trail = _TRAIL_XPATH(h1)
    if not trail:
        return False
    link = h1.xpath("preceding::a[1]")
    return bool(link) and any(ancestor is trail[0] for ancestor in link[0].iterancestors())


def _home_link(href: str, url: str | None) -> bool:
    """True when `href` (in a page at `url`) leads to the site's home page or to a folder above the
    page ("/", "./", "../index.html"): the link of a logo, a site or book name."""
    target = urlsplit(urljoin(url or "", href.strip()))
    page = urlsplit(url or "")
    if target.netloc and page.netloc and target.netloc.lower() != page.netloc.lower():
        return False
    path = target.path
    for index in ("index.html", "index.htm", "index.php"):
        path = path.removesuffix(index)
    if not path.endswith("/") or target.query:
        return False
    return path == "/" or (page.path.startswith(path) and page.path.rstrip("/") != path.rstrip("/"))


def _is_logo(h1: HtmlElement, text: str, url: str | None) -> bool:
    """True for an <h1> whose text is the text of one link home (see `_home_link`): a logo."""
    links = [a for a in h1.iter("a") if a.get("href")]
    if len(links) != 1:
        return False
    link = links[0]
    return (link.get("rel") == "home" or _home_link(link.get("href"), url)) \
        and compact(_shown_text(link)) == compact(text)


def _headings(root: HtmlElement, url: str | None = None,
              declared: frozenset[str] = frozenset()) -> tuple[list[tuple[str, str]], set[str]]:
    """(full text, text without kicker) of the page's first <h1> elements that have text, without
    trailing anchor glyphs and a section number (see `_without_section_number`), logos aside (see
    `_is_logo`); and the compact texts of the <h1> elements set aside as the page's furniture (see
    `_set_apart`) because no title in `declared` (compact keys) is theirs. An <h1> in a breadcrumb
    trail comes after the first <h2> that follows it: that <h2> is the headline readers see (see
    `_in_trail`)."""
    texts, furniture = [], set()
    for h1 in islice(root.iter("h1"), 4):  # as //h1[:4], faster
        full, bare = _heading_texts(h1)
        if not full or _is_logo(h1, full, url):
            continue
        if declared and compact(full) not in declared and compact(bare) not in declared \
                and _set_apart(h1, full, url, declared):
            furniture.add(compact(full))
            continue
        full, bare = (_without_section_number(text, declared) for text in (full, bare))
        if _in_trail(h1):
            shown = [_heading_texts(h2) for h2 in h1.xpath("following::h2[normalize-space()][1]")]
            texts += [pair for pair in shown if pair[0]]
        texts.append((full, bare))
    return texts, furniture


# A section number before a heading in a book or a manual ("3.1 Branches in a Nutshell", "15 - Tutorial").
_SECTION_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)+\.?\s+|\d+\s+[-–—]\s+)(?=\w)")


def _without_section_number(text: str, declared: frozenset[str]) -> str:
    """`text` without a section number before it that no declared title (compact keys) begins with:
    a number of the page's place in a book ("3.1 Git Branching" of "Git Branching"), not of the title
    ("2.5 million ..." that the declared title repeats)."""
    number = _SECTION_NUMBER.match(text)
    if number is None or any(key.startswith(compact(number.group())) for key in declared) \
            or _counts_something(text[number.end():]):
        return text
    return text[number.end():]


def _counts_something(rest: str) -> bool:
    """True when the words after a number make it a quantity: a lowercase word or one of `QUANTITY_WORDS`
    ("million people fled", "Grad Erwärmung")."""
    word = rest.split(maxsplit=1)[0]
    return word[:1].islower() or word.lower() in QUANTITY_WORDS


def _set_apart(h1: HtmlElement, text: str, url: str | None, declared: frozenset[str]) -> bool:
    """True for an <h1> of the page's furniture rather than its content: hidden from view, the words
    of a cookie-consent banner or of a home page's label, a lead-in ending with a colon ("A message
    from our founder:"), a story card's link to another page, or inside the site's header, menu bar
    or a modal, consent or "follow" box (see `_in_furniture`)."""
    return _hidden(h1) or _consent_heading(text, declared) or text.endswith(":") or _home_page_label(text) \
        or _links_elsewhere(h1, url) or _in_furniture(h1, text)  # the walk up the tree last


# Class words of an element hidden from view (screen readers and search engines read it).
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|display-none|d-none|hidden)(?:\s|$)")


# Class words of CSS frameworks that show an element from a screen width on ("hidden md:block" in
# Tailwind, "d-none d-lg-flex" in Bootstrap): hidden on phones only, the heading desktop readers see.
_SHOWN_FROM_WIDTH_CLASS = re.compile(r"(?:^|\s)(?:(?:sm|md|lg|xl|2xl):|d-(?:sm|md|lg|xl|xxl)-)"
                                     r"(?:block|flex|inline|inline-block|grid|table)(?:\s|$)")


def _hidden(h1: HtmlElement) -> bool:
    """True for an <h1> hidden by its class (on every screen) or its style."""
    style = (h1.get("style") or "").replace(" ", "").lower()
    classes = h1.get("class") or ""
    return bool(_HIDDEN_CLASS.search(classes) and not _SHOWN_FROM_WIDTH_CLASS.search(classes)) \
        or "display:none" in style


def _consent_heading(text: str, declared: frozenset[str]) -> bool:
    """True for the heading of a cookie-consent banner (see `CONSENT_HEADING_WORDS`): words that no
    declared title (compact keys) holds; a recipe's "Chocolate Chip Cookies" is declared as such."""
    lowered = text.lower()
    return any(word in lowered and not any(compact(word) in key for key in declared)
               for word in CONSENT_HEADING_WORDS)


def _home_page_label(text: str) -> bool:
    """True for an <h1> that names the site's home page ("Example Homepage", "Startseite")."""
    words = text.lower().split()
    return len(words) <= 4 and any(" ".join(words[-len(label.split()):]) == label for label in HOME_PAGE_WORDS)


def _in_furniture(h1: HtmlElement, text: str) -> bool:
    """True for an <h1> in a modal, consent or "follow" box (one within the <article> or <main> that
    holds the <h1>, if any: around those it is the page's wrapper), or for a name (a few words) in the
    site's banner, navigation or menu bar on a page whose <h1> no <article> or <main> holds (by tag,
    ARIA role or class/id words, see `FURNITURE_BOX_TOKENS` and `FURNITURE_HEADER_TOKENS`). A box
    that holds most of the page is no box: unclosed markup put the content in it."""
    name_outside_content = len(text.split()) <= _NAME_WORDS and not _in_content(h1)
    in_content = False
    for node in chain((h1,), h1.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        role = node.get("role")
        in_content = in_content or node.tag in ("article", "main") or role == "main"
        words = _class_words(node)
        box = not in_content and (role in MODAL_ROLES or node.get("aria-modal") == "true" or node.tag == "dialog"
                                  or not words.isdisjoint(FURNITURE_BOX_TOKENS))
        header = name_outside_content and (node.tag in FURNITURE_HEADER_TAGS or role in BOILERPLATE_ROLES
                                           or not words.isdisjoint(FURNITURE_HEADER_TOKENS))
        if (box or header) and not _holds_most_text(node):
            return True
    return False


def _holds_most_text(node: HtmlElement) -> bool:
    """True when `node` holds more than half of the text of the page's body."""
    body = next(node.iterancestors("body"), None)
    return body is not None and 2 * len(node.text_content()) > len(body.text_content())


def _in_content(h1: HtmlElement) -> bool:
    """True when an <article> or <main> element (or role) holds `h1`."""
    return any(node.tag in ("article", "main") or node.get("role") == "main" for node in h1.iterancestors())


_NAME_WORDS = 5  # the most words of a site's or a book's name in its header


def _class_words(node: HtmlElement) -> set[str]:
    """The class/id words of `node` (see `signals.class_tokens`) and each two next to each other
    written as one ("menu-bar" -> "menu", "bar", "menubar")."""
    words = set()
    for name in f'{node.get("class") or ""} {node.get("id") or ""}'.split():
        tokens = class_tokens(name)
        words.update(tokens)
        words.update(joined_pairs(tokens))
    return words


def _links_elsewhere(h1: HtmlElement, url: str | None) -> bool:
    """True for an <h1> inside a link to another page: a story card of a listing (a logo's link home
    too)."""
    link = next(h1.iterancestors("a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return bool(url and href and not href.startswith("#") and not _same_page(urljoin(url, href), url))


def _segments(title: str) -> set[str]:
    """Compact keys of the leading runs of separator-delimited segments of `title`
    ("A | B | C" -> "a", "ab"); a trailing segment is the brand's place."""
    keys = set()
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        keys.update(compact(separator.join(parts[:index])) for index in range(1, len(parts)))
    return keys


def _key(text: str) -> str:
    return normalise_space(text).lower().strip(" .\"'“”«»")


def _title(page: PageSignals) -> str:
    """The headline: see `_choose_title`, without a tagline after a pipe and without the invisible
    characters that hint line breaks ("Assis\u00adtance")."""
    return drop_invisible(_cut_tagline(_choose_title(page)))


def _cut_tagline(title: str) -> str:
    """"Cloudflare CDN | Content Delivery Network" -> "Cloudflare CDN": what follows a pipe in a
    title is a tagline or a section; a short kicker before one ("BUDGET 3.0 | Sars gets R4bn") is
    part of the headline, so the part before must have three words at least."""
    head, separator, _tail = title.partition(" | ")
    return head.strip() if separator and len(head.split()) >= 3 else title


# Symbols around a declared title that the page does not print in its headline: markdown heading
# marks and emphasis, emoji and stars before or after it, empty brackets left by a template.
_LEADING_DECORATION = re.compile(r"^(?:#+\s+|[#*\u2600-\u27bf\u2b50\U0001f300-\U0001faff]+\s*)")
_TRAILING_DECORATION = re.compile(r"(?:\s*(?:\(\s*\)|\[\s*\]|[*\u22c6\u2605\u2606\u2600-\u27bf\u2b50\U0001f300-\U0001faff]))+$")
_END_MARKS = ("?", "!", ".", "…", "？", "！", "。")
_QUOTES = ('"', "'", "“", "”", "„", "«", "»", "‘", "’")


def _repeated_form(declared: str, h1: str) -> str:
    """The form to give of a headline that a declared title and the <h1> both hold (the same words):
    the declared one without the decoration symbols or wrapping quotes that the h1 does not show,
    ending in the h1's question or exclamation mark or full stop when the declared title left it out."""
    cleaned = declared.replace("*", "") if "*" not in h1 else declared  # markdown emphasis
    lead = _LEADING_DECORATION.match(cleaned)
    if lead and not h1.startswith(lead.group().strip()):
        cleaned = cleaned[lead.end():]
    trail = _TRAILING_DECORATION.search(cleaned)
    if trail and not h1.endswith(trail.group().strip()):
        cleaned = cleaned[:trail.start()]
    if len(cleaned) > 2 and cleaned[0] in _QUOTES and cleaned[-1] in _QUOTES and not h1.startswith(_QUOTES):
        cleaned = cleaned[1:-1].strip()  # quoted as a whole in the metadata, shown bare
    cleaned = cleaned or declared
    if h1.endswith(_END_MARKS) and not cleaned.endswith(_END_MARKS):
        cleaned += h1[-1]
    return cleaned


def _blog_post(page: PageSignals, headline: str) -> bool:
    """True for a blog post: JSON-LD says BlogPosting, or OpenGraph says article and no JSON-LD
    headline is given. Its declared titles are written for search engines; its one <h1> is the
    headline readers see (a news article's declared headline is the newsroom's, see `_choose_title`)."""
    if "blogposting" in _types(page.article_ld):
        return True
    return not headline and page.first("og:type").lower() == "article"


def _product_page(page: PageSignals) -> bool:
    """True for a shop's page of one product or a product category (OpenGraph type "product",
    "product.group"): its <h1> is the name the shop shows; its declared titles are written for
    search engines ("Buy X at Shop", "X - free delivery")."""
    return page.first("og:type").lower().startswith("product")


def _kicker_like(prefix: str) -> bool:
    """True when `prefix` (compact) may be a kicker or label before a headline: it holds letters and
    is no article ("The" of "The Best ...", "2025" of "2025 Price Guide" belong to the headline)."""
    return prefix not in ARTICLE_WORDS and not prefix.isdigit()


def _html_title(root: HtmlElement) -> str | None:
    """The text of the page's <title>, as the first of //head/title/text() | //title[1]/text()
    (tag iteration is faster than the XPath); None when no such title has text."""
    for title in root.iter("title"):
        parent = title.getparent()
        if (parent is None or parent.tag == "head" or next(parent.iterchildren("title")) is title) \
                and title.text is not None:
            return title.text
    return None


# Length from which a declared headline may have been cut by the publishing software (schema.org
# headlines were long held to 110 characters, and plugins cut them there).
_CUT_HEADLINE_LENGTH = 90


def _completed(headline: str, others: tuple[str, ...]) -> str:
    """`headline`, or the longer declared title that goes on where a long `headline` stops
    ("... Solutions (Including" of "... Solutions (Including One Trick That Works)")."""
    if len(headline) < _CUT_HEADLINE_LENGTH:
        return headline
    key = compact(headline)
    longer = [other for other in others if len(compact(other)) > len(key) and compact(other).startswith(key)]
    return min(longer, key=len) if longer else headline


def _choose_title(page: PageSignals) -> str:
    ld_headline = (strip_site_name(_ld_text(page.article_ld.get("headline")), page, guess=False)
                   if page.article_ld else "")
    og = strip_site_name(page.first("og:title"), page)
    twitter = strip_site_name(page.first("twitter:title"), page)
    html_title = ""
    title_text = _html_title(page.root)
    if title_text is not None:
        html_title = strip_site_name(_unescape(title_text), page)
    headline = _completed(ld_headline or strip_site_name(page.first("headline"), page, guess=False),
                          (og, twitter, html_title))
    declared_keys = frozenset(compact(t) for t in (headline, og, twitter, html_title) if t)
    h1s, furniture = _headings(page.root, page.url, declared_keys)
    if furniture:  # the name in a header's <h1> is the site's: "Chapter - Book" -> "Chapter"
        headline, og, twitter, html_title = (_without_name_after(t, furniture)
                                             for t in (headline, og, twitter, html_title))
    declared = [t for t in (headline, og, twitter, html_title) if t]
    by_key = {compact(t): t for t in reversed(declared)}
    # A visible h1 that a declared title repeats is the headline as readers see it; the declared
    # form keeps the punctuation that the page may draw with CSS between kicker and headline.
    for full, bare in h1s:
        if bare != full and compact(bare) in by_key:
            # the h1 without its label ("[Help]", "News") or kicker is the headline
            return _repeated_form(by_key[compact(bare)], bare)
        for text in (full, bare):
            if compact(text) in by_key:
                return _repeated_form(by_key[compact(text)], full) if compact(text) == compact(full) else text
    for full, bare in h1s:
        for text in (full, bare):
            key = compact(text)
            if len(key) > 15 and any(compact(t).startswith(key) or compact(t).endswith(key) for t in declared):
                return text
    # An h1 that is a kicker and a declared title ("Umbau – Trump plant ..."): the title is the headline.
    for full, _bare in h1s:
        key = compact(full)
        for text in declared:
            other = compact(text)
            if len(other) > 15 and key != other and key.endswith(other) and _kicker_like(key[:-len(other)]):
                return text
    # A short h1 that is one whole segment of a declared title ("Models" of "Models | Django docs").
    segments = set().union(*(_segments(t) for t in declared)) if declared else set()
    for full, bare in h1s:
        for text in (full, bare):
            if compact(text) in segments:
                return text
    if len(h1s) == 1 and _blog_post(page, ld_headline) and not _is_site_name(h1s[0][0], page, loose=True):
        return h1s[0][0]
    if h1s and _product_page(page) and not _is_site_name(h1s[0][0], page, loose=True):
        return h1s[0][0]
    # A headline element marked in microdata, looked up only here: indexing the page's itemprops is slow.
    headline = headline or strip_site_name(_microdata_headline(page), page, guess=False)
    if headline:
        return headline
    # Declared titles that agree with one another.
    for candidate in (og, twitter, html_title):
        if candidate and sum(_key(candidate) == _key(t) for t in declared) > 1:
            return candidate
    if og:
        return og
    # an h1 that is the outlet's name (a logo: "example.org", "Example Blog") is no headline
    named = [full for full, _bare in h1s if not _is_site_name(full, page, loose=True)]
    if named:
        return named[0]
    return twitter or html_title or (h1s[0][0] if h1s else "")


def _without_name_after(title: str, names: set[str]) -> str:
    """`title` without a last separator-delimited segment that is one of `names` (compact keys)."""
    for separator in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and compact(tail) in names:
            return head.strip()
    return title


def _microdata_headline(page: PageSignals) -> str:
    """The text of the page's one visible element marked itemprop="headline" of an article item
    (microdata: "<h2 itemprop="headline">"); "" when there is none or more than one (a listing's cards)."""
    _index_elements(page)
    marked = [node for node in page.itemprops.get("headline", ()) if node.tag != "meta"]
    if len(marked) != 1:
        return ""
    kinds = marked[0].xpath("ancestor::*[@itemscope][1]/@itemtype")
    return normalise_space(marked[0].text_content()) if kinds and _schema_type(kinds[0]) in ARTICLE_TYPES else ""


_XPATH_SPACE = " \t\r\n"  # the white space of XPath's normalize-space()


def _first_h1_with_text(root: HtmlElement) -> HtmlElement | None:
    """The first <h1> below a <body> with more than white space in it, as the first of
    //body//h1[normalize-space()][1] (tag iteration is faster); None when there is none."""
    for h1 in root.iter("h1"):
        if h1.text_content().strip(_XPATH_SPACE) and any(a.tag == "body" for a in h1.iterancestors()):
            return h1
    return None


def _headline_element(page: PageSignals) -> HtmlElement | None:
    """The element of the headline: the first <h1> with text, else (a page styled without <h1>) the
    element of the first visible text that is the article's title; None when none is."""
    if page.headline is not None:
        return page.headline if page.headline is not False else None
    first = _first_h1_with_text(page.root)
    found = [first] if first is not None else []
    if not found:
        title = _title(page)
        key = compact(title)
        if len(key) > 8:
            word = max(title.split(), key=len)  # texts that hold the title's longest word, found by libxml2
            found = [text.getparent() for text in page.root.xpath("//body//text()[contains(., $word)]", word=word)
                     if len(text) < 300 and compact(text) == key and text.getparent().tag not in ("script", "style")][:1]
    page.headline = found[0] if found else False
    return found[0] if found else None
