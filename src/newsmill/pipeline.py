"""sources -> fetch -> extract -> store, on one machine or on a Dask cluster."""

from __future__ import annotations


# --- harvest: live sites (issue 5) ---
#
# harvest = discover (feeds, sitemaps, pages) -> catalogue -> polite fetch -> extract -> store once.
# The catalogue (store.catalogue) makes every step resumable; see its docstring for the states.

import asyncio as _asyncio
import hashlib as _hashlib
import json as _json
import os as _os
import re as _re
import time as _time
from collections import Counter as _Counter
from collections import deque as _deque
from collections.abc import Callable as _Callable
from concurrent.futures import Executor as _Executor
from concurrent.futures import BrokenExecutor as _BrokenExecutor
from concurrent.futures import ProcessPoolExecutor as _ProcessPoolExecutor
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from datetime import datetime as _datetime
from datetime import timezone as _timezone
from pathlib import Path as _Path
from urllib.parse import urlsplit as _urlsplit

from .fetch.fetcher import FetchConfig as _FetchConfig

HARVEST_HOME_SITEMAP = "/sitemap.xml"
MAX_SITEMAP_DEPTH = 3
"""Sitemap indexes are followed this many levels deep (an index of indexes of URL sets is 2)."""


@_dataclass
class HarvestOptions:
    """What a harvest writes where, and how hard it may try.

    `fmt` is the per-article format of `newsmill extract` (a JSON Lines index `articles.jsonl` is
    always written too); `catalogue` defaults to ``out_dir/catalogue.sqlite``; `since` (aware) drops
    candidates and articles published earlier; `max_articles` caps new articles per poll; `warc`
    archives every response under ``out_dir/warc``; `workers` extraction processes (0: in the event
    loop's thread); `max_attempts` HTTP requests of a failing URL over all runs (retries included)
    before it is given up; a later run retries it `retry_delay` seconds after the first failed run,
    the delay doubling with each failed run; `fetch` the fetcher's settings (default FetchConfig()).
    """

    out_dir: _Path
    fmt: str = "txt"
    catalogue: _Path | None = None
    since: _datetime | None = None
    max_articles: int | None = None
    warc: bool = False
    fetch: _FetchConfig | None = None
    workers: int = 0
    max_attempts: int = 12
    retry_delay: float = 3600.0

    @property
    def catalogue_path(self) -> _Path:
        """Where the catalogue lives."""
        return self.catalogue or self.out_dir / "catalogue.sqlite"


@_dataclass
class HarvestStats:
    """Counts of one poll, per host and overall, and where the time went (seconds).

    `hosts[host][event]` counts the events "discovered", "queued", "fetched", "extracted",
    "duplicate", "skipped" and "failed". `network_seconds` is time inside HTTP exchanges,
    `extract_seconds` time inside the extractor (summed over workers), `store_seconds` time in the
    catalogue and the writers after a page was fetched, `wall_seconds` the poll.
    """

    hosts: dict[str, _Counter] = _field(default_factory=dict)
    sources: dict[str, str] = _field(default_factory=dict)
    requests: int = 0
    conditional_requests: int = 0
    not_modified: int = 0
    written: int = 0
    network_seconds: float = 0.0
    extract_seconds: float = 0.0
    store_seconds: float = 0.0
    wall_seconds: float = 0.0

    def count(self, host: str, event: str, n: int = 1) -> None:
        """Add `n` to the `event` counter of `host`."""
        self.hosts.setdefault(host, _Counter())[event] += n

    def total(self, event: str) -> int:
        """The `event` count over all hosts."""
        return sum(counter[event] for counter in self.hosts.values())


HarvestEvent = _Callable[[str, dict], None]
"""Progress callback: (event name, details) for "source", "discovered", "fetched", "extracted",
"duplicate", "skipped", "failed" and "written" (details hold url, host, reason...)."""


def parse_since(text: str) -> _datetime:
    """An ISO date or datetime as an aware datetime (UTC when no offset). Raises ValueError."""
    value = _datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=_timezone.utc)


