"""Main content: boilerplate classes, containers, inserts, broken and real paragraph boundaries."""

import json
import re

import pytest

from newsmill import extract
from newsmill.article import Block
from newsmill.extract import content, dom, signals
from newsmill.extract.signals import CHROME_ATTRIBUTE
from newsmill.extract.paragraphs import join_broken_paragraphs

PROSE = [
    "The city council approved the new budget on Tuesday after a long debate about public transport.",
    "Opponents argued that the plan would raise fares for commuters who rely on buses every day.",
    "The mayor said the vote was a turning point and promised to publish the spending details soon.",
]


def prose_paragraphs(count: int) -> list[str]:
    """`count` distinct paragraphs of prose, the first three being PROSE (the body keeps one copy of a
    long paragraph that repeats an earlier one)."""
    return [PROSE[i] if i < 3 else f"{PROSE[i % 3][:-1]}, report number {i + 1} said." for i in range(count)]


def paragraphs_html(texts: list[str]) -> str:
    """`texts` as `<p>` elements, one after the other."""
    return "".join(f"<p>{p}</p>" for p in texts)


def story_around(insert: str, story: list[str]) -> str:
    """The paragraphs of `story` as HTML with `insert` after the third."""
    return paragraphs_html(story[:3]) + insert + paragraphs_html(story[3:])


@pytest.fixture
def rules_only(monkeypatch):
    """The rules alone decide: the shipped block model could otherwise hide a rule's failure."""
    monkeypatch.setattr(content, "block_model", lambda: None)


# Two sidebars, each holding as much prose as a three-paragraph story: such a story is a third of the
# page's prose, so a marker on its wrapper would be trusted.
SIDEBARS = "".join(f"<aside class='{name}'>" + paragraphs_html(PROSE) + "</aside>"
                   for name in ("sidebar", "related"))


def wrap(inner: str) -> str:
    return f"<html><body><div class='page'>{inner}</div></body></html>"


def test_article_container_wins_over_sidebar_and_navigation():
    html = wrap(
        "<nav><a href='/a'>World</a><a href='/b'>Sport</a></nav>"
        "<div class='story'>" + paragraphs_html(PROSE) + "</div>"
        "<div class='sidebar'><p>Our sidebar has a long promotional text that is written as a sentence.</p></div>")
    assert [b.text for b in extract(html).body] == PROSE


def test_share_newsletter_and_furniture_inside_the_body_go():
    html = wrap(
        "<div class='article-body'>"
        f"<p>{PROSE[0]}</p><div class='share-tools'><a href='#'>Facebook</a> Share this</div>"
        f"<p>Advertisement</p><p>{PROSE[1]}</p>"
        "<div class='newsletter-signup'><p>Sign up for our daily briefing and never miss a story again.</p></div>"
        f"<p>{PROSE[2]}</p></div>")
    assert [b.text for b in extract(html).body] == PROSE


def test_layout_class_naming_a_sidebar_does_not_hide_the_article():
    html = wrap("<div class='col sidebar-first-layout'><div>" + paragraphs_html(PROSE) + "</div></div>")
    assert [b.text for b in extract(html).body] == PROSE


def test_taxonomy_classes_on_the_article_are_not_chrome():
    html = wrap("<article class='post tag-politics author-jane-doe'>" + paragraphs_html(PROSE)
                + "</article><div class='post-meta'>Posted on May 3</div>")
    assert [b.text for b in extract(html).body] == PROSE


@pytest.mark.parametrize("box_class", ["author-box", "tdb-author-info", "author-card__description"])
def test_box_about_the_author_is_not_body(model_keeps_everything, box_class):
    story = prose_paragraphs(6)
    box = (f"<div class='{box_class}'><p>Jane Roe has covered city politics and public transport for the paper "
           "since 2015 and lives near the old tram depot.</p></div>")
    html = wrap("<article class='post author-jane-roe'>" + paragraphs_html(story) + box + "</article>")
    assert [b.text for b in extract(html).body] == story


def test_teaser_headline_after_an_open_line_is_not_an_inline_link(model_keeps_everything):
    story = prose_paragraphs(6)
    teasers = ("<section class='related-posts'><ul><li><a href='/fares'><h2>Tram fares frozen</h2></a>"
               "<p>until the autumn, the council says.</p></li></ul></section>")
    html = wrap("<article>" + paragraphs_html(story) + "<p>Example Weekly / City Desk</p>"
                + teasers + "</article>")
    assert "Tram fares frozen" not in [b.text for b in extract(html).body]


def test_block_kinds():
    html = wrap("<div class='entry-content'>"
                f"<p>{PROSE[0]}</p><h2>What comes next</h2><p><strong>Bold subheading</strong></p>"
                f"<p>{PROSE[1]}</p><ul><li>First point of the plan.</li><li>Second point of the plan.</li></ul>"
                f"<blockquote><p>{PROSE[2]}</p></blockquote></div>")
    kinds = [(b.kind, b.text) for b in extract(html).body]
    assert kinds == [("paragraph", PROSE[0]), ("heading", "What comes next"), ("heading", "Bold subheading"),
                     ("paragraph", PROSE[1]), ("list_item", "First point of the plan."),
                     ("list_item", "Second point of the plan."), ("quote", PROSE[2])]


def test_double_br_splits_paragraphs():
    html = wrap(f"<div class='text'>{PROSE[0]}<br><br>{PROSE[1]}<br>{PROSE[2]}</div>")
    assert [b.text for b in extract(html).body] == [PROSE[0], f"{PROSE[1]} {PROSE[2]}"]


def test_related_teasers_in_several_languages_are_moved_to_related():
    html = wrap("<div class='article-body'>"
                f"<p>{PROSE[0]}</p><p>Lesen Sie auch: <a href='/x'>Streit um die Haushaltsdebatte</a></p>"
                f"<p>{PROSE[1]}</p><p>Читайте также: <a href='/y'>Новости дня</a></p><p>{PROSE[2]}</p>"
                "<p><strong>FUNDA OLUNYE UDABA LAPHA | </strong><a href='/z'>Umkhandlu uvumile isabelomali</a></p></div>")
    article = extract(html, url="https://news.example/2024/a")
    assert [b.text for b in article.body] == PROSE
    assert [(link.url, link.text) for link in article.related] == [
        ("https://news.example/x", "Streit um die Haushaltsdebatte"), ("https://news.example/y", "Новости дня"),
        ("https://news.example/z", "Umkhandlu uvumile isabelomali")]


def test_broken_paragraphs_join_but_headings_and_sentences_stay():
    blocks = [Block("paragraph", "Markets fell sharply on Monday as investors worried about the"),
              Block("paragraph", "outlook for interest rates."),
              Block("heading", "Western engagement"),
              Block("paragraph", "Short label"),
              Block("paragraph", "A complete sentence ends here.")]
    joined, count = join_broken_paragraphs(blocks)
    assert count == 1
    assert [b.text for b in joined] == [
        "Markets fell sharply on Monday as investors worried about the outlook for interest rates.",
        "Western engagement", "Short label", "A complete sentence ends here."]


def test_a_label_after_an_unterminated_paragraph_is_not_joined_to_it():
    blocks = [Block("paragraph", "For details call the front desk on 555 0100 or write to desk@example.org"),
              Block("paragraph", "ALSO IN THE NEWS"),
              Block("paragraph", "THE HARBOUR BOARD met on Monday to discuss the new ferry timetable.")]
    joined, count = join_broken_paragraphs(blocks)
    assert count == 0
    assert joined == blocks


def test_repeated_block_kept_once():
    html = wrap("<div class='article-body'>" + f"<p>{PROSE[0]}</p><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>")
    assert [b.text for b in extract(html).body] == [PROSE[0], PROSE[1]]


def test_pull_quote_repeating_a_later_paragraph_kept_once(rules_only):
    quote = "The mayor said the vote was a turning point, and the city would not go back on it."
    html = wrap("<div class='article-body'>" + f"<p>{PROSE[0]}</p><p>{quote}</p><p>{PROSE[1]}</p>"
                f"<p>{quote}</p><p>{PROSE[2]}</p><p>Yes.</p><p>Yes.</p></div>")
    assert [b.text for b in extract(html).body] == [PROSE[0], quote, PROSE[1], PROSE[2], "Yes."]


def test_template_placeholder_between_paragraphs_goes(rules_only):
    html = wrap("<div class='article-body'>" + f"<p>{PROSE[0]}</p><p>$$ARTICLEAD$$</p><p>{PROSE[1]}</p>"
                f"<p>{{{{ inline_promo }}}}</p><p>{PROSE[2]}</p></div>")
    assert [b.text for b in extract(html).body] == PROSE


MEGA_MENU = [
    "Guitars for every player, from first instruments to hand-built models, all set up by our team.",
    "Studio monitors, interfaces and microphones for home recording, with advice from our experts.",
    "Drums and percussion for stage and studio, with cymbals, hardware and electronic kits in stock.",
    "Keyboards and synthesizers, from stage pianos to modular systems, shipped free to your door.",
]


def test_navigation_mega_menu_holding_most_prose_stays_out(rules_only):
    menu = "".join(f"<div class='col-{i}'><a href='/c{i}'>Shop</a><p>{text}</p></div>"
                   for i, text in enumerate(MEGA_MENU))
    html = wrap(f"<header><nav class='site-nav'>{menu}</nav></header>"
                "<main><div class='product'>" + paragraphs_html(PROSE) + "</div></main>")
    assert [b.text for b in extract(html).body] == PROSE


def test_story_inside_an_unclosed_navigation_is_still_read(rules_only):
    html = wrap("<nav class='navbar'><a href='/'>Home</a><main>" + paragraphs_html(PROSE) + "</main></nav>")
    assert [b.text for b in extract(html).body] == PROSE


# A site footer's legal text, longer than the short story the page's <main> holds.
FOOTER_DISCLAIMERS = [
    "The material on this site is provided for general information only and is not intended as advice "
    "on any matter; readers should consult a qualified professional before acting on any of it.",
    "Products and services named here are described for general interest only; always review the "
    "maker's instructions and the terms of any policy before you buy or rely on them in any way.",
    "Offices: 12 Example Road, Suite 300, Sampletown, and 45 Model Street, Suite 9, Demoville, open on "
    "weekdays from nine to five, with a reception desk for visitors who have booked an appointment.",
]


