"""The seed article's page, end to end: extraction and the seed's `txt` layout, flaws fixed."""

from conftest import SEED_URL

from newsmill import extract
from newsmill.formats import render_txt


def test_seed_page_renders_as_the_seed_layout_without_its_flaws(seed_html, seed_expected):
    article = extract(seed_html, url=SEED_URL)
    assert render_txt(article) == seed_expected


def test_related_insert_moves_out_of_the_body(seed_html):
    article = extract(seed_html, url=SEED_URL)
    assert [link.text for link in article.related] == ["Armenia-Azerbaijan Clashes Threaten to Derail Peace Talks"]
    assert article.related[0].url.startswith("https://www.themoscowtimes.com/2023/05/23/")
    assert "Related article" not in article.text


def test_inline_tag_link_is_joined_back_into_its_sentence(seed_html):
    article = extract(seed_html, url=SEED_URL)
    joined = [b.text for b in article.body if "key ally" in b.text]
    assert joined == ["With Russia bogged down in Ukraine and unwilling to strain ties with Azerbaijan's key ally "
                      "Turkey, the United States and European Union have sought to repair ties between the "
                      "Caucasus rivals."]


def test_subheading_kept_as_heading_and_chrome_removed(seed_html):
    article = extract(seed_html, url=SEED_URL)
    assert [b.text for b in article.body if b.kind == "heading"] == ["Western engagement"]
    for chrome in ("cookies", "Most read", "Kremlin Says Talks", "Dear readers", "Share on Facebook",
                   "all rights reserved", "Putin (L)"):
        assert chrome not in article.text


def test_seed_metadata(seed_html):
    article = extract(seed_html, url=SEED_URL)
    assert article.title == "Armenia, Azerbaijan Optimistic on Normalization at Moscow Talks"
    assert article.authors == []
    assert article.agency == "AFP"
    assert article.publisher == "The Moscow Times"
    assert article.published.isoformat() == "2023-05-26T09:32:00+03:00"
    assert article.language == "en"
    assert article.canonical_url == SEED_URL
    assert article.id == "8c2578bce92ca85a"
    image = article.images[0]
    assert image.credit == "Ilya Pitalev/POOL/TASS"
    assert image.caption.endswith("at the Grand Kremlin Palace.")
    assert image.url == "https://static.themoscowtimes.com/image/article_1360/putin-pashinyan.jpg"
