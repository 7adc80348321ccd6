"""Property: reading back what `render_txt` wrote gives the same article parts (hypothesis)."""

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmill.article import Article, Block, Image, Link
from newsmill.extract.paragraphs import join_broken_paragraphs
from newsmill.formats import read_txt, render_txt
from newsmill.formats.reader import NAME_SUFFIXES, WIRE_AGENCIES, is_wire_agency
from newsmill.formats.txt import single_line

CHARS = st.characters(blacklist_categories=("Cs", "Cc"))
LETTERS = st.characters(whitelist_categories=("Lu", "Ll", "Lo"))

# Lines that look like other parts of the layout, to place inside the body.
LOOKALIKES = ["By John Smith", "By AFP", "May 26, 2023", "2023-05-26", "Original url:", "ORIGINAL URL:",
              "Related article: Something Else", "Read more: elsewhere", "https://example.com/x",
              "Photo **Credit**", "## not a heading.", "• a bullet", "> a quote", "\\", "\\x",
              "Western engagement", "in lower case", "What comes next?", "#", "•", ">"]


def clean(text: str) -> str:
    return single_line(text)


words = st.text(CHARS, min_size=1, max_size=10).map(clean).filter(bool)
phrases = st.lists(words, min_size=1, max_size=14).map(" ".join)
long_paragraphs = st.tuples(phrases, st.integers(100, 400)).map(lambda t: clean((t[0] + " ") * t[1]))
block_texts = st.one_of(phrases, st.sampled_from(LOOKALIKES), long_paragraphs)
blocks = st.builds(Block, st.sampled_from(["paragraph", "paragraph", "heading", "list_item", "quote"]),
                   block_texts)

name_words = st.text(LETTERS, min_size=1, max_size=10).filter(lambda w: w.lower() != "and")
person = (st.lists(name_words, min_size=1, max_size=3).map(" ".join)
          .filter(lambda n: not is_wire_agency(n) and n not in NAME_SUFFIXES))
agency = st.lists(st.sampled_from(sorted(WIRE_AGENCIES)), max_size=3, unique=True).map(", ".join)

zones = st.sampled_from([None, timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(hours=3))])
dates = st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31),
                                          timezones=zones))
urls = st.from_regex(r"\Ahttps?://[a-z0-9]{1,12}\.[a-z]{2,4}/[A-Za-z0-9/_.%?=&-]{0,40}\Z")
captions = phrases.filter(lambda c: not c.endswith("**"))
credits = phrases.filter(lambda c: "*" not in c)
images = st.lists(st.builds(Image, urls, st.one_of(st.just(""), captions), st.one_of(st.just(""), credits)),
                  max_size=2)
links = st.lists(st.builds(Link, urls, st.one_of(st.just(""), phrases)), max_size=3)


@st.composite
def articles(draw, repaired: bool = True) -> Article:
    body = draw(st.lists(blocks, max_size=10))
    if repaired:  # the extractor's bodies have no broken paragraphs left
        body = join_broken_paragraphs(body)[0]
    return Article(
        url=draw(st.one_of(st.none(), urls)),
        canonical_url=draw(st.one_of(st.none(), urls)),
        title=draw(st.one_of(st.just(""), phrases, st.sampled_from(LOOKALIKES))),
        authors=draw(st.lists(person, max_size=4)),
        agency=draw(agency),
        published=draw(dates),
        images=draw(images),
        body=body,
        related=draw(links),
    )


def lead(article: Article) -> tuple[str, str]:
    image = article.lead_image
    return (image.caption, image.credit) if image else ("", "")


def assert_same_parts(original: Article, read: Article) -> None:
    assert read.title == original.title
    assert read.authors == original.authors
    assert read.agency == original.agency
    assert (read.published.date() if read.published else None) == (
        original.published.date() if original.published else None)
    assert lead(read) == lead(original)
    assert read.body == original.body
    assert read.related == []  # the txt layout has no place for related links (see formats/txt.py)
    assert read.url == (original.url or original.canonical_url)


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles())
def test_round_trip_with_repair(article):
    assert_same_parts(article, read_txt(render_txt(article)))


@SETTINGS
@given(articles(repaired=False))
def test_round_trip_without_repair_keeps_every_block(article):
    assert_same_parts(article, read_txt(render_txt(article), repair=False))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_rendering_what_was_read_is_stable(article):
    text = render_txt(article)
    assert render_txt(read_txt(text)) == text


@settings(max_examples=30, deadline=None)
@given(articles(), st.sampled_from(["\r\n", "\n"]), st.booleans())
def test_line_ends_and_bom_do_not_change_the_reading(article, newline, bom):
    text = render_txt(article)
    variant = ("\ufeff" if bom else "") + text.replace("\n", newline)
    assert read_txt(variant) == read_txt(text)


def test_round_trip_of_an_extracted_page():
    from newsmill import extract

    html = ("<html lang='en'><head><meta property='og:title' content='Ferry Vote Keeps the Boats Running'>"
            "</head><body><h1>Ferry Vote Keeps the Boats Running</h1>"
            "<p>Residents of the harbour town voted on Sunday to keep the island ferry running.</p>"
            "<p>By a wide margin, the council's bridge plan was rejected.</p>"
            "<p>May 26, 2023 will be remembered in town.</p><p>The operator will order two electric boats.</p></body></html>")
    article = extract(html, url="https://news.example.org/ferry-vote")
    assert len(article.body) == 4
    assert_same_parts(article, read_txt(render_txt(article)))
