"""Reading the seed document (../shared/seed) and a fixture of the same layout written for these tests."""

from datetime import datetime
from pathlib import Path

import pytest

from newsmill.article import Block, Link
from newsmill.formats import parse_txt, read_txt, render_txt

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_5561b9b5b6de4c6c.txt"
FIXTURE = Path(__file__).parent / "fixtures" / "reader" / "012_0f1e2d3c4b5a6978.txt"
SEED_TEASER = "Related article: Armenia-Azerbaijan Clashes Threaten to Derail Peace Talks\n\n"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the repository")
    return SEED.read_text(encoding="utf-8")


def test_seed_fields(seed_text):
    article = read_txt(seed_text, SEED.name)
    assert article.title == "Armenia, Azerbaijan Optimistic on Normalization at Moscow Talks"
    assert article.authors == []
    assert article.agency == "AFP"
    assert article.published == datetime(2023, 5, 26)
    assert article.lead_image.caption == ("Russia's President Vladimir Putin (L) and Armenia's President "
                                          "Nikol Pashinyan during a bilateral meeting at the Grand Kremlin Palace.")
    assert article.lead_image.credit == "Ilya Pitalev/POOL/TASS"
    assert article.url == ("https://www.themoscowtimes.com/2023/05/26/"
                           "armenia-azerbaijan-optimistic-on-normalization-at-moscow-talks-a81290")
    assert article.canonical_url == article.url
    assert (article.sequence, article.source_id) == (0, "5561b9b5b6de4c6c")
    assert article.id == "8c2578bce92ca85a"


def test_seed_body(seed_text):
    article = read_txt(seed_text, SEED.name)
    assert [b for b in article.body if b.kind != "paragraph"] == [Block("heading", "Western engagement")]
    assert article.related == [Link(url="", text="Armenia-Azerbaijan Clashes Threaten to Derail Peace Talks")]
    assert not any("Related article" in b.text for b in article.body)
    assert Block("paragraph", "With Russia bogged down in Ukraine and unwilling to strain ties with "
                 "Azerbaijan's key ally Turkey, the United States and European Union have sought to "
                 "repair ties between the Caucasus rivals.") in article.body
    assert len(article.body) == 20


def test_seed_report(seed_text):
    report = parse_txt(seed_text, SEED.name).report
    assert [r.kind for r in report.repairs] == ["moved-related", "joined-paragraphs"]
    assert report.warnings == []


def test_seed_rerendered_is_seed_with_its_two_flaws_fixed(seed_text):
    expected = seed_text.replace(SEED_TEASER, "").replace("key ally\n\nTurkey", "key ally Turkey")
    assert render_txt(read_txt(seed_text, SEED.name)) == expected


def test_seed_without_repair_keeps_the_split_paragraph(seed_text):
    article = read_txt(seed_text, SEED.name, repair=False)
    assert len(article.body) == 21
    assert render_txt(article) == seed_text.replace(SEED_TEASER, "")


def test_fixture_without_the_seed():
    text = FIXTURE.read_text(encoding="utf-8")
    parsed = parse_txt(text, FIXTURE.name)
    article = parsed.article
    assert article.title == "Harbour Town Votes to Keep Its Ferry Running"
    assert (article.authors, article.agency) == (["Jane Roe", "Tom Poe"], "Reuters")
    assert article.published == datetime(2024, 3, 3)
    assert (article.lead_image.caption, article.lead_image.credit) == (
        "The ferry leaving the north pier at dawn.", "Anna Vik/Reuters")
    assert article.related == [Link(url="", text="Bridge Opening Delayed Again")]
    assert [b.kind for b in article.body] == ["paragraph", "paragraph", "heading", "paragraph", "paragraph"]
    assert article.body[3].text == ("The operator said it would order two electric boats once the contract "
                                    "is signed and the harbour Authority approves the new charging berth "
                                    "at the north pier.")
    assert (article.sequence, article.source_id) == (12, "0f1e2d3c4b5a6978")
    assert [r.kind for r in parsed.report.repairs] == ["moved-related", "joined-paragraphs"]
    expected = (text.replace("Related article: Bridge Opening Delayed Again\n\n", "")
                .replace("the harbour\n\nAuthority", "the harbour Authority"))
    assert render_txt(article) == expected
