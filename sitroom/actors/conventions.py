"""ACLED's perpetrator of remote violence that a report leaves unnamed, by theatre.

In some wars only one side strikes the ground an event happened on: from 24 February 2022
an air strike or shelling of a Ukrainian-held town is Russia's, and ACLED codes it so
("Military Forces of Russia (2000-)") where the report names no attacker. The conventions
are data (``data/conventions.yaml``): the country, the first day, the event types, the
striking state, and the places held by its side, where the same words mean the other side
struck. Nothing changes where the text named an attacker, or the place or the report's
words ("occupied", "Russian-installed") say the other side held the ground.

A convention with an ``other`` side is a front between two known forces: an exchange of
fire there that a report tells without naming the sides (the OSCE's counts of shots on
the Donbas line of contact, 2014-2022) is a clash of the state's forces with the other
side; a report that names one side as the target ("fired at the government positions")
makes the other the attacker. Where the convention lists the places each side held, fire
near a place one side held is the other side's: a clash there names the other side first,
and shelling told only by where it fell names the other side as the shooter.

    attribute_unnamed(event, dictionary, article_text)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio
from sitroom.actors.dictionary import ActorDictionary
from sitroom.actors.entries import as_date
from sitroom.actors.text import fold
from sitroom.model import Actor, Event

DATA = Path(__file__).with_name("data") / "conventions.yaml"
#: actor1 names a convention may replace: none, or ACLED's unidentified armed group.
_UNNAMED = "Unidentified Armed Group"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
BATTLES = "Battles"
_STATE, _OTHER = "state", "other"
#: ACLED's precision codes of a place named at or near a town, not a province's.
_TOWN_PRECISION = (1, 2)


@dataclass(frozen=True)
class Convention:
    country: str
    start: date
    event_type: str
    sub_event_types: frozenset[str]
    state: str
    cls: str
    except_admin1: frozenset[str]
    except_locations: frozenset[str]
    except_words: tuple[str, ...]
    until: date | None = None
    only_admin1: frozenset[str] = frozenset()
    other: str = ""
    held_by_state: frozenset[str] = frozenset()
    held_by_other: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def conventions() -> tuple[Convention, ...]:
    raw = yamlio.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return tuple(
        Convention(
            country=row["country"],
            start=as_date(row["from"]),
            event_type=row["event_type"],
            sub_event_types=frozenset(row.get("sub_event_types") or ()),
            state=row["state"],
            cls=row.get("class", "military"),
            except_admin1=frozenset(_folded(n) for n in row.get("except_admin1") or ()),
            except_locations=frozenset(_folded(n) for n in row.get("except_locations") or ()),
            except_words=tuple(_folded(w) for w in row.get("except_words") or ()),
            until=as_date(row["until"]) if row.get("until") else None,
            only_admin1=frozenset(_folded(n) for n in row.get("only_admin1") or ()),
            other=row.get("other", ""),
            held_by_state=frozenset(_folded(n) for n in row.get("held_by_state") or ()),
            held_by_other=frozenset(_folded(n) for n in row.get("held_by_other") or ()),
        )
        for row in raw.get("conventions") or ()
    )


def _folded(text: str) -> str:
    """Words without case, accents or punctuation ("Russian-installed," → "russian installed")."""
    return " ".join(fold(w) for w in _WORD.findall(text))


def attribute_unnamed(event: Event, dictionary: ActorDictionary, text: str) -> bool:
    """Name the striking state as actor1 where a convention holds; True when it did."""
    if event.actor1 and not event.actor1.startswith(_UNNAMED):
        return False
    for rule in conventions():
        if not _applies(rule, event, text):
            continue
        actor = dictionary.state_actor(rule.cls, rule.state, event.event_date)
        if actor is None:
            return False
        if rule.other:
            return _front(rule, event, dictionary, actor)
        if event.actor2.startswith(actor.name.split(" (")[0]):
            return False  # a strike on that state's own forces is the other side's
        _name(event, "1", dictionary.localize(actor, event.country))
        return True
    return False


def _front(rule: Convention, event: Event, dictionary: ActorDictionary, state: Actor) -> bool:
    """Both sides of a front: the state's forces first, unless the report named them as
    the target or the place is one the state held (the other side fired on it); a report
    that named someone else as the target is left alone. Where the rule lists the places
    each side held, fire told only by where it fell (remote violence) is the other side's,
    and none is named at a place the lists do not hold."""
    other = dictionary.resolve(rule.other, event.country, event.event_date)
    if other is None:
        return False
    state = dictionary.localize(state, event.country)
    holder = _holder(rule, event)
    if rule.event_type != BATTLES:
        if not holder or event.actor2:
            return False
        _name(event, "1", other if holder == _STATE else state)
        return True
    target = event.actor2
    if target.startswith(state.name.split(" (")[0]):
        _name(event, "1", other)
    elif target == other.name:
        _name(event, "1", state)
    elif not target or target.startswith(_UNNAMED):  # "shots were heard": no side told
        first, second = (other, state) if holder == _STATE else (state, other)
        _name(event, "1", first)
        _name(event, "2", second)
    else:
        return False
    return True


def _holder(rule: Convention, event: Event) -> str:
    """Which side held the event's place: the state, the other side, or '' (not listed).
    The place's name as the gazetteer spells it or as the report wrote it."""
    cited = event.evidence.get("location")
    names = [_folded(cited.text)] if cited is not None else []
    if event.geo_precision in _TOWN_PRECISION:  # not a province's name ("Donetsk")
        names.append(_folded(event.location or ""))
    for name in names:  # the report's own words first ("Zolote-5", not the gazetteer's "Zolote")
        if name in rule.held_by_state:
            return _STATE
        if name in rule.held_by_other:
            return _OTHER
    return ""


def _name(event: Event, side: str, actor: Actor) -> None:
    """Set one side from the convention, citing the words of the event it read."""
    setattr(event, f"actor{side}", actor.name)
    setattr(event, f"inter{side}", actor.inter)
    cited = event.evidence.get("sub_event_type") or event.evidence.get("event_type")
    if cited is not None:  # the words of the strike, the only words the convention read
        event.cite(f"actor{side}", cited)


def _applies(rule: Convention, event: Event, text: str) -> bool:
    if event.country != rule.country or event.event_type != rule.event_type:
        return False
    if event.sub_event_type not in rule.sub_event_types:
        return False
    if event.event_date is None or event.event_date < rule.start:
        return False
    if rule.until is not None and event.event_date > rule.until:
        return False
    if rule.only_admin1 and _folded(event.admin1 or "") not in rule.only_admin1:
        return False
    if _folded(event.admin1 or "") in rule.except_admin1:
        return False
    if _folded(event.location or "") in rule.except_locations:
        return False
    words = f" {_folded(text)} "
    return not any(f" {w} " in words for w in rule.except_words)