def test_site_footer_beside_the_main_landmark_stays_out_however_long(rules_only):
    footer = "<footer class='site-footer'>" + paragraphs_html(FOOTER_DISCLAIMERS) + "</footer>"
    html = wrap("<main><div class='entry'>" + paragraphs_html(PROSE[:2]) + "</div></main>" + footer)
    assert [b.text for b in extract(html).body] == PROSE[:2]


def test_promotion_bar_beside_the_main_landmark_stays_out_however_long(rules_only):
    offers = [f"{text} Offer number {i} applies to orders shipped within the region this season only."
              for i, text in enumerate(FOOTER_DISCLAIMERS)]
    bar = "<div class='promo-bar'>" + "".join(f"<p>{offer}</p>" for offer in offers) + "</div>"
    html = wrap(bar + "<main><div class='terms'>" + paragraphs_html(PROSE) + "</div></main>")
    assert [b.text for b in extract(html).body] == PROSE


def test_a_story_in_its_own_main_landmark_is_not_beside_the_next_story_s_main(rules_only):
    # an endless page appends the next story in a <main> of its own: the first story's layout class
    # ("sidebar-grid", a chrome word) is not a bar beside the second
    following = "<main class='next-story'><h2>Flood warning</h2>" + paragraphs_html(PROSE) + "</main>"
    story = prose_paragraphs(6)
    html = wrap("<main><h1>Budget row</h1><div class='sidebar-grid'>" + paragraphs_html(story)
                + "</div></main>" + following)
    assert [b.text for b in extract(html).body if b.kind == "paragraph"][:len(story)] == story


def test_site_footer_that_ends_a_page_without_a_main_landmark_stays_out_however_long(rules_only):
    footer = "<footer class='site-footer'>" + paragraphs_html(FOOTER_DISCLAIMERS) + "</footer>"
    html = wrap("<div class='page'><div class='entry'>" + paragraphs_html(PROSE[:2]) + "</div>"
                + footer + "</div>")
    assert [b.text for b in extract(html).body] == PROSE[:2]


def test_story_inside_a_footer_with_no_main_landmark_is_still_read(rules_only):
    html = wrap("<div class='page'><footer class='entry-footer'>" + paragraphs_html(PROSE)
                + "</footer></div>")
    assert [b.text for b in extract(html).body] == PROSE


HIDDEN_PANELS = {
    "aria-controls of a button": "<button aria-expanded='false' aria-controls='panel-1'>Guarantee</button>"
                                 "<div id='panel-1' aria-hidden='true'><p>{answer}</p></div>",
    "faq class words": "<div class='faq-item'><div class='faq-question'>Is it inspected?</div>"
                       "<div class='faq-answer' style='display: none'>{answer}</div></div>",
}


@pytest.mark.parametrize("panel", HIDDEN_PANELS.values(), ids=HIDDEN_PANELS.keys())
def test_closed_accordion_and_faq_panels_are_read_but_other_hidden_text_is_not(rules_only, panel):
    answer = "All orders are inspected by hand in our warehouse before they ship, and replaced if faulty."
    html = wrap("<article>" + paragraphs_html(PROSE) + panel.format(answer=answer)
                + "<div id='panel-2' aria-hidden='true'><p>This hidden promotion is never opened by any control.</p></div>"
                "</article>")
    body = [b.text for b in extract(html).body]
    assert body[:3] == PROSE and answer in body and not any("promotion" in text for text in body)


REVIEWS = [
    "Great microphone for podcasts, my voice sounds warm and clear even in an untreated room at home.",
    "Arrived quickly and well packed. The built-in preamp means I no longer need a separate booster.",
    "Solid build and easy to mount on a boom arm, although it is heavier than I expected it to be.",
    "I use it every day for streaming and it rejects the noise of my keyboard better than my old one.",
]


PROMISES = ["Free shipping on every order over fifty dollars, with tracking sent to your inbox.",
            "Our experts answer your questions by phone and chat seven days a week, all year."]


def test_lone_article_element_inside_the_container_is_the_story(rules_only):
    story = prose_paragraphs(6)
    html = wrap("<section class='item'><article>" + paragraphs_html(story) + "</article>"
                "<div class='promises'>" + paragraphs_html(PROMISES) + "</div></section>")
    assert [b.text for b in extract(html).body] == story


def test_article_element_holding_little_of_the_prose_does_not_narrow_the_story(rules_only):
    story = prose_paragraphs(6)
    html = wrap("<section class='story'><article><p>" + PROMISES[0] + "</p></article>"
                + paragraphs_html(story) + "</section>")
    assert [b.text for b in extract(html).body] == [PROMISES[0], *story]


def test_readers_reviews_of_a_product_are_not_its_description(rules_only):
    reviews = "".join(f"<article class='review'><p>{text}</p></article>" for text in REVIEWS)
    description = prose_paragraphs(9)
    html = wrap("<section class='product'><div class='description'>" + paragraphs_html(description)
                + f"</div><section class='product-reviews'>{reviews}</section></section>")
    assert [b.text for b in extract(html).body] == description


def test_an_editors_product_review_card_is_body(rules_only):
    html = wrap("<article>" + f"<p>{PROSE[0]}</p><div class='product-review-card'><p>{REVIEWS[0]}</p>"
                f"<p>{REVIEWS[1]}</p></div><p>{PROSE[1]}</p><p>{PROSE[2]}</p></article>")
    assert [b.text for b in extract(html).body] == [PROSE[0], REVIEWS[0], REVIEWS[1], PROSE[1], PROSE[2]]


def test_social_embed_fallbacks_are_not_body_but_quotations_are(rules_only):
    quote = "We will not rest until every household has clean water, the minister told the assembly."
    html = wrap("<article>" + f"<p>{PROSE[0]}</p>"
                "<blockquote class='instagram-media'><p><a href='https://example.org/p/1'>A post shared by City Hall "
                "(@cityhall)</a></p></blockquote>"
                f"<p>{PROSE[1]}</p><blockquote class='twitter-tweet'><p>Budget passed tonight after a long "
                "debate, thanks to everyone who came to the hearing.</p>&mdash; Jane Roe (@janeroe) May 3</blockquote>"
                f"<blockquote><p>{quote}</p></blockquote><p>{PROSE[2]}</p></article>")
    assert [b.text for b in extract(html).body] == [PROSE[0], PROSE[1], quote, PROSE[2]]


def test_page_types_from_declarations_and_structure():
    prose = paragraphs_html(prose_paragraphs(9))
    live = '<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script>'
    assert extract(f"<html><head>{live}</head><body><article>{prose}</article></body></html>").page_type == "liveblog"
    assert extract(wrap(f"<article>{prose}</article>")).page_type == "article"
    items = "".join(f"<li>{p}</li>" for p in prose_paragraphs(9))
    assert extract(wrap(f"<div class='results'><ul>{items}</ul></div>")).page_type == "listing"
    assert extract(wrap("<div><p>Contact us today.</p></div>")).page_type == "other"


def test_streamed_article_in_a_hidden_container_is_kept():
    html = ("<html><body><div class='shell'><p>Loading</p></div><div hidden id='S:0'><article>"
            + paragraphs_html(prose_paragraphs(6)) + "</article></div>"
            "<div hidden><p>Hidden popup text that nobody sees on the page.</p></div></body></html>")
    article = extract(html)
    assert article.body[0].text == PROSE[0]
    assert "popup" not in article.text


def test_unclosed_button_does_not_swallow_the_page():
    html = ("<html><body><header><button class='menu'>Menu</header><main><article>"
            + paragraphs_html(PROSE) + "</article></main></body></html>")
    assert [b.text for b in extract(html).body] == PROSE


def test_story_inside_an_aside_layout_column_is_found():
    html = wrap("<aside class='col-md-8'><article>" + paragraphs_html(PROSE)
                + "</article></aside><aside class='col-md-4'><a href='/x'>Trending now</a></aside>")
    assert [b.text for b in extract(html).body] == PROSE


def test_datelines_and_author_box_are_not_body():
    html = wrap("<div class='article-body'><p>Published 30 August 2023, 14:52</p>"
                + paragraphs_html(prose_paragraphs(6))
                + "<h3>About the author</h3><p>Jane Doe covers city hall for the paper since 2010.</p></div>")
    assert [b.text for b in extract(html).body] == prose_paragraphs(6)


def test_caption_inside_the_body_stays_out():
    html = wrap("<div class='article-body'>" + f"<p>{PROSE[0]}</p>"
                "<div class='image-caption'>The mayor speaks to reporters outside city hall on Tuesday.</div>"
                + f"<p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>")
    assert [b.text for b in extract(html).body] == PROSE


def test_declared_article_body_replaces_a_teaser_only_page():
    story = " ".join(prose_paragraphs(12))
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", '
          f'"articleBody": "{story}Second part starts here with more words to read."}}</script>')
    html = f"<html><head>{ld}</head><body><article><p>{PROSE[0]}</p><p>Subscribe to read more.</p></article></body></html>"
    body = [b.text for b in extract(html).body]
    assert body[0] == story and body[1] == "Second part starts here with more words to read."


def test_declared_article_body_keeps_its_line_breaks_as_paragraphs():
    paragraphs = prose_paragraphs(12)
    story = json.dumps("\n\n".join(paragraphs[:6]) + "\r\n" + "\n".join(paragraphs[6:]))
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", '
          f'"articleBody": {story}}}</script>')
    html = f"<html><head>{ld}</head><body><div id='app'></div></body></html>"
    assert [b.text for b in extract(html).body] == paragraphs


def test_declared_article_body_given_as_html_is_read_as_paragraphs():
    paragraphs = prose_paragraphs(12)
    markup = paragraphs_html(paragraphs[:6]) + "<br/>".join(paragraphs[6:])
    for declared in (markup, markup.replace("<", "&lt;").replace(">", "&gt;")):
        ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", '
              f'"articleBody": {json.dumps(declared)}}}</script>')
        html = f"<html><head>{ld}</head><body><div id='app'></div></body></html>"
        assert [b.text for b in extract(html).body] == paragraphs


