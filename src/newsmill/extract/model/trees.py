"""LightGBM text models evaluated with numpy, so that extraction does not import LightGBM.

LightGBM (a training dependency only, see `newsmill.bench.train`) writes its boosted trees as text;
`TreeEnsemble` reads that text into flat numpy arrays and walks every tree for every row at once,
with LightGBM's arithmetic (float64 comparisons, leaf values added in tree order), so that its
predictions equal LightGBM's. It covers what the shipped block model uses: a binary objective and
numerical splits with LightGBM's missing-value rules (none / zero / NaN, default direction).
Categorical splits, linear trees, multi-class and other objectives raise ValueError at load time.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

ZERO_THRESHOLD = 1e-35  # LightGBM's kZeroThreshold: smaller magnitudes count as zero
_DEFAULT_LEFT = 2  # decision_type bit: missing values go to the left child
_MISSING_ZERO, _MISSING_NAN = 1, 2  # decision_type bits 2-3: which values count as missing


class TreeEnsemble:
    """A binary LightGBM model as flat arrays over all nodes of all trees.

    Every node is numbered globally; a leaf is a node whose two children are itself, so that walking
    a tree's depth from its root lands on its leaf. Node numbers are kept doubled (2*i) while
    walking: ``children[2*i + d]`` is twice child `d` (0 left, 1 right) of node i. A split is shared
    by all nodes with the same (feature, threshold, decision type), so a row's decisions are
    computed once per distinct split.
    """

    def __init__(self, nodes: "_Nodes", depths: np.ndarray, n_features: int, sigmoid: float) -> None:
        keys = np.stack([nodes.feature, nodes.threshold, nodes.decision], axis=1)
        splits, split_of = np.unique(keys, axis=0, return_inverse=True)
        split_of = split_of.reshape(-1)
        self.split_feature = splits[:, 0].astype(np.intp)
        self.split_threshold = splits[:, 1]
        decision = splits[:, 2].astype(np.int64)
        self.split_missing = (decision >> 2) & 3
        self.split_right_if_missing = (decision & _DEFAULT_LEFT) == 0
        split_of[nodes.leaf] = 0  # a leaf's decision is never used: both its children are itself
        self.node_split = np.repeat(split_of, 2)  # indexed by doubled node numbers
        self.children = 2 * np.stack([nodes.left, nodes.right], axis=1).ravel()
        self.node_value = np.repeat(nodes.value, 2)
        self.order = np.argsort(-depths, kind="stable")  # deepest trees first, see `_leaves`
        self.roots = 2 * nodes.roots[self.order]
        self.unorder = np.argsort(self.order)
        self.walking = [int((depths > step).sum()) for step in range(int(depths.max(initial=0)))]
        self.n_features = n_features
        self.sigmoid = sigmoid

    @classmethod
    def from_file(cls, path: str | Path) -> "TreeEnsemble":
        """Load a model saved by LightGBM's `Booster.save_model` (text format).

        Raises OSError when the file cannot be read, ValueError when it is not a model this class
        evaluates (see the module docstring).
        """
        return cls.from_text(Path(path).read_text(encoding="utf-8"))

    @classmethod
    def from_text(cls, text: str) -> "TreeEnsemble":
        """Load a model from the text of a LightGBM model file; ValueError as in `from_file`."""
        header, trees = _sections(text)
        sigmoid = _binary_sigmoid(header)
        if int(header.get("num_tree_per_iteration", "1")) != 1 or "average_output" in header:
            raise ValueError("only single-output boosted models are supported")
        if not trees:
            raise ValueError("the model has no trees")
        nodes, depths = _Nodes.of(trees)
        return cls(nodes, depths, n_features=int(header["max_feature_idx"]) + 1, sigmoid=sigmoid)

    def raw_score(self, rows) -> np.ndarray:
        """Sum of the trees' leaf values per row: shape (n,) float64 for `rows` of shape
        (n, n_features), any real dtype, NaN allowed. ValueError for another shape."""
        x = np.asarray(rows, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.n_features:
            raise ValueError(f"expected rows of {self.n_features} features, got shape {x.shape}")
        leaves = self._leaves(self._go_right(x))
        return self.node_value[leaves][self.unorder].sum(axis=0)  # tree by tree, as LightGBM adds

    def predict(self, rows) -> np.ndarray:
        """Probability of the positive class per row, shape (n,) float64 (see `raw_score`)."""
        return 1.0 / (1.0 + np.exp(-self.sigmoid * self.raw_score(rows)))

    def _go_right(self, x: np.ndarray) -> np.ndarray:
        """LightGBM's numerical decision of every distinct split for every row: (splits, n) bool."""
        x = np.where(np.abs(x) <= ZERO_THRESHOLD, 0.0, x)  # as LightGBM reads dense rows
        values = x.T.take(self.split_feature, axis=0)
        if not self.split_missing.any() and not np.isnan(x).any():  # checked on the smaller array
            return values > self.split_threshold[:, None]
        nan = np.isnan(values)
        missing = self.split_missing[:, None]
        values = np.where(nan, 0.0, values)  # NaN is 0 unless NaN is the missing value
        is_missing = ((missing == _MISSING_ZERO) & (values == 0.0)) | ((missing == _MISSING_NAN) & nan)
        return np.where(is_missing, self.split_right_if_missing[:, None], values > self.split_threshold[:, None])

    def _leaves(self, right: np.ndarray) -> np.ndarray:
        """Doubled node number of each row's leaf in each tree, (trees, n) in `order`. Trees are
        walked deepest first, so that each step walks only the trees not yet at their leaves."""
        n = right.shape[1]
        # As node numbers (intp), so that adding a decision to a node number needs no casting.
        right = right.ravel().astype(np.intp)
        split = self.node_split * n  # row r's decision of split s is right[s * n + r]
        row = np.arange(n)
        node = np.repeat(self.roots[:, None], n, axis=1)
        index = np.empty_like(node)
        children = self.children
        # In place where possible (mode="clip": no bounds buffer); the array methods, not np.take,
        # which adds a Python call to each of the ~50 small steps of a page.
        for walking in self.walking:
            step, at = node[:walking], index[:walking]
            split.take(step, out=at, mode="clip")
            at += row
            decision = right.take(at, mode="clip")
            decision += step
            children.take(decision, out=step, mode="clip")
        return node


