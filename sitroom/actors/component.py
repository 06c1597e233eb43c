"""Component `actors`: actor1/actor2 (+ associated actors, inter codes) for each candidate.

Reads the spans the `events` stage found (agent, patient); where it found none, it falls
back on the parse around the trigger: the clause subject or passive "by" agent for actor1,
the object or target phrase ("on/at/against/towards ...") for actor2. Generic actors
("security forces", "civilians") take the country named in the sentence or, failing that,
the one the article names most; with no country at all the field stays empty and the
class is left in ``candidate.data["actors_pending"]`` for the finalize step
(`complete_pending`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Span, Token

from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.model import Actor, Event
from sitroom.pipeline import Candidate, Component, Context, Settings, component

VAC = "Violence against civilians"
#: ACLED codes the crowd itself as actor1 of protests and riots; a named organizer joins it.
_CROWDS = {"Protests": "protesters", "Riots": "rioters"}
_CROWD_KINDS = {"civilians", "protesters", "rioters", "unidentified"}
_TARGET_PREPS = {"on", "at", "against", "toward", "towards", "into", "upon"}
_SUBJECTS = {"nsubj", "csubj"}
_CUT = {"relcl", "acl", "advcl", "punct", "cc", "conj", "parataxis"}
_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "xcomp", "csubj"}
_PRONOUNS = {"it", "they", "the group", "the militia", "the movement", "the organization",
             "the organisation", "the faction", "the militants", "the rebels", "the insurgents"}
_DEFENSIVE = {"repel", "repulse", "thwart", "foil", "fend", "ward", "counter", "abort", "rebuff"}
_CLASH = {"clash", "fight", "battle", "engage", "exchange", "confront", "skirmish"}


@component("actors")
def actors_component(settings: Settings) -> Component:
    from sitroom.actors import load_dictionary

    dictionary = load_dictionary(tuple(settings.actor_files))

    def run(ctx: Context) -> None:
        for candidate in ctx.candidates:
            assign_actors(candidate, ctx, dictionary)

    return run


def assign_actors(candidate: Candidate, ctx: Context, dictionary: ActorDictionary) -> None:
    """Fill actor1/2, assoc_actor_1/2, inter1/2 and interaction of one candidate event."""
    event = candidate.event
    when = event.event_date or ctx.published
    country = event.country or event_country(candidate.sentence, ctx, dictionary)
    pending: dict[str, str] = {}

    side1 = _first_side(agent_spans(candidate), dictionary, country, when, allow_bare=True)
    if not side1 and candidate.agent is None:
        side1 = _left_named(candidate, dictionary, country, when)
    taken = {m.actor.name for _, m, _ in side1[:1] if m.actor} if side1 else set()
    side2 = _first_side(
        patient_spans(candidate), dictionary, country, when, allow_bare=False, exclude=taken
    )
    defensive = _root(candidate.trigger).lemma_ in _DEFENSIVE
    if defensive and side2 and candidate.agent is None and candidate.patient is None:
        side1, side2 = side2, side1  # "the army repelled a Taliban attack": the Taliban attacked
    actor1 = _fill(event, ctx, "1", side1, pending)
    _fill(event, ctx, "2", side2, pending)
    if actor1 is not None:
        _affiliated_assoc(event, actor1, candidate, ctx, dictionary, country, when)
    if event.event_type in _CROWDS:
        _crowd_actor1(event, actor1, ctx, dictionary, country, when, pending)
    if event.event_type == VAC and not event.actor2 and "actor2" not in pending:
        civilians = dictionary.generic_actor("civilians", country, when)
        if civilians:
            event.actor2, event.inter2 = civilians.name, civilians.inter
        else:
            pending["actor2"] = "civilians"
    event.interaction = interaction(event.inter1, event.inter2)
    if pending:
        candidate.data["actors_pending"] = pending
    candidate.data["actors_country"] = country or ""


def _crowd_actor1(
    event: Event,
    actor1: Actor | None,
    ctx: Context,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    pending: dict[str, str],
) -> None:
    """Protests → "Protesters (X)" as actor1 (an organizing group becomes associated)."""
    cls = _CROWDS[event.event_type]
    if actor1 is not None and actor1.kind == cls:
        return
    crowd = dictionary.generic_actor(cls, country or (actor1.country if actor1 else None), when)
    if actor1 is not None and actor1.kind not in _CROWD_KINDS:
        assoc = [a for a in event.assoc_actor_1.split("; ") if a]
        event.assoc_actor_1 = "; ".join([actor1.name, *assoc])
        if "actor1" in event.evidence:
            event.cite("assoc_actor_1", event.evidence["actor1"])
    if crowd is None:
        event.actor1, event.inter1 = "", 0
        event.evidence.pop("actor1", None)
        pending["actor1"] = cls
        return
    event.actor1, event.inter1 = crowd.name, crowd.inter
    pending.pop("actor1", None)


def complete_pending(
    candidate: Candidate, country: str, dictionary: ActorDictionary, when: date | None = None
) -> None:
    """Name the generic actors left open once the event's country is known (finalize step)."""
    event = candidate.event
    for field, cls in candidate.data.get("actors_pending", {}).items():
        if getattr(event, field):
            continue
        actor = dictionary.generic_actor(cls, country, when or event.event_date)
        if actor is None:
            continue
        side = field[-1]
        setattr(event, field, actor.name)
        setattr(event, f"inter{side}", dictionary.localize(actor, country).inter)
    if event.country == country:
        localize_event(event, dictionary)
    event.interaction = interaction(event.inter1, event.inter2)


