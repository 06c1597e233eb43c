"""A real PostgreSQL/PostGIS server for the test session, and stores on both backends.

The server is initdb'd into a temporary folder and started on a free loopback port
(as the `postgres` OS user when the tests run as root: postgres refuses to run as
root). Set SITROOM_TEST_PG to a server URL without a database name (a superuser,
PostGIS installed), e.g. postgresql://postgres@127.0.0.1:5432, to use one instead. Without either, the PostgreSQL tests skip with the reason.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from sitroom.model import Article, Event

PG_BIN = Path(os.environ.get("SITROOM_PG_BIN", "/usr/lib/postgresql/15/bin"))
TEMPLATE = "sitroom_template"


@dataclass
class PgServer:
    """A running server: the admin URL, and how to make a fresh migrated database."""

    base: str  # postgresql://user@host:port (no database)
    stop: object = None

    def url(self, database: str) -> str:
        return f"{self.base}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def _start_local() -> tuple[str, object]:
    """initdb + pg_ctl start in a temp folder; returns the base URL and a stop function."""
    if not (PG_BIN / "postgres").exists():
        raise RuntimeError(f"no PostgreSQL server binaries in {PG_BIN} (run scripts/system-deps.sh)")
    if not Path("/usr/share/postgresql/15/extension/postgis.control").exists():
        raise RuntimeError("PostGIS is not installed (run scripts/system-deps.sh)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root and there is no `postgres` user to run the server") from None
    root = Path(tempfile.mkdtemp(prefix="sitroom-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    data, log, port = root / "data", root / "server.log", _free_port()
    run = lambda *cmd: subprocess.run(  # noqa: E731
        _as_server_user([str(c) for c in cmd]), capture_output=True, text=True, timeout=120
    )
    done = run(PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync",
               "-E", "UTF8", "--locale=C")
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr.strip()[-400:]}")
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    done = run(PG_BIN / "pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start")
    if done.returncode != 0:
        tail = log.read_text()[-400:] if log.exists() else done.stderr
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {tail.strip()}")

    def stop() -> None:
        run(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)

    return f"postgresql://postgres@127.0.0.1:{port}", stop


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One server per session, with a migrated template database to clone per test."""
    from sitroom.store.postgres import PostgresStore

    external = os.environ.get("SITROOM_TEST_PG", "").rstrip("/")
    stop = None
    try:
        if external:
            base = external
        else:
            base, stop = _start_local()
        server = PgServer(base, stop)
        server.admin(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        server.admin(f"CREATE DATABASE {TEMPLATE}")
        PostgresStore(server.url(TEMPLATE)).close()  # runs the Alembic migrations once
    except Exception as exc:  # noqa: BLE001 - any reason not to have a server is a skip
        if stop:
            stop()
        pytest.skip(f"no PostgreSQL/PostGIS server for the store tests: {exc}")
    yield server
    if stop:
        stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, migrated database (a copy of the template), dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    """The same test on the embedded SQLite store and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url):
    from sitroom.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


# -- hand-built inputs: no NLP, so the store tests always run and run fast ------------------

#: Real places, rounded, in several conflicts: lat, lon, country, admin1, ISO3.
PLACES = {
    "Kirkuk": (35.47, 44.39, "Iraq", "Kirkuk", "IRQ"),
    "Hawija": (35.33, 43.77, "Iraq", "Kirkuk", "IRQ"),
    "Deir ez-Zor": (35.33, 40.14, "Syria", "Deir ez-Zor", "SYR"),
    "Marib": (15.46, 45.33, "Yemen", "Marib", "YEM"),
    "Menaka": (15.92, 2.40, "Mali", "Menaka", "MLI"),
    "Djibo": (14.10, -1.63, "Burkina Faso", "Sahel", "BFA"),
    "Avdiivka": (48.14, 37.74, "Ukraine", "Donetska", "UKR"),
    "Khan Younis": (31.34, 34.30, "Palestine", "Gaza Strip", "PSE"),
    "El Geneina": (13.45, 22.45, "Sudan", "West Darfur", "SDN"),
}

DAY = date(2024, 3, 10)


def event_at(place: str, day: date = DAY, **fields) -> Event:
    lat, lon, country, admin1, iso3 = PLACES[place]
    values = dict(
        event_id_cnty=iso3, event_date=day, year=day.year, time_precision=1,
        event_type="Battles", sub_event_type="Armed clash", country=country, admin1=admin1,
        location=place, latitude=lat, longitude=lon, geo_precision=1, confidence=0.6,
    )
    values.update(fields)
    return Event(**values)


def report(text: str, source: str = "Wire", day: date = DAY, **fields) -> Article:
    return Article(text=text, source=source, published=day, **fields)
