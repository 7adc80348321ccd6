"""Metadata readers on small hand-written pages."""

from datetime import datetime, timedelta, timezone

from newsmill.extract import dom, metadata


def read(html: str, url: str = "https://news.example.com/world/2024/05/03/story.html"):
    return metadata.read_metadata(dom.parse(html), url)


NEWS_PAGE = """<!doctype html><html lang="en-GB"><head>
<title>Leaders meet in Moscow | Example News</title>
<meta property="og:title" content="Leaders meet in Moscow - Example News">
<meta property="og:site_name" content="Example News">
<meta property="og:image" content="/img/putin-meeting.jpg">
<meta property="og:description" content="Two leaders met on Friday.">
<meta property="article:section" content="World">
<meta name="keywords" content="Russia, diplomacy; Kremlin">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://news.example.com/#site", "name": "Example News"},
  {"@type": "Person", "@id": "https://news.example.com/#jane", "name": "Jane Doe"},
  {"@type": "NewsArticle", "headline": "Leaders meet in Moscow",
   "author": [{"@id": "https://news.example.com/#jane"}, {"@type": "Organization", "name": "Reuters"},
              {"@type": "Organization", "name": "Example News"}],
   "datePublished": "2024-05-03T15:47:42+02:00", "dateModified": "2024-05-04T08:00:00+02:00",
   "publisher": {"@type": "Organization", "name": "Example News"}}]}</script>
</head><body>
<nav><time datetime="2020-01-01">old</time></nav>
<article><h1>Leaders meet in Moscow</h1>
<p class="byline">By Jane Doe, Reuters</p>
<figure><img data-src="/img/putin-meeting.jpg" src="data:image/gif;base64,R0lGOD">
<figcaption>Russia's President Vladimir Putin (L) and a guest at the Kremlin Palace.
<span class="credit">Ilya Pitalev/POOL/TASS</span></figcaption></figure>
<p>Body text.</p></article>
<aside class="related"><p class="byline">By Sidebar Person</p></aside>
</body></html>"""


