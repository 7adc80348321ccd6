"""Title choice on small hand-written pages: heading glyphs, headings that are one segment of the title."""

from newsmill.extract import dom, metadata
from newsmill.extract.metadata import titles


def title_of(html: str, url: str = "https://docs.example.org/guide/page.html") -> str:
    return metadata.read_metadata(dom.parse(html), url).title


def test_anchor_glyph_after_heading_is_not_title_text():
    html = """<html><head><title>Quickstart — Example Framework Documentation (3.1.x)</title></head>
    <body><h1>Quickstart<a class="headerlink" href="#quickstart">¶</a></h1><p>Text.</p></body></html>"""
    assert title_of(html) == "Quickstart"


def test_icon_font_glyph_after_heading_is_cut():
    html = """<html><head><title>Playbooks — Tool Docs</title></head>
    <body><h1>Using playbooks<a href="#p">\uf0c1</a></h1></body></html>"""
    assert title_of(html) == "Using playbooks"


def test_heading_that_is_the_leading_segment_of_the_title():
    html = """<html><head><title>Models | Example documentation</title>
    <meta property="og:title" content="Models | Example documentation"></head>
    <body><h1>Models</h1><p>A model is the single source of truth.</p></body></html>"""
    assert title_of(html) == "Models"


def test_heading_that_is_the_trailing_segment_is_the_brand_not_the_title():
    html = """<html><head><title>Hair follicles grown in the lab for the first time : science</title>
    <meta property="og:title" content="Hair follicles grown in the lab for the first time"></head>
    <body><h1>science</h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://forum.example.com/r/science/comments/1") == \
        "Hair follicles grown in the lab for the first time"


def test_tagline_after_a_pipe_is_cut_but_not_a_short_kicker():
    html = """<html><head><title>Cloudflare CDN | Content Delivery Network | Cloudflare</title>
    <meta property="og:title" content="Homeowners Insurance Guide 2026 | Coverage Types, Costs &amp; Savings"></head>
    <body><p>Text.</p></body></html>"""
    assert title_of(html, "https://www.insurer.example/guide") == "Homeowners Insurance Guide 2026"
    assert titles._cut_tagline("BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors") == \
        "BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors"


def test_title_drops_soft_hyphens_and_word_joiners():
    html = """<html><head><title>Repair aid</title></head><body>
    <h1>Home Repair Assis\u00adtance Program \u2013\u2060 Spring</h1></body></html>"""
    assert title_of(html, "https://city.example.gov/repair") == "Home Repair Assistance Program \u2013 Spring"


def _post(kind: str, h1: str) -> str:
    return f"""<html><head><title>Best Trail Shoes for 2025 - Ridge Notes</title>
    <meta property="og:title" content="Best Trail Shoes for 2025"><meta property="og:site_name" content="Ridge Notes">
    <script type="application/ld+json">{{"@type": "{kind}", "headline": "Best Trail Shoes for 2025"}}</script>
    </head><body><h1>{h1}</h1><p>Text.</p></body></html>"""


def test_blog_post_headline_is_its_h1_not_the_search_title():
    assert title_of(_post("BlogPosting", "Seven trail shoes we ran 500 miles in")) == "Seven trail shoes we ran 500 miles in"
    assert title_of(_post("NewsArticle", "Seven trail shoes we ran 500 miles in")) == "Best Trail Shoes for 2025"
    assert title_of(_post("BlogPosting", "Ridge Notes")) == "Best Trail Shoes for 2025"  # the blog's name


def test_open_graph_article_without_json_ld_takes_its_h1():
    html = """<html><head><title>Home Gym Guide 2026 | Lift Lab</title><meta property="og:type" content="article">
    <meta property="og:title" content="Home Gym Guide 2026"></head>
    <body><h1>How to build a home gym on a budget</h1><p>Text.</p></body></html>"""
    assert title_of(html) == "How to build a home gym on a budget"


def _repeated(declared: str, h1: str) -> str:
    return f"""<html><head><title>{declared}</title><meta property="og:title" content="{declared}"></head>
    <body><h1>{h1}</h1><p>Text.</p></body></html>"""


def test_declared_title_loses_decoration_that_the_h1_does_not_show():
    assert title_of(_repeated("## Binding agents for lunar concrete", "Binding agents for lunar concrete")) == \
        "Binding agents for lunar concrete"
    assert title_of(_repeated("🎧 Studio Monitor 5 Black", "Studio Monitor 5 Black")) == "Studio Monitor 5 Black"
    assert title_of(_repeated("Wall Hooks, Clear, 40-Pack ()", "Wall Hooks, Clear, 40-Pack")) == "Wall Hooks, Clear, 40-Pack"
    assert title_of(_repeated("*On the Nature of Tea* (1750)", "On the Nature of Tea (1750)")) == "On the Nature of Tea (1750)"
    assert title_of(_repeated("Kernel panic explained 💥", "Kernel panic explained 💥")) == "Kernel panic explained 💥"


def test_declared_title_in_quotes_gives_the_bare_h1_form():
    assert title_of(_repeated("&quot;Why do kettles whistle?&quot;", "Why do kettles whistle?")) == "Why do kettles whistle?"
    assert title_of(_repeated("“Sorted by hand”", "“Sorted by hand”")) == "“Sorted by hand”"


def test_h1_question_mark_kept_when_the_declared_title_drops_it():
    assert title_of(_repeated("What comes next for edge computing", "What comes next for edge computing?")) == \
        "What comes next for edge computing?"
    assert title_of(_repeated("Ausschuss zur Flut: Zwei Rücktritte", "Ausschuss zur Flut Zwei Rücktritte")) == \
        "Ausschuss zur Flut: Zwei Rücktritte"  # a kicker whose colon the page draws with CSS


def test_forum_thread_label_in_the_h1_is_not_part_of_the_title():
    html = """<html><head><title>Help - Pump hums after the update | Reef Forum</title>
    <meta property="og:title" content="Help - Pump hums after the update">
    <script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Pump hums after the update"}</script>
    </head><body><h1 class="p-title-value"><span class="label label--green">Help</span><span class="label-append"> </span>Pump hums
    after the update</h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://reef.example.org/threads/pump-hums.91/") == "Pump hums after the update"


