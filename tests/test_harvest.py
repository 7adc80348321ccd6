"""End-to-end harvest of the loopback fixture site (pipeline harvest section, CLI)."""

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
from harvest_site import (ARTICLES, DISALLOWED_PATH, DUPLICATE_PATH, FAULT_FAILURES, NewsSite,  # noqa: E402
                          SiteConfig)

from newsmill.article import article_id  # noqa: E402
from newsmill.cli import app  # noqa: E402
from newsmill.fetch import FetchConfig  # noqa: E402
from newsmill.pipeline import HarvestOptions, run_harvest, run_monitor  # noqa: E402
from newsmill.store.catalogue import Catalogue  # noqa: E402

FAULT_REASONS = {
    "slow": "timeout",
    "reset": "connection:",
    "loop": "redirect loop at",
    "huge": "body exceeds the 1000000-byte cap",
    "pdf": "content type application/pdf skipped",
}


def fetch_config(**changes) -> FetchConfig:
    base = dict(allow_private=True, connect_timeout=0.5, read_timeout=0.4, total_timeout=1.0, retries=1,
                backoff=0.02, max_bytes=1_000_000)
    base.update(changes)
    return FetchConfig(**base)


def expected_ids(base: str, exclude=()) -> set[str]:
    return {article_id(base + path) for name, (path, _, _) in ARTICLES.items() if name not in exclude}


def documents(folder: Path, suffix: str) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob(f"*.{suffix}"))}


