"""The polite fetcher against the loopback fixture site (fetch/)."""

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
from harvest_site import ARTICLES, DISALLOWED_PATH, FAULT_FAILURES, NewsSite, SiteConfig, bulk_path  # noqa: E402

from newsmill.fetch import FetchConfig, Fetcher  # noqa: E402
from newsmill.fetch.fetcher import parse_retry_after  # noqa: E402
from newsmill.fetch.safety import is_public  # noqa: E402


def config(**changes) -> FetchConfig:
    base = dict(allow_private=True, connect_timeout=0.5, read_timeout=0.4, total_timeout=1.0, retries=1,
                backoff=0.02, max_bytes=1_000_000)
    base.update(changes)
    return FetchConfig(**base)


async def fetch_all(urls, cfg, **kwargs):
    async with Fetcher(cfg, **kwargs) as fetcher:
        return await asyncio.gather(*(fetcher.fetch(u) for u in urls))


@pytest.fixture(scope="module")
def site():
    with NewsSite(["127.0.0.2"], SiteConfig(crawl_delay=0.05, slow_seconds=1.0)) as running:
        yield running


def run(coro):
    return asyncio.run(coro)


def test_article_fetched_with_charset(site):
    base = site.bases[0]
    [result] = run(fetch_all([base + ARTICLES["second"][0]], config()))
    assert result.ok and result.status == 200 and result.charset == "windows-1252"
    assert "€".encode("cp1252") in result.body and result.final_url == base + ARTICLES["second"][0]


def test_faults_end_as_recorded_outcomes(site):
    base = site.bases[0]
    urls = {name: base + path for name, path in FAULT_FAILURES.items()}
    urls["flaky"] = base + ARTICLES["flaky"][0]
    urls["limited"] = base + ARTICLES["limited"][0]
    urls["moved"] = base + "/news/old-path-story"
    urls["private"] = base + DISALLOWED_PATH
    names = list(urls)
    results = dict(zip(names, run(fetch_all([urls[n] for n in names], config()))))
    assert results["slow"].error == "timeout" and results["slow"].retryable and results["slow"].attempts == 2
    assert results["reset"].error.startswith("connection:") and results["reset"].retryable
    assert results["loop"].error.startswith("redirect loop") and not results["loop"].retryable
    assert results["huge"].error == "body exceeds the 1000000-byte cap"
    assert results["pdf"].error == "content type application/pdf skipped" and results["pdf"].body == b""
    assert results["flaky"].ok and results["flaky"].attempts == 2
    assert results["limited"].ok and results["limited"].attempts == 2
    assert results["moved"].ok and results["moved"].final_url == base + ARTICLES["relocated"][0]
    assert results["moved"].redirects == [urls["moved"]]
    assert results["private"].error == "disallowed by robots.txt"
    assert DISALLOWED_PATH not in site.paths(base)
    # Retry-After: 1 was honoured: the second request came at least a second after the 429
    limited = [r for r in site.requests if r["path"] == ARTICLES["limited"][0]]
    assert [r["status"] for r in limited] == [429, 200]
    assert limited[1]["start"] - limited[0]["end"] >= 0.99


def test_private_addresses_blocked_by_default(site):
    before = len(site.requests)
    [result] = run(fetch_all([site.bases[0] + "/"], config(allow_private=False)))
    assert "non-public address 127.0.0.2" in result.error and not result.retryable
    assert len(site.requests) == before  # not even robots.txt was requested


def test_only_http_and_https():
    [result] = run(fetch_all(["file:///etc/passwd"], config()))
    assert result.error.startswith("unsupported URL")


