"""Authors and agency: the JSON-LD author, author meta tags, then the visible byline (byline elements,
labelled bylines, the dateline, a forum's first poster, a link to the author page, a bold first paragraph)."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .. import bylines, dates
from ..dom import compact, normalise_space
from ..signals import DISCUSSION_TYPES, REVIEWER_CREDIT
from ..vocabulary import AUTHOR_PAGE_WORDS, CJK_BYLINE_PREFIXES, NAME_PARTICLES, ORGANISATION_WORDS, OUTLET_WORDS
from .gathering import PageSignals, _host_name, _index_elements, byline_candidates
from .jsonld import _ld_names, _ld_text, _types
from .outlet import _host_core, _is_site_name
from .published import _story_elements
from .regions import off_article
from .titles import _headline_element


# Own text that starts a visible byline ("By Jane Doe", "Written by", "Von ...", "Автор: ...").
_BYLINE_LABELS = ("by ", "by:", "written by", "von ", "von:", "par ", "par:", "por ", "por:", "door ", "door:",
                  "autor:", "автор", *CJK_BYLINE_PREFIXES)
_OPENING_BRACKETS = "(（[【"  # a credit line in brackets: "(责编：张三)"
_BYLINE_LABEL_WORDS = frozenset({"by", "written by", "author", "author:", "authors", "authors:", "author(s)",
                                 "contributors:", "von", "autor", "par", "por", "door",
                                 # German labels written for both genders ("Autorin/Autor", "Autor*in")
                                 "autorin/autor", "autor/autorin", "autor/in", "autor*in", "autor:in",
                                 "autorinnen/autoren", "autorin", "autoren"})


def _is_label_word(text: str) -> bool:
    """True for a lowercase byline label alone, with or without its colon ("von", "von:", "author:")."""
    return text in _BYLINE_LABEL_WORDS or text.rstrip(" :") in _BYLINE_LABEL_WORDS


def _linked_byline(link: HtmlElement) -> bool:
    """True for a link that is a whole byline of one full name ("<a href="/search?q=Jane+Doe">by Jane
    Doe</a>"); a link that only begins with a label word is a menu's or a sentence's ("By Type",
    "by sending a Pull Request"), and one among other words is a sentence's reference to another story ("Read
    our report <a>by Jane Doe</a> on ...", "See also: <a>By Jane Doe</a>")."""
    text = _spaced_text(link)
    names = bylines.parse_byline(text).authors
    return len(names) == 1 and " " in names[0] and bylines.strip_prefix(text) == names[0] and _alone_in_parent(link)


_LETTER = re.compile(r"[^\W\d_]")


def _alone_in_parent(element: HtmlElement) -> bool:
    """True when the parent of `element` holds no words besides the element's own text."""
    parent = element.getparent()
    if parent is None:
        return True
    rest = _spaced_text(parent).replace(_spaced_text(element), " ", 1)
    return _LETTER.search(rest) is None


def _label_bylines(page: PageSignals) -> list:
    """Short elements whose own text starts a byline ("By Jane Doe", "Written by"), and links that are
    a whole byline (see `_linked_byline`); found on demand."""
    body = page.root.find("body")
    if body is None:
        return []
    found = []
    for element in body.iter("p", "span", "div", "li", "small", "strong", "em", "b", "a", "h3", "h4", "h5", "h6"):
        text = element.text
        if text:
            head = text.strip().lstrip(_OPENING_BRACKETS)[:20].lower().replace("：", ":")
            if head and (head.startswith(_BYLINE_LABELS) or _is_label_word(head)) \
                    and (element.tag != "a" or _linked_byline(element)) \
                    and not (head.startswith(_WORD_COLON_LABELS) and _in_key_value_list(element)):
                found.append(element)
                if len(found) >= 12:
                    break
    return found


# Byline labels with their colon that are also words of a form's fields ("Door: Solid Oak" in a product's
# specifications, "Von: Berlin" / "Nach: Hamburg" in a route).
_WORD_COLON_LABELS = ("von:", "par:", "por:", "door:")
_FIELD = re.compile(r"^\s*([^\W\d_][^\W\d_ -]{0,20}(?:[ -][^\W\d_]+)?)\s*:\s*(\S.*)$", re.S)


def _in_key_value_list(element: HtmlElement) -> bool:
    """True when a sibling of `element` is a field of a form or a list of specifications ("Frame: Brushed
    Steel"): a "Label: value" line whose label is no byline label and whose value is no date."""
    parent = element.getparent()
    if parent is None:
        return False
    for sibling in parent.iterchildren(element.tag):
        field = None if sibling is element else _FIELD.match(_spaced_text(sibling))
        if field and not _is_label_word(field.group(1).lower()) and dates.parse_date(field.group(2)) is None:
            return True
    return False