def test_logo_h1_naming_the_site_gives_way_to_the_page_title():
    html = """<html><head><title>Review request for a three-fund portfolio - Fundtalk.example</title></head>
    <body><h1><a href="/">Fundtalk.example</a></h1><div class="post"><p>Text.</p></div></body></html>"""
    assert title_of(html, "https://www.fundtalk.example/viewtopic.php?t=1") == "Review request for a three-fund portfolio"


def test_breadcrumb_after_a_slash_is_cut_from_the_title():
    html = """<html><head><title>Kernel fails to boot after update / Newbie Corner / Penguin Forums</title></head>
    <body><div class="post"><p>Text.</p></div></body></html>"""
    assert title_of(html, "https://bbs.penguin.example/viewtopic.php?id=7") == "Kernel fails to boot after update"


def test_h1_in_breadcrumb_trail_gives_way_to_the_visible_headline():
    html = """<html><head><title>Harbour tunnel: City opens new route | Riverside Post</title>
    <meta property="og:title" content="Ferry users switch to the harbour tunnel in first week">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour tunnel: City opens new route"}</script>
    </head><body><article><nav class="trail" data-module="BreadcrumbBar"><ul>
    <li><a href="/">Home</a></li><li><a href="/city/">City</a></li>
    <li><h1 class="trail-title">Harbour tunnel: City opens new route</h1></li></ul></nav>
    <header><h2><span class="story-kicker">Traffic</span>
    <span class="story-headline">Ferry users switch to the harbour tunnel in first week</span></h2></header>
    <p>The tunnel opened on Monday.</p></article></body></html>"""
    assert title_of(html, "https://www.riverside-post.example/city/tunnel") == \
        "Ferry users switch to the harbour tunnel in first week"


