"""Bad input gets a clear outcome (an Article with an empty body, or ValueError), never a crash."""

import os

import pytest

from newsmill import extract


def test_empty_document_is_a_clear_error():
    with pytest.raises(ValueError, match="empty"):
        extract(b"")
    with pytest.raises(ValueError, match="empty"):
        extract("   \n ")


def test_binary_junk_is_a_clear_error():
    with pytest.raises(ValueError, match="binary"):
        extract(os.urandom(50_000))


def test_truncated_html_keeps_what_was_there():
    article = extract(b"<html><head><title>T</title></head><body><article><p>The first paragraph is complete."
                      b"</p><p>The second one is cut off in the mid")
    assert article.body[0].text == "The first paragraph is complete."


def test_page_without_an_article_has_an_empty_body():
    article = extract("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                      "<footer><a href='/about'>About</a></footer></body></html>")
    assert article.body == []
    assert article.text == ""


def test_very_deep_nesting_does_not_crash():
    html = "<html><body>" + "<div>" * 50_000 + "<p>Deep.</p>" + "</div>" * 50_000 + "</body></html>"
    article = extract(html)
    assert isinstance(article.body, list)


def test_twenty_megabyte_page_is_cut_and_extracted():
    paragraph = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"
    html = "<html><body><article><p>Opening paragraph of a very long page, written as a sentence.</p>" \
        + paragraph * (20_000_000 // len(paragraph)) + "</article></body></html>"
    article = extract(html)
    assert article.body[0].text == "Opening paragraph of a very long page, written as a sentence."


def test_script_only_page():
    article = extract("<html><head><script>var a = '<p>not text</p>';</script></head><body></body></html>")
    assert article.body == []
