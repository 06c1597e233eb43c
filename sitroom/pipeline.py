"""The runner: spaCy parses, then the named components fill each event record in turn.

    nlp (spaCy parse) → events → actors → geo → time → finalize

The component types and the registry live in `sitroom.components` (the bottom layer the
stages import); this module sits on top: it picks the components, gives the parser the
entity-ruler patterns they own, and runs them over each article.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
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
from sitroom.errors import ConfigError, UnsupportedLanguage
from sitroom.lang import DEFAULT_LANGUAGE, LanguagePack, get_pack, reading
from sitroom.lang.detect import article_language
from sitroom.model import Article, Event
from sitroom.nlp import build_nlp
from sitroom.nlp.sentence_cap import default_max_tokens
from sitroom.time.publication import filed_day, mark_undated, resolve_publication

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_COMPONENTS",
    "infos",
    "Candidate",
    "Component",
    "Context",
    "Factory",
    "Pipeline",
    "Settings",
    "article_language",
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
def _cached_nlp(
    names: tuple[str, ...], actor_files: tuple[str, ...], language: str, max_tokens: int
) -> Language:
    settings = Settings(actor_files=list(actor_files), language=language)
    pack = get_pack(language)
    with reading(pack):  # the components' names and word lists in this language
        patterns = ruler_patterns(names, settings)
    return build_nlp(patterns, model_name=pack.model, max_sentence_tokens=max_tokens)


def load_nlp(
    settings: Settings | None = None, components: Iterable[str] = DEFAULT_COMPONENTS
) -> Language:
    """The language pack's spaCy model with the entity ruler the components ask for and
    the sentence-length cap (built once per process and settings)."""
    files = tuple(settings.actor_files) if settings else ()
    language = settings.language if settings else DEFAULT_LANGUAGE
    max_tokens = (settings and settings.max_sentence_tokens) or default_max_tokens()
    return _cached_nlp(tuple(components), files, language, max_tokens)


class Pipeline:
    """Article → list[Event]. Build once, call many times."""

    def __init__(
        self,
        components: Iterable[str] = DEFAULT_COMPONENTS,
        settings: Settings | None = None,
        nlp: Any = None,
    ) -> None:
        self.settings = settings or Settings()
        self.pack = get_pack(self.settings.language)
        self.component_names = list(components)
        chosen = select(self.component_names)
        self.nlp = nlp if nlp is not None else load_nlp(self.settings, self.component_names)
        with reading(self.pack):  # what a factory loads is in the pipeline's language
            self.components: list[tuple[str, Component]] = [
                (info.name, info.factory(self.settings)) for info in chosen
            ]
        self.timings: dict[str, float] = {name: 0.0 for name in ["nlp", *self.component_names]}
        self._other_languages: dict[str, Pipeline] = {}
        #: What the stages reported about the last article read (a sentence they skipped
        #: on an error, a toll they could not count): also logged as warnings.
        self.last_warnings: list[str] = []

    def __call__(self, article: Article) -> list[Event]:
        return self.extract(article)

    def pack_for(self, article: Article) -> LanguagePack:
        """The language pack that reads this article; `UnsupportedLanguage` names a
        language without one."""
        return get_pack(article_language(article))

    def unsupported(self, article: Article) -> UnsupportedLanguage | None:
        """Why this article cannot be read (its language has no pack), or None."""
        try:
            self.pack_for(article)
        except UnsupportedLanguage as exc:
            return exc
        return None

    def _for_pack(self, pack: LanguagePack) -> Pipeline:
        """This pipeline, or its twin for another installed language (built on first use)."""
        if pack.code == self.pack.code:
            return self
        if pack.code not in self._other_languages:
            settings = replace(self.settings, language=pack.code)
            self._other_languages[pack.code] = Pipeline(self.component_names, settings)
        return self._other_languages[pack.code]

    def extract(self, article: Article) -> list[Event]:
        runner = self._for_pack(self.pack_for(article))
        doc = runner._parse([article.text])[0]
        events = runner._run_components(article, doc)
        self.last_warnings = runner.last_warnings
        return events

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Parse with ``nlp.pipe`` in batches (and processes), then run the components.

        Every article's language is checked before anything is parsed; one in another
        installed language is read by that pack's pipeline, in its place in the order."""
        tagged = [(a, self._for_pack(self.pack_for(a))) for a in articles]
        start = time.perf_counter()
        docs = self.nlp.pipe(
            (a.text for a, runner in tagged if runner is self),
            batch_size=batch_size,
            n_process=n_process,
        )
        for article, runner in tagged:
            if runner is not self:
                yield article, self.extract(article)  # its twin reads it
                continue
            doc = next(docs)
            self.timings["nlp"] += time.perf_counter() - start
            yield article, self._run_components(article, doc)
            start = time.perf_counter()

    def _parse(self, texts: list[str]) -> list[Doc]:
        start = time.perf_counter()
        docs = list(self.nlp.pipe(texts))
        self.timings["nlp"] += time.perf_counter() - start
        return docs

    def _run_components(self, article: Article, doc: Doc) -> list[Event]:
        with reading(self.pack):  # every stage reads this article's language pack
            return self._run_stages(article, doc)

    def _run_stages(self, article: Article, doc: Doc) -> list[Event]:
        published, evidence = resolve_publication(article, self.settings.today)
        filed = filed_day(article.text or "", published) if published is not None else None
        if filed is not None:  # "KABUL, Aug 4 (Reuters) -" published on Aug 6: Aug 4 is its today
            published, evidence = filed
        # An undated report is parsed against the clock, then every date that leaned on it is removed.
        anchor = published or date.today()
        ctx = Context(
            article=article,
            doc=doc,
            published=anchor,
            published_evidence=evidence,
            undated=published is None,
        )
        for name, comp in self.components:
            start = time.perf_counter()
            comp(ctx)
            self.timings[name] += time.perf_counter() - start
        events = [c.event for c in ctx.candidates]
        self.last_warnings = list(ctx.warnings)
        for warning in ctx.warnings:  # a stage that skipped text must not do it silently
            log.warning("article %s: %s", article.id[:12], warning)
        if published is None:
            mark_undated(events)
        return events
