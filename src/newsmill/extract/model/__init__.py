"""The learned block classifier: a LightGBM model shipped in this folder, loaded once per process.

`block_model()` returns the loaded model, or None when the model file or LightGBM is missing (the
rules alone decide then). Training: `newsmill train` (see `newsmill.bench.train`).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

MODEL_DIR = Path(__file__).parent
MODEL_FILE = MODEL_DIR / "block_model.txt"
META_FILE = MODEL_DIR / "block_model.json"


class BlockModel:
    """Wraps a LightGBM booster: `decide` turns the rules' verdicts into the model's."""

    def __init__(self, booster, low: float, high: float) -> None:
        self.booster = booster
        self.low = low
        self.high = high

    def probabilities(self, segmenter, container, decisions, article):
        """Probability that each block is main content (numpy array, one value per block; 0 for the
        blocks the model has no say on, see `features.model_candidates`)."""
        import numpy as np

        from ..features import block_features, model_candidates

        indices = model_candidates(segmenter, decisions)
        probabilities = np.zeros(len(segmenter.blocks))
        if indices:
            rows = block_features(segmenter, container, decisions, article.title, article.description, indices)
            probabilities[indices] = self.booster.predict(rows, num_threads=1)
        return probabilities

    def decide(self, segmenter, container, decisions: list[str], article) -> list[str]:
        """Per-block "body"/"related"/"drop". A block is body when the rules kept it and the model
        does not reject it (p >= low), or when the model is sure of it (p >= high) and no trusted
        boilerplate marker (caption, share bar, sidebar...) is above it: the model never brings back
        what the markup itself calls chrome. Related teasers stay as the rules found them."""
        probabilities = self.probabilities(segmenter, container, decisions, article)
        nodes = segmenter.nodes
        return [decision if decision == "related" else
                keep_or_drop(decision == "body", nodes[block.node].boilerplate_depth < 0, p, self.low, self.high)
                for block, decision, p in zip(segmenter.blocks, decisions, probabilities)]


def keep_or_drop(rule_body: bool, unmarked: bool, probability: float, low: float, high: float) -> str:
    """The combined verdict of the rules and the model on one block."""
    if rule_body:
        return "body" if probability >= low else "drop"
    return "body" if unmarked and probability >= high else "drop"


@functools.cache
def block_model() -> BlockModel | None:
    """The shipped model, loaded on first use; None without a model file or without LightGBM."""
    if not MODEL_FILE.exists():
        return None
    try:
        import lightgbm
    except ImportError:
        return None
    meta = json.loads(META_FILE.read_text()) if META_FILE.exists() else {}
    booster = lightgbm.Booster(model_file=str(MODEL_FILE))
    return BlockModel(booster, float(meta.get("low", 0.5)), float(meta.get("high", 0.5)))
