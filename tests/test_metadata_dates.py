"""Publication dates on small hand-written pages: the page's own time zone."""

from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from newsmill.extract import dom, metadata


def read(html: str, url: str):
    return metadata.read_metadata(dom.parse(html), url)


def test_utc_time_stamp_is_given_in_the_page_time_zone():
    html = """<html><head><title>Comfort watches</title>
    <meta property="article:published_time" content="2025-12-19T02:41:41+00:00"></head>
    <body><article><h1>Comfort watches</h1><p>Text.</p>
    <div class="comment"><time datetime="2025-12-18T21:46:01-05:00">December 18, 2025, 9:46 pm</time></div>
    </article></body></html>"""
    published = read(html, "https://blog.example.com/2025/12/18/comfort-watches").published
    assert published == datetime(2025, 12, 18, 21, 41, 41, tzinfo=timezone(timedelta(hours=-5)))
    assert published.date().isoformat() == "2025-12-18"


def test_utc_time_stamp_stays_utc_without_a_local_one():
    html = """<html><head><title>Story</title>
    <meta property="article:published_time" content="2025-12-19T02:41:41Z"></head>
    <body><h1>Story</h1><p>Text.</p></body></html>"""
    published = read(html, "https://news.example.com/story").published
    assert published == datetime(2025, 12, 19, 2, 41, 41, tzinfo=timezone.utc)


def test_visible_update_line_fills_modified():
    html = """<html><head><title>Best GPS watches</title></head><body><article>
    <h1>Best GPS watches</h1><p class="meta">By Matthew Richardson ⋅ Updated November 18, 2025</p>
    <p>Text.</p></article></body></html>"""
    article = read(html, "https://reviews.example.com/best-gps-watches")
    assert article.modified == datetime(2025, 11, 18)


def test_update_label_before_a_time_element():
    html = """<html><head><title>Story</title>
    <meta property="article:published_time" content="2025-10-21T08:00:00+02:00"></head><body><article>
    <h1>Story</h1><p>Published <time datetime="2025-10-21">Oct 21, 2025</time>
    Aktualisiert am <time datetime="2026-03-09">9. März 2026</time></p></article></body></html>"""
    article = read(html, "https://news.example.de/story")
    assert article.published.date().isoformat() == "2025-10-21"
    assert article.modified == datetime(2026, 3, 9)


def test_utility_classes_sized_around_a_sidebar_are_not_one():
    html = """<html><head><title>Private clouds compared</title></head><body>
    <section class="page-section [--sidebar-width:18rem] [--gap:2.5rem]">
    <div class="w-full lg:mr-[--sidebar-container-width]"><h1>Private clouds compared</h1>
    <span>Published on Oct 21, 2025</span><p>Text.</p></div>
    <aside class="sidebar"><span>Published on Jan 2, 2024</span></aside></section></body></html>"""
    assert read(html, "https://hosting.example.com/blog/private-clouds").published == datetime(2025, 10, 21)


def test_dateline_under_a_headline_set_without_h1():
    html = """<html><head><title>Scaling tests with scenario mocks | Lab Notes</title>
    <meta property="og:title" content="Scaling tests with scenario mocks"></head><body>
    <nav><a href="/">Home</a></nav><div class="hero"><p class="text-3xl font-bold">Scaling tests with scenario mocks</p>
    <p>By Ivo Brandt</p><p>Dec 17, 2025</p></div><div class="prose"><p>Text.</p></div></body></html>"""
    assert read(html, "https://labnotes.example.ai/blog/scaling-tests").published == datetime(2025, 12, 17)


def test_the_one_date_an_undated_page_shows_is_its_date():
    views = "".join(f"<li><h3>View {n}</h3><p>Camera {n} shows the falls.</p></li>" for n in range(30))
    html = f"""<html><head><title>Park webcams</title></head><body><nav><h1>Open Menu</h1></nav>
    <main><h2>Webcams</h2><ul>{views}</ul><p style="text-align:right">Last updated: November 13, 2025</p>
    </main></body></html>"""
    assert read(html, "https://park.example.gov/learn/webcams.htm").published == datetime(2025, 11, 13)


