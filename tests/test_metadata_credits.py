"""Who is credited: forum threads, outlets declared as persons, outlet names in bylines."""

import pytest

from newsmill.extract import dom, metadata


def read(html: str, url: str):
    return metadata.read_metadata(dom.parse(html), url)


FORUM_THREAD = """<html><head><title>Pump noise after the update - Reef Forum</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting",
 "headline": "Pump noise after the update", "datePublished": "2024-01-10T17:47:16+00:00",
 "author": {"@type": "Person", "name": "reefkeeper42", "url": "https://forum.example.org/members/reefkeeper42.7/"}}
</script></head><body><h1>Pump noise after the update</h1>
<div class="message"><span class="username">reefkeeper42</span><p>My pump hums since Tuesday.</p></div>
<div class="message"><span class="username">Coral Mod</span><p>Check the impeller.</p></div>
</body></html>"""

QA_THREAD = """<html><head><title>Deploy failed for unknown reason</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "QAPage", "mainEntity":
 {"@type": "Question", "name": "Deploy failed for unknown reason", "datePublished": "2024-04-26T06:28:56Z",
  "author": {"@type": "Person", "name": "tinterweb"}}}</script>
</head><body><h1>Deploy failed for unknown reason</h1><p>The log says nothing.</p></body></html>"""


def test_forum_thread_credits_the_first_poster():
    article = read(FORUM_THREAD, "https://forum.example.org/threads/pump-noise.91/")
    assert article.authors == ["reefkeeper42"]
    assert article.published.date().isoformat() == "2024-01-10"


def test_question_page_credits_the_asker():
    article = read(QA_THREAD, "https://answers.example.com/t/deploy-failed/117253")
    assert article.authors == ["tinterweb"]
    assert article.published.date().isoformat() == "2024-04-26"


OUTLET_AS_PERSON = """<html><head><title>Interview</title>
<meta property="og:site_name" content="Krautbote">
<meta name="author" content="Shany Littman">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Interview",
 "author": {"@type": "Person", "name": "Krautbote ", "url": "https://krautbote.example/168-krautbote"}}</script>
</head><body><h1>Interview</h1><p>Text.</p></body></html>"""

PERSONAL_BLOG = """<html><head><title>A brief intro to git</title>
<meta property="og:site_name" content="Cory Example">
<script type="application/ld+json">{"@type": "BlogPosting", "headline": "A brief intro to git",
 "author": "Cory Example"}</script>
</head><body><h1>A brief intro to git</h1><p>Text.</p></body></html>"""


OUTLET_ALONE_AS_PERSON = """<html><head><title>Budget passes</title>
<meta property="og:site_name" content="{outlet}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Budget passes",
 "author": {{"@type": "Person", "name": "{outlet}"}}}}</script>
</head><body><h1>Budget passes</h1><p>Text.</p></body></html>"""


@pytest.mark.parametrize("outlet", ["Maseru Times", "Haberdesk", "Bookingly"])
def test_outlet_alone_declared_as_a_person_is_the_publisher_not_an_author(outlet):
    article = read(OUTLET_ALONE_AS_PERSON.format(outlet=outlet), "https://outlet.example/budget")
    assert article.authors == [] and article.publisher == outlet


YOAST_GRAPH = """<html><head><title>Travel insurance</title>
<meta property="og:site_name" content="Budget Travel with Gabby">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": ["Person", "Organization"], "@id": "https://gabby.example/#/schema/person/b68b", "name": "Gabby Boucher"},
 {"@type": "Article", "headline": "Travel insurance", "publisher": {"@id": "https://gabby.example/#/schema/person/b68b"},
  "author": {"name": "Gabby Boucher", "@id": "https://gabby.example/#/schema/person/b68b"}}]}</script>
</head><body><h1>Travel insurance</h1><p>Text.</p></body></html>"""


OUTLET_IN_BYLINE = """<html><head><title>Meditation helps</title>
<meta property="og:site_name" content="The Commercial Appeal">
<meta name="author" content="VnExample">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Meditation helps",
 "author": {"@type": "Person", "name": "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal"}}</script>
</head><body><h1>Meditation helps</h1><p>Text.</p></body></html>"""

HOST_NAMED_AUTHOR = """<html><head><title>Stomach ache</title><meta name="author" content="VnExample"></head>
<body><h1>Stomach ache</h1><p class="author">By Lan Phuong</p><p>Text.</p></body></html>"""


SCHOLARLY = """<html><head><title>Model merging</title>
<meta name="citation_title" content="Model merging">
<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">
</head><body><h1>Model merging</h1><p>Abstract.</p></body></html>"""


def team_page(byline: str) -> str:
    return f"""<html><head><title>Price guide</title><meta property="og:site_name" content="FullStack"></head>
    <body><h1>Price guide</h1><p class="author">{byline}</p><p>Text.</p></body></html>"""


def test_outlet_team_gives_way_to_a_person_but_stands_alone():
    url = "https://www.fullstack.example/blog/price-guide"
    assert read(team_page("By David Jackson - FullStack Editorial Team"), url).authors == ["David Jackson"]
    assert read(team_page("By FullStack Editorial Team"), url).authors == ["FullStack Editorial Team"]


