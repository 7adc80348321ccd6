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

    run_training(wcxb, fundus, log=err.print)


# --- harvest: live sites (issue 5) ---


# --- warc: web archives (issue 6) ---


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
