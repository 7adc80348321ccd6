"""The polite asynchronous HTTP fetcher (httpx).

Per request: only http/https; the host's addresses checked (no private targets unless allowed);
robots.txt of the origin obeyed; the per-host gate waited for (at most `per_host` requests in flight
per host, successive requests spaced by the origin's crawl-delay); a global limit of `concurrency`
requests. Timeouts, connection errors, HTTP 429 and 5xx are retried with exponential backoff and
jitter, honouring `Retry-After`. Redirects are followed by hand (limit, loop detection, each hop
checked again). Bodies are streamed and capped; content types outside `accept` are not read.

Nothing here raises for a failed fetch: the outcome, with its reason, is in the FetchResult.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from .robots import RobotsPolicy
from .safety import BlockedAddress, check_host, public_only_transport

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DEFAULT_USER_AGENT = "newsmill/0.1 (news archiver; +https://pypi.org/project/newsmill/)"

ExchangeHook = Callable[[str, dict[str, str], "httpx.Response", bytes], None]
"""Called with (url, request headers, response, body) for every response received (redirect hops
included): the WARC writer's entry point."""


@dataclass(slots=True)
class FetchConfig:
    """Fetcher settings. Times are seconds, sizes bytes.

    `min_delay` spaces requests to one host when robots.txt gives no crawl-delay; a crawl-delay
    above `max_crawl_delay` is lowered to it. `retries` is the number of extra attempts after the
    first; a Retry-After above `max_retry_after` ends the fetch as a retryable failure instead.
    """

    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = 16
    per_host: int = 1
    min_delay: float = 0.0
    max_crawl_delay: float = 30.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_retry_after: float = 300.0
    allow_private: bool = False
    obey_robots: bool = True