def localize_event(event: Event, dictionary: ActorDictionary) -> None:
    """Recompute inter1/inter2 for the event's final country: a state's forces abroad are 8."""
    if not event.country:
        return
    for side in ("1", "2"):
        name = getattr(event, f"actor{side}")
        inter = dictionary.inter_for(name, event.country, event.event_date) if name else None
        if inter is not None:
            setattr(event, f"inter{side}", inter)
    event.interaction = interaction(event.inter1, event.inter2)


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first (10 for one state actor)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


# ---------------------------------------------------------------------- where actors are
def agent_spans(candidate: Candidate) -> list[Span]:
    """Phrases that may name actor1, best first."""
    if candidate.agent is not None:
        return [candidate.agent]
    trigger = _root(candidate.trigger)
    spans = [_phrase(t) for t in _passive_agents(trigger)]
    subjects = list(_clause_subjects(trigger))
    spans += [_phrase(t) for t in subjects]
    for subject in subjects:  # "a landmine planted by an unknown armed group ... detonated"
        for clause in subject.children:
            if clause.dep_ == "acl":
                spans += [_phrase(t) for t in _passive_agents(clause)]
    first, _ = _between(trigger)
    if first is not None:  # "clashes between regime forces and rebels"
        spans.append(_phrase(first))
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ != "VBN" and not subjects:
        spans.append(_phrase(trigger.head))  # "gunmen who killed", a reduced relative
    if trigger.pos_ in ("NOUN", "PROPN"):  # "an Israeli airstrike", "a US drone strike"
        spans.append(trigger.doc[trigger.left_edge.i : trigger.i + 1])
    return spans


def patient_spans(candidate: Candidate) -> list[Span]:
    """Phrases that may name actor2, best first."""
    if candidate.patient is not None:
        return [candidate.patient]
    trigger = _root(candidate.trigger)
    spans: list[Span] = []
    _, second = _between(trigger)
    if second is not None:
        spans.append(_phrase(second))
    for verb in _with_head_verb(trigger):  # "an airstrike killed three civilians"
        if verb.pos_ in ("VERB", "AUX"):
            spans += [
                _phrase(c)
                for c in verb.children
                if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i != trigger.i
            ]
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        spans.append(_phrase(trigger.head))  # "a vehicle targeted by ..."
    for token in _with_head_verb(trigger):
        for verb in token.children:  # "..., targeting the US forces at Ain al-Asad"
            if verb.dep_ in ("advcl", "xcomp", "acl") and verb.lemma_ == "target":
                spans += [_phrase(o) for o in verb.children if o.dep_ == "dobj"]
    preps = _TARGET_PREPS | ({"with"} if trigger.lemma_ in _CLASH else set())
    agents = {t.i for span in agent_spans(candidate) for t in span}
    for token in _target_scope(trigger):  # "fired from X towards the American base"
        if token.dep_ == "prep" and token.lower_ in preps and token.i not in agents:
            spans += [_phrase(p) for p in token.children if p.dep_ == "pobj"]
    return spans


