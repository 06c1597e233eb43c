"""One incident's toll from the tolls its sentences report (used by `assemble`).

The first toll reported is the best estimate unless a later sentence says it rose or the
first was vague; the attackers' own dead and the dead a later sentence adds ("two other
officers were also killed") are counted apart and summed, as ACLED counts every death of
the incident once. The words are the pack's ``events/assembly.yaml`` (`Rules`),
``events/words.yaml``; the time stage marks the tolls that add dead or sum them.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components import Candidate
from sitroom.events.area_sums import told_over_area
from sitroom.events.background import told_separately
from sitroom.events.detect import PLACE_PREPS
from sitroom.events.findings import event_words
from sitroom.events.incident import Rules, place_names
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import lemma, trigger_root
from sitroom.model import Event
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, sentence
from sitroom.time.casualties import DEATH, kind_of
from sitroom.time.numbers import lexicon as numbers_lexicon
from sitroom.time.numbers import parse_number

#: Words of a toll's parts, from the pack's ``events/words.yaml``.
_OF = event_words("of_preps")
_INCLUSION = event_words("inclusion_words")  # "including two gunmen", "among them"
_ONE_ARTICLES = event_words("one_articles")  # "a gunman was also killed": one
_MANY = event_words("many_words")  # "several villages"

#: The slots of a member's remembered toll: best, low, high, evidence.
BEST, LOW, HIGH, EVIDENCE = 0, 1, 2, 3


def remember_toll(c: Candidate) -> None:
    """Each mention's own toll, before merging changes the record."""
    ev = c.event
    if ev.fatalities:
        c.data["own_fatalities"] = (
            ev.fatalities,
            ev.fatalities_low or ev.fatalities,
            max(ev.fatalities_high, ev.fatalities),
            ev.evidence.get("fatalities"),
        )
    if ev.injuries:
        c.data["own_injuries"] = (ev.injuries, ev.evidence.get("injuries"))


def take_tolls(k: Event, members: list[Candidate], rules: Rules, facts: dict) -> None:
    """Best = the first toll reported, unless a later sentence says it rose, or the first
    was vague and a later one is higher or an exact count inside its range ('several
    civilians were killed ... killing seven'); low/high = the bounds over every report.
    The attackers' own dead ('one militant also died', 'police killed three of the
    attackers') and the dead a later sentence adds to the first ('two other officers were
    killed', 'his brother was also killed') are counted apart and added, as ACLED counts
    every death of the incident. A mention told as another incident ('In a separate attack
    on the town, ...') joins this record as ACLED's one event per place, day and attacker,
    and its dead add up; it lends no toll where another or no attacker is named, or where
    its own sentence names a place the first report's does not (`_placed_apart`).
    ``facts`` keeps each member's answers (`Incident.toll_facts`) from one merge to the next."""
    killed = [c for c in members if c.data.get("own_fatalities")]
    if not killed:
        return _take_injuries(k, members)
    lead = killed[0]  # 'attacked two villages, killing 40. In A, gunmen shot dead 15': A's 15
    summed = _many_places(lead) or told_over_area(lead)  # 'killed 25 across Gaza. In A, a strike killed 9'
    if len(killed) == 2 and summed and _named_places(killed[1].sentence) - _named_places(lead.sentence):
        # the lead's 40 sums the villages' ('Among the dead were ten children': no place; 'said
        # 16 had been killed in Bokkos, but the toll rose': an earlier count of the same dead)
        killed = killed if _says_rose(killed[1], rules) else killed[1:]
    first = killed[0]
    killed = killed[:1] + [
        c for c in killed[1:]
        if not _fact(facts, c, "apart", lambda c: _placed_apart(c, first, rules))
    ]
    parts = _parts(killed, rules, facts)
    bests = [_best_toll(part, rules, facts) for part in parts]
    k.fatalities = sum(b.data["own_fatalities"][BEST] for b in bests)
    lows = [
        min(c.data["own_fatalities"][LOW] or b.data["own_fatalities"][BEST] for c in part)
        for part, b in zip(parts, bests, strict=True)
    ]
    highs = [
        max(max(c.data["own_fatalities"][HIGH], b.data["own_fatalities"][BEST]) for c in part)
        for part, b in zip(parts, bests, strict=True)
    ]
    k.fatalities_low, k.fatalities_high = sum(lows), sum(highs)
    if bests[0].data["own_fatalities"][EVIDENCE] is not None:
        k.cite("fatalities", bests[0].data["own_fatalities"][EVIDENCE])
    for n, b in enumerate(bests[1:], 1):
        if b.data["own_fatalities"][EVIDENCE] is not None:
            k.cite(f"fatalities_side_{n + 1}", b.data["own_fatalities"][EVIDENCE])
    _take_injuries(k, members)


