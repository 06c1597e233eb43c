"""spaCy is loaded once per test session, with only this stage's entity-ruler patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    from sitroom.actors import ruler_patterns
    from sitroom.nlp import MODEL_NAME

    try:
        model = spacy.load(MODEL_NAME)
    except OSError:  # pragma: no cover - install problem
        pytest.skip(f"spaCy model {MODEL_NAME} not installed")
    ruler = model.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(ruler_patterns())
    return model


@pytest.fixture(scope="session")
def dictionary():
    from sitroom.actors import load_dictionary

    return load_dictionary()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED
