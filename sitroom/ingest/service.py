"""The ingest job: read → extract → store, one article at a time, losing nothing.

A failure in one article (unreadable input, an extractor crash, a store error for
that article) is recorded and reported; every other article is still stored. Each
article is saved in its own transaction, so a crash mid-batch leaves whole articles
only, and re-running the batch skips what is already stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitroom.fuse.neardup import find_copy
from sitroom.fuse.save import save
from sitroom.ingest import IngestError
from sitroom.model import Article, Event
from sitroom.pipeline import Pipeline
from sitroom.store import Store

#: Hooks called after each stored article, e.g. alert evaluation: hook(store, article, event_ids).
AfterSave = Callable[[Store, Article, list[str]], None]


@dataclass
class IngestReport:
    articles_seen: int = 0
    articles_stored: int = 0
    articles_skipped: int = 0  # already in the store
    articles_copied: int = 0  # near-duplicate copies of stored articles: linked, not re-extracted
    events_added: int = 0
    events_merged: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def ingest(
    items: Iterable[Article | IngestError],
    store: Store,
    pipeline: Pipeline,
    batch_size: int = 16,
    after_save: Iterable[AfterSave] = (),
    on_item: Callable[[Article | IngestError], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    hooks = list(after_save)
    batch: list[Article] = []

    def flush() -> None:
        for article, events in _extract_each(pipeline, batch, report):
            _store_one(store, article, events, report, hooks)
        batch.clear()

    for item in items:
        report.articles_seen += 1
        if on_item:
            on_item(item)
        if isinstance(item, IngestError):
            report.errors.append(item)
            _record(store, item)
            continue
        if store.has_article(item.id):
            report.articles_skipped += 1
            continue
        unreadable = pipeline.unsupported(item)  # a language without a pack: named, recorded
        if unreadable is not None:
            error = IngestError(item.origin or item.id, str(unreadable))
            report.errors.append(error)
            _record(store, error)
            continue
        if find_copy(store, item) is not None:
            _store_one(store, item, [], report, hooks)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report


def _extract_each(
    pipeline: Pipeline, batch: list[Article], report: IngestReport
) -> Iterable[tuple[Article, list[Event]]]:
    """Batch-parse for speed; fall back to one at a time so one bad article costs only itself."""
    try:
        yield from list(pipeline.extract_many(batch))
        return
    except Exception:  # noqa: BLE001 - isolate the failing article below
        pass
    for article in batch:
        try:
            yield article, pipeline.extract(article)
        except Exception as exc:  # noqa: BLE001 - reported, never fatal for the batch
            error = IngestError(article.origin or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
            report.errors.append(error)


def _store_one(
    store: Store, article: Article, events: list[Event], report: IngestReport, hooks: list[AfterSave]
) -> None:
    try:
        result = save(store, article, events)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
        error = IngestError(article.origin or article.id, f"store failed: {type(exc).__name__}: {exc}")
        report.errors.append(error)
        _record(store, error)
        return
    if not result.article_new:
        report.articles_skipped += 1
        return
    report.articles_stored += 1
    if result.duplicate_of:
        report.articles_copied += 1
    report.events_added += result.events_added
    report.events_merged += result.events_merged
    for hook in hooks:
        hook(store, article, result.event_ids)


def _record(store: Store, error: IngestError) -> None:
    # Reporting the failure on stderr is enough when the store cannot take it.
    with contextlib.suppress(Exception):
        store.record_failure(error.origin, error.message)