_AUTHOR_META = ("author", "article:author", "articleauthor", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "byl", "og:article:author", "cxenseparse:author")
# Scholarly metadata (Highwire's citation_author, citation_authors) writes a name "Last, First".
_LAST_FIRST = re.compile(r"^([^,]+),\s*([^,]+)$")
# Labels that pages pair with the author's name in twitter:labelN / twitter:dataN (Slack-style cards).
_WRITTEN_BY_LABELS = ("written by", "author", "von", "par", "por", "door", "av", "di", "autor", "auteur")


def _first_last(value: str) -> str:
    """ "Roy, Aniruddha" -> "Aniruddha Roy"; other values unchanged."""
    match = _LAST_FIRST.match(value.strip())
    if not match or len(match.group(1).split()) > 3 or len(match.group(2).split()) > 3:
        return value
    return f"{match.group(2).strip()} {match.group(1).strip()}"


# A forum member name: one token of letters, digits, dots, dashes and underscores.
_HANDLE = re.compile(r"^[^\W_][\w.\-]{1,39}$")


def _ld_author_names(value, page: PageSignals) -> bylines.Byline:
    """Names of a JSON-LD `author`: persons and agencies; persons that bear the outlet's own name
    ("Krautreporter" declared as a Person) are left out (see `_merge`)."""
    result = bylines.Byline()
    forum = bool(_types(page.article_ld) & (DISCUSSION_TYPES | {"socialmediaposting", "comment"}))
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("@id"), str):
            referenced = page.ld_by_id.get(item["@id"], {})
            # a reference into the @graph; the graph's node also tells the type (Yoast's persons)
            item = {**referenced, **item} if "name" in item else referenced or item
        if isinstance(item, dict):
            types = _types(item)
            names = _ld_names(item)
            if not names:
                continue
            if types & {"organization", "newsmediaorganization", "corporation"} and "person" not in types:
                for name in names:
                    if bylines.agency_name(name):
                        result.agencies.append(name)
                continue
            texts = names
        elif isinstance(item, str):
            if item.startswith(("http://", "https://", "/")):
                continue
            texts = [item]
        else:
            continue
        for text in texts:
            if _is_site_name(bylines.strip_prefix(text), page):
                page.outlet_named.append(text)  # the outlet's whole name, before any role word is cut
                continue
            found = bylines.parse_byline(text, declared=True)
            if not found.authors and forum and _HANDLE.match(text):
                found.authors.append(text)  # a forum member's handle ("slow-poke"), not a URL slug
            _merge(result, found, page)
    return result


def _is_outlet_team(name: str, page: PageSignals) -> bool:
    """True for the credit of the outlet's own team ("FullStack Editorial Team" on fullstack.com)."""
    core = bylines.without_roles(name)
    return core != name and _is_site_name(core, page)


def _without_outlet_teams(byline: bylines.Byline, page: PageSignals) -> bylines.Byline:
    """`byline` without the outlet's team credits when it names someone else too."""
    others = [name for name in byline.authors if not _is_outlet_team(name, page)]
    if others:
        byline.authors = others
    return byline


def _merge(into: bylines.Byline, other: bylines.Byline, page: PageSignals | None) -> None:
    """Add `other`'s names to `into`; names of the outlet itself are left out when `page` is given
    (and noted in `page.outlet_named`: on a personal site the outlet's name is its writer's)."""
    for name in other.authors:
        if page is not None and _is_site_name(name, page):
            page.outlet_named.append(name)
        elif page is not None and _outlet_desk(name, page):
            continue
        elif name not in into.authors:
            into.authors.append(name)
    for name in other.agencies:
        if name not in into.agencies:
            into.agencies.append(name)


def _outlet_desk(name: str, page: PageSignals) -> bool:
    """True for the name of one of the outlet's regional studios, written as the outlet's short name
    in capitals and a place ("MDR THÜRINGEN" on mdr.de): no person. A team of the outlet ("BR24
    Redaktion", "Example Team") is credited as the page writes it."""
    first, _space, rest = name.partition(" ")
    key = compact(first)
    return bool(rest) and len(key) >= 3 and first.isupper() and bylines.without_roles(name) == name \
        and any(key == compact(site) or key == _host_core(site) for site in page.site_names if " " not in site.strip())


def _spaced_text(element: HtmlElement) -> str:
    """Text of `element` with a space between the texts of its descendants ("By<a>Jane</a>" -> "By Jane")."""
    return normalise_space(" ".join(element.itertext()))


def _listed_text(element: HtmlElement) -> str:
    """`_spaced_text` of `element` with a comma between the items of a list in it ("Written by:
    <ul><li>Jane Doe</li><li>John Roe</li></ul>" -> "Written by: Jane Doe, John Roe")."""
    if element.find(".//li") is None:
        return _spaced_text(element)
    parts: list[str] = []

    def add(text: str | None) -> None:
        if text and text.strip():
            parts.append(text.strip())

    def walk(node: HtmlElement) -> None:
        if isinstance(node.tag, str):
            add(node.text)
            for child in node:
                if child.tag == "li" and parts and parts[-1][-1] not in ",:":
                    parts.append(",")
                walk(child)
                add(child.tail)

    walk(element)
    return normalise_space(" ".join(parts)).replace(" ,", ",").strip(", ")


