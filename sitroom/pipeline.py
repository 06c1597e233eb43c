"""The pipeline: spaCy parses, then small named components fill each event record in turn.

Like spaCy's own pipeline, components are registered by name and built by a factory
that receives the pipeline's settings, so expensive state (a gazetteer, an actor
dictionary) is loaded once per process.

    nlp (spaCy parse) → events → actors → geo → time → finalize

Each component is a callable ``component(ctx: Context) -> None`` that reads the parsed
document and the candidates made so far and fills fields on ``candidate.event``,
citing the text span each value came from with ``event.cite(field, evidence)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitroom.model import Article, Event, Evidence

Component = Callable[["Context"], None]
Factory = Callable[["Settings"], Component]

_FACTORIES: dict[str, Factory] = {}

#: The default order. `events` creates candidates; the rest fill them.
DEFAULT_COMPONENTS: tuple[str, ...] = ("events", "actors", "geo", "time", "finalize")

#: Modules whose import registers the default components.
_COMPONENT_MODULES: tuple[str, ...] = (
    "sitroom.events",
    "sitroom.actors",
    "sitroom.geo",
    "sitroom.time",
)


def component(name: str) -> Callable[[Factory], Factory]:
    """Register a component factory under ``name`` (decorator)."""

    def register(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        return factory

    return register


def registered() -> dict[str, Factory]:
    for module in _COMPONENT_MODULES:
        importlib.import_module(module)
    return dict(_FACTORIES)


@dataclass
class Settings:
    """What the user may change about a run; passed to every component factory."""

    actor_files: list[str] = field(default_factory=list)  # extra actor dictionaries (--actors)
    gazetteer_path: str | None = None  # a gazetteer built or imported by the user
    today: date | None = None  # the user's publication date for articles without one (--published)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Candidate:
    """One event being built: where in the text it came from, and the record so far.

    `events` sets trigger, sentence, agent/patient and the type fields; later
    components read these spans instead of re-deriving them.
    """

    event: Event
    sentence: Span
    trigger: Token | Span
    agent: Span | None = None  # who acted (actor1 text), from the parse
    patient: Span | None = None  # who or what was acted on (actor2 text)
    attribution: Span | None = None  # "sources told Shafaq News", "the spokesperson said"
    parent: Candidate | None = None  # the event this one follows ("followed the attack")
    data: dict[str, Any] = field(default_factory=dict)  # stage-private scratch values


@dataclass
class Context:
    """Everything the components share while processing one article."""

    article: Article
    doc: Doc
    published: date
    published_evidence: Evidence | None = None
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # article-level scratch (countries seen...)

    def evidence(self, span: Span | Token | None) -> Evidence | None:
        """The article-offset evidence for a spaCy span or token."""
        if span is None:
            return None
        if isinstance(span, Token):
            start, end = span.idx, span.idx + len(span.text)
        else:
            start, end = span.start_char, span.end_char
        return Evidence(start, end, self.article.text[start:end])

    def evidence_at(self, start: int, end: int) -> Evidence:
        return Evidence(start, end, self.article.text[start:end])


class Pipeline:
    """Article → list[Event]. Build once, call many times."""

    def __init__(
        self,
        components: Iterable[str] = DEFAULT_COMPONENTS,
        settings: Settings | None = None,
        nlp: Any = None,
    ) -> None:
        from sitroom.nlp import load_nlp

        self.settings = settings or Settings()
        factories = registered()
        self.component_names = list(components)
        unknown = [n for n in self.component_names if n not in factories]
        if unknown:
            raise ValueError(f"unknown pipeline component(s): {', '.join(unknown)}")
        self.nlp = nlp if nlp is not None else load_nlp(self.settings)
        self.components: list[tuple[str, Component]] = [
            (name, factories[name](self.settings)) for name in self.component_names
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
        import time

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
        import time

        start = time.perf_counter()
        docs = list(self.nlp.pipe(texts))
        self.timings["nlp"] += time.perf_counter() - start
        return docs

    def _run_components(self, article: Article, doc: Doc) -> list[Event]:
        import time

        from sitroom.time.publication import mark_undated, resolve_publication

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
