"""Bounded memos of values computed from recurring strings."""

from newsmill.extract import memo


def test_a_full_memo_starts_afresh_and_keeps_learning(monkeypatch):
    monkeypatch.setattr(memo, "MEMO_MAX_ENTRIES", 3)
    values: dict[str, int] = {}
    for key, value in (("a", 1), ("b", 2), ("c", 3)):
        assert memo.remember(values, key, value) == value
    assert values == {"a": 1, "b": 2, "c": 3}
    assert memo.remember(values, "d", 4) == 4
    assert values == {"d": 4}  # the repeats of the pages to come are remembered again
