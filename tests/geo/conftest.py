"""Shared fixtures for the geo tests: the packaged gazetteer and spaCy, each loaded once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="session")
def gaz():
    from sitroom.geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    from sitroom.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def geo_component(gaz):
    from sitroom.geo.component import make_geo
    from sitroom.pipeline import Settings

    return make_geo(Settings())


@pytest.fixture
def events(pipeline):
    """The events of a short report written for a test, through the whole pipeline."""
    from sitroom.model import Article

    def run(text: str):
        found = pipeline.extract(Article(text, published=date(2024, 5, 6)))
        assert found, text
        return found

    return run


@pytest.fixture
def run_geo(nlp, geo_component):
    """Run `geo` on a text with one candidate per sentence (trigger = the sentence's root verb)."""
    from sitroom.model import Article, Event
    from sitroom.pipeline import Candidate, Context

    def run(text: str):
        doc = nlp(text)
        ctx = Context(article=Article(text), doc=doc, published=date(2024, 5, 1))
        for sent in doc.sents:
            ctx.candidates.append(Candidate(event=Event(), sentence=sent, trigger=sent.root))
        geo_component(ctx)
        return ctx

    return run
