"""Component `finalize` (runs last): status, ids, notes, scale, unknown perpetrators, dedup.

Background vs new is decided in `sitroom.finalize.status`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom import yamlio
from sitroom.components import Candidate, Component, Context, Settings, component
from sitroom.events.assemble import assemble
from sitroom.events.component import trimmed
from sitroom.events.incident import has_date
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import lemma, unknown_perpetrator
from sitroom.events.sides import out_of_service, told_as_fighting
from sitroom.events.taxonomy import load_taxonomy
from sitroom.events.war_age import drop_war_ages
from sitroom.finalize.status import assign_status
from sitroom.model import ARMED_CODES, CIVILIAN_CODE, Event, interaction
from sitroom.nlp import span_text

DATA_DIR = Path(__file__).with_name("data")

UNIDENTIFIED = "Unidentified Armed Group"


@component(
    "finalize",
    requires=(
        "candidates", "event.event_type", "event.actor1", "event.country", "event.event_date",
        "candidate.actors_pending", "candidate.time_ref", "candidate.date_source",
        "candidate.weapon_count", "candidate.family", "candidate.elaborates",
        "candidate.listed_count", "candidate.tally", "candidate.fatalities_exact",
        "candidate.toll_adds", "candidate.toll_total",
        # why a record is background or one of a count, and what assembly carries over
        "candidate.nominal", "candidate.weapon_span", "candidate.aggregate",
        "candidate.aggregate_cue", "candidate.ongoing", "candidate.ongoing_cue",
        "candidate.retrospective", "candidate.retrospective_cue", "candidate.date_range",
        "candidate.date_stated", "candidate.described_place",
    ),
    assigns=(
        "event.status", "event.event_id_cnty", "event.year", "event.source",
        "event.source_scale", "event.notes", "event.timestamp",
        # events' assembly, run here: which mentions are one incident, and why a record is
        # background
        "candidate.status_reason", "candidate.separate_incident",
    ),
)
def make_finalize(settings: Settings) -> Component:
    scales = load_source_scales()
    templates = load_note_templates()

    actor_files = tuple(settings.actor_files)

    def finalize(ctx: Context) -> None:
        finalize_candidates(ctx, scales, templates, actor_files)

    return finalize


# ---------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def load_source_scales(path: str | None = None) -> dict[str, str]:
    """Lowercased source name → ACLED source_scale."""
    raw = yamlio.safe_load(Path(path or DATA_DIR / "sources.yaml").read_text(encoding="utf-8"))
    return {
        str(name).lower(): scale
        for scale, names in raw.items()
        if scale != "version"
        for name in names
    }


@lru_cache(maxsize=1)
def load_note_templates(path: str | None = None) -> dict[str, dict[str, str]]:
    raw = yamlio.safe_load(Path(path or DATA_DIR / "notes.yaml").read_text(encoding="utf-8"))
    return {"sub": dict(raw["sub_event_types"]), "plover": dict(raw["plover_types"])}


def source_scale(source: str, scales: dict[str, str]) -> str:
    """The scale of a known source; '' when the source is unknown to us."""
    low = source.lower().strip()
    if not low:
        return ""
    if low in scales:
        return scales[low]
    for name, scale in scales.items():
        if len(name) > 3 and name in low:
            return scale
    return ""


# ---------------------------------------------------------------------- ids and codes


def iso3_of(event: Event) -> str:
    import pycountry

    country = None
    if event.iso:
        country = pycountry.countries.get(numeric=f"{event.iso:03d}")
    if country is None and event.country:
        try:
            country = pycountry.countries.lookup(event.country)
        except LookupError:
            country = None
    return country.alpha_3 if country is not None else ""


def event_id(event: Event, position: int) -> str:
    """ISO3 + a number that depends only on the article and the event's position in it."""
    digest = hashlib.sha256(f"{event.article_id}:{position}".encode()).hexdigest()
    return f"{iso3_of(event) or 'XXX'}{int(digest[:12], 16) % 10**7}"


# ---------------------------------------------------------------------- actors


def fill_unidentified(c: Candidate) -> None:
    """A violent event with no perpetrator named gets ACLED's unidentified armed group."""
    ev = c.event
    if ev.actor1 or "Political violence" not in ev.disorder_type:
        return
    if ev.event_type == "Protests" or not _unknown_perpetrator(c.agent):
        return
    ev.actor1 = f"{UNIDENTIFIED} ({ev.country})" if ev.country else UNIDENTIFIED
    ev.inter1 = 3


