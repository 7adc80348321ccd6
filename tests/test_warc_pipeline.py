"""Archive runs (`newsmill.pipeline.run_archives`, `newsmill warc`): shards, dedup, resume, failures."""

from __future__ import annotations

import importlib
import json
import socket
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsmill.cli import app
from newsmill.pipeline import (dedup_shards, expand_archive_inputs, manifest_path, process_archive, run_archives,
                               shard_name, shard_path)
from newsmill.store.parquet import ARTICLE_SCHEMA
from test_warc import (MIXED_URLS, RUSSIAN_TEXT, RUSSIAN_TITLE, build_mixed_warc, build_simple_warc,
                       english_page, response)
from warcio.warcwriter import WARCWriter


@pytest.fixture(scope="module")
def client():
    """An in-process Dask cluster (one worker thread): the same code path as a LocalCluster of processes."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def read_rows(out: Path) -> list[dict]:
    """All rows of all Parquet shards under `out`, sorted by (warc_file, warc_offset)."""
    rows = [row for shard in sorted(out.glob("*.parquet")) for row in pq.read_table(shard).to_pylist()]
    return sorted(rows, key=lambda r: (r["warc_file"], r["warc_offset"]))


def dup_inputs(folder: Path) -> list[Path]:
    """Three WARCs with duplicates within and across files.

    a: stories 1, 2, 3.  b: story 3 again (same URL as in a), story 4, story 4 again at another URL
    (same body), story 1 at another host (same body as a's).  c: stories 5, 6.
    Expected rows: a 1 2 3, b 4, c 5 6; duplicates: 1 within b, 2 across files.
    """
    folder.mkdir(parents=True, exist_ok=True)
    a = build_simple_warc(folder / "a.warc.gz", [1, 2, 3])
    b = folder / "b.warc.gz"
    with open(b, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        response(writer, "https://news.test/story/3", english_page(3))
        response(writer, "https://news.test/story/4", english_page(4))
        response(writer, "https://news.test/story/4?utm_source=feed", english_page(4))
        response(writer, "https://mirror.test/story/1", english_page(1))
    c = build_simple_warc(folder / "c.warc", [5, 6], gzip_records=False)
    return [a, b, c]


def test_mixed_warc_to_parquet(tmp_path):
    source = str(build_mixed_warc(tmp_path / "mixed.warc.gz"))
    out = tmp_path / "out"
    summary = process_archive(source, str(out), "parquet", "mixed")
    assert summary["counts"]["articles"] == 7 and summary["counts"]["records"] == 12
    table = pq.read_table(out / "mixed.parquet")
    assert table.schema.equals(ARTICLE_SCHEMA)
    rows = table.to_pylist()
    assert [r["url"] for r in rows] == MIXED_URLS
    assert [r["title"] for r in rows][:4] == ["Bridge story 1", "Bridge story 2", "Bridge story 3", "Bridge story 4"]
    russian = rows[4]
    assert russian["title"] == RUSSIAN_TITLE  # windows-1251, declared only in the HTTP header
    assert russian["text"].startswith(RUSSIAN_TEXT)
    assert all(r["warc_file"] == source and r["warc_record_id"].startswith("<urn:uuid:") for r in rows)
    assert rows[0]["warc_offset"] < rows[1]["warc_offset"] and rows[0]["warc_date"].tzinfo is not None
    assert rows[0]["body"][0] == {"kind": "paragraph", "text": rows[0]["text"].split("\n\n")[0]}
    manifest = json.loads(manifest_path(out, "mixed", "parquet").read_text())
    assert manifest["counts"]["non_html"] == 1 and len(manifest["rows"]) == 7


def test_run_dedups_within_and_across_inputs(tmp_path, client):
    inputs = dup_inputs(tmp_path / "in")
    out = tmp_path / "out"
    report = run_archives([str(tmp_path / "in")], out, "parquet", client=client)
    assert report.failed == {} and report.problems == []
    assert report.counts["duplicate"] == 1 and report.cross_duplicates == 2 and report.rows == 6
    rows = read_rows(out)
    assert [(Path(r["warc_file"]).name, r["url"]) for r in rows] == [
        ("a.warc.gz", "https://news.test/story/1"), ("a.warc.gz", "https://news.test/story/2"),
        ("a.warc.gz", "https://news.test/story/3"), ("b.warc.gz", "https://news.test/story/4"),
        ("c.warc", "https://news.test/story/5"), ("c.warc", "https://news.test/story/6")]
    assert [p.name for p in sorted(out.glob("*.parquet"))] == sorted(
        f"{shard_name(str(p.resolve()))}.parquet" for p in inputs)
    # a second pass changes nothing: finished inputs are skipped, the dedup pass finds the same
    # duplicates (already removed) and the report describes the same output
    again = run_archives([str(tmp_path / "in")], out, "parquet", client=client)
    assert len(again.skipped) == 3 and again.cross_duplicates == 2 and again.rows == 6 and read_rows(out) == rows


def test_killed_run_resumes_to_the_same_rows(tmp_path, client):
    inputs = [str(p.resolve()) for p in dup_inputs(tmp_path / "in")]
    full = tmp_path / "full"
    run_archives(inputs, full, "parquet", client=client)

    # The state a killed run leaves: inputs a and c finished (shard + manifest, no dedup pass yet),
    # input b was being written: a temporary file, and a shard whose manifest was never written.
    partial = tmp_path / "partial"
    for source in (inputs[0], inputs[2]):
        process_archive(source, str(partial), "parquet", shard_name(source))
    (partial / ".tmp-abc123.parquet").write_bytes(b"PAR1 half a shard")
    shard_path(partial, shard_name(inputs[1]), "parquet").write_bytes(b"not a finished shard")

    report = run_archives(inputs, partial, "parquet", client=client)
    assert sorted(report.skipped) == sorted([inputs[0], inputs[2]])
    assert read_rows(partial) == read_rows(full)
    assert report.rows == 6
    assert sorted(p.name for p in partial.iterdir()) == sorted(p.name for p in full.iterdir())  # temp file gone


def test_crash_inside_an_input_leaves_no_shard(tmp_path, monkeypatch):
    extract_module = importlib.import_module("newsmill.extract")  # the attribute newsmill.extract is the function

    class Crash(BaseException):
        pass

    calls = {"n": 0}
    real = extract_module.extract

    def crashing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise Crash()
        return real(*args, **kwargs)

    monkeypatch.setattr(extract_module, "extract", crashing)
    source = str(build_simple_warc(tmp_path / "a.warc.gz", [1, 2, 3, 4]))
    out = tmp_path / "out"
    for fmt in ("parquet", "jsonl", "txt"):
        calls["n"] = 0
        with pytest.raises(Crash):
            process_archive(source, str(out), fmt, "a")
    assert sorted(p.name for p in out.iterdir()) == []


def test_failed_and_bad_inputs_are_reported_and_others_go_on(tmp_path, client):
    inputs = dup_inputs(tmp_path / "in")
    with socket.socket() as sock:  # a loopback port with nobody listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "in" / "notes.txt").write_text("not an archive\n")
    listing = tmp_path / "list.txt"
    listing.write_text(f"# inputs\nin/a.warc.gz\nin/notes.txt\nin/gone.warc.gz\n\nhttp://127.0.0.1:{port}/x.warc.gz\n{inputs[2]}\n")
    report = run_archives([str(listing)], tmp_path / "out", "parquet", client=client)
    assert report.problems == [f"{listing}: not a WARC/ARC file: in/notes.txt", f"{listing}: no such file: in/gone.warc.gz"]
    assert list(report.failed) == [f"http://127.0.0.1:{port}/x.warc.gz"]
    assert report.rows == 5  # a: 1 2 3, c: 5 6
    assert len(report.inputs) == 3


def test_expand_inputs_folder_and_listing(tmp_path):
    inputs = dup_inputs(tmp_path / "in")
    (tmp_path / "in" / "readme.md").write_text("hello")
    listing = tmp_path / "list.txt"
    listing.write_text("in/b.warc.gz\n")
    sources, problems = expand_archive_inputs([str(tmp_path / "in"), str(listing), str(tmp_path / "nope")])
    assert sources == [str(p.resolve()) for p in inputs]  # b listed again: kept once
    assert problems == [f"no such file or folder: {tmp_path / 'nope'}"]


def test_dedup_pass_is_idempotent_on_jsonl_and_txt(tmp_path, client):
    dup_inputs(tmp_path / "in")
    for fmt in ("jsonl", "txt"):
        out = tmp_path / fmt
        report = run_archives([str(tmp_path / "in")], out, fmt, client=client)
        assert report.rows == 6 and report.cross_duplicates == 2
        shards = sorted(p.name for p in out.iterdir() if not p.name.startswith("_"))
        assert dedup_shards(out, [s.removesuffix(".jsonl") for s in shards], fmt) == (2, 6)
        if fmt == "jsonl":
            lines = [json.loads(line) for s in shards for line in (out / s).read_text().splitlines()]
            assert sorted(r["url"] for r in lines) == [f"https://news.test/story/{n}" for n in (1, 2, 3, 4, 5, 6)]
        else:
            docs = sorted(p for s in shards for p in (out / s).glob("*.txt"))
            assert len(docs) == 6
            text = docs[0].read_text()
            assert "Original url:" in text and "Bridge story" in text


def test_cli_warc_with_local_workers(tmp_path):
    dup_inputs(tmp_path / "in")
    result = CliRunner().invoke(app, ["warc", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--workers", "1",
                                      "--format", "jsonl", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "3 inputs: 3 processed, 0 already done, 0 failed; 9 records, 9 HTML pages, 6 articles written, " \
           "3 duplicates dropped" in " ".join(result.output.split())
    assert sum(len(p.read_text().splitlines()) for p in (tmp_path / "out").glob("*.jsonl")) == 6


def test_cli_warc_on_an_existing_scheduler(tmp_path):
    from distributed import LocalCluster

    dup_inputs(tmp_path / "in")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster:
        result = CliRunner().invoke(app, ["warc", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                          "--scheduler", cluster.scheduler_address, "-q"])
    assert result.exit_code == 0, result.output
    assert [r["url"].rsplit("/", 1)[-1] for r in read_rows(tmp_path / "out")] == ["1", "2", "3", "4", "5", "6"]


def test_cli_rejects_workers_with_scheduler(tmp_path):
    result = CliRunner().invoke(app, ["warc", str(tmp_path), "-o", str(tmp_path / "out"), "--workers", "2",
                                      "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "not both" in result.output
