"""Block features of the learned classifier (`newsmill.extract.features`)."""

import math

from newsmill.extract import content, prepare
from newsmill.extract.features import FEATURE_NAMES, block_features

CARDS = "".join(f"<div class='card'><h3><a href='/{n}'>Story number {n} of the river</a></h3>"
                f"<p>A short excerpt of story {n}.</p></div>" for n in range(4))
PAGE = ("<html><body><article><p>The council approved the new budget on Tuesday after a long debate.</p>"
        "<p>Sign up for our newsletter.</p></article>"
        f"<div class='river'>{CARDS}</div><p>Sign up for our newsletter.</p></body></html>")


def features_by_text() -> dict[str, dict[str, float]]:
    page = prepare(PAGE)
    segmenter, container, decisions = content.analyse(page.root, page.article)
    indices = list(range(len(segmenter.blocks)))
    rows = block_features(segmenter, container, decisions, "", "", indices)
    return {block.text: dict(zip(FEATURE_NAMES, row)) for block, row in zip(segmenter.blocks, rows)}


def test_repeated_text_and_repeated_siblings():
    features = features_by_text()
    assert features["Sign up for our newsletter."]["text_repeated"] == 1
    assert features["The council approved the new budget on Tuesday after a long debate."]["text_repeated"] == 0
    # a card has three siblings of its shape; the story's paragraph one (the other <p> of the article)
    assert math.isclose(features["A short excerpt of story 2."]["repeated_siblings"], math.log1p(3), rel_tol=1e-6)
    story = features["The council approved the new budget on Tuesday after a long debate."]
    assert math.isclose(story["repeated_siblings"], math.log1p(1), rel_tol=1e-6)
