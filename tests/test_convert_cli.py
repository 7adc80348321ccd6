"""`newsmill convert`: corpora of txt documents to JSON Lines, Parquet and re-rendered folders."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsmill.article import Article, Block, Image, Link
from newsmill.cli import app
from newsmill.formats import render_txt
from newsmill.formats.convert import iter_document_paths

FIXTURE = Path(__file__).parent / "fixtures" / "reader" / "012_0f1e2d3c4b5a6978.txt"
runner = CliRunner()


def article(n: int) -> Article:
    return Article(url=f"https://example.com/story-{n}", title=f"Story {n}", agency="AFP",
                   images=[Image(url="", caption="A pier.", credit="Jo Li")],
                   body=[Block("paragraph", f"Paragraph {n} of the story.")])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "2024" / "03").mkdir(parents=True)
    (root / "012_0f1e2d3c4b5a6978.txt").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "2024" / "03" / "013_1111111111111111.txt").write_text(FIXTURE.read_text(encoding="utf-8"))  # duplicate
    for n in range(3):
        (root / "2024" / f"{20 + n:03d}_{n:016x}.txt").write_text(render_txt(article(n)), encoding="utf-8")
    (root / "README.txt").write_text("Notes about this corpus.\n", encoding="utf-8")
    (root / "2024" / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    (root / "2024" / "page.html").write_text("<p>not a document</p>")
    (root / ".tmp-hidden.txt").write_text("half written")
    return root


def test_walk_finds_txt_files_only(corpus):
    names = [p.name for p in iter_document_paths([corpus])]
    assert names == ["012_0f1e2d3c4b5a6978.txt", "020_0000000000000000.txt", "021_0000000000000001.txt",
                     "022_0000000000000002.txt", "013_1111111111111111.txt", "broken.txt", "README.txt"]


def test_convert_to_jsonl(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["convert", str(corpus), "-o", str(out), "-q"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert result.exit_code == 1  # two files were skipped
    assert len(rows) == 4
    assert rows[0]["title"] == "Harbour Town Votes to Keep Its Ferry Running"
    assert rows[0]["related"] == [{"url": "", "text": "Bridge Opening Delayed Again"}]
    assert (rows[0]["sequence"], rows[0]["source_id"]) == (12, "0f1e2d3c4b5a6978")
    assert "7 files: 4 articles written, 1 duplicates, 2 skipped (binary 1, no-url-label 1)" in result.output


def test_convert_to_parquet_with_report(corpus, tmp_path):
    out, report = tmp_path / "out.parquet", tmp_path / "report.jsonl"
    runner.invoke(app, ["convert", str(corpus), "-o", str(out), "--report", str(report), "-q"])
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert table.column("agency").to_pylist() == ["Reuters", "AFP", "AFP", "AFP"]
    assert table.column("published").to_pylist()[0] == "2024-03-03T00:00:00"
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    by_status = {e["status"]: e for e in entries}
    assert [r["kind"] for r in by_status["written"]["repairs"]] == ["moved-related", "joined-paragraphs"]
    assert by_status["duplicate"]["file"].endswith("013_1111111111111111.txt")
    assert sorted(e["reason"].split(",")[0] for e in entries if e["status"] == "skipped") == [
        "binary data", "no 'Original url:' line: not a document of the txt layout"]
    assert not list(tmp_path.glob(".tmp-*"))


def test_convert_to_folder_rewrites_repaired_documents(corpus, tmp_path):
    out = tmp_path / "docs"
    result = runner.invoke(app, ["convert", str(corpus / "012_0f1e2d3c4b5a6978.txt"), "-o", str(out), "-f", "txt"])
    assert result.exit_code == 0
    [written] = list(out.iterdir())
    assert written.name.startswith("012_")
    text = written.read_text(encoding="utf-8")
    assert "Related article" not in text and "the harbour Authority approves" in text


def test_no_repair_keeps_the_split(corpus, tmp_path):
    out = tmp_path / "docs"
    runner.invoke(app, ["convert", str(corpus / "012_0f1e2d3c4b5a6978.txt"), "-o", str(out), "--no-repair"])
    text = next(out.iterdir()).read_text(encoding="utf-8")
    assert "the harbour\n\nAuthority approves" in text


def test_folder_output_as_json(corpus, tmp_path):
    out = tmp_path / "docs"
    runner.invoke(app, ["convert", str(corpus / "2024"), "-o", str(out), "-f", "json", "-q"])
    assert sorted(p.suffix for p in out.iterdir()) == [".json"] * 4  # 3 stories and 03/013


def test_bad_arguments(tmp_path, corpus):
    assert runner.invoke(app, ["convert", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl")]).exit_code == 2
    assert runner.invoke(app, ["convert", str(corpus), "-o", str(tmp_path / "o"), "-f", "jsonl"]).exit_code == 2


def test_parquet_row_is_the_json_dict():
    from newsmill.formats import to_dict
    from newsmill.formats.convert_parquet import article_row

    sample = article(7)
    sample.related = [Link("https://example.com/r", "R")]
    assert article_row(sample) == to_dict(sample)
