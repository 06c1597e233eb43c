"""The HTTP API and the map page, over one store.

`create_app(ApiSettings(db=...))` returns a FastAPI app: JSON under /api, the page at
/, its assets under /static (all bundled, so it works offline), the schema at
/openapi.json and docs at /docs. Every error is a JSON body `{"error": {...}}` with
a 4xx/5xx status; no traceback ever reaches a client.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitroom import export
from sitroom.api import aggregate, params
from sitroom.api.ingest import IngestQueue, ingest_router
from sitroom.api.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from sitroom.api.params import DEFAULT_LIMIT, MAX_LIMIT, BadParam
from sitroom.api.schemas import (
    ERRORS,
    ActorPage,
    ErrorOut,
    EventDetail,
    EventPage,
)
from sitroom.api.stores import StorePool
from sitroom.errors import InputError
from sitroom.model import Article
from sitroom.store import EventFilter, StoreError

log = logging.getLogger("sitroom.api")

STATIC = Path(__file__).parent / "static"
SWAGGER = "/static/vendor/swagger-ui-5.35.0"


@dataclass
class ApiSettings:
    """What `sitroom serve` passes in; defaults are the safe ones (no ingest, no CORS)."""

    db: str = "sitroom.db"
    allow_ingest: bool = False
    cors_origins: list[str] = field(default_factory=list)
    max_body_bytes: int = 1_000_000
    tiles_url: str = ""  # e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; "" = offline outlines
    tiles_attribution: str = ""
    alerts: str | None = None  # watch rules evaluated on articles ingested through the API
    pipeline_factory: Callable[[], Any] | None = None  # extract in this process (tests, embedding)
    ingest_workers: int = 1  # extraction processes behind POST /api/articles
    ingest_queue: int = 0  # articles waiting for extraction before 429; 0: limits default
    summary_ttl: float = 60.0  # seconds /api/actors and /api/trends answers are reused


#: Where `sitroom serve --workers N` leaves the settings for each worker process to read.
SETTINGS_ENV = "SITROOM_API_SETTINGS"


def settings_to_env(settings: ApiSettings) -> str:
    """The settings as JSON (a pipeline factory cannot cross processes: workers build their own)."""
    data = {k: v for k, v in asdict(settings).items() if k != "pipeline_factory"}
    return json.dumps(data)


def app_from_env() -> FastAPI:
    """uvicorn's factory for worker processes: the app for the settings in SITROOM_API_SETTINGS."""
    data = json.loads(os.environ.get(SETTINGS_ENV) or "{}")
    return create_app(ApiSettings(**data))


def error_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict:
    body: dict[str, Any] = {"status": status, "message": message}
    if details is not None:
        body["details"] = details
    return {"error": body}


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, without echoing the submitted input back."""
    return [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))}
        for err in exc.errors()
    ]


def content_security_policy(tiles_url: str) -> str:
    """Scripts and data from this server only; images also from the tile server if one is set."""
    img = "'self' data:"
    if tiles_url:
        parts = urlsplit(tiles_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tiles_url else parts.netloc
        img += f" {parts.scheme}://{host}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {img}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'"
    )


def _filter(
    since: Annotated[date | None, Query(description="Events on or after this ISO date.")] = None,
    until: Annotated[date | None, Query(description="Events on or before this ISO date.")] = None,
    bbox: Annotated[
        str | None, Query(description="minlon,minlat,maxlon,maxlat", examples=["38,32,49,38"])
    ] = None,
    country: Annotated[str | None, Query(description="Country name, e.g. Iraq.")] = None,
    admin1: Annotated[str | None, Query(description="First-level region, e.g. Nineveh.")] = None,
    event_type: Annotated[
        str | None, Query(alias="type", description="ACLED event type or sub-event type.")
    ] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name.")] = None,
    claim: Annotated[str | None, Query(description="reported, claimed, unconfirmed, denied.")] = None,
    status: Annotated[str | None, Query(description="new or background.")] = None,
    q: Annotated[str | None, Query(description="Text in the event's notes.", max_length=200)] = None,
) -> EventFilter:
    return params.event_filter(
        since=since, until=until, bbox=bbox, country=country, admin1=admin1,
        event_type=event_type, actor=actor, claim=claim, status=status, q=q,
    )


FilterDep = Annotated[EventFilter, Depends(_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0)]


def _next_link(request: Request, offset: int, count: int, total: int) -> str | None:
    if count == 0 or offset + count >= total:
        return None
    return str(request.url.include_query_params(offset=offset + count))


def _article_out(article_id: str, article: Article) -> dict[str, Any]:
    return {
        "id": article_id, "text": article.text, "title": article.title, "url": article.url,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
    }


def stream_csv(pool: StorePool, flt: EventFilter, page_size: int = aggregate.PAGE) -> Iterator[str]:
    """ACLED CSV, page by page: the header once, then each page's rows."""
    import io

    first = True
    for page in aggregate.iter_events(pool.get, flt, page_size):
        buf = io.StringIO()
        export.write_acled_csv(page, buf)
        text = buf.getvalue()
        yield text if first else text.split("\n", 1)[1]
        first = False
    if first:
        buf = io.StringIO()
        export.write_acled_csv([], buf)
        yield buf.getvalue()


