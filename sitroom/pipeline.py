"""The runner: spaCy parses, then the named components fill each event record in turn.

    nlp (spaCy parse) → events → actors → geo → time → finalize

The component types and the registry live in `sitroom.components` (the bottom layer the
stages import); this module sits on top: it picks the components, gives the parser the
entity-ruler patterns they own, and runs them over each article.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.components import (
    PARSE_PROVIDES,
    Candidate,
    Component,
    ComponentInfo,
    Context,
    Factory,
    Settings,
    component,
    infos,
    registered,
)
from sitroom.errors import ConfigError
from sitroom.model import Article, Event
from sitroom.nlp import build_nlp
from sitroom.time.publication import mark_undated, resolve_publication

__all__ = [
    "DEFAULT_COMPONENTS",
    "infos",
    "Candidate",
    "Component",
    "Context",
    "Factory",
    "Pipeline",
    "Settings",
    "component",
    "load_nlp",
    "registered",
]

#: The default order. `events` creates candidates; the rest fill them.
DEFAULT_COMPONENTS: tuple[str, ...] = ("events", "actors", "geo", "time", "finalize")


def select(names: Iterable[str]) -> list[ComponentInfo]:
    """The named components, in order; an unknown name lists the valid ones, and a
    component that reads what no earlier one fills is named with what it lacks."""
    known = infos()
    names = list(names)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(
            f"unknown pipeline component(s): {', '.join(unknown)}; "
            f"valid: {', '.join(sorted(known))} (see `sitroom components`)"
        )
    chosen = [known[n] for n in names]
    provided = set(PARSE_PROVIDES)
    for info in chosen:
        missing = [r for r in info.requires if r not in provided]
        if missing:
            raise ConfigError(
                f"component {info.name!r} requires {', '.join(missing)}, which no earlier "
                "component assigns; put the component that assigns it first"
            )
        provided.update(info.assigns)
    return chosen


def ruler_patterns(names: Iterable[str], settings: Settings) -> list[dict]:
    """Entity-ruler patterns from the chosen components that own names (geo, actors...)."""
    patterns: list[dict] = []
    for info in select(names):
        if info.patterns is not None:
            patterns.extend(info.patterns(settings))
    return patterns


@lru_cache(maxsize=4)
def _cached_nlp(names: tuple[str, ...], actor_files: tuple[str, ...]) -> Language:
    return build_nlp(ruler_patterns(names, Settings(actor_files=list(actor_files))))


def load_nlp(
    settings: Settings | None = None, components: Iterable[str] = DEFAULT_COMPONENTS
) -> Language:
    """spaCy with the entity ruler the components ask for (built once per process)."""
    files = tuple(settings.actor_files) if settings else ()
    return _cached_nlp(tuple(components), files)


class Pipeline:
    """Article → list[Event]. Build once, call many times."""

    def __init__(
        self,
        components: Iterable[str] = DEFAULT_COMPONENTS,
        settings: Settings | None = None,
        nlp: Any = None,
    ) -> None:
        self.settings = settings or Settings()
        self.component_names = list(components)
        chosen = select(self.component_names)
        self.nlp = nlp if nlp is not None else load_nlp(self.settings, self.component_names)
        self.components: list[tuple[str, Component]] = [
            (info.name, info.factory(self.settings)) for info in chosen
        ]
        self.timings: dict[str, float] = {name: 0.0 for name in ["nlp", *self.component_names]}

    def __call__(self, article: Article) -> list[Event]:
        return self.extract(article)

    def extract(self, article: Article) -> list[Event]:
        doc = self._parse([article.text])[0]
        return self._run_components(article, doc)

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Parse with ``nlp.pipe`` in batches (and processes), then run the components."""
        items = list(articles)
        start = time.perf_counter()
        docs = self.nlp.pipe(
            (a.text for a in items), batch_size=batch_size, n_process=n_process
        )
        pending = iter(items)
        for doc in docs:
            self.timings["nlp"] += time.perf_counter() - start
            article = next(pending)
            yield article, self._run_components(article, doc)
            start = time.perf_counter()

    def _parse(self, texts: list[str]) -> list[Doc]:
        start = time.perf_counter()
        docs = list(self.nlp.pipe(texts))
        self.timings["nlp"] += time.perf_counter() - start
        return docs

    def _run_components(self, article: Article, doc: Doc) -> list[Event]:
        published, evidence = resolve_publication(article, self.settings.today)
        # An undated report is parsed against the clock, then every date that leaned on it is removed.
        anchor = published or date.today()
        ctx = Context(article=article, doc=doc, published=anchor, published_evidence=evidence)
        for name, comp in self.components:
            start = time.perf_counter()
            comp(ctx)
            self.timings[name] += time.perf_counter() - start
        events = [c.event for c in ctx.candidates]
        if published is None:
            mark_undated(events)
        return events
