"""The ingest job: read → extract → store, one article at a time, losing nothing.

A failure in one article (unreadable input, an extractor crash, a store error for
that article) is recorded and reported; every other article is still stored. Each
article is saved in its own transaction, so a crash mid-batch leaves whole articles
only, and re-running the batch skips what is already stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from sitroom.errors import UnsupportedLanguage, explain
from sitroom.fuse.neardup import find_copy
from sitroom.fuse.save import save
from sitroom.ingest import IngestError
from sitroom.ingest.extractors import InlineExtractor, Outcome
from sitroom.ingest.homes import OutletHomes
from sitroom.ingest.limits import Limits, check_article, default_limits
from sitroom.lang import get_pack
from sitroom.lang.detect import article_language
from sitroom.model import Article, Event
from sitroom.store import Store

if TYPE_CHECKING:  # the store writer never loads spaCy: workers extract
    from sitroom.pipeline import Pipeline


class Extractor(Protocol):
    """Articles in, one Outcome per article out, in the same order."""

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]: ...

    def close(self) -> None: ...


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
    warnings: list[str] = field(default_factory=list)  # e.g. over-long sentences that were cut

    @property
    def ok(self) -> bool:
        return not self.errors


def ingest(
    items: Iterable[Article | IngestError],
    store: Store,
    extractor: Pipeline | Extractor,
    batch_size: int = 16,
    after_save: Iterable[AfterSave] = (),
    on_item: Callable[[Article | IngestError], None] | None = None,
    limits: Limits | None = None,
) -> IngestReport:
    """Store every article of ``items`` with its events; ``extractor`` is a Pipeline (run
    in this process) or a `WorkerPool` (worker processes extract while this one writes)."""
    report = IngestReport()
    hooks = list(after_save)
    limits = limits or default_limits()
    homes = OutletHomes(store)  # a local outlet's namesakes are its own (`sitroom.geo.home_area`)
    if not hasattr(extractor, "close"):
        extractor = InlineExtractor(extractor, limits, batch_size)

    def fresh() -> Iterator[Article]:
        """The articles worth extracting; the rest are counted, recorded or linked here."""
        for item in items:
            report.articles_seen += 1
            if on_item:
                on_item(item)
            if isinstance(item, IngestError):
                _fail(store, report, item)
                continue
            if store.has_article(item.id):
                report.articles_skipped += 1
                continue
            checked = unreadable(item) or check_article(item, limits)
            if isinstance(checked, IngestError):
                _fail(store, report, checked)
                continue
            report.warnings += checked
            if find_copy(store, item) is not None:
                _store_one(store, item, [], report, hooks)
                continue
            yield homes.read(item)

    for outcome in extractor.extract(fresh()):
        if outcome.error is not None:
            _fail(store, report, outcome.error)
            continue
        report.warnings += named(outcome)
        # a copy of an article stored while this one was being extracted is linked, as in
        # a sequential run, and its own events are not added: the save transaction looks
        # for the copy again (`fuse.save`), so it is not looked for here a second time
        _store_one(store, outcome.article, outcome.events, report, hooks)
    return report


def named(outcome: Outcome) -> list[str]:
    """What the stages reported about an article (a sentence skipped on an error...), one
    line each, naming the article: the article is still stored."""
    where = outcome.article.origin or outcome.article.id
    return [f"{where}: {warning}" for warning in outcome.warnings]


def unreadable(article: Article) -> IngestError | None:
    """An error naming the article's language when no installed language pack reads it."""
    try:
        get_pack(article_language(article))
    except UnsupportedLanguage as exc:
        return IngestError(article.origin or article.id, str(exc))
    return None


def _store_one(
    store: Store, article: Article, events: list[Event], report: IngestReport, hooks: list[AfterSave]
) -> None:
    try:
        result = save(store, article, events)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
        error = IngestError(article.origin or article.id, f"store failed: {explain(exc)}")
        _fail(store, report, error)
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
        try:
            hook(store, article, result.event_ids)
        except Exception as exc:  # noqa: BLE001 - a failing hook must not stop the batch
            _fail(store, report, IngestError(
                article.origin or article.id, f"after-save hook failed: {explain(exc)}"
            ))


def _fail(store: Store, report: IngestReport, error: IngestError) -> None:
    """Report an error and record it in the store's `failures` (stderr alone when the store
    cannot take it)."""
    report.errors.append(error)
    with contextlib.suppress(Exception):
        store.record_failure(error.origin, error.message)


@dataclass
class Extracted:
    """What `extract_all` found: the events, and the articles that could not be extracted."""

    events: list[Event] = field(default_factory=list)
    extracted: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_all(
    articles: Iterable[Article], extractor: Pipeline | Extractor, limits: Limits | None = None
) -> Extracted:
    """Extract without storing (`sitroom extract`), with the same limits and isolation."""
    limits = limits or default_limits()
    if not hasattr(extractor, "close"):
        extractor = InlineExtractor(extractor, limits)
    result = Extracted()

    def bounded() -> Iterator[Article]:
        for article in articles:
            checked = unreadable(article) or check_article(article, limits)
            if isinstance(checked, IngestError):
                result.errors.append(checked)
                continue
            result.warnings += checked
            yield article

    for outcome in extractor.extract(bounded()):
        if outcome.error is not None:
            result.errors.append(outcome.error)
            continue
        result.warnings += named(outcome)
        result.extracted += 1
        result.events.extend(outcome.events)
    return result
