"""sources -> fetch -> extract -> store, on one machine or on a Dask cluster."""

from __future__ import annotations


# --- harvest: live sites (issue 5) ---


# --- archives: WARC files on Dask (issue 6) ---
#
# An archive run maps inputs (WARC/ARC files) to tasks on a Dask cluster, one task per input. A task
# streams its input's HTML records, extracts each, drops duplicates within the input and writes one
# output shard named after the input, atomically, then a manifest (`_manifests/<shard>.<format>.json`: counts
# and the (id, body hash) of every record extracted). The manifest is the "input finished" mark: a
# rerun skips inputs that have one, so a killed run loses only the inputs that were in flight.
# When all tasks are done, duplicates across inputs are removed from the shards in input order
# (`dedup_shards`), a pure function of the manifests, so a resumed run ends with the same rows as
# an uninterrupted one.

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
ARCHIVE_FORMATS = ("parquet", "jsonl", "txt")
MANIFEST_DIR = "_manifests"
PROGRESS_TOPIC = "newsmill-warc-records"
PROGRESS_EVERY = 50  # records between two progress events sent by a worker
DEFAULT_MEMORY_LIMIT = "1GiB"  # per Dask worker; the nanny restarts a worker that goes past it


@dataclass
class ArchiveRunReport:
    """What an archive run did.

    `inputs` are the archive inputs in run order; `skipped` those already finished by an earlier run;
    `failed` maps an input to its error message; `problems` lists inputs or listing entries that are
    not archives or do not exist. `counts` adds up the record counts of every finished input
    ("records", "pages", the skip reasons of `sources.warc.SKIP_REASONS`, "extract_error",
    "empty_body", "duplicate" within an input, "articles" written by the input's task);
    `cross_duplicates` is the number of articles that duplicate an earlier input's (removed from the
    output by this run or an earlier one: the figure describes the output, like `counts`);
    `rows` the number of articles in the output.
    """

    inputs: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    cross_duplicates: int = 0
    rows: int = 0


def is_fsspec_url(name: str) -> bool:
    """True for an fsspec URL such as ``s3://bucket/key`` or ``https://host/path``."""
    return "://" in name and not name.startswith("file://")


def _sniff_archive(path: Path) -> bool:
    from .sources.warc import archive_kind

    with open(path, "rb") as handle:
        return archive_kind(handle.read(4096)) is not None


