"""Who acts in an article, as a prior on WHICH of a name's namesakes it means.

A note that says only "monitors of the OSCE mission heard explosions near X", "Kyrgyz
police detained ..." or "al-Shabaab fighters attacked X" names no country, yet its actors
say where such things happen: the mission reported from the Donbas contact line, police
act at home, the group fights in Somalia and northern Kenya. `actor_focus` reads those
hints from the whole text and the ranker (`sitroom.geo.ranker`) uses them as features
only: they never place an event (issue 12, Must 1 — nationality is an actor attribute).

Named groups and missions are matched with the actor dictionary's own word matcher
(`sitroom.actors.ActorDictionary`): a small dictionary of the entries that have a theatre
in ``data/theatres.csv`` (each row with its public source), with any extra names the row
gives (observer missions are no actors). Nationalities come from the dictionary's class
heads ("police", "authorities", "troops"): the nationality it knows, else a demonym from
the gazetteer's table just before the head. ``data/actor_reach.csv`` says which classes
act abroad (armies: "Turkish drones" say whose drones) and which at home.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitroom.actors import ActorDictionary
    from sitroom.geo.context import ArticleContext, Mention
    from sitroom.geo.gazetteer import Gazetteer

DATA = Path(__file__).with_name("data")
THEATRES = DATA / "theatres.csv"
REACH = DATA / "actor_reach.csv"
#: Words looked back from a class head for a demonym ("the Kyrgyz riot police").
LOOKBACK = 2
#: Words after a demonym that may hold its head ("Kyrgyz border guard officers").
HEAD_REACH = 5
#: A word as the actor dictionary splits text (hyphens and slashes separate), without
#: an English possessive.
_WORD = re.compile(r"[^\W_]+(?:['’ʼʿ`.](?!s(?![^\W_]))[^\W_]+)*")
_TAIL = re.compile(rf"(?:\W{{1,3}}[^\W_]+){{0,{HEAD_REACH}}}")


@dataclass(frozen=True)
class Theatre:
    """Where one named actor operates: countries (ISO2) and (country, admin1) pairs."""

    actor: str
    aliases: tuple[str, ...]
    countries: frozenset[str]
    units: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class ActorFocus:
    """What the article's actors say about where it is (ISO2 codes, admin1 pairs)."""

    theatres: frozenset[str] = frozenset()
    units: frozenset[tuple[str, str]] = frozenset()
    home: frozenset[str] = frozenset()  # nationality of police, officials, residents ...
    forces: frozenset[str] = frozenset()  # nationality of armies (they also act abroad)
    fronts: tuple = ()  # lines of contact of the named actors (`sitroom.geo.fronts`)
    #: the publishing outlet's country, when nothing in the article points abroad
    #: (`sitroom.geo.outlets.outlet_home`): a home of names in local use, on a stricter scale
    outlet: frozenset[str] = frozenset()


NO_FOCUS = ActorFocus()


def _split(value: str, sep: str) -> list[str]:
    return [v.strip() for v in (value or "").split(sep) if v.strip()]


