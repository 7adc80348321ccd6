"""`newsmill bench`: newsmill and trafilatura on the same pages, in the same run.

For each dataset it prints body word-F1/precision/recall (mean over pages; per page type for WCXB),
title exact-match rate, author set-F1 and publication-date same-day rate (each over the pages whose
ground truth has the field), median ms per page and pages/s, and newsmill's ratio to trafilatura.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .datasets import Page, is_heldout, load_fundus, load_wcxb
from .metrics import author_f1, same_day, title_match, word_prf
from .systems import SYSTEMS, Extraction

console = Console(width=160)
FIELDS = {"title": "title_ok", "author": "author_f1", "date": "date_ok"}


@dataclass(slots=True)
class Score:
    """One system's result on one page."""

    system: str
    page: Page
    result: Extraction
    ms: float
    precision: float
    recall: float
    f1: float
    title_ok: float | None
    author_f1: float | None
    date_ok: float | None

    def row(self) -> dict:
        return {"system": self.system, "dataset": self.page.dataset, "key": self.page.key,
                "url": self.page.url, "page_type": self.page.page_type, "ms": round(self.ms, 2),
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "title_ok": self.title_ok, "author_f1": self.author_f1, "date_ok": self.date_ok,
                "title": self.result.title, "authors": self.result.authors, "date": _iso(self.result.date),
                "expected_title": self.page.title, "expected_authors": self.page.authors,
                "expected_date": self.page.date}


def _iso(value: object) -> str | None:
    """A date as ISO 8601 text (systems return datetime objects or strings)."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def score_page(system: str, run: Callable[[Page], Extraction], page: Page) -> Score:
    """Run one system on one page and score it (an exception scores as an empty extraction)."""
    start = time.perf_counter()
    try:
        result = run(page)
    except Exception as error:  # a crash is a failed page, not a failed bench
        result = Extraction(error=f"{type(error).__name__}: {error}")
    ms = (time.perf_counter() - start) * 1000
    p, r, f = word_prf(result.text, page.body)
    return Score(
        system, page, result, ms, p, r, f,
        title_ok=title_match(result.title, page.title) if page.title else None,
        author_f1=author_f1(result.authors, page.authors) if page.authors else None,
        date_ok=same_day(result.date, page.date) if page.date else None,
    )


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are not None (a field the page's ground truth lacks); None if none."""
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def summarise(scores: list[Score]) -> dict[str, float | None]:
    """Mean scores and speed of one system on a set of pages."""
    ms = [s.ms for s in scores]
    return {
        "pages": len(scores), "f1": mean(s.f1 for s in scores), "precision": mean(s.precision for s in scores),
        "recall": mean(s.recall for s in scores), "title": mean(s.title_ok for s in scores),
        "author": mean(s.author_f1 for s in scores), "date": mean(s.date_ok for s in scores),
        "median_ms": statistics.median(ms) if ms else None,
        "pages_per_s": len(ms) / (sum(ms) / 1000) if ms and sum(ms) else None,
    }


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_table(title: str, groups: dict[str, dict[str, list[Score]]], systems: list[str]) -> None:
    """One table: a row per group (overall, page types) and system, with the ratio to the baseline."""
    table = Table(title=title)
    for column in ("pages", "system", "F1", "prec", "recall", "title", "author", "date", "ms/page", "pages/s"):
        table.add_column(column, justify="right")
    for group, by_system in groups.items():
        stats = {name: summarise(by_system[name]) for name in systems if by_system.get(name)}
        for name, s in stats.items():
            table.add_row(f"{group} ({s['pages']})", name, _fmt(s["f1"]), _fmt(s["precision"]), _fmt(s["recall"]),
                          _fmt(s["title"]), _fmt(s["author"]), _fmt(s["date"]), _fmt(s["median_ms"], 1),
                          _fmt(s["pages_per_s"], 1))
        if len(stats) == 2:
            ours, base = (stats[n] for n in systems)
            ratio = lambda k: (_fmt(ours[k] / base[k], 2) if ours[k] is not None and base[k] else "-")
            table.add_row("", "ratio", ratio("f1"), ratio("precision"), ratio("recall"), ratio("title"),
                          ratio("author"), ratio("date"), ratio("median_ms"), ratio("pages_per_s"))
        table.add_section()
    console.print(table)


def print_misses(scores: list[Score], field: str) -> None:
    """List the pages where newsmill got `field` (title, author, date) wrong, with the expected value."""
    attr = FIELDS[field]
    for s in scores:
        value = getattr(s, attr)
        if s.system != "newsmill" or value is None or value >= 1.0:
            continue
        got = {"title": s.result.title, "author": s.result.authors, "date": s.result.date}[field]
        want = {"title": s.page.title, "author": s.page.authors, "date": s.page.date}[field]
        console.print(f"[bold]{s.page.dataset}/{s.page.key}[/] {s.page.url}\n  got:      {got!r}\n  expected: {want!r}")


def select(pages: Iterable[Page], split: str, limit: int | None) -> list[Page]:
    """Pages of the requested split ("all", "heldout", "train"), at most `limit`."""
    chosen = []
    for page in pages:
        if split != "all" and is_heldout(page.group) != (split == "heldout"):
            continue
        chosen.append(page)
        if limit and len(chosen) >= limit:
            break
    return chosen


def run_bench(wcxb: Path, fundus: Path, limit: int | None = None, json_out: Path | None = None,
              show_misses: str | None = None, baseline: bool = True, split: str = "all") -> list[Score]:
    """Score the systems on both datasets and print the tables; returns every per-page score.

    Raises ValueError for an unknown `show_misses` field or split. A dataset folder that does not
    exist is skipped with a message.
    """
    if show_misses and show_misses not in FIELDS:
        raise ValueError(f"--show-misses takes one of {', '.join(FIELDS)}")
    if split not in ("all", "heldout", "train"):
        raise ValueError("split is all, heldout or train")
    systems = [name for name in SYSTEMS if baseline or name == "newsmill"]
    if "trafilatura" in systems and SYSTEMS["trafilatura"] is None:
        console.print("trafilatura is not installed: newsmill only")
        systems.remove("trafilatura")
    everything: list[Score] = []
    for name, folder, loader in (("wcxb-dev", wcxb, load_wcxb), ("fundus-publishers", fundus, load_fundus)):
        if not folder.exists():
            console.print(f"[yellow]skipped {name}:[/] no folder {folder}")
            continue
        pages = select(loader(folder), split, limit)
        groups: dict[str, dict[str, list[Score]]] = defaultdict(lambda: defaultdict(list))
        for page in pages:
            for system in systems:
                score = score_page(system, SYSTEMS[system], page)
                everything.append(score)
                groups["all"][system].append(score)
                if name == "wcxb-dev":
                    groups[page.page_type][system].append(score)
        print_table(f"{name} (split: {split})", dict(groups), systems)
    if show_misses:
        print_misses(everything, show_misses)
    if json_out:
        json_out.write_text("\n".join(json.dumps(s.row(), ensure_ascii=False) for s in everything) + "\n")
    return everything
