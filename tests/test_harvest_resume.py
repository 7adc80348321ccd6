"""Kill -9 a harvest at three moments, rerun it: the catalogue and the files equal an uninterrupted
run's, no article is written twice and no page fetched successfully is fetched again."""

import collections
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
from harvest_site import ARTICLES, NewsSite, SiteConfig  # noqa: E402

from newsmill.store.catalogue import Catalogue  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")

KILL_POINTS = [
    ("discovery: 4 sources polled", "SELECT COUNT(*) >= 4 FROM sources"),
    ("crawl: a page fetched, not extracted", "SELECT COUNT(*) >= 1 FROM urls WHERE state='fetched' "
     "AND (SELECT COUNT(*) FROM articles) >= 2"),
    ("late crawl: 8 articles stored", "SELECT COUNT(*) >= 8 FROM articles"),
]


def harvest_command(base: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "newsmill.cli", "harvest", base + "/", "-o", str(out), "--allow-private",
            "--quiet", "--timeout", "0.3", "--retries", "1", "--backoff", "0.05", "--max-bytes", "1000000", "--workers", "0"]


def start(base: str, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen(harvest_command(base, out), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def reached(catalogue: Path, query: str) -> bool:
    if not catalogue.exists():
        return False
    try:
        db = sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True, timeout=1)
        try:
            return bool(db.execute(query).fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return False


def progress(catalogue: Path) -> str:
    """Where a killed run stopped: URL states and article states in the catalogue."""
    db = sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True, timeout=1)
    try:
        urls = dict(db.execute("SELECT state, COUNT(*) FROM urls GROUP BY state").fetchall())
        articles = dict(db.execute("SELECT state, COUNT(*) FROM articles GROUP BY state").fetchall())
        sources = db.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    finally:
        db.close()
    return f"(sources {sources}, urls {urls}, articles {articles})"


def run_until(base: str, out: Path, query: str | None, limit: float = 60.0) -> str:
    """Run a harvest; kill -9 it as soon as `query` holds. Returns "killed (progress)" or "finished"."""
    process = start(base, out)
    deadline = time.monotonic() + limit
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if query and reached(out / "catalogue.sqlite", query):
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
                return "killed " + progress(out / "catalogue.sqlite")
            time.sleep(0.005)
        process.wait(timeout=max(0.1, deadline - time.monotonic()))
        assert process.returncode == 0, process.stderr.read().decode()
        return "finished"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file except the catalogue itself."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith("catalogue.sqlite")}


def successful_fetches(site: NewsSite, since: int) -> collections.Counter:
    return collections.Counter(r["path"] for r in site.requests[since:]
                               if r["status"] == 200 and r["path"] in {p for p, _, _ in ARTICLES.values()})


def kill_resume_experiment(tmp: Path, crawl_delay: float = 0.05) -> dict:
    """Uninterrupted run vs a run killed at the three KILL_POINTS and resumed; returns the figures."""
    with NewsSite(["127.0.0.6"], SiteConfig(crawl_delay=crawl_delay, slow_seconds=0.6)) as site:
        base = site.bases[0]
        reference = tmp / "reference"
        mark = len(site.requests)
        assert run_until(base, reference, None) == "finished"
        reference_fetches = successful_fetches(site, mark)
        site._hits.clear()  # the fault endpoints start over (500 then 200, 429 then 200)
        resumed, outcomes = tmp / "resumed", []
        mark = len(site.requests)
        for label, query in KILL_POINTS:
            outcomes.append((label, run_until(base, resumed, query)))
        outcomes.append(("final run", run_until(base, resumed, None)))
        resumed_fetches = successful_fetches(site, mark)
    with Catalogue(reference / "catalogue.sqlite") as cat:
        reference_snapshot = cat.snapshot()
    with Catalogue(resumed / "catalogue.sqlite") as cat:
        resumed_snapshot = cat.snapshot()
    jsonl = (resumed / "articles.jsonl").read_text().splitlines()
    return {
        "outcomes": outcomes,
        "catalogue_equal": reference_snapshot == resumed_snapshot,
        "files_equal": outputs(reference) == outputs(resumed),
        "articles": len(reference_snapshot["articles"]),
        "jsonl_lines": len(jsonl),
        "jsonl_unique": len(set(jsonl)),
        "reference_max_fetches": max(reference_fetches.values()),
        "refetched_pages": sorted(p for p, n in resumed_fetches.items() if n > 1),
        "diff": [(a, b) for a, b in zip(reference_snapshot["urls"], resumed_snapshot["urls"]) if a != b],
    }


@pytest.mark.skipif(not os.environ.get("NEWSMILL_SLOW_TESTS"),
                    reason="about 25 s (five harvest processes); set NEWSMILL_SLOW_TESTS=1, or run "
                           "benchmarks/harvest_resume.py")
def test_kill_9_three_times_then_resume(tmp_path):
    figures = kill_resume_experiment(tmp_path, crawl_delay=0.01)
    assert [state.split()[0] for _, state in figures["outcomes"]] == ["killed", "killed", "killed", "finished"]
    assert figures["diff"] == []
    assert figures["catalogue_equal"] and figures["files_equal"]
    assert figures["articles"] == len(ARTICLES) == figures["jsonl_lines"] == figures["jsonl_unique"]
    assert figures["reference_max_fetches"] == 1
    assert figures["refetched_pages"] == []
