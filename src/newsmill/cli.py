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


# --- harvest: live sites (issue 5) ---


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


if __name__ == "__main__":
    app()
