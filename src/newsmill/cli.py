"""The `newsmill` command. Each subcommand is a thin layer over a library function."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .extract import extract as extract_page
from .sources.files import iter_html_paths, read_page
from .store.writers import DocumentWriter

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news web pages into clean, attributed, dated article documents.")
err = Console(stderr=True)

FORMAT_HELP = "txt (seed layout), md, json (one file per article) or jsonl (one file)"


def progress_bar(total: int | None, quiet: bool = False) -> Progress:
    """A rich progress bar on stderr; hidden with `quiet` or for a single item."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=err, transient=True,
                    disable=quiet or (total is not None and total <= 1))


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="HTML files, folders (recursive: .html, .htm, .html.gz) or - for stdin"),
    url: Optional[str] = typer.Option(None, help="the page's URL (for a single input)"),
    fmt: str = typer.Option("txt", "--format", "-f", help=FORMAT_HELP),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="output folder (default: print to stdout)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Extract articles from local HTML pages. Exit code 1 when any page failed."""
    from .formats import render

    if "-" in paths:
        pages = [("<stdin>", sys.stdin.buffer.read())]
        sources = None
    else:
        try:
            sources = list(iter_html_paths(paths))
        except FileNotFoundError as error:
            err.print(f"[red]error:[/] {error}")
            raise typer.Exit(2)
        pages = None
    failures = 0
    total = len(pages) if pages is not None else len(sources)
    writer = DocumentWriter(out, fmt) if out else None
    with progress_bar(total, quiet) as progress:
        task = progress.add_task("extracting", total=total)
        items = pages if pages is not None else ((str(p), p) for p in sources)
        for sequence, (name, item) in enumerate(items):
            try:
                data = item if isinstance(item, bytes) else read_page(item)
                article = extract_page(data, url=url)
            except Exception as error:  # one bad page is reported, never fatal for the run
                failures += 1
                err.print(f"[red]failed[/] {name}: {type(error).__name__}: {error}")
            else:
                if writer:
                    writer.write(article, sequence)
                else:
                    sys.stdout.write(render(article, fmt) + ("\n" if fmt in ("txt",) else ""))
            progress.advance(task)
    if writer:
        writer.close()
    if total > 1 or failures:
        err.print(f"{total - failures} extracted, {failures} failed")
    raise typer.Exit(1 if failures else 0)


@app.command()
def bench(
    wcxb: Path = typer.Option(Path("../shared/benchmarks/wcxb-dev"), help="WCXB dev folder"),
    fundus: Path = typer.Option(Path("../shared/benchmarks/fundus-publishers"), help="fundus-publishers folder"),
    limit: Optional[int] = typer.Option(None, help="at most N pages per dataset"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="write per-page scores to this file"),
    show_misses: Optional[str] = typer.Option(None, help="list the pages where FIELD (title, author, date) is wrong"),
    no_baseline: bool = typer.Option(False, help="skip trafilatura"),
    split: str = typer.Option("all", help="all, or heldout / train: the model's by-domain/by-publisher split"),
) -> None:
    """Score newsmill (and trafilatura, in the same run) on the benchmark datasets."""
    from .bench import run_bench

    run_bench(wcxb=wcxb, fundus=fundus, limit=limit, json_out=json_out, show_misses=show_misses,
              baseline=not no_baseline, split=split)


@app.command()
def train(
    wcxb: Path = typer.Option(Path("../shared/benchmarks/wcxb-dev"), help="WCXB dev folder"),
    fundus: Path = typer.Option(Path("../shared/benchmarks/fundus-publishers"), help="fundus-publishers folder"),
) -> None:
    """Rebuild the shipped block classifier from the benchmark datasets (fixed seed, held-out split)."""
    from .bench.train import run_training

    try:
        run_training(wcxb, fundus, log=err.print)
    except RuntimeError as error:  # LightGBM missing: an optional dependency
        err.print(str(error), style="red", markup=False)
        raise typer.Exit(2)


# --- harvest: live sites (issue 5) ---

HARVEST_COLUMNS = ("discovered", "queued", "fetched", "extracted", "duplicate", "skipped", "failed")


def harvest_table(hosts: dict, title: str):
    """A rich table of per-host event counts (HARVEST_COLUMNS) with an overall row."""
    from rich.table import Table

    hosts = {host: dict(counts) for host, counts in list(hosts.items())}  # a copy: the loop updates it
    table = Table(title=title, title_justify="left")
    table.add_column("host")
    for column in HARVEST_COLUMNS:
        table.add_column(column, justify="right")
    for host in sorted(hosts):
        table.add_row(host, *(str(hosts[host].get(c, 0)) for c in HARVEST_COLUMNS))
    table.add_row("[bold]all[/]", *(f"[bold]{sum(h.get(c, 0) for h in hosts.values())}[/]"
                                    for c in HARVEST_COLUMNS))
    return table


