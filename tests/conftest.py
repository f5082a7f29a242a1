from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_ad039091c34c510c.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def seed_article(db, seed_text):
    from exercises.services import article_import

    article, _ = article_import(text=seed_text, title="بوتين في بكين", source="PR Newswire")
    return article