PHPBB_THREAD = """<html><head><title>Pi 5 will not boot - Example Forums</title></head><body>
<nav><a class="username" href="/ucp">Login</a></nav>
<h1>Pi 5 will not boot</h1>
<div class="post"><p class="author">by <strong><a class="username" href="/u/1">b.scherer</a></strong>
 » Sat Mar 02, 2024 7:01 pm</p><div class="content">My Pi 5 shows a red light only.</div></div>
<div class="post"><p class="author">by <strong><a class="username" href="/u/2">Moderator Joe</a></strong>
 » Sun Mar 03, 2024 9:00 am</p><div class="content">Check the power supply.</div></div>
</body></html>"""

MICRODATA_HANDLE = """<html><head><title>First trip</title></head><body><h1>First trip</h1>
<div class="metadata">Posted by <span itemprop="author" itemscope itemtype="http://schema.org/Person">
<span class="author" itemprop="name"><a href="/users/11190">johnanddoc</a></span></span></div>
<p>We plan our first trip.</p></body></html>"""

GENDERED_LABEL = """<html><head><title>Grain exports resume</title></head><body><h1>Grain exports resume</h1>
<p>Ships left the port on Monday.</p><ul class="details"><li><strong>Autorin/Autor</strong> Jonas Feldmann</li>
<li><strong>Datum</strong> 28.04.2023</li></ul></body></html>"""

COLON_LABEL = """<html><head><title>Rumours about the virus return</title></head><body>
<h1>Rumours about the virus return</h1><ul class="meta"><li class="item">3 Minuten Lesezeit</li>
<li class="item">Von: <span class="person"><a href="/lena-berg">Lena BERG</a>, </span>
<span class="person"><a href="/tom-kraus">Tom KRAUS</a></span></li></ul>
<p>Old claims about vaccines are shared again this week.</p></body></html>"""

CHINESE_EDITOR_LINE = """<html><head><meta charset="utf-8"><title>航天合作论坛开幕</title></head><body>
<h1>航天合作论坛开幕</h1><div class="content"><p>论坛今天在北京开幕，各国代表出席了会议。</p>
<p>代表们表示，这次合作将造福各国人民。</p><div class="edit">(责编：赵明、钱丽)</div></div></body></html>"""

CITATION_AUTHORS = """<html><head><title>Sleep and stress in students</title>
<meta name="dc.creator" content="Ada Brook"><meta name="citation_authors" content="Ada Brook">
<meta name="citation_authors" content="Cole Marsh"><meta name="citation_authors" content="Stone, Eli">
</head><body><h1>Sleep and stress in students</h1><p>We asked 88 students.</p></body></html>"""

LINKED_BYLINE = """<html><head><title>Ways to waste less</title><meta name="author" content="Leaf Aid">
<meta property="og:site_name" content="Leaf Aid"></head><body><nav><ul><li><a href="#">By Type</a></li></ul></nav>
<h1>Ways to waste less</h1><div class="meta"><span><a href="/search?q=Rosa+Linde">by Rosa Linde</a></span>
<span>December 23, 2025</span></div><p>Start with a cloth bag.</p>
<p>Help us improve this page <a href="/edit">by sending a Pull Request</a>.</p></body></html>"""

# A story's sentence links another story's byline; the page itself credits no one.
LINKED_BYLINE_IN_A_SENTENCE = """<html><head><title>Floods recede</title></head><body><h1>Floods recede</h1>
<p>The water fell by a metre overnight.</p><p>Read our report <a href="/search?q=Rosa+Linde">by Rosa Linde</a>
on the dams.</p><p>See also: <a href="/search?q=Ivo+Marsh">By Ivo Marsh</a></p></body></html>"""

# The writer's name, marked by class, links the writer's own page (no "author" word in its address).
BYLINE_LINKED_TO_ITS_WRITER = """<html><head><title>Tides rise</title></head><body><h1>Tides rise</h1>
<div class="meta"><a href="/staff/ruth-keller"><span class="author-name">Ruth Keller</span></a></div>
<p>The sea rose by a hand's width this winter, the harbour master measured.</p></body></html>"""

# A Chinese interview: the reporter's questions are marked "记者：", with no name after the label.
INTERVIEW_QUESTIONS = """<html><head><meta charset="utf-8"><title>谈河滨计划</title></head><body><h1>谈河滨计划</h1>
<div class="content"><p>记者：为什么？</p><p>官员表示，预算将用于新的照明和更宽的人行道。</p>
<p>记者：接下来呢？</p><p>我们会继续努力，争取在年底前完成工作。</p></div></body></html>"""

# "Door:" and "Von:" as the fields of a product's specifications and of a route, not bylines.
FIELDS_NOT_BYLINES = """<html><head><title>Garden shed, oak</title></head><body><h1>Garden shed, oak</h1>
<p>A shed for tools and bicycles, built to last for decades in any weather.</p>
<ul><li>Door: Solid Oak</li><li>Frame: Brushed Steel</li></ul>
<div><p>Von: Berlin Hauptbahnhof</p><p>Nach: Hamburg Dammtor</p></div></body></html>"""

# A label with its colon beside a date field is a byline still.
COLON_LABEL_BESIDE_A_DATE = """<html><head><title>Neue Brücke</title></head><body><h1>Neue Brücke</h1>
<ul class="meta"><li>Von: Jana Roth</li><li>Datum: 03.05.2024</li></ul>
<p>Die Brücke wird im Mai eröffnet.</p></body></html>"""