_DURATION = _re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_duration(text: str) -> float:
    """Seconds of a duration like "90", "90s", "15m", "2h" or "1d". Raises ValueError."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 2h)")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def expand_sources(specs: list[str]) -> list[str]:
    """SOURCE arguments -> source URLs: a local file contributes its lines (see `read_url_list`).

    Raises ValueError for an argument that is neither an existing file nor an http(s) URL.
    """
    from .sources.urls import read_url_list

    urls: list[str] = []
    for spec in specs:
        if _os.path.isfile(spec):
            urls.extend(read_url_list(spec))
        elif spec.lower().startswith(("http://", "https://")):
            urls.append(spec)
        else:
            raise ValueError(f"not a file nor an http(s) URL: {spec}")
    return urls


def content_hash(article) -> str | None:
    """SHA-256 (32 hex digits) of the site and the body text (case- and whitespace-folded); None
    without text. The site (host of the canonical URL without "www.") is part of the key so that
    one site's article reached by two URLs is stored once while the same wire copy published by
    two outlets stays two articles, each with its publisher."""
    from .sources.urls import site_key

    text = " ".join(article.text.split()).casefold()
    if not text:
        return None
    site = site_key((_urlsplit(article.canonical_url or article.url or "").hostname or "").lower())
    return _hashlib.sha256(f"{site}\n{text}".encode("utf-8")).hexdigest()[:32]


def extract_fetched(body: bytes, url: str, charset: str | None):
    """Run the extractor on a fetched page: (Article or None, error text, seconds spent).

    A top-level function so that a process pool can run it.
    """
    from .extract import extract

    started = _time.perf_counter()
    try:
        article = extract(body, url=url, charset=charset)
    except Exception as error:  # a page the extractor cannot read is recorded, never fatal
        return None, f"extract: {type(error).__name__}: {error}", _time.perf_counter() - started
    return article, "", _time.perf_counter() - started


def jsonl_ids(path: _Path) -> set[str]:
    """The article ids of a JSON Lines file; a last line cut short by a crash is removed first."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(path, "r+b") as handle:
            handle.truncate(cut)
        data = data[:cut]
    ids = set()
    for line in data.splitlines():
        try:
            ids.add(_json.loads(line)["id"])
        except (ValueError, KeyError, TypeError):
            continue
    return ids


def _aware(value: _datetime | None) -> _datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=_timezone.utc)