def _element_byline(element: HtmlElement, page: PageSignals) -> bylines.Byline:
    """Names in one byline element: its itemprop=name parts, else its text, else its children's
    texts one by one (names set side by side in separate elements without separators)."""
    result = bylines.Byline()
    name_nodes = element.xpath(".//*[@itemprop='name']")
    if name_nodes:
        # names that microdata declares as an author's may be handles ("johnanddoc")
        declared = bool(element.xpath("ancestor-or-self::*[@itemprop='author']"))
        for node in name_nodes:
            _merge(result, bylines.parse_byline(node.get("content") or _spaced_text(node), declared=declared), page)
        return result
    named = _class_named(element, page)
    if named.authors:
        return named
    text = _listed_text(element)
    if bylines.is_photo_credit(text):
        return result
    if not text:
        _merge(result, _portrait_name(element), page)
        return result
    if len(text) <= 250:
        _merge(result, bylines.parse_byline(text), page)
    if not result.authors:
        _merge(result, _member_handle(element), page)
    if not result.authors and not _own_prose(element):
        _merge(result, _children_byline(element, page, depth=2), page)
    if not result.authors:
        _merge(result, _heading_name(element), page)
    if not result.authors:
        _merge(result, _portrait_name(element), page)
    return result


_NAME_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _heading_name(element: HtmlElement) -> bylines.Byline:
    """The full name that heads an author box above the writer's biography ("<div class="blog-author">
    <h4>Jane Doe</h4><p>Jane is a developer who ...</p></div>"): the first heading inside `element`,
    when it is one name of two words or more."""
    for heading in islice(element.iter(_NAME_HEADINGS), 1):
        text = _spaced_text(heading)
        if len(text) <= 60:
            found = bylines.parse_byline(text)
            if len(found.authors) == 1 and " " in found.authors[0]:
                return found
    return bylines.Byline()


# A class token that marks an element as a name ("author-name", "author-meta--name", "authorName",
# "byline__name"), and the first words of such tokens that name no person ("site-name", "category-name").
_NAME_TOKEN = re.compile(r"^(?:[\w-]*[-_])?(?:name|fullname|displayname)$|^[a-z]+Name$")
_NOT_PERSON_NAME = re.compile(r"^(?:site|category|cat|section|brand|company|org|file|tag|product|event|page)", re.I)
_NAME_MARKED = etree.XPath(".//*[@class][contains(translate(@class, 'N', 'n'), 'name')]")


def _class_named(element: HtmlElement, page: PageSignals) -> bylines.Byline:
    """Names in the elements below a byline element whose class marks a name (`<span class="author-name">`
    beside the avatar's initials, the job title and the biography that the whole box's text would
    glue to it: "NB Jane Doe As founder of ..."); empty when there are none or they hold no name."""
    result = bylines.Byline()
    for node in _NAME_MARKED(element)[:4]:
        tokens = (node.get("class") or "").split()
        if any(_NAME_TOKEN.match(token) and not _NOT_PERSON_NAME.match(token) for token in tokens):
            text = _spaced_text(node)
            if 3 <= len(text) <= 80:
                _merge(result, bylines.parse_byline(text), page)
    return result


# Class words of the user name that forum software prints with each post.
_USER_NAME_WORDS = ("username", "user-name")  # in the lower-cased class ("UserName", "PostUser-name")
_LOWER_CASED = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_USER_NAME_NODES = etree.XPath("descendant-or-self::*[@class][" + " or ".join(
    f"contains({_LOWER_CASED.format('@class')}, '{word}')" for word in _USER_NAME_WORDS) + "]")


def _member_handle(element: HtmlElement) -> bylines.Byline:
    """The member name that forum software marks as a user name in a byline ("Post by <a
    class="username">galitsyn</a> »"): a handle, which may be lowercase or hold digits."""
    for node in _USER_NAME_NODES(element)[:1]:
        text = _spaced_text(node)
        if 2 <= len(text) <= 40:
            return bylines.parse_byline(text, declared=True)
    return bylines.Byline()


# "Headshot of Justin C. Meserole, a New York City-based ...", "Picture of Liz Kenny"
_PORTRAIT_ALT = re.compile(r"^(?:(?:head\s?shot|picture|photo|portrait|avatar|image)\s+of\s+)(.+)$", re.I)


def _portrait_name(element: HtmlElement) -> bylines.Byline:
    """The name in the alt text of an author box's portrait ("Headshot of Jane Doe, MD")."""
    for alt in element.xpath(".//img/@alt")[:2]:
        match = _PORTRAIT_ALT.match(normalise_space(alt))
        if match:
            return bylines.parse_byline(match.group(1).split(",")[0])
    return bylines.Byline()