# A <nav> left unclosed: the whole story, headline and byline included, ends up inside it.
UNCLOSED_NAV = """<html><head><title>How to start a club</title></head><body><article><header><nav class="top">
<a href="/">Home</a> <a href="/guides">Guides</a>
<h1>How to start a club</h1><div class="meta"><span>by </span><p><a href="/people/rosa-linde">Rosa Linde</a></p>
</div><p>Pick a name and find three friends who will come every week.</p></nav></header></article></body></html>"""

# A Vietnamese news page signs the story at its end: the name in bold, aligned right.
SIGNED_AT_END = """<html><head><title>Đau bụng kéo dài</title></head><body><h1>Đau bụng kéo dài</h1>
<div class="sidebar-1"><article class="detail"><p>Người bệnh đến khám vì đau bụng suốt ba tháng.</p>
<p>Bác sĩ khuyên nên đi khám sớm.</p><p style="text-align:right;"><strong>Mai Thu Hà</strong></p></article></div>
</body></html>"""

# A poem's author, in bold and aligned right, heads the story as an epigraph: it signs no story.
EPIGRAPH_AUTHOR = """<html><head><title>Rain over the delta</title></head><body><h1>Rain over the delta</h1>
<article><blockquote><p>The river keeps its promises.</p></blockquote>
<p style="text-align:right"><strong>Lan Anh Vo</strong></p>
<p>The monsoon came two weeks early this year, and the farmers along the delta moved their seedlings to
higher ground before the first storm.</p><p>The water reached the road by Friday.</p></article></body></html>"""

RIGHT_ALIGNED_NOTE = """<html><head><title>Rain all week</title></head><body><h1>Rain all week</h1><article>
<p>Rain falls until Sunday.</p><p style="text-align: right"><b>Updated hourly</b></p></article></body></html>"""

# A card that links another story carries that story's byline inside its link.
CARD_BYLINE = """<html><head><title>War games begin</title></head><body><h1>War games begin</h1>
<div class="name">AFP, MANILA</div><p>The drills started on Monday near the islands.</p>
<ul class="list"><li><a href="/news/2024/10/14/2003825"><p>The navy keeps watch on the carrier group.</p>
<h6>By Ben Carver and Yi Lan</h6></a></li></ul></body></html>"""

# A customer's quote card, its author marked by class, inside a link to the customer's story.
QUOTE_CARD = """<html><head><title>Plan your product</title></head><body><h1>Plan your product</h1>
<p>One place for issues, projects and roadmaps.</p><a href="/customers/northwind"><p>"We ship twice as fast."</p>
<div class="quote__authorInfo"><span>Gina Peale</span> <span>Northwind</span></div></a></body></html>"""


AUTHOR_CASES = [  # (page, url, expected authors)
    pytest.param(OUTLET_AS_PERSON, "https://krautbote.example/5481-interview", ["Shany Littman"],
                 id="outlet_declared_as_person_gives_way_to_a_named_author"),
    pytest.param(PERSONAL_BLOG, "https://cory.example.dev/posts/git", ["Cory Example"],
                 id="personal_blog_keeps_its_owner_as_author"),
    pytest.param(YOAST_GRAPH, "https://gabby.example/travel-insurance/", ["Gabby Boucher"],
                 id="graph_person_that_is_also_the_publisher_is_the_author"),
    pytest.param(OUTLET_IN_BYLINE, "https://www.commercialappeal.example/story/meditation",
                 ["Manoj Jain", "Jagpreet Chhatwal"],
                 id="outlet_name_without_the_is_left_out_of_a_byline"),
    pytest.param(HOST_NAMED_AUTHOR, "https://vnexample.net/stomach-ache-4954454.html", ["Lan Phuong"],
                 id="host_name_as_author_gives_way_to_the_visible_byline"),
    pytest.param(SCHOLARLY, "https://papers.example.org/abs/2512.16245", ["Aniruddha Roy", "Jyoti Patel"],
                 id="citation_authors_written_last_first_are_turned_round"),
    pytest.param(PHPBB_THREAD, "https://forums.example.com/viewtopic.php?t=361697", ["b.scherer"],
                 id="forum_first_poster_by_user_name_class"),
    pytest.param(MICRODATA_HANDLE, "https://community.example.com/travel-forum/first-trip", ["johnanddoc"],
                 id="microdata_author_name_may_be_a_handle"),
    pytest.param(GENDERED_LABEL, "https://welle.example/de/grain/a-1", ["Jonas Feldmann"],
                 id="label_for_both_genders_beside_the_name"),
    pytest.param(COLON_LABEL, "https://check.example/virus-rumours", ["Lena BERG", "Tom KRAUS"],
                 id="label_with_a_colon_before_the_names"),
    pytest.param(CHINESE_EDITOR_LINE, "https://news.example.cn/n1/2024/0424/c1001.html", ["赵明", "钱丽"],
                 id="chinese_editor_line_in_brackets"),
    pytest.param(CITATION_AUTHORS, "https://journal.example.org/2019/6/e142", ["Ada Brook", "Cole Marsh", "Eli Stone"],
                 id="every_name_of_the_plural_citation_authors_tag"),
    pytest.param(LINKED_BYLINE, "https://leafaid.example.org/blogs/waste-less", ["Rosa Linde"],
                 id="link_that_is_a_whole_byline_beats_the_outlet_declared_as_author"),
    pytest.param(LINKED_BYLINE_IN_A_SENTENCE, "https://news.example.org/floods-recede", [],
                 id="link_byline_among_a_sentence_s_words_is_another_story_s"),
    pytest.param(BYLINE_LINKED_TO_ITS_WRITER, "https://coast.example.com/news/tides-rise", ["Ruth Keller"],
                 id="byline_that_is_the_whole_link_to_its_writer_s_page_counts"),
    pytest.param(INTERVIEW_QUESTIONS, "https://news.example.cn/2025/talk.html", [],
                 id="cjk_label_before_a_question_is_no_byline"),
    pytest.param(FIELDS_NOT_BYLINES, "https://shop.example.com/sheds/oak", [], id="colon_labels_among_fields_are_no_bylines"),
    pytest.param(COLON_LABEL_BESIDE_A_DATE, "https://zeitung.example.de/bruecke", ["Jana Roth"],
                 id="colon_label_beside_a_date_field_is_a_byline"),
    pytest.param(UNCLOSED_NAV, "https://clubs.example.com/guides/start-a-club", ["Rosa Linde"],
                 id="nav_that_holds_the_headline_does_not_hide_the_byline"),
    pytest.param(SIGNED_AT_END, "https://tin.example.net/dau-bung-4954454.html", ["Mai Thu Hà"],
                 id="name_signed_in_bold_and_aligned_right_after_the_story"),
    pytest.param(EPIGRAPH_AUTHOR, "https://tin.example.net/rain-delta-4954455.html", [],
                 id="bold_right_aligned_name_before_the_story_s_prose_signs_nothing"),
    pytest.param(RIGHT_ALIGNED_NOTE, "https://weather.example.com/rain-all-week", [],
                 id="a_right_aligned_bold_note_is_no_signature"),
    pytest.param(CARD_BYLINE, "https://times.example.tw/news/2024/10/15/2003825500", [],
                 id="byline_inside_a_link_to_another_story_is_that_story_s"),
    pytest.param(QUOTE_CARD, "https://plan.example.app/", [], id="author_class_inside_a_link_is_a_card_s"),
]