def test_dates_inside_sentences_or_several_dates_give_none():
    html = """<html><head><title>Winter sale</title></head><body><main><h2>Boots and coats</h2>
    <p>Offer valid Dec. 17, 2025 - Jan. 7, 2026</p><p>Member since February 16, 2016</p></main></body></html>"""
    assert read(html, "https://shop.example.com/sale").published is None
    html = """<html><head><title>Changelog</title></head><body><main><h2>Releases</h2>
    <p>March 3, 2025</p><p>Text.</p><p>April 9, 2024</p><p>Text.</p></main></body></html>"""
    assert read(html, "https://tool.example.com/changelog").published is None


def test_microdata_dates_of_comments_and_answers_are_not_the_page_date():
    html = """<html><head><title>Why is a bare except bad?</title></head><body>
    <div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why is a bare except bad?</h1>
    <time itemprop="dateCreated" datetime="2014-02-04T13:02:51Z">Feb 4, 2014</time><p>Question text.</p>
    <ul><li itemscope itemtype="https://schema.org/Comment"><span itemprop="datePublished" content="2018-05-21T20:37:55Z"></span>
    A late comment.</li></ul>
    <div itemscope itemtype="https://schema.org/Answer"><time itemprop="datePublished" datetime="2016-03-17T10:00:00Z">
    Mar 17, 2016</time><p>Answer text.</p></div></div></body></html>"""
    published = read(html, "https://qa.example.com/questions/21553327").published
    assert published.date().isoformat() == "2014-02-04"


def test_plain_published_meta_name_with_a_written_date():
    html = """<html><head><title>Sorting sensor logs</title>
    <meta name="published" content="March 9, 2025"><meta name="updated" content="2025-04-02"></head>
    <body><h1>Sorting sensor logs</h1><p>Text.</p></body></html>"""
    article = read(html, "https://blog.example.org/learn/sorting-sensor-logs")
    assert article.published == datetime(2025, 3, 9)
    assert article.modified == datetime(2025, 4, 2)


def test_story_type_class_on_the_article_does_not_hide_its_dateline():
    html = """<html><head><title>Pricing cold storage</title></head><body><main>
    <article class="node node--type-newsletter-article category-related-topics">
    <h1>Pricing cold storage</h1><div class="node__meta"><time datetime="2019-05-14T12:00:00Z">05/14/2019</time></div>
    <p>Text.</p></article>
    <div class="newsletter-signup"><time datetime="2025-12-01">Dec 1, 2025</time></div></main></body></html>"""
    published = read(html, "https://members.example.org/newsletter-article/pricing").published
    assert published == datetime(2019, 5, 14, 12, 0, tzinfo=timezone.utc)  # the article's own <time>


def test_dateline_of_an_iso_date_shown_as_it_is():
    html = """<html><head><title>Mapping a warehouse</title>
    <meta property="og:image" content="https://cdn.example.com/upload/blog/2023/10/11/forklift.jpg"></head><body>
    <div class="hero"><h1>Mapping a warehouse</h1><h5><span>2024-11-06</span></h5></div>
    <div class="content"><p>Text.</p></div></body></html>"""
    assert read(html, "https://shop.example.com/blog/mapping").published == datetime(2024, 11, 6)


def test_dateline_of_a_time_element_that_shows_only_the_clock():
    html = """<html><head><title>Council votes</title></head><body>
    <div class="top"><h1>Council votes</h1><span><time datetime="2025-04-08T05:00:00">5:00</time></span></div>
    <main><p>Text.</p><div class="related-box"><a href="/earlier">Earlier vote</a>
    <time datetime="2024-12-23T13:31:00">23. 12. 2024 13:31</time></div></main></body></html>"""
    assert read(html, "https://news.example.cz/clanek/council").published == datetime(2025, 4, 8, 5, 0)


