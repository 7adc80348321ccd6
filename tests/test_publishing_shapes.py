"""Page shapes of common publishing systems and page kinds that the benchmarks lack: AMP figures, wire
datelines, pull quotes, data tables with a caption, right-to-left bylines. Invented text throughout."""

from newsmill import extract
from newsmill.extract import bylines, content

STORY = [
    "Councillors in the harbour town voted on Monday to bring back the passenger ferry across the estuary.",
    "The plan foresees a single electric boat running every forty minutes between the quay and the rail halt.",
    "Opponents warned that the running costs had been underestimated and that the boat would sail empty in winter.",
    "The first sailings are expected next summer, provided the harbour authority leases the old slip to the town.",
]


def page(body: str, head: str = "") -> str:
    """A page with a header, one article holding `body`, and a footer."""
    return (f"<html><head><title>Ferry returns</title>{head}</head><body><header><a href='/'>The Ledger</a>"
            "<nav><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header>"
            f"<main><article><h1>Ferry returns</h1>{body}</article></main>"
            "<footer>© 2024 The Ledger</footer></body></html>")


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_amp_figure_gives_the_lead_image_its_caption_and_credit():
    figure = ("<figure><amp-img src='/img/ferry.jpg' width='1200' height='675' layout='responsive'></amp-img>"
              "<figcaption>The old ferry slip at the north quay. (Photo by Gale Hooper)</figcaption></figure>")
    article = extract(page(figure + paragraphs(STORY)), url="https://news.example.com/ferry")
    image = article.lead_image
    assert (image.url, image.caption, image.credit) == (
        "https://news.example.com/img/ferry.jpg", "The old ferry slip at the north quay.", "Gale Hooper")
    assert [b.text for b in article.body] == STORY


def test_wire_dateline_credits_the_agency_when_the_page_names_no_author():
    wire = [f"PARIS (AFP) — {STORY[0]}", *STORY[1:]]
    assert extract(page(paragraphs(wire))).agency == "AFP"
    reuters = [f"LONDON, March 4 (Reuters) - {STORY[0]}", *STORY[1:]]
    assert extract(page(paragraphs(reuters))).agency == "Reuters"
    signed = page("<p class='byline'>By Hanne Sollis</p>" + paragraphs(reuters))
    assert (extract(signed).authors, extract(signed).agency) == (["Hanne Sollis"], "")


def test_dateline_agency_reads_only_an_opening_dateline():
    assert bylines.dateline_agency("Berlin (dpa) - Die Bahn streicht Züge.") == "dpa"
    assert bylines.dateline_agency("KYIV, June 2 (AFP/Reuters) – Talks resumed.") == "AFP, Reuters"
    assert bylines.dateline_agency("WASHINGTON (CNN) — Talks resumed.") == ""  # a channel, not a wire
    assert bylines.dateline_agency("The mayor (AP) said - nothing.") == ""
    assert bylines.dateline_agency(STORY[0]) == ""


def test_dateline_agency_reads_the_wire_variants_and_no_sentence():
    assert bylines.dateline_agency("(Reuters) - Fuel prices rose.") == "Reuters"
    assert bylines.dateline_agency("NEW DELHI, Mar 4 (PTI): Fuel prices rose.") == "PTI"
    assert bylines.dateline_agency("Madrid, 4 de marzo (EFE).- Los precios subieron.") == "EFE"
    assert bylines.dateline_agency("Residents of Scranton (PA) - a small city - voted.") == ""


def test_pull_quote_repeating_a_sentence_of_the_story_goes():
    said = "A child in the hills gets the same plate as a child in town, it just costs more to get it there."
    quote = f"<blockquote class='pull-quote'><p>“{said}”</p></blockquote>"
    story = [STORY[0], STORY[1], f"One catering manager said: \"{said}\" Fuel prices widened the gap.", STORY[2]]
    body = extract(page(paragraphs(story[:2]) + quote + paragraphs(story[2:]))).body
    assert [(b.kind, b.text) for b in body] == [("paragraph", text) for text in story]


def test_pull_quote_closing_a_sentence_the_paragraph_goes_on_with_goes():
    said = "We will sail again every morning at seven, whatever the council decides about the money"
    quote = f"<blockquote class='pull-quote'><p>“{said}.”</p></blockquote>"
    story = [STORY[0], f"The skipper said: “{said}, and the regulars will be back.” Others were less sure.", STORY[1]]
    body = extract(page(paragraphs(story[:2]) + quote + paragraphs(story[2:]))).body
    assert [(b.kind, b.text) for b in body] == [("paragraph", text) for text in story]


