"""The learned block classifier: a LightGBM model shipped in this folder, loaded once per process.

`block_model()` returns the loaded model, or None when the model file is missing or the environment
sets `NEWSMILL_NO_MODEL=1` (the rules alone decide then). The trees are evaluated with numpy
(`trees.TreeEnsemble`, the same predictions as LightGBM's), so extraction never imports LightGBM,
which costs a Dask worker about 95 MB; LightGBM is needed for training only (`newsmill train`, see
`newsmill.bench.train`).
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

MODEL_DIR = Path(__file__).parent
MODEL_FILE = MODEL_DIR / "block_model.txt"
META_FILE = MODEL_DIR / "block_model.json"


class BlockModel:
    """The block classifier's trees and thresholds: `decide` turns the rules' verdicts into the model's."""

    def __init__(self, trees, low: float, high: float, outside: float) -> None:
        self.trees = trees  # anything with predict(rows) -> probabilities, e.g. a TreeEnsemble
        self.low = low
        self.high = high
        self.outside = outside

    def probabilities(self, segmenter, container, decisions, article):
        """Probability that each block is main content (numpy array, one value per block; 0 for the
        blocks the model has no say on, see `features.model_candidates`)."""
        import numpy as np

        from ..features import block_features, model_candidates

        indices = model_candidates(segmenter, decisions)
        probabilities = np.zeros(len(segmenter.blocks))
        if indices:
            rows = block_features(segmenter, container, decisions, article.title, article.description, indices)
            probabilities[indices] = self.trees.predict(rows)
        return probabilities

    def decide(self, segmenter, container, decisions: list[str], article) -> list[str]:
        """Per-block "body"/"related"/"drop" (see `keep_or_drop`); related teasers stay as the rules
        found them."""
        probabilities = self.probabilities(segmenter, container, decisions, article)
        return combine(segmenter, container, decisions, probabilities, self.low, self.high, self.outside)


def combine(segmenter, container, decisions: list[str], probabilities, low: float, high: float,
            outside: float) -> list[str]:
    """The rules' and the model's verdicts combined block by block (see `keep_or_drop`)."""
    nodes = segmenter.nodes
    verdicts = []
    for block, decision, p in zip(segmenter.blocks, decisions, probabilities):
        if decision == "related":
            verdicts.append(decision)
            continue
        inside = container is not None and container.index <= block.node <= container.end
        unmarked = nodes[block.node].boilerplate_depth < 0
        verdicts.append(keep_or_drop(decision == "body", unmarked, p, low, high if inside else outside))
    return verdicts


def keep_or_drop(rule_body: bool, unmarked: bool, probability: float, low: float, high: float) -> str:
    """A block the rules kept stays unless the model rejects it (p < low); a block they dropped comes
    back when the model is sure of it (p >= high, a stricter `high` outside the rules' container) and
    no trusted boilerplate marker (caption, share bar, sidebar...) is above it: the model never
    brings back what the markup itself calls chrome."""
    if rule_body:
        return "body" if probability >= low else "drop"
    return "body" if unmarked and probability >= high else "drop"


@functools.cache
def block_model() -> BlockModel | None:
    """The shipped model, loaded on first use; None without a model file, or when
    `NEWSMILL_NO_MODEL=1`. Raises ValueError when the model file is not a model `TreeEnsemble` reads."""
    if os.environ.get("NEWSMILL_NO_MODEL") == "1" or not MODEL_FILE.exists():
        return None
    from .trees import TreeEnsemble

    meta = json.loads(META_FILE.read_text()) if META_FILE.exists() else {}
    return BlockModel(TreeEnsemble.from_file(MODEL_FILE), float(meta.get("low", 0.5)), float(meta.get("high", 0.5)),
                      float(meta.get("outside", meta.get("high", 0.5))))
