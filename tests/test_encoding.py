"""Bytes in any encoding: declared in meta, in http-equiv, misspelled, or not declared at all."""

import pytest

from newsmill import extract
from newsmill.extract.encoding import decode_html, normalise_label

SENTENCES = {
    "windows-1251": "Москва заявила, что переговоры прошли успешно и стороны договорились о новой встрече.",
    "koi8-r": "Правительство объявило о новых мерах поддержки для малого бизнеса в регионах страны.",
    "iso-8859-1": "Le président a déclaré que la réforme des retraites serait présentée à l'Assemblée.",
    "shift_jis": "東京都は新しい交通計画を発表し、来年から段階的に実施すると明らかにした。",
    "gb2312": "国家统计局发布数据显示，今年前三季度国内生产总值同比增长百分之五。",
}


def page(sentence: str, head: str = "") -> str:
    return (f"<html><head>{head}<title>T</title></head><body><article>"
            + f"<p>{sentence}</p>" * 3 + "</article></body></html>")


@pytest.mark.parametrize("charset", SENTENCES)
def test_meta_charset(charset):
    data = page(SENTENCES[charset], f'<meta charset="{charset}">').encode(charset)
    assert extract(data).body[0].text == SENTENCES[charset]


@pytest.mark.parametrize("charset", SENTENCES)
def test_http_equiv(charset):
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    data = page(SENTENCES[charset], head).encode(charset)
    assert extract(data).body[0].text == SENTENCES[charset]


@pytest.mark.parametrize("charset", SENTENCES)
def test_undeclared_is_detected(charset):
    data = page(SENTENCES[charset] * 2).encode(charset)
    assert SENTENCES[charset][:20] in extract(data).text


def test_misspelled_labels_are_tolerated():
    assert normalise_label("cp-1251") == "cp1251"
    assert normalise_label("win-1251") == "cp1251"
    assert normalise_label(" UTF8 ") == "utf-8"
    assert normalise_label("no-such-charset") is None
    data = page(SENTENCES["windows-1251"], '<meta charset="cp-1251">').encode("cp1251")
    assert extract(data).body[0].text == SENTENCES["windows-1251"]


def test_http_header_charset_wins_over_nothing():
    data = page(SENTENCES["koi8-r"]).encode("koi8_r")
    assert extract(data, charset="koi8-r").body[0].text == SENTENCES["koi8-r"]


def test_utf8_bytes_with_a_stale_declaration_stay_utf8():
    data = page(SENTENCES["gb2312"], '<meta charset="gb2312">').encode("utf-8")
    assert extract(data).body[0].text == SENTENCES["gb2312"]


def test_byte_order_mark():
    assert decode_html("\ufeff<p>é</p>".encode("utf-8")) == "<p>é</p>"


def test_utf8_encoded_twice_is_repaired():
    # read as Latin-1 and saved as UTF-8 again: "’" became "â\x80\x99", "—" "â\x80\x94", "¶" "Â¶"
    text = "<html><body><h1>A Reader’s Guide — Part 2¶</h1><p>It’s “fine”.</p></body></html>"
    doubled = text.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode_html(doubled) == text


def test_latin1_letters_before_symbols_stay_when_nothing_was_encoded_twice():
    text = "<p>Â» Über uns · Ãœ is no word — Ä±</p>"
    assert decode_html(text.encode("utf-8")) == text
