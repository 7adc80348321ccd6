"""Harvest throughput on loopback: 20 hosts (127.0.0.2-21), no crawl-delay, generated articles.

The site runs in its own process (so that serving does not share the harvester's interpreter).
Three measurements over the same pages: the fetcher alone (no extraction), the harvest with
extraction in the event loop's thread (--workers 0), and with a process pool (--workers N).
Prints pages/s and where the time went: `network` sums the time inside HTTP exchanges (they overlap,
so it can exceed the wall time), `extract` sums the time inside the extractor.

    PYTHONPATH=src python benchmarks/harvest_throughput.py [--per-host 40] [--padding 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "site"))
from harvest_site import bulk_path  # noqa: E402

from newsmill.fetch import FetchConfig, Fetcher  # noqa: E402
from newsmill.pipeline import HarvestOptions, run_harvest  # noqa: E402

ADDRESSES = [f"127.0.0.{i}" for i in range(2, 22)]


def start_site(per_host: int, padding: int) -> tuple[subprocess.Popen, list[str]]:
    process = subprocess.Popen([sys.executable, str(ROOT / "tests/fixtures/site/harvest_site.py"), *ADDRESSES,
                                "--bulk", str(per_host), "--minimal", "--padding", str(padding)],
                               stdout=subprocess.PIPE, text=True)
    bases = process.stdout.readline().split()
    return process, bases


async def fetch_only(urls: list[str], config: FetchConfig) -> tuple[int, float, float, int]:
    async with Fetcher(config) as fetcher:
        started = time.perf_counter()
        results = await asyncio.gather(*(fetcher.fetch(u) for u in urls))
        wall = time.perf_counter() - started
    return sum(r.ok for r in results), wall, fetcher.network_seconds, sum(len(r.body) for r in results)


def harvest(bases: list[str], config: FetchConfig, workers: int) -> None:
    out = Path(tempfile.mkdtemp(prefix="harvest-bench-"))
    try:
        sources = [base + "/sitemap_index.xml" for base in bases]
        started, cpu = time.perf_counter(), time.process_time()
        stats = run_harvest(sources, HarvestOptions(out, fmt="txt", fetch=config, workers=workers))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        pages = stats.total("fetched")
        print(f"harvest, workers={workers}: {pages} pages, {stats.written} articles in {wall:.2f} s "
              f"= {pages / wall:.1f} pages/s; network {stats.network_seconds:.2f} s "
              f"({stats.network_seconds / pages * 1000:.1f} ms/page, overlapping), extraction "
              f"{stats.extract_seconds:.2f} s ({stats.extract_seconds / pages * 1000:.1f} ms/page), catalogue+writing "
              f"{stats.store_seconds:.2f} s ({stats.store_seconds / pages * 1000:.1f} ms/page); "
              f"extraction / wall = {stats.extract_seconds / wall:.0%}; harvester process CPU {cpu:.2f} s "
              f"({cpu / pages * 1000:.1f} ms/page{', extraction included' if workers == 0 else ', extraction excluded'})")
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-host", type=int, default=40, help="articles per host")
    parser.add_argument("--padding", type=int, default=1000, help="navigation links per page (weight)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    process, bases = start_site(args.per_host, args.padding)
    try:
        config = FetchConfig(allow_private=True, concurrency=20, per_host=1, retries=1)
        urls = [base + bulk_path(i) for base in bases for i in range(args.per_host)]
        cpu = time.process_time()
        ok, wall, network, size = asyncio.run(fetch_only(urls, config))
        cpu = time.process_time() - cpu
        print(f"{len(bases)} hosts, {len(urls)} pages of {size / max(ok, 1) / 1024:.1f} KiB, {os.cpu_count()} cores")
        print(f"fetch only: {ok} pages in {wall:.2f} s = {ok / wall:.1f} pages/s "
              f"(network {network:.2f} s summed over concurrent exchanges; fetcher CPU {cpu:.2f} s = "
              f"{cpu / ok * 1000:.1f} ms/page)")
        # a fresh site so that the harvests fetch robots.txt and sitemaps as a real run does
        for workers in (0, args.workers):
            process.terminate()
            process.wait()
            process, bases = start_site(args.per_host, args.padding)
            harvest(bases, config, workers)
    finally:
        process.terminate()
        process.wait()


if __name__ == "__main__":
    main()
