"""WARC throughput bench: newsmill's archive pipeline on 1 and 2 Dask workers, against a trafilatura loop.

Builds WARC files of at least `--size-gb` GB in total (per-record gzip, like CC-NEWS) in a temporary
folder from the HTML pages of ``../shared/benchmarks`` (read from there, never copied into the
repository), each page repeated under a different URL per repetition and given a one-line edition
note so that repetitions are not exact duplicates (otherwise the run would dedup them away). Then:

1. (`--readers`) FastWARC against warcio on the first file: iterate, parse HTTP, read every payload.
2. newsmill `run_archives` to Parquet on a LocalCluster of 1, then 2 workers (cluster start-up not
   timed): records/s over all records, and the peak resident memory (ru_maxrss) of every worker.
   The 1-worker run reads one file holding all `--files` end to end (so the memory figure is for a
   single WARC of the full size); the 2-worker run reads the `--files` files (one Dask task each).
3. In one process, a loop reading every record and extracting every k-th (about `--sample` records
   spread over the whole archive) with `trafilatura.extract` (with its metadata, the job newsmill
   does), then the same with `newsmill.extract`,
   for the ratio against the 1-worker pipeline (see `loop`).

The temporary folder is deleted at the end (unless `--keep`). Usage::

    PYTHONPATH=src python benchmarks/warc_bench.py [--size-gb 1] [--files 4] [--sample 400] [--readers]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = REPO.parent / "shared" / "benchmarks"
CANONICAL = re.compile(rb"""rel\s*=\s*["']?canonical["']?""", re.I)
PARAGRAPH_OPEN = re.compile(rb"(<p(?:\s[^>]*)?>)", re.I)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def page_files(folder: Path) -> list[Path]:
    """The gzipped HTML pages of the benchmark folders, sorted."""
    return sorted(folder.rglob("*.html.gz"))


def edition(page: bytes, rep: int, number: int) -> bytes:
    """The page made unique for repetition `rep`: canonical link renamed, and every paragraph opened
    with an edition mark (a separate note paragraph would be dropped as boilerplate by the extractor,
    and the copies would then be exact duplicates)."""
    page = CANONICAL.sub(b'rel="bench-canonical"', page)
    return PARAGRAPH_OPEN.sub(rb"\1[%d-%d] " % (rep, number), page)


def gzip_record(url: str, body: bytes, http: StatusAndHeaders, level: int = 6) -> bytes:
    """One response record as its own gzip member (warcio writes it; gzip level 6 as CC-NEWS, where
    warcio's own gzip mode uses level 9, several times slower to build)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return gzip.compress(buffer.getvalue(), compresslevel=level)


def build_warcs(pages: list[Path], folder: Path, size_bytes: int, files: int) -> tuple[list[Path], int]:
    """Write `files` per-record-gzip WARCs totalling at least `size_bytes`; returns (paths, records)."""
    per_file = size_bytes // files + 1
    paths, records, rep = [], 0, 0
    number = 0
    for index in range(files):
        path = folder / f"bench-{index:02d}.warc.gz"
        paths.append(path)
        with open(path, "wb") as handle:
            while handle.tell() < per_file:
                source = pages[number % len(pages)]
                rep = number // len(pages)
                body = edition(gzip.decompress(source.read_bytes()), rep, number)
                url = f"https://bench-{rep}.newsmill.test/{source.parent.name}/{source.name.removesuffix('.html.gz')}"
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                        protocol="HTTP/1.1")
                handle.write(gzip_record(url, body, http))
                number += 1
                records += 1
        log(f"built {path.name}: {path.stat().st_size / 1e6:.0f} MB")
    return paths, records


def concatenate(paths: list[Path], target: Path) -> Path:
    """One WARC made of `paths` end to end (per-record gzip files concatenate into a valid WARC)."""
    with open(target, "wb") as out:
        for path in paths:
            with open(path, "rb") as source:
                shutil.copyfileobj(source, out, 1 << 20)
    return target


def compare_readers(path: Path) -> dict:
    """Records/s and MB/s of FastWARC and warcio reading every record and payload of `path`."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    size = path.stat().st_size
    results = {}
    start = time.perf_counter()
    count = 0
    for record in ArchiveIterator(str(path), record_types=WarcRecordType.any_type, parse_http=False):
        record.parse_http(auto_decode="none")
        record.reader.read()
        count += 1
    seconds = time.perf_counter() - start
    results["fastwarc"] = {"records": count, "seconds": round(seconds, 2), "records_per_s": round(count / seconds),
                           "mb_per_s": round(size / 1e6 / seconds, 1)}
    start = time.perf_counter()
    count = 0
    with open(path, "rb") as handle:
        for record in WarcioIterator(handle):
            record.content_stream().read()
            count += 1
    seconds = time.perf_counter() - start
    results["warcio"] = {"records": count, "seconds": round(seconds, 2), "records_per_s": round(count / seconds),
                         "mb_per_s": round(size / 1e6 / seconds, 1)}
    return results


def worker_peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB (Linux ru_maxrss is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_pipeline(paths: list[Path], workers: int, out: Path, memory_limit: str) -> dict:
    """One timed `run_archives` to Parquet on a fresh LocalCluster of `workers` processes."""
    from newsmill.pipeline import close_client, open_client, run_archives

    shutil.rmtree(out, ignore_errors=True)
    client = open_client(workers=workers, memory_limit=memory_limit)
    try:
        client.wait_for_workers(workers)
        start = time.perf_counter()
        report = run_archives([str(p) for p in paths], out, "parquet", client=client)
        seconds = time.perf_counter() - start
        peaks = client.run(worker_peak_rss_mb)
    finally:
        close_client(client)
    records = report.counts["records"]
    return {"workers": workers, "records": records, "articles": report.rows, "seconds": round(seconds, 1),
            "records_per_s": round(records / seconds, 1), "failed": report.failed,
            "peak_rss_mb_per_worker": sorted(round(v) for v in peaks.values()),
            "counts": dict(report.counts)}


def loop(paths: list[Path], stride: int, extractor) -> dict:
    """Read every record with newsmill's reader and run `extractor(page)` on every `stride`-th one.

    The extractor calls are timed apart from the reading, so that the sample is spread over the whole
    archive (all page kinds) without extracting every record. "loop_records_per_s" is what a
    read-and-extract loop over all records would do: 1 / (mean extraction time + mean read time).
    """
    from newsmill.sources.warc import iter_pages

    counts = Counter()
    extracted = 0
    extract_seconds = 0.0
    start = time.perf_counter()
    for path in paths:
        for index, page in enumerate(iter_pages(path, counts)):
            if index % stride:
                continue
            began = time.perf_counter()
            try:
                extractor(page)
            except Exception:  # noqa: BLE001 - a failing page still counts as processed
                pass
            extract_seconds += time.perf_counter() - began
            extracted += 1
    read_seconds = time.perf_counter() - start - extract_seconds
    per_record = extract_seconds / extracted + read_seconds / counts["records"]
    return {"records_read": counts["records"], "records_extracted": extracted, "extract_seconds": round(extract_seconds, 1),
            "extract_per_s": round(extracted / extract_seconds, 1), "read_per_s": round(counts["records"] / read_seconds),
            "loop_records_per_s": round(1 / per_record, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of *.html.gz pages")
    parser.add_argument("--size-gb", type=float, default=1.0, help="total WARC size to build, GB (1e9 bytes)")
    parser.add_argument("--files", type=int, default=4, help="number of WARC files (one Dask task each)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated")
    parser.add_argument("--sample", type=int, default=500, help="records extracted in the trafilatura/newsmill loops")
    parser.add_argument("--no-single", action="store_true",
                        help="run 1 worker on the split files too (default: on one file holding all of them)")
    parser.add_argument("--memory-limit", default="1GiB", help="Dask memory limit per worker")
    parser.add_argument("--readers", action="store_true", help="also compare FastWARC and warcio")
    parser.add_argument("--tmp", type=Path, default=None, help="parent of the temporary folder")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args()

    pages = page_files(args.pages)
    if not pages:
        raise SystemExit(f"no *.html.gz pages under {args.pages}")
    folder = Path(tempfile.mkdtemp(prefix="newsmill-warc-bench-", dir=args.tmp))
    results: dict = {"pages": len(pages)}
    try:
        log(f"building {args.size_gb} GB of WARC in {args.files} files from {len(pages)} pages in {folder}")
        start = time.perf_counter()
        paths, records = build_warcs(pages, folder, int(args.size_gb * 1e9), args.files)
        total = sum(p.stat().st_size for p in paths)
        results["warc"] = {"files": len(paths), "bytes": total, "records": records,
                           "build_seconds": round(time.perf_counter() - start)}
        log(f"built {total / 1e9:.2f} GB, {records} records")
        if args.readers:
            results["readers"] = compare_readers(paths[0])
            log(f"readers: {results['readers']}")
        results["newsmill_pipeline"] = []
        for workers in (int(w) for w in args.workers.split(",")):
            inputs = paths
            if workers == 1 and len(paths) > 1 and not args.no_single:
                inputs = [concatenate(paths, folder / "bench-all.warc.gz")]  # the whole GB in one file
            log(f"newsmill run_archives on {workers} worker(s), {len(inputs)} file(s)")
            run = run_pipeline(inputs, workers, folder / f"out-{workers}", args.memory_limit)
            run["files"] = len(inputs)
            if inputs is not paths:
                inputs[0].unlink()
            results["newsmill_pipeline"].append(run)
            log(f"{workers} worker(s): {run['records_per_s']} records/s, peak RSS {run['peak_rss_mb_per_worker']} MB")
        import trafilatura

        from newsmill.extract import extract

        stride = max(1, records // args.sample)
        log(f"loops over every {stride}th record: trafilatura.extract (with metadata, as newsmill), newsmill.extract")
        results["trafilatura_loop"] = loop(
            paths, stride, lambda p: trafilatura.extract(p.body, url=p.url, with_metadata=True))
        results["newsmill_loop"] = loop(paths, stride, lambda p: extract(p.body, url=p.url, charset=p.charset))
        runs = {r["workers"]: r for r in results["newsmill_pipeline"]}
        ratios = {}
        if 1 in runs and 2 in runs:
            ratios["2_workers_over_1"] = round(runs[2]["records_per_s"] / runs[1]["records_per_s"], 2)
        if 1 in runs:
            ratios["pipeline_1_worker_over_trafilatura_loop"] = round(
                runs[1]["records_per_s"] / results["trafilatura_loop"]["loop_records_per_s"], 2)
        ratios["newsmill_loop_over_trafilatura_loop"] = round(
            results["newsmill_loop"]["loop_records_per_s"] / results["trafilatura_loop"]["loop_records_per_s"], 2)
        results["ratios"] = ratios
    finally:
        if args.keep:
            log(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
            log(f"deleted {folder}")
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
