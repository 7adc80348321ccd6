"""Scores of one extraction against ground truth: word-F1 of the body, title match, author set-F1,
same-day date. The body metric is WCXB's: a bag of lower-cased ``\\w+`` tokens."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import datetime

_WORD = re.compile(r"\w+")


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the bags of lower-cased words; an empty reference scores 1 only
    against an empty prediction."""
    pred = Counter(_WORD.findall(predicted.lower()))
    ref = Counter(_WORD.findall(reference.lower()))
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 1.0, 0.0)
    if not pred:
        return 0.0, 0.0, 0.0
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
    return p, r, 2 * p * r / (p + r)


def normalise_title(text: str) -> str:
    """Case-folded, NFKC, zero-width spaces dropped, white space collapsed, typographic quotes and
    dashes made plain."""
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("\u200b", "")
    text = text.translate(str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--"))
    return " ".join(text.split())


def title_match(predicted: str, expected: str) -> float:
    """1.0 when the titles are equal after `normalise_title`, else 0.0."""
    return float(normalise_title(predicted) == normalise_title(expected))


def _name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def author_f1(predicted: list[str], expected: list[str]) -> float:
    """F1 of the two sets of normalised names (1.0 when both are empty)."""
    pred = {_name(a) for a in predicted if a.strip()}
    ref = {_name(a) for a in expected if a.strip()}
    if not ref and not pred:
        return 1.0
    if not ref or not pred:
        return 0.0
    hit = len(pred & ref)
    if not hit:
        return 0.0
    p, r = hit / len(pred), hit / len(ref)
    return 2 * p * r / (p + r)


def same_day(predicted: datetime | str | None, expected: str) -> float:
    """1.0 when the predicted date falls on the expected "YYYY-MM-DD" day, as the page states it or in UTC."""
    if not predicted:
        return 0.0
    if isinstance(predicted, str):
        return float(predicted[:10] == expected)
    days = {predicted.date().isoformat()}
    if predicted.tzinfo is not None:
        from datetime import timezone

        days.add(predicted.astimezone(timezone.utc).date().isoformat())
    return float(expected in days)
