"""Shared fixtures: paths to the bundled examples and, when present, ../shared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SHAFAQ = SHARED / "examples" / "shafaq-2024-04-23.txt"
SHAFAQ_PUBLISHED = date(2024, 4, 23)


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