def test_h1_in_a_page_header_that_also_holds_breadcrumbs_stays_the_headline():
    html = """<html><head><title>Economy | Example News</title></head><body>
    <div class="section-header container--breadcrumbs"><h1>Economy</h1></div>
    <h2>Markets rally as rates hold</h2><p>Text.</p></body></html>"""
    assert title_of(html, "https://news.example.com/economy/") == "Economy"


def test_h1_kicker_span_is_left_out_when_a_declared_title_is_the_rest():
    html = """<html><head><title>Night trains: Operators add sleeper routes to the coast - Rail Daily</title>
    <meta property="og:title" content="Operators add sleeper routes to the coast">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Night trains: Operators add sleeper routes to the coast"}</script>
    </head><body><h1><span class="headline-kicker">Night trains</span>
    <span>Operators add sleeper routes to the coast</span></h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://raildaily.example/trains") == "Operators add sleeper routes to the coast"


def test_h1_that_is_a_label_and_a_declared_title_gives_the_title():
    html = """<html><head><title>Choosing a rain jacket for long hikes | Trail Guide</title>
    <meta property="og:title" content="Choosing a rain jacket for long hikes"></head>
    <body><h1>Buyer's guide: Choosing a rain jacket for long hikes</h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://trailguide.example/rain") == "Choosing a rain jacket for long hikes"
    assert titles._kicker_like("buyersguide")
    assert not titles._kicker_like("the") and not titles._kicker_like("2026")  # part of the headline


def test_button_and_icon_text_inside_the_h1_are_not_title_text():
    html = """<html><head><title>widgets - Rust</title></head><body>
    <h1>Crate <span>widgets</span>&nbsp;<button id="copy-path" title="Copy item path">Copy item path</button></h1>
    <p>Text.</p></body></html>"""
    assert title_of(html, "https://docs.example.org/widgets/") == "Crate widgets"
    html = """<html><head><title>Which board should I buy first?</title></head><body>
    <h1><a href="https://boards.example.net/"><svg><title>Logo drawn with Sketch.</title></svg> Boards</a></h1>
    <h2>Which board should I buy first?</h2><p>Text.</p></body></html>"""
    assert title_of(html, "https://boards.example.net/thread/7") == "Which board should I buy first?"


def test_h1_that_links_home_is_a_logo_not_the_headline():
    html = """<html><head><title>Installing the plugin — Gizmo 4.2 Reference Manual</title></head><body>
    <h1><a href="../index.html">Gizmo 4.2 Reference Manual</a></h1>
    <h1>Installing the plugin<a class="headerlink" href="#installing">¶</a></h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://gizmo.example.org/docs/guide/install.html") == "Installing the plugin"
    html = """<html><head><title>Why we wrote this book | A Field Guide to Mosses</title></head><body>
    <h1><i class="icon"></i><a href="./">A Field Guide to Mosses</a></h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://mosses.example.net/preface.html") == "Why we wrote this book"


