"""Extraction on every core: worker processes parse and extract, this process writes.

Each worker builds the Pipeline once (spaCy, gazetteer, dictionaries) and then takes
chunks of articles, parses each chunk with ``nlp.pipe`` and runs the stages, sending one
result per article back as soon as it is done. The pool hands the results out in input
order, so the single writer stores articles in the order a sequential run would.

Isolation: an article that raises is reported and the worker goes on; a worker that runs
past the per-article time limit (or dies) is stopped and replaced, the articles of its
chunk that were not done are retried one per chunk, and an article that times out alone
is reported as skipped. Workers are forked from a clean server process that built the
pipeline once (`sitroom.ingest.zygote`), or started with ``spawn`` where that cannot be:
either way no threads or locks of this process are inherited (safe inside a web server).
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from sitroom.errors import ConfigError, SitroomError, explain
from sitroom.ingest import zygote
from sitroom.ingest.extractors import Outcome, failure, stage_warnings, timeout_message
from sitroom.ingest.limits import Limits, default_limits
from sitroom.ingest.zygote import WorkerConfig, build_pipeline
from sitroom.model import Article

#: A chunk: at most this many articles, or about this many characters.
CHUNK_ARTICLES = 16
CHUNK_CHARS = 40_000
#: Seconds a worker may take to load the pipeline.
START_SECONDS = 180.0
#: The collector's thresholds in a worker. Its garbage is a document's worth of short-lived
#: objects at a time and the built pipeline is frozen, so Python's default (a collection
#: every 700 allocations) only walks the growing caches again and again: about 1 of 30 CPU
#: seconds per 400 reports, against 0.3 at this setting (and some 40 MB more at peak).
WORKER_GC_THRESHOLDS = (20_000, 10, 10)


def worker_main(conn: Connection, config: WorkerConfig) -> None:
    """A worker process: build the pipeline, then extract chunks until told to stop."""
    with contextlib.suppress(KeyboardInterrupt):
        try:
            pipeline = zygote.take(config)
            if pipeline is None:
                pipeline = build_pipeline(config)
                gc.freeze()  # built for the worker's life: never walked by the collector again
            gc.set_threshold(*WORKER_GC_THRESHOLDS)
        except Exception as exc:  # noqa: BLE001 - the parent reports it as one line
            conn.send(("fatal", explain(exc)))
            return
        conn.send(("ready", os.getpid()))
        while True:
            message = conn.recv()
            if message is None:
                return
            chunk_id, articles = message
            _extract_chunk(conn, pipeline, chunk_id, articles)
            conn.send(("done", chunk_id))


STOPPED = "the extraction workers were stopped: run the command again (stored articles are skipped)"


def _extract_chunk(conn: Connection, pipeline, chunk_id: int, articles: list[Article]) -> None:
    done = 0
    try:
        for _article, events in pipeline.extract_many(articles, batch_size=len(articles)):
            conn.send(("ok", chunk_id, done, (events, stage_warnings(pipeline))))
            done += 1
        return
    except Exception:  # noqa: BLE001 - redo the rest one by one to find the culprit
        pass
    for index in range(done, len(articles)):
        try:
            events = pipeline.extract(articles[index])
            conn.send(("ok", chunk_id, index, (events, stage_warnings(pipeline))))
        except Exception as exc:  # noqa: BLE001 - reported by the parent, never fatal
            conn.send(("error", chunk_id, index, explain(exc)))


@dataclass
class _Chunk:
    id: int
    seqs: list[int]
    articles: list[Article]
    done: set[int] = field(default_factory=set)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    chunk: _Chunk | None = None
    deadline: float = 0.0
    ready: bool = False
    started: float = field(default_factory=time.monotonic)


class WorkerPool:
    """N extraction processes; `extract` yields one Outcome per article, in input order."""

    def __init__(
        self, workers: int, config: WorkerConfig | None = None, limits: Limits | None = None,
        chunk_articles: int = CHUNK_ARTICLES, chunk_chars: int = CHUNK_CHARS,
    ) -> None:
        if workers < 1:
            raise ConfigError(f"--workers must be at least 1, not {workers}")
        self.size = workers
        self.config = config or WorkerConfig()
        self.limits = limits or default_limits()
        self.chunk_articles, self.chunk_chars = chunk_articles, chunk_chars
        self._context = multiprocessing.get_context(zygote.start_method())
        self._workers: list[_Worker] = []
        self._chunk_ids = 0
        self._closed = False
        self._server_held = False
        self.restarts = 0

    # -- workers ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the workers and wait until each has loaded the pipeline."""
        if self._closed:
            raise SitroomError(STOPPED)
        if self._context.get_start_method() == "forkserver" and not self._server_held:
            zygote.prepare(self._context, self.config)
            zygote.hold()
            self._server_held = True
        try:
            while len(self._workers) < self.size:
                self._workers.append(self._spawn())
        finally:
            zygote.done_starting()
        for worker in self._workers:
            self._await_ready(worker)

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=worker_main, args=(child, self.config), daemon=True, name="sitroom-extract"
        )
        with zygote.single_threaded_children():
            process.start()
        child.close()
        return _Worker(process, parent)

    def _await_ready(self, worker: _Worker) -> None:
        if worker.ready:
            return
        if not worker.conn.poll(START_SECONDS):
            self._stop(worker)
            raise SitroomError("an extraction worker did not start: check memory, or use --workers 1")
        try:
            message = worker.conn.recv()
        except EOFError:
            message = ("fatal", f"worker exited with code {worker.process.exitcode}")
        self._started(worker, message)

    def _started(self, worker: _Worker, message: tuple) -> None:
        if message[0] != "ready":
            self._stop(worker)
            raise SitroomError(
                f"an extraction worker could not start: {message[1]}; run with --workers 0 to"
                " see the error in this process"
            )
        worker.ready = True

    def _stop(self, worker: _Worker) -> None:
        with contextlib.suppress(Exception):
            worker.conn.close()
        if worker.process.is_alive():
            worker.process.terminate()
            worker.process.join(2)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(2)

    def _replace(self, worker: _Worker) -> None:
        """Stop a worker and start another in its place; it takes work once it says ready."""
        self._stop(worker)
        self.restarts += 1
        self._workers[self._workers.index(worker)] = self._spawn()

    def close(self) -> None:
        """Ask the workers to stop, then make sure they have (safe from another thread:
        an extraction running there ends with an error)."""
        self._closed = True
        for worker in list(self._workers):
            with contextlib.suppress(Exception):
                worker.conn.send(None)
        for worker in list(self._workers):
            worker.process.join(2)
            self._stop(worker)
        if self._server_held:
            self._server_held = False
            zygote.release()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- work ---------------------------------------------------------------------------

    def _chunks(self, articles: Iterable[Article]) -> Iterator[_Chunk]:
        """Chunks of at most ``chunk_articles`` articles or about ``chunk_chars`` characters.
        With several workers the input is read a round of chunks ahead, and once its end is
        in sight each chunk takes a share of what is left (half a round's share, at least
        one article), so the workers finish about together rather than one working alone
        through a whole last chunk while the others wait."""
        source = enumerate(articles)
        ahead: deque[tuple[int, Article]] = deque()
        window = self.size * self.chunk_articles if self.size > 1 else 0
        exhausted = False
        while True:
            while not exhausted and len(ahead) < window + self.chunk_articles:
                item = next(source, None)
                exhausted = item is None
                if item is not None:
                    ahead.append(item)
            if not ahead:
                return
            most = self.chunk_articles
            if exhausted and len(ahead) <= window:
                most = max(1, min(most, -(-len(ahead) // (2 * self.size))))
            seqs: list[int] = []
            batch: list[Article] = []
            chars = 0
            while ahead and len(batch) < most and chars < self.chunk_chars:
                seq, article = ahead.popleft()
                seqs.append(seq)
                batch.append(article)
                chars += len(article.text)
            yield self._chunk(seqs, batch)

    def _chunk(self, seqs: list[int], articles: list[Article]) -> _Chunk:
        self._chunk_ids += 1
        return _Chunk(self._chunk_ids, list(seqs), list(articles))

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """One Outcome per article, in input order; input is read only as work is needed."""
        source = self._chunks(articles)
        first = next(source, None)
        if first is None:  # nothing to extract: no worker needs to start
            return
        self.start()
        source = itertools.chain([first], source)
        retry: deque[_Chunk] = deque()
        ready: dict[int, Outcome] = {}
        next_seq, exhausted, in_flight = 0, False, 0
        while True:
            backlog = len(ready) > 4 * self.size * self.chunk_articles  # bound memory
            for worker in self._workers:
                if worker.chunk is not None or not worker.ready:
                    continue
                chunk = retry.popleft() if retry else None
                if chunk is None and not exhausted and not backlog:
                    chunk = next(source, None)
                    exhausted = chunk is None
                if chunk is not None:
                    self._assign(worker, chunk)
                    in_flight += 1
            while next_seq in ready:
                yield ready.pop(next_seq)
                next_seq += 1
            if exhausted and not retry and in_flight == 0:
                break
            in_flight -= self._receive(ready, retry)

    def _assign(self, worker: _Worker, chunk: _Chunk) -> None:
        worker.chunk = chunk
        worker.deadline = time.monotonic() + self.limits.article_seconds
        worker.conn.send((chunk.id, chunk.articles))

    def _receive(self, ready: dict[int, Outcome], retry: deque[_Chunk]) -> int:
        """Wait for messages (or the next deadline); returns how many chunks finished."""
        busy = [w for w in self._workers if w.chunk is not None]
        starting = [w for w in self._workers if not w.ready]
        if not busy and not starting:
            return 0
        deadlines = [w.deadline for w in busy] + [w.started + START_SECONDS for w in starting]
        timeout = max(0.0, min(deadlines) - time.monotonic())
        finished = 0
        for conn in wait([w.conn for w in busy + starting], timeout):
            worker = next(w for w in self._workers if w.conn is conn)
            try:
                message = conn.recv()
            except (EOFError, OSError):
                if not worker.ready:
                    self._started(worker, ("fatal", f"exit code {worker.process.exitcode}"))
                finished += self._give_up(
                    worker, ready, retry, "extraction failed: the worker process died (out of memory?)"
                )
                continue
            if not worker.ready:
                self._started(worker, message)
                continue
            finished += self._handle(worker, message, ready)
        now = time.monotonic()
        for worker in starting:
            if not worker.ready and now > worker.started + START_SECONDS:
                self._stop(worker)
                raise SitroomError("an extraction worker did not start: check memory, or use --workers 1")
        for worker in busy:
            if worker.chunk is not None and now > worker.deadline:
                message = timeout_message(self.limits.article_seconds)
                finished += self._give_up(worker, ready, retry, message)
        return finished

    def _handle(self, worker: _Worker, message: tuple, ready: dict[int, Outcome]) -> int:
        chunk = worker.chunk
        kind = message[0]
        if kind == "done":
            worker.chunk = None
            return 1
        _, chunk_id, index, payload = message
        if chunk is None or chunk_id != chunk.id:
            return 0
        article = chunk.articles[index]
        if kind == "ok":
            events, warnings = payload
            ready[chunk.seqs[index]] = Outcome(article, events, warnings=warnings)
        else:
            ready[chunk.seqs[index]] = Outcome(article, error=failure(article, f"extraction failed: {payload}"))
        chunk.done.add(index)
        worker.deadline = time.monotonic() + self.limits.article_seconds
        return 0

    def _give_up(
        self, worker: _Worker, ready: dict[int, Outcome], retry: deque[_Chunk], message: str
    ) -> int:
        """Replace a stuck or dead worker; retry its unfinished articles one by one, or
        report the one article it was on when it was alone."""
        if self._closed:
            raise SitroomError(STOPPED)
        chunk = worker.chunk
        worker.chunk = None
        self._replace(worker)
        if chunk is None:
            return 0
        left = [i for i in range(len(chunk.articles)) if i not in chunk.done]
        if len(chunk.articles) == 1:
            for index in left:
                article = chunk.articles[index]
                ready[chunk.seqs[index]] = Outcome(article, error=failure(article, message))
            return 1
        for index in left:
            retry.append(self._chunk([chunk.seqs[index]], [chunk.articles[index]]))
        return 1
