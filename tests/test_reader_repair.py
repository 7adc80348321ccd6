"""The repair of broken paragraphs: `join_broken_paragraphs` as the reader uses it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.article import Block
from newsmill.extract.paragraphs import join_broken_paragraphs
from newsmill.formats import parse_txt


def test_joins_are_listed():
    blocks = [Block("paragraph", "With Russia bogged down in Ukraine and unwilling to strain ties with its key ally"),
              Block("paragraph", "Turkey, the United States and the EU stepped in."),
              Block("heading", "Western engagement"),
              Block("paragraph", "The talks went on.")]
    joins: list[tuple[str, str]] = []
    joined, count = join_broken_paragraphs(blocks, joins)
    assert count == 1
    assert joined[0].text.endswith("key ally Turkey, the United States and the EU stepped in.")
    assert joined[1:] == blocks[2:]
    assert joins == [(blocks[0].text, blocks[1].text)]


def test_a_join_that_makes_the_pair_before_it_joinable_is_made_too():
    blocks = [Block("paragraph", "one two three four five six seven eight nine"),
              Block("paragraph", "Ab cd"), Block("paragraph", "efg hij.")]
    joined, count = join_broken_paragraphs(blocks)  # "Ab cd" alone is a label; once continued, it is not
    assert joined == [Block("paragraph", "one two three four five six seven eight nine Ab cd efg hij.")]
    assert count == 2


texts = st.lists(st.sampled_from(["Ab cd", "efg hij.", "one two three four five six seven eight nine",
                                  "lower start here", "Done.", ", and more", "Heading"]), max_size=12)


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.sampled_from(["paragraph", "heading"]), min_size=12, max_size=12))
def test_joining_is_a_fixed_point(items, kinds):
    blocks = [Block(kind, text) for kind, text in zip(kinds, items)]
    once, _ = join_broken_paragraphs(blocks)
    assert join_broken_paragraphs(once) == (once, 0)


def test_real_subheading_stays_separate():
    doc = ("\n\nT\n\n\n\n\n\n\n\n\n\nHe spoke on Monday.\n\nWestern engagement\n\n"
           "The Caucasus neighbors have sought a deal.\n\nOriginal url:\n\nhttps://example.com/a")
    parsed = parse_txt(doc)
    assert [b.kind for b in parsed.article.body] == ["paragraph", "heading", "paragraph"]
    assert parsed.report.repairs == []


def test_short_first_half_followed_by_lower_case_is_joined():
    doc = ("\n\nT\n\n\n\n\n\n\n\n\n\nWith Russia bogged down\n\nin Ukraine, the West stepped in.\n\n"
           "Original url:\n\nhttps://example.com/a")
    parsed = parse_txt(doc)
    assert parsed.article.body == [Block("paragraph", "With Russia bogged down in Ukraine, the West stepped in.")]
    assert [r.kind for r in parsed.report.repairs] == ["joined-paragraphs"]