class _Nodes:
    """All nodes of all trees, numbered tree after tree (a tree's splits, then its leaves)."""

    def __init__(self, parts: list[dict[str, np.ndarray]]) -> None:
        def join(key: str) -> np.ndarray:
            return np.concatenate([part[key] for part in parts])

        self.feature, self.threshold, self.decision = join("feature"), join("threshold"), join("decision")
        self.left, self.right, self.value = join("left"), join("right"), join("value")
        self.leaf = self.left == np.arange(len(self.left))
        self.roots = np.cumsum([0] + [len(part["value"]) for part in parts[:-1]]).astype(np.intp)

    @classmethod
    def of(cls, trees: list[dict[str, str]]) -> tuple["_Nodes", np.ndarray]:
        """The nodes of the parsed ``Tree=`` blocks and each tree's depth (splits on its longest path)."""
        parts, offset = [], 0
        for tree in trees:
            if int(tree.get("num_cat", "0")) or tree.get("is_linear", "0") != "0":
                raise ValueError("categorical splits and linear trees are not supported")
            parts.append(_tree_nodes(tree, offset))
            offset += len(parts[-1]["value"])
        return cls(parts), np.array([_depth(part) for part in parts], dtype=np.intp)


def _sections(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The header's key=value pairs and one dict per ``Tree=`` block (what follows "end of trees"
    is ignored)."""
    header: dict[str, str] = {}
    trees: list[dict[str, str]] = []
    current = header
    for line in text.split("end of trees", 1)[0].splitlines():
        key, sep, value = line.strip().partition("=")
        if not sep:
            continue
        if key == "Tree":
            current = {}
            trees.append(current)
        else:
            current[key] = value
    return header, trees


def _binary_sigmoid(header: dict[str, str]) -> float:
    """The sigmoid factor of a ``binary sigmoid:S`` objective; ValueError for other objectives."""
    name, *options = header.get("objective", "").split() or [""]
    if name != "binary":
        raise ValueError(f"unsupported objective {name or '(none)'!r}: only binary models are supported")
    settings = dict(option.partition(":")[::2] for option in options)
    return float(settings.get("sigmoid", "1"))


def _numbers(tree: dict[str, str], key: str, dtype) -> np.ndarray:
    return np.array(tree.get(key, "").split(), dtype=dtype)


def _tree_nodes(tree: dict[str, str], offset: int) -> dict[str, np.ndarray]:
    """One tree's nodes from global number `offset` on: splits, then leaves. A leaf has itself as
    both children and no split (feature 0, threshold 0); a split has the value 0."""
    leaves = _numbers(tree, "leaf_value", np.float64)
    feature = _numbers(tree, "split_feature", np.intp)
    inner = len(feature)
    if len(leaves) != int(tree.get("num_leaves", "-1")) or inner != len(leaves) - 1:
        raise ValueError("malformed tree: leaf and split counts disagree")
    own = np.arange(inner, inner + len(leaves)) + offset
    none = np.zeros(len(leaves), np.intp)

    def child(key: str) -> np.ndarray:
        codes = _numbers(tree, key, np.intp)  # LightGBM: leaf j is written ~j (negative)
        return np.where(codes >= 0, codes, inner + ~codes) + offset

    return {"feature": np.concatenate([feature, none]),
            "threshold": np.concatenate([_numbers(tree, "threshold", np.float64), np.zeros(len(leaves))]),
            "decision": np.concatenate([_numbers(tree, "decision_type", np.intp), none]),
            "left": np.concatenate([child("left_child"), own]),
            "right": np.concatenate([child("right_child"), own]),
            "value": np.concatenate([np.zeros(inner), leaves])}


def _depth(part: dict[str, np.ndarray]) -> int:
    """Number of splits on the longest path from the root of one tree to a leaf."""
    offset = int(part["left"][-1])  # the last node is a leaf, its own child
    offset -= len(part["left"]) - 1
    depth, level = 0, [offset]
    while True:
        below = [int(c) for n in level for c in (part["left"][n - offset], part["right"][n - offset]) if c != n]
        if not below:
            return depth
        depth, level = depth + 1, below