def _unknown_perpetrator(agent: Span | None) -> bool:
    return unknown_perpetrator(agent, load_lexicon())


def _complete_pending_actors(ctx: Context, actor_files: tuple[str, ...]) -> None:
    """Let the actors stage name generic actors once the geo stage knows the country
    (with the dictionary the actors stage used: the same files, cached)."""
    pending = [c for c in ctx.candidates if c.actors_pending and c.event.country]
    if not pending:
        return
    try:
        from sitroom.actors import load_dictionary
        from sitroom.actors.component import complete_pending
    except ImportError:  # pragma: no cover - actors stage not installed
        return
    dictionary = load_dictionary(actor_files)
    for c in pending:
        complete_pending(c, c.event.country, dictionary, c.event.event_date)


def _crowd_namer(actor_files: tuple[str, ...]) -> Callable[[Candidate], None]:
    """The actors stage's renaming of a crowd for its record's final type (a march whose
    stones were told later is a riot: its crowd, "Rioters (X)"; the force it confronted; a
    mob's unnamed victims, civilians); nothing without it."""
    try:
        from sitroom.actors import load_dictionary
        from sitroom.actors.crowd import crowd_for_type
    except ImportError:  # pragma: no cover - actors stage not installed
        return lambda candidate: None
    dictionary = load_dictionary(actor_files)
    return lambda candidate: crowd_for_type(candidate.event, dictionary, candidate)


def _convention_namer(ctx: Context, actor_files: tuple[str, ...]) -> Callable[[Candidate], None]:
    """The actors stage's theatre conventions: remote violence a report leaves unattributed,
    where only one side strikes that ground (`sitroom.actors.conventions`), and the state a
    place was taken from (`sitroom.actors.losers`); nothing without it."""
    try:
        from sitroom.actors import load_dictionary
        from sitroom.actors.conventions import attribute_unnamed
        from sitroom.actors.losers import name_the_loser
    except ImportError:  # pragma: no cover - actors stage not installed
        return lambda candidate: None
    dictionary = load_dictionary(actor_files)
    text = ctx.article.text

    def name(candidate: Candidate) -> None:
        attribute_unnamed(candidate.event, dictionary, text)
        name_the_loser(candidate.event, dictionary)

    return name


def _gang_namer(ctx: Context) -> Callable[[Candidate], None]:
    """The actors stage's unidentified gang: an unnamed perpetrator whose deed bears the
    marks of organized crime, in the theatres that code it (`sitroom.actors.hallmarks`)."""
    try:
        from sitroom.actors.hallmarks import name_gang
    except ImportError:  # pragma: no cover - actors stage not installed
        return lambda candidate: None
    text = ctx.article.text
    return lambda candidate: name_gang(candidate.event, text)


def _regime_labeller(ctx: Context, actor_files: tuple[str, ...]) -> Callable[[Candidate], None]:
    """The actors stage's state names as on the report's publication day: a regime still in
    power then has an open label (`sitroom.actors.regimes`); nothing for an undated report."""
    try:
        from sitroom.actors import load_dictionary
        from sitroom.actors.regimes import open_labels
    except ImportError:  # pragma: no cover - actors stage not installed
        return lambda candidate: None
    if ctx.undated:
        return lambda candidate: None
    dictionary = load_dictionary(actor_files)
    return lambda candidate: open_labels(candidate.event, dictionary, ctx.published)


STATE, EXTERNAL = 1, 8
NON_STATE = (2, 3, 4)


def _own_government(ev: Event) -> bool:
    """State forces of the country the event is in; foreign armies take territory the way
    non-state actors do in ACLED's codebook."""
    if ev.inter1 != STATE:
        return False
    return not ev.country or ev.country.lower() in ev.actor1.lower()


def _armed_group(c: Candidate) -> bool:
    """A non-state armed actor: coded so by `actors`, or called a gang, cartel or militia
    (in the subject, or before the verb where the parse found no subject)."""
    if c.event.inter1 in NON_STATE:
        return True
    trig = c.trigger if isinstance(c.trigger, Token) else c.trigger.root
    told = c.agent if c.agent is not None else c.sentence.doc[c.sentence.start : trig.i]
    return bool({lemma(t) for t in told} & load_lexicon().cue("armed_group_nouns"))


