"""`sitroom serve`: the API and the map page over a store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from sitroom.cli.app import app
from sitroom.cli.commands import DEFAULT_DB, DbOption, fail, stderr

#: On SIGTERM/SIGINT, seconds open requests get before the server stops anyway.
GRACE_SECONDS = 3


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept POST /api/articles (off by default).")
    ] = False,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option("--cors-origin", help="Origin allowed to call the API from a browser (repeatable)."),
    ] = None,
    tiles: Annotated[
        str | None,
        typer.Option(help="Tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; "
                          "default: offline country outlines."),
    ] = None,
    tiles_attribution: Annotated[str, typer.Option(help="Attribution shown for --tiles.")] = "",
    alerts: Annotated[
        Path | None, typer.Option("--alerts", help="Watch rules (YAML) evaluated on ingested articles.")
    ] = None,
    max_body: Annotated[int, typer.Option(help="Largest request body in bytes.")] = 1_000_000,
    ingest_workers: Annotated[
        int, typer.Option(help="Extraction processes behind POST /api/articles (--allow-ingest).")
    ] = 1,
    ingest_queue: Annotated[
        int, typer.Option(help="Articles that may wait for extraction before POSTs get 429 "
                               "(default 64, sitroom/ingest/data/ingest.yaml).")
    ] = 0,
    workers: Annotated[
        int, typer.Option(help="Server processes (each with its own store connections).")
    ] = 1,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the events API and the map page.

    Example: sitroom serve --db sitroom.db  →  http://127.0.0.1:8000/
    """
    from sitroom.api import ApiSettings

    total = _check_options(db, allow_ingest, alerts, port, workers)
    settings = ApiSettings(
        db=db, allow_ingest=allow_ingest, cors_origins=list(cors_origin or []),
        max_body_bytes=max_body, tiles_url=tiles or "", tiles_attribution=tiles_attribution,
        alerts=str(alerts) if alerts else None,
        ingest_workers=max(1, ingest_workers), ingest_queue=max(0, ingest_queue),
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        stderr.print(
            f"[bold yellow]warning:[/] listening on {host}: the API has no authentication;"
            " anyone who can reach this address can read the store"
            + (" and ingest articles" if allow_ingest else ""),
            highlight=False, soft_wrap=True,
        )
    shown = f"[{host}]" if ":" in host else host
    stderr.print(
        f"sitroom: {total} event(s) in {db} → http://{shown}:{port}/  (API docs: /docs)",
        highlight=False,
    )
    _run(settings, host, port, workers, log_level)


def _check_options(db: str, allow_ingest: bool, alerts: Path | None, port: int, workers: int) -> int:
    """Refuse options that cannot work, in one line each; the number of stored events."""
    from sitroom.store import StoreError, open_store

    if "://" not in db and not Path(db).exists() and not allow_ingest:
        raise fail(f"no store at {db}: run `sitroom ingest` first, or pass --allow-ingest to start empty")
    if alerts is not None and not alerts.is_file():
        raise fail(f"alert rules {alerts} not found: check the --alerts path", 2)
    if not 0 < port < 65536:
        raise fail(f"bad --port {port}: choose a port from 1 to 65535", 2)
    if workers < 1:
        raise fail(f"bad --workers {workers}: use 1 or more", 2)
    try:
        store = open_store(db)
        total = store.count_events(None)
        store.close()
    except StoreError as exc:
        raise fail(str(exc)) from None
    return total


def _run(settings: Any, host: str, port: int, workers: int, log_level: str) -> None:
    """uvicorn in this process, or several worker processes that rebuild the app from the
    settings passed in the environment."""
    import uvicorn

    from sitroom.api import create_app
    from sitroom.api.app import SETTINGS_ENV, settings_to_env

    if workers > 1:  # each worker process builds the app from the settings in the environment
        os.environ[SETTINGS_ENV] = settings_to_env(settings)
        uvicorn.run(
            "sitroom.api.app:app_from_env", factory=True, workers=workers, host=host, port=port,
            log_level=log_level, timeout_graceful_shutdown=GRACE_SECONDS,
        )
    else:
        uvicorn.run(
            create_app(settings), host=host, port=port, log_level=log_level,
            timeout_graceful_shutdown=GRACE_SECONDS,
        )
