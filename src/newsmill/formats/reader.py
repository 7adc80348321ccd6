"""Reading documents of the seed's `txt` layout back into Articles, and repairing their known flaws.

`read_txt(text, name)` returns the Article; `parse_txt` also returns a `ReadReport` listing every
repair made and every oddity noticed. A document is first matched against the exact slot sequence
that `render_txt` writes (see `formats/txt.py`); a document that does not match it (extra blank
lines, missing slots, wrapped lines) is read part by part: title, `By …` line, date line and caption
are recognised by their form near the top, the body runs to the last `Original url:` line.

Repairs (on by default): paragraphs that a broken page split mid-sentence are joined, by
`extract.paragraphs.join_broken_paragraphs`; white space inside lines is normalised. Parsing that is
not a repair happens either way: a byte-order mark and CR line ends are dropped, and teaser lines
("Related article: …") leave the body for `Article.related`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from urllib.parse import urlsplit, urlunsplit

from ..article import Article, Block, Image, Link
from ..extract.paragraphs import join_broken_paragraphs
from .txt import is_url_label, read_body_line, read_teaser, single_line, teaser_label
from .txt_dates import parse_date_line

MAX_DOCUMENT_CHARS = 8_000_000  # an article document is far smaller; a larger file is something else
MAX_HEADER_CHUNKS = 5  # title, byline, date, caption (and one spare) open a document
FILE_NAME = re.compile(r"^(?P<sequence>\d+)_(?P<id>[0-9A-Za-z]{6,64})$")
BYLINE = re.compile(r"^by\s+(?P<names>\S.*)$", re.IGNORECASE)
CAPTION = re.compile(r"^(?:(?P<caption>.*)\s)?\*\*(?P<credit>.+?)\*\*$")
URL_SLOT = re.compile(r"^\S+$")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Wire services, as bylines spell them. A stand-in for the shared vocabulary being written in
# `extract/vocabulary.py`: the international agencies and the national agencies most credited in
# English-language news (each agency's own name for itself). Names of 4 letters or fewer are
# compared case-sensitively ("ANI" is an agency, "Ani" a first name).
WIRE_AGENCIES = frozenset({
    "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "Thomson Reuters", "AP",
    "Associated Press", "The Associated Press", "dpa", "DPA", "Deutsche Presse-Agentur", "ANSA",
    "EFE", "Europa Press", "TASS", "ITAR-TASS", "Interfax", "RIA Novosti", "Xinhua",
    "Xinhua News Agency", "PA", "PA Media", "Press Association", "APA", "KNA", "epd", "AAP",
    "Australian Associated Press", "Canadian Press", "The Canadian Press", "UPI",
    "United Press International", "Bloomberg", "Bloomberg News", "ANP", "Belga", "NTB", "TT",
    "Ritzau", "STT", "PAP", "ČTK", "CTK", "MTI", "Lusa", "Anadolu", "Anadolu Agency", "Yonhap",
    "Kyodo", "Kyodo News", "Jiji Press", "PTI", "Press Trust of India", "IANS", "ANI", "Ukrinform",
    "UNIAN", "Bernama", "Antara", "BTA", "Tanjug", "HINA", "STA", "Agerpres", "IRNA", "WAFA", "MENA",
    "Prensa Latina", "Notimex", "Agência Brasil", "NZPA", "SAPA", "KUNA", "SPA", "WAM", "QNA",
})
_AGENCY_KEYS = frozenset(name if len(name) <= 4 else name.lower() for name in WIRE_AGENCIES)

# Name suffixes that follow a comma but belong to the name before ("Martin Luther King, Jr.").
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "PhD", "Ph.D.", "MD", "M.D."})


class LayoutError(ValueError):
    """The text is not a document of the `txt` layout. The message says why; `code` names the
    reason for counting: "empty", "binary", "too-large", "no-url-label", "no-url" or "two-documents"."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(slots=True)
class Repair:
    """One change made to a document while reading it: `kind` ("joined-paragraphs",
    "normalised-whitespace", "moved-related", "removed-bom", "normalised-line-ends") and a short
    `detail` quoting the text concerned."""

    kind: str
    detail: str = ""