@pytest.mark.parametrize(("html", "url", "authors"), AUTHOR_CASES)
def test_credited_authors(html, url, authors):
    assert read(html, url).authors == authors


def test_byline_in_the_article_own_footer():
    html = """<html><head><title>What tutoring is</title></head><body><article><h1>What tutoring is</h1>
    <p>Tutoring is a conversation.</p>
    <footer class="meta"><div class="author"><p class="name"><a rel="author" href="/author/hg/">Halina Goetz</a></p></div></footer>
    </article><footer class="site"><p class="author">By Site Webmaster</p></footer></body></html>"""
    assert read(html, "https://blogs.example.edu/2016/02/09/what-tutoring-is/").authors == ["Halina Goetz"]


def test_promoted_article_node_and_page_builder_widget_are_not_sidebars():
    html = """<html><head><title>Gym injury lawsuits</title></head><body>
    <article class="node node--type-article node--promoted"><h1>Gym injury lawsuits</h1>
    <div class="elementor-widget elementor-widget-author-box"><div class="author-box">
    <img alt="Headshot of Justin C. Meserole, a New York City-based attorney" src="/j.jpg"></div></div>
    <p>Text.</p></article>
    <div class="widget widget_recent_entries"><p class="author">By Sidebar Person</p></div></body></html>"""
    assert read(html, "https://www.lawfirm.example/blog/gym-injury-lawsuits/").authors == ["Justin C. Meserole"]


def test_by_colon_label():
    html = """<html><head><title>Mini engine</title></head><body><h1>Mini engine</h1>
    <p class="text-xl">by: <!-- -->Ziyi Xu<!-- -->, <!-- -->Liang Chen</p><p>Text.</p></body></html>"""
    assert read(html, "https://lab.example.org/blog/2025-12-17-mini").authors == ["Ziyi Xu", "Liang Chen"]


def test_written_by_in_a_heading():
    html = """<html><head><title>Money habits</title></head><body><h1>Money habits</h1><p>Text.</p>
    <div class="bio"><h3 class="wp-block-heading">Written by Cassidy Horton</h3><p>Cassidy is a writer.</p></div>
    </body></html>"""
    assert read(html, "https://www.lender.example/blog/money-habits").authors == ["Cassidy Horton"]


def test_buttons_and_author_bios_are_not_bylines():
    html = """<html><head><title>Storm damage in the valley</title></head><body><article>
    <h1>Storm damage in the valley</h1>
    <div class="tools"><button class="followAuthorBtn">Abbrechen</button></div>
    <p class="author-description">Writer in Calgary, Alberta. Contributor to Independent, Wired and others.</p>
    <p>Text.</p></article></body></html>"""
    assert read(html, "https://valley.example.org/storm").authors == []


def test_byline_crediting_the_outlet_ends_the_search():
    html = """<html><head><title>Budget passes</title><meta property="og:site_name" content="Hill Times"></head>
    <body><article><h1>Budget passes</h1><span class="byline">by Hill Times</span><p>Text.</p>
    <div class="author-socials"><span>Advertising</span> <span>Telephone</span></div></article></body></html>"""
    assert read(html, "https://hilltimes.example/budget").authors == []


def test_links_in_a_sentence_are_not_names_side_by_side():
    html = """<html><head><title>Ceasefire talks</title></head><body><article><h1>Ceasefire talks</h1><p>Text.</p>
    <div class="postmeta">Von redaktion am 21/02/2021. Abgelegt unter <a href="/c/welt">Welt</a>. Sie können alle
    Antworten über den <a href="/feed">RSS 2.0</a> Feed verfolgen.</div></article></body></html>"""
    assert read(html, "https://blatt.example.de/talks").authors == []


