"""Optional parts of sitroom and the install extra that brings each: PostgreSQL stores
(`sitroom[postgres]`) and Dask ingest (`sitroom[dask]`). The default install has neither."""

from __future__ import annotations

from importlib.util import find_spec

from sitroom.errors import ConfigError

#: extra name → the modules it installs that sitroom imports.
EXTRAS: dict[str, tuple[str, ...]] = {
    "postgres": ("psycopg", "sqlalchemy", "alembic"),
    "dask": ("dask", "distributed"),
}


def missing(extra: str) -> list[str]:
    """The modules of an extra that are not installed."""
    return [m for m in EXTRAS[extra] if find_spec(m) is None]


def require(extra: str, what: str) -> None:
    """Raise one clear line (with the pip command) when an extra's modules are missing."""
    absent = missing(extra)
    if absent:
        raise ConfigError(
            f"{what} needs {', '.join(absent)}, which the default install leaves out: "
            f"pip install 'sitroom[{extra}]'"
        )