def _many_places(c: Candidate) -> bool:
    """The mention's deed hit several places ('attacked two villages', 'raids on several
    towns'): its toll sums theirs."""
    root = c.patient.root if c.patient is not None else None
    if root is None or root.tag_ != "NNS" or lemma(root) not in load_lexicon().cue("territory_nouns"):
        return False
    return any(
        (k.dep_ == "nummod" and (parse_number(k.text) or 0) > 1) or (k.dep_ == "amod" and k.lower_ in _MANY)
        for k in child_tokens(root)
    )


def _placed_apart(c: Candidate, first: Candidate, rules: Rules) -> bool:
    """A mention told as another incident by another (or no named) attacker, or whose own
    sentence names a place the first report's sentence does not ('in Otay
    neighbourhood'): the report tells two places apart even where the gazetteer reads them
    as one. One told as another attack 'in the town', 'there' or with no place is ACLED's
    same event (one per place, day and attacker): its dead add up."""
    if not told_separately(c, rules):
        return False
    if c.event.actor1 != first.event.actor1 or not c.event.actor1:
        return True  # another attacker, or none named: another ACLED event
    return bool(_named_places(c.sentence) - _named_places(first.sentence))


def _named_places(sent: Span) -> set[str]:
    """`place_names`, and the names a place word after 'in', 'near' ... carries ('in Otay
    neighbourhood', where the parser makes no entity of the name)."""
    out = place_names(sent)
    for tok in sent:
        at_place = tok.head.dep_ == "pobj" and tok.head.head.lower_ in PLACE_PREPS
        if tok.dep_ == "compound" and tok.pos_ == "PROPN" and at_place:
            out.add(tok.text.casefold())
    return out


def _parts(killed: list[Candidate], rules: Rules, facts: dict) -> list[list[Candidate]]:
    """The reports of the victims' dead, then each later report that adds dead of its own
    (one part each), then the attackers' dead: each part has one best toll, and the
    incident's toll is their sum."""
    theirs = {id(c): _fact(facts, c, "attackers_dead", _attackers_dead) for c in killed}
    victims = [c for c in killed if not theirs[id(c)]]
    said = {_fact(facts, c, "words", _words) for c in killed[:1]}
    added = [
        c for c in victims[1:]
        if not c.toll_total
        and _fact(facts, c, "words", _words) not in said  # a lead printed twice adds nobody
        and _fact(facts, c, "adds", lambda c: _adds(c, rules))
        and not _fact(facts, c, "named_among", lambda c: _named_among(victims[0], c, rules))
    ]
    # (by identity: a field-wise comparison of every pair grows with the square of the
    # members, and a report of hundreds of merged sentences has hundreds)
    apart = {id(c) for c in added}
    first = [c for c in victims if id(c) not in apart]
    parts = [first, *[[c] for c in added], [c for c in killed if theirs[id(c)]]]
    return [part for part in parts if part]


def _fact(facts: dict, c: Candidate, question: str, answer) -> bool:
    """``answer(c)``, asked once per candidate and question."""
    key = (id(c), question)
    if key not in facts:
        facts[key] = answer(c)
    return facts[key]


def _words(c: Candidate) -> str:
    """The member's sentence, spacing aside."""
    return " ".join(c.sentence.text.split())


def _toll_span(c: Candidate) -> Span | None:
    """The words the member's toll was read from."""
    ev = c.data["own_fatalities"][EVIDENCE]
    if ev is None:
        return None
    return c.sentence.doc.char_span(ev.start, ev.end, alignment_mode="expand")


def _adds(c: Candidate, rules: Rules) -> bool:
    """The toll counts dead besides those told before ('two other officers were killed',
    'his brother was also killed': the time stage's `toll_adds`), exactly, and is no toll
    that rose ('the toll also rose to nine'); so does the exact toll of an attack told as
    another ('In another raid on the town, bandits killed four herders')."""
    if not c.fatalities_exact:
        return False  # a vague 'many other soldiers have died' is no count of this incident
    if not c.toll_adds and not told_separately(c, rules):
        return False
    return not _says_rose(c, rules)


