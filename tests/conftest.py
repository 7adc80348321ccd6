from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED_URL = ("https://www.themoscowtimes.com/2023/05/26/"
            "armenia-azerbaijan-optimistic-on-normalization-at-moscow-talks-a81290")


@pytest.fixture
def seed_html() -> bytes:
    """The seed article's page rebuilt as a realistic news page (chrome, JSON-LD, figure, inserts)."""
    return (FIXTURES / "pages" / "seed_article.html").read_bytes()


@pytest.fixture
def seed_expected() -> str:
    """The seed document's layout with its two flaws fixed."""
    return (FIXTURES / "seed_expected.txt").read_text(encoding="utf-8")