def _own_prose(element: HtmlElement) -> bool:
    """True when `element`'s own text (not its children's) holds more than a byline word or two:
    a sentence whose links are not names side by side ("Filed under <a>Israel</a>, feed: <a>RSS</a>")."""
    own = " ".join(filter(None, [element.text] + [child.tail for child in element]))
    # lowercase words: a capitalised run is names or a dateline ("by Jane » Tue Aug 27, 2019 1:47 am")
    return len(re.findall(r"(?<!\w)[^\W\d_A-Z][^\W\d_]+", own)) > 4


def _names_outlet(text: str, page: PageSignals) -> bool:
    """True when a whole byline or author value names the outlet: its site name ("By Human in the
    Loop" on the site of that name, before any cutting of words), or a name given with the site's
    own domain ("Deutsche Welle (www.dw.com)")."""
    if _is_site_name(bylines.strip_prefix(text), page):
        return True
    host = _host_name(page.url)
    return bool(host) and "." in host and re.search(r"(?<![@\w.])(?:www\.)?" + re.escape(host) + r"\b", text.lower()) is not None


def _credits_outlet(element: HtmlElement, found: bylines.Byline, page: PageSignals) -> bool:
    """True when the byline text of `element` names the outlet itself and nobody else ("By Example
    Times"); `found` is what `_element_byline` read there (outlet names left out)."""
    text = _spaced_text(element)[:250]
    if _names_outlet(text, page):
        return True
    if found.authors:
        return False
    names = bylines.parse_byline(text).authors
    return bool(names) and all(_is_site_name(name, page) for name in names)


def _children_byline(element: HtmlElement, page: PageSignals, depth: int) -> bylines.Byline:
    """Names set side by side in child elements without separators (`<span>A B</span><span>C D</span>`),
    read child by child, `depth` levels down at most."""
    result = bylines.Byline()
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) == 1 and depth > 1:
        return _children_byline(children[0], page, depth - 1)
    if len(children) < 2:
        return result
    for child in children:
        child_text = _spaced_text(child)
        if child_text and len(child_text) < 120:
            found = bylines.parse_byline(child_text)
            if not found.authors and depth > 1 and len(child) > 1:
                found = _children_byline(child, page, depth - 1)
            _merge(result, found, page)
    return result


# Tags that never hold a byline: page structure, images, and controls ("Follow" / "Cancel" buttons).
_NOT_BYLINE_TAGS = frozenset({"meta", "link", "body", "html", "article", "main", "img", "button"})
# Class/id tokens of an author's biography or description: prose about the author, not a byline.
_BIO_MARK = re.compile(r"(?:^|[\s_-])(?:bio|biography|description|desc)(?:$|[\s_-])", re.I)


def _word_list(names: list[str]) -> bool:
    """True for several one-word "names" and no full name: a list of words, not a byline. A name in
    a script written without spaces is a full name."""
    return len(names) > 1 and all(" " not in name and not bylines.written_unspaced(name) for name in names)


_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")
_LONE_WORD_LOOKAHEAD = 4  # byline candidates read after a one-word name for the full name of the same box


def _lone_word(found: bylines.Byline, page: PageSignals) -> bool:
    """True when a byline element gave one capitalised word and nothing else ("Insights" of "Insights
    from Jane Doe", "History" of a byline's edit-history link) on a page that is no forum thread: the
    next candidates may hold the byline's full name. A member's handle ("b.scherer", "kiwi42") is
    no such word."""
    return len(found.authors) == 1 and _TITLE_WORD.match(found.authors[0]) is not None and not found.agencies \
        and not _types(page.article_ld) & DISCUSSION_TYPES


def _off_story(element: HtmlElement, page: PageSignals, own_tag: bool) -> bool:
    """`off_article` for a byline candidate. Inside the headline's own `<article>`, only the regions
    within it count: what wraps the story ("sidebar_content" as the main column, an `<aside>` or
    `<nav>` left unclosed around the whole page) does not put its byline off the article. (A `<main>`
    is no such box: on a listing it holds the cards and their bylines.) Elsewhere the class/id words of
    the elements that hold the headline up to its `<main>` do not count either ("newsletter-email"
    around a newsletter shown as a page). `own_tag` as in `off_article`."""
    story = _story_elements(page)
    box = next((node for node in story if node.tag == "article"), None)
    if box is not None and any(ancestor is box for ancestor in element.iterancestors()):
        return off_article(element, story, own_tag=own_tag, stop=box)
    return off_article(element, story, own_tag=own_tag)


