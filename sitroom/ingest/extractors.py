"""Extraction with per-article isolation: in this process, or in a pool of worker processes.

Both extractors take articles in order and give back one `Outcome` per article, in the
same order, so the single writer that stores them sees what a sequential run would. A
crash in one article costs that article only; so does a timeout. In this process the
time limit is an alarm signal (main thread only); in the pool a worker that runs past
it is stopped and replaced, and the articles it had not finished are tried again one by
one, so only the article that is really slow is reported.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sitroom.errors import SitroomError, explain
from sitroom.ingest.base import IngestError
from sitroom.ingest.limits import Limits, default_limits
from sitroom.model import Article, Event


@dataclass
class Outcome:
    """What became of one article: its events (and what the stages reported about it:
    a sentence skipped on an error...), or why it has none."""

    article: Article
    events: list[Event] = field(default_factory=list)
    error: IngestError | None = None
    warnings: list[str] = field(default_factory=list)


class ArticleTimeout(SitroomError):
    """Raised by the alarm inside an article that ran past its time limit."""


def failure(article: Article, exc: BaseException | str) -> IngestError:
    """One line naming the article and what went wrong."""
    where = article.origin or article.id
    if isinstance(exc, str):
        return IngestError(where, exc)
    if isinstance(exc, ArticleTimeout):
        return IngestError(where, str(exc))
    return IngestError(where, f"extraction failed: {explain(exc)}")


def stage_warnings(pipeline) -> list[str]:
    """What the stages reported about the article the pipeline read last."""
    return list(getattr(pipeline, "last_warnings", ()))


def timeout_message(seconds: float) -> str:
    return f"extraction stopped after {seconds:g} s (--article-timeout): article skipped"


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in this thread after ``seconds`` (main thread only; elsewhere
    nothing happens and the pool's process limit is what bounds work)."""
    usable = (
        seconds and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def ring(signum, frame):  # noqa: ARG001 - signal handler signature
        raise ArticleTimeout(timeout_message(seconds))

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class InlineExtractor:
    """Extraction in this process with a built Pipeline: batches parsed with ``nlp.pipe``;
    a batch that fails or times out is redone one article at a time."""

    def __init__(self, pipeline, limits: Limits | None = None, batch_size: int = 16) -> None:
        self.pipeline = pipeline
        self.limits = limits or default_limits()
        self.batch_size = batch_size

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Article]) -> list[Outcome]:
        seconds = self.limits.article_seconds
        try:
            with time_limit(seconds * len(batch)):
                return [
                    Outcome(a, ev, warnings=stage_warnings(self.pipeline))
                    for a, ev in self.pipeline.extract_many(batch)
                ]
        except Exception as exc:  # noqa: BLE001 - isolate the failing article below
            if len(batch) == 1:  # alone already: trying again would only double the wait
                return [Outcome(batch[0], error=failure(batch[0], exc))]
        outcomes = []
        for article in batch:
            try:
                with time_limit(seconds):
                    events = self.pipeline.extract(article)
                outcomes.append(Outcome(article, events, warnings=stage_warnings(self.pipeline)))
            except Exception as exc:  # noqa: BLE001 - reported, never fatal for the batch
                outcomes.append(Outcome(article, error=failure(article, exc)))
        return outcomes

    def close(self) -> None:
        pass
