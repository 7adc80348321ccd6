"""Feeds and feed autodiscovery (sources/feeds.py)."""

from datetime import datetime, timezone

import pytest

from newsmill.sources.feeds import UnsafeXML, find_feed_links, find_page_links, is_feed, parse_feed

RSS091 = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>https://example.com/</link>
<item><title>One</title><link>https://example.com/news/first-old-story</link></item>
</channel></rss>"""

RSS2 = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.com/</link>
<item><title>A</title><link>https://example.com/news/a-story-here</link><pubDate>Thu, 02 May 2024 08:00:00 +0200</pubDate></item>
<item><title>B</title><guid isPermaLink="true">https://example.com/news/guid-only-story</guid></item>
<item><title>C</title><guid isPermaLink="false">urn:x:1</guid></item>
</channel></rss>"""

RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.com/rdf"><title>R</title><link>https://example.com/</link></channel>
<item rdf:about="https://example.com/news/rdf-story-one"><title>R1</title>
<link>https://example.com/news/rdf-story-one</link><dc:date>2024-05-05T10:00:00Z</dc:date></item></rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>A</title><id>urn:a</id><updated>2024-05-02T10:00:00Z</updated>
<entry><title>E</title><id>urn:e</id>
<link rel="self" href="https://example.com/feeds/entry/1.xml"/>
<link rel="enclosure" href="https://example.com/a.mp3"/>
<link rel="alternate" type="text/html" href="/world/atom-story-one"/>
<published>2024-05-01T06:30:00+02:00</published></entry></feed>"""

BOMB = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title></channel></rss>"""

EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&x;</title></channel></rss>"""


def test_rss091_with_netscape_doctype():
    assert [c.url for c in parse_feed(RSS091, "https://example.com/rss")] == ["https://example.com/news/first-old-story"]


def test_rss2_links_guid_permalinks_and_dates():
    candidates = parse_feed(RSS2, "https://example.com/rss")
    assert [c.url for c in candidates] == ["https://example.com/news/a-story-here",
                                           "https://example.com/news/guid-only-story"]
    assert candidates[0].published == datetime(2024, 5, 2, 6, 0, tzinfo=timezone.utc)
    assert candidates[0].title == "A"


def test_rss1_rdf():
    [candidate] = parse_feed(RDF, "https://example.com/rdf")
    assert candidate.url == "https://example.com/news/rdf-story-one"
    assert candidate.published == datetime(2024, 5, 5, 10, 0, tzinfo=timezone.utc)


def test_atom_takes_rel_alternate_not_self_and_resolves_relative():
    [candidate] = parse_feed(ATOM, "https://example.com/feeds/atom.xml")
    assert candidate.url == "https://example.com/world/atom-story-one"
    assert candidate.published == datetime(2024, 5, 1, 4, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("document", [BOMB, EXTERNAL])
def test_entity_declarations_are_refused(document):
    with pytest.raises(UnsafeXML):
        parse_feed(document, "https://example.com/rss")


def test_not_a_feed():
    with pytest.raises(ValueError):
        parse_feed(b"<html><body>hello</body></html>", "https://example.com/")
    assert is_feed(RSS2) and is_feed(ATOM) and is_feed(RDF) and not is_feed(b"<urlset/>")


def test_autodiscovery_and_page_links():
    page = b"""<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://example.com/atom">
    <link rel="alternate" hreflang="fr" href="/fr/"><link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>
    <body><a href="/news/one-two-three">x</a><a href="https://other.org/y">y</a></body></html>"""
    assert find_feed_links(page, "https://example.com/") == ["https://example.com/rss.xml", "https://example.com/atom"]
    assert find_page_links(page, "https://example.com/") == ["https://example.com/news/one-two-three",
                                                            "https://other.org/y"]
    assert find_feed_links(b"", "https://example.com/") == []
