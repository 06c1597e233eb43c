"""Shared fixtures: paths to the bundled examples and, when present, ../shared."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SHAFAQ = SHARED / "examples" / "shafaq-2024-04-23.txt"
SHAFAQ_PUBLISHED = date(2024, 4, 23)


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory):
    """The session's caches (the entity ruler's phrase words) live in a temporary folder,
    not the user's ~/.cache; worker processes inherit the variable."""
    from sitroom.nlp.ruler_cache import CACHE_ENV

    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("sitroom-cache"))
    yield
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(scope="session")
def pipeline():
    """One real pipeline (spaCy + every stage) for the whole test session."""
    from sitroom.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def shafaq_article():
    if not SHAFAQ.exists():
        pytest.skip(f"{SHAFAQ} not present (it lives in ../shared beside the project)")
    from sitroom.model import Article

    return Article(
        text=SHAFAQ.read_text(encoding="utf-8"), source="Shafaq News",
        published=SHAFAQ_PUBLISHED, origin=str(SHAFAQ),
    )
