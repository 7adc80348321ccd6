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
            f"<main><article><h1>Ferry returns</h1>{body}</article></main><footer>© 2024 The Ledger</footer></body></html>")


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


def test_pull_quote_repeating_a_sentence_of_the_story_goes():
    said = "A child in the hills gets the same plate as a child in town, it just costs more to get it there."
    quote = f"<blockquote class='pull-quote'><p>“{said}”</p></blockquote>"
    story = [STORY[0], STORY[1], f"One catering manager said: \"{said}\" Fuel prices widened the gap.", STORY[2]]
    body = extract(page(paragraphs(story[:2]) + quote + paragraphs(story[2:]))).body
    assert [(b.kind, b.text) for b in body] == [("paragraph", text) for text in story]


def test_a_quote_that_no_paragraph_repeats_stays():
    quote = "<blockquote><p>We will sail again, whatever the council decides about the money.</p></blockquote>"
    body = extract(page(paragraphs(STORY[:2]) + quote + paragraphs(STORY[2:]))).body
    assert ("quote", "We will sail again, whatever the council decides about the money.") in [
        (b.kind, b.text) for b in body]


class DropsBodyCells:
    """A block model that calls the cells of a table's body chrome (short names and numbers), as the
    shipped one may, and agrees with the rules elsewhere."""

    def decide(self, segmenter, container, rules, article):
        return ["drop" if segmenter.nodes[block.node].tag == "td" else rule
                for block, rule in zip(segmenter.blocks, rules)]


def test_data_table_the_rules_keep_is_kept_whole_when_the_model_keeps_its_head(monkeypatch):
    monkeypatch.setattr(content, "block_model", DropsBodyCells)
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