def test_h1_that_links_to_the_page_itself_is_the_headline():
    html = """<html><head><title>Notes | Moss Blog</title></head><body>
    <h1><a href="/2025/05/spore-counts/">Counting spores by hand</a></h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://moss.example.net/2025/05/spore-counts/") == "Counting spores by hand"


def test_product_page_title_is_the_shown_h1_not_the_search_title():
    html = """<html><head><title>Buy Trail Lanterns at Camp Depot – Camp Depot UK</title>
    <meta property="og:type" content="product.group"><meta property="og:title" content="Camp Depot Buy Trail Lanterns at Camp Depot">
    </head><body><h1>Trail Lanterns</h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://www.campdepot.example/lanterns.html") == "Trail Lanterns"
    html = """<html><head><title>Ember Kettle 2 Stainless | Fast Boil, Free Delivery | Hearth Co</title>
    <meta property="og:type" content="product"><meta property="og:title" content="Ember Kettle 2 Stainless Fast Boil Electric Kettle">
    </head><body><h1>Ember Kettle 2</h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://hearth.example/products/ember-kettle-2") == "Ember Kettle 2"


def test_line_break_in_the_heading_is_a_space():
    html = """<html><head><title>Handmade in the valley | Valley Crafts</title></head>
    <body><h1>Restoring the Craft<br/>of Hand Weaving</h1><p>Text.</p></body></html>"""
    assert title_of(html, "https://valleycrafts.example.com/") == "Restoring the Craft of Hand Weaving"


def test_page_kind_label_before_a_thread_title_is_cut():
    html = """<html><head><title>Harbour Forum • View topic - Winter league fixtures are out</title>
    <meta property="og:site_name" content="Harbour Forum"></head>
    <body><div class="post"><p>The fixtures for the winter league are out.</p></div></body></html>"""
    assert title_of(html, "https://forum.harbour.example.net/viewtopic.php?t=9") == "Winter league fixtures are out"
    html = """<html><head><title>Browse subject: Boats -- Design and construction</title></head>
    <body><ul><li>A record.</li></ul></body></html>"""
    assert title_of(html, "https://catalog.example.edu/search") == "Boats -- Design and construction"


def test_korean_bar_separates_the_site_name():
    html = """<html><head><meta property="og:site_name" content="계곡일보">
    <meta property="og:title" content="폭우로 산길 전면 통제, 주민 대피령ㅣ계곡일보"></head>
    <body><p>본문.</p></body></html>"""
    assert title_of(html, "https://www.valley.example.kr/news/1") == "폭우로 산길 전면 통제, 주민 대피령"


def test_meta_headline_is_the_declared_headline():
    html = """<html><head><meta property="og:site_name" content="계곡일보">
    <meta name="headline" content="폭우로 산길 전면 통제, 주민 대피령">
    <meta property="og:title" content="폭우로 산길 전면 통제, 주민 대피령-사회ㅣ계곡일보"></head>
    <body><p>본문.</p></body></html>"""
    assert title_of(html, "https://www.valley.example.kr/news/1") == "폭우로 산길 전면 통제, 주민 대피령"


def test_headline_cut_by_the_publishing_software_is_completed_from_og_title():
    full = ("Fix It Friday: Three Readers Ask How To Light A Long Narrow Hallway Without Rewiring, And We Answer "
            "(Plus The One Lamp Trick That Always Works)")
    cut = full[:full.index("(Plus") + 5]
    html = f"""<html><head><title>{full} - Hallway Notes</title><meta property="og:title" content="{full} - Hallway Notes">
    <script type="application/ld+json">{{"@type": "BlogPosting", "headline": "{cut}"}}</script></head>
    <body><div class="entry"><p>Text.</p></div></body></html>"""
    assert title_of(html, "https://hallwaynotes.example.com/fix-it-friday-hallway") == full


def test_last_segment_led_by_the_host_brand_is_the_site_name():
    html = """<html><head><title>Klatch Roasters | Shopmarket App Store</title>
    <meta property="og:title" content="Klatch Roasters | Shopmarket App Store"></head>
    <body><div class="app"><p>Sell coffee subscriptions.</p></div></body></html>"""
    assert title_of(html, "https://apps.shopmarket.example/klatch-roasters") == "Klatch Roasters"


def test_host_name_written_before_the_title_is_cut():
    html = """<html><head><title>lenaholm.example Notes on slow cooking</title></head>
    <body><div class="post"><p>Text.</p></div></body></html>"""
    assert title_of(html, "https://lenaholm.example/archives/2025/12/slow-cooking.html") == "Notes on slow cooking"


def test_a_brand_name_opening_a_newsroom_headline_is_kept():
    html = """<html><head><title>Lenaholm.example Reports Record Third Quarter</title></head>
    <body><article><h1>Lenaholm.example Reports Record Third Quarter</h1><p>Text.</p></article></body></html>"""
    assert title_of(html, "https://news.lenaholm.example/2025/q3") == "Lenaholm.example Reports Record Third Quarter"


# The page's furniture: an <h1> that is no title of the page when a declared title is there.

def test_heading_of_a_cookie_consent_banner_is_no_title():
    html = """<html><head><title>Fernwick Gazette: Notes on Slow Software</title></head><body>
    <div id="ccx"><h1>Your choice regarding cookies on this site</h1><p>We use them.</p></div>
    <main><p>Latest notes on slow software.</p></main></body></html>"""
    assert title_of(html, "https://fernwick.example/") == "Fernwick Gazette: Notes on Slow Software"


def test_a_headline_about_cookies_is_a_title_when_the_declared_title_is_about_them_too():
    html = """<html><head><title>Best Oat and Honey Cookies Recipe | Hearth Kitchen</title></head><body>
    <main><h1>Oat and Honey Cookies</h1><p>Soft in the middle and crisp at the edge.</p></main></body></html>"""
    assert title_of(html, "https://hearth.example/oat-cookies") == "Oat and Honey Cookies"


def test_heading_of_a_follow_the_author_card_is_no_title():
    html = """<html><head><title>Quiet Rivers: A Field Guide to Calm Water: Lund, Mara: Books</title></head>
    <body><div role="main"><div class="follow-the-author-card"><h1>Follow the author</h1></div>
    <div id="titleblock"><h1>Quiet Rivers: A Field Guide to Calm Water Hardcover – May 2, 2019</h1></div></div>
    </body></html>"""
    assert title_of(html, "https://shop.example/quiet-rivers/dp/123") == \
        "Quiet Rivers: A Field Guide to Calm Water Hardcover – May 2, 2019"


def test_lead_in_heading_ending_with_a_colon_is_no_title():
    html = """<html><head><title>How Orchard Cloud serves models at scale - Orchard Wire</title>
    <meta property="og:type" content="article"><meta property="og:site_name" content="Orchard Wire"></head>
    <body><main><p>Story text.</p><div class="after-content"><h1>A message from Pia Lind, our founder:</h1>
    <p>Support us.</p></div></main></body></html>"""
    assert title_of(html, "https://orchardwire.example/2025/serving") == "How Orchard Cloud serves models at scale"


def test_book_name_in_the_menu_bar_is_the_site_name_not_the_title():
    html = """<html><head><title>Borrowing Rules - The Lantern Language Book</title></head><body>
    <div class="menu-bar sticky"><h1 class="menu-title">The Lantern Language Book</h1></div>
    <div id="content"><h2>Borrowing Rules</h2><p>A borrow is a view.</p></div></body></html>"""
    assert title_of(html, "https://docs.lantern.example/book/ch04-02.html") == "Borrowing Rules"


def test_blog_name_linked_home_in_the_header_is_no_title():
    html = """<html><head><title>widget_codegen: Progress Report #7</title></head><body>
    <header><a href="https://blog.tovik.example"><h1>Tovik's Blog</h1></a><a href="/about">About</a></header>
    <p>This month the backend learned loops.</p></body></html>"""
    assert title_of(html, "https://blog.tovik.example/widget-codegen-report-7") == "widget_codegen: Progress Report #7"


def test_headings_of_story_cards_linking_elsewhere_are_no_title():
    html = """<html><head><title>The Example Blog - Example</title></head><body>
    <a href="/2025/01/first-story/"><article><h1>Why do ducks walk in lines?</h1></article></a>
    <a href="/2025/01/second-story/"><article><h1>Ten ways to fold a map</h1></article></a></body></html>"""
    assert title_of(html, "https://blog.example.org/") == "The Example Blog"


def test_hidden_home_page_label_is_no_title():
    html = """<html><head><title>Artist &amp; Weaver Supply</title></head><body>
    <main><h1 class="sr-only">Artist &amp; Weaver Homepage</h1><p>Yarn and paint.</p></main></body></html>"""
    assert title_of(html, "https://weaver.example/") == "Artist & Weaver Supply"


def test_site_name_in_the_page_banner_is_no_title():
    html = """<html><head><title>The Studio | Machine Learning at Example Tech</title></head><body>
    <header><section role="banner"><h1>Example Institute of Technology</h1></section></header>
    <div id="content"><h2>The Studio</h2><p>Where we build.</p></div></body></html>"""
    assert title_of(html, "https://ml.example.edu/studio") == "Machine Learning at Example Tech"


def test_navigation_class_around_the_whole_page_is_no_furniture():
    # unclosed markup left the story inside a menu item: the <h1> there is still the title
    html = """<html><head><title>Threat Consulting | Example Partners</title></head><body>
    <header><nav><ul><li class="navbar-item"><a href="/">Home</a>
    <section><h1>Threat Consulting</h1><p>""" + "We assess and harden systems. " * 40 + """</p></section>
    </li></ul></nav></header></body></html>"""
    assert title_of(html, "https://partners.example/threat-consulting") == "Threat Consulting"


def test_heading_in_the_article_header_is_the_title_whatever_the_page_wraps():
    html = """<html><head><title>Ten Quiet Cafés in Lisbon - Example Travel</title>
    <meta property="og:title" content="The quietest cafés in Lisbon"></head><body>
    <div class="popup-outer"><article><header class="entry-header"><h1>Ten Quiet Cafés in Lisbon</h1></header>
    <p>Story.</p></article></div></body></html>"""
    assert title_of(html, "https://travel.example/lisbon-cafes") == "Ten Quiet Cafés in Lisbon"


def test_section_number_of_a_book_is_cut_from_the_heading():
    html = """<html><head><title>Ledger - Entries in Brief</title></head><body>
    <div id="main"><h1>3.1 Ledger Basics - Entries in Brief</h1><p>An entry is a line.</p></div></body></html>"""
    assert title_of(html, "https://ledger.example/book/en/v2/Ledger-Basics") == "Ledger Basics - Entries in Brief"


def test_number_that_the_declared_title_repeats_stays():
    html = """<html><head><title>2.5 Million Visitors Came to the Fair</title></head><body>
    <h1>2.5 Million Visitors Came to the Fair</h1></body></html>"""
    assert title_of(html, "https://news.example/fair") == "2.5 Million Visitors Came to the Fair"


def test_decimal_quantity_opening_a_headline_is_no_section_number():
    for heading in ("3.5 million people fled the floods", "1.5 Grad Erwärmung sind bald erreicht"):
        html = f"""<html><head><title>Floods and heat - Example News</title></head><body>
        <main><h1>{heading}</h1><p>Story.</p></main></body></html>"""
        assert title_of(html, "https://news.example/story") == heading


def test_heading_hidden_on_phones_only_is_the_title():
    for classes in ("hidden md:block text-4xl", "d-none d-lg-block"):
        html = f"""<html><head><title>Ferry returns - Example News</title>
        <meta property="og:title" content="Ferry returns"><meta property="og:type" content="article"></head><body>
        <main><article><h1 class="{classes}">Ferry returns to the estuary after ten years</h1>
        <p>Story.</p></article></main></body></html>"""
        assert title_of(html, "https://news.example/ferry") == "Ferry returns to the estuary after ten years"


def test_microdata_headline_element_is_a_declared_headline():
    html = """<html><head><title>Example Sound | example.com - The Five Quietest Fans (According to Me)</title></head>
    <body><div class="page-header"><h1>Pulse!</h1></div><div itemscope itemtype="https://schema.org/Article">
    <h2 itemprop="headline">The Five Quietest Fans (According to Me)</h2><p>Text.</p></div></body></html>"""
    assert title_of(html, "https://www.examplesound.com/index.php/pulse/12-quiet-fans") == \
        "The Five Quietest Fans (According to Me)"


def test_furniture_words_need_their_whole_phrase():
    assert titles._home_page_label("Artist & Weaver Homepage")
    assert not titles._home_page_label("Coming Home")
    assert titles._consent_heading("Your choice regarding cookies on this site", frozenset())
    assert not titles._consent_heading("Court rules on informed consent", frozenset())