def _inside_a_card_link(element: HtmlElement) -> bool:
    """True for a byline inside a link: a card's, that links another story or a customer's quote;
    unless the link holds the byline alone and leads to the named writer's own page ("<a
    href="/staff/jane-roe"><span class="author">Jane Roe</span></a>", see `_links_named_page`)."""
    link = next(element.iterancestors("a"), None)
    if link is None:
        return False
    shown = _spaced_text(element)
    rest = _spaced_text(link).replace(shown, " ", 1)
    return _LETTER.search(rest) is not None or not _links_named_page(link, bylines.strip_prefix(shown))


_NOT_SLUG = re.compile(r"[\W\d_]+")


def _links_named_page(link: HtmlElement, name: str) -> bool:
    """True when the last part of the link's address spells `name` ("/staff/jane-roe-2", "@janeroe" for
    "Jane Roe"), numbers, marks and accents aside."""
    path = urlsplit(link.get("href") or "").path.rstrip("/")
    return bool(name) and _slug(path.rsplit("/", 1)[-1]) == _slug(name)


def _slug(text: str) -> str:
    """`text` lowercased, without accents, numbers and marks: "Jane Roe" and "jane-roe-2" give "janeroe"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return _NOT_SLUG.sub("", "".join(char for char in folded if not unicodedata.combining(char)))


def _label_alone(shown: str) -> bool:
    """True for the text of a byline label with no name in it ("By", "Autor:"): the name is beside it,
    in the label's parent. A short text may hold a name ("(责编：牛镛)"); a Chinese or Japanese label
    followed by other words is no byline at all ("记者：为什么？", an interview's question)."""
    if _is_label_word(shown.lower()):
        return True
    cjk_label = shown.lstrip(_OPENING_BRACKETS).replace("：", ":").startswith(CJK_BYLINE_PREFIXES)
    if cjk_label and _LETTER.search(bylines.strip_prefix(shown.lstrip(_OPENING_BRACKETS).replace("：", ":"))):
        return False
    return len(shown) < 12 and not bylines.parse_byline(shown).authors


def _visible_bylines(page: PageSignals) -> bylines.Byline:
    """Names in the page's first visible byline: rel/itemprop authors, then elements whose class
    names an author or byline, then short texts that begin with a byline word. A byline that credits
    the outlet only ends the search with no person named."""
    result = bylines.Byline()
    _index_elements(page)
    for tier in ("strong", "class", "label"):
        candidates = page.strong_bylines if tier == "strong" else byline_candidates(page) if tier == "class" \
            else _label_bylines(page)
        examined = 0
        lone: tuple[int, bylines.Byline] | None = None  # a one-word name, held while a full name is looked for
        for element in candidates:
            if element.tag in _NOT_BYLINE_TAGS:
                continue
            if tier == "class" and _BIO_MARK.search(f'{element.get("class", "")} {element.get("id", "")}'):
                continue
            if _off_story(element, page, own_tag=tier == "label") \
                    or element.xpath("ancestor-or-self::figure or ancestor-or-self::figcaption"):
                continue
            if tier != "strong" and _inside_a_card_link(element):
                continue  # a card's byline, that links another story or a customer's quote
            examined += 1
            shown = _spaced_text(element)
            if tier == "label" and _label_alone(shown) and element.getparent() is not None:
                element = element.getparent()
            found = _element_byline(element, page)
            if lone is not None:
                if any(len(set(name.split())) > 1 for name in found.authors):  # not "Yucy Yucy"
                    lone = None  # the byline box's full name beats the word read before it
                elif examined - lone[0] < _LONE_WORD_LOOKAHEAD:
                    continue
                else:
                    break
            if _word_list(found.authors):
                break  # "By Sales, Operations, IT", "Wellness, Prevention": a word list, no byline
            if tier == "class" and _lone_word(found, page):
                lone = (examined, found)
                continue
            if not found.agencies and _credits_outlet(element, found, page):
                return result
            _merge(result, found, page)
            if found.authors or found.agencies:
                break  # the first byline is the article's (an agency alone is one: "By AFP")
            if examined >= 12:
                break
        if lone is not None:
            _merge(result, lone[1], page)
        if result.authors or result.agencies:
            return result
    _merge(result, _byline_by_dateline(page), page)
    if not result.authors:
        _merge(result, _first_poster(page), page)
    return result


# The class values in a <body>; each knows its element (`getparent`). As plain strings, which lxml
# builds several times faster, to tell first whether any names a user name (most pages have none).
_BODY_CLASSES = etree.XPath("//body//@class")
_BODY_CLASS_TEXTS = etree.XPath("//body//@class", smart_strings=False)


def _user_name_elements(root: HtmlElement):
    """The elements below a <body> whose class names a user name (the user name forum software prints
    with each post), in document order: as //body//*[contains(translate(@class, ...), ...)] with
    `_USER_NAME_WORDS`. The class values are read by libxml2 and the words tested in Python, where
    lower-casing is many times faster than XPath's translate() (and finds the same ASCII words: no
    other character lower-cases to one of their letters)."""
    classes = "\n".join(_BODY_CLASS_TEXTS(root)).lower()  # the words hold no line break
    if not any(word in classes for word in _USER_NAME_WORDS):
        return
    for value in _BODY_CLASSES(root):
        lowered = value.lower()
        if any(word in lowered for word in _USER_NAME_WORDS):
            element = value.getparent()
            if element.tag != "body":  # //body//@class holds the body's own class too
                yield element


def _first_poster(page: PageSignals) -> bylines.Byline:
    """The user name of a forum thread's first post (the first user name of the page outside
    navigation, sidebars and comment sections); a handle may be lowercase or hold digits."""
    for element in islice(_user_name_elements(page.root), 8):
        if off_article(element):
            continue
        text = _spaced_text(element)
        if 2 <= len(text) <= 40:
            found = bylines.parse_byline(text, declared=True)
            if found.authors:
                return found
    return bylines.Byline()


def _byline_by_dateline(page: PageSignals) -> bylines.Byline:
    """Names in the dateline right under the headline ("Aaron Ricadela | Senior Writer | July 2, 2025"):
    a short line after the headline that holds a full date and a separator; the date is what marks it
    as a byline. The line is the date's own text or, when names and date sit in separate elements
    ("<span>Dec 2, 2025</span> • <span>Jane Doe</span>"), the short block around it."""
    headline = _headline_element(page)
    if headline is None:
        return bylines.Byline()
    for text in headline.xpath("following::text()[normalize-space()][position() <= 6]"):
        parent = text.getparent()
        if parent is None or parent.tag in ("script", "style", "h1", "a") or off_article(parent):
            continue
        line = normalise_space(text)
        if not 6 <= len(line) <= 100 or not (dates.parse_written(line) or dates.parse_iso(line)):
            continue
        block = parent.getparent() if text.is_tail else parent
        for _level in range(3):
            if len(line) >= 10 and _DATELINE_SEPARATOR.search(line):
                found = bylines.parse_byline(_without_reviewer(line))
                found.authors = [name for name in found.authors if " " in name]  # a lone word is a section
                return found
            if block is None or block.tag in ("body", "article", "main"):
                break
            line, block = _spaced_text(block), block.getparent()
            if len(line) > 100:
                break
        return bylines.Byline()
    return bylines.Byline()


# What parts a dateline with its byline: "May 2, 2025 | By Jane Roe", "12.03.2024 · Jane Roe".
_DATELINE_SEPARATOR = re.compile(r"\s[|·•]\s")


def _without_reviewer(line: str) -> str:
    """A dateline without its reviewer's credit ("May 2, 2025 | Reviewed by: Jane Roe, MD"): who
    checked the story did not write it."""
    return " | ".join(part for part in _DATELINE_SEPARATOR.split(line) if not REVIEWER_CREDIT.match(part))


# A user name of the content system rather than a person's name: one token with a dot, underscore or
# a capital letter inside ("jane.doe", "KatieS"), or an administrator account ("NOC Admin").
_ACCOUNT_NAME = re.compile(r"^(?:[A-Za-z]+[._][A-Za-z]+|[A-Z]?[a-z]+[A-Z]+[a-z]*|.*\b[Aa]dmin\w*)$")


def _account_names(names: list[str], page: PageSignals) -> bool:
    """True when every declared name looks like a login of the site's content system, on a page
    that is no forum thread (where a member's handle is the author's name)."""
    if _types(page.article_ld) & DISCUSSION_TYPES:
        return False
    return all(_ACCOUNT_NAME.match(name.strip()) for name in names)


def _authors(page: PageSignals) -> bylines.Byline:
    """Persons and agencies credited: JSON-LD author (of the article, else of a WebPage object that
    declares one: a newsletter platform's post), then author meta tags, then visible bylines.
    A name that is the outlet's own (declared or shown as the author) is kept only when no source
    names anyone else and it can be a person's (a personal site bears its writer's name)."""

    def from_ld() -> bylines.Byline:
        return _ld_author_names(page.article_ld["author"], page)

    def from_meta() -> bylines.Byline:
        result = bylines.Byline()
        values = page.all(*_AUTHOR_META)
        for number in "12":
            if page.first(f"twitter:label{number}").lower() in _WRITTEN_BY_LABELS:
                values += page.all(f"twitter:data{number}")
        values += [_first_last(value) for value in page.all("citation_author")]
        # the older plural tag: one tag per name, or every name in one tag ("Roe, Jane; Doe, John")
        values += [_first_last(name) for value in page.all("citation_authors") for name in value.split(";")
                   if name.strip()]
        for value in values:
            if value.startswith(("http://", "https://", "/")) or "@" in value[:1]:
                continue
            if _names_outlet(value, page):
                page.outlet_named += [name for name in bylines.parse_byline(value, declared=True).authors
                                      if _is_site_name(name, page)]
                continue
            _merge(result, bylines.parse_byline(value, declared=True), page)
        return result

    def visible() -> bylines.Byline:
        return _visible_bylines(page)

    def from_page_ld() -> bylines.Byline:
        return _ld_author_names(page.page_ld["author"], page)

    sources = [from_ld] if page.article_ld.get("author") else [from_page_ld] if page.page_ld.get("author") else []
    sources += [from_meta, visible, lambda: _linked_author(page), lambda: _author_page_link(page),
                lambda: _bold_name_lead(page), lambda: _signed_at_end(page)]
    found = bylines.Byline()
    for source in sources:
        result = source()
        if result.authors and source in (from_ld, from_page_ld, from_meta) and _account_names(result.authors, page):
            shown = _visible_bylines(page)
            if any(" " in name for name in shown.authors):
                result = shown  # the page's byline names the writer; the declared name is a login
        if result.authors:
            result.agencies = result.agencies or found.agencies
            return _without_outlet_teams(result, page)
        for name in result.agencies:
            if name not in found.agencies:
                found.agencies.append(name)
    found.authors = [name for name in dict.fromkeys(page.outlet_named) if _could_be_blogger(name, page)]
    return found


_BOLD_TAGS = ("strong", "b")
_ITALIC_TAGS = ("em", "i")


def _wholly(paragraph: HtmlElement, text: str, tags: tuple[str, ...]) -> bool:
    """True when the child elements `tags` of `paragraph` hold all of its text `text`."""
    inner = " ".join(_spaced_text(child) for child in paragraph if child.tag in tags)
    return normalise_space(inner) == text


def _bold_name_lead(page: PageSignals) -> bylines.Byline:
    """The byline typed as the story's first paragraph in bold ("<p><strong>Jane Doe</strong></p>"
    under the headline, after empty paragraphs and an italic summary, and followed by the story's
    prose, not by a list as a bold heading is): full names only."""
    headline = _headline_element(page)
    if headline is None:
        return bylines.Byline()
    for paragraph in headline.xpath("following::p[position() <= 6]"):
        text = normalise_space(_spaced_text(paragraph).replace("\xa0", " "))
        if not text:
            continue
        if len(text) <= 80 and _wholly(paragraph, text, _BOLD_TAGS):
            following = paragraph.getnext()
            if following is None or following.tag != "p" or len(_spaced_text(following)) < 40:
                break
            found = bylines.parse_byline(text)
            found.authors = [name for name in found.authors if " " in name]  # "Schedule", "US": a heading
            return found
        if not _wholly(paragraph, text, _ITALIC_TAGS):
            break
    return bylines.Byline()


_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.I)


