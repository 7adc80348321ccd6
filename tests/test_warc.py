"""The WARC/ARC reader (`newsmill.sources.warc`) on small archives built here with warcio."""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from pathlib import Path

import brotli
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsmill.sources.warc import (NotAnArchive, archive_kind, decode_payload, iter_pages, next_record_start,
                                   parse_content_type)

# --- builders (also used by test_warc_pipeline.py) ---

PARAGRAPH = ("The council met on Tuesday evening to discuss the new bridge over the river, which has been "
             "closed to traffic since the spring floods damaged two of its supports.")


def article_html(title: str, paragraphs: list[str], lang: str = "en", charset_meta: str | None = "utf-8") -> str:
    """A small but complete news page: a title, an h1 and several body paragraphs."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def english_page(n: int) -> bytes:
    """Page number `n`: its own title and its own first paragraph, so that body hashes differ."""
    return article_html(f"Bridge story {n}", [f"Story {n}. {PARAGRAPH}", PARAGRAPH, PARAGRAPH]).encode("utf-8")


RUSSIAN_TITLE = "Мост через реку откроют весной"
RUSSIAN_TEXT = "Городской совет во вторник обсудил ремонт моста, закрытого после весеннего паводка."


def russian_page() -> bytes:
    """A windows-1251 page that declares its charset only in the HTTP header (no meta tag)."""
    html = article_html(RUSSIAN_TITLE, [RUSSIAN_TEXT, RUSSIAN_TEXT + " Работы продлятся два месяца."],
                        lang="ru", charset_meta=None)
    return html.encode("cp1251")


def chunked(data: bytes, size: int = 100) -> bytes:
    """`data` in HTTP/1.1 chunked transfer coding, `size` bytes per chunk."""
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def response(writer: WARCWriter, url: str, payload: bytes, headers: list[tuple[str, str]] | None = None,
             status: str = "200 OK") -> None:
    """Write one response record with an HTTP header block."""
    http = StatusAndHeaders(status, headers or [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http))


def build_mixed_warc(path: Path, gzip_records: bool = True) -> Path:
    """A WARC exercising every branch of the reader. Its expected outcome is `MIXED_EXPECTED`."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsmill tests"}))
        request = StatusAndHeaders("GET /plain HTTP/1.1", [("Host", "news.test")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://news.test/plain", "request", http_headers=request))
        response(writer, "https://news.test/plain", english_page(1))
        response(writer, "https://news.test/gzip", gzip.compress(english_page(2)),
                 [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        response(writer, "https://news.test/brotli", brotli.compress(english_page(3)),
                 [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "br")])
        response(writer, "https://news.test/chunked", chunked(gzip.compress(english_page(4))),
                 [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")])
        response(writer, "https://news.test/ru", russian_page(), [("Content-Type", "text/html; charset=windows-1251")])
        response(writer, "https://news.test/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, [("Content-Type", "image/png")])
        response(writer, "https://news.test/missing", b"<html><body>not found</body></html>",
                 [("Content-Type", "text/html")], status="404 Not Found")
        revisit = writer.create_revisit_record("https://news.test/plain", digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                               refers_to_uri="https://news.test/plain", refers_to_date="2024-01-01T00:00:00Z")
        writer.write_record(revisit)
        writer.write_record(writer.create_warc_record("https://news.test/resource", "resource",
                                                      payload=io.BytesIO(english_page(5)),
                                                      warc_content_type="text/html; charset=utf-8"))
        response(writer, "https://news.test/last", english_page(6))
    return path


MIXED_URLS = ["https://news.test/plain", "https://news.test/gzip", "https://news.test/brotli",
              "https://news.test/chunked", "https://news.test/ru", "https://news.test/resource",
              "https://news.test/last"]
MIXED_EXPECTED = {"records": 12, "pages": 7, "warcinfo": 1, "request": 1, "revisit": 1, "non_html": 1, "http_status": 1}


def build_simple_warc(path: Path, numbers: list[int], host: str = "news.test", gzip_records: bool = True) -> Path:
    """A WARC of plain HTML responses, one per page number, at ``https://<host>/story/<n>``."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        for n in numbers:
            response(writer, f"https://{host}/story/{n}", english_page(n))
    return path


# --- tests ---


@pytest.mark.parametrize("gzip_records", [True, False], ids=["gzip-per-record", "plain"])
def test_mixed_warc_counts_and_pages(tmp_path, gzip_records):
    path = build_mixed_warc(tmp_path / ("mixed.warc.gz" if gzip_records else "mixed.warc"), gzip_records)
    counts = Counter()
    pages = list(iter_pages(path, counts))
    assert [p.url for p in pages] == MIXED_URLS
    assert dict(counts) == MIXED_EXPECTED
    for page in pages:
        assert page.body.lstrip().startswith(b"<!DOCTYPE html>")  # chunked/gzip/brotli all undone
    assert b"Story 4." in pages[3].body
    russian = pages[4]
    assert russian.charset == "windows-1251" or russian.charset == "cp1251"
    assert russian.body.decode("cp1251").count(RUSSIAN_TEXT) == 2
    assert pages[0].status == 200 and pages[5].status is None  # a resource record has no HTTP status
    assert pages[0].record_id.startswith("<urn:uuid:")
    assert pages[0].date is not None and pages[0].date.tzinfo is not None


def test_whole_file_gzip(tmp_path):
    plain = build_mixed_warc(tmp_path / "mixed.warc", gzip_records=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    counts = Counter()
    assert [p.url for p in iter_pages(whole, counts)] == MIXED_URLS
    assert dict(counts) == MIXED_EXPECTED


def test_truncated_last_record_plain(tmp_path):
    path = build_simple_warc(tmp_path / "t.warc", [1, 2, 3], gzip_records=False)
    path.write_bytes(path.read_bytes()[:-200])
    counts = Counter()
    urls = [p.url for p in iter_pages(path, counts)]
    assert urls == ["https://news.test/story/1", "https://news.test/story/2"]
    assert dict(counts) == {"records": 3, "pages": 2, "truncated": 1}


def test_truncated_last_record_gzip(tmp_path):
    path = build_simple_warc(tmp_path / "t.warc.gz", [1, 2, 3])
    path.write_bytes(path.read_bytes()[:-60])
    counts = Counter()
    urls = [p.url for p in iter_pages(path, counts)]
    assert urls == ["https://news.test/story/1", "https://news.test/story/2"]
    assert counts["pages"] == 2 and counts["corrupt"] + counts["truncated"] == 1


def _member_starts(data: bytes) -> list[int]:
    """Offsets of the gzip members of a per-record gzip file (each member decompressed to find the next)."""
    starts, offset = [], 0
    while offset < len(data):
        starts.append(offset)
        decompressor = zlib.decompressobj(wbits=31)
        decompressor.decompress(data[offset:])
        offset = len(data) - len(decompressor.unused_data)
    return starts


def test_corrupt_record_in_the_middle_is_skipped_and_the_file_goes_on(tmp_path):
    path = build_simple_warc(tmp_path / "c.warc.gz", [1, 2, 3, 4])
    data = bytearray(path.read_bytes())
    second = _member_starts(bytes(data))[1]
    data[second + 20:second + 60] = b"\0" * 40  # destroy the deflate stream of record 2
    path.write_bytes(bytes(data))
    counts = Counter()
    urls = [p.url for p in iter_pages(path, counts)]
    assert urls == ["https://news.test/story/1", "https://news.test/story/3", "https://news.test/story/4"]
    assert counts["corrupt"] == 1 and counts["pages"] == 3


def test_corrupt_header_in_plain_warc(tmp_path):
    path = build_simple_warc(tmp_path / "c.warc", [1, 2, 3], gzip_records=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1.", 10)
    path.write_bytes(data[:second] + b"WARX/9" + data[second + 6:])
    counts = Counter()
    urls = [p.url for p in iter_pages(path, counts)]
    assert urls == ["https://news.test/story/1", "https://news.test/story/3"]
    assert counts["corrupt"] == 1


def test_not_an_archive(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("just some text\n")
    with pytest.raises(NotAnArchive):
        list(iter_pages(path, Counter()))


def test_arc_file(tmp_path):
    page = english_page(7)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    header_body = b"1 0 newsmill-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://t.arc 0.0.0.0 20240301120000 text/plain %d\n" % len(header_body) + header_body
    record = b"https://news.test/arc 127.0.0.1 20240301120000 text/html %d\n" % len(http) + http
    path = tmp_path / "t.arc"
    path.write_bytes(filedesc + b"\n" + record + b"\n")
    assert archive_kind(path.read_bytes()[:100]) == "arc"
    counts = Counter()
    pages = list(iter_pages(path, counts))
    assert [p.url for p in pages] == ["https://news.test/arc"]
    assert pages[0].body == page and pages[0].charset == "utf-8"
    assert pages[0].date.year == 2024


def test_decode_payload_codings():
    page = english_page(8)
    assert decode_payload(chunked(page, 7), "chunked", None) == page
    assert decode_payload(zlib.compress(page), None, "deflate") == page
    raw_deflate = zlib.compressobj(wbits=-15)
    assert decode_payload(raw_deflate.compress(page) + raw_deflate.flush(), None, "deflate") == page
    assert decode_payload(page, None, "gzip") == page  # stored decoded despite the header: kept
    with pytest.raises(ValueError):
        decode_payload(b"not brotli at all", None, "br")


def test_next_record_start_plain():
    data = b"garbage WARC/1.0 inside a line\nWARC/1.1\r\nmore"
    assert next_record_start(io.BytesIO(data), 1, gzipped=False) == data.index(b"WARC/1.1")
    assert next_record_start(io.BytesIO(data), data.index(b"WARC/1.1") + 1, gzipped=False) is None


def test_parse_content_type():
    assert parse_content_type("text/html; charset=\"windows-1251\"") == ("text/html", "windows-1251")
    assert parse_content_type("Application/XHTML+XML") == ("application/xhtml+xml", None)
    assert parse_content_type(None) == ("", None)


def test_payload_over_the_limit_is_skipped_unread(tmp_path):
    path = build_simple_warc(tmp_path / "a.warc.gz", [1, 2])
    counts = Counter()
    assert list(iter_pages(path, counts, max_payload=100)) == []
    assert dict(counts) == {"records": 2, "too_large": 2}


class OneWayStream(io.RawIOBase):
    """A stream that cannot seek, as some HTTP servers give."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer) -> int:
        chunk = self.data.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)


def test_stream_that_cannot_seek(tmp_path, monkeypatch):
    import newsmill.sources.warc as warc

    path = build_mixed_warc(tmp_path / "mixed.warc.gz")
    monkeypatch.setattr(warc, "open_input", lambda source: OneWayStream(path.read_bytes()))
    counts = Counter()
    assert [p.url for p in iter_pages("https://archive.test/mixed.warc.gz", counts)] == MIXED_URLS
    assert dict(counts) == MIXED_EXPECTED