def test_news_page_fields():
    article = read(NEWS_PAGE)
    assert article.title == "Leaders meet in Moscow"
    assert article.authors == ["Jane Doe"]
    assert article.agency == "Reuters"
    assert article.publisher == "Example News"
    assert article.published == datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone(timedelta(hours=2)))
    assert article.modified == datetime(2024, 5, 4, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    assert article.language == "en"
    assert article.section == "World"
    assert article.keywords == ["Russia", "diplomacy", "Kremlin"]
    assert article.description == "Two leaders met on Friday."


def test_lead_image_caption_and_credit():
    image = read(NEWS_PAGE).images[0]
    assert image.url == "https://news.example.com/img/putin-meeting.jpg"
    assert image.caption == "Russia's President Vladimir Putin (L) and a guest at the Kremlin Palace."
    assert image.credit == "Ilya Pitalev/POOL/TASS"


def test_caption_credit_after_separator_and_notice():
    assert metadata.split_caption("Flooded streets in Valencia. Foto: dpa") == ("Flooded streets in Valencia.", "dpa")
    assert metadata.split_caption("A rally in Paris. © Jean Martin") == ("A rally in Paris.", "Jean Martin")
    assert metadata.split_caption("Rescue teams at work. John Smith/AFP") == ("Rescue teams at work.", "John Smith/AFP")
    caption, _credit = metadata.split_caption("The summit opens. EDITORIAL USE ONLY. NO SALES.")
    assert caption == "The summit opens."


def test_title_site_name_either_side_and_empty_h1():
    html = """<html><head><title>Example Times – Budget vote delayed again</title>
    <meta property="og:site_name" content="Example Times"></head>
    <body><h1> </h1><h1>Budget vote delayed again</h1></body></html>"""
    assert read(html).title == "Budget vote delayed again"


def test_title_without_h1_cuts_site_name():
    html = """<html><head><title>Budget vote delayed again | Example Times</title></head><body></body></html>"""
    assert read(html, "https://exampletimes.com/a").title == "Budget vote delayed again"


def test_meta_author_and_agency_and_site_name_not_author():
    html = """<html lang="de"><head><meta name="author" content="Max Muster, dpa">
    <meta property="og:site_name" content="Beispielzeitung"></head>
    <body><h1>Titel</h1><div class="author">Beispielzeitung</div></body></html>"""
    article = read(html, "https://beispielzeitung.de/a")
    assert article.authors == ["Max Muster"]
    assert article.agency == "dpa"
    assert article.language == "de"


def test_visible_byline_and_dateline_without_metadata():
    html = """<html><body><main><h1>Harbour reopens after storm</h1>
    <div><span>Written by</span> <a href="/team/ana">Ana Pérez</a></div>
    <p>Published on July 18, 2025</p><p>The harbour reopened.</p></main>
    <section class="comments"><time datetime="2025-07-20">comment</time></section></body></html>"""
    article = read(html, "https://harbour.example.org/news/reopens")
    assert article.authors == ["Ana Pérez"]
    assert article.published == datetime(2025, 7, 18)


def test_no_date_from_scripts_or_future():
    html = """<html><head><meta property="article:published_time" content="2999-01-01T00:00:00Z">
    <script>var published = "2024-01-01";</script></head><body><h1>Headline here</h1></body></html>"""
    assert read(html, "https://example.org/story").published is None


def test_broken_json_ld_is_ignored():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
    <meta property="og:title" content="Fallback title"></head><body></body></html>"""
    assert read(html).title == "Fallback title"


def test_language_tags():
    assert metadata.language_code("pt_BR") == "pt"
    assert metadata.language_code("EN") == "en"
    assert metadata.language_code("") == ""


def test_layout_class_on_body_is_not_a_sidebar_and_bio_box_gives_name():
    html = """<html><body class="single has-sidebar layout-sidebar"><article><h1>How ports reopen after storms</h1>
    <div class="blog_author-box"><div class="author-name">Lauren Vetter</div>
    <div>Lauren Vetter is a growth-focused marketing professional who has written about logistics,
    shipping, ports and the people who keep them running for more than a decade, from three continents
    and for several trade publications, and who now leads the content team of the harbour board.</div></div>
    </article><aside class="sidebar"><div class="author">By Other Person</div></aside></body></html>"""
    assert read(html, "https://ports.example.org/a").authors == ["Lauren Vetter"]


def test_reviewed_by_with_affiliation_and_forum_first_poster_only():
    html = """<html><body><main><h1>Head injury claims explained</h1>
    <div class="authored-by">Reviewed by Justin C. Meserole, Trial Attorney at Morgan &amp; Morgan, on December 9, 2024.</div>
    </main></body></html>"""
    assert read(html, "https://law.example.org/a").authors == ["Justin C. Meserole"]
    forum = """<html><body><main><h1>Which GPU for a small lab?</h1>
    <div class="post"><span class="author">Anna Berg</span><p>Question text</p></div>
    <div class="post"><span class="author">Carl Olsen</span><p>Answer text</p></div></main></body></html>"""
    assert read(forum, "https://forum.example.org/t/1").authors == ["Anna Berg"]


def test_caption_credit_forms():
    assert metadata.split_caption("Sinwar speaks at a rally in 2011. (Adel Hana/Associated Press)") == (
        "Sinwar speaks at a rally in 2011.", "Adel Hana/Associated Press")
    assert metadata.split_caption("Bild: SN/APA/KEYSTONE/CYRIL ZINGARO Nationaler Trauertag am Freitag") == (
        "Nationaler Trauertag am Freitag", "SN/APA/KEYSTONE/CYRIL ZINGARO")
    assert metadata.split_caption("The lodge has been redesigned. Supplied") == ("The lodge has been redesigned.", "Supplied")
    assert metadata.split_caption("Kamala Harris in 1981. Photo by Handout/AFP via Getty Images") == (
        "Kamala Harris in 1981.", "Handout/AFP via Getty Images")
    assert metadata.split_caption("The image shows a quiet street.") == ("The image shows a quiet street.", "")


def test_title_brand_segments_cut_without_known_site_name():
    html = """<html><head><title>SEO Checker | How to audit a small website in an afternoon</title></head><body></body></html>"""
    assert read(html, "https://tools.example.net/blog/audit").title == "How to audit a small website in an afternoon"
    html = """<html><head><title>How meditation rewires the brain and body | Opinion</title></head><body></body></html>"""
    assert read(html, "https://paper.example.net/a").title == "How meditation rewires the brain and body"


def test_names_side_by_side_in_nested_spans():
    html = """<html><body><article><h1>Debate on how to answer Islamist rallies</h1>
    <div class="article-byline"><div class="origins"><span>Birgit Baumann</span> <span>Anna Giulia Fink</span>
    <span>Jan Michael Marchart</span></div></div></article></body></html>"""
    assert read(html, "https://paper.example.at/story/1").authors == [
        "Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]


def test_byline_in_dateline_under_headline():
    html = """<html><body><header><h1>How AI is changing hospital rosters</h1>
    <p>Aaron Ricadela | Senior Writer | July 2, 2025</p></header><p>Text.</p></body></html>"""
    article = read(html, "https://corp.example.com/news/ai-rosters")
    assert article.authors == ["Aaron Ricadela"]
    assert article.published == datetime(2025, 7, 2)
