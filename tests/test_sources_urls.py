"""Canonical URLs, article-likeness and source kinds (sources/urls.py)."""

import pytest

from newsmill.sources.urls import (UnsupportedURL, canonicalize, guess_source_kind, host_of,
                                   is_article_url, looks_like_article_path, read_url_list, same_site)


@pytest.mark.parametrize("raw, expected", [
    ("HTTPS://Example.COM:443/a/b?utm_source=x&b=2&a=1#top", "https://example.com/a/b?a=1&b=2"),
    ("http://example.com:80", "http://example.com/"),
    ("http://example.com:8080/x", "http://example.com:8080/x"),
    ("https://user:pw@example.com/x?fbclid=1&gclid=2&UTM_Medium=m", "https://example.com/x"),
    ("https://example.com/x?id=7&utm_campaign=c#frag", "https://example.com/x?id=7"),
    ("https://example.com./x", "https://example.com/x"),
])
def test_canonicalize(raw, expected):
    assert canonicalize(raw) == expected


@pytest.mark.parametrize("raw", ["ftp://example.com/x", "mailto:a@b.c", "javascript:void(0)", "/relative", "http://"])
def test_canonicalize_refuses_other_urls(raw):
    with pytest.raises(UnsupportedURL):
        canonicalize(raw)


def test_same_site_ignores_www_and_accepts_subdomains():
    assert same_site("https://www.example.com/a", ["example.com"])
    assert same_site("https://news.example.com/a", ["www.example.com"])
    assert not same_site("https://example.org/a", ["example.com"])
    assert not same_site("https://badexample.com/a", ["example.com"])


@pytest.mark.parametrize("path, expected", [
    ("/news/2024/05/harbour-reopens-after-storm", True),
    ("/world/12345678", True),
    ("/a-b-c", True),
    ("/", False),
    ("/news/", False),
    ("/tag/politics-and-power-today", False),
    ("/author/jane-roe-smith", False),
    ("/news/2024/05/photo-of-the-day.jpg", False),
    ("/feeds/all-the-news-feed.xml", False),
    ("/about", False),
])
def test_article_like_paths(path, expected):
    assert looks_like_article_path(path) is expected


def test_is_article_url_needs_the_site_and_http():
    assert is_article_url("https://example.com/news/big-storm-hits-town", ["example.com"])
    assert not is_article_url("https://other.com/news/big-storm-hits-town", ["example.com"])
    assert not is_article_url("mailto:big-storm-hits-town@example.com", ["example.com"])


@pytest.mark.parametrize("url, kind", [
    ("https://example.com/", "page"),
    ("https://example.com/politics/", "page"),
    ("https://example.com/feeds/rss.xml", "xml"),
    ("https://example.com/sitemap_index.xml", "xml"),
    ("https://example.com/feed", "xml"),
    ("https://example.com/sitemaps/archive.xml.gz", "xml"),
    ("https://example.com/news/2024/05/harbour-reopens-after-storm", "article"),
    ("https://example.com/world/2024/05/third-story-atom", "article"),
    ("https://example.com/news/feed/", "xml"),
    ("https://example.com/sitemap-news", "xml"),
])
def test_guess_source_kind(url, kind):
    assert guess_source_kind(url) == kind


def test_host_of_keeps_non_default_port():
    assert host_of("http://127.0.0.2:8080/a") == "127.0.0.2:8080"
    assert host_of("https://Example.com:443/a") == "example.com"


def test_read_url_list(tmp_path):
    listing = tmp_path / "sources.txt"
    listing.write_text("# outlets\nhttps://a.example/\n\n  https://b.example/feed.xml  \n")
    assert list(read_url_list(listing)) == ["https://a.example/", "https://b.example/feed.xml"]
