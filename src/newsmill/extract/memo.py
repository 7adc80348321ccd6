"""Module-level memos of values computed from class names, ids and other short strings that recur
across pages (class/id verdicts, tokens, hashed buckets), bounded in size."""

from __future__ import annotations

from typing import TypeVar

MEMO_MAX_ENTRIES = 50_000

Value = TypeVar("Value")


def remember(memo: dict, key, value: Value) -> Value:
    """Store `value` under `key` in `memo` and return it. A full memo (`MEMO_MAX_ENTRIES`) starts
    afresh: values repeat within a page far more than across pages, so a memo that stopped learning
    when full would miss every repeat on every page after it filled (a long `newsmill bench` run)."""
    if len(memo) >= MEMO_MAX_ENTRIES:
        memo.clear()
    memo[key] = value
    return value
