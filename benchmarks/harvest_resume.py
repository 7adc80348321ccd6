"""Kill -9 a harvest (CLI subprocess) at three moments, rerun it, compare with an uninterrupted run.

    PYTHONPATH=src python benchmarks/harvest_resume.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_harvest_resume import kill_resume_experiment  # noqa: E402


def main() -> None:
    figures = kill_resume_experiment(Path(tempfile.mkdtemp(prefix="harvest-resume-")), crawl_delay=0.05)
    for label, outcome in figures["outcomes"]:
        print(f"{label:<32} {outcome}")
    for key in ("catalogue_equal", "files_equal", "articles", "jsonl_lines", "jsonl_unique",
                "reference_max_fetches", "refetched_pages", "diff"):
        print(f"{key:<22} {figures[key]}")


if __name__ == "__main__":
    main()