def _stamped_page(published: str, modified: str) -> str:
    return f"""<html><head><title>Pricing a pottery class</title>
    <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting",
    "headline": "Pricing a pottery class", "datePublished": "{published}", "dateModified": "{modified}"}}</script>
    </head><body><article><h1>Pricing a pottery class</h1><p class="post-date">August 25, 2024</p>
    <p>Text.</p></article></body></html>"""


def test_publication_stamp_of_the_last_save_gives_way_to_the_shown_date():
    # published and modified stamped at once (the page was rebuilt): the date the article shows is the one
    url = "https://studio.example.com/blog/pricing-a-pottery-class"
    assert read(_stamped_page("2025-06-24T00:00:00", "2025-06-24T00:00:00"), url).published == datetime(2024, 8, 25)
    assert read(_stamped_page("2025-06-24T10:00:00", "2025-06-23T08:00:00"), url).published == datetime(2024, 8, 25)
    # a real update after publication: the declared publication date stands
    published = read(_stamped_page("2025-06-24T00:00:00", "2025-07-01T00:00:00"), url).published
    assert published == datetime(2025, 6, 24)


def test_layout_classes_that_place_a_sidebar_are_not_one():
    html = """<html><head><title>Guide: safe backups</title></head><body><main>
    <h1>Guide: safe backups</h1>
    <div class="c-layout-sidebar-left"><div class="c-layout-sidebar-bottom">
    <div><h4>Published</h4><time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div></div>
    <div class="c-layout-main"><p>Text.</p></div></div>
    <div class="c-related"><time datetime="2019-01-17T12:00:00Z">17 Jan 2019</time></div></main></body></html>"""
    published = read(html, "https://agency.example.gov.uk/collection/backups").published
    assert published == datetime(2018, 11, 15, 12, 0, tzinfo=timezone.utc)


def test_a_posters_joined_date_beside_the_thread_title_is_not_the_dateline():
    html = """<html><head><title>Winter league fixtures - Harbour Forum</title>
    <meta property="og:site_name" content="Harbour Forum"></head><body>
    <h2><a href="./viewtopic.php?t=9">Winter league fixtures</a></h2><div>Post a reply</div>
    <dl class="postprofile"><dt><a href="/member/7">Keel Boat</a></dt>
    <dd><strong>Posts:</strong> 412</dd><dd><strong>Joined:</strong> <strong>Dec 11, 2021</strong></dd></dl>
    <div class="postbody"><h3>Winter league fixtures</h3><p>by Keel Boat <strong>» Tue Aug 27, 2019 1:47 am</strong></p>
    <div class="content">The fixtures for the winter league are out.</div></div></body></html>"""
    published = read(html, "https://forum.example.net/viewtopic.php?t=9").published
    assert published == datetime(2019, 8, 27, 1, 47)


def test_an_events_span_of_days_after_the_headline_is_not_the_dateline():
    html = """<html><head><title>Biggest robotics fairs 2026</title></head><body>
    <div class="article-head"><div class="date-article">OCTOBER 13, 2025</div><h1>Biggest robotics fairs 2026</h1></div>
    <div class="article-body"><h2>Harbour Robotics Expo</h2><p><b>Dates</b>: 16-19 March 2026</p>
    <p>Text about the fair.</p></div></body></html>"""
    assert read(html, "https://agency.example.com/en/news/robotics-fairs-2026").published == datetime(2025, 10, 13)


def test_dates_of_the_cards_in_a_carousel_are_not_the_page_date():
    html = """<html><head><title>A week of cheap meals</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "A week of cheap meals",
    "datePublished": "13/11/2025 09:21:40", "dateModified": "13/11/2025 09:21:40"}</script></head><body>
    <div class="hero"><h1>A week of cheap meals</h1>
    <time datetime="2025-11-12"><div class="date-type">Page updated:</div><div class="date">12 November 2025</div></time></div>
    <section class="cards-carousel-container"><article class="article-card"><a href="/soup">Soup for four</a>
    <time datetime="2025-10-23">23 October 2025</time></article></section>
    <div class="content"><p>Text.</p></div></body></html>"""
    assert read(html, "https://charity.example.org.uk/magazine/cheap-meals").published == datetime(2025, 11, 12)


