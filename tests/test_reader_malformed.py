"""Files that are not clean documents of the layout: each gives a clear outcome."""

from pathlib import Path

import pytest

from newsmill.article import Block
from newsmill.formats import LayoutError, parse_txt, read_txt, render_txt
from newsmill.formats.reader import decode_document, read_txt_file

FIXTURE = Path(__file__).parent / "fixtures" / "reader" / "012_0f1e2d3c4b5a6978.txt"


@pytest.fixture
def text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad, code", [
    ("", "empty"),
    (" \n\n \t\n", "empty"),
    ("\x00\x01PNG\x00\x00binary", "binary"),
    ("Title\n\nBy AFP\n\nA body without the label.", "no-url-label"),
])
def test_not_documents(bad, code):
    with pytest.raises(LayoutError) as error:
        read_txt(bad)
    assert error.value.code == code


def test_binary_bytes():
    with pytest.raises(LayoutError, match="binary"):
        decode_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_latin1_bytes_are_decoded():
    data = "\n\nCaf\u00e9 society\n\nBy AFP\n\n\n\n\n\n\n\nThe caf\u00e9 reopened on Monday.\n\nOriginal url:\n\nhttps://example.com/c".encode("cp1252")
    assert "Café society" in decode_document(data)


def test_fifty_megabytes_of_text():
    with pytest.raises(LayoutError) as error:
        read_txt("x" * 50_000_000)
    assert error.value.code == "too-large"


def test_fifty_megabyte_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "000_0123456789abcdef.txt"
    with open(path, "wb") as handle:
        handle.truncate(50_000_000)  # sparse: no 50 MB written
    with pytest.raises(LayoutError, match="too large"):
        read_txt_file(path)


def test_crlf_and_bom_read_like_the_clean_file(text):
    parsed = parse_txt("\ufeff" + text.replace("\n", "\r\n"), FIXTURE.name)
    assert parsed.article == read_txt(text, FIXTURE.name)
    assert [r.kind for r in parsed.report.repairs][:2] == ["removed-bom", "normalised-line-ends"]


def test_lone_label_inside_the_body_is_kept_with_a_warning(text):
    doc = text.replace("\"We are relieved,\"", "Original url:\n\n\"We are relieved,\"")
    parsed = parse_txt(doc)
    assert Block("paragraph", "Original url:") in parsed.article.body
    assert parsed.article.url == "https://news.example.org/2024/03/03/harbour-ferry-vote"
    assert parsed.report.warnings == ["an 'Original url:' line inside the body was kept as text"]


def test_two_documents_in_one_file(text):
    with pytest.raises(LayoutError) as error:
        read_txt(text + "\n\n" + text)
    assert error.value.code == "two-documents"


def test_label_without_url():
    article = read_txt("\n\nA title\n\n\n\n\n\n\n\n\n\nOne paragraph here.\n\nOriginal url:")
    assert (article.title, article.url, article.body) == ("A title", None, [Block("paragraph", "One paragraph here.")])
    assert article.id  # from the text: still a stable id


def test_label_followed_by_prose():
    with pytest.raises(LayoutError) as error:
        read_txt("A title\n\nBody text.\n\nOriginal url:\n\nsee the website for more")
    assert error.value.code == "no-url"


def test_loose_layout_extra_blank_lines_and_wrapped_lines(text):
    loose = ("A Title On Two\nLines\n\n\n\nMarch 3, 2024\n\nBy Jane Roe, Reuters\n\n\n\nFirst paragraph is\n"
             "wrapped over lines.\n\nSecond paragraph.\n\n\nOriginal url: https://example.com/x\n")
    parsed = parse_txt(loose)
    article = parsed.article
    assert article.title == "A Title On Two Lines"
    assert (article.authors, article.agency) == (["Jane Roe"], "Reuters")
    assert article.published.year == 2024
    assert [b.text for b in article.body] == ["First paragraph is wrapped over lines.", "Second paragraph."]
    assert article.url == "https://example.com/x"
    assert parsed.report.warnings


def test_missing_parts_invent_nothing():
    article = read_txt("\n\n\n\n\n\n\n\n\n\n\n\nOriginal url:\n\nhttps://example.com/empty")
    assert (article.title, article.authors, article.agency, article.published, article.images, article.body) == (
        "", [], "", None, [], [])
    assert article.url == "https://example.com/empty"


def test_whitespace_is_normalised_only_when_repairing(text):
    doc = text.replace("said one commuter.", "said  one\u00a0commuter.")
    assert read_txt(doc).body[-1].text == "\"We are relieved,\" said one commuter."
    assert read_txt(doc, repair=False).body[-1].text == "\"We are relieved,\" said  one\u00a0commuter."
    assert render_txt(read_txt(doc)) == render_txt(read_txt(text))


def test_older_variant_without_leading_blank_slot_or_caption():
    doc = ("Harbour Town Votes\n\nBy Jane Roe, Reuters\n\nMarch 3, 2024\n\n"
           "Residents voted on Sunday to keep the ferry.\n\nOriginal url:\n\nhttps://example.com/f")
    article = read_txt(doc)
    assert (article.title, article.authors, article.agency) == ("Harbour Town Votes", ["Jane Roe"], "Reuters")
    assert article.images == []
    assert [b.text for b in article.body] == ["Residents voted on Sunday to keep the ferry."]


def test_body_sentence_opening_with_by_is_not_a_byline():
    doc = ("Talks Collapse\n\nMarch 3, 2024\n\nBy the end of the day, the talks had collapsed.\n\n"
           "Original url:\n\nhttps://example.com/t")
    article = read_txt(doc)
    assert (article.authors, article.agency) == ([], "")
    assert article.body == [Block("paragraph", "By the end of the day, the talks had collapsed.")]


def test_reordered_header():
    doc = ("Talks Collapse\n\nMarch 3, 2024\n\nBy Ann Lee\n\nA pier. **Jo Li**\n\nBody.\n\n"
           "Original url:\n\nhttps://example.com/t")
    article = read_txt(doc)
    assert (article.authors, article.published.day, article.lead_image.credit) == (["Ann Lee"], 3, "Jo Li")