def test_comment_threads_are_content_only_on_declared_discussions():
    posts = "".join(f"<div class='comment'><p>{p}</p></div>" for p in PROSE)
    article_page = wrap(f"<article><div class='story'>{''.join(f'<p>{p}</p>' for p in prose_paragraphs(6))}</div>"
                        f"<section class='comments'>{posts}</section></article>")
    assert [b.text for b in extract(article_page).body] == prose_paragraphs(6)
    ld = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Budget"}</script>'
    forum_page = f"<html><head>{ld}</head><body><main><section class='comments'>{posts}</section></main></body></html>"
    assert [b.text for b in extract(forum_page).body] == PROSE


def test_microdata_declares_a_discussion_too(rules_only):
    posts = "".join(f"<article class='reply' itemscope itemtype='https://schema.org/Comment'><p>{p}</p></article>"
                    for p in PROSE)
    forum_page = ("<html><body itemscope itemtype='https://schema.org/WebPage'><main>"
                  "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
                  f"<h1 itemprop='headline'>Budget</h1><section class='replies'>{posts}</section></div>"
                  "</main></body></html>")
    article = extract(forum_page)
    assert [b.text for b in article.body if b.kind == "paragraph"] == PROSE
    assert article.page_type == "other"


def test_the_questions_of_a_faq_page_do_not_make_an_article_a_discussion(rules_only):
    faq = ('{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "When does the budget apply?",'
           ' "acceptedAnswer": {"@type": "Answer", "text": "From January."}}]}')
    posts = "".join(f"<div class='comment'><p>Reader {name} wrote that the fares were too high and the buses"
                    " always late.</p></div>" for name in ("Ann", "Bob", "Cleo"))
    page = (f"<html><head><script type='application/ld+json'>{faq}</script></head><body><article>"
            f"{''.join(f'<p>{p}</p>' for p in prose_paragraphs(6))}"
            f"<section class='comments'>{posts}</section></article></body></html>")
    assert [b.text for b in extract(page).body] == prose_paragraphs(6)


def test_state_classes_do_not_mark_the_body_as_chrome(rules_only):
    # A CMS body field "whose label is hidden", a node "promoted to the front page", a clipping utility.
    for wrapper in ("<div class='field field--name-body field--label-hidden'>",
                    "<article class='node node--promoted node--type-article'><div>",
                    "<section class='overflow-x-hidden'><div>"):
        closing = "</div>" * (wrapper.count("<div")) + ("</article>" if "article" in wrapper else "") \
            + ("</section>" if "section" in wrapper else "")
        html = wrap(wrapper + paragraphs_html(PROSE) + closing + SIDEBARS)
        assert [b.text for b in extract(html).body] == PROSE, wrapper


def test_widget_state_classes_do_not_mark_a_products_text_as_chrome(rules_only):
    # Hidden in one state of a widget only: a closed accordion or tab panel, a shop theme's description
    # that its quick-add dialog leaves out.
    for wrapper in ("<div class='product__description rte quick-add-hidden'>",
                    "<div class='accordion__panel accordion__panel--hidden'>",
                    "<div class='wpb_tab ui-tabs-panel wpb_ui-tabs-hide'>"):
        html = wrap(wrapper + paragraphs_html(PROSE) + "</div>" + SIDEBARS)
        assert [b.text for b in extract(html).body] == PROSE, wrapper


PRODUCT_DESCRIPTION = [
    "This stoneware mug is thrown by hand and glazed in two tones of green over a dark clay body.",
    "It holds fourteen ounces of coffee or tea and is safe in the dishwasher and the microwave oven.",
]


def test_read_more_expander_holds_the_text_and_a_read_more_box_is_chrome(rules_only):
    paragraphs = paragraphs_html(PROSE)
    expander = ("<div class='content-toggle__body content-toggle--truncated' id='details-read-more'>"
                f"{paragraphs}</div>")
    assert [b.text for b in extract(wrap(expander + SIDEBARS)).body] == PROSE
    teaser = "<div class='read-more'><p>A longer story about the council and its budget is on our site.</p></div>"
    assert [b.text for b in extract(wrap(f"<article>{paragraphs}{teaser}</article>")).body] == PROSE


def test_shop_buttons_and_widget_labels_around_a_description_go(rules_only):
    labels = ["Add to cart", "Wishlist", "Frequently bought together", "In den Warenkorb", "Sponsored"]
    html = wrap("<article>" + "".join(f"<p>{text}</p>" for text in PRODUCT_DESCRIPTION + labels) + "</article>")
    assert [b.text for b in extract(html).body] == PRODUCT_DESCRIPTION


def test_product_page_without_its_description_has_no_body(rules_only):
    ld = '<script type="application/ld+json">{"@type": "Product", "name": "Laptop"}</script>'
    scraps = "<main><h2>Reviews</h2><h2>Similar products from other shops</h2></main>"
    page = f"<html><head>{ld}</head><body>{scraps}</body></html>"
    assert extract(page).body == []
    described = page.replace("</main>", f"<p>{PRODUCT_DESCRIPTION[0]}</p></main>")
    assert [b.text for b in extract(described).body][-1] == PRODUCT_DESCRIPTION[0]
    # Only a product page: the same labels on an undeclared page stay (a listing's card titles).
    assert [b.text for b in extract(f"<html><body>{scraps}</body></html>").body] == [
        "Reviews", "Similar products from other shops"]


def test_page_rendered_only_inside_noscript_is_read(rules_only):
    posts = paragraphs_html(prose_paragraphs(9))
    html = ("<html><body><section class='splash'><div class='dots'></div></section>"
            f"<noscript><div id='main-outlet'><h1>Budget thread</h1>{posts}</div></noscript>"
            "<noscript><img src='/pixel.gif'></noscript></body></html>")
    assert [b.text for b in extract(html).body if b.kind == "paragraph"] == prose_paragraphs(9)
    # A page that renders its story outside a <noscript> gets no second copy from it.
    html = wrap(f"<article>{posts}</article><noscript><p>{' '.join(prose_paragraphs(6))}</p></noscript>")
    assert [b.text for b in extract(html).body] == prose_paragraphs(9)


def test_table_in_a_figure_is_read_but_its_caption_and_images_are_not(rules_only):
    table = "<table><tr><td>Capacity</td><td>32 ounces of coffee</td></tr></table>"
    html = wrap("<article>" + f"<p>{PROSE[0]}</p>"
                f"<figure>{table}<figcaption>Specifications of the tested press</figcaption></figure>"
                f"<p>{PROSE[1]}</p><figure><img src='a.jpg'><p>Photo text under the image</p></figure>"
                f"<p>{PROSE[2]}</p></article>")
    texts = [b.text for b in extract(html).body]
    assert "Capacity" in texts and "32 ounces of coffee" in texts
    assert not any("Specifications" in t or "Photo text" in t for t in texts)


def test_article_left_inside_an_unclosed_figure_is_read(rules_only):
    story = paragraphs_html(prose_paragraphs(12))
    html = wrap("<article><p>The council met on Tuesday.</p><figure><div class='table-wrapper'>"
                f"<img src='t.png'>{story}</figure></article>")
    assert [b.text for b in extract(html).body] == ["The council met on Tuesday.", *prose_paragraphs(12)]


def test_long_comment_thread_does_not_outvote_the_article_around_it(rules_only):
    comments = "".join(f"<li class='comment'><p>{p} I fully agree with this and I have more to say.</p></li>"
                       for p in prose_paragraphs(18))
    html = wrap("<div class='postarea'>" + paragraphs_html(PROSE)
                + f"<ol class='commentlist'>{comments}</ol></div>")
    assert [b.text for b in extract(html).body] == PROSE


def test_article_cut_into_sections_that_carry_a_layout_class_is_kept(rules_only):
    # Each section alone is a small part of the page; together they are the story.
    story = [*PROSE, "Critics said the timetable left too little room for a public consultation."]
    sections = "".join(f"<div class='sidebar-grid__container'><div class='article__content'><p>{p}</p></div>"
                       "<aside class='sidebar-grid__sidebar'><div class='ad'>Advertisement</div></aside></div>"
                       for p in story)
    html = wrap(f"<article>{sections}</article><div class='footer-links'><p>{PROSE[0]}</p></div>")
    assert [b.text for b in extract(html).body] == story


def test_published_state_of_a_cms_paragraph_is_not_a_date_line(rules_only):
    html = wrap("<main id='main-content'><div class='paragraph paragraph--type--text paragraph-published'>"
                + paragraphs_html(PROSE) + "</div></main>" + SIDEBARS)
    assert [b.text for b in extract(html).body] == PROSE


@pytest.mark.parametrize("banner", ["id='onetrust-consent-sdk'", "class='cmplz-cookiebanner'"])
def test_consent_banner_policy_text_stays_out_even_in_its_own_main_content(rules_only, banner):
    policy = "".join(f"<p>{p} Your personal information may be shared with partners.</p>" for p in prose_paragraphs(6))
    html = ("<html><body><article>" + paragraphs_html(PROSE) + "</article>"
            f"<div {banner}><div class='main-content'>{policy}</div></div></body></html>")
    assert [b.text for b in extract(html).body] == PROSE


def test_post_list_blocks_and_relative_time_stamps_are_not_body(rules_only):
    teasers = ["Rail strike called off after late-night talks.", "New bridge opens to cyclists next month."]
    river = "".join(f"<li><p>{t}</p><time>{n} hours ago</time></li>" for n, t in enumerate(teasers, 2))
    html = wrap("<div class='single-post__content'>" + paragraphs_html(PROSE)
                + f"<div class='wp-block-query'><ul>{river}</ul></div></div>")
    assert [b.text for b in extract(html).body] == PROSE
    for stamp in ("9 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos", "3 ore fa", "2 godzin temu"):
        assert content.is_dateline(stamp), stamp
    assert not content.is_dateline("I was there 9 hours ago")


