"""Targets from facilities: who was attacked when the text names a base, not a force.

"the US base at Harir", "Al-Tanf, which houses American and allied soldiers", "a base used by
coalition forces", "... US personnel at the base were hurt": the forces the text ties to the
facility become actor2 (the first) and assoc_actor_2 (the rest), each citing the words that
named it. A site of `data/sites.yaml` adds the forces it hosts only when the article names
those forces near the event; a site alone names no one. Rockets, drones or shells aimed at a
military facility are never violence against civilians (`military_target_type`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from sitroom import yamlio
from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.actors.text import key
from sitroom.lang import PackValue, pack_words
from sitroom.model import Actor, Event
from sitroom.nlp import child_tokens, span_text, span_tokens, subtree_tokens

_CLAUSES = ("relcl", "acl")
_ARGS = ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
_RELATIVES = pack_words("actors/words", "relatives")
_NEAR_PREPS = pack_words("actors/words", "near_preps")
_DEFINITE = pack_words("actors/words", "definite_determiners")
_OF = pack_words("actors/words", "of_preps")
_VERB_ENDINGS = PackValue(
    lambda pack: tuple((str(a), str(b)) for a, b in pack.entry("actors/words", "verb_endings"))
)
_NONCIVILIAN = {1, 2, 3, 4, 8}


@dataclass(frozen=True)
class Host:
    state: str = ""
    actor: str = ""
    start: date | None = None
    end: date | None = None

    def active(self, when: date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Site:
    name: str
    country: str
    names: tuple[str, ...]  # the name and aliases, normalized
    hosts: tuple[Host, ...]
    source: str


@dataclass(frozen=True)
class SiteData:
    sites: tuple[Site, ...]
    facility_nouns: frozenset[str]
    qualified_nouns: frozenset[str]  # military only with a qualifier: "army camp", "police post"
    camp_modifiers: frozenset[str]
    host_verbs: frozenset[str]

    @cached_property
    def padded_names(self) -> tuple[tuple[str, Site], ...]:
        """Every site's names padded for a whole-word search, in the order `site_in` tries
        them (built once: the stages ask for each phrase near a facility)."""
        return tuple((f" {name} ", site) for site in self.sites for name in site.names)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def load_sites() -> SiteData:
    text = resources.files("sitroom.actors").joinpath("data/sites.yaml").read_text("utf-8")
    raw = yamlio.safe_load(text)
    sites = tuple(
        Site(
            name=s["name"],
            country=s["country"],
            names=tuple(key(n) for n in [s["name"], *s.get("aliases", [])]),
            hosts=tuple(
                Host(h.get("state", ""), h.get("actor", ""), _day(h.get("from")),
                     _day(h.get("until")))
                for h in s["hosts"]
            ),
            source=s["source"],
        )
        for s in raw["sites"]
    )
    return SiteData(
        sites,
        frozenset(raw["facility_nouns"]),
        frozenset(raw["qualified_nouns"]),
        frozenset(raw["camp_modifiers"]),
        frozenset(raw["host_verbs"]),
    )


# ---------------------------------------------------------------------- finding the facility
def facility_token(span: Span, data: SiteData | None = None) -> Token | None:
    """The head word of a military facility in a phrase ("base", "airbase", an army camp)."""
    data = data or load_sites()
    for tok in span_tokens(span):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lem = tok.lemma_.lower()
        pair = f"{tok.nbor(-1).lower_} {lem}" if tok.i > span.doc[0].i else ""
        if lem not in data.facility_nouns and pair not in data.facility_nouns:
            continue
        if lem in data.qualified_nouns and not _military_camp(tok, data):
            continue
        return tok
    return None


def _military_camp(tok: Token, data: SiteData) -> bool:
    """A camp is military only with a military word or a named owner ("army camp", "AMISOM
    camp"), never a refugee or displacement camp."""
    mods = [c for c in child_tokens(tok) if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return any(m.lemma_.lower() in data.camp_modifiers or m.pos_ == "PROPN" for m in mods)


def site_in(text: str, data: SiteData | None = None) -> Site | None:
    """A known site named in a text (whole words)."""
    data = data or load_sites()
    padded = f" {key(text)} "
    for name, site in data.padded_names:
        if name in padded:
            return site
    return None


# ---------------------------------------------------------------------- who is there
Found = list[tuple[Span, Mention]]


def _forces(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    generic: bool = False,
) -> Found:
    """Armed actors (not civilians) named in a phrase; a generic one ("a military base",
    "soldiers at the base": the event country's forces) only when ``generic``."""
    out: Found = []
    for m in dictionary.mentions(span_text(span), country, when, allow_bare_state=False):
        named = not m.generic or m.country or generic
        if m.actor is not None and m.actor.inter in _NONCIVILIAN and named:
            out.append((span, m))
    return out


def _phrase(tok: Token) -> Span:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def owner_forces(
    span: Span, facility: Token, dictionary: ActorDictionary, country: str | None,
    when: date | None,
) -> Found:
    """ "the US base", "an AMISOM camp", "a coalition base", "a camp of Boko Haram": the
    facility's owner, named before it or in an "of" phrase after it."""
    owner = span.doc[span.start : facility.i + 1]
    found = _forces(owner, dictionary, country, when, generic=True)
    if not found:  # a bare modifier that is an alias only with its article ("the coalition")
        mods = [c for c in child_tokens(facility) if c.dep_ in ("compound", "amod", "nmod")]
        for mod in mods:
            words = span.doc[mod.left_edge.i : mod.i + 1]
            found += [(words, m) for _, m in _forces_text(f"the {words.text}", dictionary,
                                                         country, when)]
            for _, m in found:
                m.start, m.end, m.text = 0, len(words.text), words.text
    for prep in child_tokens(facility):
        if prep.dep_ == "prep" and prep.lower_ in _OF:
            for pobj in child_tokens(prep):
                if pobj.dep_ == "pobj":
                    found += _forces(_phrase(pobj), dictionary, country, when)
    return found


def _forces_text(
    text: str, dictionary: ActorDictionary, country: str | None, when: date | None
) -> list[tuple[str, Mention]]:
    return [
        (text, m)
        for m in dictionary.mentions(text, country, when, allow_bare_state=False)
        if m.actor is not None and m.actor.inter in _NONCIVILIAN and (not m.generic or m.country)
    ]


def clause_forces(
    facility: Token, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Found:
    """ "which hosts US troops", "used by coalition forces", "where Turkish soldiers are
    stationed": the forces a clause on the facility places there."""
    data = load_sites()
    out: Found = []
    for clause in subtree_tokens(facility):  # on the base, or on the place it is near ("..., which")
        if clause.dep_ not in _CLAUSES or not _verb_forms(clause) & data.host_verbs:
            continue
        args = [c for c in child_tokens(clause) if c.dep_ in _ARGS]
        for helper in child_tokens(clause):  # "used by X": the agent's object
            if helper.dep_ in ("agent", "prep"):
                args += [c for c in child_tokens(helper) if c.dep_ == "pobj"]
        for arg in args:
            if arg.lower_ not in _RELATIVES and arg.i != facility.i:
                out += _forces(_phrase(arg), dictionary, country, when)
    return out


def _verb_forms(tok: Token) -> set[str]:
    """The lemma and naive base forms: the tagger may leave "housing", "hosting" as nouns."""
    word = tok.lower_
    forms = {tok.lemma_.lower(), word}
    for suffix, repl in _VERB_ENDINGS.value():
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return forms


def nearby_forces(
    sents: list[Span],
    facility: Token | None,
    site: Site | None,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
) -> Found:
    """ "US personnel at the base suffered minor injuries": forces placed at the facility
    (the base, or the site by name) in the event's sentence or the two after it."""
    out: Found = []
    for sent in sents:
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ not in _NEAR_PREPS:
                continue
            if prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.i == (facility.i if facility else -1):
                continue
            place = [c for c in child_tokens(prep) if c.dep_ == "pobj"]
            if not place or not _same_facility(_phrase(place[0]), facility, site):
                continue
            holder = prep.head
            words = [t for t in subtree_tokens(holder) if t.i < prep.i]
            if words:
                holder_words = holder.doc[words[0].i : prep.i]
                out += _forces(holder_words, dictionary, country, when, generic=True)
    return out


def _same_facility(place: Span, facility: Token | None, site: Site | None) -> bool:
    if site is not None and site_in(place.text) == site:
        return True
    root = place.root
    definite = any(c.lower_ in _DEFINITE for c in child_tokens(root))
    return facility is not None and definite and root.lemma_ == facility.lemma_


def hosted_forces(
    site: Site,
    window: list[Span],
    dictionary: ActorDictionary,
    when: date | None,
) -> Found:
    """A site's hosted forces that the article itself names in the window (the tie)."""
    named: dict[str, tuple[Span, Mention]] = {}
    for sent in window:
        for span, m in _forces(sent, dictionary, site.country, when):
            named.setdefault(_base_name(m.actor.name), (span, m))
    out: Found = []
    for host in site.hosts:
        if not host.active(when):
            continue
        actor = _host_actor(host, dictionary, site.country, when)
        if actor is not None and _base_name(actor.name) in named:
            out.append(named[_base_name(actor.name)])
        elif actor is not None and host.state:
            out += _nationals(window, host.state, actor, dictionary)
    return out


def _nationals(
    window: list[Span], state: str, actor: Actor, dictionary: ActorDictionary
) -> Found:
    """ "... wounding several Americans": at a site that hosts a state's forces, its
    nationals (a plural demonym) are those forces."""
    for sent in window:
        for tok in sent:
            plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s")
            if plural and tok.pos_ in ("NOUN", "PROPN") and dictionary.country_of(tok.text) == state:
                if tok.lower_ == state.lower() or tok.ent_type_ == "GPE":
                    continue  # the country's name, not its people
                span = sent.doc[tok.i : tok.i + 1]
                return [(span, Mention(actor, 0, len(tok.text), tok.text))]
    return []


def _host_actor(
    host: Host, dictionary: ActorDictionary, country: str, when: date | None
) -> Actor | None:
    if host.state:
        actor = dictionary.state_actor("military", host.state, when)
        return dictionary.localize(actor, country) if actor else None
    return dictionary.resolve(host.actor, country, when, allow_bare_state=False)


def _base_name(name: str) -> str:
    return name.split(" (")[0].lower()


# ---------------------------------------------------------------------- the event's target
@dataclass
class FacilityTarget:
    """What the facility said: its phrase and the forces tied to it, best first."""

    phrase: Span | None
    site: Site | None
    forces: Found


def facility_target(
    spans: list[Span],
    sents: list[Span],
    lead: Span | None,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
) -> FacilityTarget | None:
    """The first target phrase that is a military facility (or a known site), with its forces.

    ``sents`` are the event's sentence and the two after it; ``lead`` the article's first.
    """
    data = load_sites()
    for span in spans:
        facility = facility_token(span, data)
        site = site_in(span_text(span), data)
        if facility is None and site is None:
            continue
        found: Found = []
        if facility is not None:
            found += owner_forces(span, facility, dictionary, country, when)
            found += clause_forces(facility, dictionary, country, when)
            rest = span.doc[facility.i + 1 : span.end]  # "a base housing US troops" parsed flat
            if not found and len(rest):
                found += _forces(rest, dictionary, country, when)
        found += nearby_forces(sents, facility, site, dictionary, country, when)
        if site is not None:
            window = sents + ([lead] if lead is not None and lead.start < sents[0].start else [])
            found += hosted_forces(site, window, dictionary, when)
        return FacilityTarget(span, site, _distinct(found))
    return None


def _distinct(found: Found) -> Found:
    seen: set[str] = set()
    out: Found = []
    for span, m in found:
        if m.actor is not None and m.actor.name not in seen:
            seen.add(m.actor.name)
            out.append((span, m))
    return out


def military_target_type(event: Event, sentence: Span) -> Span | None:
    """An attack on a military facility is no violence against civilians: the weapon named
    in the sentence makes it remote violence (rockets, drones, shells), else a battle.
    Returns the weapon words used (evidence), or None when nothing changed."""
    if event.event_type != "Violence against civilians" or event.sub_event_type != "Attack":
        return None
    from sitroom.events.lexicon import load_lexicon
    from sitroom.events.parsing import weapons_in

    lex = load_lexicon()
    found = weapons_in(list(sentence), lex)
    for tok in sentence:  # a sentence-initial "Rockets" is tagged a proper noun, unlemmatized
        singular = (tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_,)
        if tok.pos_ == "PROPN" and singular in lex.weapons:
            found.append((lex.weapons[singular], sentence.doc[tok.i : tok.i + 1]))
    ranked = sorted(
        ((lex.weapon_classes[c], s) for c, s in found), key=lambda pair: -pair[0].rank
    )
    remote = [(w, s) for w, s in ranked if w.sub_event_type]
    event.civilian_targeting = ""
    event.disorder_type = "Political violence"
    if remote:
        event.event_type, event.sub_event_type = "Explosions/Remote violence", remote[0][0].sub_event_type
        return remote[0][1]
    event.event_type, event.sub_event_type = "Battles", "Armed clash"
    return sentence
