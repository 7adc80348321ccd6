"""Harvest acceptance on the loopback fixture site: one full harvest with a 0.2 s crawl-delay, then a
second poll. Prints the server's request log with timestamps, the crawl-delay gaps, the disallowed
requests (none expected), every URL's outcome from the catalogue, and what the second poll requested.

    PYTHONPATH=src python benchmarks/harvest_acceptance.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "site"))
from harvest_site import ARTICLES, NewsSite, SiteConfig  # noqa: E402

from newsmill.article import article_id  # noqa: E402
from newsmill.fetch import FetchConfig  # noqa: E402
from newsmill.pipeline import HarvestOptions, run_harvest  # noqa: E402
from newsmill.store.catalogue import Catalogue  # noqa: E402


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="harvest-acceptance-"))
    config = FetchConfig(allow_private=True, connect_timeout=1, read_timeout=0.5, total_timeout=2, retries=1,
                         backoff=0.1, max_bytes=1_000_000)
    with NewsSite(["127.0.0.2"], SiteConfig(crawl_delay=0.2, slow_seconds=1.5)) as site:
        base = site.bases[0]
        options = HarvestOptions(out, fmt="txt", warc=True, fetch=config)
        first = run_harvest([base + "/"], options)
        n_first = len(site.requests)
        second = run_harvest([base + "/"], options)
        log = list(site.requests)
    t0 = log[0]["start"]
    print(f"== server request log, first poll ({n_first} requests), t in s from the first request")
    for r in log[:n_first]:
        print(f"  t={r['start'] - t0:7.3f}  end={r['end'] - t0:7.3f}  {r['status']!s:>4}  {r['path']}")
    gaps = [b["start"] - a["start"] for a, b in zip(log[:n_first], log[1:n_first])]
    overlaps = sum(1 for a, b in zip(log[:n_first], log[1:n_first]) if b["start"] < a["end"])
    print(f"min gap between request starts: {min(gaps):.3f} s (crawl-delay 0.2); "
          f"requests started before the previous ended: {overlaps} (the slow endpoint, abandoned at the timeout)")
    print(f"requests under /private/ (disallowed): {sum(r['path'].startswith('/private/') for r in log)}")
    with Catalogue(out / "catalogue.sqlite") as cat:
        print("\n== catalogue: every URL's outcome")
        for row in cat.db.execute("SELECT url, state, reason, attempts, status FROM urls ORDER BY rowid"):
            print(f"  {row['state']:<9} att={row['attempts']} http={row['status']!s:<4} "
                  f"{row['url'].replace(base, '')}  {row['reason'] or ''}")
        print("== sources")
        for row in cat.db.execute("SELECT url, kind, last_status, error FROM sources ORDER BY rowid"):
            print(f"  {row['kind']:<8} {row['last_status']!s:<4} {row['url'].replace(base, '')}  {row['error'] or ''}")
    ids = [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text().splitlines()]
    expected = {article_id(base + path) for path, _, _ in ARTICLES.values()}
    print(f"\narticles written: {first.written}; jsonl lines {len(ids)}, distinct {len(set(ids))}, "
          f"equal to the fixture's {len(expected)} articles: {set(ids) == expected}")
    again = log[n_first:]
    print(f"second poll: {len(again)} requests, conditional {sum(r['conditional'] for r in again)}, "
          f"304 answers {sum(r['status'] == 304 for r in again)}, new articles {second.written}")
    print(f"output: {out}")


if __name__ == "__main__":
    main()