@app.command()
def harvest(
    sources: list[str] = typer.Argument(..., help="home page, feed or sitemap URLs, or files listing them"),
    out: Path = typer.Option(..., "-o", "--output", help="output folder"),
    fmt: str = typer.Option("txt", "--format", "-f", help=FORMAT_HELP + "; articles.jsonl is always written"),
    since: Optional[str] = typer.Option(None, help="skip articles published before this ISO date"),
    max_articles: Optional[int] = typer.Option(None, help="at most N new articles per poll"),
    catalogue: Optional[Path] = typer.Option(None, help="SQLite catalogue (default: OUT/catalogue.sqlite)"),
    warc: bool = typer.Option(False, "--warc", help="archive every request and response under OUT/warc"),
    every: Optional[str] = typer.Option(None, help="keep polling at this interval (30s, 15m, 2h) until stopped"),
    user_agent: Optional[str] = typer.Option(None, help="User-Agent header (also the robots.txt agent)"),
    per_host: int = typer.Option(1, help="requests in flight per host"),
    concurrency: int = typer.Option(16, help="requests in flight overall"),
    allow_private: bool = typer.Option(False, "--allow-private", help="allow loopback/private addresses"),
    timeout: float = typer.Option(20.0, help="read timeout per request, seconds"),
    max_bytes: int = typer.Option(10 * 1024 * 1024, help="body size cap, bytes"),
    retries: int = typer.Option(3, help="extra attempts on timeouts, connection errors, 429 and 5xx"),
    backoff: float = typer.Option(1.0, help="first retry pause, seconds (doubled each retry, with jitter)"),
    workers: int = typer.Option(1, help="extraction processes (0: extract in the fetching thread)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no live display and no summary table"),
    log_json: bool = typer.Option(False, "--log-json", help="one JSON line per event on stderr (for cron)"),
) -> None:
    """Harvest live sites: discover articles, fetch politely, extract, store each article once."""
    import json
    import time

    from rich.live import Live

    from .fetch import FetchConfig
    from .pipeline import (HarvestBusy, HarvestOptions, expand_sources, parse_duration, parse_since,
                           run_harvest)

    try:
        urls = expand_sources(sources)
        since_date = parse_since(since) if since else None
        interval = parse_duration(every) if every else None
        if fmt not in ("txt", "md", "json", "jsonl"):
            raise ValueError(f"unknown format {fmt!r}")
    except (ValueError, OSError) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2)
    config = FetchConfig(concurrency=concurrency, per_host=per_host, read_timeout=timeout,
                         total_timeout=max(timeout * 3, 30.0), max_bytes=max_bytes, retries=retries, backoff=backoff,
                         allow_private=allow_private)
    if user_agent:
        config.user_agent = user_agent
    options = HarvestOptions(out_dir=out, fmt=fmt, catalogue=catalogue, since=since_date,
                             max_articles=max_articles, warc=warc, fetch=config, workers=workers)
    hosts: dict[str, dict[str, int]] = {}

    def on_event(event: str, details: dict) -> None:
        if details.get("host") and event in HARVEST_COLUMNS:
            counter = hosts.setdefault(details["host"], {})
            counter[event] = counter.get(event, 0) + 1
        if log_json:
            sys.stderr.write(json.dumps({"time": round(time.time(), 3), "event": event, **details},
                                        ensure_ascii=False, default=str) + "\n")

    def poll() -> None:
        hosts.clear()
        live = Live(get_renderable=lambda: harvest_table(hosts, "harvesting"), console=err,
                    refresh_per_second=4, transient=True)
        if quiet or log_json:
            stats = run_harvest(urls, options, on_event=on_event)
        else:
            with live:
                stats = run_harvest(urls, options, on_event=on_event)
        if log_json:
            sys.stderr.write(json.dumps({"time": round(time.time(), 3), "event": "summary",
                                         "written": stats.written, "requests": stats.requests,
                                         "not_modified": stats.not_modified,
                                         "network_seconds": round(stats.network_seconds, 3),
                                         "extract_seconds": round(stats.extract_seconds, 3),
                                         "wall_seconds": round(stats.wall_seconds, 3)}) + "\n")
        elif not quiet:
            err.print(harvest_table({h: dict(c) for h, c in stats.hosts.items()}, "harvest summary"))
            err.print(f"{stats.written} new articles; {stats.requests} requests "
                      f"({stats.not_modified} not modified); network {stats.network_seconds:.1f}s, "
                      f"extraction {stats.extract_seconds:.1f}s, wall {stats.wall_seconds:.1f}s")

    try:
        poll()
        while interval is not None:
            time.sleep(interval)
            poll()
    except HarvestBusy as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(3)
    except KeyboardInterrupt:
        err.print("stopped")
        raise typer.Exit(130)


