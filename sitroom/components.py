"""Pipeline component types and the registry: the bottom layer every stage builds on.

A component is a callable ``component(ctx: Context) -> None`` made by a factory that
receives the run's `Settings`, so expensive state (a gazetteer, an actor dictionary) is
loaded once per process. Factories register with the `component` decorator, naming the
fields they fill (``assigns``) and those they read (``requires``); a component may also
give the runner entity-ruler patterns for the names it owns.

Components are found through the ``sitroom.components`` entry-point group, so a package
adds one by declaring, in its ``pyproject.toml``::

    [project.entry-points."sitroom.components"]
    my_component = "my_package.module:my_factory"

This module imports no stage: stages import it, and the runner (`sitroom.pipeline`) sits
on top of both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import entry_points
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitroom.errors import ConfigError
from sitroom.model import Article, Event, Evidence

Component = Callable[["Context"], None]
Factory = Callable[["Settings"], Component]
Patterns = Callable[["Settings"], list[dict]]

#: The entry-point group components are registered under.
ENTRY_POINT_GROUP = "sitroom.components"

#: What the parse provides before any component runs.
PARSE_PROVIDES: tuple[str, ...] = ("doc", "doc.sents", "doc.ents", "doc.deps", "published")


@dataclass(frozen=True)
class ComponentInfo:
    """A registered component: its factory and what it reads and fills."""

    name: str
    factory: Factory
    assigns: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    patterns: Patterns | None = None  # entity-ruler patterns for the names it owns
    module: str = ""


_REGISTRY: dict[str, ComponentInfo] = {}
_ENTRY_POINTS_LOADED = False


class RegistryError(ConfigError):
    """A component entry point that cannot be loaded or does not name a component."""


def component(
    name: str,
    *,
    assigns: Iterable[str] = (),
    requires: Iterable[str] = (),
    patterns: Patterns | None = None,
) -> Callable[[Factory], Factory]:
    """Register a component factory under ``name`` (decorator).

    ``assigns`` and ``requires`` use dotted names: ``candidates`` (the list of candidate
    events), ``candidate.agent`` (a span on the candidate), ``event.actor1`` (a field of the
    record), ``doc.ents`` (from the parse). The runner checks that every required name is
    assigned by an earlier component or by the parse.
    """

    def register(factory: Factory) -> Factory:
        info = ComponentInfo(
            name=name,
            factory=factory,
            assigns=tuple(assigns),
            requires=tuple(requires),
            patterns=patterns,
            module=getattr(factory, "__module__", ""),
        )
        _REGISTRY[name] = info
        factory.component_info = info  # type: ignore[attr-defined]
        return factory

    return register


def _load_entry_points(reload: bool = False) -> None:
    """Import every module named in the entry-point group (their decorators register)."""
    global _ENTRY_POINTS_LOADED
    if _ENTRY_POINTS_LOADED and not reload:
        return
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            factory = ep.load()
        except Exception as exc:  # a third-party package may be broken
            raise RegistryError(
                f"component {ep.name!r} ({ep.value}) failed to load: {exc}; "
                "reinstall the package that provides it or uninstall it"
            ) from exc
        info = getattr(factory, "component_info", None)
        if info is None:
            raise RegistryError(
                f"entry point {ep.name!r} ({ep.value}) is not a component factory; "
                "decorate it with sitroom.components.component"
            )
        if info.name != ep.name:
            raise RegistryError(
                f"entry point {ep.name!r} registers a component named {info.name!r}; "
                "give both the same name"
            )
    _ENTRY_POINTS_LOADED = True


def infos(reload: bool = False) -> dict[str, ComponentInfo]:
    """Every known component, by name: those installed through entry points and any
    registered in this process with the decorator (``reload`` looks for new packages)."""
    _load_entry_points(reload)
    return dict(_REGISTRY)


def registered() -> dict[str, Factory]:
    """Factories by name (see `infos` for what each assigns and requires)."""
    return {name: info.factory for name, info in infos().items()}


@dataclass
class Settings:
    """What the user may change about a run; passed to every component factory."""

    actor_files: list[str] = field(default_factory=list)  # extra actor dictionaries (--actors)
    gazetteer_path: str | None = None  # a gazetteer built or imported by the user
    today: date | None = None  # the user's publication date for articles without one (--published)
    language: str = "en"  # the language pack the components read (sitroom/lang/<code>/)
    max_sentence_tokens: int | None = None  # None: the default in sitroom/nlp/data/sentence_cap.yaml
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
