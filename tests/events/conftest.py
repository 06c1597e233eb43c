"""Shared fixtures for the events stage: one spaCy model per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitroom.events import load_lexicon, load_taxonomy
from sitroom.events.component import extract_candidates
from sitroom.model import Article
from sitroom.pipeline import Candidate, Context

SHARED = Path(__file__).resolve().parents[3] / "shared"
PUBLISHED = date(2024, 5, 10)


@pytest.fixture(scope="session")
def nlp():
    from sitroom.nlp import MODEL_NAME
    from sitroom.pipeline import load_nlp

    try:
        return load_nlp()
    except ImportError:  # another stage's package is mid-edit: same model, no entity ruler
        import spacy

        return spacy.load(MODEL_NAME)


@pytest.fixture(scope="session")
def pipeline():
    """The whole runner, for tests that read what an article's records end up as."""
    from sitroom.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    lex, tax = load_lexicon(), load_taxonomy()

    def run(
        text: str, published: date = PUBLISHED, source: str = ""
    ) -> tuple[Context, list[Candidate]]:
        article = Article(text=text, source=source, published=published)
        ctx = Context(article=article, doc=nlp(text), published=published)
        ctx.candidates.extend(extract_candidates(ctx, lex, tax))
        return ctx, ctx.candidates

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not available")
    return SHARED
