"""Web archives (WARC, ARC) as a source of pages: a streaming reader of HTML response records.

`iter_pages(source, counts)` yields one `WarcPage` per HTML `response` record (2xx) and per HTML
`resource` record, in file order, and counts every other record under a skip reason (`SKIP_REASONS`).
It never reads a whole file: records are read one at a time from a stream, so memory is bounded by
the largest record, not by the file.

Reader choice. WARC files are read with FastWARC (a compiled parser, Rust since 2.0; gzip, zstd
and lz4 streams); ARC files, which FastWARC does not read, go through warcio's `arc2warc` conversion. `benchmarks/warc_bench.py
--readers` times both libraries on the same per-record-gzip WARC (iterate every record, parse HTTP
headers, read every payload). On a 250 MB per-record-gzip file of 5,303 news pages (2026-11-29,
2 cores shared with other jobs, load ~5.5): FastWARC 2.0.1 read 938 records/s (44 MB/s), warcio
1.8.1 456 records/s (22 MB/s); a second run at load ~2.5: 1,985 against 1,002 records/s (94 against
47 MB/s). FastWARC is about 2x faster both times, and reading is time taken from
extraction on the same core. FastWARC also skips the records we do not want without reading their
payload.

HTTP payloads are decoded here, not by the parser: chunked transfer coding and gzip, deflate and
brotli content codings, with warcio's chunked reader, zlib and brotli. A payload whose declared
coding does not match its bytes (crawlers that store the decoded body but keep the header) is kept as stored.

A record cut short (fewer bytes than its `Content-Length`) is counted as `truncated`. A record the
parser cannot read is counted as `corrupt`; the reader then looks for the next record start (the
next gzip member that opens with a WARC header, or the next ``WARC/1.`` line in a plain file) and
carries on from there, so one bad record does not lose the rest of the file.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import brotli
from fastwarc.warc import ArchiveIterator, WarcRecordType

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"})
"""Media types (HTTP `Content-Type` without parameters) taken as HTML pages."""

HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body")
"""Openings that mark a payload without any Content-Type as HTML (checked lowercased, first 1 KiB)."""

# Skip reasons, as keys of the counts Counter. Source: the WARC 1.1 record types (ISO 28500:2017 §6)
# plus what can go wrong with an HTTP payload.
SKIP_REASONS = {
    "warcinfo": "a warcinfo record (file metadata)",
    "request": "a request record (what the crawler sent)",
    "revisit": "a revisit record (payload stored elsewhere)",
    "metadata": "a metadata record",
    "conversion": "a conversion record",
    "continuation": "a continuation record (segmented payload)",
    "other_type": "a record of an unknown WARC-Type",
    "non_html": "a payload that is not HTML (by Content-Type or by its first bytes)",
    "http_status": "an HTTP status outside 2xx",
    "truncated": "a record shorter than its Content-Length",
    "corrupt": "a record the parser could not read (bad headers, bad compression)",
    "decode_error": "a payload whose chunked/gzip/brotli coding could not be undone",
    "no_url": "a record without WARC-Target-URI",
    "too_large": "a payload longer than the reader's max_payload (not read)",
}
"""Skip reason -> meaning. Besides these, `counts["records"]` counts every record seen and
`counts["pages"]` the pages yielded."""

TYPE_REASONS = {
    int(WarcRecordType.warcinfo): "warcinfo",
    int(WarcRecordType.request): "request",
    int(WarcRecordType.revisit): "revisit",
    int(WarcRecordType.metadata): "metadata",
    int(WarcRecordType.conversion): "conversion",
    int(WarcRecordType.continuation): "continuation",
}

MAX_PAYLOAD = 32 << 20  # bytes; larger payloads are not news pages and would only cost memory
SCAN_CHUNK = 1 << 20  # bytes read at a time when looking for the next record after a corrupt one


class NotAnArchive(ValueError):
    """The input is neither a WARC nor an ARC file (plain, gzip per record, or whole-file gzip)."""


@dataclass(slots=True)
class WarcPage:
    """One HTML page taken from a web archive.

    `body` is the decoded HTTP payload (transfer and content codings undone; bytes, not text);
    `charset` is the charset label of the HTTP `Content-Type` header, if any; `date` is the
    record's WARC-Date (timezone-aware); `status` is the HTTP status (None for a resource record);
    `offset` is the byte offset of the record in the (compressed) file.
    """

    url: str
    record_id: str
    date: datetime | None
    status: int | None
    charset: str | None
    body: bytes
    offset: int


def open_input(source: str | Path) -> BinaryIO:
    """Open a local path or an fsspec URL (``s3://``, ``https://`` ...) for binary reading.

    Raises FileNotFoundError for a missing local file, ImportError when the URL's filesystem
    package is not installed.
    """
    name = str(source)
    if "://" in name and not name.startswith("file://"):
        import fsspec

        return fsspec.open(name, "rb").open()
    return open(name.removeprefix("file://"), "rb")


class ForwardStream(io.RawIOBase):
    """A one-way stream made readable by FastWARC, which asks for `tell` (and seeks forward only).

    `head` holds bytes already read from `raw` (to sniff the format); they are served first.
    Seeking backwards raises io.UnsupportedOperation.
    """

    def __init__(self, raw: BinaryIO, head: bytes = b"") -> None:
        self.raw = raw
        self.head = head
        self.position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
        else:
            chunk = self.raw.read(len(buffer))
            size = len(chunk)
            buffer[:size] = chunk
        self.position += size
        return size

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self.position + offset if whence == io.SEEK_CUR else -1
        if target < self.position:
            raise io.UnsupportedOperation("this stream only seeks forwards")
        while self.position < target and self.read(min(SCAN_CHUNK, target - self.position)):
            pass
        return self.position


def archive_kind(head: bytes) -> str | None:
    """'warc', 'arc' or None, from the first bytes of a file (gzip-compressed or not)."""
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return None
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    return None


def iter_pages(source: str | Path, counts: Counter, max_payload: int = MAX_PAYLOAD) -> Iterator[WarcPage]:
    """Stream the HTML pages of one WARC or ARC file (local path or fsspec URL), in file order.

    `counts` is updated in place: "records", "pages" and the `SKIP_REASONS` keys. Records whose
    payload is longer than `max_payload` bytes are skipped unread ("too_large").
    Raises NotAnArchive when the file is not a WARC/ARC file, OSError when it cannot be opened or read.
    A stream that cannot seek (some HTTP servers) is read in one pass: there a corrupt record ends
    the file instead of being skipped.
    """
    with open_input(source) as raw:
        seekable = raw.seekable()
        head = raw.read(4096)
        if seekable:
            raw.seek(0)
            stream = raw
        else:
            stream = io.BufferedReader(ForwardStream(raw, head), buffer_size=1 << 20)
        kind = archive_kind(head)
        if kind == "warc":
            yield from _iter_warc(stream, counts, head[:2] == b"\x1f\x8b", seekable, max_payload)
        elif kind == "arc":
            yield from _iter_arc(stream, counts)
        else:
            raise NotAnArchive(f"not a WARC or ARC file: {source}")


def _iter_warc(stream: BinaryIO, counts: Counter, gzipped: bool, seekable: bool, max_payload: int) -> Iterator[WarcPage]:
    """FastWARC over `stream`, restarting after the next record start whenever a record is corrupt."""
    start = 0
    while start is not None:
        if seekable:
            stream.seek(start)
        last = None
        try:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=False):
                last = record.stream_pos
                page = _page_of(record, counts, max_payload)
                if page is not None:
                    yield page
            return
        except OSError:
            if last is not None or start == 0:
                counts["corrupt"] += 1
            if not seekable:
                return
            start = next_record_start(stream, (last if last is not None else start) + 1, gzipped)


def _page_of(record, counts: Counter, max_payload: int) -> WarcPage | None:
    """The page of one FastWARC record, or None after counting why it is skipped."""
    counts["records"] += 1
    rtype = record.record_type
    if rtype not in (WarcRecordType.response, WarcRecordType.resource):
        counts[TYPE_REASONS.get(int(rtype), "other_type")] += 1
        return None
    url = record.headers.get("WARC-Target-URI")
    if not url:
        counts["no_url"] += 1
        return None
    status = None
    transfer = encoding = None
    if rtype == WarcRecordType.response:
        record.parse_http(auto_decode="none")
        headers = record.http_headers
        if headers is None:
            counts["corrupt"] += 1
            return None
        status = headers.status_code
        if status is None or not 200 <= status < 300:
            counts["http_status"] += 1
            return None
        media_type = record.http_content_type
        charset = record.http_charset
        transfer = headers.get("Transfer-Encoding")
        encoding = headers.get("Content-Encoding")
    else:
        media_type, charset = parse_content_type(record.headers.get("Content-Type"))
    if media_type and media_type.lower() not in HTML_MEDIA_TYPES:
        counts["non_html"] += 1
        return None
    if record.content_length > max_payload:
        counts["too_large"] += 1
        return None
    raw = record.reader.read()
    if len(raw) < record.content_length:
        counts["truncated"] += 1
        return None
    try:
        body = decode_payload(raw, transfer, encoding)
    except (OSError, ValueError, zlib.error, EOFError):
        counts["decode_error"] += 1
        return None
    if not media_type and not looks_like_html(body):
        counts["non_html"] += 1
        return None
    counts["pages"] += 1
    return WarcPage(url=url.strip().strip("<>"), record_id=record.record_id or "", date=record.record_date,
                    status=status, charset=charset, body=body, offset=record.stream_pos)


def _iter_arc(stream: BinaryIO, counts: Counter) -> Iterator[WarcPage]:
    """warcio over an ARC file (records converted to WARC responses). A corrupt record ends the file."""
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator
    from warcio.exceptions import ArchiveLoadFailed

    iterator = WarcioIterator(stream, arc2warc=True)
    try:
        for record in iterator:
            counts["records"] += 1
            if record.rec_type != "response":
                counts[record.rec_type if record.rec_type in SKIP_REASONS else "other_type"] += 1
                continue
            http = record.http_headers
            status = int(http.get_statuscode() or 0) if http else 0
            if not 200 <= status < 300:
                counts["http_status"] += 1
                continue
            media_type, charset = parse_content_type(http.get_header("Content-Type"))
            if media_type and media_type.lower() not in HTML_MEDIA_TYPES:
                counts["non_html"] += 1
                continue
            try:
                body = record.content_stream().read()
            except (OSError, ValueError, zlib.error, EOFError):
                counts["decode_error"] += 1
                continue
            if not media_type and not looks_like_html(body):
                counts["non_html"] += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            date = record.rec_headers.get_header("WARC-Date")
            counts["pages"] += 1
            yield WarcPage(url=url, record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
                           date=_parse_date(date), status=status, charset=charset, body=body,
                           offset=iterator.get_record_offset())
    except ArchiveLoadFailed:
        counts["corrupt"] += 1


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into (media type lowercased, charset label or None).

    >>> parse_content_type('text/html; charset="windows-1251"')
    ('text/html', 'windows-1251')
    """
    if not value:
        return "", None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media_type.strip().lower(), charset


def looks_like_html(body: bytes) -> bool:
    """True when the first KiB of `body` (after whitespace) opens like an HTML document."""
    head = body[:1024].lstrip().lower()
    return head.startswith(HTML_SNIFF) or b"<html" in head


def decode_payload(raw: bytes, transfer_encoding: str | None, content_encoding: str | None) -> bytes:
    """Undo the HTTP transfer coding (chunked) and content coding (gzip, x-gzip, deflate, br).

    A coding that the bytes do not carry (the archive stored the decoded payload) is left alone.
    Raises OSError, ValueError, zlib.error or EOFError for a payload that carries its coding but
    cannot be decoded.
    """
    from warcio.bufferedreaders import ChunkedDataReader

    coding = (content_encoding or "").strip().lower()
    coding = {"x-gzip": "gzip", "brotli": "br"}.get(coding, coding)
    if coding not in ("gzip", "deflate", "br"):
        coding = None
    chunked = "chunked" in (transfer_encoding or "").lower()
    if not chunked and not coding:
        return raw
    if chunked:
        data = ChunkedDataReader(io.BytesIO(raw)).read()
    else:
        data = raw
    if coding == "gzip" and data[:2] != b"\x1f\x8b":
        return data
    if coding == "gzip":
        return gzip.decompress(data)  # also reads several concatenated members
    if coding == "deflate":
        try:
            return zlib.decompress(data)
        except zlib.error:  # servers often send raw deflate without the zlib wrapper
            return zlib.decompress(data, -zlib.MAX_WBITS)
    if coding == "br":
        try:
            return brotli.decompress(data)
        except brotli.error as error:
            raise ValueError(f"bad brotli payload: {error}") from None
    return data


def next_record_start(stream: BinaryIO, offset: int, gzipped: bool) -> int | None:
    """The byte offset of the first record start at or after `offset`, or None at end of file.

    In a gzip file a record start is a gzip member whose first bytes decompress to ``WARC/``;
    in a plain file it is a line starting with ``WARC/1.``. Reads `SCAN_CHUNK` bytes at a time.
    """
    marker = b"\x1f\x8b\x08" if gzipped else b"WARC/1."
    position = offset
    while True:
        stream.seek(position)
        chunk = stream.read(SCAN_CHUNK + len(marker))
        if len(chunk) < len(marker):
            return None
        found = chunk.find(marker)
        while found != -1:
            candidate = position + found
            if _is_record_start(stream, candidate, gzipped, chunk, found):
                return candidate
            found = chunk.find(marker, found + 1)
        if len(chunk) < SCAN_CHUNK + len(marker):
            return None
        position += SCAN_CHUNK


def _is_record_start(stream: BinaryIO, candidate: int, gzipped: bool, chunk: bytes, found: int) -> bool:
    """Whether the marker found at `candidate` opens a record (see `next_record_start`)."""
    if not gzipped:
        if candidate == 0:
            return True
        if found > 0:
            return chunk[found - 1:found] == b"\n"
        stream.seek(candidate - 1)
        return stream.read(1) == b"\n"
    stream.seek(candidate)
    head = stream.read(65536)
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False