class Harvester:
    """One harvest poll over a set of source URLs; see `run_harvest` for the plain entry point.

    `catalogue` is an open `store.catalogue.Catalogue`, `executor` runs extraction (None: inline).
    """

    def __init__(self, options: HarvestOptions, catalogue, *, on_event: HarvestEvent | None = None,
                 executor: _Executor | None = None) -> None:
        from .store.writers import JSONL_NAME, DocumentWriter

        self.options = options
        self.catalogue = catalogue
        self.on_event = on_event or (lambda event, details: None)
        self.executor = executor
        self.config = options.fetch or _FetchConfig()
        self.stats = HarvestStats()
        self.writers = [DocumentWriter(options.out_dir, options.fmt)]
        if options.fmt != "jsonl":
            self.writers.append(DocumentWriter(options.out_dir, "jsonl"))
        self.jsonl_path = options.out_dir / JSONL_NAME
        self.jsonl_ids: set[str] = set()
        self.archive = None
        self.in_flight = 0
        self._polled: set[str] = set()

    def emit(self, event: str, host: str = "", **details) -> None:
        """Count `event` for `host` and tell the progress callback."""
        if host:
            self.stats.count(host, event)
        self.on_event(event, {"host": host, **details})

    # output

    def write_article(self, sequence: int, article) -> None:
        """Write an article's documents (per-file atomically, index line once) and mark it written."""
        for writer in self.writers:
            if writer.fmt == "jsonl":
                if article.id in self.jsonl_ids:
                    continue
                writer.write(article, sequence)
                self.jsonl_ids.add(article.id)
            else:
                writer.write(article, sequence)
        self.catalogue.mark_written(article.id)
        self.stats.written += 1
        self.emit("written", "", url=article.url, id=article.id, sequence=sequence)

    def recover(self) -> None:
        """Finish what a killed run left: documents of pending articles (and no temporary files of
        `write_atomic` cut short)."""
        self.options.out_dir.mkdir(parents=True, exist_ok=True)
        for leftover in self.options.out_dir.glob(".tmp-*"):
            leftover.unlink(missing_ok=True)
        self.jsonl_ids = jsonl_ids(self.jsonl_path)
        for sequence, article in self.catalogue.pending_articles():
            self.write_article(sequence, article)

    # discovery

    def add_candidates(self, source: str, candidates, site_hosts: list[str], strict: bool) -> int:
        """Canonicalise, filter (site, article-likeness when `strict`, --since) and catalogue
        candidates; returns how many were new."""
        from .sources.urls import UnsupportedURL, canonicalize, host_of, is_article_url, same_site

        since = self.options.since
        rows, seen = [], set()
        for candidate in candidates:
            try:
                url = canonicalize(candidate.url)
            except UnsupportedURL:
                continue
            keep = is_article_url(url, site_hosts) if strict else same_site(url, site_hosts)
            if not keep or url in seen:
                continue
            published = _aware(candidate.published)
            if since is not None and published is not None and published < since:
                continue
            seen.add(url)
            rows.append((url, host_of(url), source, published.isoformat() if published else None))
        added = self.catalogue.add_urls(rows)
        for url in added:
            self.emit("discovered", host_of(url), url=url, source=source)
        return len(added)

    async def fetch_source(self, url: str, accept):
        """Conditional GET of a source with the stored validators; counts the request."""
        stored = self.catalogue.source(url)
        etag = stored.etag if stored else None
        modified = stored.last_modified if stored else None
        result = await self.fetcher.fetch(url, etag=etag, last_modified=modified, accept=accept)
        self.stats.requests += result.attempts
        if etag or modified:
            self.stats.conditional_requests += 1
        if result.not_modified:
            self.stats.not_modified += 1
        return result, stored

    def record_source(self, url: str, kind: str, result, children=None, error: str | None = "") -> None:
        """Store a source poll (validators of a 200 answer) and report it."""
        headers = result.headers if result.ok else {}
        if result.not_modified:
            error = None  # the document is the one seen before, and so is its error
        self.catalogue.record_source(url, kind, site=_urlsplit(url).hostname or "", status=result.status,
                                     etag=headers.get("etag"), last_modified=headers.get("last-modified"),
                                     children=children, error=error)
        status = "not modified" if result.not_modified else (error or result.error or "ok")
        self.stats.sources[url] = status
        self.on_event("source", {"url": url, "kind": kind, "status": status})

    async def poll_page(self, url: str) -> None:
        """A home or section page: its feeds, its article links, its site's sitemaps."""
        from .fetch.fetcher import HTML_TYPES
        from .sources.feeds import Candidate, find_feed_links, find_page_links

        if url in self._polled:
            return
        self._polled.add(url)
        host = _urlsplit(url).hostname or ""
        result, stored = await self.fetch_source(url, HTML_TYPES)
        if result.not_modified:
            feeds = stored.children if stored else []
            self.record_source(url, "page", result)
        elif result.ok:
            base = result.final_url or url
            feeds = find_feed_links(result.body, base)
            links = [Candidate(link) for link in find_page_links(result.body, base)]
            self.add_candidates(url, links, [host], strict=True)
            self.record_source(url, "page", result, children=feeds)
        else:
            feeds = stored.children if stored else []
            self.record_source(url, "page", result, error=result.error)
        tasks = [self.poll_xml(feed, [host, _urlsplit(feed).hostname or ""]) for feed in feeds]
        tasks.append(self.poll_sitemaps(url, [host]))
        await _asyncio.gather(*tasks)

    async def poll_sitemaps(self, url: str, site_hosts: list[str]) -> None:
        """The sitemaps robots.txt lists for `url`'s site, else its /sitemap.xml."""
        from .fetch.fetcher import origin_of

        origin = origin_of(url)
        policy = await self.fetcher.robots(url)
        sitemaps = policy.sitemaps() or [origin + HARVEST_HOME_SITEMAP]
        await _asyncio.gather(*(self.poll_xml(sitemap, site_hosts) for sitemap in sitemaps))

    async def poll_xml(self, url: str, site_hosts: list[str], depth: int = 0) -> None:
        """A feed or a sitemap (told apart by content); a sitemap index's children recursively."""
        from .sources.feeds import UnsafeXML, is_feed, parse_feed
        from .sources.sitemaps import gunzip_capped, is_sitemap, parse_sitemap

        if url in self._polled:
            return
        self._polled.add(url)
        result, stored = await self.fetch_source(url, None)
        children: list[str] = []
        if result.not_modified:
            self.record_source(url, stored.kind if stored else "xml", result)
            children = stored.children if stored else []
        elif not result.ok:
            self.record_source(url, stored.kind if stored else "xml", result, error=result.error)
            return
        else:
            kind, error = "xml", ""
            try:
                data = gunzip_capped(result.body)
                base = result.final_url or url
                if is_sitemap(data):
                    kind = "sitemap"
                    sitemap = parse_sitemap(data, base)
                    children = self.recent_children(sitemap)
                    self.add_candidates(url, sitemap.candidates, site_hosts, strict=True)
                elif is_feed(data):
                    kind = "feed"
                    self.add_candidates(url, parse_feed(data, base), site_hosts, strict=False)
                else:
                    error = "neither a feed nor a sitemap"
            except (UnsafeXML, ValueError) as problem:
                error = str(problem)
            self.record_source(url, kind, result, children=children, error=error)
        if depth < MAX_SITEMAP_DEPTH:
            await _asyncio.gather(*(self.poll_xml(child, site_hosts, depth + 1) for child in children))

    def recent_children(self, sitemap) -> list[str]:
        """The child sitemaps of an index, without those last modified before --since."""
        since = self.options.since
        if since is None:
            return sitemap.children
        return [url for url in sitemap.children
                if url not in sitemap.child_dates or sitemap.child_dates[url] >= since]

    async def discover(self, urls: list[str]) -> None:
        """Poll every source URL (concurrently; politeness is the fetcher's)."""
        from .sources.feeds import Candidate
        from .sources.urls import guess_source_kind

        tasks = []
        for url in urls:
            kind = guess_source_kind(url)
            host = _urlsplit(url).hostname or ""
            if kind == "article":
                self.add_candidates(url, [Candidate(url)], [host], strict=False)
            elif kind == "xml":
                tasks.append(self.poll_xml(url, [host]))
            else:
                tasks.append(self.poll_page(url))
        await _asyncio.gather(*tasks)

    # fetch and extract

    def budget_left(self) -> bool:
        """False once --max-articles new articles are written or being made."""
        limit = self.options.max_articles
        return limit is None or self.stats.written + self.in_flight < limit

    async def process_url(self, row) -> None:
        """Fetch one catalogued URL, record the outcome, extract and store its article."""
        from .fetch.fetcher import HTML_TYPES

        result = await self.fetcher.fetch(row.url, accept=HTML_TYPES)
        self.stats.requests += result.attempts
        if not result.ok:
            skipped = result.error.startswith(("content type", "disallowed by robots"))
            next_attempt = None
            if result.retryable and not skipped:
                failed_runs = row.attempts // max(1, self.config.retries + 1)
                next_attempt = max(result.retry_after,
                                   _time.time() + self.options.retry_delay * 2 ** min(failed_runs, 8))
            self.catalogue.record_failed(row.url, result.error, attempts=result.attempts,
                                         status=result.status, final_url=result.final_url,
                                         next_attempt=next_attempt,
                                         state="skipped" if skipped else "failed")
            self.emit("skipped" if skipped else "failed", row.host, url=row.url, reason=result.error)
            return
        started = _time.perf_counter()
        self.catalogue.record_fetched(row.url, status=result.status, final_url=result.final_url,
                                      content_type=result.content_type, charset=result.charset,
                                      attempts=result.attempts, body=result.body)
        self.stats.store_seconds += _time.perf_counter() - started
        self.emit("fetched", row.host, url=row.url, status=result.status)
        await self.extract_and_store(row.url, result.final_url or row.url, result.charset, result.body,
                                     row.host)

    async def extract_and_store(self, url: str, final_url: str, charset: str | None, body: bytes,
                                host: str) -> None:
        """Extract a fetched page and store its article once (or record why not)."""
        from .sources.urls import UnsupportedURL, canonicalize

        if self.executor is None:
            article, error, seconds = extract_fetched(body, final_url, charset)
        else:
            loop = _asyncio.get_running_loop()
            try:
                article, error, seconds = await loop.run_in_executor(self.executor, extract_fetched,
                                                                     body, final_url, charset)
            except _BrokenExecutor as problem:  # a worker died (e.g. out of memory): go on inline
                self.executor = None
                self.emit("failed", host, url=url, reason=f"extraction worker lost: {problem}")
                article, error, seconds = extract_fetched(body, final_url, charset)
        self.stats.extract_seconds += seconds
        if article is None or not article.body:
            reason = error or "no article body found"
            self.catalogue.record_skipped(url, reason, state="failed" if error else "skipped")
            self.emit("failed" if error else "skipped", host, url=url, reason=reason)
            return
        since = self.options.since
        if since is not None and article.published is not None and _aware(article.published) < since:
            self.catalogue.record_skipped(url, "published before --since")
            self.emit("skipped", host, url=url, reason="published before --since")
            return
        canonical_link = article.canonical_url
        article.url = final_url
        try:
            article.canonical_url = canonicalize(canonical_link or final_url)
        except UnsupportedURL:
            article.canonical_url = canonicalize(final_url)
        started = _time.perf_counter()
        new, article_id, sequence = self.catalogue.record_article(url, article, content_hash(article),
                                                                  canonical_link)
        if new:
            self.emit("extracted", host, url=url, id=article_id)
            self.write_article(sequence, article)
        else:
            self.emit("duplicate", host, url=url, id=article_id)
        self.stats.store_seconds += _time.perf_counter() - started

    async def host_worker(self, rows: _deque) -> None:
        """Work through one host's URLs in order (politeness waits happen in the fetcher).

        An unexpected error on one URL is recorded as its failure; the others go on.
        """
        while rows and self.budget_left():
            row = rows.popleft()
            self.in_flight += 1
            try:
                await self.process_url(row)
            except Exception as error:  # a bug or a bad page must not end the whole run
                reason = f"internal error: {type(error).__name__}: {error}"
                self.catalogue.record_skipped(row.url, reason, state="failed")
                self.emit("failed", row.host, url=row.url, reason=reason)
            finally:
                self.in_flight -= 1

    async def crawl(self) -> None:
        """Fetch every due URL: per host `per_host` workers, hosts in parallel."""
        by_host: dict[str, _deque] = {}
        for row in self.catalogue.due_urls(self.options.max_attempts):
            by_host.setdefault(row.host, _deque()).append(row)
            self.emit("queued", row.host, url=row.url)
        workers = [self.host_worker(rows) for rows in by_host.values()
                   for _ in range(max(1, self.config.per_host))]
        await _asyncio.gather(*workers)

    async def finish_fetched(self) -> None:
        """Extract the pages a killed run fetched but did not extract."""
        for url, final_url, charset, body, _ in self.catalogue.fetched_bodies():
            await self.extract_and_store(url, final_url or url, charset, body, _urlsplit(url).hostname or "")

    async def run(self, urls: list[str]) -> HarvestStats:
        """One poll: recover, discover, crawl. Returns this poll's stats."""
        from .fetch import Fetcher
        from .store.warc import WarcArchive

        started = _time.perf_counter()
        self.recover()
        self.archive = WarcArchive(self.options.out_dir / "warc") if self.options.warc else None
        hook = self._archive_exchange if self.archive is not None else None
        try:
            async with Fetcher(self.config, robots_store=self.catalogue, on_exchange=hook) as fetcher:
                self.fetcher = fetcher
                await self.finish_fetched()
                await self.discover(urls)
                await self.crawl()
                self.stats.network_seconds = fetcher.network_seconds
        finally:
            for writer in self.writers:
                writer.close()
            if self.archive is not None:
                self.archive.close()
        self.stats.wall_seconds = _time.perf_counter() - started
        return self.stats

    def _archive_exchange(self, url, request_headers, response, body) -> None:
        self.archive.write_exchange(url, request_headers, response.status_code, response.reason_phrase,
                                    response.http_version, response.headers.multi_items(), body)