# --- warc: web archives (issue 6) ---


@app.command()
def warc(
    inputs: list[str] = typer.Argument(..., help="WARC/ARC files (.gz per record or whole file, or plain), "
                                       "folders, files listing paths/URLs, or fsspec URLs (s3://, https://)"),
    out: Path = typer.Option(..., "-o", "--output", help="output folder (one shard per input; reruns skip finished inputs)"),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet, jsonl or txt (seed layout, a folder per input)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="local Dask worker processes (default: one per CPU)"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="address of a running Dask scheduler (tcp://host:8786); "
                                            "the output folder must be visible to its workers"),
    memory_limit: str = typer.Option("1GiB", "--memory-limit", help="memory limit per local worker (Dask syntax)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Extract the articles of web archives on Dask. Exit code 1 when any input failed or was not an archive."""
    from .pipeline import run_archives
    from .sources.warc import SKIP_REASONS

    if workers is not None and scheduler:
        err.print("[red]error:[/] give --workers or --scheduler, not both")
        raise typer.Exit(2)
    if workers is not None and workers < 1:
        err.print("[red]error:[/] --workers must be at least 1")
        raise typer.Exit(2)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[note]}"),
                  TimeRemainingColumn(), console=err, transient=True, disable=quiet) as progress:
        files = progress.add_task("inputs", total=None, note="")
        records = progress.add_task("records", total=None, note="")

        def on_input(source: str, error: str | None) -> None:
            progress.advance(files)
            if error:
                progress.console.print(f"[red]failed[/] {source}: {error}")

        try:
            report = run_archives(inputs, out, fmt, workers=workers, scheduler=scheduler, memory_limit=memory_limit,
                                  on_start=lambda n: progress.update(files, total=n),
                                  on_input=on_input, on_records=lambda n: progress.advance(records, n))
        except ValueError as error:
            err.print(f"[red]error:[/] {error}")
            raise typer.Exit(2)
    for problem in report.problems:
        err.print(f"[yellow]skipped[/] {problem}")
    counts = report.counts
    skipped = ", ".join(f"{reason} {counts[reason]}" for reason in (*SKIP_REASONS, "extract_error", "empty_body")
                        if counts.get(reason))
    err.print(f"{len(report.inputs)} inputs: {len(report.inputs) - len(report.skipped) - len(report.failed)} processed, "
              f"{len(report.skipped)} already done, {len(report.failed)} failed; {counts.get('records', 0)} records, "
              f"{counts.get('pages', 0)} HTML pages, {report.rows} articles written, "
              f"{counts.get('duplicate', 0) + report.cross_duplicates} duplicates dropped"
              + (f"; skipped: {skipped}" if skipped else ""))
    raise typer.Exit(1 if report.failed or report.problems else 0)


# --- convert: seed-layout corpora (issue 7) ---


@app.command()
def convert(
    paths: list[str] = typer.Argument(..., help="txt documents or folders (walked recursively for *.txt)"),
    out: Path = typer.Option(..., "-o", "--output", help="a .jsonl or .parquet file, or a folder"),
    fmt: str = typer.Option("txt", "--format", "-f", help="for folder output: txt, md or json"),
    no_repair: bool = typer.Option(False, "--no-repair", help="keep split paragraphs and white space as they are"),
    report: Optional[Path] = typer.Option(None, "--report", help="write each repair and skipped file to this JSON Lines file"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Read seed-layout documents (NNN_<id>.txt), repair them, and write each article once.
    Exit code 1 when any file was skipped, 2 for bad arguments."""
    from .formats.convert import convert_corpus, iter_document_paths, open_sink

    try:
        sources = list(iter_document_paths(paths))
        sink = open_sink(out, fmt)
    except (FileNotFoundError, ValueError) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2)
    report_file = open(report, "w", encoding="utf-8") if report else None
    try:
        with progress_bar(len(sources), quiet) as progress:
            task = progress.add_task("converting", total=len(sources))

            def on_file(path: Path, status: str) -> None:
                if status.startswith("skipped"):
                    progress.console.print(f"[yellow]{status.split(':', 1)[0]}[/] {path}:{status.split(':', 1)[1]}")
                progress.advance(task)

            summary = convert_corpus(sources, sink, repair=not no_repair, report=report_file, on_file=on_file)
    finally:
        if report_file:
            report_file.close()
    err.print(summary.line())
    raise typer.Exit(1 if summary.skipped_total else 0)


if __name__ == "__main__":
    app()
