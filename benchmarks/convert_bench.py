"""Bench `newsmill convert`: a generated corpus of txt documents to Parquet in one run.

Builds the corpus in a temporary folder: every page of ../shared/benchmarks (WCXB dev and
fundus-publishers) is extracted once with `newsmill.extract` and rendered with `render_txt`, again
and again under different URLs until there are `--files` documents (1,000 per sub-folder, named
``NNN_<id>.txt``). Then runs ``newsmill convert CORPUS -o corpus.parquet`` in a child process and
reports files/s, the child's peak resident memory, and the row count of the Parquet file.

    PYTHONPATH=src python benchmarks/convert_bench.py [--files 20000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsmill import extract  # noqa: E402
from newsmill.formats import file_name, render_txt  # noqa: E402


def benchmark_pages(shared: Path) -> Iterator[tuple[str, bytes]]:
    """(url, html bytes) of every benchmark page: WCXB dev, then fundus-publishers."""
    wcxb = shared / "benchmarks" / "wcxb-dev"
    for truth in sorted((wcxb / "ground-truth").glob("*.json")):
        page = wcxb / "html" / f"{truth.stem}.html.gz"
        if page.exists():
            yield json.loads(truth.read_text(encoding="utf-8")).get("url") or "", gzip.decompress(page.read_bytes())
    fundus = shared / "benchmarks" / "fundus-publishers"
    for line in (fundus / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        yield entry.get("url") or "", gzip.decompress((fundus / entry["file"]).read_bytes())


def extracted_articles(shared: Path) -> list:
    """Every benchmark page that extracts without error, as an Article."""
    articles = []
    for index, (url, html) in enumerate(benchmark_pages(shared)):
        try:
            article = extract(html, url=url or f"https://bench.invalid/page/{index}")
        except Exception:  # a page the extractor refuses is not part of the corpus
            continue
        articles.append(article)
    return articles


def copy_url(url: str, copy: int) -> str:
    """`url` with ``copy-N`` added to its path (so that the canonical URL differs too)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path}/copy-{copy}"))


def build_corpus(articles: list, folder: Path, files: int) -> int:
    """Write `files` documents: the articles in turn, copy k under URL ``<url>/copy-k``."""
    for sequence in range(files):
        article = articles[sequence % len(articles)]
        copy = sequence // len(articles)
        base = article.url
        article.url = copy_url(base, copy) if copy else base
        article.canonical_url = article.url
        sub = folder / f"{sequence // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / file_name(sequence, article, "txt")).write_text(render_txt(article), encoding="utf-8")
        article.url = article.canonical_url = base
    return files


def run_convert(corpus: Path, out: Path) -> tuple[float, int, str]:
    """Run the convert command in a child; (seconds, child peak RSS in KiB, its summary line)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    start = time.perf_counter()
    child = subprocess.run([sys.executable, "-m", "newsmill.cli", "convert", str(corpus), "-o", str(out), "-q"],
                           env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if child.returncode not in (0, 1):
        raise SystemExit(f"convert failed ({child.returncode}):\n{child.stderr}")
    return seconds, peak_kib, child.stderr.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000, help="documents in the corpus")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    args = parser.parse_args()

    start = time.perf_counter()
    articles = extracted_articles(args.shared)
    print(f"extracted {len(articles)} benchmark pages in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory(prefix="convert-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        start = time.perf_counter()
        build_corpus(articles, corpus, args.files)
        size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
        print(f"wrote {args.files} documents ({size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
        out = Path(tmp) / "corpus.parquet"
        seconds, peak_kib, summary = run_convert(corpus, out)
        import pyarrow.parquet as pq

        rows = pq.read_metadata(out).num_rows
        print(summary)
        print(f"convert: {args.files} files in {seconds:.1f} s = {args.files / seconds:,.0f} files/s; "
              f"peak memory {peak_kib / 1024:.0f} MiB; parquet rows {rows}; "
              f"parquet size {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