def test_furniture_lines_around_the_story_are_not_body(rules_only):
    html = ("<html><head><meta name='author' content='Johannes Knuth'></head><body><article>"
            "<p>29. September 2024, 17:27 Uhr</p><p>Lesezeit: 3 Min.</p><p>Von Johannes Knuth</p>"
            + paragraphs_html(PROSE)
            + "<p>© Zeitung - Rechte am Artikel können Sie hier erwerben.</p><p>5 min read</p>"
            "<table><tr><td>1/1/2013</td><td>Opening of the new line</td></tr></table></article></body></html>")
    texts = [b.text for b in extract(html).body]
    assert texts[:3] == PROSE
    assert "1/1/2013" in texts  # a date in a table is data
    assert not any(t.startswith(("29.", "Lesezeit", "Von ", "©", "5 min")) for t in texts)
    assert not content.is_furniture("By Johannes Knuth and Jane Doe", ["Johannes Knuth"])  # a name we do not know
    assert not content.is_furniture("Von Berlin nach Hamburg", ["Johannes Knuth"])
    assert not content.is_furniture("He was born on 3 May 1990 in Kyiv.", [])
    for counter in ("4 of 12 |", "3/10", "Image 2 of 5", "Bild 3 von 8", "Photo: 1 / 6"):
        assert content.is_furniture(counter, []), counter
    assert not content.is_furniture("Image of the week", [])


@pytest.mark.parametrize("heading", ["<h3>Related posts</h3>", "<h3>Disclaimer</h3>", "<h3>Categories</h3>",
                                     "<h3>Share this post</h3>", "<h3>Related topics</h3>", "<h3>Popular articles</h3>",
                                     "<h3>Zum selben Thema</h3>", "<h3>Más información</h3>", "<p>MORE ON</p>",
                                     "<p>Explore more on these topics</p>", "<h2>More in Business</h2>",
                                     "<h3>More from The Example Times</h3>", "<h3>Mehr zu Bahnstreik</h3>",
                                     "<p>Dieses Thema im Programm:</p>", "<p>Themen:</p>"])
def test_closing_heading_ends_the_article(rules_only, heading):
    html = wrap("<article>" + paragraphs_html(prose_paragraphs(9)) + heading
                + "<p>Rail strike called off after late-night talks.</p></article>")
    assert [b.text for b in extract(html).body] == prose_paragraphs(9)


def test_a_long_more_on_heading_or_one_in_mid_article_stays(rules_only):
    paragraphs = prose_paragraphs(9)
    html = wrap("<article>" + paragraphs_html(paragraphs[:3])
                + "<h2>More on the fares</h2>" + paragraphs_html(paragraphs[3:])
                + "<h2>More on what the council plans for the city's buses</h2>"
                + "<p>Rail strike called off after late-night talks.</p></article>")
    body = [b.text for b in extract(html).body]
    assert body[3] == "More on the fares" and body[-1] == "Rail strike called off after late-night talks."


def test_a_templates_dummy_text_is_never_body():
    dummy = ["Lorem Ipsum", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."]
    html = wrap("<article>" + paragraphs_html(PROSE[:2]) + f"<h3>{dummy[0]}</h3><p>{dummy[1]}</p>"
                + f"<p>{PROSE[2]}</p></article>")
    assert [b.text for b in extract(html).body] == PROSE


def test_teasers_as_long_as_a_short_story_go_after_a_heading_that_announces_them():
    story = [Block("paragraph", p) for p in PROSE[:2]]
    teasers = [Block("paragraph", f"Teaser number {i} about a different story of the week, in a few words.")
               for i in range(2)]
    for heading, cut in (("Read this next", True), ("Über den Autor", True), ("Comments", False),
                         ("Disclaimer", False)):
        blocks = story + [Block("heading", heading)] + teasers
        assert content.cut_after_article_end(blocks) == (story if cut else blocks), heading


@pytest.mark.parametrize("line", ["<h2>Más de 40 detenidos</h2>", "<h3>Plus de la moitié des bureaux fermés</h3>",
                                  "<h2>Mais de 100 feridos</h2>", "<p>More on that later.</p>"])
def test_a_more_than_subheading_or_a_more_on_sentence_does_not_close_the_article(rules_only, line):
    paragraphs = prose_paragraphs(9)
    html = wrap("<article>" + paragraphs_html(paragraphs) + line
                + "<p>Rail strike called off after late-night talks.</p></article>")
    body = [b.text for b in extract(html).body]
    assert body[-1] == "Rail strike called off after late-night talks."
    assert not content.is_closing_heading("Más de 40 detenidos")
    assert content.is_closing_heading("Más de Deportes") and content.is_closing_heading("Plus de vidéos")


SIGNUP_BOX = ("<section class='box'><h3>Never miss a deal</h3><p>Get the best offers of the week texted to your phone.</p>"
              "<form><input type='tel' placeholder='Phone number'><button>Sign me up</button></form>"
              "<p>By signing up you agree to receive recurring automated messages at the number provided.</p></section>")


LOGIN_BOX = ("<div class='box'><h3>Join our investor network</h3><p>Create a free account to see every offer we publish.</p>"
             "<form><input type='text' name='user'><input type='password' name='pass'><button>Join</button></form>"
             "<p>By clicking join you are agreeing to our terms of service and to our privacy policy.</p></div>")


@pytest.mark.parametrize("box", [SIGNUP_BOX, LOGIN_BOX], ids=["sms signup", "login"])
def test_signup_box_inside_the_body_is_chrome(rules_only, box):
    html = wrap(f"<article><p>{PROSE[0]}</p>{box}" + paragraphs_html(PROSE[1:]) + "</article>")
    assert [b.text for b in extract(html).body] == PROSE


def test_article_around_a_signup_field_keeps_its_text(rules_only):
    html = wrap("<div class='post'>" + paragraphs_html(prose_paragraphs(6))
                + "<form><input type='email' name='email'></form></div>")
    assert [b.text for b in extract(html).body] == prose_paragraphs(6)


TEASER_CARDS = "".join(
    f"<div class='card'><h3><a href='/story/{n}'>{title}</a></h3><p>{excerpt}</p></div>"
    for n, (title, excerpt) in enumerate([
        ("Rail strike called off after late-night talks", "Unions and the operator agreed on a pay offer shortly before midnight."),
        ("New bridge opens to cyclists next month", "The crossing links the two banks of the river for the first time in decades."),
        ("Library extends its opening hours for exams", "Students will be able to study there until midnight from next Monday on."),
    ]))


def test_teaser_river_beside_the_article_is_not_body(rules_only):
    html = wrap("<main><div class='story'>" + paragraphs_html(prose_paragraphs(6)) + "</div>"
                f"<div class='grid'>{TEASER_CARDS}</div></main>")
    assert [b.text for b in extract(html).body] == prose_paragraphs(6)


def test_teaser_cards_of_a_listing_page_are_its_content(rules_only):
    texts = [b.text for b in extract(wrap(f"<main><h1>Latest news</h1><div class='grid'>{TEASER_CARDS}</div></main>")).body]
    assert "Unions and the operator agreed on a pay offer shortly before midnight." in texts


def test_photo_captions_with_a_closing_credit_are_not_body(rules_only):
    captions = ["Supporters wave flags at a rally in the town centre on Friday. (AP Photo/Jane Roe)",
                "Die neue Brücke am Abend ihrer Eröffnung (Foto: Max Muster)"]
    html = wrap("<article>" + "".join(f"<p>{p}</p><p>{c}</p>" for p, c in zip(PROSE, captions)) + f"<p>{PROSE[2]}</p></article>")
    assert [b.text for b in extract(html).body] == PROSE


@pytest.mark.parametrize("modal", ["role='dialog'", "aria-modal='true'"])
def test_modal_dialog_holding_more_prose_than_the_article_stays_out(rules_only, modal):
    policy = "".join(f"<p>{p} We may share your personal data with our service providers.</p>" for p in prose_paragraphs(9))
    html = wrap("<main><h1>Product</h1>" + paragraphs_html(PROSE) + "</main>"
                f"<footer><div {modal}><div class='prose'>{policy}</div></div></footer>")
    assert [b.text for b in extract(html).body] == PROSE


def test_author_name_alone_on_its_line_is_a_byline(rules_only):
    html = ("<html><head><meta name='author' content='Carla Ruiz'></head><body><article>"
            "<p>Carla Ruiz</p>" + paragraphs_html(PROSE) + "</article></body></html>")
    assert [b.text for b in extract(html).body] == PROSE
    assert not content.is_byline_line("Carla Ruiz said the vote was close.", ["Carla Ruiz"])


def test_signup_box_stops_below_the_story_wrapper():
    root = dom.parse("<html><body><div class='story-content'><p>The dress she wore to the premiere, ranked.</p>"
                     "<div class='signup'><p>Get the inside scoop every morning.</p><form><input type='email'>"
                     "</form></div></div></body></html>")
    dom.remove_non_content(root)
    assert [element.get("class") for element in root.iter() if element.get(CHROME_ATTRIBUTE)] == ["signup"]


def test_wire_credit_lines_are_not_body(rules_only):
    credits = ["Reporting by Jane Roe in Paris; Editing by John Doe",
               "Associated Press writer Jane Roe in Paris contributed to this report."]
    html = wrap("<article>" + paragraphs_html(PROSE) + "".join(f"<p>{c}</p>" for c in credits) + "</article>")
    assert [b.text for b in extract(html).body] == PROSE
    assert not content.is_credit_line("Editing by hand is slow, the printer said.")
    assert not content.is_credit_line("Three agencies contributed to this report's findings, the minister said.")


@pytest.mark.parametrize("credit", ["(Quelle: APA/sda/dpa)", "Mit Agenturmaterial.", "mit dpa/AFP", "Source: Statista",
                                    "Kilde: Helsenorge.no", "Additional reporting from PA",
                                    "With reports from Reforma and El Economista", "First published in The Conversation.",
                                    "Image: Jane Roe/Example Newspapers", "Photo: AFP", "Foto: Deja Beispiel"])
def test_source_and_republication_credits_are_not_body(rules_only, credit):
    html = wrap("<article>" + paragraphs_html(PROSE) + f"<p>{credit}</p></article>")
    assert [b.text for b in extract(html).body] == PROSE


def test_sentences_that_open_like_a_source_credit_stay_body():
    for sentence in ("Source: the company says that sales rose by ten percent.", "Mit dem Auto fuhr er nach Hause.",
                     "With reports from the front growing grim. The general ordered a retreat.",
                     "Mit dpa-Material berichtete die Zeitung über den Fall im Detail.",
                     "First published in French, the novel sold a million copies in its first year."):
        assert not content.is_credit_line(sentence), sentence


def test_comment_thread_is_the_content_of_a_page_with_no_article(rules_only):
    comments = "".join(f"<li class='comment'><div class='comment_text'><p>{p}</p></div></li>" for p in prose_paragraphs(15))
    html = wrap(f"<div class='story'><a href='https://example.org/x'>A link</a></div><ol class='comments'>{comments}</ol>")
    assert [b.text for b in extract(html).body] == prose_paragraphs(15)
    story = paragraphs_html(PROSE)
    assert [b.text for b in extract(wrap(f"<article>{story}</article><ol class='comments'>{comments}</ol>")).body] == PROSE


def test_headline_with_soft_hyphens_is_not_body(rules_only):
    html = ("<html><head><title>Der Verkehrs\u00administer tritt zurück</title></head><body><article>"
            "<h1>Der Verkehrs\u00administer tritt zurück</h1>" + paragraphs_html(PROSE) + "</article></body></html>")
    article = extract(html)
    assert article.title == "Der Verkehrsminister tritt zurück"
    assert [b.text for b in article.body] == PROSE


# Job cards: each a link holding a title, a company, a place and a salary; no sentence on the page.
JOBS = [("Backend Developer", "Northwind Labs", "Remote", "$60,000 - $80,000"),
        ("Data Engineer", "Blue Harbor Analytics", "Lisbon, Portugal", "$70,000 - $90,000"),
        ("Frontend Engineer", "Cedar Grove Studio", "Remote", "$55,000 - $75,000"),
        ("Site Reliability Engineer", "Quartz Systems", "Berlin, Germany", "$90,000 or more"),
        ("Mobile Developer", "Lantern Apps", "Anywhere in the World", "$50,000 - $70,000")]


def job_cards() -> str:
    return "".join(f"<li class='job'><a href='/jobs/{i}'><h3>{title}</h3><p class='company'>{company}</p>"
                   f"<span class='place'>{place}</span><span class='pay'>{pay}</span></a></li>"
                   for i, (title, company, place, pay) in enumerate(JOBS))


def test_listing_of_link_cards_without_prose_reads_the_cards():
    html = wrap("<nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a> <a href='/about'>About</a></nav>"
                "<main><h1>Remote developer jobs</h1><p>Find your next remote role.</p>"
                f"<section class='results'><ul>{job_cards()}</ul></section></main>"
                "<footer><p>Copyright 2026 Example Jobs</p></footer>")
    article = extract(html)
    texts = [block.text for block in article.body]
    assert article.page_type == "listing"
    for title, company, place, pay in JOBS:
        assert title in texts and company in texts and pay in " ".join(texts)
    assert "Home" not in texts and not any("Copyright" in text for text in texts)


@pytest.mark.parametrize("declared", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge reopens"}</script>',
    '<meta property="og:type" content="article">',
    '',  # nothing declared: the story's own <article> element tells it
])
def test_short_declared_article_keeps_its_story_beside_a_card_list(declared):
    story = "<p>The bridge reopened on Monday after a week of repairs, the city said.</p>"
    html = (f"<html><head>{declared}</head><body><article><h1>Bridge reopens</h1>{story}</article>"
            f"<section class='latest'><ul>{job_cards()}</ul></section></body></html>")
    article = extract(html)
    assert [block.text for block in article.body] == ["The bridge reopened on Monday after a week of repairs, the city said."]
    assert article.page_type == ("article" if declared else "other")  # a short undeclared page is "other"