def _root(trigger: Token | Span) -> Token:
    return trigger.root if isinstance(trigger, Span) else trigger


def _with_head_verb(trigger: Token) -> list[Token]:
    """The trigger, and the verb it is the object of ("launched an attack on ...")."""
    out = [trigger]
    if trigger.dep_ in ("dobj", "obj", "attr", "nsubj") and trigger.head is not trigger:
        out.append(trigger.head)
    return out


def _target_scope(trigger: Token) -> list[Token]:
    """Tokens of the trigger's own clause (and its verb's), in order: not subordinate clauses."""
    scope: dict[int, Token] = {}
    stack = list(_with_head_verb(trigger))
    while stack:
        token = stack.pop()
        if token.i in scope:
            continue
        scope[token.i] = token
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSE)
    return [scope[i] for i in sorted(scope)]


def _between(trigger: Token) -> tuple[Token | None, Token | None]:
    """ "clashes between A and B" → (A, B)."""
    for token in _target_scope(trigger):
        if token.dep_ == "prep" and token.lower_ == "between":
            for pobj in token.children:
                if pobj.dep_ == "pobj":
                    conj = next((c for c in pobj.children if c.dep_ == "conj"), None)
                    return pobj, conj
    return None, None


def _clause_subjects(trigger: Token) -> Iterable[Token]:
    for token in _with_head_verb(trigger):
        yield from (c for c in token.children if c.dep_ in _SUBJECTS and c.i != trigger.i)


def _passive_agents(trigger: Token) -> Iterable[Token]:
    for token in _with_head_verb(trigger):
        for agent in token.children:
            if agent.dep_ == "agent":
                yield from (c for c in agent.children if c.dep_ in ("pobj", "pcomp"))


def _phrase(token: Token) -> Span:
    """The token's phrase: its subtree without relative clauses, conjunctions and commas."""
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in _CUT]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl"))
    first = min(t.i for t in keep)
    last = max(t.i for t in keep)
    return token.doc[first : last + 1]


# ---------------------------------------------------------------------- the country
def event_country(sentence: Span, ctx: Context, dictionary: ActorDictionary) -> str | None:
    """The country an event most likely happened in, from the sentence, then the article."""
    hinted = ctx.data.get("country")
    if isinstance(hinted, str) and hinted:
        return hinted
    named = _weighted_countries(sentence.text, dictionary)
    if named:
        return named.most_common(1)[0][0]
    article = _article_countries(ctx, dictionary)
    if article:
        return article.most_common(1)[0][0]
    return None  # a nationality ("Turkish forces shelled ...") says whose forces, not where


_IN = {"in", "inside", "near", "across", "into", "throughout", "within"}
_SIDES = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
          "southeastern", "southwestern", "north", "south", "east", "west"}


def _weighted_countries(text: str, dictionary: ActorDictionary) -> Counter[str]:
    """Countries named in a sentence; "in (southern) Somalia" counts more than "US drone"."""
    counts: Counter[str] = Counter()
    for name, start, _ in dictionary.countries_in(text, demonyms=False):
        before = text[max(0, start - 40) : start].lower().split()[-2:]
        located = bool(before) and (
            before[-1] in _IN or (len(before) == 2 and before[0] in _IN and before[1] in _SIDES)
        )
        counts[name] += 3 if located else 1
    return counts