def test_a_quote_that_no_paragraph_repeats_stays():
    quote = "<blockquote><p>We will sail again, whatever the council decides about the money.</p></blockquote>"
    body = extract(page(paragraphs(STORY[:2]) + quote + paragraphs(STORY[2:]))).body
    assert ("quote", "We will sail again, whatever the council decides about the money.") in [
        (b.kind, b.text) for b in body]


class DropsNumberCells:
    """A block model that calls the number cells of a table chrome ("£2.41", "38"), as the shipped one
    may, and agrees with the rules elsewhere."""

    def decide(self, segmenter, container, rules, article):
        return ["drop" if segmenter.nodes[block.node].tag == "td" and not any(c.isalpha() for c in block.text)
                else rule for block, rule in zip(segmenter.blocks, rules)]


def test_data_table_with_a_caption_is_kept_whole(monkeypatch):
    monkeypatch.setattr(content, "block_model", DropsNumberCells)
    table = ("<table><caption>Cost of a school lunch per pupil</caption>"
             "<thead><tr><th>District</th><th>Cost per meal</th><th>Schools</th></tr></thead><tbody>"
             "<tr><td>Eastern districts</td><td>£2.41</td><td>38</td></tr>"
             "<tr><td>Valley towns</td><td>£2.77</td><td>24</td></tr>"
             "<tr><td>Hill towns</td><td>£3.12</td><td>17</td></tr></tbody></table>")
    body = extract(page(paragraphs(STORY[:3]) + table + paragraphs(STORY[3:]))).body
    cells = ["Cost of a school lunch per pupil", "District", "Cost per meal", "Schools", "Eastern districts",
             "£2.41", "38", "Valley towns", "£2.77", "24", "Hill towns", "£3.12", "17"]
    assert [b.text for b in body] == STORY[:3] + cells + STORY[3:]


def test_arabic_and_hebrew_bylines_name_the_author():
    arabic = ("<div class='meta'><span class='author'>بقلم: سلمى الحداد</span></div>"
              "<p>افتتحت البلدية صباح الثلاثاء مكتبة عامة جديدة في المبنى القديم للبريد بعد أعمال ترميم طويلة.</p>"
              + paragraphs(STORY))
    assert extract(page(arabic)).authors == ["سلمى الحداد"]
    assert bylines.parse_byline("מאת דנה לוי").authors == ["דנה לוי"]


def br_column_page(lines: list[str], site: str = "Wexcombe Chronicle") -> str:
    """An old-style page: the headline a styled <div>, the story one <div> of lines cut by <br><br>."""
    column = "<br><br>".join(lines)
    return (f"<html><head><title>Roof repaired</title><meta property='og:title' content='Roof repaired'>"
            f"<meta property='og:type' content='article'><meta property='og:site_name' content='{site}'></head>"
            "<body><table><tr><td><a href='/'>Home</a> | <a href='/news'>News</a></td></tr></table>"
            f"<div id='story'><div class='headline'>Roof repaired</div><div class='storytext'>{column}</div></div>"
            f"<div class='footer'>Copyright 2024 {site}. All rights reserved.</div></body></html>")


def test_byline_typed_as_the_first_line_of_a_br_column_names_the_author_and_leaves_the_body():
    article = extract(br_column_page(["By Gunnar Prell<br>Staff writer", *STORY]))
    assert article.authors == ["Gunnar Prell"]
    assert [b.text for b in article.body] == STORY  # nor the headline line, nor the byline


def test_a_first_line_crediting_the_outlet_names_no_author():
    article = extract(br_column_page(["By Wexcombe Chronicle", *STORY]))
    assert (article.authors, article.agency, [b.text for b in article.body]) == ([], "", STORY)
    article = extract(br_column_page(["By Wexcombe", *STORY], site="Wexcombe"))  # a one-word outlet
    assert (article.authors, article.agency, [b.text for b in article.body]) == ([], "", STORY)


def test_a_sentence_opening_with_by_is_no_byline():
    lines = ["By Tuesday the roofers had replaced every slate.", *STORY]
    article = extract(br_column_page(lines))
    assert (article.authors, [b.text for b in article.body]) == ([], lines)