def byline_page(author: str, paragraphs: list[str]) -> str:
    declared = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget passes",'
                f' "author": {{"@type": "Person", "name": "{author}"}}}}</script>')
    return (f"<html><head>{declared}</head><body><article><h1>Budget passes</h1>"
            + paragraphs_html(paragraphs) + "</article></body></html>")


def byline_body(author: str, paragraphs: list[str]) -> list[str]:
    """The body texts newsmill extracts from `byline_page(author, paragraphs)`."""
    return [block.text for block in extract(byline_page(author, paragraphs)).body]


@pytest.mark.parametrize("author, bio", [
    ("Nora Lindqvist", "Nora Lindqvist is a senior writer covering city hall. She previously reported on "
                       "schools and transport for a regional weekly."),
    ("Nora Lindqvist", "Nora (@noralind) has written about local politics since 2015; her column runs on Sundays."),
    ("Jonas Feldmann", "Jonas Feldmann ist Redakteur im Ressort Politik und schreibt über Verkehr."),
    ("Jonas Feldmann", "Korrespondent Jonas Feldmann ist für die Landespolitik zuständig und berichtet aus Erfurt."),
    ("Nora Lindqvist", "Senior political correspondent Nora Lindqvist has covered three elections for the paper."),
    # what the author does, and the experts who write guides
    ("Nora Lindqvist", "Nora Lindqvist manages the laptop coverage. She has tested notebooks since 2016."),
    ("Jonas Feldmann", "Jonas Feldmann is adjunct faculty at a medical school and a physician based in Graz."),
    ("Jonas Feldmann", "Jonas Feldmann worked in radio for ten years. Today he plans the weekly market tours."),
])
def test_authors_biography_at_the_end_of_the_body_goes(author, bio):
    story = prose_paragraphs(6)
    body = byline_body(author, [*story, bio])
    assert body == story


def test_paragraphs_about_an_author_in_mid_story_a_namesake_or_a_company_blurb_stay():
    story = prose_paragraphs(8)
    mid = "Nora Lindqvist is also the council's longest-serving critic, she said at the meeting on Monday."
    paragraphs = [*story[:2], mid, *story[2:]]
    assert byline_body("Nora Lindqvist", paragraphs) == paragraphs
    subject = "Nora has not seen her brother since the flood. She hopes the new bridge will bring him home."
    named = "Nora Ek, a nurse, lost her house when the river rose in March."
    paragraphs = [*story[:3], named, *story[3:], subject]  # the story's subject shares the author's first name
    assert byline_body("Nora Lindqvist", paragraphs) == paragraphs
    quoted = "Later that day council member Nora Lindqvist was asked about it, and she declined to comment."
    paragraphs = [*story, quoted]  # not a title before the name: too many words
    assert byline_body("Nora Lindqvist", paragraphs) == paragraphs
    blurb = "Harbor Analytics is a research firm that builds forecasts for cities and transport agencies."
    paragraphs = [*story, blurb]
    assert byline_body("Harbor Analytics", paragraphs) == paragraphs


@pytest.mark.parametrize("stamp", ["Nora Lindqvist | Published 4 months ago", "23.07.2025 · 6 min read"])
def test_stamp_line_of_byline_date_and_reading_time_at_the_head_of_the_body_goes(stamp):
    story = prose_paragraphs(6)
    body = byline_body("Nora Lindqvist", [stamp, *story])
    assert body == story


class SureOfEverything:
    """A stand-in for the block model's trees that calls every block main content."""

    def predict(self, rows):
        return [1.0] * len(rows)


@pytest.fixture
def model_keeps_everything(monkeypatch):
    """The block model calls every block main content: only the rules' final verdicts hold a block out."""
    from newsmill.extract.model import BlockModel

    monkeypatch.setattr(content, "block_model", lambda: BlockModel(SureOfEverything(), 0.1, 0.5, 0.5))


def test_model_cannot_bring_back_stamps_and_credit_lines(model_keeps_everything):
    story = prose_paragraphs(6)
    furniture = ["Published 30 August 2023, 14:52", "5 min read",
                 "The mayor at the council meeting on Tuesday (Photo: Jane Roe/Reuters)"]
    long_with_credit = " ".join(story[:3]) + " Workers gathered at the gates on Monday morning (photos: readers' own)."
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [furniture[0], furniture[1], *story[:3],
                                                                               furniture[2], *story[3:],
                                                                               long_with_credit]) + "</div>")
    assert [b.text for b in extract(html).body] == [*story, long_with_credit]


def test_forum_signatures_under_the_posts_are_not_body():
    posts = prose_paragraphs(6)
    signature = "Keep calm and carry a spare battery | Member since 2009 | Proud owner of two old bikes"
    declared = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Chain wear"}</script>'
    thread = "".join(f"<article class='post'><div class='post-body'><p>{text}</p></div>"
                     f"<div class='post__signature'><p>{signature}</p></div></article>" for text in posts)
    html = f"<html><head>{declared}</head><body><main><h1>Chain wear</h1>{thread}</main></body></html>"
    assert [block.text for block in extract(html).body] == posts


@pytest.mark.parametrize("sentence", [
    "A year ago, the company was close to bankruptcy.",
    "Updated figures released on Tuesday show the region's jobless rate rose to 7.1 percent.",
    "Published in 2021, a study by the local university had warned of the costs.",
    "Copyright law changed in 2019 when the new directive was passed.",
    "Vor 3 Jahren wurde das Werk geschlossen, seitdem steht die Halle leer.",
])
def test_body_sentences_that_open_like_a_stamp_are_not_stamps(rules_only, sentence):
    assert not content.is_stamp(sentence)
    html = wrap("<article>" + paragraphs_html(PROSE[:2]) + f"<p>{sentence}</p>"
                + paragraphs_html(PROSE[2:]) + "</article>")
    assert sentence in [b.text for b in extract(html).body]


@pytest.mark.parametrize("stamp", ["Publié le 30 août 2023 à 14h52, mis à jour le 31 août 2023 à 09h00",
                                   "Published by Jane Roe on May 3 at 2 p.m.", "21 mins ago 11:48",
                                   "Copyright © 2024 The Gazette. All rights reserved."])
def test_stamps_with_joining_words_stay_stamps(stamp):
    assert content.is_stamp(stamp)


def test_product_page_keeps_its_short_description_beside_a_grid_of_other_products():
    description = "A hand-thrown stoneware mug with a speckled glaze, for coffee or tea, and safe in the dishwasher."
    tiles = "".join(f"<li class='product-tile'><a href='/p/{i}'><h3>Ceramic bowl number {i}</h3>"
                    f"<p class='price'>{20 + i} euros, free delivery over fifty euros</p></a></li>" for i in range(8))
    html = ("<html><head><meta property='og:type' content='product'></head><body><main><h1>Speckled mug</h1>"
            f"<p>{description}</p><section class='also-bought'><ul>{tiles}</ul></section></main></body></html>")
    article = extract(html)
    assert [block.text for block in article.body] == [description]
    assert article.page_type != "listing"