def jsonl_ids(folder: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (folder / "articles.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def full_run(tmp_path_factory):
    """One harvest of the whole site with a 0.1 s crawl-delay, then a second (conditional) poll."""
    out = tmp_path_factory.mktemp("harvest")
    with NewsSite(["127.0.0.2"], SiteConfig(crawl_delay=0.1, slow_seconds=1.0)) as site:
        base = site.bases[0]
        options = HarvestOptions(out, fmt="txt", warc=True, fetch=fetch_config())
        polls = []
        run_monitor([base + "/"], options, every=0, polls=2, on_poll=lambda n, stats: polls.append(
            (stats, len(site.requests), documents(out, "txt"))))
        yield site, base, out, polls


def test_every_article_harvested_exactly_once(full_run):
    site, base, out, polls = full_run
    stats, _, files = polls[0]
    assert set(jsonl_ids(out)) == expected_ids(base) and len(jsonl_ids(out)) == len(ARTICLES)
    assert {name.split("_")[1].split(".")[0] for name in files} == expected_ids(base)
    assert sorted(int(name[:3]) for name in files) == list(range(len(ARTICLES)))
    assert stats.written == len(ARTICLES)
    third = next(text for name, text in files.items() if article_id(base + ARTICLES["third"][0]) in name)
    assert "Zürich" in third and "Déjà vu" in third  # iso-8859-1 declared in a meta only
    second = next(text for name, text in files.items() if article_id(base + ARTICLES["second"][0]) in name)
    assert "€" in second  # windows-1252 from the HTTP Content-Type


def test_catalogue_records_every_url(full_run):
    site, base, out, _ = full_run
    with Catalogue(out / "catalogue.sqlite") as cat:
        rows = {r["url"]: dict(r) for r in cat.db.execute("SELECT * FROM urls")}
        sources = {r["url"]: dict(r) for r in cat.db.execute("SELECT * FROM sources")}
    for name, reason in FAULT_REASONS.items():
        row = rows[base + FAULT_FAILURES[name]]
        assert row["state"] == ("skipped" if name == "pdf" else "failed") and row["reason"].startswith(reason)
    assert rows[base + FAULT_FAILURES["slow"]]["next_attempt"] is not None  # retried in a later run
    assert rows[base + FAULT_FAILURES["loop"]]["next_attempt"] is None
    assert rows[base + DISALLOWED_PATH]["state"] == "skipped"
    assert rows[base + DISALLOWED_PATH]["reason"] == "disallowed by robots.txt"
    duplicate = rows[base + DUPLICATE_PATH]
    assert duplicate["state"] == "extracted" and duplicate["reason"] == f"duplicate of {article_id(base + ARTICLES['first'][0])}"
    moved = rows[base + "/news/old-path-story"]
    assert moved["final_url"] == base + ARTICLES["relocated"][0]
    assert moved["canonical_link"] == base + ARTICLES["relocated"][0]
    assert rows[base + ARTICLES["flaky"][0]]["attempts"] == 2 and rows[base + ARTICLES["limited"][0]]["attempts"] == 2
    # tracking parameters folded: the first story is catalogued once, without utm_*
    assert [u for u in rows if "first-story" in u] == [base + ARTICLES["first"][0], base + DUPLICATE_PATH]
    assert "/tag/politics" not in " ".join(rows) and "/about" not in " ".join(rows)
    assert sources[base + "/feeds/bomb.xml"]["error"] == "unsafe XML refused: EntitiesForbidden"
    assert {sources[base + p]["kind"] for p in ("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/rdf.xml")} == {"feed"}
    assert sources[base + "/sitemaps/archive.xml.gz"]["kind"] == "sitemap"
    assert sources[base + "/sitemaps/plain.xml.gz"]["error"] is None
    assert json.loads(sources[base + "/"]["children"]) == [base + f for f in (
        "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/rdf.xml", "/feeds/bomb.xml")]


def test_robots_and_crawl_delay_obeyed(full_run):
    site, base, _, polls = full_run
    log = site.requests[:polls[0][1]]
    assert not any(r["path"].startswith("/private/") for r in site.requests)
    assert log[0]["path"] == "/robots.txt"
    for before, after in zip(log, log[1:]):
        if before["path"] != FAULT_FAILURES["slow"]:  # the client gave up on that one at its timeout
            assert after["start"] >= before["end"]
        assert after["start"] - before["start"] >= 0.1 - 0.005


def test_second_poll_is_conditional_and_writes_nothing(full_run):
    site, base, out, polls = full_run
    (first, n_first, files_first), (second, n_second, files_second) = polls
    again = site.requests[n_first:n_second]
    assert again and all(r["conditional"] and r["status"] == 304 for r in again)
    assert second.written == 0 and second.not_modified == len(again)
    assert files_second == files_first and len(jsonl_ids(out)) == len(ARTICLES)


def test_warc_has_requests_and_responses(full_run):
    site, base, out, _ = full_run
    kinds, targets = [], set()
    for warc in (out / "warc").glob("*.warc.gz"):
        with open(warc, "rb") as handle:
            for record in ArchiveIterator(handle):
                kinds.append(record.rec_type)
                if record.rec_type == "response":
                    targets.add(record.rec_headers.get_header("WARC-Target-URI"))
                    if record.rec_headers.get_header("WARC-Target-URI").endswith(ARTICLES["first"][0]):
                        assert b"Harbour reopens" in record.content_stream().read()
    assert kinds.count("request") == kinds.count("response") >= 30
    assert base + ARTICLES["relocated"][0] in targets and base + "/news/old-path-story" in targets


def test_since_and_max_articles(tmp_path):
    with NewsSite(["127.0.0.3"], SiteConfig(crawl_delay=None, slow_seconds=1.0)) as site:
        base = site.bases[0]
        since = datetime(2024, 1, 1, tzinfo=timezone.utc)
        options = HarvestOptions(tmp_path, fmt="jsonl", since=since, max_articles=3, fetch=fetch_config())
        first = run_harvest([base + "/"], options)
        assert first.written == 3 and len(jsonl_ids(tmp_path)) == 3
        options.max_articles = None
        second = run_harvest([base + "/"], options)
        assert second.written == len(ARTICLES) - 4
        assert set(jsonl_ids(tmp_path)) == expected_ids(base, exclude=("old",))
        assert not list(tmp_path.glob("*.txt"))
        assert ARTICLES["old"][0] not in site.paths()  # dropped by its news:publication_date


def test_resume_writes_pending_and_extracts_fetched_once(tmp_path):
    """What a killed run leaves (a pending article, a cut jsonl line, a fetched body) is finished
    once: no document twice, no page fetched again."""
    with NewsSite(["127.0.0.4"], SiteConfig(crawl_delay=None)) as site:
        base = site.bases[0]
        options = HarvestOptions(tmp_path, fmt="md", fetch=fetch_config())
        url = base + ARTICLES["second"][0]
        page = run_harvest([url], options)
        assert page.written == 1
        name = next(tmp_path.glob("*.md")).name
        with Catalogue(options.catalogue_path) as cat:
            # crash after the jsonl line, before the catalogue knew: the article is pending again
            cat.db.execute("UPDATE articles SET state='pending', document=? WHERE 1",
                           (json.dumps(json.loads((tmp_path / "articles.jsonl").read_text())),))
            # a page fetched but not extracted
            other = base + ARTICLES["fifth"][0]
            cat.add_urls([(other, other.split("/")[2], "test", None)])
            body = site_page(site, ARTICLES["fifth"][0])
            cat.record_fetched(other, status=200, final_url=other, content_type="text/html", charset="utf-8",
                               attempts=1, body=body)
        (tmp_path / name).unlink()
        with open(tmp_path / "articles.jsonl", "a") as handle:
            handle.write('{"id": "cut sho')
        requests_before = len(site.requests)
        again = run_harvest([url], options)
        assert again.written == 2
        assert (tmp_path / name).exists()
        assert sorted(jsonl_ids(tmp_path)) == sorted({article_id(url), article_id(other)})
        assert all(r["path"] != ARTICLES["fifth"][0] for r in site.requests[requests_before:])


def site_page(site, path: str) -> bytes:
    import urllib.request

    with urllib.request.urlopen(site.bases[0] + path, timeout=2) as response:
        return response.read()


def test_cli_harvest(tmp_path):
    with NewsSite(["127.0.0.5"], SiteConfig(crawl_delay=None, slow_seconds=1.0)) as site:
        listing = tmp_path / "sources.txt"
        listing.write_text(f"# fixture\n{site.bases[0]}/feeds/rss.xml\n{site.bases[0]}/feeds/atom.xml\n")
        out = tmp_path / "out"
        result = CliRunner().invoke(app, ["harvest", str(listing), "-o", str(out), "-f", "json", "--allow-private",
                                          "--quiet", "--timeout", "0.5", "--workers", "0", "--log-json"])
        assert result.exit_code == 0, result.output
        names = sorted(p.name for p in out.glob("*.json"))
        assert len(names) == 3 and len(jsonl_ids(out)) == 3  # first, second (rss), third (atom)
        events = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
        assert events[-1]["event"] == "summary" and events[-1]["written"] == 3
        bad = CliRunner().invoke(app, ["harvest", "not-a-url-or-file", "-o", str(out)])
        assert bad.exit_code == 2


def test_harvester_survives_unreachable_source(tmp_path):
    options = HarvestOptions(tmp_path, fetch=fetch_config(retries=0))
    stats = run_harvest(["http://127.0.0.9:9/"], options)
    assert stats.written == 0 and "connection" in stats.sources["http://127.0.0.9:9/"]


def test_same_text_on_two_sites_is_two_articles_on_one_site_one():
    from newsmill.article import Article, Block
    from newsmill.pipeline import content_hash

    body = [Block("paragraph", "Wire copy  text.")]
    a = Article(canonical_url="https://www.one.example/a-b-c", body=body)
    b = Article(canonical_url="https://one.example/other-url-same", body=[Block("paragraph", "wire copy text.")])
    c = Article(canonical_url="https://two.example/a-b-c", body=body)
    assert content_hash(a) == content_hash(b) != content_hash(c)
    assert content_hash(Article(canonical_url="https://one.example/x")) is None


def test_extraction_in_a_process_pool(tmp_path):
    with NewsSite(["127.0.0.10"], SiteConfig(crawl_delay=None)) as site:
        url = site.bases[0] + ARTICLES["fourth"][0]
        stats = run_harvest([url], HarvestOptions(tmp_path, fmt="json", workers=1, fetch=fetch_config()))
    assert stats.written == 1 and stats.extract_seconds > 0
    [document] = tmp_path.glob("000_*.json")
    assert json.loads(document.read_text())["canonical_url"] == url


def test_since_skips_old_child_sitemaps(tmp_path):
    from newsmill.pipeline import Harvester
    from newsmill.sources.sitemaps import Sitemap

    since = datetime(2024, 1, 1, tzinfo=timezone.utc)
    harvester = Harvester(HarvestOptions(tmp_path, since=since), catalogue=None)
    index = Sitemap("index", children=["https://e.com/2019.xml", "https://e.com/2024.xml", "https://e.com/x.xml"],
                    child_dates={"https://e.com/2019.xml": datetime(2019, 12, 31, tzinfo=timezone.utc),
                                 "https://e.com/2024.xml": datetime(2024, 2, 1, tzinfo=timezone.utc)})
    assert harvester.recent_children(index) == ["https://e.com/2024.xml", "https://e.com/x.xml"]


def test_an_unexpected_error_fails_one_url_not_the_run(tmp_path, monkeypatch):
    import newsmill.pipeline as pipeline

    real = pipeline.content_hash

    def flaky_hash(article):
        if "second-story" in article.url:
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "content_hash", flaky_hash)
    with NewsSite(["127.0.0.11"], SiteConfig(crawl_delay=None)) as site:
        urls = [site.bases[0] + ARTICLES[name][0] for name in ("first", "second", "third")]
        options = HarvestOptions(tmp_path, fmt="jsonl", fetch=fetch_config())
        stats = run_harvest(urls, options)
    assert stats.written == 2
    with Catalogue(options.catalogue_path) as cat:
        state, reason = cat.db.execute("SELECT state, reason FROM urls WHERE url=?", (urls[1],)).fetchone()
    assert (state, reason) == ("failed", "internal error: RuntimeError: boom")


def test_one_harvest_per_output_folder(tmp_path):
    from newsmill.pipeline import HarvestBusy, _FolderLock

    with _FolderLock(tmp_path):
        with pytest.raises(HarvestBusy):
            run_harvest(["http://127.0.0.9:9/"], HarvestOptions(tmp_path, fetch=fetch_config(retries=0)))
    # released: the next run goes ahead
    assert run_harvest(["http://127.0.0.9:9/"], HarvestOptions(tmp_path, fetch=fetch_config(retries=0))).written == 0