def expand_archive_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Expand INPUT arguments into archive sources, in order, and a list of problems.

    An input is an fsspec URL (taken as it is), a folder (its .warc, .warc.gz, .arc, .arc.gz files,
    recursively, sorted), an archive file (recognised by its first bytes, whatever its name), or a
    listing: a text file with one path or URL per line (blank lines and ``#`` comments ignored;
    relative paths are taken from the listing's folder). Missing files and listing entries that are
    not archives become problems ("not a WARC/ARC file: X"), never errors. Local sources are returned as
    absolute paths (so that shard names do not depend on the working folder); duplicates are kept once.
    """
    sources: list[str] = []
    problems: list[str] = []

    def add(source: str) -> None:
        if source not in sources:
            sources.append(source)

    for name in inputs:
        if is_fsspec_url(name):
            add(name)
            continue
        path = Path(name.removeprefix("file://"))
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(ARCHIVE_SUFFIXES)):
                add(str(found.resolve()))
        elif not path.is_file():
            problems.append(f"no such file or folder: {name}")
        elif _sniff_archive(path):
            add(str(path.resolve()))
        else:
            for entry in _listing_entries(path):
                if is_fsspec_url(entry):
                    add(entry)
                    continue
                entry_path = Path(entry) if Path(entry).is_absolute() else path.parent / entry
                if not entry_path.is_file():
                    problems.append(f"{name}: no such file: {entry}")
                elif _sniff_archive(entry_path):
                    add(str(entry_path.resolve()))
                else:
                    problems.append(f"{name}: not a WARC/ARC file: {entry}")
    return sources, problems


def _listing_entries(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [str(path)]  # binary, not a listing: reported as "not a WARC/ARC file"
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def shard_name(source: str) -> str:
    """The output shard name of an input: its file name without archive suffixes, then 8 hex digits
    of SHA-1 of the whole input string (two inputs with the same file name get different shards)."""
    base = source.rstrip("/").rsplit("/", 1)[-1]
    for suffix in (".gz", ".warc", ".arc"):
        base = base.removesuffix(suffix)
    return f"{base or 'input'}-{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}"


def manifest_path(out_dir: Path, shard: str, fmt: str) -> Path:
    """Where the manifest of a finished shard lives (one per output format)."""
    return out_dir / MANIFEST_DIR / f"{shard}.{fmt}.json"


def shard_path(out_dir: Path, shard: str, fmt: str) -> Path:
    """The output of one input: ``<shard>.parquet``, ``<shard>.jsonl`` or the folder ``<shard>/`` (txt)."""
    return out_dir / (shard if fmt == "txt" else f"{shard}.{fmt}")


class _DocumentShard:
    """A jsonl file or a folder of txt files for one input, built in a temporary folder and moved into
    place when the `with` block ends without error."""

    def __init__(self, out_dir: Path, shard: str, fmt: str) -> None:
        from .store.writers import DocumentWriter

        out_dir.mkdir(parents=True, exist_ok=True)
        self.final = shard_path(out_dir, shard, fmt)
        self.tmp = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".tmp-{shard}-"))
        self.fmt = fmt
        self.writer = DocumentWriter(self.tmp, fmt)
        self.sequence = 0

    def __enter__(self) -> "_DocumentShard":
        return self

    def write(self, article, row) -> None:
        self.writer.write(article, self.sequence)
        self.sequence += 1

    def __exit__(self, exc_type, exc, tb) -> None:
        self.writer.close()
        try:
            if exc_type is None:
                if self.fmt == "jsonl":
                    produced = self.tmp / "articles.jsonl"
                    produced.touch()
                    os.replace(produced, self.final)
                else:
                    if self.final.exists():
                        shutil.rmtree(self.final)
                    os.chmod(self.tmp, 0o777 & ~_umask())
                    os.replace(self.tmp, self.final)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)


class _ParquetShard:
    def __init__(self, out_dir: Path, shard: str) -> None:
        from .store.parquet import ParquetShardWriter

        self.writer = ParquetShardWriter(shard_path(out_dir, shard, "parquet"))

    def __enter__(self) -> "_ParquetShard":
        self.writer.__enter__()
        return self

    def write(self, article, row) -> None:
        self.writer.write(row)

    def __exit__(self, *exc) -> None:
        self.writer.__exit__(*exc)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _progress_sender() -> Callable[[int], None]:
    """A function sending record counts to the client (a Dask event), or doing nothing outside a worker."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return lambda n: None
    return lambda n: worker.log_event(PROGRESS_TOPIC, n)


def process_archive(source: str, out_dir: str, fmt: str, shard: str) -> dict:
    """Extract every HTML page of one archive into one shard, then write its manifest (a Dask task).

    Returns ``{"source", "shard", "counts"}``. Raises when the input cannot be read as a whole
    (not an archive, unreadable, network error): the shard is then not written and no manifest is
    left, so a rerun tries the input again.
    """
    from .extract import extract
    from .sources.warc import iter_pages
    from .store.parquet import article_row

    out = Path(out_dir)
    counts: Counter = Counter()
    examined: list[list] = []  # [id, body_hash, written] for every extracted article, in record order
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    send = _progress_sender()
    pending = 0
    sink = _ParquetShard(out, shard) if fmt == "parquet" else _DocumentShard(out, shard, fmt)
    with sink:
        for page in iter_pages(source, counts):
            pending += 1
            if pending >= PROGRESS_EVERY:
                send(pending)
                pending = 0
            try:
                article = extract(page.body, url=page.url, charset=page.charset)
            except Exception:  # one bad page is counted, never fatal for the file
                counts["extract_error"] += 1
                continue
            if not article.body:
                counts["empty_body"] += 1
                continue
            row = article_row(article, warc_file=source, warc_record_id=page.record_id,
                              warc_date=page.date, warc_offset=page.offset)
            key, digest = row["id"], row["body_hash"]
            written = key not in seen_ids and digest not in seen_hashes
            seen_ids.add(key)
            seen_hashes.add(digest)
            examined.append([key, digest, written])
            if not written:
                counts["duplicate"] += 1
                continue
            sink.write(article, row)
            counts["articles"] += 1
    send(pending)
    manifest = {"source": source, "shard": shard, "format": fmt, "counts": dict(counts), "rows": examined}
    from .store.writers import write_atomic

    write_atomic(manifest_path(out, shard, fmt), json.dumps(manifest))
    return {"source": source, "shard": shard, "counts": dict(counts)}


def _remove_from_shard(out_dir: Path, shard: str, fmt: str, ids: set[str]) -> int:
    """Delete the articles with these ids from one shard (atomically per file); returns how many."""
    path = shard_path(out_dir, shard, fmt)
    if fmt == "parquet":
        from .store.parquet import drop_rows

        return drop_rows(path, ids)
    if fmt == "jsonl":
        from .store.writers import write_atomic

        removed, kept = 0, []
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if json.loads(line)["id"] in ids:
                    removed += 1
                else:
                    kept.append(line)
        if removed:
            write_atomic(path, "".join(kept))
        return removed
    removed = 0
    for doc in path.glob("*_*.*"):
        if doc.stem.rsplit("_", 1)[-1] in ids:
            doc.unlink()
            removed += 1
    return removed


def dedup_shards(out_dir: str | Path, shards: list[str], fmt: str) -> tuple[int, int]:
    """Remove from finished shards, in the given (input) order, every article whose id (canonical
    URL) or body hash occurs in an earlier input. Returns (duplicates found, rows left); the duplicates
    found include those an earlier pass already removed.

    A pure function of the manifests: running it again, or after a resumed run, gives the same rows.
    Shards without a manifest are ignored. Memory: two sets of 16-character keys over all inputs.
    """
    out = Path(out_dir)
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    duplicates = rows = 0
    for shard in shards:
        path = manifest_path(out, shard, fmt)
        if not path.exists():
            continue
        drop: set[str] = set()
        for key, digest, written in json.loads(path.read_text(encoding="utf-8"))["rows"]:
            if written and (key in seen_ids or digest in seen_hashes):
                drop.add(key)
            elif written:
                rows += 1
            seen_ids.add(key)
            seen_hashes.add(digest)
        if drop:
            duplicates += len(drop)
            _remove_from_shard(out, shard, fmt, drop)
    return duplicates, rows


def remove_stale_temporaries(out_dir: Path) -> None:
    """Delete the temporary files and folders (``.tmp-*``) a killed run left in `out_dir`.

    Call it only when no run is writing to `out_dir`.
    """
    for stale in (*out_dir.glob(".tmp-*"), *(out_dir / MANIFEST_DIR).glob(".tmp-*")):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def open_client(workers: int | None = None, scheduler: str | None = None,
                memory_limit: str = DEFAULT_MEMORY_LIMIT):
    """A `distributed.Client`: connected to `scheduler` (an address such as ``tcp://host:8786``) when
    given, else to a new LocalCluster of `workers` single-threaded worker processes (default: one
    per CPU) with `memory_limit` each, its dashboard on a free loopback port (never the shared 8787). Close the client (and its cluster) after use."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           memory_limit=memory_limit, dashboard_address="127.0.0.1:0", silence_logs=40)
    client = Client(cluster)
    client._newsmill_cluster = cluster  # closed with the client by `close_client`
    return client


def close_client(client) -> None:
    """Close a client from `open_client`, and its LocalCluster when it made one."""
    cluster = getattr(client, "_newsmill_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def run_archives(inputs: Iterable[str], out_dir: str | Path, fmt: str = "parquet", *, client=None,
                 workers: int | None = None, scheduler: str | None = None,
                 memory_limit: str = DEFAULT_MEMORY_LIMIT,
                 on_input: Callable[[str, str | None], None] | None = None,
                 on_records: Callable[[int], None] | None = None,
                 on_start: Callable[[int], None] | None = None) -> ArchiveRunReport:
    """Process web archives into one output shard each, on Dask, then remove duplicates across inputs.

    `inputs` as `expand_archive_inputs` takes them; `fmt` is "parquet", "jsonl" or "txt". The work runs
    on `client` when given, else on a client from `open_client(workers, scheduler, memory_limit)`
    (closed at the end). `out_dir` must be reachable by the workers under the same path. Inputs with a
    manifest from an earlier run are skipped, and the temporary files of a killed run deleted (so two
    runs must not write to the same `out_dir` at once). Callbacks: `on_start(n_inputs_to_process)`,
    `on_input(source, error_or_None)` after each input, `on_records(n)` as workers read records.
    Raises ValueError for an unknown format; a failing input is recorded in the report, never raised.
    """
    from distributed import as_completed

    if fmt not in ARCHIVE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(ARCHIVE_FORMATS)}")
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    sources, problems = expand_archive_inputs(inputs)
    report = ArchiveRunReport(inputs=sources, problems=problems)
    shards = {source: shard_name(source) for source in sources}
    todo = [s for s in sources if not manifest_path(out, shards[s], fmt).exists()]
    report.skipped = [s for s in sources if s not in todo]
    if on_start:
        on_start(len(todo))
    own_client = client is None and bool(todo)
    if own_client:
        client = open_client(workers, scheduler, memory_limit)
    try:
        if todo:
            if on_records:
                client.subscribe_topic(PROGRESS_TOPIC, lambda event: on_records(int(event[1])))
            run_id = uuid.uuid4().hex[:12]  # task keys unique per run: a key Dask still holds would be reused
            futures = {client.submit(process_archive, source, str(out), fmt, shards[source],
                                     key=f"newsmill-warc-{shards[source]}-{run_id}", pure=False): source
                       for source in todo}
            for future in as_completed(futures):
                source = futures[future]
                try:
                    future.result()
                    error = None
                except Exception as exc:  # noqa: BLE001 - reported per input, the others go on
                    error = f"{type(exc).__name__}: {exc}"
                    report.failed[source] = error
                if on_input:
                    on_input(source, error)
                future.release()
            if on_records:
                client.unsubscribe_topic(PROGRESS_TOPIC)
    finally:
        if own_client:
            close_client(client)
    for source in sources:
        path = manifest_path(out, shards[source], fmt)
        if path.exists():
            report.counts.update(json.loads(path.read_text(encoding="utf-8"))["counts"])
    report.cross_duplicates, report.rows = dedup_shards(out, [shards[s] for s in sources], fmt)
    return report