def _signed_at_end(page: PageSignals) -> bylines.Byline:
    """The writer's name set in bold and aligned right in a paragraph of its own after the story
    ("<p style="text-align:right"><strong>Jane Doe</strong></p>"), as Vietnamese news pages sign
    their stories: the last such paragraph, when it holds one full name and nothing else."""
    headline = _headline_element(page)
    if headline is None:
        return bylines.Byline()
    signed = [p for p in headline.xpath("following::p[@style or @align]")
              if _RIGHT_ALIGNED.search(p.get("style") or "") or (p.get("align") or "").lower() == "right"]
    for paragraph in reversed(signed[-3:]):
        text = normalise_space(_spaced_text(paragraph))
        # within its own <article>, the page's columns around it do not count ("sidebar-1" as the main one)
        box = next(paragraph.iterancestors("article"), None)
        if not text or len(text) > 60 or not _wholly(paragraph, text, _BOLD_TAGS) or off_article(paragraph, stop=box) \
                or _prose_follows(paragraph):
            continue
        found = bylines.parse_byline(text)
        if len(found.authors) == 1 and (" " in found.authors[0] or bylines.written_unspaced(found.authors[0])):
            return found
    return bylines.Byline()


# A paragraph this long is the story's prose: a name set before it signs no story (an epigraph's author).
_SIGNED_PROSE_CHARS = 100


