"""Bytes -> text: the declared charset first, detection only when nothing is declared.

Order: a byte-order mark; valid UTF-8 with non-ASCII characters (pages stored or re-served as UTF-8
often keep their old declaration, and legacy encodings practically never form valid multi-byte UTF-8
by accident); the charset passed by the caller (HTTP `Content-Type`); a `<meta charset>` or
`<meta http-equiv="Content-Type">` declaration in the first 4 KiB; charset-normalizer's detection. Misspelled labels that browsers also tolerate (`cp-1251`, `utf8`, `win-1251`) are mapped to
Python codecs; an unknown label falls through to the next step. UTF-8 that was encoded twice (read
as Latin-1 and saved as UTF-8 again: "Investorâ\x80\x99s" for "Investor’s") is repaired.
"""

from __future__ import annotations

import codecs
import re
from itertools import islice

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]{2,40})""", re.I)
# Legacy encodings by how many web pages use them (W3Techs usage survey), most used first.
WEB_PRIOR = ["cp1252", "cp1251", "gb18030", "gb2312", "shift_jis", "euc_jp", "euc_kr", "cp1250", "iso8859_2",
             "cp1256", "cp1254", "cp1253", "big5", "cp874", "koi8_r", "cp1255", "cp1257", "iso8859_15"]
MARKUP = re.compile(rb"<[^>]{0,2000}>")
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Labels that pages write but Python's codec registry does not know, mapped as the WHATWG
# Encoding Standard maps them (browsers decode these labels the same way).
LABEL_FIXES = {
    "cp-1251": "cp1251", "win-1251": "cp1251", "windows1251": "cp1251", "x-cp1251": "cp1251",
    "cp-1252": "cp1252", "win-1252": "cp1252", "windows1252": "cp1252",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "shift-jis": "shift_jis", "sjis": "shift_jis", "x-sjis": "shift_jis", "ms_kanji": "shift_jis",
    "koi8r": "koi8_r", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "tis-620": "cp874",
    "utf8": "utf-8", "unicode": "utf-8", "x-user-defined": "cp1252",
}


def normalise_label(label: str | None) -> str | None:
    """Map a declared charset label to a Python codec name, or None when it names no known codec."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = LABEL_FIXES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        compact = re.sub(r"[^a-z0-9]", "", name)
        for candidate in (LABEL_FIXES.get(compact), compact):
            if candidate:
                try:
                    return codecs.lookup(candidate).name
                except LookupError:
                    pass
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a `<meta>` tag declares in the first 4 KiB of `data`, as a codec name, else None."""
    match = META_CHARSET.search(data[:4096])
    return normalise_label(match.group(1).decode("ascii", "ignore")) if match else None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode an HTML document. `charset` is the HTTP header's label, if any. Never raises:
    undecodable bytes become U+FFFD."""
    return decode_html_utf8(data, charset)[0]


def decode_html_utf8(data: bytes, charset: str | None = None) -> tuple[str, bytes | None]:
    """`decode_html(data, charset)`, and `data` itself when it is that text's exact UTF-8 encoding
    (valid UTF-8 without a byte-order mark; else None), which spares the parser encoding it again."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), None
    if not data.isascii():
        try:
            data = _undouble_utf8(data)
            return data.decode("utf-8"), data
        except UnicodeDecodeError:
            pass
    return _decode_declared(data, charset), None


# A character of UTF-8 encoded twice: its lead byte read as a Latin-1 letter (U+00C2-U+00F4, "â") and
# its continuation bytes read as U+0080-U+00BF, each then written in UTF-8 ("\xc3\xa2\xc2\x80\xc2\x99"
# for "’"). A continuation that is a C1 control (U+0080-U+009F) is found in no text: only such runs
# tell that a page was encoded twice; there, every run is repaired ("Â¶" for "¶" too).
_DOUBLED_C1 = re.compile(rb"\xc3[\x82-\xb4]\xc2[\x80-\x9f]")
_DOUBLED = re.compile(rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]){1,3}")
_DOUBLED_MIN_RUNS = 3  # C1 runs that tell a page encoded twice (one can be a stray byte)
# Not ftfy: its `fix_encoding` gives the same text on 25 of the 26 benchmark pages so stored, but takes
# up to 2.9 s on a whole page, and minutes on one long line of minified markup; these runs take ~1 ms.


def _undouble_utf8(data: bytes) -> bytes:
    """`data` (valid UTF-8) with the characters that were encoded twice encoded once, when the page
    holds at least `_DOUBLED_MIN_RUNS` of them with a C1 control; else `data` itself."""
    if sum(1 for _run in islice(_DOUBLED_C1.finditer(data), _DOUBLED_MIN_RUNS)) < _DOUBLED_MIN_RUNS:
        return data
    return _DOUBLED.sub(_encoded_once, data)


def _encoded_once(run: re.Match) -> bytes:
    """The UTF-8 bytes of the character a twice-encoded `run` stands for; the run itself when its
    bytes make no character (a Latin-1 letter followed by a symbol)."""
    try:
        return run.group().decode("utf-8").encode("latin-1").decode("utf-8").encode("utf-8")
    except UnicodeError:
        return run.group()


def _decode_declared(data: bytes, charset: str | None) -> str:
    """Decode ASCII or non-UTF-8 data with the declared, else the detected, codec."""
    codec = normalise_label(charset) or declared_charset(data)
    if codec in ("utf-16-le", "utf-16-be", "utf-16"):  # a meta tag readable as ASCII cannot be UTF-16
        codec = "utf-8"
    if codec or data.isascii():
        return data.decode(codec or "utf-8", errors="replace")
    return data.decode(detect_codec(data), errors="replace")


def detect_codec(data: bytes) -> str:
    """The codec charset-normalizer finds for undeclared bytes. Near-ties (short texts fit several
    single-byte code pages equally well) go to the encoding most used on the web (`WEB_PRIOR`)."""
    text_bytes = MARKUP.sub(b" ", data[:400_000])  # the detector judges language, not markup
    matches = list(from_bytes(text_bytes or data[:200_000]))
    if not matches:
        return "cp1252"
    best = matches[0]
    close = [m.encoding for m in matches
             if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.1]
    return min(close, key=lambda name: WEB_PRIOR.index(name) if name in WEB_PRIOR else len(WEB_PRIOR))