def test_counts_and_times_in_a_table_are_data_but_its_datelines_are_not(rules_only):
    story = prose_paragraphs(4)
    rows = [("Harbour FC", "4 of 12"), ("Ridge United", "5 min read"), ("Published 3 May 2024, 10:15", "")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    html = wrap("<article>" + paragraphs_html(story[:2]) + table
                + paragraphs_html(story[2:]) + "</article>")
    body = [block.text for block in extract(html).body]
    assert "4 of 12" in body and "5 min read" in body
    assert not any(text.startswith("Published") for text in body)


NEXT_STORY = ["Fans queued outside the stadium for hours before the gates opened on Saturday morning.",
              "The club said the new stand would hold another four thousand supporters next season.",
              "Season tickets sold out within a day, and the waiting list has grown to twelve thousand."]


@pytest.mark.parametrize("model", ["rules", "sure of everything"])
def test_next_story_that_an_endless_scroll_page_appends_is_not_body(monkeypatch, model):
    from newsmill.extract.model import BlockModel

    sure = BlockModel(SureOfEverything(), 0.1, 0.5, 0.5) if model != "rules" else None
    monkeypatch.setattr(content, "block_model", lambda: sure)
    story = prose_paragraphs(6)
    html = ("<html><head><title>Council passes the budget | The Daily Example</title>"
            "<meta property='og:type' content='article'></head><body><main>"
            "<article class='story'><h1>Council passes the budget</h1>"
            + paragraphs_html(story) + "</article>"
            "<div class='next'><article class='story'><h1>Stadium to grow by four thousand seats</h1>"
            + paragraphs_html(NEXT_STORY * 2) + "</article></div></main></body></html>")
    assert [b.text for b in extract(html).body if b.kind == "paragraph"] == story


def test_posts_of_a_blog_front_page_with_a_headline_each_all_stay(rules_only):
    posts = [prose_paragraphs(3), NEXT_STORY]
    html = ("<html><head><title>Jane's notebook</title></head><body><main>"
            + "".join(f"<article><h1>Post number {n}</h1>" + paragraphs_html(post) + "</article>"
                      for n, post in enumerate(posts, 1)) + "</main></body></html>")
    assert [b.text for b in extract(html).body if b.kind == "paragraph"] == [*posts[0], *posts[1]]


def test_consent_line_of_a_signup_form_in_the_story_is_not_body(model_keeps_everything):
    story = prose_paragraphs(6)
    consent = ["By subscribing, you agree to receive marketing emails from us and accept our Privacy Policy.",
               "By clicking “Post Your Answer”, you agree to our terms of service."]
    prose = ["By signing the treaty, the two countries agreed to new terms for the border crossings.",
             "By accepting the offer, you agree with the board, the chairman wrote to the shareholders."]
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [*story[:3], consent[0], *prose,
                                                                               *story[3:], consent[1]]) + "</div>")
    assert [b.text for b in extract(html).body] == [*story[:3], *prose, *story[3:]]


@pytest.mark.parametrize("mark", ["author", "autor", "article-autor"])
def test_byline_marked_as_an_author_in_english_or_german_is_not_body(model_keeps_everything, mark):
    story = prose_paragraphs(6)
    html = wrap("<div class='article-body'>" + f"<p class='{mark}'>Von Nina Beispiel und Max Muster</p>"
                + paragraphs_html(story) + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_labels_left_without_what_they_announced_are_not_body(rules_only):
    story = prose_paragraphs(6)
    labels = ["Table of Contents", "Like this:", "Like Loading...", "How useful was this post?", "Embed",
              "Player wird geladen", "We apologize, but this video has failed to load.", "Partager cet article"]
    html = wrap("<div class='article-body'>" + f"<h2>{labels[0]}</h2>" + paragraphs_html(story)
                + "".join(f"<p>{label}</p>" for label in labels[1:]) + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_a_newsrooms_call_for_readers_tips_is_not_body(model_keeps_everything):
    story = prose_paragraphs(6)
    calls = ["Got a story? Get in touch with our news team by emailing us at news@example.com.",
             "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback an: briefe@example.de"]
    contact = "Questions about the refund go to help@example.com, the council said on Monday evening."
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [*story, contact, *calls]) + "</div>")
    assert [b.text for b in extract(html).body] == [*story, contact]


def test_live_blog_entry_stamps_are_not_body_but_time_ranges_and_numbered_headings_are(rules_only):
    for stamp in ("21:00Jane Roe", "20:42 KEY EVENT", "13:37 Uhr", "10.30 Uhr"):
        assert content.is_stamp(stamp), stamp
    for text in ("6:15 PM - 8:15 PM", "2:34 Russia launches major nuclear drills", "2.10 Results", "1:1 Meetings"):
        assert not content.is_stamp(text), text


def test_wire_agency_credited_alone_on_a_line_of_the_body_is_not_body(rules_only):
    story = prose_paragraphs(6)
    html = ("<html><head><meta name='author' content='AFP'></head><body><article><p>AFP</p>"
            + paragraphs_html(story) + "</article></body></html>")
    article = extract(html)
    assert article.agency == "AFP"
    assert [b.text for b in article.body] == story


def test_legal_notice_of_the_footer_inside_the_story_is_not_body(model_keeps_everything):
    story = prose_paragraphs(6)
    notices = ["Copyright 2004-2025 Jane Roe and Example Press. All Rights Reserved.",
               "Example Trust is a registered charity No. 123456, registered in England and Wales."]
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [*story, *notices]) + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_a_footers_link_grid_is_no_listing_even_when_the_footer_holds_prose(rules_only):
    columns = "".join(f"<div class='col'><h4>Section {i}</h4><ul>" + "".join(
        f"<li><a href='/{i}/{j}'>Helpful link number {j} of section {i}</a></li>" for j in range(6)) + "</ul></div>"
        for i in range(5))
    html = ("<html><head><meta property='og:type' content='website'></head><body><main><h1>Gift cards</h1>"
            "<p>Give the gift of art supplies.</p></main><footer>" + "".join(f"<p>{p}</p>" for p in PROSE * 3)
            + f"<div class='cols'>{columns}</div></footer></body></html>")
    article = extract(html)
    assert article.page_type != "listing"
    assert not any("Helpful link" in block.text for block in article.body)


def test_engagement_counters_are_stamps_but_numbered_steps_and_reading_times_keep_their_own_rules():
    for counter in ("2 Likes", "22 Comments", "3304 views 13 mins 0 comments", "1.2K views", "12 Kommentare"):
        assert content.is_stamp(counter), counter
    assert not content.is_stamp("3. Read it aloud")
    assert not content.is_stamp("4 comments on the draft were rejected by the board.")


def test_story_sentences_that_name_a_legal_phrase_or_a_tip_address_stay(model_keeps_everything):
    story = prose_paragraphs(6)
    sentences = ['The label argued that the phrase "all rights reserved" on the sleeve meant nothing in court.',
                 "The hospice, a registered charity, said it would have to close two wards by the spring.",
                 "Police asked anyone with information or tips to email tips@police.example.gov or call 999.",
                 "Hinweise nimmt die Polizei unter hinweise@polizei.example.de entgegen."]
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [*story[:3], *sentences, *story[3:]])
                + "</div>")
    assert [b.text for b in extract(html).body] == [*story[:3], *sentences, *story[3:]]


def test_times_with_what_happens_then_in_a_list_are_an_agenda_not_stamps(rules_only):
    story = prose_paragraphs(6)
    agenda = ["09:30 Opening Remarks", "10:00 Keynote", "12:30 Lunch"]
    html = wrap("<div class='article-body'>" + paragraphs_html(story[:3])
                + "<ul>" + "".join(f"<li>{item}</li>" for item in agenda) + "</ul>"
                + paragraphs_html(story[3:]) + "</div>")
    assert [b.text for b in extract(html).body] == [*story[:3], *agenda, *story[3:]]
    assert content.is_stamp("19:20 Jane Roe") and content.is_stamp("15:36 Uhr")


@pytest.mark.parametrize("hero_h1", ["Council passes the budget", "The Daily Example"])
def test_story_below_a_headline_box_in_its_own_article_element_stays(rules_only, hero_h1):
    story = prose_paragraphs(6)
    html = ("<html><head><title>Council passes the budget | The Daily Example</title>"
            "<meta property='og:type' content='article'></head><body><main>"
            "<article class='hero'><h1>Council passes the budget</h1><p>By Jane Roe</p></article>"
            f"<article class='story'><h1 class='print'>{hero_h1}</h1>"
            + paragraphs_html(story) + "</article></main></body></html>")
    assert [b.text for b in extract(html).body if b.kind == "paragraph"] == story


FARES_TABLE = ("<table><tr><th>Route</th><th>Buses</th><th>Fare rise</th></tr>"
               "<tr><td>Northern line, from the harbour to the old town</td><td>12</td><td>4.1%</td></tr>"
               "<tr><td>Southern line, through the market district</td><td>9</td><td><a href='/n'>N/A</a></td></tr>"
               "<tr><td>Ring road express service, nights only</td><td>15</td><td>2.7%</td></tr></table>")


def _table_decisions(html: str, keep) -> tuple[list[str], list[str]]:
    """The blocks' texts and `whole_data_tables` applied to decisions that keep the blocks `keep` names."""
    root = dom.parse(html)
    dom.remove_non_content(root)
    segmenter = content.segment(root)
    texts = [block.text for block in segmenter.blocks]
    decisions = ["body" if keep(text) else "drop" for text in texts]
    rules = ["furniture" if text == "9" else decision for text, decision in zip(texts, decisions)]
    return texts, content.whole_data_tables(segmenter, rules, decisions)


def test_a_data_table_mostly_kept_is_kept_whole_but_links_and_furniture_stay_out():
    texts, decisions = _table_decisions(wrap("<article>" + paragraphs_html(PROSE) + FARES_TABLE
                                             + "</article>"), keep=lambda text: len(text) > 20)
    kept = {text for text, decision in zip(texts, decisions) if decision == "body"}
    assert {"Route", "Buses", "12", "4.1%", "15", "2.7%"} <= kept
    assert "N/A" not in kept and "9" not in kept  # a link cell; a cell the rules called furniture