def _on_civilians(ev: Event) -> bool:
    """An armed actor against civilians; state forces only against civilians the text names
    ("two men"): the unnamed casualties of a police or army operation ("two suspects were
    shot") are no proof that its clash was an attack on civilians."""
    if ev.inter2 != CIVILIAN_CODE or ev.inter1 not in ARMED_CODES:
        return False
    return ev.inter1 != STATE or "actor2" in ev.evidence


def _out_of_arms_victim(ev: Event) -> None:
    """ACLED codes a victim armed by trade but out of arms as a civilian of the country, with
    the force he served in as the associated actor."""
    ev.assoc_actor_2 = "; ".join(a for a in (ev.actor2, ev.assoc_actor_2) if a)
    ev.actor2 = f"Civilians ({ev.country})" if ev.country else "Civilians"
    ev.inter2 = CIVILIAN_CODE


def refine_with_actors(c: Candidate) -> None:
    """Once `actors` has coded who is who, apply ACLED's actor-dependent rules: arrests by
    non-state groups are abductions, territory taken by state forces is regained, a
    'clash' with civilians is violence against civilians and vice versa, aid an armed
    group hands out is a change to its activity (not a statement)."""
    ev, tax = c.event, load_taxonomy()
    new = None
    if ev.sub_event_type == "Arrests" and ev.inter1 in NON_STATE:
        new = ("Violence against civilians", "Abduction/forced disappearance")
    elif ev.sub_event_type == "Government regains territory" and not _own_government(ev):
        if ev.inter1 in (*NON_STATE, EXTERNAL, STATE):
            new = ("Battles", "Non-state actor overtakes territory")
    elif ev.sub_event_type == "Non-state actor overtakes territory" and _own_government(ev):
        new = ("Battles", "Government regains territory")
    elif ev.sub_event_type == "Armed clash" and _on_civilians(ev):
        if not told_as_fighting(c.trigger, c.patient, load_lexicon(), c.triggers):  # dead in a clash
            new = ("Violence against civilians", "Attack")
    elif ev.sub_event_type == "Attack" and ev.inter2 in ARMED_CODES and ev.inter1 in ARMED_CODES:
        if c.patient is not None and out_of_service(c.patient, load_lexicon()):
            _out_of_arms_victim(ev)  # 'a former soldier': a civilian (events typed it so)
        else:
            new = ("Battles", "Armed clash")
    elif ev.plover_type == "AID" and not ev.event_type and _armed_group(c):
        new = ("Strategic developments", "Change to group/activity")  # a gang handing out food
        ev.record_kind = "event"
    if new is None:
        return
    ev.event_type, ev.sub_event_type = new
    ev.disorder_type = tax.disorder_type(*new)
    ev.civilian_targeting = "Civilian targeting" if new[0] == "Violence against civilians" else ""
    if ev.plover_type == "COERCE" and new[1] == "Abduction/forced disappearance":
        ev.plover_type, ev.plover_mode = "ASSAULT", "abduct"


# ---------------------------------------------------------------------- notes


def _place(ev: Event) -> str:
    if not ev.location:
        return f" in {ev.country}" if ev.country else ""
    parts = [p for p in (ev.admin1, ev.country) if p and p != ev.location]
    return f" in {ev.location}" + (f" ({', '.join(parts)})" if parts else "")


