"""Sitemaps, indexes, gzip by magic bytes, Google News dates (sources/sitemaps.py)."""

import gzip
from datetime import datetime, timezone

import pytest

from newsmill.sources.feeds import UnsafeXML
from newsmill.sources.sitemaps import TooLarge, gunzip_capped, is_sitemap, parse_sitemap

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
INDEX = f"""<?xml version="1.0"?><sitemapindex {NS}>
<sitemap><loc>https://example.com/s1.xml.gz</loc><lastmod>2024-05-01</lastmod></sitemap>
<sitemap><loc> /s2.xml </loc></sitemap></sitemapindex>""".encode()
URLSET = f"""<?xml version="1.0"?><urlset {NS} xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc><![CDATA[https://example.com/news/cdata-story-one?a=1&b=2]]></loc><lastmod>2024-05-02T10:00:00+02:00</lastmod>
<image:image><image:loc>https://example.com/i.jpg</image:loc></image:image></url>
<url><loc>https://example.com/news/plain-story-two</loc></url></urlset>""".encode()
NEWS = f"""<?xml version="1.0"?><urlset {NS} xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://example.com/news/news-story-three</loc><lastmod>2020-01-01</lastmod>
<n:news><n:publication><n:name>X</n:name><n:language>en</n:language></n:publication>
<n:publication_date>2024-05-04T07:30:00Z</n:publication_date><n:title>Three</n:title></n:news></url></urlset>""".encode()


def test_index_children_resolved():
    sitemap = parse_sitemap(INDEX, "https://example.com/sitemap_index.xml")
    assert sitemap.kind == "index"
    assert sitemap.children == ["https://example.com/s1.xml.gz", "https://example.com/s2.xml"]
    assert sitemap.child_dates == {"https://example.com/s1.xml.gz": datetime(2024, 5, 1, tzinfo=timezone.utc)}


def test_urlset_with_cdata_and_image_locs():
    sitemap = parse_sitemap(URLSET, "https://example.com/s.xml")
    assert [c.url for c in sitemap.candidates] == ["https://example.com/news/cdata-story-one?a=1&b=2",
                                                   "https://example.com/news/plain-story-two"]
    assert sitemap.candidates[0].published == datetime(2024, 5, 2, 8, 0, tzinfo=timezone.utc)
    assert sitemap.candidates[1].published is None


def test_news_publication_date_wins_over_lastmod():
    [candidate] = parse_sitemap(NEWS, "https://example.com/news.xml").candidates
    assert candidate.published == datetime(2024, 5, 4, 7, 30, tzinfo=timezone.utc)
    assert candidate.title == "Three"


def test_gzip_decided_by_bytes_not_name():
    assert parse_sitemap(gzip.compress(URLSET), "https://example.com/s.xml").kind == "urlset"
    assert parse_sitemap(URLSET, "https://example.com/s.xml.gz").kind == "urlset"


def test_gzip_cap():
    bomb = gzip.compress(b"<" * 1_000_000)
    with pytest.raises(TooLarge):
        gunzip_capped(bomb, limit=10_000)
    assert gunzip_capped(b"plain") == b"plain"
    with pytest.raises(ValueError):
        gunzip_capped(b"\x1f\x8bnot gzip at all")


def test_unsafe_and_malformed():
    bomb = f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaa">]><urlset {NS}><url><loc>&a;</loc></url></urlset>'
    with pytest.raises(UnsafeXML):
        parse_sitemap(bomb.encode(), "https://example.com/s.xml")
    with pytest.raises(ValueError):
        parse_sitemap(b"<urlset><url>", "https://example.com/s.xml")
    with pytest.raises(ValueError):
        parse_sitemap(b"<rss version='2.0'/>", "https://example.com/s.xml")
    assert is_sitemap(INDEX) and is_sitemap(URLSET) and not is_sitemap(b"<rss/>")
