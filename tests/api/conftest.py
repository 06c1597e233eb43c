"""API fixtures: a hand-built store (see sample.py) and TestClients over it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitroom.api import ApiSettings, create_app
from tests.api.sample import build_store


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("api") / "sample.db")
    build_store(db)
    return db


@pytest.fixture(scope="session")
def client(sample_db):
    with TestClient(create_app(ApiSettings(db=sample_db))) as c:
        yield c


def make_client(db: str, **settings) -> TestClient:
    return TestClient(create_app(ApiSettings(db=db, **settings)), raise_server_exceptions=False)