def _article_countries(ctx: Context, dictionary: ActorDictionary) -> Counter[str]:
    """Countries the article places things in ("in Iraq"), else any it names."""
    cached = ctx.data.get("actors_article_countries")
    if cached is None:
        weighted = _weighted_countries(ctx.doc.text, dictionary)
        located = Counter({c: n // 3 for c, n in weighted.items() if n >= 3})
        cached = located or weighted
        ctx.data["actors_article_countries"] = cached
    return cached


# ---------------------------------------------------------------------- filling the event
Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)


def _first_side(
    spans: list[Span],
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    allow_bare: bool,
    exclude: set[str] | None = None,
) -> Side:
    """The mentions of the first phrase that names an actor (or an unresolved generic)."""
    for span in map(_with_entities, spans):
        if span.text.lower() in _PRONOUNS:  # "... the Islamic Resistance in Iraq, as it attacked"
            antecedent = _antecedent(span, dictionary, country, when)
            if antecedent:
                return antecedent
            continue
        found = dictionary.mentions(span.text, country, when, allow_bare_state=allow_bare)
        found = [m for m in found if not (m.actor and exclude and m.actor.name in exclude)]
        found = [m for m in found if not m.generic or m.country or _covers_root(span, m)]
        if any(m.actor is not None or m.generic for m in found):
            return [(span, m, i) for i, m in enumerate(found)]
    return []


def _antecedent(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """The last named actor before a pronoun, in its sentence or the one before."""
    start = span.sent.start
    if start > 0:
        start = span.doc[start - 1].sent.start
    return _last_named(span.doc[start : span.start], dictionary, country, when)


def _left_named(
    candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """A verb the parser left without a subject: the last name before it in the sentence."""
    trigger = _root(candidate.trigger)
    if trigger.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    return _last_named(trigger.doc[candidate.sentence.start : trigger.i], dictionary, country, when)


def _last_named(
    window: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    named = [
        m
        for m in dictionary.mentions(window.text, country, when)
        if m.actor is not None and (not m.generic or m.country)
    ]
    return [(window, named[-1], 0)] if named else []


def _with_entities(span: Span) -> Span:
    """Widen a phrase to whole named entities it touches ("IS" mis-tagged as a verb before
    "militants" still belongs to the entity "IS militants")."""
    start, end = span.start, span.end
    for ent in span.doc.ents:
        if ent.start < end and ent.end > start and ent.label_ in ("ORG", "NORP", "PERSON"):
            start, end = min(start, ent.start), max(end, ent.end)
    return span.doc[start:end] if (start, end) != (span.start, span.end) else span


def _covers_root(span: Span, mention: Mention) -> bool:
    """A bare generic word must be the phrase's head: "military reinforcements" is no army."""
    root = span.root.idx - span.start_char
    return mention.start <= root < mention.end


def _fill(
    event: Event, ctx: Context, side: str, mentions: Side, pending: dict[str, str]
) -> Actor | None:
    field = f"actor{side}"
    primary: Actor | None = None
    assoc: list[str] = []
    for span, mention, _ in mentions:
        actor = mention.actor
        if actor is None:
            if primary is None and mention.generic and mention.generic != "unidentified":
                pending.setdefault(field, mention.generic)
            elif primary is None and mention.generic == "unidentified":
                pending.setdefault(field, "unidentified")
            continue
        evidence = ctx.evidence_at(span.start_char + mention.start, span.start_char + mention.end)
        if primary is None:
            primary = actor
            event.cite(field, evidence)
            assoc.extend(mention.assoc)
        elif actor.name != primary.name and actor.name not in assoc:
            assoc.append(actor.name)
            event.cite(f"assoc_actor_{side}", evidence)
    if primary is None:
        return None
    setattr(event, field, primary.name)
    setattr(event, f"inter{side}", primary.inter)
    if assoc:
        setattr(event, f"assoc_actor_{side}", "; ".join(assoc))
    return primary


def _affiliated_assoc(
    event: Event,
    actor: Actor,
    candidate: Candidate,
    ctx: Context,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
) -> None:
    """A parent group named in the same sentence joins actor1 as an associated actor."""
    parents = set(actor.affiliations)
    if not parents:
        return
    for mention in dictionary.mentions(candidate.sentence.text, country, when):
        name = mention.actor.name if mention.actor else ""
        current = [a for a in event.assoc_actor_1.split("; ") if a]
        if name in parents and name not in current and name not in (event.actor1, event.actor2):
            event.assoc_actor_1 = "; ".join([*current, name])
            start = candidate.sentence.start_char + mention.start
            end = candidate.sentence.start_char + mention.end
            event.cite("assoc_actor_1", ctx.evidence_at(start, end))