def test_byline_with_the_writer_s_role_leaves_the_body_of_a_page_that_credits_her():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry returns",'
            ' "author": {"@type": "Person", "name": "Gunnar Prell"}}</script>')
    for byline in ("By Gunnar Prell, Staff writer", "By Gunnar Prell<br>Correspondent"):
        article = extract(page(f"<p>{byline}</p>" + paragraphs(STORY), head))
        assert (article.authors, [b.text for b in article.body]) == (["Gunnar Prell"], STORY)


def test_a_label_after_by_in_the_first_lines_is_no_byline():
    for label in ("By the Numbers", "By Land and Sea"):
        lines = [label, *STORY]
        article = extract(br_column_page(lines))
        assert (article.authors, [b.text for b in article.body]) == ([], lines)


def test_chinese_credit_line_of_labelled_parts_is_no_body():
    story = ["九月一日，位于北部山区的石岭小学迎来了八名新教师，全校师生在操场上举行了简单的欢迎仪式。",
             "校长介绍说，过去几年学校一直缺少音乐和体育老师，很多课程只能由其他科目的老师临时代课。",
             "新来的老师大多刚从师范大学毕业，其中三人就是本地人，她们说回到家乡教书感觉特别亲切。",
             "县教育局表示，今年将为山区学校提供住房补贴，希望新教师能够长期留下来，让孩子们安心上课。"]
    credits = "<p>来源：江畔日报 作者：林晓雨 2024-09-02 08:30</p>"
    article = extract(page(credits + paragraphs(story)))
    assert [b.text for b in article.body] == story


def test_author_box_headed_about_the_author_by_name_goes():
    head = "<meta name='author' content='Rosalind Fenn'>"
    box = ("<h4>About Rosalind Fenn</h4>"
           "<p>Rosalind Fenn writes about wildlife and the countryside for the Downland Echo.</p>")
    article = extract(page(paragraphs(STORY) + box, head))
    assert (article.authors, [b.text for b in article.body]) == (["Rosalind Fenn"], STORY)


def test_a_heading_about_someone_else_stays():
    head = "<meta name='author' content='Rosalind Fenn'>"
    section = "<h2>About Wim Sato</h2><p>Wim Sato has gilded book spines in the town since the late seventies.</p>"
    body = extract(page(paragraphs(STORY) + section, head)).body
    assert [b.text for b in body][-2:] == [
        "About Wim Sato", "Wim Sato has gilded book spines in the town since the late seventies."]


def test_agency_printed_after_the_name_without_a_separator_is_the_agency():
    assert bylines.parse_byline("By TOMAS REINHOLT Associated Press") == bylines.Byline(
        authors=["TOMAS REINHOLT"], agencies=["Associated Press"])
    assert bylines.parse_byline("By Jane Roe and Tom Lee The Associated Press") == bylines.Byline(
        authors=["Jane Roe", "Tom Lee"], agencies=["The Associated Press"])
    assert bylines.parse_byline("By Jane Roe").agencies == []


def test_a_rule_of_symbols_between_the_story_and_its_tagline_is_no_block():
    story = paragraphs(STORY[:2]) + "<p>___</p><p>* * *</p>" + paragraphs(STORY[2:])
    assert [b.text for b in extract(page(story)).body] == STORY


def test_page_counters_and_pointers_of_a_paginated_article_are_no_body():
    pager = ("<p>Continued on page 2</p><p><a href='?page=2'>1</a> <a href='?page=2'>2</a> "
             "<a href='?page=2'>Next »</a></p><p>Page 1 of 3</p>")
    assert [b.text for b in extract(page(paragraphs(STORY) + pager)).body] == STORY
    german = "<p>Fortsetzung auf Seite 2</p><p>Seite 1 von 3</p>"
    assert [b.text for b in extract(page(paragraphs(STORY) + german)).body] == STORY
    assert content.is_stamp("Page 3 of the report shows a loss.") is False


def test_caption_of_an_image_laid_out_in_a_table_is_no_body():
    caption = "The old ferry slip at the north quay on Monday morning. Gale Hooper/Reuters"
    table = f"<table class='image'><tr><td><img src='/a.jpg'></td></tr><tr><td>{caption}</td></tr></table>"
    assert [b.text for b in extract(page(paragraphs(STORY[:2]) + table + paragraphs(STORY[2:]))).body] == STORY
    assert content.is_credit("A guide to Low-Code/No-Code") is False