@dataclass(slots=True)
class FetchResult:
    """The outcome of fetching one URL.

    `status` is the last HTTP status (None when no response came); `final_url` the URL after
    redirects; `body` the decoded (Content-Encoding removed) bytes, empty unless `ok`; `charset` the
    Content-Type charset; `attempts` the HTTP requests made (retries and redirect hops); `error` the
    failure reason ("" on success); `retryable` says a later
    attempt may succeed; `retry_after` is an epoch time before which not to retry (0 = none).
    `network_seconds` sums the time spent in HTTP exchanges, waits excluded.
    """

    url: str
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    redirects: list[str] = field(default_factory=list)
    attempts: int = 0
    error: str = ""
    retryable: bool = False
    retry_after: float = 0.0
    network_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True for a 2xx response with its body read."""
        return not self.error and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304


class Failure(Exception):
    """One attempt's failure: `reason` for the record, `retryable` for the retry loop."""

    def __init__(self, reason: str, retryable: bool = False, wait: float = 0.0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.wait = wait


class HostGate:
    """Politeness for one host: at most `slots` requests in flight; a request starts `delay` s after
    the previous one started and after the previous exchange ended."""

    def __init__(self, slots: int) -> None:
        self.semaphore = asyncio.Semaphore(max(1, slots))
        self.delay = 0.0
        self.next_start = 0.0

    def hold_off(self, seconds: float) -> None:
        """Let no request start for `seconds` from now (Retry-After, backoff)."""
        self.next_start = max(self.next_start, time.monotonic() + seconds)

    async def wait_turn(self) -> None:
        """Sleep until a request may start, then book the next start `delay` seconds later."""
        while True:
            wait = self.next_start - time.monotonic()
            if wait <= 0:
                break
            await asyncio.sleep(wait)
        self.next_start = time.monotonic() + self.delay


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def media_type(content_type: str) -> str:
    """The lower-case media type of a Content-Type header: ``text/html; charset=x`` -> ``text/html``."""
    return content_type.split(";", 1)[0].strip().lower()


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL: the scope of a robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class Fetcher:
    """Polite async fetcher. Use as ``async with Fetcher(config) as fetcher: await fetcher.fetch(url)``.

    `robots_store` (optional) caches robots.txt bodies across runs: an object with
    ``get_robots(origin) -> str | None`` and ``put_robots(origin, text)``. `on_exchange` is called
    for every response (see ExchangeHook). `transport` replaces httpx's (tests).
    """

    def __init__(self, config: FetchConfig | None = None, *, robots_store: Any = None,
                 on_exchange: ExchangeHook | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.config = config or FetchConfig()
        self.robots_store = robots_store
        self.on_exchange = on_exchange
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._global = asyncio.Semaphore(max(1, self.config.concurrency))
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, RobotsPolicy] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._checked_hosts: dict[str, str] = {}
        self.requests = 0
        self.network_seconds = 0.0

    async def __aenter__(self) -> "Fetcher":
        c = self.config
        timeout = httpx.Timeout(c.read_timeout, connect=c.connect_timeout)
        limits = httpx.Limits(max_connections=c.concurrency, max_keepalive_connections=c.concurrency)
        transport = self._transport
        if transport is None and not c.allow_private:
            transport = public_only_transport(limits)
        self._client = httpx.AsyncClient(timeout=timeout, limits=limits, follow_redirects=False,
                                         headers={"User-Agent": c.user_agent}, transport=transport,
                                         trust_env=False)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def gate(self, url: str) -> HostGate:
        """The politeness gate of `url`'s host (created on first use)."""
        host = urlsplit(url).netloc.lower()
        if host not in self._gates:
            self._gates[host] = HostGate(self.config.per_host)
        return self._gates[host]

    async def robots(self, url: str) -> RobotsPolicy:
        """The robots.txt policy of `url`'s origin, fetched once per run (or read from the store).

        Also sets the origin's crawl-delay on its host gate.
        """
        origin = origin_of(url)
        if origin in self._robots:
            return self._robots[origin]
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._robots:
                policy = await self._load_robots(origin)
                delay = max(self.config.min_delay, min(policy.crawl_delay(self.config.user_agent),
                                                       self.config.max_crawl_delay))
                gate = self.gate(url)
                gate.delay = delay
                gate.hold_off(delay)  # the robots.txt request itself counts as the previous one
                self._robots[origin] = policy
        return self._robots[origin]

    async def _load_robots(self, origin: str) -> RobotsPolicy:
        if not self.config.obey_robots:
            return RobotsPolicy(origin)
        cached = self.robots_store.get_robots(origin) if self.robots_store is not None else None
        if cached is not None:
            return RobotsPolicy.from_text(origin, cached)
        result = await self._fetch(origin + "/robots.txt", headers={}, accept=None, check_robots=False)
        if result.ok:
            text = result.body.decode(result.charset or "utf-8", errors="replace")
            if self.robots_store is not None:
                self.robots_store.put_robots(origin, text)
            return RobotsPolicy.from_text(origin, text)
        if result.status is not None and 400 <= result.status < 500:
            if self.robots_store is not None:
                self.robots_store.put_robots(origin, "")
            return RobotsPolicy(origin)
        if result.error.startswith("blocked"):
            return RobotsPolicy(origin, deny_all=True, reason=result.error)
        return RobotsPolicy(origin, deny_all=True,
                            reason=f"robots.txt unavailable ({result.error or result.status})")

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    accept: frozenset[str] | None = HTML_TYPES) -> FetchResult:
        """Fetch `url` politely; never raises for network or HTTP failures.

        `etag`/`last_modified` make the request conditional (a 304 gives `not_modified`). `accept`
        is the set of media types whose bodies are read (None: any); others end with an error
        "content type X skipped" without reading the body; a missing Content-Type is accepted.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return await self._fetch(url, headers=headers, accept=accept, check_robots=True)

    async def _fetch(self, url: str, *, headers: dict[str, str], accept: frozenset[str] | None,
                     check_robots: bool) -> FetchResult:
        result = FetchResult(url=url)
        current, seen = url, {url}
        while True:
            try:
                response = await self._with_retries(current, headers, accept, check_robots, result)
            except Failure as failure:
                result.error, result.retryable = failure.reason, failure.retryable
                if failure.wait:
                    result.retry_after = time.time() + failure.wait
                result.final_url = current
                return result
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                target = urljoin(current, location.strip())
                result.redirects.append(current)
                if target in seen:
                    result.error, result.final_url = f"redirect loop at {target}", target
                    return result
                if len(result.redirects) > self.config.max_redirects:
                    result.error = f"more than {self.config.max_redirects} redirects"
                    result.final_url = target
                    return result
                seen.add(target)
                current = target
                headers = {}
                continue
            result.final_url = current
            return result

    async def _with_retries(self, url: str, headers: dict[str, str], accept: frozenset[str] | None,
                            check_robots: bool, result: FetchResult) -> httpx.Response:
        c = self.config
        await self._precheck(url, check_robots)
        gate = self.gate(url)
        for attempt in range(c.retries + 1):
            result.attempts += 1
            try:
                return await self._attempt(url, headers, accept, gate, result)
            except Failure as failure:
                if not failure.retryable or attempt == c.retries:
                    raise
                if failure.wait > c.max_retry_after:
                    raise
                pause = min(c.max_backoff, c.backoff * 2 ** attempt) * (0.5 + random.random())
                gate.hold_off(max(pause, failure.wait))
        raise AssertionError("unreachable")

    async def _precheck(self, url: str, check_robots: bool) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise Failure(f"unsupported URL {url!r}")
        if not self.config.allow_private:
            host = parts.hostname
            if host not in self._checked_hosts:
                try:
                    await check_host(host, parts.port or (443 if parts.scheme == "https" else 80))
                    self._checked_hosts[host] = ""
                except BlockedAddress as error:
                    self._checked_hosts[host] = f"blocked: {error}"
                except OSError as error:
                    raise Failure(f"DNS: {error}", retryable=True) from None
            if self._checked_hosts[host]:
                raise Failure(self._checked_hosts[host])
        if check_robots:
            policy = await self.robots(url)
            if not policy.allows(url, self.config.user_agent):
                # an unreadable robots.txt forbids for now only; a Disallow rule is final
                raise Failure(policy.reason or "disallowed by robots.txt",
                              retryable=policy.deny_all and not policy.reason.startswith("blocked"))
        else:
            self.gate(url)

    async def _attempt(self, url: str, headers: dict[str, str], accept: frozenset[str] | None,
                       gate: HostGate, result: FetchResult) -> httpx.Response:
        c = self.config
        async with gate.semaphore:
            await gate.wait_turn()
            async with self._global:
                started = time.perf_counter()
                try:
                    async with asyncio.timeout(c.total_timeout):
                        response, body = await self._exchange(url, headers, accept)
                except (httpx.TimeoutException, TimeoutError):
                    raise Failure("timeout", retryable=True) from None
                except (httpx.NetworkError, httpx.RemoteProtocolError) as error:
                    if "non-public address" in str(error):  # caught at connect time (DNS rebinding)
                        raise Failure(f"blocked: {error}") from None
                    raise Failure(f"connection: {type(error).__name__}: {error}".rstrip(": "),
                                  retryable=True) from None
                except httpx.HTTPError as error:
                    raise Failure(f"http: {type(error).__name__}: {error}") from None
                finally:
                    # the crawl-delay runs from the end of this exchange (stricter than from its start)
                    gate.next_start = max(gate.next_start, time.monotonic() + gate.delay)
                    spent = time.perf_counter() - started
                    self.network_seconds += spent
                    result.network_seconds += spent
                    self.requests += 1
        status = response.status_code
        result.status = status
        result.headers = dict(response.headers)
        if self.on_exchange is not None:
            self.on_exchange(url, {**headers, "User-Agent": c.user_agent}, response, body or b"")
        if status in RETRY_STATUSES or status >= 500:
            wait = parse_retry_after(response.headers.get("retry-after")) or 0.0
            if wait:
                gate.hold_off(min(wait, c.max_retry_after))
            raise Failure(f"HTTP {status}", retryable=True, wait=wait)
        if status in REDIRECT_STATUSES or status == 304:
            return response
        if status >= 400:
            raise Failure(f"HTTP {status}")
        result.content_type = media_type(response.headers.get("content-type", ""))
        result.charset = response.charset_encoding
        if body is None:
            raise Failure(f"content type {result.content_type} skipped")
        result.body = body
        return response

    async def _exchange(self, url: str, headers: dict[str, str],
                        accept: frozenset[str] | None) -> tuple[httpx.Response, bytes | None]:
        """One HTTP exchange: the response and its capped body (None when the type is refused)."""
        cap = self.config.max_bytes
        assert self._client is not None, "use the Fetcher as an async context manager"
        async with self._client.stream("GET", url, headers=headers) as response:
            if response.status_code in REDIRECT_STATUSES or response.status_code == 304 \
                    or response.status_code >= 400:
                return response, b""
            kind = media_type(response.headers.get("content-type", ""))
            if accept is not None and kind and kind not in accept:
                return response, None
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > cap:
                raise Failure(f"body of {length} bytes exceeds the {cap}-byte cap")
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise Failure(f"body exceeds the {cap}-byte cap")
                chunks.append(chunk)
            return response, b"".join(chunks)