def test_forum_post_keeps_a_hyphenated_handle():
    html = FORUM_THREAD.replace("reefkeeper42", "slow-poke")
    assert read(html, "https://forum.example.org/threads/pump-noise.91/").authors == ["slow-poke"]
    article = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tides",
    "author": {"@type": "Person", "name": "sophie-foster"}}</script></head><body><h1>Tides</h1></body></html>"""
    assert read(article, "https://news.example.org/tides").authors == []  # a slug on a news article


def test_author_values_that_name_the_outlet_are_not_cut_into_a_name():
    html = """<html><head><title>Tuning a model</title><meta property="og:site_name" content="Hands on the Wheel">
    <meta name="author" content="Hands on the Wheel"></head><body><h1>Tuning a model</h1>
    <a class="h-card p-author" rel="author" href="/">Hands on the Wheel</a><p>Text.</p></body></html>"""
    assert read(html, "https://handsonthewheel.example/tuning").authors == []
    html = """<html><head><title>Front line report</title><meta name="author" content="Radio Nordwelle (www.nordwelle.example)">
    </head><body><h1>Front line report</h1><p>Text.</p></body></html>"""
    assert read(html, "https://www.nordwelle.example/de/report/a-123").authors == []


def test_dateline_whose_date_and_name_sit_in_separate_elements():
    html = """<html><head><title>The pilot has landed</title></head><body><article><h1>The pilot has landed</h1>
    <div class="meta"><span>2025-12-17</span><span>·</span><a title="Ola Nordmann"><div>Ola Nordmann</div></a></div>
    <p>Text.</p></article></body></html>"""
    assert read(html, "https://archive.example.no/blog/pilot").authors == ["Ola Nordmann"]
    html = """<html><head><title>Pricing guide</title></head><body><header><h1>Pricing guide</h1>
    <p>Dec 26, 2025 <span>•</span> <img src="/a.png"> Rina Sato in <a href="/c/pm">Project Management</a></p></header>
    <p>Text.</p></body></html>"""
    assert read(html, "https://tool.example.com/article/pricing").authors == ["Rina Sato"]


def test_section_word_in_a_dateline_is_no_name():
    html = """<html><head><title>Small models</title></head><body><h1>Small models</h1>
    <div><span>Essay - Published: 2025.12.17 |</span> <a href="/t/ai">ai</a> <span>|</span> <a href="/t/code">code</a></div>
    <p>Text.</p></body></html>"""
    assert read(html, "https://notes.example.xyz/posts/small-models").authors == []


def test_article_author_meta_names_the_agency():
    html = """<html><head><title>Derby report</title><meta name="articleAuthor" content="Anadolu Ajansı"></head>
    <body><h1>Derby report</h1><p>Text.</p></body></html>"""
    article = read(html, "https://spor.example.com.tr/derby-report")
    assert article.authors == [] and article.agency == "Anadolu Ajansı"


def test_links_that_begin_with_by_are_no_bylines():
    page = """<html><head><title>Handbook: types</title></head><body><ul class="menu"><li><a href="#">By Type</a>
    </li></ul><h1>Handbook: types</h1><p>Types are sets of values.</p>
    <p>Help us improve these pages <a href="/edit">by sending a Pull Request</a>.</p></body></html>"""
    assert read(page, "https://docs.example.org/handbook/types").authors == []


def test_lists_of_single_words_are_not_bylines():
    html = """<html><head><title>Resistance band anchor</title></head><body><h1>Resistance band anchor</h1>
    <p>Door Anchor for Resistance Bands – Yellow</p><p>By Sales, Operations, IT and HR teams alike.</p></body></html>"""
    assert read(html, "https://shop.example.nl/products/anchor").authors == []
    html = """<html><head><title>Food myths</title></head><body><article><h1>Food myths</h1>
    <div class="author-tags">Wellness, Prevention</div><p>Text.</p></article></body></html>"""
    assert read(html, "https://clinic.example.org/news/food-myths").authors == []


def test_declared_login_gives_way_to_the_visible_byline():
    html = """<html><head><title>Cleaning tips</title>
    <script type="application/ld+json">{"@type": "BlogPosting", "headline": "Cleaning tips",
    "author": {"@type": "Person", "name": "RosaM"}}</script><meta name="author" content="RosaM"></head>
    <body><article><h1>Cleaning tips</h1><div class="author-name">Ines Kavanagh</div><p>Text.</p></article></body></html>"""
    assert read(html, "https://clean.example.ie/blog/tips").authors == ["Ines Kavanagh"]
    assert read(FORUM_THREAD.replace("reefkeeper42", "reef.keeper"), "https://forum.example.org/threads/p.91/").authors == [
        "reef.keeper"]


def personal_site(site_name: str, author_meta: str = "", byline: str = "", ld: str = "") -> str:
    meta = f'<meta name="author" content="{author_meta}">' if author_meta else ""
    script = f'<script type="application/ld+json">{ld}</script>' if ld else ""
    return f"""<html><head><title>Sourdough for one</title><meta property="og:site_name" content="{site_name}">
    {meta}{script}</head><body><article><h1>Sourdough for one</h1>{byline}<p>Text.</p></article></body></html>"""


@pytest.mark.parametrize(("html", "authors"), [
    pytest.param(personal_site("Mira Holloway", author_meta="Mira Holloway"), ["Mira Holloway"],
                 id="meta_author_that_is_the_site_name"),
    pytest.param(personal_site("Mira Holloway", byline='<div class="byline">Written By Mira Holloway</div>'),
                 ["Mira Holloway"], id="visible_byline_that_is_the_site_name"),
    pytest.param(personal_site("Kettle Lane Store", author_meta="Kettle Lane Store"), [],
                 id="organisation_word_makes_a_business"),
    pytest.param(personal_site("Kettle Lane", author_meta="Kettle Lane",
                               ld='{"@type": "Organization", "name": "Kettle Lane"}'), [],
                 id="name_of_a_declared_organization"),
    pytest.param(personal_site("Kettle Lane", author_meta="Kettle Lane",
                               ld='{"@type": ["Person", "Organization"], "name": "Kettle Lane"}'), ["Kettle Lane"],
                 id="person_declared_as_the_site_organization_too"),
    pytest.param(personal_site("Der Kesselbote", author_meta="Der Kesselbote"), [],
                 id="title_opened_by_an_article_is_a_publication"),
    pytest.param(personal_site("The Tidy Nest", byline='<div class="byline">By The Tidy Nest</div>'), [],
                 id="english_article_before_a_site_name_too"),
])
def test_personal_site_credits_its_writer_but_not_a_business(html, authors):
    assert read(html, "https://www.site.example/sourdough-for-one/").authors == authors


def test_author_meta_given_as_a_url_is_read_from_the_link_to_it():
    html = """<html><head><title>Tidal power</title>
    <meta property="article:author" content="https://www.paper.example/profile/ines-varga">
    </head><body><aside><address><a href="/profile/ines-varga">Ines Varga</a></address></aside>
    <h1>Tidal power</h1><p>Text.</p><a href="https://www.facebook.com/paper">Paper on Facebook</a></body></html>"""
    assert read(html, "https://www.paper.example/science/tidal-power").authors == ["Ines Varga"]
    social = html.replace("https://www.paper.example/profile/ines-varga", "https://www.facebook.com/paper")
    assert read(social, "https://www.paper.example/science/tidal-power").authors == []


@pytest.mark.parametrize("html", [
    pytest.param("""<div class="main-container fixed-sidebar"><h1>Cast iron care</h1>
    <span class="author-name">PanFan77</span><p>Text.</p></div><aside><p class="author">By Ad Person</p></aside>""",
                 id="fixed_sidebar_layout_class"),
    pytest.param("""<article class="post has-comments"><h1>Cast iron care</h1><p>Text.</p>
    <div class="entry-footer"><span class="byline">Posted by PanFan77</span></div></article>
    <div class="site-footer"><p class="author">By Site Webmaster</p></div>""",
                 id="article_own_footer_class_and_comment_state"),
])
def test_layout_and_article_footer_classes_do_not_hide_the_byline(html):
    page = f"<html><head><title>Cast iron care</title></head><body>{html}</body></html>"
    assert read(page, "https://pans.example.com/cast-iron-care").authors == ["PanFan77"]


def test_comment_section_that_has_comments_is_still_off_the_article():
    html = """<html><head><title>Cast iron care</title></head><body><h1>Cast iron care</h1><p>Text.</p>
    <div class="comments-area has-comments"><p class="author">By Some Reader</p></div></body></html>"""
    assert read(html, "https://pans.example.com/cast-iron-care").authors == []


def test_lowercase_member_handle_in_a_post_byline():
    html = """<html><head><title>Guest display freezes</title></head><body><h1>Guest display freezes</h1>
    <div class="post"><p class="author">Post by <strong><a class="username" href="/u/81">quillfish</a></strong>
    » 11. Sep 2024, 18:36</p><div class="content">The guest freezes at boot.</div></div>
    <div class="post"><p class="author">Post by <strong><a class="username" href="/u/82">Helper99</a></strong>
    » 11. Sep 2024, 21:06</p><div class="content">Try the other driver.</div></div></body></html>"""
    assert read(html, "https://forums.vm.example/viewtopic.php?t=4411").authors == ["quillfish"]


def bold_lead(first: str, after: str) -> str:
    return f"""<html><head><title>Quarry blasts crack walls</title><meta property="og:site_name" content="Valley Times">
    </head><body><article><h1>Quarry blasts crack walls</h1><span class="byline">by Valley Times</span>
    <div class="entry-content"><p>\xa0</p><p><em>…villagers ask for a hearing</em></p>{first}{after}</div>
    </article></body></html>"""


PROSE = "<p>Five villages say the blasting of a nearby quarry has cracked their walls since March.</p>"


@pytest.mark.parametrize(("first", "after", "authors"), [
    pytest.param("<p><strong>Tumelo Rakhetla/Lineo Mosia</strong></p>", PROSE, ["Tumelo Rakhetla", "Lineo Mosia"],
                 id="names_in_bold_open_the_story"),
    pytest.param("<p><strong>Key Takeaways</strong></p>", "<ul><li>Walls cracked.</li></ul>" + PROSE, [],
                 id="bold_heading_before_a_list"),
    pytest.param("<p>Villagers met on Monday.</p><p><strong>Tumelo Rakhetla</strong></p>", PROSE, [],
                 id="bold_name_after_the_story_began"),
])
def test_byline_typed_in_bold_as_the_first_paragraph(first, after, authors):
    assert read(bold_lead(first, after), "https://valleytimes.example/quarry-blasts/").authors == authors


def test_outlet_declared_as_the_author_is_not_cut_into_a_fragment():
    html = """<html><head><title>Best lodges</title><meta property="og:site_name" content="Harbor Travel Expert">
    <script type="application/ld+json">{"@type": "Article", "headline": "Best lodges",
     "author": {"@type": "Person", "name": "Harbor Travel Expert"}}</script></head>
    <body><h1>Best lodges</h1><p>Text.</p></body></html>"""
    assert read(html, "https://harbortravelexpert.example/best-lodges/").authors == []


def story_in(wrapper_open: str, wrapper_close: str, byline: str, box: str = "article") -> str:
    return f"""<html><head><title>Winter pruning</title></head><body>{wrapper_open}
    <{box} class="post"><h1>Winter pruning</h1>{byline}<p>Cut the old canes first.</p></{box}>
    <div class="widget"><span class="author">Widget Writer</span></div>{wrapper_close}</body></html>"""


@pytest.mark.parametrize(("html", "authors"), [
    pytest.param(story_in('<div class="sidebar_content">', "</div>", '<span class="author">Rosa Lindqvist</span>'),
                 ["Rosa Lindqvist"], id="main_column_classed_as_sidebar_content"),
    pytest.param(story_in('<aside class="announcement-banner">', "</aside>", '<span class="author">Rosa Lindqvist</span>'),
                 ["Rosa Lindqvist"], id="aside_left_open_around_the_page"),
    pytest.param(story_in("<div>", "</div>", '<aside class="post-author">Rosa Lindqvist</aside>'),
                 ["Rosa Lindqvist"], id="byline_set_in_its_own_aside"),
    pytest.param(story_in('<div class="sidebar_content">', "</div>", '<span class="author">Rosa Lindqvist</span>',
                          box="main"), [], id="main_is_no_story_box"),
    pytest.param(story_in('<aside class="announcement-banner">', "</aside>",
                          '<div class="related"><span class="author">Other Writer</span></div>'), [],
                 id="sidebar_within_the_article_still_counts"),
])
def test_what_wraps_the_headline_article_does_not_hide_its_byline(html, authors):
    assert read(html, "https://garden.example/winter-pruning").authors == authors


def writer_link(links: str, host: str = "tools.example") -> str:
    return f"""<html><head><title>Choosing a drill</title></head><body><div class="wrap">
    <h1>Choosing a drill</h1><div class="flex gap-4">{links}</div>
    <p>Corded drills still win on torque.</p></div></body></html>"""


@pytest.mark.parametrize(("links", "authors"), [
    pytest.param('<a href="/blog/authors/marta-oyelaran">Marta Oyelaran</a>', ["Marta Oyelaran"],
                 id="writer_page_link_named_by_its_slug"),
    pytest.param('<a href="https://tools.example/author/zoe-o-neill-12/"><img alt=""><span>Zoë O\'Neill</span></a>',
                 ["Zoë O'Neill"], id="accented_name_and_slug_with_an_id"),
    pytest.param('<a href="/authors/marta-oyelaran">Our team</a>', [], id="link_text_is_not_the_slug_name"),
    pytest.param('<a href="https://social.example/author/marta-oyelaran">Marta Oyelaran</a>', [],
                 id="writer_page_on_another_site"),
    pytest.param('<div class="sidebar"><a href="/authors/marta-oyelaran">Marta Oyelaran</a></div>', [],
                 id="writer_link_in_a_sidebar"),
    pytest.param('<p>As my colleague <a href="/authors/marta-oyelaran">Marta Oyelaran</a> found last spring, the '
                 'cheap ones overheat.</p>', [], id="colleague_named_in_a_sentence_of_the_story"),
    pytest.param("".join(f'<a href="/authors/{slug}">{name}</a>' for slug, name in [
        ("ann-lee", "Ann Lee"), ("bo-kim", "Bo Kim"), ("cy-dunn", "Cy Dunn"), ("di-park", "Di Park")]), [],
                 id="many_writers_pages_are_a_card_list"),
])
def test_link_to_a_writer_page_names_the_author(links, authors):
    assert read(writer_link(links), "https://tools.example/blog/choosing-a-drill").authors == authors


def byline_box(box: str, head: str = "") -> str:
    return f"""<html><head><title>Reading the tides</title>{head}</head><body><article><h1>Reading the tides</h1>
    {box}<p>Spring tides come twice a month.</p></article></body></html>"""


@pytest.mark.parametrize(("box", "authors"), [
    pytest.param('<div class="post-author">Notes from <div class="author-box"><span class="author-name">'
                 'Ines Varga</span><span class="author-role">Marketing Director</span></div></div>', ["Ines Varga"],
                 id="label_word_before_the_name_box"),
    pytest.param('<div class="byline"><a class="byline-history" href="#h">History</a></div>'
                 '<span class="author">Ines Varga</span>', ["Ines Varga"], id="edit_history_link_before_the_name"),
    pytest.param('<span class="author">Ines</span><p>Text.</p>', ["Ines"], id="first_name_alone_stays"),
    pytest.param('<span class="author">Ines</span><div class="author-intro">Ines Ines</div>', ["Ines"],
                 id="the_word_twice_is_no_full_name"),
])
def test_one_word_from_a_byline_gives_way_to_the_full_name_beside_it(box, authors):
    assert read(byline_box(box), "https://sea.example/reading-the-tides").authors == authors


def test_one_word_member_name_of_a_forum_thread_stays():
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Reading the tides"}</script>'
    html = byline_box('<span class="author">Kiwi</span><p>Any tips?</p><span class="author">Ines Varga</span>', thread)
    assert read(html, "https://sea.example/t/reading-the-tides").authors == ["Kiwi"]


@pytest.mark.parametrize(("box", "authors"), [
    pytest.param('<div class="author-card"><span class="avatar">IV</span><div class="author-meta">'
                 '<span class="author-meta--name">Ines Varga</span><p>As a pilot I have crossed the bar 400 times.</p>'
                 '</div></div>', ["Ines Varga"], id="avatar_initials_and_biography_around_the_name"),
    pytest.param('<div class="author-line"><span class="author-label">Written By:</span> <span class="authorName">'
                 'Ines Varga</span> <span class="author-title">Pilot &amp; Skipper</span></div>', ["Ines Varga"],
                 id="job_title_beside_the_name"),
])
def test_name_marked_by_class_inside_a_byline_box(box, authors):
    assert read(byline_box(box), "https://sea.example/reading-the-tides").authors == authors


def test_names_in_the_items_of_a_byline_list_are_apart():
    box = ('<span class="byline">Written by: <ul class="inline-list"><li><a href="/p/ines">Ines Varga</a></li>'
           '<li><a href="/p/tom">Tomas Brandt</a></li></ul></span>')
    assert read(byline_box(box), "https://sea.example/reading-the-tides").authors == ["Ines Varga", "Tomas Brandt"]


@pytest.mark.parametrize(("box", "authors"), [
    pytest.param('<div class="blog-author"><img src="/i/ines.jpg" alt=""><div><h4>Ines Varga</h4><p>Ines has piloted '
                 'ships across the harbour bar for twenty years and writes about the tides, the weather and the '
                 'boats that come in with them.</p></div></div>', ["Ines Varga"], id="name_heading_over_a_biography"),
    pytest.param('<div class="blog-author"><div><h4>About the harbour</h4><p>The harbour has served ships for '
                 'two hundred years, and its pilots write about the tides, the weather and the boats.</p>'
                 '</div></div>', [], id="heading_that_is_no_name"),
])
def test_author_box_headed_by_the_name(box, authors):
    assert read(byline_box(box), "https://sea.example/reading-the-tides").authors == authors


def test_author_of_a_web_page_object_that_is_the_article():
    # a newsletter platform declares its posts as a WebPage with a headline and an author
    html = """<html><head><title>Signal #7 - Example Signal</title>
    <meta name="author" content="Example Signal">
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage",
     "headline": "Signal #7", "datePublished": "2025-03-01T10:00:00Z",
     "author": {"@type": "Person", "name": "Arben Kola"},
     "publisher": {"@type": "Organization", "name": "Example Signal"}}</script>
    </head><body><h1>Signal #7</h1><p>This week in small tools.</p></body></html>"""
    assert read(html, "https://www.examplesignal.com/p/signal-7").authors == ["Arben Kola"]