def _prose_follows(paragraph: HtmlElement) -> bool:
    """True when a paragraph of prose follows `paragraph` beside it: the name heads or splits the story
    (the author of an epigraph, a speaker), it does not sign it."""
    return any(len(normalise_space(sibling.text_content())) > _SIGNED_PROSE_CHARS
               for sibling in paragraph.itersiblings("p"))


def _page_key(url: str) -> str:
    """A URL as host (no "www.") and path without a trailing slash: the key that compares two links."""
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")


def _linked_author(page: PageSignals) -> bylines.Byline:
    """The name on the page's link to the author page that an author meta gives as a URL
    (`article:author` "https://site.example/profile/jane-doe", linked as "Jane Doe"); profiles on
    other sites (social networks) are not looked up."""
    base = page.url or ""
    host = _host_name(base)
    links = [urljoin(base, value) for value in page.all(*_AUTHOR_META) if value.startswith(("http://", "https://", "/"))]
    targets = {_page_key(link) for link in links if _host_name(link) == host and urlsplit(link).path.strip("/")}
    targets.discard(_page_key(base))
    if not targets:
        return bylines.Byline()
    for link in page.root.iter("a"):
        href = link.get("href")
        if href and _page_key(urljoin(base, href.strip())) in targets:
            found = bylines.parse_byline(_spaced_text(link), declared=True)
            if found.authors:
                return found
    return bylines.Byline()


# A link to a writer's page: the path ends in an author word and the writer's slug ("/blog/authors/jane-doe/",
# "/author/jane-doe.html"); the slug is the last group.
_AUTHOR_FOLDER = r"/(?:" + "|".join(sorted(AUTHOR_PAGE_WORDS)) + r")/"
_AUTHOR_PAGE_PATH = re.compile(_AUTHOR_FOLDER + r"([^/?#]+?)(?:\.html?)?/?$", re.I)
_AUTHOR_PAGE_FOLDER = re.compile(_AUTHOR_FOLDER, re.I)
_MAX_WRITER_PAGES = 3  # more writers' pages linked on the page: a list of cards, not a byline


def _slug(name: str) -> str:
    """ "Zoë O'Neill" -> "zoe-o-neill": a name as the URL slug of its page."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _author_page_link(page: PageSignals) -> bylines.Byline:
    """The writer named by the first link to a writer's page on the site itself ("<a
    href="/authors/jane-doe">Jane Doe</a>" with no byline class or label around it): the link's text
    must be one name whose slug is the link's last path segment (an id may follow: "jane-doe-12").
    Links off the article are skipped; a page that links more than `_MAX_WRITER_PAGES` writers' pages
    lists cards and gives no name."""
    base = page.url or ""
    host = _host_name(base)
    writers: dict[str, str] = {}
    for link in page.root.iter("a"):  # faster than an XPath that tests every href
        href = link.get("href")
        if not href or not _AUTHOR_PAGE_FOLDER.search(href):
            continue
        target = urljoin(base, href.strip())
        match = _AUTHOR_PAGE_PATH.search(urlsplit(target).path)
        if not match or _host_name(target) != host:
            continue
        slug = unquote(match.group(1)).lower()
        if slug in writers or _off_story(link, page, own_tag=True) or _in_sentence(link):
            continue
        names = bylines.parse_byline(_spaced_text(link) or link.get("aria-label", "")).authors
        if len(names) == 1 and re.fullmatch(re.escape(_slug(names[0])) + r"(?:-\d+)?", slug):
            writers[slug] = names[0]
        if len(writers) > _MAX_WRITER_PAGES:
            return bylines.Byline()
    result = bylines.Byline()
    first = next(iter(writers.values()), None)
    if first is not None:
        _merge(result, bylines.Byline(authors=[first]), page)
    return result


_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "small", "mark", "u"})


def _in_sentence(link: HtmlElement) -> bool:
    """True when `link` sits in a sentence ("As my colleague <a href="/authors/john-roe">John Roe</a>
    reported last week, ..."): the block that holds it (past inline wrappers) has prose of its own."""
    holder = link.getparent()
    while holder is not None and holder.tag in _INLINE_TAGS:
        if _own_prose(holder):
            return True
        holder = holder.getparent()
    return holder is not None and _own_prose(holder)


_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "localbusiness", "store",
                                 "onlinestore", "educationalorganization", "medicalorganization", "ngo"})


# Articles that open the name of a publication but never a person's ("Der Spiegel", "The Verge"); the
# Romance "le", "la", "de" also begin surnames ("Le Minh", "De Niro").
_TITLE_ARTICLES = frozenset({"the", "der", "die", "das", "het", "les"})


def _could_be_blogger(name: str, page: PageSignals) -> bool:
    """Whether a name credited under the outlet's own name may be the writer whose site it is (a
    personal blog, "Jane Doe"): two to four capitalised words (name particles aside), none of them an
    outlet or organisation word ("Lesotho Times", "Hands on the Wheel", "Freewrite Store" are no
    persons), and no organisation of the page's JSON-LD bears it (a Person that is also the site's
    Organization, as Yoast declares a blogger, is a person)."""
    words = name.split()
    lower = {word.lower() for word in words}
    if words and words[0].lower() in _TITLE_ARTICLES:
        return False  # "Der Postillon", "The Daily Grind": a title, not a person's name
    if not 2 <= len(words) <= 4 or not OUTLET_WORDS.isdisjoint(lower) or not ORGANISATION_WORDS.isdisjoint(lower):
        return False
    if not all(word[:1].isupper() or word in NAME_PARTICLES for word in words):
        return False
    key = name.casefold()
    return not any(_types(obj) & _ORGANISATION_TYPES and "person" not in _types(obj)
                   and _ld_text(obj.get("name")).casefold() == key for obj in page.ld_objects)