@lru_cache(maxsize=4)
def load_theatres(path: Path = THEATRES) -> tuple[Theatre, ...]:
    """The rows of the theatre table."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        Theatre(
            actor=r["actor"].strip(),
            aliases=tuple(_split(r.get("aliases", ""), ";")),
            countries=frozenset(_split(r["countries"], " ")),
            units=frozenset(
                tuple(u.split(":", 1)) for u in _split(r.get("admin1", ""), ";") if ":" in u
            ),
        )
        for r in rows
    )


@lru_cache(maxsize=2)
def _abroad_classes(path: Path = REACH) -> frozenset[str]:
    with open(path, newline="", encoding="utf-8") as fh:
        return frozenset(r["class"] for r in csv.DictReader(fh) if r["reach"] == "abroad")


@dataclass(frozen=True)
class Matcher:
    """The theatre actors' dictionary and each name's theatre; ``anchors`` holds one word of
    every name (its longest, folded), and no name is longer than ``reach`` characters.
    ``capitals``: the anchors of names found only when written in capitals ("IS-K": the
    word "is" of almost every article opens no stretch to match)."""

    dictionary: ActorDictionary
    by_name: dict[str, Theatre]
    anchors: frozenset[str]
    reach: int
    capitals: frozenset[str] = frozenset()
    #: (actor, name) where the actor takes the name only in its own country and another
    #: actor takes it in another ("UPC" in the Central African Republic and in Congo's
    #: Ituri): such a name tells no theatre by itself
    shared: frozenset[tuple[str, str]] = frozenset()
    #: the anchors found in any case (``anchors`` less ``capitals``)
    any_case: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def theatre_matcher(actor_files: tuple[str, ...] = ()) -> Matcher:
    """A dictionary of the actors that have a theatre (their dictionary names and aliases
    plus the row's own), matched by the actor dictionary's own code."""
    from sitroom.actors import ActorDictionary, load_dictionary
    from sitroom.actors.entries import name_forms
    from sitroom.actors.text import is_acronym, key

    main = load_dictionary(actor_files)
    entries, by_name, names_all = [], {}, []
    shared: set[tuple[str, str]] = set()
    for theatre in load_theatres():
        entry = main.entries.get(theatre.actor)
        if entry is None and not theatre.aliases:
            continue  # an actor the dictionary no longer has, and no names of its own
        names = [*(entry.aliases if entry else ()), *(v for _, v in (entry.by_country if entry else ()))]
        names += theatre.aliases
        entries.append({"name": theatre.actor, "aliases": names})
        by_name[theatre.actor] = theatre
        names_all += [*name_forms(theatre.actor), *names]
        shared |= {(theatre.actor, key(n)) for n in [*name_forms(theatre.actor), *names]
                   if theatre.actor in main.local_claims(n) and len(main.local_claims(n)) > 1}
    anchors = [(max(k, key=len), n) for n in names_all if (k := key(n).split())]
    lower = {a for a, n in anchors if not is_acronym(n)}  # an anchor some name has in any case
    every = frozenset(a for a, _ in anchors)
    return Matcher(
        dictionary=ActorDictionary({"actors": entries}),
        by_name=by_name,
        anchors=every,
        reach=max(len(n) for n in names_all) + 2,
        capitals=every - lower,
        shared=frozenset(shared),
        any_case=every & lower,
    )


def actor_focus(text: str, gaz: Gazetteer, actor_files: Sequence[str] = ()) -> ActorFocus:
    """The theatres of the named actors and the nationalities of the generic ones. Only
    the stretches around a word of some name or a demonym are matched, so a long article
    costs one pass of a regular expression and a set lookup per distinct word."""
    from sitroom.actors import load_dictionary
    from sitroom.actors.text import key
    from sitroom.geo.fronts import front_lines

    if not text:
        return NO_FOCUS
    matcher = theatre_matcher(tuple(actor_files))
    low = text.lower()  # (once: the words and each set's places read it)
    anchors, capitals, demonyms = _words_in(text, matcher.any_case, matcher.capitals, gaz.demonym_words, low=low)
    countries: set[str] = set()
    units: set[tuple[str, str]] = set()
    named: set[str] = set()
    found = sorted(_places(text, anchors, low=low) + _places(text, capitals, True, low)) if capitals else _places(text, anchors, low=low)
    for phrase in _windows(text, found, matcher.reach):
        if matcher.dictionary.none_in(phrase):
            continue  # (most stretches: a word of some name, none that starts one)
        for m in matcher.dictionary.mentions(phrase, fuzzy=False):
            theatre = matcher.by_name.get(m.actor.name) if m.actor is not None else None
            if theatre is not None and (theatre.actor, key(m.text)) not in matcher.shared:
                countries |= theatre.countries
                units |= theatre.units
                named.add(theatre.actor)
    phrases = [text[i : _TAIL.match(text, j).end()] for i, j in _places(text, demonyms, True, low)]
    home, forces = _nationalities(phrases, gaz, load_dictionary(tuple(actor_files)))
    fronts = front_lines(named, gaz)
    return ActorFocus(frozenset(countries), frozenset(units), home, forces, fronts)


def _words_in(text: str, *wanted: frozenset[str], low: str | None = None) -> list[list[str]]:
    """For each set of folded words, the distinct words of the lower-cased text (``low``, when
    the caller has it) whose folded form (as the actor dictionary compares words; "Hezbollah's"
    gives "hezbollah") it holds.
    Most words fold to themselves: one set intersection takes them, the rest are folded one
    by one (a folded form for every word, tested against each set, cost a call per word)."""
    from sitroom.actors.text import fold

    found = set(_WORD.findall(text.lower() if low is None else low))
    plain = set(filter(str.isalnum, filter(str.isascii, found)))
    others = [(w, fold(w)) for w in found - plain]
    return [[*(plain & words), *(w for w, f in others if f in words)] for words in wanted]


def _places(text: str, found: list[str], capital: bool = False, low: str | None = None) -> list[tuple[int, int]]:
    """Where the (lower-case) words ``found`` stand in ``text`` as whole words, in order;
    ``capital``: only where written with a capital (``low``: the text lower-cased, when the
    caller has it)."""
    low = text.lower() if low is None else low
    if len(low) != len(text):  # a letter whose lower case is longer: search case-blind
        return sorted(
            m.span()
            for w in found
            for m in re.finditer(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", text, re.IGNORECASE)
            if not capital or text[m.start()].isupper()
        )
    out = []
    size = len(low)
    for w in found:
        i, length = low.find(w), len(w)
        while i >= 0:
            j = i + length
            whole = (i == 0 or not low[i - 1].isalnum()) and (j == size or not low[j].isalnum())
            if whole and (not capital or text[i].isupper()):
                out.append((i, j))
            i = low.find(w, j)
    return sorted(out)


def _windows(text: str, found: list[tuple[int, int]], reach: int) -> list[str]:
    """The text within ``reach`` characters of each place (cut at whitespace, so that no
    word is split), overlapping stretches merged."""
    spans: list[list[int]] = []
    for start, end in found:
        lo, hi = max(0, start - reach), min(len(text), end + reach)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    out = []
    for lo, hi in spans:
        if lo > 0:
            lo = next((i + 1 for i in range(lo, hi) if text[i].isspace()), lo)
        if hi < len(text):
            hi = next((i for i in range(hi - 1, lo, -1) if text[i].isspace()), hi)
        out.append(text[lo:hi])
    return out


def _nationalities(
    phrases: list[str], gaz: Gazetteer, dictionary: ActorDictionary
) -> tuple[frozenset[str], frozenset[str]]:
    """(home, forces): countries of the class heads ("Mauritanian police", "Turkish jets")
    in phrases that start with a demonym."""
    from sitroom.actors.text import words

    abroad = _abroad_classes()
    home: set[str] = set()
    forces: set[str] = set()
    for phrase in phrases:
        if dictionary.none_in(phrase):
            continue  # ("the Kenyan coast": a nationality, no head noun nor name)
        ws = words(phrase)
        starts = [w.start for w in ws]
        for m in dictionary.mentions(phrase, fuzzy=False):
            if not m.generic:
                # "the Sudanese army" as the dictionary's own name of a state's force
                state = m.actor is not None and m.actor.kind == "state" and m.actor.country
                cc = gaz.country_code(m.actor.country) if state else ""
                if cc:
                    forces.add(cc)
                continue
            cc = gaz.country_code(m.country) if m.country else ""
            cc = cc or _demonym_before(ws, bisect_left(starts, m.start), gaz)
            if cc:
                (forces if m.generic in abroad else home).add(cc)
    return frozenset(home), frozenset(forces)


def _demonym_before(ws: list, i: int, gaz: Gazetteer) -> str:
    """The country of a demonym among the few words before word ``i`` (its head)."""
    for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
        if not ws[j].is_capitalized:
            continue
        hits = [h for h in gaz.demonym(ws[j].orig) if h.cc]
        if hits:
            return hits[0].cc
    return ""


def focused_context(
    mentions: list[Mention],
    gaz: Gazetteer,
    text: str,
    focus: frozenset[int] | None = None,
    actor_files: Sequence[str] = (),
) -> ArticleContext:
    """The first-pass article context (`resolve.build_context`) with the actors' focus
    and the article's words (`sitroom.geo.wording`)."""
    from sitroom.geo.resolve import build_context
    from sitroom.geo.wording import read_wording

    ctx = build_context(mentions, gaz, focus)
    ctx.actors = actor_focus(text, gaz, actor_files)
    ctx.wording = read_wording(text, [m.span for m in mentions])
    return ctx
