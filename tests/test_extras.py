"""Packaging: PostgreSQL and Dask are extras; the default install runs without them and says
which extra to install when one is asked for."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from sitroom import extras
from sitroom.errors import ConfigError
from tests.conftest import ROOT

OPTIONAL = ("psycopg", "sqlalchemy", "alembic", "dask", "distributed")


def test_default_dependencies_leave_out_the_extras_and_unused_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    default = " ".join(project["dependencies"]).lower()
    for name in (*OPTIONAL, "dateparser"):
        assert name not in default, name
    optional = project["optional-dependencies"]
    assert "psycopg" in " ".join(optional["postgres"]) and "dask" in " ".join(optional["dask"])


def test_everyday_commands_import_none_of_the_extras():
    code = (
        "import sys, sitroom.cli, sitroom.api.app, sitroom.store.sqlite, sitroom.ingest.service,"
        " sitroom.ingest.dask_ingest, sitroom.export\n"
        f"loaded = [m for m in {OPTIONAL!r} if m in sys.modules]\n"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_missing_extra_names_the_pip_command(monkeypatch):
    monkeypatch.setattr(extras, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match=r"pip install 'sitroom\[postgres\]'"):
        from sitroom.store import open_store

        open_store("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(ConfigError, match=r"pip install 'sitroom\[dask\]'"):
        from sitroom.ingest.dask_ingest import run_dask_ingest

        run_dask_ingest([], "unused.db")


def test_installed_extras_are_complete():
    """`make test` installs both extras, so their tests run rather than skip."""
    assert extras.missing("postgres") == [] and extras.missing("dask") == []
