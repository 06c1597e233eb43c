"""Shared fixtures for the `time` stage tests: spaCy is loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline; the bare model if another stage's ruler data is mid-edit."""
    from sitroom.nlp import MODEL_NAME, ModelMissing
    from sitroom.pipeline import load_nlp

    try:
        return load_nlp()
    except ModelMissing:
        raise
    except Exception:  # another stage's ruler patterns failing must not hide this stage's results
        import spacy

        return spacy.load(MODEL_NAME)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
