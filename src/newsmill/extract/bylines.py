"""Bylines -> person names and wire agencies.

`parse_byline("By Jane Doe and John Roe, Staff Writers | Updated May 3, 2024")` gives
`Byline(authors=["Jane Doe", "John Roe"], agencies=[])`; `parse_byline("Von Max Muster, dpa")` gives
authors ["Max Muster"] and agencies ["dpa"]. Prefixes ("By", "Von", "Par", "Por", "Door", "Av",
"Przez", "Автор:" ...), roles, credentials, e-mail addresses, handles, URLs and glued dates are
removed; a name that contains the letters "by" or "von" inside stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dom import normalise_space
from .vocabulary import (AGENCIES, BYLINE_PREFIXES, CASE_SENSITIVE_AGENCY, CATEGORY_LEADS, COLLECTIVE_WORDS, MONTHS,
                         NAME_HONORIFICS, NAME_PARTICLES, NOT_A_NAME, ROLE_WORDS, WEEKDAYS)


@dataclass(slots=True)
class Byline:
    """Person names (in page order, no duplicates) and agency names (as printed) of one byline."""

    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)


_AGENCY_INDEX: dict[str, str] = {}
for _canonical, _aliases in AGENCIES.items():
    for _alias in (_canonical, *_aliases):
        _AGENCY_INDEX[_alias if _alias in CASE_SENSITIVE_AGENCY else _alias.lower()] = _canonical

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_PARENS = re.compile(r"\(([^()]*)\)")
# Conjunctions and separators between names: English, German, French, Spanish/Portuguese/Italian,
# Catalan/Polish, Dutch, Scandinavian, Czech/Slovak, Finnish, Hungarian, Russian, Ukrainian, Turkish.
_SPLIT = re.compile(
    r"\s*(?:[,;|·•⋅∙、，/]|&amp;|&|\+|\s(?:and|und|et|y|e|i|en|og|och|a|ja|és|и|і|та|ve|oraz|with|mit|avec|con|com)\s|\s[-–—]\s)\s*",
    re.I)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2,3}|info|news|online)$")
# the middle dot, the bullet and their look-alikes (dot operator "⋅", bullet operator "∙")
_SEGMENT = re.compile(r"\s+[·|•⋅∙]\s+|\s[—–]\s")
_AFFILIATION_CUT = re.compile(r"\s(?:at|bei|chez|presso|on behalf of)\s.*$")  # "Trial Attorney at Morgan & Morgan"
_COMMA = re.compile(r"\s*[,;]\s*")
_WORD_SPLIT = re.compile(r"\s+")
_LOCATION_CUT = re.compile(r"\s(?:in|aus|from|à|en|a|desde|em|w|во?|reporting from|für|for|pour|per|para|bei|at)\s.*$")
_NAME_CHARS = re.compile(r"^[^\W\d_][\w'’.\-]*$")
# Scripts that write a full name without spaces (kana, CJK ideographs, Hangul): a name is a few
# characters ("牛镛", "松岡大地", "박준석"); a longer run is a phrase.
_UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_LONGEST_UNSPACED_NAME = 6
_PREFIX_WORDS = frozenset(prefix.rstrip(":") for prefix in BYLINE_PREFIXES)
_PREFIXES = sorted(BYLINE_PREFIXES, key=len, reverse=True)
_ANY_PREFIX = tuple(_PREFIXES)  # for one str.startswith test of all of them
_CASELESS_PREFIXES = frozenset({"medically reviewed by", "reviewed by", "fact checked by", "by", "written by", "reporting by", "reported by", "words by", "story by",
                                "posted by", "published by", "text by"})
# Prefixes that also begin surnames ("Di Maio", "Da Silva", "Af Klint"): removed only when lowercase.
_LOWERCASE_ONLY_PREFIXES = frozenset({"di", "da", "af", "av", "per", "autor"})
# A few words before a lowercase "by" label the byline ("Guide by Jane Doe", "Article by: Jane Doe",
# "This post was written by Jane Doe"); no comma or digit among them.
_LABEL_BEFORE_BY = re.compile(r"^(?:[^\W\d_][\w'’-]*\s+){1,5}?by:?\s+", re.I)
# Template variables left in the markup ("page.head.extra.author", "{{ author }}", "%author%").
_PLACEHOLDER = re.compile(r"[{}%$]|\b[a-z]{2,}\.[a-z]{2,}\.[a-z]{2,}")
_PHOTO_WORD = re.compile(r"\b(?:photo|foto|bild|image|picture)s?\b", re.I)
_PHOTO_CREDIT = re.compile(r"\b(?:photo|foto|bild|image|picture)s?\b\s*[:/]|\b(?:photo|foto|bild)\s*(?:by|von|de|di)\b", re.I)


def agency_name(text: str) -> str | None:
    """The canonical name of the wire agency `text` names ("Agence France-Presse" -> "AFP"), else None."""
    text = normalise_space(text).strip(" .()[]")
    if text.lower().startswith("the "):
        text = text[4:]
    return _AGENCY_INDEX.get(text) or _AGENCY_INDEX.get(text.lower()) if text not in CASE_SENSITIVE_AGENCY \
        else _AGENCY_INDEX.get(text)


# A wire story's dateline opening its first paragraph: a place (and a date), the agency in parentheses,
# a dash, a colon or ".-" ("PARIS (AFP) —", "LONDON, March 4 (Reuters) -", "Berlin (dpa) - ",
# "NEW DELHI, Mar 4 (PTI):", "Madrid, 4 mar (EFE).-"); or the agency alone ("(Reuters) - ").
_WIRE_DATELINE = re.compile(r"(?:(?P<place>[^\W\d_][^()\n]{0,60}?)\s*)?\(([^()]{2,40})\)\s*(?:[-–—]|\.-|:)")
_PLACE_WORD = re.compile(r"[^\s,.]+")


def dateline_agency(text: str) -> str:
    """The wire agencies the dateline opening `text` credits, joined by ", " ("PARIS (AFP) — France
    will ..." -> "AFP"); "" when `text` opens with no such dateline or the parentheses name no agency."""
    match = _WIRE_DATELINE.match(text)
    if match is None or not _is_place_and_date(match.group("place") or ""):
        return ""
    return ", ".join(piece.strip() for piece in _SPLIT.split(match.group(2)) if agency_name(piece))


def _is_place_and_date(lead: str) -> bool:
    """True for the lead of a dateline: capitalised words of a place, name particles ("Rio de Janeiro")
    and a date ("4 mar"); not words of a sentence ("Residents of Scranton (PA) - ...")."""
    return all(not word[0].islower() or word in NAME_PARTICLES or word in MONTHS
               for word in _PLACE_WORD.findall(lead))


def written_unspaced(name: str) -> bool:
    """True for a name in a script that writes a full name without spaces ("牛镛", "박준석")."""
    return _UNSPACED_RUN.search(name) is not None


def is_photo_credit(text: str) -> bool:
    """True for an image credit ("Foto: dpa", "AP Photo/Evan Vucci", "Bild: SN/APA"), not a byline."""
    return bool(_PHOTO_CREDIT.search(text))


def strip_prefix(text: str) -> str:
    """`text` without a leading byline word ("By ", "Von ", "par ", "Автор: ").

    A short prefix is removed only when a capitalised word follows ("von der Leyen" stays whole)."""
    lower = text.lower()
    if not lower.startswith(_ANY_PREFIX):  # the common case, in one call
        return text
    for prefix in _PREFIXES:
        if not lower.startswith(prefix):
            continue
        if prefix in _LOWERCASE_ONLY_PREFIXES and not text.startswith(prefix):
            continue
        rest = text[len(prefix):]
        if prefix.endswith(":"):
            return rest.strip()
        if not rest or not (rest[0].isspace() or rest[0] == ":"):
            continue
        rest = rest.lstrip(" :\t")
        if not rest:
            return ""
        if prefix in _CASELESS_PREFIXES or rest[0].isupper() or not rest[0].isascii():
            return rest
    return text


def _after_label(text: str) -> str:
    """`text` from the name on when a short label and "by" come first ("Guide by Jane Doe" -> "Jane Doe");
    `text` unchanged when no capitalised word follows the "by"."""
    match = _LABEL_BEFORE_BY.match(text)
    if match and text[match.end():match.end() + 1].isupper():
        return text[match.end():]
    return text


def _strip_any_prefix(text: str) -> str:
    """`text` without a leading byline word, whatever follows ("von dpa" -> "dpa")."""
    lower = text.lower()
    for prefix in _PREFIXES:
        if lower.startswith(prefix) and len(text) > len(prefix) and (text[len(prefix)] in " :" or prefix.endswith(":")):
            return text[len(prefix):].strip(" :")
    return text


def _cut_at_date(text: str) -> str:
    """Cut `text` where a date, time or count (the first word that starts with a digit) begins;
    a handle with digits at its end ("lulug30") is a name."""
    words = _WORD_SPLIT.split(text)
    kept: list[str] = []
    for word in words:
        if word.lstrip("([,.-–—|·")[:1].isdigit() or any(ch.isdigit() for ch in word) and not word[:1].isalpha():
            break
        kept.append(word)
    else:
        return text
    while kept and (kept[-1].lower().strip(".,") in MONTHS or kept[-1].lower().strip(".,:|-") in NOT_A_NAME
                    or kept[-1] in ("on", "am", "le", "el", "il", "|", "-", "–", "—", "·", ",")):
        kept.pop()
    return " ".join(kept)


def _is_role(word: str) -> bool:
    return word.lower().strip(",.()") in ROLE_WORDS or word.lower() in ROLE_WORDS


_CONNECTORS = frozenset({"and", "the", "of", "in", "at", "for"})


def _is_collective(words: list[str], alone: bool = False) -> bool:
    """A team's credit ("Gear Team", "MND Staff", "TOI Lifestyle Desk"): a capitalised word first, a
    collective or role word last, and no agency in it. `alone` (the credit is the whole byline) also
    accepts a team named by role words only ("Marketing Team", "News Desk")."""
    if alone and _leading_article(words):
        words = words[1:]  # "the Lavazza Team"
    if len(words) < 2 or not _is_role(words[-1]) or not words[0][:1].isupper():
        return False
    collective = words[-1].lower() in COLLECTIVE_WORDS
    if len(words) > 2 and not collective:
        return False
    if _is_role(words[0]) and not (alone and collective):
        return False
    return not agency_name(" ".join(w for w in words if not _is_role(w)))


def _trim_roles(words: list[str], alone: bool = False) -> list[str]:
    """Drop role words and credentials from both ends of a name; a team's credit ("Gear Team",
    "Great Day Editorial Team") stays whole, and so does an honorific before a name ("Dr. Max Kolter", "Dr. Allen").
    `alone`: the words are the whole byline (see `_is_collective`), whose leading "The" stays ("The Ritualist")."""
    if _is_collective(words, alone):
        return words
    for index in range(2, len(words)):  # "Keith Barry Senior Autos Editor": the name ends at the role
        if _is_role(words[index]) and words[index].lower() not in _CONNECTORS:
            words = words[:index]
            break
    while words and _is_role(words[-1]):
        words.pop()
    while words and _is_role(words[0]) and not (words[0].lower() in NAME_HONORIFICS and len(words) > 1) \
            and not (alone and _leading_article(words)):
        words.pop(0)
    return words


def _leading_article(words: list[str]) -> bool:
    """True for a credit that begins with "The" and a capitalised name ("The Ritualist", "the Lavazza
    Team"): a pen name or a team, whose article belongs to it."""
    return len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper() and not _is_role(words[1])


def without_roles(name: str) -> str:
    """`name` without role and collective words at either end ("FullStack Editorial Team" -> "FullStack")."""
    words = name.split()
    while words and _is_role(words[-1]):
        words.pop()
    while words and _is_role(words[0]):
        words.pop(0)
    return " ".join(words)


def _is_job_title(group: str) -> bool:
    """True for a byline part that holds a role word among other words ("Former Deputy Tech Editor",
    "WCI Columnist"); a collective credit ("Gear Team") is not a job title."""
    words = group.split()
    if _honorific_led(words):
        return False
    return len(words) > 1 and words[-1].lower() not in COLLECTIVE_WORDS and \
        any(_is_role(word) and word.lower() not in _CONNECTORS for word in words)


# Titles written before a name ("Dr Jane Doe", "Prof. John Roe"); "MD" is a credential after one.
_LEADING_HONORIFICS = frozenset(title for title in NAME_HONORIFICS if not title.startswith("md"))


def _honorific_led(words: list[str]) -> bool:
    """True for an honorific and a name of two capitalised words or more ("Dr Dieter Veldsman"): a
    co-author in a list of names, not the job title of the name before."""
    return len(words) >= 3 and words[0].lower() in _LEADING_HONORIFICS \
        and all((word[:1].isupper() or word in NAME_PARTICLES) and not _is_role(word) for word in words[1:])


def clean_name(part: str, declared: bool = False, alone: bool = False) -> str:
    """One person's name from one byline part, or "" when the part is no name.

    `declared` is True for names the page declares as such (JSON-LD, meta author): those may be
    written in lowercase ("kirstin boatto")."""
    part = strip_prefix(part.strip(" .:-–—|()[]\"'“”«»"))
    if part.lower() in _PREFIX_WORDS or _PLACEHOLDER.search(part):
        return ""
    part = _LOCATION_CUT.sub("", part)
    if _SLUG.match(part):
        return ""  # "sophie-foster": a URL slug, the name is elsewhere
    given = [w for w in _WORD_SPLIT.split(part) if w]
    words = _trim_roles(list(given), alone)
    if not words or len(words) > 5:
        return ""
    if any(not _NAME_CHARS.match(word) for word in words):
        return ""
    if any(len(run) > _LONGEST_UNSPACED_NAME for run in _UNSPACED_RUN.findall(part)):
        return ""  # "特级技师阎敏说": a clause of Chinese prose, not a name
    if any(word.lower().strip(".") in NOT_A_NAME for word in words):
        return ""
    if len(words) == 1 and words[0].lower().strip(".,") in WEEKDAYS:
        return ""  # "Sat" of "Sat Mar 02, 2024"
    if not declared and words[0][0].islower() and words[0].lower() not in NAME_PARTICLES \
            and not (alone and _leading_article(words)):
        return ""  # "fewer GPUs": words of a sentence
    if any(word.endswith(".") and len(word) > 4 and word.lower() not in ROLE_WORDS for word in words):
        return ""  # a sentence end, not an initial or an abbreviation
    if not declared and all(word[0].islower() for word in words if word[0].isalpha() and word[0].isascii()) \
            and words[0][0].isascii():
        return ""
    if not declared and any(word[0].islower() and word.lower() not in NAME_PARTICLES for word in words[1:]):
        return ""  # a phrase ("Reyan Perumal is a writer"), not a name
    name = " ".join(words)
    return name if len(name) <= 60 else ""


def parse_byline(text: str, declared: bool = False) -> Byline:
    """Person names and agencies named in one byline string (see the module doc).

    `declared` relaxes the name checks for values that the page declares as author names."""
    result = Byline()
    text = _unwrapped(normalise_space(text).replace("：", ":"))
    if not text or len(text) > 300:
        return result
    if _PHOTO_CREDIT.search(text):
        # A photo credit ("AP Photo/Evan Vucci") names a photographer, not an author.
        pieces = (_PHOTO_WORD.sub("", piece).strip(" :") for piece in _SPLIT.split(text))
        result.agencies = [piece for piece in pieces if agency_name(piece)][:1]
        return result
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    # "(Reuters)" and "Jane Doe (AFP)": an agency in parentheses is credited; other asides go.
    for inner in _PARENS.findall(text):
        for piece in _SPLIT.split(inner):
            agency = agency_name(piece)
            if agency and piece.strip() not in result.agencies:
                result.agencies.append(piece.strip())
    text = _PARENS.sub(" ", text)
    # "Dec. 19, 2025 · Niko Matsakis" and "By Jane Doe | Updated May 3": dates cut segment by segment.
    segments = [_cut_at_date(_after_label(strip_prefix(segment))) for segment in _SEGMENT.split(normalise_space(text))]
    text = ", ".join(segment for segment in segments if segment.strip(" ,"))
    lone_words: list[str] = []  # one-word names standing alone between commas: often a place
    outlet = False
    groups = _COMMA.split(text)
    for group in groups:
        if result.authors and group.lower().startswith(CATEGORY_LEADS):
            break  # "By Jane Doe, in News, Business": the sections the post is filed under
        group = _AFFILIATION_CUT.sub("", group)
        if result.authors and _is_job_title(group):
            continue  # "Paul Frew, Digital Security Expert": the job of the name before
        if _DOMAIN.search(group):
            outlet = True  # "hessenschau.de, Frankfurt": an outlet and its places
            continue
        parts = [piece for part in _SPLIT.split(group) if part.strip()
                 for piece in _split_trailing_agency(part.strip())]
        for part in parts:
            stripped = _strip_any_prefix(part)
            agency = agency_name(stripped) and stripped or agency_name(
                " ".join(_trim_roles(stripped.split()))) and " ".join(_trim_roles(stripped.split()))
            if agency:
                printed = agency.strip(" .")
                if printed not in result.agencies:
                    result.agencies.append(printed)
                continue
            name = clean_name(part, declared, alone=len(groups) == 1 and len(parts) == 1)
            if name and name not in result.authors:
                result.authors.append(name)
                if len(parts) == 1 and " " not in name:
                    lone_words.append(name)
    if lone_words and (outlet or result.agencies or any(" " in name for name in result.authors)):
        result.authors = [name for name in result.authors if name not in lone_words]
    return result


# The most words of an agency's name printed after a person's name with no separator between them
# ("By JANE ROE Associated Press", "By Jane Roe The Associated Press").
TRAILING_AGENCY_MAX_WORDS = 3


def _split_trailing_agency(part: str) -> list[str]:
    """[name, agency] for a byline part whose last words name a wire agency after a name of two words or
    more ("TOMAS REINHOLT Associated Press"); [part] otherwise."""
    words = part.split()
    for size in range(min(TRAILING_AGENCY_MAX_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-size:])
        if agency_name(tail):
            head = words[:-size]
            if head[-1].lower() == "the":
                head = head[:-1]
            if len(head) >= 2:
                return [" ".join(head), tail]
    return [part]


_WRAPPERS = {"(": ")", "（": "）", "[": "]", "【": "】"}


def _unwrapped(text: str) -> str:
    """`text` without brackets around the whole of it ("(责编:张三、李四)", "[By Jane Doe]")."""
    if len(text) > 2 and _WRAPPERS.get(text[0]) == text[-1] and text[0] not in text[1:-1]:
        return text[1:-1].strip()
    return text


def split_names(text: str) -> list[str]:
    """Every name (person or agency) in `text`, lowercased: the comparison key of a byline."""
    byline = parse_byline(text)
    return [name.lower() for name in byline.authors + byline.agencies]
