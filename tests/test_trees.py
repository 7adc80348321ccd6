"""The numpy evaluator of LightGBM text models (`newsmill.extract.model.trees`)."""

import math
import subprocess
import sys

import numpy as np
import pytest

from newsmill.extract import content, prepare
from newsmill.extract.features import block_features, model_candidates
from newsmill.extract.model import MODEL_FILE
from newsmill.extract.model.trees import TreeEnsemble

# Two trees by hand. Tree 0: node 0 splits feature 0 at 0.5 (NaN is missing, goes left); node 1
# splits feature 1 at 2.0 (zero is missing, goes right). Tree 1 is a single leaf.
TINY_MODEL = """tree
version=v4
num_class=1
num_tree_per_iteration=1
label_index=0
max_feature_idx=1
objective=binary sigmoid:2
feature_names=a b

Tree=0
num_leaves=3
num_cat=0
split_feature=0 1
threshold=0.5 2
decision_type=10 4
left_child=-1 -2
right_child=1 -3
leaf_value=0.25 -0.5 1
is_linear=0
shrinkage=1

Tree=1
num_leaves=1
num_cat=0
split_feature=
threshold=
decision_type=
left_child=
right_child=
leaf_value=0.125
is_linear=0
shrinkage=1

end of trees

parameters:
[boosting: gbdt]
end of parameters
"""


def test_tiny_model_follows_lightgbm_rules():
    model = TreeEnsemble.from_text(TINY_MODEL)
    nan = float("nan")
    rows = [[0.0, 5.0],    # left at node 0
            [nan, 5.0],    # NaN is missing at node 0: default left
            [1.0, 1.0],    # right, then left (1 <= 2)
            [1.0, 0.0],    # zero is missing at node 1: default right
            [1.0, nan],    # NaN counts as zero at a zero-missing split: right
            [1.0, 1e-40],  # below LightGBM's zero threshold: zero, right
            [1.0, 3.0]]    # right, right
    expected = [0.375, 0.375, -0.375, 1.125, 1.125, 1.125, 1.125]
    assert model.raw_score(rows).tolist() == expected
    assert model.predict(rows).tolist() == pytest.approx([1 / (1 + math.exp(-2 * r)) for r in expected], abs=1e-15)


def test_unsupported_models_and_rows_are_refused():
    with pytest.raises(ValueError, match="only binary"):
        TreeEnsemble.from_text(TINY_MODEL.replace("objective=binary sigmoid:2", "objective=multiclass num_class:3"))
    with pytest.raises(ValueError, match="categorical"):
        TreeEnsemble.from_text(TINY_MODEL.replace("num_cat=0", "num_cat=1", 1))
    with pytest.raises(ValueError, match="malformed"):
        TreeEnsemble.from_text(TINY_MODEL.replace("leaf_value=0.25 -0.5 1", "leaf_value=0.25 -0.5"))
    with pytest.raises(ValueError, match="2 features"):
        TreeEnsemble.from_text(TINY_MODEL).predict(np.zeros((3, 5)))


def seed_rows(html: bytes) -> np.ndarray:
    """The block model's feature rows for the seed page, as extraction builds them."""
    prepared = prepare(html, "https://www.themoscowtimes.com/2023/05/26/a81290")
    article = prepared.article
    segmenter, container, decisions = content.analyse(prepared.root, article, prepared.discussion)
    indices = model_candidates(segmenter, decisions)
    return block_features(segmenter, container, decisions, article.title, article.description, indices)


def test_shipped_model_matches_lightgbm_on_real_rows(seed_html):
    lightgbm = pytest.importorskip("lightgbm")
    rows = seed_rows(seed_html)
    assert rows.shape[0] > 20
    booster = lightgbm.Booster(model_file=str(MODEL_FILE))
    ours = TreeEnsemble.from_file(MODEL_FILE)
    assert np.abs(ours.raw_score(rows) - booster.predict(rows, raw_score=True)).max() < 1e-12
    assert np.abs(ours.predict(rows) - booster.predict(rows)).max() < 1e-9


@pytest.mark.parametrize("zero_as_missing", [False, True])
def test_missing_values_match_lightgbm(zero_as_missing):
    lightgbm = pytest.importorskip("lightgbm")
    rng = np.random.default_rng(7)
    x = rng.normal(size=(3000, 4))
    x[rng.random(x.shape) < 0.15] = np.nan
    x[rng.random(x.shape) < 0.15] = 0.0
    labels = (np.nan_to_num(x[:, 0], nan=1.0) + np.isnan(x[:, 1]) - (x[:, 2] == 0) > 0.2).astype(int)
    params = {"objective": "binary", "num_leaves": 15, "min_data_in_leaf": 5, "seed": 1, "verbose": -1,
              "num_threads": 1, "zero_as_missing": zero_as_missing}
    booster = lightgbm.train(params, lightgbm.Dataset(x, labels), num_boost_round=30)
    ours = TreeEnsemble.from_text(booster.model_to_string())
    test = rng.normal(size=(500, 4))
    test[rng.random(test.shape) < 0.2] = np.nan
    test[rng.random(test.shape) < 0.2] = 0.0
    test[rng.random(test.shape) < 0.05] = 1e-40
    assert np.abs(ours.raw_score(test) - booster.predict(test, raw_score=True)).max() < 1e-12
    assert np.abs(ours.predict(test) - booster.predict(test)).max() < 1e-9


def test_extraction_does_not_import_lightgbm(seed_html, tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(seed_html)
    code = ("import sys, newsmill; from newsmill.extract.model import block_model; "
            f"article = newsmill.extract(open({str(page)!r}, 'rb').read()); "
            "print(block_model() is not None, len(article.body) > 10, 'lightgbm' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "False"]


def test_train_without_lightgbm_says_what_to_install(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from newsmill.cli import app

    monkeypatch.setitem(sys.modules, "lightgbm", None)  # import lightgbm raises ImportError
    result = CliRunner().invoke(app, ["train", "--wcxb", str(tmp_path), "--fundus", str(tmp_path)])
    assert result.exit_code == 2
    assert "pip install 'newsmill[train]'" in result.output