def test_byline_in_a_box_marked_newsletter_that_holds_the_story():
    # a newsletter shown as a web page: the box named for it holds the headline and the byline
    html = """<html><head><title>Five charts on rain</title></head><body><main>
    <div class="newsletter-email"><div class="post-intro"><h1>Five charts on rain</h1>
    <div class="post-meta"><p class="byline">by <a href="/people/ines-varga">Ines Varga</a></p></div></div>
    <p>It rained more this year than last, and here is where.</p></div>
    <aside class="newsletter-signup"><p class="byline">by The Editors</p></aside></main></body></html>"""
    assert read(html, "https://letters.example.org/five-charts-on-rain").authors == ["Ines Varga"]


def test_regional_studio_of_the_outlet_is_no_author():
    html = """<html><head><title>Ein Dorf baut sein Freibad - XYZ</title></head><body><article>
    <h1>Ein Dorf baut sein Freibad</h1><p class="author">von <a href="/autoren/lena-graf">Lena Graf</a>, XYZ SACHSEN</p>
    <p>Das Becken ist fertig, das Wasser fehlt noch.</p></article></body></html>"""
    assert read(html, "https://www.xyz.de/sachsen/freibad-100.html").authors == ["Lena Graf"]


def test_team_of_the_outlet_stays_credited_as_written():
    html = """<html><head><title>Was heute wichtig ist - XYZ</title></head><body><article>
    <h1>Was heute wichtig ist</h1><p class="author">von XYZ Redaktion</p>
    <p>Der Überblick am Morgen.</p></article></body></html>"""
    assert read(html, "https://www.xyz.de/ueberblick-100.html").authors == ["XYZ Redaktion"]


def test_reviewer_in_the_dateline_is_no_author():
    html = """<html><head><title>Nine Lake Towns to Visit in 2026</title></head><body>
    <div><h1>Nine Lake Towns to Visit in 2026</h1>
    <p><span>Updated: March 04, 2026</span> | <span>Reviewed By: Travel Editor, Nora Vale</span></p></div>
    <p>The water is cold and the towns are warm.</p></body></html>"""
    assert read(html, "https://club.example.com/travel/lake-towns").authors == []


def test_writer_in_the_dateline_is_credited():
    html = """<html><head><title>Nine Lake Towns to Visit in 2026</title></head><body>
    <div><h1>Nine Lake Towns to Visit in 2026</h1>
    <p><span>March 04, 2026</span> | <span>Nora Vale</span></p></div>
    <p>The water is cold and the towns are warm.</p></body></html>"""
    assert read(html, "https://club.example.com/travel/lake-towns").authors == ["Nora Vale"]
