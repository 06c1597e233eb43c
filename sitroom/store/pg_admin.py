"""PostgreSQL store administration: URL forms and Alembic migrations (run on open)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

from sitroom.store.base import StoreError

#: Session advisory lock held while migrating, so concurrent openers migrate once.
MIGRATION_LOCK = 0x5172_0000_0001
MIGRATIONS = Path(__file__).with_name("migrations")


def psycopg_url(url: str) -> str:
    """The libpq form of a store URL (``postgresql+psycopg://`` and ``postgres://`` accepted)."""
    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return url


def sqlalchemy_url(url: str) -> str:
    """The SQLAlchemy form of a store URL, for Alembic (psycopg 3 driver)."""
    return "postgresql+psycopg://" + psycopg_url(url).removeprefix("postgresql://")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration shipped with this code."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if head is None:  # pragma: no cover - packaging error
        raise StoreError(f"no migrations found in {MIGRATIONS}: reinstall sitroom")
    return head


def current_revision(conn: psycopg.Connection) -> str | None:
    """The revision a database is at, or None for a database sitroom never touched."""
    row = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL AS present").fetchone()
    if not first_value(row):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return first_value(row)


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate a database to ``revision``; several processes may call this at once."""
    from alembic import command
    from sqlalchemy import create_engine, pool, text

    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()
            try:
                config = _alembic_config(url)
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                conn.commit()
            finally:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()
    finally:
        engine.dispose()


def first_value(row: Any) -> Any:
    if row is None:
        return None
    return next(iter(row.values())) if isinstance(row, dict) else row[0]
