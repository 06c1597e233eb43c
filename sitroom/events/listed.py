"""Several places in one event sentence: ACLED codes one event per location.

"Gunmen raided A and B in X district and C in Y district" is three events with the same
date, actors and type, each at its own place. Here the events stage finds the places a
trigger lists (coordinated objects, or coordinated objects of its place prepositions)
and makes one candidate per place; geo places each at its own name (``place_focus``),
and assembly merges back those that end up at the same place (villages the gazetteer
does not know fall back to one district) and shares the sentence's toll among the rest.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from spacy.tokens import Span, Token

from sitroom.components import Candidate
from sitroom.events.findings import PLACE_ENTS, PLACE_PREPS, Mention, event_words
from sitroom.events.incident import PLACE_FIELDS, listing_key, nested, place_chain
from sitroom.events.parsing import lemma
from sitroom.nlp import child_tokens, entities_in, sentence
from sitroom.time.casualties import DEATH, kind_of
from sitroom.time.numbers import parse_number

LISTING_PREPS = event_words("listing_preps")
PLACE_KINDS = event_words("place_kind_nouns")
GAP_COUNTS = event_words("gap_counts")
NOT_PLACE_ENTS = event_words("not_place_ents")
CLAUSE_DEPS = event_words("clause_deps")
CLAUSE_VICTIMS = ("nsubjpass", "dobj")
_OF = event_words("of_preps")


def _is_kind(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and lemma(tok) in PLACE_KINDS


def _name_like(tok: Token, after_prep: bool) -> bool:
    """A place name: a place entity, or a proper noun that is no date or number (the small
    model often calls a village a person; a name that is no place is left to geo, and its
    record merges back with its siblings')."""
    if tok.ent_type_ in NOT_PLACE_ENTS:
        return False
    if tok.ent_type_ in PLACE_ENTS:
        return True
    return tok.pos_ == "PROPN" and (after_prep or tok.ent_type_ != "NORP")


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and every conjunct coordinated with it, in text order."""
    out, stack = [tok], [tok]
    while stack:
        for c in child_tokens(stack.pop()):
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _prep_places(tok: Token) -> list[Token]:
    """Objects of ``tok``'s place prepositions ('positions in A', 'killed two in B')."""
    return [
        o
        for c in child_tokens(tok)
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | LISTING_PREPS
        for o in child_tokens(c)
        if o.dep_ == "pobj"
    ]


def _places_of(tok: Token, after_prep: bool) -> list[Token]:
    """The place names a list member stands for: itself, the name a kind noun carries
    ('the village of A', 'A and B districts'), or where the member is ('farmers in A',
    'one in B')."""
    if _name_like(tok, after_prep):
        return [tok]
    if _is_kind(tok):
        after = [
            o
            for c in child_tokens(tok)
            if c.dep_ == "prep" and c.lower_ in _OF
            for o in child_tokens(c)
            if o.dep_ == "pobj" and _name_like(o, True)
        ]
        if after and len(_conjuncts(after[0])) > 1:
            return after[:1]  # 'the Fulani villages of A, B and C': not the Fulani
        for c in child_tokens(tok):
            if c.dep_ in ("compound", "nmod") and _name_like(c, True):
                return [c]  # 'A and B areas of X state': X holds them
        if after:
            return after[:1]
    if tok.pos_ in ("NOUN", "NUM", "PRON") or lemma(tok) in GAP_COUNTS:
        return [o for o in _prep_places(tok) if _name_like(o, True)]
    return []


def _members(anchor: Token, after_prep: bool) -> list[Token]:
    """The list an anchor opens: its conjuncts (or those of the name it carries: 'the
    villages of A and B'), and for a place a gapped tail of counts ('two in A, one in B
    and another in C')."""
    out = _conjuncts(anchor)
    inner = _places_of(anchor, after_prep)
    if len(out) == 1 and inner and inner[0] is not anchor and len(_conjuncts(inner[0])) > 1:
        out = _conjuncts(inner[0])
    for c in child_tokens(anchor):
        if c.dep_ == "appos" and (c.like_num or lemma(c) in GAP_COUNTS):
            out += _conjuncts(c)
    return sorted(set(out), key=lambda t: t.i)


def _clause(head: Token) -> list[Token]:
    """The tokens of ``head``'s own clause: not those of clauses below it."""
    out, stack = [head], [head]
    while stack:
        for c in child_tokens(stack.pop()):
            if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX"):
                continue
            out.append(c)
            stack.append(c)
    return out


def _is_container(obj: Token) -> bool:
    """'A in X district', 'the village of A in X': X holds the place named before it
    (not in 'villages in X and Y districts', where nothing is named before)."""
    holder = obj.head.head
    return holder.pos_ == "PROPN" or (_is_kind(holder) and _places_of(holder, True) != [])


def _anchors(mention: Mention) -> list[tuple[Token, bool, list[Token]]]:
    """Where a trigger's places may be listed: its objects and the objects of place
    prepositions in its clause (for a nominal trigger, the clause of the verb it is the
    subject or object of: 'clashes broke out in A and B'); True when after a preposition;
    then names a misparse hangs on the verb ('raided A and B in X and C in Y': C)."""
    out: list[tuple[Token, bool, list[Token]]] = []
    preps = PLACE_PREPS | LISTING_PREPS
    for trig in mention.members:
        tok = trig.token
        heads = [tok]
        if trig.nominal and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB":
            heads.append(tok.head)
        for h in heads:
            hung = [c for c in child_tokens(h) if c.dep_ == "conj" and _prep_places(c)]
            hung = [c for c in hung if c.pos_ == "PROPN" or lemma(c) in GAP_COUNTS or c.like_num]
            out += [(c, False, hung) for c in child_tokens(h) if c.dep_ == "dobj"]
            for t in _clause(h):
                if t.dep_ == "pobj" and t.head.lower_ in preps and not _is_container(t):
                    out.append((t, True, hung if t.head.head == h else []))
    return out


def _span(tok: Token) -> Span:
    """The whole name around a token: its entity, else its compound words."""
    for ent in entities_in(sentence(tok)):
        if ent.start <= tok.i < ent.end and ent.label_ not in NOT_PLACE_ENTS:
            return ent
    start = min([tok.i, *(c.i for c in child_tokens(tok) if c.dep_ == "compound")])
    return tok.doc[start : tok.i + 1]


def listed_places(mention: Mention) -> list[tuple[Span, int | None]]:
    """The distinct places a trigger lists (two or more), in text order, each with the
    count the list gives it ('four farmers in A and two traders in B'); else []."""
    excluded = {t.i for span in (mention.agent, mention.origin) if span is not None for t in span}
    best: list[tuple[Span, int | None]] = []
    for anchor, after_prep, hung in _anchors(mention):
        names = _parsed_list(anchor, after_prep, hung)
        if len(names) < 2:
            names = _kind_list(anchor)
        names = [n for n in names if not any(t.i in excluded for t in n[0])]
        unique = {n[0].text.casefold(): n for n in reversed(names)}
        if len(unique) >= 2 and len(unique) > len(best):
            best = sorted(unique.values(), key=lambda n: n[0].start)
    return best or _clause_list(mention, excluded)


def own_names(mention: Mention) -> dict[str, Span]:
    """The place names a mention's own clauses give (its objects and the objects of its
    place prepositions, not those of the attacker or a launch site), by their folded text."""
    excluded = {t.i for span in (mention.agent, mention.origin) if span is not None for t in span}
    return {
        _span(p).text.casefold(): _span(p)
        for anchor, after_prep, _hung in _anchors(mention)
        for p in _places_of(anchor, after_prep)
        if p.i not in excluded
    }


def _clause_list(mention: Mention, excluded: set[int]) -> list[tuple[Span, int | None]]:
    """'Four drivers were killed in A, and three men were found dead in B': verbs of one
    mention coordinated as clauses, each naming its own place and counting its own
    victims (none dead where the clause tells no death: '... and five were wounded in B');
    else []."""
    verbs = [t.token for t in mention.members if not t.nominal and t.token.pos_ == "VERB"]
    joined = [v for v in verbs if v.dep_ == "conj" and v.head in verbs]
    if not joined:
        return []
    names: list[tuple[Span, int | None]] = []
    for verb in [joined[0].head, *joined]:
        places = [o for o in _prep_places(verb) if _name_like(o, True) and o.i not in excluded]
        if len(places) != 1:
            return []
        victims = [c for c in child_tokens(verb) if c.dep_ in CLAUSE_VICTIMS]
        count = _count(victims[0]) if victims else None
        if not any(kind_of(t) == DEATH for t in (verb, *child_tokens(verb))):
            count = 0
        names.append((_span(places[0]), count))
    unique = {span.text.casefold() for span, _ in names}
    return names if len(unique) == len(names) else []


def _parsed_list(
    anchor: Token, after_prep: bool, hung: list[Token]
) -> list[tuple[Span, int | None]]:
    """The places the parse coordinates with an anchor, each with its count."""
    members = _members(anchor, after_prep) + hung
    if not hung and not _coordinated(members):
        return []  # 'in Pereira, Risaralda': a place and its province, not a list
    names: list[tuple[Span, int | None]] = []
    for member in members:
        places = _places_of(member, after_prep or member is not anchor)
        if not places:
            if member.pos_ in ("PROPN", "NOUN") and member.dep_ != "appos":
                return []  # 'attacked Aleppo and the army': not a list of places
            continue
        count = _count(member) if member is not places[0] else None
        names += [(_span(p), count) for p in places]
    return names


def _kind_list(anchor: Token) -> list[tuple[Span, int | None]]:
    """The names a kind noun's phrase lists, read in text order where the parse goes
    astray: 'Kaza and Dorun villages', 'the Varo (Lemba) and Tessi (Kuru, Lemba)
    frontlines', 'in A (B) district and C city' (words in brackets are containers,
    not listed places). Only a plural kind noun, or a phrase with brackets, and one that
    holds a coordinator; else []."""
    if not _is_kind(anchor):
        return []
    words = anchor.doc[anchor.left_edge.i : anchor.i + 1]
    plural = "Plur" in anchor.morph.get("Number")
    if not (plural or any(t.is_bracket for t in words)) or not any(
        t.pos_ == "CCONJ" for t in words
    ):
        return []
    groups: list[list[Token]] = [[]]
    depth = 0
    for tok in words:
        if tok.is_bracket:
            depth += 1 if tok.is_left_punct else -1
        elif depth == 0 and (tok.pos_ == "CCONJ" or tok.is_punct):
            groups.append([])
        elif depth == 0:
            groups[-1].append(tok)
    names = []
    for group in groups:
        named = [t for t in group if _name_like(t, True)]
        if named:  # the name's words, up to the kind noun after it
            names.append((anchor.doc[named[0].i : named[-1].i + 1], None))
    return names if len(names) >= 2 else []


def _coordinated(members: list[Token]) -> bool:
    """Joined by 'and'/'or' somewhere in the list, not only by commas."""
    if len(members) < 2:
        return False
    doc, first, last = members[0].doc, min(m.i for m in members), max(m.i for m in members)
    return any(t.dep_ == "cc" for t in doc[first:last])


def _count(member: Token) -> int | None:
    """How many a gapped list member counts ('four farmers in A', 'one in B')."""
    if lemma(member) in GAP_COUNTS:
        return 1
    if member.like_num:
        return parse_number(member.text)
    nums = [c for c in child_tokens(member) if c.dep_ == "nummod"]
    return parse_number(nums[0].text) if nums else None


def split_by_place(
    cand: Candidate, places: list[tuple[Span, int | None]], own: Span | None = None
) -> list[Candidate]:
    """One candidate per listed place, the first being ``cand`` itself; a candidate that
    lists none stands at ``own``, its clause's place, where it has one (`clause_places`)."""
    if len(places) < 2:
        if own is not None:
            cand.listed_places, cand.place_focus = [own], own
        return [cand]
    out = []
    spans = [span for span, _ in places]
    for i, (span, count) in enumerate(places):
        one = cand if i == 0 else _clone(cand)
        one.listed_places, one.place_focus = spans, span
        one.listed_count = count
        out.append(one)
    return out


def first_listed(c: Candidate) -> bool:
    """Not a further record split from a list: what later sentences may refer back to
    (which of the listed places 'the strikes' means is not known)."""
    return c.place_focus is None or c.place_focus is c.listed_places[0]


def last_told(made: list[Candidate]) -> Candidate:
    """The latest candidate a following sentence may elaborate."""
    return next(c for c in reversed(made) if first_listed(c))


def _clone(cand: Candidate) -> Candidate:
    """An independent copy: its own record and scratch values; spans are shared."""
    twin = replace(cand, event=copy.deepcopy(cand.event), triggers=list(cand.triggers))
    twin.data = type(cand.data)(cand.data)
    return twin


# ---------------------------------------------------------------------- assembly


def settle_listed(cands: list[Candidate]) -> list[Candidate]:
    """Records of one listing that geo put at the same place are one record (villages the
    gazetteer lacks fall back to their district: one record per district); the rest share
    the sentence's toll: each its own count where the list gives one, those without one
    the toll read from the sentence (a gapped list's first count) in even shares (ACLED
    divides an undivided toll evenly, the remainder to the first)."""
    groups: dict[tuple, list[Candidate]] = {}
    out: list[Candidate] = []
    for c in cands:
        if not c.listed_places:
            out.append(c)
            continue
        group = groups.setdefault(listing_key(c), [])
        if group and not _own_place(c, group):
            _take_finer_place(group, c)
            continue
        group.append(c)
        out.append(c)
    for group in groups.values():
        if len(group) > 1:
            _share_toll(group)
        elif group:
            group[0].listed_places, group[0].place_focus = [], None
    return out


def _own_place(c: Candidate, kept: list[Candidate]) -> bool:
    """A further record of the list stands when geo placed it below the country (a list
    of countries is a generic remark) at a place none of the kept ones has: at its own
    name, or at the district or town the sentence gives for it."""
    chain = place_chain(c.event)
    if len(chain) < 2 or any(nested(k.event, c.event) for k in kept):
        return False
    ev, focus = c.event.evidence.get("location"), c.place_focus
    own = (
        ev is not None
        and focus is not None
        and ev.start < focus.end_char
        and focus.start_char < ev.end
    )
    return own or (c.event.geo_precision or 3) <= 2


def _take_finer_place(kept: list[Candidate], c: Candidate) -> None:
    """A listed name the gazetteer lacks fell back to the district or province that holds
    another listed town ('in A district and B city, C province', A unknown): the record kept
    for the district stands at the town, the finer of the two places it holds."""
    ev, chain = c.event, place_chain(c.event)
    for k in kept:
        mine = place_chain(k.event)
        if mine and len(chain) > len(mine) and mine[-1] in chain and (  # placed at all
            (ev.geo_precision or 3) < (k.event.geo_precision or 3)
        ):
            for name in PLACE_FIELDS:
                setattr(k.event, name, getattr(ev, name))
            if "location" in ev.evidence:
                k.event.evidence["location"] = ev.evidence["location"]
            k.place_focus = c.place_focus
            return


def _share_toll(group: list[Candidate]) -> None:
    total = group[0].event.fatalities
    counts = [c.listed_count for c in group]
    rest = [c for c, n in zip(group, counts, strict=True) if n is None]
    # 'two were shot in A, one in B and another in C': the toll read is A's own count
    shares = _even(total, len(rest))
    for c, n in zip(group, counts, strict=True):
        ev = c.event
        exact = n is not None or len(rest) == 1  # a share of an undivided toll is vague
        if total:
            ev.fatalities = n if n is not None else shares.pop(0)
            ev.fatalities_low = ev.fatalities if exact else min(1, ev.fatalities)
            ev.fatalities_high = ev.fatalities if exact else max(ev.fatalities, total)
            c.fatalities_exact = exact
    injured = _even(group[0].event.injuries, len(group))
    for c in group:
        c.event.injuries = injured.pop(0)


def _even(total: int, parts: int) -> list[int]:
    """``total`` in ``parts`` shares as even as can be, the larger ones first."""
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