def _named_among(first: Candidate, c: Candidate, rules: Rules) -> bool:
    """The report has begun to name the first toll's dead ('among those killed was a
    surgeon') before this toll: 'a baker and his son also died' goes on naming
    them, and adds none. Read in the sentences after the first toll's, up to this one."""
    doc = c.sentence.doc
    for sent in doc.sents:
        if sent.start < first.sentence.end or sent.start > c.sentence.start:
            continue
        for tok in sent:
            if (tok.lower_ in rules.victim_list_words or lemma(tok) in rules.victim_list_words) and any(
                kind_of(t) == DEATH for t in sent
            ):
                return tok.i < trigger_root(c).i if sent.start == c.sentence.start else True
    return False


def _best_toll(killed: list[Candidate], rules: Rules, facts: dict) -> Candidate:
    best = killed[0]
    for c in killed[1:]:
        mine, first = c.data["own_fatalities"], best.data["own_fatalities"]
        # a floor ('more than a dozen') is vague too: a later exact count above it says more
        floor = _fact(facts, best, "floor", _floor) and bool(c.fatalities_exact) and mine[LOW] == mine[BEST]
        vague = first[HIGH] > first[BEST] or floor
        if (
            mine[BEST] > first[BEST]
            and (
                vague
                or (c.toll_total and c.toll_adds)  # 'two more died, a total of five
                or _fact(facts, c, "says_rose", lambda c: _says_rose(c, rules))
            )
        ) or _narrows(best, c):
            best = c
    return best


def _take_injuries(k: Event, members: list[Candidate]) -> None:
    hurt = [c for c in members if c.data.get("own_injuries")]
    if hurt:
        most = max(hurt, key=lambda c: c.data["own_injuries"][0])
        k.injuries = most.data["own_injuries"][0]
        if most.data["own_injuries"][1] is not None:
            k.cite("injuries", most.data["own_injuries"][1])


def _attackers_dead(c: Candidate) -> bool:
    """The toll counts the attackers ('two of the gunmen were also killed', 'killed three of
    the attackers'), not as part of a larger count ('seven people, including ...')."""
    span = _toll_span(c)
    if span is None:
        return False
    attackers = load_lexicon().cue("anaphoric_attackers")
    for tok in span:
        if (
            tok.tag_ == "NN"
            and tok.dep_ in NOMINAL_SUBJECTS
            and lemma(tok) in attackers
            and c.data["own_fatalities"][BEST] == 1
        ):
            return True  # 'the attacker died in the exchange of fire'
        if not (tok.like_num or tok.pos_ == "NUM"):
            continue
        counted = [tok.head] if tok.dep_ == "nummod" else []
        counted += [
            o for p in child_tokens(tok) if p.lower_ in _OF for o in child_tokens(p) if o.dep_ == "pobj"
        ]
        for noun in counted:
            inside = any(
                a.dep_ in ("appos",) or a.lower_ in _INCLUSION for a in noun.ancestors
            )
            if (
                lemma(noun) in attackers
                and not inside
                and not _both_sides(noun)
                and _count_of(tok) == c.data["own_fatalities"][BEST]
            ):
                return True  # the whole toll, not a part of one ('two soldiers and five gunmen')
    return False


def _both_sides(noun) -> bool:
    """'14 fighters on both sides', 'fighters from each side': the count spreads over every
    side of the fight."""
    spread = load_lexicon().cue("both_sides_words")
    return any(
        d.lower_ in spread for p in child_tokens(noun) if p.dep_ == "prep" for o in child_tokens(p) for d in child_tokens(o)
    )


def _floor(c: Candidate) -> bool:
    """The toll was stated as a lower bound ('at least 12', 'more than a dozen')."""
    ev = c.data["own_fatalities"][EVIDENCE]
    text = " ".join(ev.text.lower().split()) if ev is not None else ""
    return any(text.startswith(p + " ") for p in numbers_lexicon()["quantifiers"]["lower_bound"])


def _count_of(tok) -> int | None:
    """'one', '3': the number a toll's word says (a/an count one)."""
    return 1 if tok.lower_ in _ONE_ARTICLES else parse_number(tok.text)


def _narrows(first: Candidate, later: Candidate) -> bool:
    """A later exact count inside the range of a first one read from a vague word."""
    if first.fatalities_exact is not False or not later.fatalities_exact:
        return False
    low, high = first.data["own_fatalities"][LOW], first.data["own_fatalities"][HIGH]
    return low <= later.data["own_fatalities"][BEST] <= high


def _says_rose(c: Candidate, rules: Rules) -> bool:
    """The sentence the toll was read from says it rose ('the toll had risen to eight')."""
    sent = c.sentence
    span = _toll_span(c)
    if span is not None:
        sent = sentence(span)
    return any(lemma(t) in rules.toll_words or t.lower_ in rules.toll_words for t in sent)
