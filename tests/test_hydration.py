"""App shells: the story kept as an HTML string in the page's scripts is read when the page shows none."""

import json

from newsmill import extract
from newsmill.extract import dom, hydration

STORY = [
    "The regional assembly passed the water bill late on Thursday after a night of negotiations.",
    "Farmers' unions had asked for a longer transition period, which the final text grants them.",
    "The opposition said it would challenge the new quotas before the constitutional court.",
]
STORY_HTML = "".join(f"<p>{p}</p>" for p in STORY) * 2  # long enough to be a story
SKELETON = "<div id='app'><div class='spinner'>Loading…</div></div>"


def shell_page(script: str, visible: str = SKELETON) -> str:
    return f"<html><head><title>News</title></head><body>{visible}<script>{script}</script></body></html>"


def test_story_in_json_state_is_the_body_of_a_skeleton_page():
    state = json.dumps({"article": {"id": 7, "contentHtml": STORY_HTML}})  # "<" stays raw here
    escaped = state.replace("<", "\\u003c").replace(">", "\\u003e")  # as Next.js and others write it
    for script in (f"window.__STATE__ = {state};", f"window.__STATE__ = {escaped};"):
        assert [b.text for b in extract(shell_page(script)).body] == STORY


def test_javascript_hex_escapes_are_read():
    literal = json.dumps(STORY_HTML).replace("<", "\\x3c")
    assert [b.text for b in extract(shell_page(f"var body = {literal};")).body] == STORY


def test_a_page_that_shows_its_story_ignores_script_strings():
    visible = "<article>" + "".join(f"<p>{p}</p>" for p in STORY * 3) + "</article>"
    teaser = json.dumps("<p>Another story entirely, kept for a teaser card.</p>" * 20)
    body = extract(shell_page(f"var next = {teaser};", visible)).body
    assert [b.text for b in body] == STORY * 1  # repeats of a paragraph are kept once


def test_the_longest_string_of_paragraphs_wins_and_bad_strings_are_skipped():
    short = json.dumps("<p>A teaser of one sentence.</p><p>And a second one for the card.</p>" * 5)
    broken = '"' + "<p>unterminated \\q escape</p>" * 20 + '"'
    root = dom.parse(shell_page(f"var a = {short}; var b = {broken}; var c = {json.dumps(STORY_HTML)};"))
    story = hydration.embedded_story(root)
    assert story is not None and [p.text for p in story.iter("p")] == STORY * 2


def test_no_story_in_scripts_gives_none():
    assert hydration.embedded_story(dom.parse(shell_page("var x = 1;"))) is None


CLOSING = ("The court is expected to hear the case in the spring, and until then the wells of the plain will"
           " be metered and their owners billed for every cubic metre above the new yearly quota.")


def ans_story(wrapper: str) -> str:
    """A skeleton page whose story is an Arc-style list of typed elements in a script."""
    elements = [{"type": "text", "content": STORY[0]}, {"type": "image", "url": "https://img.example/x.jpg"},
                {"type": "header", "level": 2, "content": "What comes next"},
                {"type": "text", "content": STORY[1] + " <a href='/x'>The bill</a> is long."},
                {"type": "interstitial_link", "content": "Read more: another story"},
                {"type": "list", "items": [{"type": "text", "content": "Quotas fall by a tenth."},
                                           {"type": "text", "content": "Wells are metered."}]},
                {"type": "text", "content": STORY[2]}, {"type": "text", "content": CLOSING}]
    state = {"globalContent": {"headlines": {"basic": "Water bill"}, "content_elements": elements}}
    return shell_page(wrapper.replace("STATE", json.dumps(state)))


def test_story_as_typed_elements_in_next_data_or_an_assignment_is_the_body():
    expected = [("paragraph", STORY[0]), ("heading", "What comes next"),
                ("paragraph", STORY[1] + " The bill is long."), ("list_item", "Quotas fall by a tenth."),
                ("list_item", "Wells are metered."), ("paragraph", STORY[2]), ("paragraph", CLOSING)]
    for wrapper in ("STATE", "window.Fusion=window.Fusion||{};Fusion.globalContent=STATE;"):
        body = extract(ans_story(wrapper)).body
        assert [(b.kind, b.text) for b in body] == expected


def test_story_as_portable_text_blocks_is_the_body():
    blocks = [{"_type": "block", "style": "normal", "children": [{"_type": "span", "text": STORY[0]}]},
              {"_type": "image", "asset": {"_ref": "image-1"}},
              {"_type": "block", "style": "h2", "children": [{"_type": "span", "text": "What comes next"}]},
              {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": STORY[1] + " "},
                                                                 {"_type": "span", "text": "It is <long>."}]},
              {"_type": "block", "listItem": "bullet", "children": [{"_type": "span", "text": "Wells are metered."}]},
              {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": STORY[2]}]},
              {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": CLOSING}]}]
    state = json.dumps({"props": {"pageProps": {"post": {"title": "Water bill", "body": blocks}}}})
    body = extract(shell_page(state)).body
    assert [(b.kind, b.text) for b in body] == [
        ("paragraph", STORY[0]), ("heading", "What comes next"), ("paragraph", STORY[1] + " It is <long>."),
        ("list_item", "Wells are metered."), ("paragraph", STORY[2]), ("paragraph", CLOSING)]


def test_json_nested_thousands_deep_in_a_script_is_skipped():
    deep = '{"content_elements": [' + "[" * 5000 + "]" * 5000 + "]}"
    nested = "window.x = " + '{"a": ' * 900 + '{"_type": "block"}' + "}" * 900 + ";"
    for script in (deep, nested):
        assert extract(shell_page(script)).body == []