class HarvestBusy(RuntimeError):
    """Another harvest holds the output folder (two runs would write the same files)."""


class _FolderLock:
    """An exclusive, non-blocking lock on ``out_dir/.harvest.lock`` (released when the process
    ends, even by SIGKILL). Raises HarvestBusy when another process holds it."""

    def __init__(self, folder: _Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.handle = open(folder / ".harvest.lock", "a+")
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            raise HarvestBusy(f"another harvest is writing to {folder}") from None

    def __enter__(self) -> "_FolderLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def run_harvest(sources: list[str], options: HarvestOptions, *,
                on_event: HarvestEvent | None = None) -> HarvestStats:
    """Harvest `sources` (home page, feed, sitemap or article URLs) once into `options.out_dir`.

    Resumes whatever a previous run left in the catalogue. Returns the poll's HarvestStats; a
    source or page that fails is recorded in the catalogue, never raised. Raises HarvestBusy when
    another harvest is writing to the same folder.
    """
    from .store.catalogue import Catalogue

    with _FolderLock(options.out_dir):
        executor = _ProcessPoolExecutor(options.workers) if options.workers > 0 else None
        try:
            with Catalogue(options.catalogue_path) as catalogue:
                harvester = Harvester(options, catalogue, on_event=on_event, executor=executor)
                return _asyncio.run(harvester.run(sources))
        finally:
            if executor is not None:
                executor.shutdown(cancel_futures=True)