@pytest.mark.parametrize("address, public", [("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False),
                                             ("169.254.1.1", False), ("224.0.0.1", False), ("::1", False),
                                             ("fe80::1", False), ("::ffff:10.0.0.1", False), ("100.64.0.1", False),
                                             ("8.8.8.8", True), ("2001:4860:4860::8888", True)])
def test_is_public(address, public):
    assert is_public(address) is public


def test_conditional_get(site):
    base = site.bases[0]

    async def go():
        async with Fetcher(config()) as fetcher:
            first = await fetcher.fetch(base + "/feeds/rss.xml", accept=None)
            second = await fetcher.fetch(base + "/feeds/rss.xml", etag=first.headers["etag"], accept=None)
            third = await fetcher.fetch(base + "/feeds/rss.xml", last_modified=first.headers["last-modified"],
                                        accept=None)
            return first, second, third

    first, second, third = run(go())
    assert first.ok and b"<rss" in first.body
    assert second.not_modified and third.not_modified and second.body == b""


def test_retry_after_parsing():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_politeness_per_host_and_concurrency_across_hosts():
    """One request in flight per host, starts spaced by the crawl-delay, hosts fetched in parallel."""
    addresses = [f"127.0.0.{i}" for i in range(2, 7)]
    with NewsSite(addresses, SiteConfig(crawl_delay=0.2, bulk=3, full=False, latency=0.15)) as site:
        urls = [base + bulk_path(i) for base in site.bases for i in range(3)]
        results = run(fetch_all(urls, config(concurrency=8)))
        assert all(r.ok for r in results)
        log = sorted(site.requests, key=lambda r: r["start"])
    for base in site.bases:
        mine = [r for r in log if r["host"] == base]
        assert [r["path"] for r in mine][0] == "/robots.txt" and len(mine) == 4
        for before, after in zip(mine, mine[1:]):
            assert after["start"] >= before["end"]  # never two in flight
            assert after["start"] - before["start"] >= 0.2 - 0.01  # crawl-delay kept
    overlapping = sum(1 for a in log for b in log if a is not b and a["host"] != b["host"]
                      and a["start"] < b["end"] and b["start"] < a["end"])
    assert overlapping > 0  # different hosts were fetched at the same time


def test_unreadable_robots_txt_forbids_for_now():
    """robots.txt answering 5xx: nothing fetched from the origin, a retryable failure."""
    import http.server
    import threading

    class Broken(http.server.BaseHTTPRequestHandler):
        paths = []

        def do_GET(self):  # noqa: N802
            Broken.paths.append(self.path)
            self.send_response(503 if self.path == "/robots.txt" else 200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.8", 0), Broken)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.8:{server.server_address[1]}"
        [result] = run(fetch_all([base + "/news/a-story-here"], config(retries=0)))
    finally:
        server.shutdown()
        server.server_close()
    assert result.error == "robots.txt unavailable (HTTP 503)" and result.retryable
    assert Broken.paths == ["/robots.txt"]


def test_robots_policy_groups_delay_and_sitemaps():
    from newsmill.fetch.fetcher import DEFAULT_USER_AGENT
    from newsmill.fetch.robots import RobotsPolicy

    policy = RobotsPolicy.from_text("https://e.com", "User-agent: newsmill\nDisallow: /x\nCrawl-delay: 5\n\n"
                                    "User-agent: *\nDisallow: /y\nRequest-rate: 1/10\n"
                                    "Sitemap: https://e.com/s.xml\n")
    assert not policy.allows("https://e.com/x/a", DEFAULT_USER_AGENT)
    assert policy.allows("https://e.com/y/a", DEFAULT_USER_AGENT)  # our group replaces the * group
    assert policy.crawl_delay(DEFAULT_USER_AGENT) == 5.0
    assert policy.crawl_delay("otherbot") == 10.0  # from Request-rate 1/10
    assert policy.sitemaps() == ["https://e.com/s.xml"]
    assert policy.allows("https://e.com/robots.txt", "otherbot")
    assert RobotsPolicy("https://e.com").allows("https://e.com/anything", "x")
    assert not RobotsPolicy("https://e.com", deny_all=True).allows("https://e.com/a", "x")


def test_connect_time_check_blocks_a_rebound_name(site, monkeypatch):
    """A name that passes the first check but resolves to loopback at connect time is refused."""
    import newsmill.fetch.fetcher as fetcher_module

    async def passes(host, port):
        return None

    monkeypatch.setattr(fetcher_module, "check_host", passes)  # the first lookup said "public"
    before = len(site.requests)
    [result] = run(fetch_all([site.bases[0] + ARTICLES["first"][0]], config(allow_private=False, retries=0)))
    assert result.error.startswith("blocked: 127.0.0.2 resolves to non-public address 127.0.0.2")
    assert not result.retryable and len(site.requests) == before
