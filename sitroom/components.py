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
from sitroom.model import Article, Event, Evidence, TimeRef

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


#: What one stage leaves for another: typed fields of `Candidate`, never `data` keys.
HANDOFFS: tuple[str, ...] = (
    "family", "triggers", "sentence_index", "nominal", "weapon", "weapon_span", "weapons",
    "aggregate", "aggregate_cue", "ongoing", "ongoing_cue", "retrospective",
    "retrospective_cue", "elaborates", "listed_places", "place_focus", "listed_count",
    "status_reason", "separate_incident", "actors_pending", "time_ref", "date_range",
    "date_stated", "date_source", "weapon_count", "fatalities_known", "fatalities_exact", "tally",
    "toll_adds", "toll_total", "described_place", "claimed_over",
)


class Scratch(dict):
    """A stage's private scratch values. The names of typed hand-offs are refused, so a
    value meant for another stage cannot hide in an untyped dict."""

    @staticmethod
    def _check(key: object) -> None:
        if key in HANDOFFS:
            raise KeyError(f"{key!r} is a typed field of Candidate: use candidate.{key}")

    def __getitem__(self, key: str) -> Any:
        self._check(key)
        return super().__getitem__(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._check(key)
        super().__setitem__(key, value)

    def __contains__(self, key: object) -> bool:
        self._check(key)
        return super().__contains__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._check(key)
        return super().get(key, default)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self._check(key)
        return super().setdefault(key, default)

    def pop(self, key: str, *default: Any) -> Any:
        self._check(key)
        return super().pop(key, *default)


@dataclass
class Candidate:
    """One event being built: where in the text it came from, and the record so far.

    `events` sets trigger, sentence, agent/patient and the type fields; later
    components read these spans instead of re-deriving them. Every value one stage
    leaves for another is a typed field below (`HANDOFFS`); ``data`` is for values a
    stage keeps to itself.
    """

    event: Event
    sentence: Span
    trigger: Token | Span
    agent: Span | None = None  # who acted (actor1 text), from the parse
    patient: Span | None = None  # who or what was acted on (actor2 text)
    attribution: Span | None = None  # "sources told Shafaq News", "the spokesperson said"
    parent: Candidate | None = None  # the event this one follows ("followed the attack")
    # -- left by `events` (read by actors, time and finalize)
    family: str = ""  # trigger family: kinetic, statement, ...
    triggers: list[Token | Span] = field(default_factory=list)  # every trigger merged into it
    sentence_index: int | None = None  # which sentence of the article tells it
    nominal: bool = False  # told by nouns only ("the attack"), not by a verb
    weapon: str = ""  # the weapon class that decides the type, and where it is named
    weapon_span: Token | Span | None = None
    weapons: list[str] = field(default_factory=list)  # every weapon class named
    aggregate: bool = False  # sums up many events ("dozens of attacks since 2016")
    aggregate_cue: Token | Span | None = None
    ongoing: bool = False  # a continuing state ("as fighting continues")
    ongoing_cue: Token | Span | None = None
    retrospective: bool = False  # looks back ("had killed")
    retrospective_cue: Token | Span | None = None
    elaborates: bool = False  # retells its parent with more detail
    # the doer a claim's claimant replaced ('gunmen' of 'gunmen attacked ... X said it carried
    # out the raid'): actor1 when no dictionary knows the claimant
    claimed_over: Span | None = None
    # one sentence naming several attacked places ("raided A and B"): one record per place;
    # read by geo (the focus is this record's place, the others are its siblings')
    listed_places: list[Span] = field(default_factory=list)
    place_focus: Span | None = None
    listed_count: int | None = None  # the toll the list gives this place ("two in A"), if any
    status_reason: str = ""  # why the record is background (events' assembly, finalize)
    separate_incident: bool = False  # told as another incident ("Meanwhile, ..."): assembly
    # -- left by `geo` for events' assembly: placed only by where a participant came from
    # ("trucks carrying fuel from X", `geo.described`), a weak place a later detail may be
    described_place: bool = False
    # -- left by `actors` for finalize: actor fields to re-resolve once geo knows the country
    actors_pending: dict[str, str] = field(default_factory=dict)
    # -- left by `time` (read by events' assembly, finalize and the time yardstick)
    time_ref: TimeRef | None = None
    date_range: tuple[date, date] | None = None
    date_stated: bool | None = None  # read from the text or a parent; None: time did not run
    date_source: str = ""  # text, parent, previous or publication
    weapon_count: int | None = None  # "fired five rockets"
    fatalities_known: bool = False
    fatalities_exact: bool | None = None  # the toll is exact, not a floor; None: not counted
    tally: bool = False  # its toll is a whole conflict's ("killed in the conflict"): recalled
    toll_adds: bool = False  # its toll adds dead to those told before ("two others were also killed")
    toll_total: bool = False  # its toll sums those told beside it ("a total of 12 died")
    data: dict[str, Any] = field(default_factory=Scratch)  # stage-private scratch values

    def __post_init__(self) -> None:
        if not isinstance(self.data, Scratch):
            scratch = Scratch()
            for key, value in self.data.items():
                scratch[key] = value  # refuses hand-off names
            self.data = scratch


@dataclass
class Context:
    """Everything the components share while processing one article."""

    article: Article
    doc: Doc
    published: date
    published_evidence: Evidence | None = None
    undated: bool = False  # no publication date, dateline or --published: ``published`` is the clock
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    country_hint: str = ""  # the country the caller knows the article is about, if any
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