def test_a_layout_table_whose_story_column_is_cut_by_line_breaks_is_left_as_decided():
    column = "<br><br>".join(PROSE * 2)  # every block short, the cell long: the story's column
    layout = (f"<table><tr><td>The Exampleton Courier</td><td>Advertisement</td></tr>"
              f"<tr><td colspan='2'>{column}</td></tr></table>")
    texts, decisions = _table_decisions(wrap(layout), keep=lambda text: len(text) > 25)
    assert dict(zip(texts, decisions))["Advertisement"] == "drop"


def test_a_data_table_followed_by_text_of_its_container_is_still_kept_whole():
    html = wrap("<article><div class='entry'>" + paragraphs_html(PROSE) + FARES_TABLE
                + "Source: the city's transport office.</div><p>A last paragraph about the vote.</p></article>")
    texts, decisions = _table_decisions(html, keep=lambda text: len(text) > 20)
    kept = {text for text, decision in zip(texts, decisions) if decision == "body"}
    assert {"Route", "Buses", "12", "4.1%"} <= kept


def test_a_layout_table_or_a_table_mostly_dropped_is_left_as_decided():
    column = " ".join(PROSE * 2)
    layout = f"<table><tr><td><a href='/'>Home</a></td><td>{column}</td></tr><tr><td>Menu</td><td>Footer</td></tr></table>"
    for html, keep in ((wrap(layout), lambda text: len(text) > 20), (wrap(FARES_TABLE), lambda text: text == "12")):
        texts, decisions = _table_decisions(html, keep)
        assert decisions == ["body" if keep(text) else "drop" for text in texts]


def _model_drops_table(html: str) -> dict[str, str]:
    """`whole_data_tables` where the rules keep every block and the model drops every short one (a
    table's cells): each block's text with its decision."""
    root = dom.parse(html)
    dom.remove_non_content(root)
    segmenter = content.segment(root)
    texts = [block.text for block in segmenter.blocks]
    model = ["body" if len(text) > 60 else "drop" for text in texts]
    return dict(zip(texts, content.whole_data_tables(segmenter, ["body"] * len(texts), model)))


def test_a_data_table_the_rules_keep_in_mid_story_is_kept_whole_though_the_model_drops_it():
    html = wrap("<article><p>" + PROSE[0] + "</p>" + FARES_TABLE.replace("<a href='/n'>N/A</a>", "N/A")
                + paragraphs_html(PROSE[1:]) + "</article>")
    decisions = _model_drops_table(html)
    assert {decisions[cell] for cell in ("Route", "Buses", "12", "4.1%", "N/A", "2.7%")} == {"body"}


def test_a_data_table_the_model_drops_after_the_story_is_left_as_decided():
    html = wrap("<article>" + paragraphs_html(PROSE) + FARES_TABLE + "</article>")
    assert _model_drops_table(html)["Route"] == "drop"


def test_every_match_of_the_article_body_pattern_holds_one_of_its_words():
    # `blocks._content_marked` skips the pattern's search for a value that holds none of the words
    from newsmill.extract.signals import CONTENT_PATTERN, CONTENT_PATTERN_WORDS

    for name in ("article-body", "articleBody", "story__content", "entry_text", "news-main", "blog-content",
                 "post-body", "body-copy", "main_text", "rich-text", "richtext", "prose"):
        match = CONTENT_PATTERN.search(name)
        assert match and any(word in match.group().lower() for word in CONTENT_PATTERN_WORDS), name


@pytest.mark.parametrize("disclaimer", [
    "The views expressed in this column are the author's own and do not necessarily reflect those of the paper.",
    "Disclaimer: This post is for informational purposes only and is not a substitute for medical advice.",
    "Die Inhalte dieses Beitrags dienen nur zur Information und ersetzen keine ärztliche Beratung.",
])
def test_a_sites_disclaimer_closing_the_body_goes(disclaimer):
    story = prose_paragraphs(8)
    body = byline_body("Nora Lindqvist", [*story, disclaimer])
    assert body == story


def test_a_disclaimer_over_a_guest_column_goes():
    story = prose_paragraphs(8)
    note = "Gastbeiträge wie dieser müssen nicht der Meinung der Redaktion entsprechen."
    body = byline_body("Nora Lindqvist", [story[0], note, *story[1:]])
    assert body == story


def test_a_disclaimer_sentence_in_mid_story_stays():
    story = prose_paragraphs(14)
    quoted = "The leaflet said the advice was for informational purposes only, which angered the parents."
    paragraphs = [*story[:7], quoted, *story[7:]]
    assert byline_body("Nora Lindqvist", paragraphs) == paragraphs


def test_a_person_the_story_quotes_who_shares_the_writers_first_name_stays():
    story = prose_paragraphs(8)
    closing = ["Anna works twelve-hour shifts at the clinic, and she says the new lights would make her walk safer.",
               "Anna covered the night desk at the hospital for years, she told the hearing."]
    paragraphs = [*story, *closing]
    assert byline_body("Anna Berg", paragraphs) == paragraphs


@pytest.mark.parametrize("reported", [
    "The regulator said the notice, which reads that the views expressed are not necessarily the bank's, misled savers.",
    "Doctors warned that the app, which calls itself not a substitute for professional care, gave dangerous tips.",
    "Die Broschüre dient nur zur Information, sagte die Sprecherin der Klinik am Montag.",
    "“Our leaflet is for informational purposes only,” the chemist's owner told the hearing.",
    # the reporter's own sentence about something else than the text it closes
    "Such home tests are for informational purposes only and should be followed by a visit to a doctor.",
    "The footage, released for educational purposes only, shows the dam giving way in under a minute.",
])
def test_a_disclaimer_reported_by_the_story_at_its_edges_stays(reported):
    story = prose_paragraphs(8)
    for paragraphs in ([reported, *story], [*story, reported]):
        assert byline_body("Nora Lindqvist", paragraphs) == paragraphs


@pytest.mark.parametrize("line", [
    "Medically reviewed by Ines Varga, MD, Chief Editor of the Health Letter",
    "Fact checked by: Tomas Berg",
    "This post was last updated July 2021.",
    "Last reviewed January 2023",
])
def test_a_reviewers_credit_and_a_review_or_update_stamp_are_not_body(line):
    story = prose_paragraphs(6)
    for paragraphs in ([line, *story], [*story[:3], line, *story[3:]], [*story, line]):
        assert byline_body("Nora Lindqvist", paragraphs) == story


def test_sentences_that_open_like_a_review_stamp_stay():
    lines = ["Reviewed by our testers, the phone lasted two full days on one charge.",
             "Revised figures for 2024 show a drop in sales across the region, the ministry said.",
             # a capitalised subject after "reviewed by": a sentence, not a reviewer's credit
             "Reviewed by Parliament in March, the law was found to have cost twice the promised sum.",
             "Fact checked by Reuters in 2024, the claim about the bridge turned out to be false."]
    paragraphs = [*prose_paragraphs(6)[:3], *lines, *prose_paragraphs(6)[3:]]
    assert byline_body("Nora Lindqvist", paragraphs) == paragraphs


@pytest.mark.parametrize("label", ["Recent Articles", "Keep Reading", "Work With Us", "About the Reviewer"])
def test_a_blogs_closing_box_after_the_story_goes(label):
    story = prose_paragraphs(8)
    box = [f"<h2>{label}</h2>", "<p>Our planners answer every message within a day, from spring to autumn.</p>"]
    html = byline_page("Nora Lindqvist", story).replace("</article>", "".join(box) + "</article>")
    assert [block.text for block in extract(html).body] == story


@pytest.mark.parametrize("label", ["Written by", "Print this page", "Show caption", "Copy to clipboard", "Jump to:",
                                   "Was this article helpful?", "Seite drucken", "REKLAM", "Yazı Boyutu",
                                   "Fehler gefunden? Jetzt melden."])
def test_widget_labels_of_a_blog_are_not_body(label):
    story = prose_paragraphs(6)
    paragraphs = [label, *story[:3], label, *story[3:], label]
    assert byline_body("Nora Lindqvist", paragraphs) == story


@pytest.mark.parametrize("box_class", ["article-factbox", "fact-box border-light", "faktaboks"])
def test_fact_box_inside_the_body_goes(box_class):
    # A fact box restates background beside the story ("Facts about the budget"): not the story's text.
    story = prose_paragraphs(6)
    box = (f"<div class='{box_class}'><h3>Facts about the city budget</h3><ul>"
           "<li>The budget is voted every year in the spring session of the council.</li>"
           "<li>Public transport takes about a fifth of the city's yearly spending.</li></ul></div>")
    html = wrap("<div class='article-body'>" + story_around(box, story) + "</div>")
    assert [b.text for b in extract(html).body] == story


@pytest.mark.parametrize("headline", ["Stadtrat <span>Haushalt für 2025 beschlossen</span>",
                                      "Stadtrat : Haushalt für 2025 beschlossen",
                                      "STADTRAT – Haushalt für 2025 beschlossen!"])
def test_headline_that_shows_the_title_with_other_punctuation_is_not_body(rules_only, headline):
    # The title has the kicker after a colon; the heading sets it apart by layout or other punctuation.
    html = ("<html><head><meta property='og:title' content='Stadtrat: Haushalt für 2025 beschlossen'></head>"
            f"<body><article><h2>{headline}</h2>" + paragraphs_html(PROSE) + "</article></body></html>")
    article = extract(html)
    assert article.title == "Stadtrat: Haushalt für 2025 beschlossen"
    assert [b.text for b in article.body] == PROSE


def test_model_cannot_bring_back_the_headline_of_a_declared_article(model_keeps_everything):
    story = prose_paragraphs(6)
    html = ("<html><head><title>Council passes the budget | The Daily Example</title>"
            "<meta property='og:type' content='article'></head><body><main><article class='story'>"
            "<h1>Council passes the budget</h1><h2>Where the money goes</h2>"
            + paragraphs_html(story) + "</article></main></body></html>")
    assert [b.text for b in extract(html).body] == ["Where the money goes", *story]


def test_headline_with_a_kicker_beside_the_title_is_not_body(rules_only):
    html = ("<html><head><meta property='og:title' content='Haushalt für 2025 beschlossen'></head><body><article>"
            "<h1><span class='kicker'>Nach langer Debatte</span><span class='sr-only'> - </span>"
            "<span class='headline'>Haushalt für 2025 beschlossen</span></h1>"
            "<h2>Haushalt für 2025 beschlossen: was nun?</h2>"
            + paragraphs_html(PROSE) + "</article></body></html>")
    article = extract(html)
    assert article.title == "Haushalt für 2025 beschlossen"
    assert [b.text for b in article.body] == ["Haushalt für 2025 beschlossen: was nun?", *PROSE]