def render_note(c: Candidate, templates: dict[str, dict[str, str]]) -> str:
    """'On 21 April 2024, <what happened>. <fatalities>. [source sentence]' from the fields."""
    ev = c.event
    template = templates["sub"].get(ev.sub_event_type) or templates["plover"].get(ev.plover_type)
    target = ev.actor2 or (c.patient.text if c.patient is not None else "") or "a target"
    weapon_span = c.weapon_span
    weapon = weapon_span.text if weapon_span is not None else "projectiles"
    count = c.weapon_count
    if isinstance(count, int) and count > 0 and not weapon[:1].isdigit():
        weapon = f"{count} {weapon}"
    trigger = c.trigger.text if c.trigger is not None else ""
    values = {
        "actor1": ev.actor1 or (c.agent.text if c.agent is not None else "unidentified actors"),
        "actor2": ev.actor2 or "another party",
        "target": target,
        "weapon": weapon,
        "place": _place(ev),
        "origin": f" from {ev.origin}" if ev.origin else "",
        "trigger": trigger,
    }
    core = (template or "{actor1} - {trigger}{place}.").format(**values)
    core = core[0].upper() + core[1:]
    if ev.event_date is not None:
        if not core.startswith(values["actor1"]) or values["actor1"].islower():
            core = core[0].lower() + core[1:]
        core = f"On {ev.event_date.day} {ev.event_date:%B} {ev.event_date.year}, {core}"
    parts = [core]
    if "Political violence" in ev.disorder_type:
        parts.append(
            f"{ev.fatalities} fatalities reported." if ev.fatalities else "No fatalities reported."
        )
    sentence = " ".join(span_text(trimmed(c.sentence)).split())
    parts.append(f"[{sentence}]")
    return " ".join(parts)


# ---------------------------------------------------------------------- duplicates


def _same_occurrence(a: Candidate, b: Candidate) -> bool:
    ea, eb = a.event, b.event
    if (ea.event_type, ea.sub_event_type, ea.plover_type) != (
        eb.event_type,
        eb.sub_event_type,
        eb.plover_type,
    ):
        return False
    if ea.event_date != eb.event_date or ea.status != eb.status:
        return False
    if not (has_date(a) and has_date(b)):
        return False  # undated mentions cannot be matched on their date
    if b.parent is a or a.parent is b:
        return False
    if a.separate_incident or b.separate_incident:
        return False  # 'Meanwhile, ...': told as another incident
    if ea.location or eb.location:
        return ea.location == eb.location
    return a.nominal or b.nominal


def _absorb(keep: Candidate, drop: Candidate) -> None:
    """Fill what the kept record lacks from its duplicate."""
    k, d = keep.event, drop.event
    for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "attributed_to", "origin"):
        if not getattr(k, name) and getattr(d, name):
            setattr(k, name, getattr(d, name))
            if name in d.evidence:
                k.cite(name, d.evidence[name])
    if d.fatalities > k.fatalities:
        k.fatalities = d.fatalities
        k.cite("fatalities", d.evidence.get("fatalities"))
    if d.injuries > k.injuries:  # 'One rocket hit the station, wounding three': the salvo's
        k.injuries = d.injuries
        k.cite("injuries", d.evidence.get("injuries"))
    k.confidence = max(k.confidence, d.confidence)


def drop_duplicates(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in cands:
        twin = next((k for k in kept if _same_occurrence(k, c)), None)
        if twin is None and c.elaborates and c.parent in kept and not c.separate_incident:
            same = c.parent.event.event_type == c.event.event_type
            twin = c.parent if same else None  # 'The assailants opened fire on ...': details
        if twin is None:
            kept.append(c)
            continue
        _absorb(twin, c)
        for other in cands:
            if other.parent is c:
                other.parent = twin
    return kept


# ---------------------------------------------------------------------- the component


def finalize_candidates(
    ctx: Context,
    scales: dict[str, str],
    templates: dict[str, dict[str, str]],
    actor_files: tuple[str, ...] = (),
) -> None:
    _complete_pending_actors(ctx, actor_files)
    now = int(time.time())
    assign_status(ctx)
    ctx.candidates[:] = drop_war_ages(assemble(ctx.candidates))
    scale = source_scale(ctx.article.source, scales)
    name_crowd = _crowd_namer(actor_files)
    label_regimes = _regime_labeller(ctx, actor_files)
    name_by_convention = _convention_namer(ctx, actor_files)
    name_gang = _gang_namer(ctx)
    for position, c in enumerate(ctx.candidates):
        ev = c.event
        refine_with_actors(c)
        fill_unidentified(c)
        name_by_convention(c)
        name_crowd(c)
        name_gang(c)
        label_regimes(c)
        ev.interaction = interaction(ev.inter1, ev.inter2)
        if ev.event_date is not None:
            ev.year = ev.event_date.year
        ev.source = ev.source or ctx.article.source
        ev.source_scale = ev.source_scale or scale
        ev.event_id_cnty = event_id(ev, position)
        ev.timestamp = now
        ev.notes = render_note(c, templates)
    ctx.candidates[:] = drop_duplicates(ctx.candidates)