def stream_geojson(
    pool: StorePool, flt: EventFilter, page_size: int = aggregate.PAGE
) -> Iterator[str]:
    """A FeatureCollection written page by page, so a large export never sits in memory."""
    yield '{"type": "FeatureCollection", "features": ['
    left_out: list[str] = []
    sep = ""
    for page in aggregate.iter_events(pool.get, flt, page_size):
        doc = export.geojson(page, unplaced="list")
        left_out += doc["sitroom"]["left_out"]
        if doc["features"]:  # one chunk per page: each chunk costs a thread hop
            yield sep + ",\n".join(json.dumps(f, ensure_ascii=False) for f in doc["features"])
            sep = ",\n"
    meta = {"without_coordinates": len(left_out), "left_out": left_out}
    yield f'], "sitroom": {json.dumps(meta)}}}\n'


def create_app(settings: ApiSettings | None = None, pool: StorePool | None = None) -> FastAPI:
    settings = settings or ApiSettings()
    pool = pool or StorePool(settings.db)
    jobs = IngestQueue(settings)
    summaries = aggregate.SummaryCache(ttl=settings.summary_ttl)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        jobs.close()
        pool.close()

    app = FastAPI(
        title="sitroom",
        summary="Conflict events extracted from news reports, in ACLED's format, with evidence.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool

    _error_handlers(app)
    _event_routes(app, pool)
    _actor_routes(app, pool, summaries)
    _analysis_routes(app, pool, summaries)
    app.include_router(ingest_router(settings, pool, jobs))  # a bounded queue, answered at once
    _export_routes(app, pool)
    from sitroom.api.basemap import router as basemap_router

    app.include_router(basemap_router)
    _page_routes(app, settings, pool)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _middleware(app, settings)
    return app


def _error_handlers(app: FastAPI) -> None:
    """Errors are always JSON: {"error": {"status", "message", "details"}}."""
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        return JSONResponse(
            error_body(exc.status_code, message), status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(
            error_body(422, "invalid request", _validation_details(exc)), status_code=422
        )

    @app.exception_handler(BadParam)
    async def bad_param(request: Request, exc: BadParam) -> JSONResponse:
        return JSONResponse(error_body(400, str(exc)), status_code=400)

    @app.exception_handler(InputError)
    async def refused(request: Request, exc: InputError) -> JSONResponse:
        """Input sitroom refuses on purpose: its one-line message says what to change."""
        return JSONResponse(error_body(400, str(exc)), status_code=400)

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return JSONResponse(error_body(503, "the event store is unavailable"), status_code=503)

    @app.exception_handler(sqlite3.OperationalError)
    async def store_busy(request: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        log.error("database error: %s", exc)
        return JSONResponse(error_body(503, "the event store is busy; retry"), status_code=503)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body(500, "internal server error"), status_code=500)


def _event_routes(app: FastAPI, pool: StorePool) -> None:
    @app.get("/api/events", response_model=EventPage, responses=ERRORS, tags=["events"])
    def list_events(
        request: Request,
        flt: FilterDep,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
        fields: Annotated[
            str | None,
            Query(description="Comma-separated record columns to return (default: all)."),
        ] = None,
    ) -> JSONResponse:
        """Stored events matching every given filter, oldest first, a page at a time."""
        columns = params.parse_fields(fields)
        store = pool.get()
        total = store.count_events(flt)
        events = store.events(flt, limit=limit, offset=offset) if offset < total else []
        records = [params.project(e.to_record(), columns) for e in events]
        return JSONResponse(
            {
                "total": total, "limit": limit, "offset": offset, "count": len(records),
                "next": _next_link(request, offset, len(records), total), "events": records,
            }
        )

    @app.get(
        "/api/events/{event_id}",
        response_model=EventDetail,
        responses={404: {"model": ErrorOut, "description": "No such event."}},
        tags=["events"],
    )
    def get_event(event_id: str) -> JSONResponse:
        """One event, every source reporting it, and each source article's text for its evidence."""
        if len(event_id) > 64:
            raise HTTPException(404, f"no event {event_id[:64]!r}")
        store = pool.get()
        stored = store.get_event(event_id)
        if stored is None:
            raise HTTPException(404, f"no event {event_id!r}")
        article_ids = [s["article_id"] for s in stored.sources]
        if stored.event.article_id and stored.event.article_id not in article_ids:
            article_ids.insert(0, stored.event.article_id)
        articles = {}
        for aid in dict.fromkeys(article_ids):
            article = store.get_article(aid)
            if article is not None:
                articles[aid] = _article_out(aid, article)
        return JSONResponse(
            jsonable_encoder(
                {"event": stored.event.to_record(), "sources": stored.sources, "articles": articles}
            )
        )


def _actor_routes(app: FastAPI, pool: StorePool, summaries: aggregate.SummaryCache) -> None:
    @app.get("/api/actors", response_model=ActorPage, responses=ERRORS, tags=["events"])
    def list_actors(
        request: Request,
        flt: FilterDep,
        name: Annotated[str | None, Query(description="Part of the actor's name.")] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> JSONResponse:
        """Distinct actors among the matching events, with counts by role, most frequent first."""
        store = pool.get()
        rows = summaries.get(
            ("actors", aggregate.filter_key(flt)), store.count_events(flt),
            lambda: aggregate.actor_counts(
                e for page in aggregate.iter_events(lambda: store, flt) for e in page
            ),
        )
        if name and name.strip():
            needle = name.strip().lower()
            rows = [r for r in rows if needle in r["name"].lower()]
        page = rows[offset : offset + limit]
        return JSONResponse(
            {
                "total": len(rows), "limit": limit, "offset": offset,
                "next": _next_link(request, offset, len(page), len(rows)), "actors": page,
            }
        )


def _analysis_routes(app: FastAPI, pool: StorePool, summaries: aggregate.SummaryCache) -> None:
    @app.get("/api/trends", responses={**ERRORS, 501: {"model": ErrorOut}}, tags=["analysis"])
    def trends(
        flt: FilterDep,
        by: Annotated[
            Literal["type", "sub_event_type", "actor", "admin1", "country"],
            Query(description="What each weekly series counts."),
        ] = "type",
        lull_days: Annotated[
            int | None,
            Query(ge=1, le=3650, description="Also list the quiet periods (no matching event"
                  " for more than this many days) of the selection."),
        ] = None,
    ) -> JSONResponse:
        """Weekly event counts per type (or actor, region...), with weeks above their baseline
        and, with lull_days, the selection's quiet periods."""
        from sitroom.api.analysis import weekly_trends

        store = pool.get()

        def compute() -> dict[str, Any]:
            events = [e for page in aggregate.iter_events(lambda: store, flt) for e in page]
            return jsonable_encoder(weekly_trends(events, by, lull_days))

        key = ("trends", by, lull_days, aggregate.filter_key(flt))
        return JSONResponse(summaries.get(key, store.count_events(flt), compute))

    @app.get("/api/alerts", responses={501: {"model": ErrorOut}}, tags=["analysis"])
    def alerts(limit: Limit = DEFAULT_LIMIT) -> JSONResponse:
        """Alerts fired by watch rules, newest first (from sitroom.fuse.alerts)."""
        from sitroom.api.analysis import recent_alerts

        return JSONResponse(jsonable_encoder({"alerts": recent_alerts(pool.get(), limit)}))


def _export_routes(app: FastAPI, pool: StorePool) -> None:
    @app.get("/api/export.csv", responses=ERRORS, tags=["export"])
    def export_csv(flt: FilterDep) -> StreamingResponse:
        """Matching events as ACLED CSV: ACLED's columns in ACLED's order, then
        event_id_no_cnty and iso3; ISO dates."""
        return StreamingResponse(
            stream_csv(pool, flt), media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="sitroom-events.csv"'},
        )

    @app.get("/api/export.geojson", responses=ERRORS, tags=["export"])
    def export_geojson(flt: FilterDep) -> StreamingResponse:
        """Matching events with coordinates as GeoJSON points; the others are counted and
        listed by id in `sitroom.left_out`."""
        return StreamingResponse(
            stream_geojson(pool, flt), media_type="application/geo+json",
            headers={"content-disposition": 'attachment; filename="sitroom-events.geojson"'},
        )


def _page_routes(app: FastAPI, settings: ApiSettings, pool: StorePool) -> None:
    """The page, its configuration, a health check and the API docs."""
    @app.get("/api/config", tags=["page"])
    def config() -> dict[str, Any]:
        """What the page needs to know about this server."""
        tiles = None
        if settings.tiles_url:
            tiles = {"url": settings.tiles_url, "attribution": settings.tiles_attribution}
        return {"tiles": tiles, "allow_ingest": settings.allow_ingest, "max_limit": MAX_LIMIT}

    @app.get("/api/health", tags=["page"])
    def health() -> dict[str, Any]:
        return {"ok": True, "events": pool.get().count_events(None)}

    csp = content_security_policy(settings.tiles_url)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(
            STATIC / "index.html", media_type="text/html",
            headers={"content-security-policy": csp, "cache-control": "no-cache"},
        )

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="sitroom API",
            swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png",
        )


def _middleware(app: FastAPI, settings: ApiSettings) -> None:
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"], allow_headers=["Content-Type"],
        )