@dataclass(slots=True)
class ReadReport:
    """What reading one document did: the `repairs` made and `warnings` about odd but readable parts."""

    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, kind: str, detail: str = "") -> None:
        """Record one repair."""
        self.repairs.append(Repair(kind, detail))


@dataclass(slots=True)
class ParsedDocument:
    """An Article read from a `txt` document, with the report of the reading."""

    article: Article
    report: ReadReport


# --- field readers -----------------------------------------------------------------------------


def is_wire_agency(name: str) -> bool:
    """True when `name` (one byline item, e.g. "AFP") is a wire service rather than a person.

    Looks the name up in `WIRE_AGENCIES` (short names case-sensitively, longer ones in any case).
    """
    name = name.strip()
    return (name if len(name) <= 4 else name.lower()) in _AGENCY_KEYS


def split_byline(line: str) -> tuple[list[str], str]:
    """The persons and the agency of a byline line: "By A, B and C, AFP" -> (["A", "B", "C"], "AFP").

    Items are separated by ", " and " and "; wire services (`is_wire_agency`) go to the agency,
    several joined with ", ", in their order. A line without the "By " prefix gives ([], "").
    """
    match = BYLINE.match(line.strip())
    if not match:
        return [], ""
    persons: list[str] = []
    agencies: list[str] = []
    for item in match["names"].split(", "):
        for position, name in enumerate(part.strip() for part in item.split(" and ")):
            if position == 0 and name in NAME_SUFFIXES and persons:
                persons[-1] = f"{persons[-1]}, {name}"
            elif name:
                (agencies if is_wire_agency(name) else persons).append(name)
    return persons, ", ".join(agencies)


def split_caption(line: str) -> tuple[str, str]:
    """(caption, credit) of a caption line "Caption text **Credit**"; no bold credit -> (line, "")."""
    match = CAPTION.match(line)
    if match:
        return (match["caption"] or "").strip(), match["credit"].strip()
    return line, ""


def canonical_url(url: str) -> str:
    """The URL newsmill files an article under: scheme and host lower-cased, fragment dropped.

    A stand-in for the project's canonicalisation; a string that is not a URL is returned as is.
    """
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def file_identity(name: str | None) -> tuple[int | None, str | None]:
    """(sequence, source id) from a file name ``NNN_<id>.txt``; (None, None) for other names."""
    if not name:
        return None, None
    match = FILE_NAME.match(PurePath(name).name.split(".", 1)[0])
    if not match:
        return None, None
    return int(match["sequence"]), match["id"]


# --- document structure ------------------------------------------------------------------------


@dataclass(slots=True)
class Parts:
    """The raw parts of a document before they become an Article (lines already single-line)."""

    title: str = ""
    byline: str = ""
    date: str = ""
    caption: str = ""
    body: list[str] = field(default_factory=list)
    url: str = ""
    trailer: list[str] = field(default_factory=list)


