"""The `newsmill extract` command: files, folders, stdin, formats, failures and exit codes."""

import gzip
import json

from typer.testing import CliRunner

from newsmill.cli import app

runner = CliRunner()
PAGE = ("<html><head><title>Budget vote - News Example</title></head><body><article><h1>Budget vote</h1>"
        "<p>The council approved the budget on Tuesday after a long debate about transport.</p>"
        "</article></body></html>")


def test_folder_recursive_with_gzip_and_numbered_files(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.html").write_text(PAGE)
    (tmp_path / "in" / "sub" / "b.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "in" / "notes.txt").write_text("not a page")
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert [n[:4] for n in names] == ["000_", "001_"]
    text = (tmp_path / "out" / names[0]).read_text()
    assert "The council approved the budget" in text


def test_failed_page_is_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / "good.html").write_text(PAGE)
    (tmp_path / "empty.html").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "empty.html" in result.output and "empty document" in result.output
    lines = (tmp_path / "out" / "articles.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["body"][0]["kind"] == "paragraph"


def test_stdin_to_stdout_json():
    result = runner.invoke(app, ["extract", "-", "--url", "https://news.example/a", "-f", "json"], input=PAGE)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["url"] == "https://news.example/a"
    assert data["text"].startswith("The council approved")


def test_missing_path_is_an_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.html")])
    assert result.exit_code == 2
    assert "no such file" in result.output
