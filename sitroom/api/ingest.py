"""POST /api/articles off the request path: a bounded queue, one writer thread, worker processes.

A request only validates the article and queues it: `202 Accepted` with a status URL
(`GET /api/articles/jobs/{id}`), or the result at once if it is already stored, or
`429` when the queue is full, `503` when extraction cannot run. Extraction happens in a
worker process (so a hostile article can be stopped at its time limit and never holds
the interpreter the read endpoints run in), and one thread writes the results, so reads
never wait on ingest. ``?wait=N`` waits up to N seconds for the result without holding a
server thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import queue
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from sitroom.api.schemas import ArticleIn, ErrorOut, IngestOut
from sitroom.errors import SitroomError, explain
from sitroom.ingest.limits import default_limits
from sitroom.ingest.text import clean_field, clean_text
from sitroom.model import Article
from sitroom.store import EventFilter, open_store

log = logging.getLogger("sitroom.api")

#: Finished jobs remembered for their status URL.
KEEP_JOBS = 2000
#: The longest ``?wait=`` a client may ask for, in seconds.
MAX_WAIT = 60


@dataclass
class Job:
    id: str
    article: Article
    state: str = "queued"  # queued, running, done, failed, cancelled (server stopping)
    result: dict[str, Any] | None = None
    error: str = ""
    queued_at: float = field(default_factory=time.time)
    done: threading.Event = field(default_factory=threading.Event)

    def view(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "job": self.id, "state": self.state, "article_id": self.article.id,
            "status_url": f"/api/articles/jobs/{self.id}",
        }
        if self.result is not None:
            body["result"] = self.result
        if self.error:
            body["error"] = self.error
        return body


class Unavailable(SitroomError):
    """Extraction cannot run (the pipeline failed to start, or the server is stopping)."""


class IngestQueue:
    """Jobs in, one writer thread out; the extractor starts with the first job."""

    def __init__(self, settings) -> None:
        self.settings = settings
        limits = default_limits()
        self.limits = limits
        self._queue: queue.Queue[Job | None] = queue.Queue(maxsize=settings.ingest_queue or limits.ingest_queue)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._broken = ""
        self._closing = False
        self._extractor_in_use = None

    def submit(self, article: Article) -> Job:
        if self._closing:
            raise Unavailable("the server is shutting down; retry later")
        if self._broken:
            raise Unavailable(f"the extraction pipeline cannot start: {self._broken}")
        job = Job(id=f"{next(self._ids):x}-{article.id[:8]}", article=article)
        self._start()
        self._queue.put_nowait(job)  # queue.Full → 429 in the route
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.popitem(last=False)
        return job

    def job(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def waiting(self) -> int:
        return self._queue.qsize()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="sitroom-ingest", daemon=True)
                self._thread.start()

    def _extractor(self):
        from sitroom.ingest.extractors import InlineExtractor
        from sitroom.ingest.pool import WorkerPool

        if self.settings.pipeline_factory is not None:  # tests and embedders: in this process
            return InlineExtractor(self.settings.pipeline_factory(), self.limits)
        pool = WorkerPool(max(1, self.settings.ingest_workers), limits=self.limits)
        pool.start()
        return pool

    def _hooks(self) -> list:
        if not self.settings.alerts:
            return []
        from sitroom.fuse.alerts import load_watch_hook

        return [load_watch_hook(Path(self.settings.alerts))]

    def _run(self) -> None:
        try:
            extractor, hooks = self._extractor(), self._hooks()
            self._extractor_in_use = extractor
            store = open_store(self.settings.db)
        except Exception as exc:  # noqa: BLE001 - every queued job is answered with it
            self._broken = explain(exc)
            log.error("ingest cannot start: %s", self._broken)
            self._drain(self._broken)
            return
        try:
            while not self._closing:
                job = self._queue.get()
                if job is None:
                    break
                self._process(job, store, extractor, hooks)
        finally:
            self._drain("the server is shutting down; retry later")
            with contextlib.suppress(Exception):
                extractor.close()
            with contextlib.suppress(Exception):
                store.close()

    def _process(self, job: Job, store, extractor, hooks) -> None:
        from sitroom.ingest.service import ingest

        job.state = "running"
        try:
            report = ingest([job.article], store, extractor, after_save=hooks, limits=self.limits)
            if report.errors:
                job.state, job.error = "failed", report.errors[0].message
            else:
                job.result, job.state = result_body(store, job.article, report), "done"
        except Exception as exc:  # noqa: BLE001 - one job's failure never stops the writer
            log.exception("ingest job %s failed", job.id)
            job.state, job.error = "failed", explain(exc)
        finally:
            job.done.set()

    def _drain(self, message: str) -> None:
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                job.state, job.error = "cancelled", message
                job.done.set()

    def close(self, timeout: float = 3.0) -> None:
        """Stop taking jobs, fail the queued ones, stop the writer and the workers."""
        self._closing = True
        self._drain("the server is shutting down; retry later")
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(None)
        if self._extractor_in_use is not None:  # stops a long extraction in its tracks
            with contextlib.suppress(Exception):
                self._extractor_in_use.close()
        if self._thread is not None:
            self._thread.join(timeout)


def result_body(store, article: Article, report=None) -> dict[str, Any]:
    ids = [e.event_id_cnty for e in store.events(EventFilter(article_id=article.id))]
    stored = report is not None and report.articles_stored == 1
    return {
        "article_id": article.id,
        "stored": stored,
        "already_stored": not stored,
        "events_added": report.events_added if report else 0,
        "events_merged": report.events_merged if report else 0,
        "event_ids": ids,
        "warnings": list(report.warnings) if report else [],
    }


def stored_result(pool, article: Article) -> dict[str, Any] | None:
    """The answer for an article already in the store (one thread: its own connection)."""
    store = pool.get()
    return result_body(store, article) if store.has_article(article.id) else None


def to_article(body: ArticleIn) -> Article:
    return Article(
        text=clean_text(body.text), source=clean_field(body.source), published=body.published,
        url=clean_field(body.url), title=clean_field(body.title), origin=body.url or "api",
    )


def ingest_router(settings, pool, jobs: IngestQueue) -> APIRouter:
    """The ingest routes over one queue."""
    router = APIRouter(tags=["ingest"])

    def ingest_allowed() -> None:
        if not settings.allow_ingest:
            raise HTTPException(403, "ingest is disabled: start the server with --allow-ingest")

    @router.post(
        "/api/articles",
        response_model=IngestOut,
        status_code=202,
        dependencies=[Depends(ingest_allowed)],
        responses={
            200: {"model": IngestOut, "description": "Already stored (or done within ?wait)."},
            403: {"model": ErrorOut, "description": "Ingest is disabled on this server."},
            413: {"model": ErrorOut, "description": "The body is over the size limit."},
            422: {"model": ErrorOut, "description": "Invalid, or extraction failed for it."},
            429: {"model": ErrorOut, "description": "The ingest queue is full: retry later."},
            503: {"model": ErrorOut, "description": "Extraction cannot run now."},
        },
    )
    async def post_article(
        body: ArticleIn,
        wait: Annotated[float, Query(ge=0, le=MAX_WAIT, description="Seconds to wait for the result.")] = 0,
    ) -> JSONResponse:
        """Queue one report for extraction; `202` with a status URL. Sending it again stores
        nothing twice."""
        article = to_article(body)
        if len(article.text) > jobs.limits.max_article_chars:
            raise HTTPException(
                422, f"the article is {len(article.text):,} characters, over this server's limit of "
                f"{jobs.limits.max_article_chars:,}: send its reports one by one",
            )
        known = await run_in_threadpool(stored_result, pool, article)
        if known is not None:
            return JSONResponse(known, status_code=200)
        try:
            job = jobs.submit(article)
        except queue.Full:
            raise HTTPException(
                429, f"the ingest queue is full ({jobs.waiting()} waiting): retry in a few seconds",
                headers={"retry-after": "5"},
            ) from None
        except Unavailable as exc:
            raise HTTPException(503, str(exc), headers={"retry-after": "30"}) from None
        deadline = time.monotonic() + wait
        while not job.done.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return job_response(job)

    @router.get("/api/articles/jobs/{job_id}", dependencies=[Depends(ingest_allowed)])
    def job_status(job_id: str) -> JSONResponse:
        """Where a queued article is: queued, running, done (with its events) or failed."""
        job = jobs.job(job_id[:64])
        if job is None:
            raise HTTPException(404, f"no ingest job {job_id[:64]!r} (finished jobs are kept a while)")
        return JSONResponse(job.view())

    return router


def job_response(job: Job) -> JSONResponse:
    headers = {"location": f"/api/articles/jobs/{job.id}"}
    if job.state == "done":
        status = 201 if job.result and job.result["stored"] else 200
        return JSONResponse(job.result, status_code=status, headers=headers)
    if job.state == "failed":
        raise HTTPException(422, f"ingest failed: {job.error}")
    if job.state == "cancelled":
        raise HTTPException(503, job.error, headers={"retry-after": "30"})
    return JSONResponse(job.view(), status_code=202, headers=headers)