@pytest.mark.parametrize("caption", ["The mayor after the vote at the town hall on Tuesday. Bildrechte: Stadt/Jane Roe",
                                     "Buses wait at the depot in the early morning. Photo: Jane Roe/Example Agency"])
def test_caption_with_a_closing_credit_out_of_brackets_is_not_body(model_keeps_everything, caption):
    story = prose_paragraphs(6)
    media = f"<div class='media'><span>{caption}</span></div>"
    html = wrap("<div class='article-body'>" + story_around(media, story) + "</div>")
    assert [b.text for b in extract(html).body] == story


@pytest.mark.parametrize("caption_class", ["caption small", "FeaturedImageCaption", "InlineImage-imageEmbedCredit"])
def test_inline_caption_beside_its_picture_is_not_body(model_keeps_everything, caption_class):
    story = prose_paragraphs(6)
    picture = ("<div class='contentimage'><a href='/big.jpg'><img src='/tram.jpg' alt=''></a>"
               f"<span class='{caption_class}'>Older trams in the depot carry their cooling units on the roof.</span></div>")
    html = wrap("<div class='article-body'>" + story_around(picture, story) + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_caption_class_with_no_picture_near_is_not_an_inline_caption(model_keeps_everything):
    story = prose_paragraphs(6)
    rating = "<div class='rating'><span class='rating__caption'>Rated four and a half stars by the readers of this guide.</span></div>"
    html = wrap("<div class='article-body'>" + story_around(rating, story) + "</div>")
    assert [b.text for b in extract(html).body] == [*story[:3], "Rated four and a half stars by the readers of this guide.", *story[3:]]


NEWS_ARTICLE = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget"}</script>'


def declared_article(inner: str) -> str:
    """A page that declares one news article, `inner` in its <article>."""
    return f"<html><head>{NEWS_ARTICLE}</head><body><article class='ArticleBody'>{inner}</article></body></html>"


@pytest.mark.parametrize("box_class", ["RelatedContent-container", "InlineDonationPromo", "shareArticles"])
def test_camel_case_chrome_names_inside_a_declared_article_go(model_keeps_everything, box_class):
    story = prose_paragraphs(6)
    box = (f"<div class='{box_class}'><p>Readers who followed the budget debate also turned to these stories "
           "about the tram line and the fares, which we keep updating.</p></div>")
    html = declared_article(story_around(box, story))
    assert [b.text for b in extract(html).body] == story


@pytest.mark.parametrize("box_class", ["infobox", "info-box", "InfoBox"])
def test_info_box_is_chrome_inside_a_declared_article_but_content_elsewhere(model_keeps_everything, box_class):
    story = prose_paragraphs(6)
    box = (f"<div class='{box_class}'><h3>Trams in numbers</h3><p>The city runs ninety trams on twelve lines, and "
           "forty of them are older than twenty years, the operator says.</p></div>")
    inner = story_around(box, story)
    news = declared_article(inner)
    assert [b.text for b in extract(news).body] == story
    service = f"<html><body><div class='page-content'>{inner}</div></body></html>"
    assert "Trams in numbers" in [b.text for b in extract(service).body]


def test_camel_case_navigation_name_inside_a_declared_article_stays(model_keeps_everything):
    story = prose_paragraphs(6)
    html = declared_article(story_around("<div class='sectionNavSource'>", story) + "</div>")
    assert [b.text for b in extract(html).body] == story


@pytest.mark.parametrize("appeal", ["Follow The Daily Example on Twitter and Facebook for the latest news updates.",
                                    "Follow Example.co.uk on Google News to get our stories in your feed.",
                                    "Folgen Sie uns auf Instagram und WhatsApp für alle Neuigkeiten aus der Stadt."])
def test_appeal_to_follow_the_outlet_on_a_social_network_is_not_body(model_keeps_everything, appeal):
    story = [*prose_paragraphs(5), "Follow-up talks on the tram line are planned on the council's website."]
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [*story, appeal]) + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_custom_element_wrapping_blocks_counts_its_class_words_but_an_inline_one_stays_inline():
    # "<news-factbox class='fact-box'>" is a component: its chrome words hold as a <div>'s would.
    # "<relative-time>" holds text only: it stays inside its sentence.
    story = prose_paragraphs(6)
    dated = "The plan was updated on <relative-time datetime='2025-03-08'>8 March</relative-time> by the council."
    box = ("<news-factbox class='fact-box'><div class='content'><h3>Facts about the budget</h3>"
           "<p>The council votes a budget every spring and publishes it a week later.</p></div></news-factbox>")
    html = wrap("<div class='article-body'>" + story_around(box, story) + f"<p>{dated}</p></div>")
    assert [b.text for b in extract(html).body] == [*story, "The plan was updated on 8 March by the council."]


@pytest.mark.parametrize("note", ["Sendung: Radio Beispiel, 24.04.2024, 15:10 Uhr",
                                  "Über dieses Thema berichtete Radio Beispiel am 24. März 2023 um 05:20 Uhr."])
def test_a_broadcaster_s_air_time_note_is_not_body(model_keeps_everything, note):
    story = [*prose_paragraphs(5), "Die Sendung über den Haushalt läuft am Abend im Radio."]
    html = wrap("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in [*story, note]) + "</div>")
    assert [b.text for b in extract(html).body] == story


@pytest.mark.parametrize("chrome", [
    "<div class='image-lightbox'><p>The new tram at the depot on its first morning of service.</p></div>",
    "<div class='bookmark-toast'><p>You can find this story in your saved articles at any time.</p></div>",
    "<p class='affiliate-disclaimer'>We may earn a commission when you buy through links on our site.</p>",
    "<div class='blocker-title'><p>Sign in or create an account to keep reading our stories.</p></div>",
    "<div class='c-article-partage-commentaire'><p>Share this article with your friends and family.</p></div>"])
def test_lightbox_toast_affiliate_blocker_and_share_boxes_inside_the_body_go(chrome):
    story = prose_paragraphs(6)
    html = wrap("<div class='article-body'>" + story_around(chrome, story) + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_links_to_the_previous_and_next_posts_inside_the_body_go():
    story = prose_paragraphs(6)
    nav = ("<div class='article-prev-next'><div class='prev-post'><p>Previous: Bus lanes open on the ring road "
           "after two years of works</p></div></div>")
    html = wrap("<div class='article-body'>" + paragraphs_html(story) + nav + "</div>")
    assert [b.text for b in extract(html).body] == story


@pytest.mark.parametrize("chrome", [
    "<div class='post-disclaimer'><p>This article is for information only and is not financial advice.</p></div>",
    "<div class='author-bio'><p>Jane Roe covers the city council and its budget for the paper.</p></div>",
    "<div class='article-copyright'><p>This story may not be republished without the paper's permission.</p></div>"])
def test_disclaimer_author_biography_and_copyright_boxes_go(chrome):
    story = prose_paragraphs(6)
    html = wrap("<div class='article-body'>" + paragraphs_html(story) + chrome + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_legal_notice_box_inside_the_body_goes():
    story = prose_paragraphs(6)
    legal = "<div class='article-legal'><p>The publisher is registered with the trade court under the number given.</p></div>"
    html = wrap("<div class='article-body'>" + paragraphs_html(story) + legal + "</div>")
    assert [b.text for b in extract(html).body] == story


def test_poster_profile_and_rank_under_a_forum_post_are_not_body():
    posts = prose_paragraphs(6)
    declared = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Chain wear"}</script>'
    thread = "".join(f"<article class='post'><div class='postprofile'><p>Senior member with many posts here</p></div>"
                     f"<div class='post-body'><p>{text}</p></div></article>" for text in posts)
    html = f"<html><head>{declared}</head><body><main><h1>Chain wear</h1>{thread}</main></body></html>"
    assert [block.text for block in extract(html).body] == posts


def test_caseless_search_finds_what_the_case_insensitive_pattern_finds():
    pattern = re.compile(r"views\s+expressed|müssen\s+nicht", re.I)
    search = signals.caseless_search(pattern)
    lines = ["The VIEWS  Expressed here are ours.", "Die Beiträge MÜSSEN NICHT ...", "no views, nothing expressed",
             "Viewſ expressed"]  # the long s folds to "s" in a case-insensitive pattern
    assert [search(line) for line in lines] == [True, True, False, True]
    assert [search(line) for line in lines] == [pattern.search(line) is not None for line in lines]
    # A pattern that is not all lower case is searched as it is: "(?-i:[A-Z])" must see the capital.
    capital = re.compile(r"by\s+(?-i:[A-Z])", re.I)
    assert [signals.caseless_search(capital)(line) for line in ("BY Jane", "by jane")] == [True, False]


@pytest.mark.parametrize("line, furniture", [
    ("Follow-up studies on Instagram use among teenagers found that the effect faded, the researchers said.", False),
    ("Follow the money on Facebook, the investigators said, and the trail leads to three shell companies.", False),
    ("Follow us on Twitter, Facebook and Instagram", True),
    ("Sendung mit der Maus: Die Kindersendung feiert in diesem Jahr ihren 55. Geburtstag mit einem Fest.", False),
    ("Über dieses Thema berichtete die Zeitung bereits 2019 – damals wurde der Plan noch abgelehnt.", False),
    ("Über dieses Thema berichtet: Radio Beispiel am 26.08.2024 um 06:00 Uhr.", True),
    ("The sign outside still reads 'No flash'. Credit: the museum's founder, who painted it in 1971", False),
    ("Open the camera app and choose the settings menu. Image: select High Efficiency to save space", False),
    ("Runners at dawn on the ridge. Photo: Jane Roe for Example News via Example Images", True),
])
def test_sentences_that_open_like_an_appeal_a_note_or_a_credit_stay_body(line, furniture):
    # Each rule reads a line's shape: a sentence that merely opens like one (a hyphen after "Follow",
    # a clause after the network, no day's date after the air-time label, a lower-case clause after
    # "Credit:") is story text.
    verdict = content.is_follow_appeal(line) or content.is_air_time_note(line) or content.is_credit(line)
    assert verdict is furniture