def test_a_story_inside_an_article_carousel_keeps_its_byline_and_date():
    html = """<html><head><title>Budget row at the town hall</title></head><body>
    <div class="article-carousel"><div class="slide"><h1>Budget row at the town hall</h1>
    <p class="byline">By Jane Roe</p><p>May 3, 2024 10:00</p>
    <p>The council met on Tuesday to discuss the budget for the coming year, and members argued at length.</p>
    </div></div></body></html>"""
    article = read(html, "https://news.example.org/2024/05/budget-row")
    assert article.published == datetime(2024, 5, 3, 10, 0) and article.authors == ["Jane Roe"]


def test_date_written_as_a_segment_of_the_title():
    html = """<html><head><title>River levels fall again | Europe | RW | 28.04.2023</title>
    <meta property="og:title" content="River levels fall again | RW | 28.04.2023"></head><body>
    <h1>River levels fall again</h1><div class="group"><img src="/a.jpg" alt="">
    <p>Boats on the dry riverbed near the old bridge, 24. April 2023</p></div><p>Text.</p></body></html>"""
    assert read(html, "https://www.rw.example/de/river-levels/a-100").published == datetime(2023, 4, 28)


@pytest.mark.parametrize("title, shown, expected", [
    ("Remembering the flood - 11 July 1995 | RW", "Published 11 July 2025", datetime(2025, 7, 11)),
    ("Song contest final - 16 May 2026 | RW", "Published 2 March 2026", datetime(2026, 3, 2)),
    ("River levels fall again | RW | 28.04.2023", "Published 27 April 2023", datetime(2023, 4, 28)),
])
def test_a_title_date_years_before_or_after_the_dateline_is_an_event_s(title, shown, expected):
    html = f"""<html><head><title>{title}</title></head><body><article><h1>Looking back</h1>
    <p class="dateline">{shown}</p><p>Text about the day.</p></article></body></html>"""
    assert read(html, "https://www.rw.example/en/looking-back/a-1").published == expected


def test_reading_an_undated_page_leaves_its_tree_as_it_was():
    # No declared, title or visible date: htmldate reads the page last, and prunes its own copy.
    html = """<html><head><title>Garden notes</title><style>p { color: green }</style>
    <script>var section = "gardens";</script></head><body><nav><a href="/">Home</a></nav>
    <article><h1>Garden notes</h1><p>Plant the bulbs before the first frost.</p>
    <aside class="sidebar"><p>More notes</p></aside></article><footer>Example Gardens</footer></body></html>"""
    root = dom.parse(html)
    before = etree.tostring(root)
    article = metadata.read_metadata(root, "https://gardens.example.com/notes")
    assert article.published is None
    assert etree.tostring(root) == before


def test_texts_of_a_subtree_read_backwards_from_its_tail():
    from newsmill.extract.metadata.published import _subtree_texts, _subtree_texts_backwards

    root = dom.parse("<html><body><div><nav>Menu<ul><li>News</li><li>Sport <b>live</b> now</li></ul>"
                     "Search</nav>after nav</div></body></html>")
    nav = root.find(".//nav")
    backwards = [text for _element, text in _subtree_texts_backwards(nav)]
    assert backwards == ["after nav", "Search", " now", "live", "Sport ", "News", "Menu"]
    assert backwards == [text for _element, text in reversed(list(_subtree_texts(nav)))]


def test_dateline_just_above_the_headline_after_a_long_menu():
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(200))
    html = f"""<html><head><title>Harbour reopens</title></head><body><header><ul>{menu}</ul></header>
    <article><p class="kicker">Local news</p><p>March 3, 2025</p><h1>Harbour reopens</h1>
    <p>The harbour reopened on Monday after a long winter of repairs to its walls.</p></article></body></html>"""
    assert read(html, "https://news.example.com/harbour").published == datetime(2025, 3, 3)