def run_monitor(sources: list[str], options: HarvestOptions, every: float, *,
                on_event: HarvestEvent | None = None, polls: int | None = None,
                on_poll: _Callable[[int, HarvestStats], None] | None = None) -> None:
    """Poll `sources` every `every` seconds (`polls` times, or until interrupted)."""
    done = 0
    while polls is None or done < polls:
        started = _time.monotonic()
        stats = run_harvest(sources, options, on_event=on_event)
        done += 1
        if on_poll is not None:
            on_poll(done, stats)
        if polls is not None and done >= polls:
            break
        _time.sleep(max(0.0, every - (_time.monotonic() - started)))


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
import sys
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
# Environment of the LocalCluster's workers: Arrow allocates from the C heap (which `release_memory`
# trims) rather than from mimalloc, which keeps freed pages (about 45 MB more at the peak).
WORKER_ENV = {"ARROW_DEFAULT_MEMORY_POOL": "system"}
SHARD_ROW_GROUP = 100  # rows per Parquet row group of an archive shard: the rows buffered in memory


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

        self.writer = ParquetShardWriter(shard_path(out_dir, shard, "parquet"), row_group_size=SHARD_ROW_GROUP)

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


RELEASE_EVERY = 200  # records between returns of freed memory to the operating system


def release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the OS (glibc's malloc_trim, where present,
    and Arrow's memory pool): libxml2 trees of all sizes leave the C heap fragmented, Arrow's
    allocator keeps what the Parquet writer freed, and a worker's resident size would otherwise grow
    with the size of the file."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    arrow = sys.modules.get("pyarrow")
    if arrow is not None:
        arrow.default_memory_pool().release_unused()


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
        for number, page in enumerate(iter_pages(source, counts), 1):
            pending += 1
            if number % RELEASE_EVERY == 0:
                release_memory()
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
                           memory_limit=memory_limit, dashboard_address="127.0.0.1:0", silence_logs=40,
                           env=WORKER_ENV)
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
