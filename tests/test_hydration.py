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