def clean_text(text: str, report: ReadReport) -> str:
    """Drop a byte-order mark and turn CR LF / CR line ends into LF; raise LayoutError for text
    that is empty, binary (NUL or many control characters) or larger than `MAX_DOCUMENT_CHARS`."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise LayoutError(f"too large for an article document: {len(text):,} characters "
                          f"(limit {MAX_DOCUMENT_CHARS:,})", "too-large")
    if text.startswith("\ufeff"):
        text = text[1:]
        report.add("removed-bom")
    if "\x00" in text or len(CONTROL.findall(text[:4096])) > 8:
        raise LayoutError("binary data, not text", "binary")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        report.add("normalised-line-ends")
    if not text.strip():
        raise LayoutError("empty document", "empty")
    return text


def footer_index(lines: list[str], start: int) -> int:
    """Index of the last "Original url:" line at or after `start`; raises LayoutError without one."""
    for index in range(len(lines) - 1, start - 1, -1):
        if is_url_label(lines[index]):
            return index
    raise LayoutError("no 'Original url:' line: not a document of the txt layout", "no-url-label")


def split_footer(lines: list[str], index: int) -> tuple[str, list[str]] | None:
    """(url, related lines) after the label at `index`, or None when they are not URL and teasers."""
    rest = [line for line in lines[index + 1:] if line]
    url = rest[0] if rest and read_teaser(rest[0]) is None else ""
    trailer = rest[1:] if url else rest
    if url and not URL_SLOT.match(url):
        return None
    if any(teaser_label(line) is None for line in trailer):
        return None
    return url, trailer


def exact_parts(text: str) -> Parts | None:
    """The parts of a document in exactly the slot sequence `render_txt` writes; None otherwise."""
    slots = text.rstrip().split("\n\n")
    if len(slots) < 7 or any("\n" in slot for slot in slots) or slots[0] or slots[4]:
        return None
    if slots[2] and not BYLINE.match(slots[2]) or slots[3] and parse_date_line(slots[3]) is None:
        return None
    try:
        index = footer_index(slots, 6)
    except LayoutError:
        return None
    footer = split_footer(slots, index)
    if footer is None:
        return None
    return Parts(title=slots[1], byline=slots[2], date=slots[3], caption=slots[5],
                 body=[slot for slot in slots[6:index] if slot], url=footer[0], trailer=footer[1])


INLINE_URL_LABEL = re.compile(r"^(original url:)\s*(\S+)$", re.IGNORECASE)


def chunks_of(text: str) -> list[str]:
    """Blank-line separated chunks, each one line (a chunk's lines joined by a space); a chunk
    "Original url: URL" is taken as the label and the URL."""
    chunks: list[str] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        line = " ".join(part.strip() for part in chunk.split("\n") if part.strip())
        if match := INLINE_URL_LABEL.match(line):
            chunks.extend(match.groups())
        elif line:
            chunks.append(line)
    return chunks


MAX_BYLINE_WORDS = 15


def looks_like_byline(chunk: str) -> bool:
    """True for a short "By …" line that is not a sentence ("By the end of May, …" is one)."""
    if not BYLINE.match(chunk) or len(chunk.split()) > MAX_BYLINE_WORDS:
        return False
    last = chunk.split()[-1]
    return not chunk.endswith(("!", "?", ";")) and (not chunk.endswith(".") or last in NAME_SUFFIXES
                                                    or len(last) <= 3)


def header_role(chunk: str) -> str | None:
    """Which header part a chunk is by its form: "byline", "date", "caption" or None."""
    if looks_like_byline(chunk):
        return "byline"
    if parse_date_line(chunk) is not None:
        return "date"
    if CAPTION.match(chunk):
        return "caption"
    return None


def loose_parts(text: str, report: ReadReport) -> Parts:
    """The parts of a document whose slots do not line up: recognised by their form."""
    chunks = chunks_of(text)
    index = footer_index(chunks, 0)
    footer = split_footer(chunks, index)
    if footer is None:
        raise LayoutError("the 'Original url:' line is not followed by a URL", "no-url")
    parts = Parts(url=footer[0], trailer=footer[1])
    position = 0
    found: set[str] = set()
    while position < min(index, MAX_HEADER_CHUNKS):
        role = header_role(chunks[position])
        if role is None and position == 0:
            role = "title"
        if role is None or role in found:
            break
        setattr(parts, role, chunks[position])
        found.add(role)
        position += 1
    parts.body = chunks[position:index]
    report.warnings.append("slots do not line up with the layout: parts recognised by their form")
    return parts


# --- repair and assembly -----------------------------------------------------------------------


def repair_space(line: str, report: ReadReport, repair: bool) -> str:
    """`line` with its white space normalised (recorded as a repair when that changed it)."""
    clean = single_line(line)
    if not repair:
        return line.strip()
    if clean != line.strip():
        report.add("normalised-whitespace", clean[:60])
    return clean


def check_second_label(body: list[str], report: ReadReport) -> None:
    """An earlier "Original url:" line in the body: a warning, or LayoutError when a URL follows it
    (two documents run together)."""
    for position, line in enumerate(body):
        if is_url_label(line):
            following = body[position + 1] if position + 1 < len(body) else ""
            if following and URL_SLOT.match(following) and "://" in following:
                raise LayoutError("two 'Original url:' lines with URLs: several documents in one file",
                                  "two-documents")
            report.warnings.append("an 'Original url:' line inside the body was kept as text")


def read_body(lines: list[str], report: ReadReport, repair: bool) -> tuple[list[Block], list[Link]]:
    """Body lines -> blocks and the teaser links found among them (then joined when repairing)."""
    blocks: list[Block] = []
    related: list[Link] = []
    for position, line in enumerate(lines):
        next_line = lines[position + 1] if position + 1 < len(lines) else None
        item = read_body_line(line, next_line)
        if isinstance(item, Link):
            related.append(item)
            report.add("moved-related", line[:60])
        else:
            blocks.append(item)
    if repair:
        joins: list[tuple[str, str]] = []
        blocks, _count = join_broken_paragraphs(blocks, joins)
        for left, right in joins:
            report.add("joined-paragraphs", f"…{left[-30:]} | {right[:30]}…")
    return blocks, related


def build_article(parts: Parts, name: str | None, report: ReadReport, repair: bool) -> Article:
    """The Article of a document's parts."""
    def fix(line: str) -> str:
        return repair_space(line, report, repair)

    body_lines = [line for line in (fix(line) for line in parts.body) if line]
    check_second_label(body_lines, report)
    body, related = read_body(body_lines, report, repair)
    related += [link for link in map(read_teaser, parts.trailer) if link is not None]
    authors, agency = split_byline(fix(parts.byline))
    caption, credit = split_caption(fix(parts.caption))
    url = fix(parts.url) or None
    sequence, source_id = file_identity(name)
    return Article(
        url=url,
        canonical_url=canonical_url(url) if url else None,
        title=fix(parts.title),
        authors=authors,
        agency=agency,
        published=parse_date_line(parts.date) if parts.date else None,
        images=[Image(url="", caption=caption, credit=credit)] if caption or credit else [],
        body=body,
        related=related,
        source_id=source_id,
        sequence=sequence,
    )


def parse_txt(text: str, name: str | None = None, *, repair: bool = True) -> ParsedDocument:
    """Read one `txt` document; return the Article and the report of repairs and warnings.

    `name` is the file name (or path), ``NNN_<id>.txt``, that gives `sequence` and `source_id`.
    With `repair` False the body keeps its split paragraphs and its white space.
    Raises LayoutError (a ValueError) for text that is not such a document: empty, binary, too
    large, without an "Original url:" line, or holding two documents.
    """
    report = ReadReport()
    text = clean_text(text, report)
    parts = exact_parts(text) or loose_parts(text, report)
    return ParsedDocument(build_article(parts, name, report, repair), report)


def read_txt(text: str, name: str | None = None, *, repair: bool = True) -> Article:
    """The Article of one `txt` document (see `parse_txt`, which also reports the repairs).

    Raises LayoutError (a ValueError) for text that is not a document of the layout.
    """
    return parse_txt(text, name, repair=repair).article


def decode_document(data: bytes) -> str:
    """The text of a document file: UTF-8 (with or without BOM), else the encoding that
    charset-normalizer finds. Raises LayoutError for binary data."""
    if b"\x00" in data[:65536]:
        raise LayoutError("binary data, not text", "binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LayoutError("binary data, not text (no text encoding fits)", "binary")
    return str(best)


def read_txt_file(path: str | Path, *, repair: bool = True) -> ParsedDocument:
    """Read a document file (see `parse_txt`); raises LayoutError before reading a file larger
    than 4 bytes per character of `MAX_DOCUMENT_CHARS`, and OSError when the file cannot be read."""
    path = Path(path)
    size = path.stat().st_size
    if size > 4 * MAX_DOCUMENT_CHARS:
        raise LayoutError(f"too large for an article document: {size:,} bytes", "too-large")
    return parse_txt(decode_document(path.read_bytes()), path.name, repair=repair)
