"""An event whose sentence names no place, placed by the next sentence when that one points
back at the event's site: "Gunmen killed 30 people at a market on Sunday. The town, X, lies
in Y." (or at a noun of the event's own sentence: "... raided a school. The school is in X") X is where it happened, at its own precision, not the article's focus guessed at
precision 3 (`sitroom.geo.component.locate`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.lang import pack_words
from sitroom.model import Place
from sitroom.nlp import sentences

#: "The town, X": determiners and nouns that open a sentence pointing back at a site.
_BACK_DETERMINERS = pack_words("geo/words", "site_back_determiners")
_BACK_NOUNS = pack_words("geo/words", "site_back_nouns")
#: "The school is in X": what makes that sentence locate its subject, and what makes it
#: another incident's story ("The killing comes a week after an attack in X").
_LOCATING_VERBS = pack_words("geo/words", "site_locating_verbs")
_OTHER_TIME_UNITS = pack_words("geo/words", "site_other_time_units")
_OTHER_DEEDS = pack_words("geo/words", "site_other_deeds")
#: "travelling from X to Y": a route's ends, no site of the deed.
_ROUTE_ENDS = pack_words("geo/words", "route_end_preps")


def told_next(sent: Span, mentions: Sequence[Mention], focus: Hit) -> Mention | None:
    """The mention of ``focus`` in the sentence right after ``sent``, when that sentence
    opens with a determiner and a site noun ("The village, X, ...", "The attack took place
    near X"); None when there is none."""
    back = _next_pointing_back(sent)
    if back is None:
        return None
    nxt, noun = back
    site = next(
        (
            m
            for m in mentions
            if m.resolved is not None and m.resolved.id == focus.id and nxt.start_char <= m.start < nxt.end_char
        ),
        None,
    )
    return site if site is not None and _locates(nxt, noun, site) else None


def _next_pointing_back(sent: Span) -> tuple[Span, Token] | None:
    """The sentence right after ``sent`` and its subject noun, when it opens with a
    determiner and a noun that points back at ``sent``'s site or deed and tells no time or
    deed of its own ("The attack took place near X"); None otherwise."""
    nxt = next((s for s in sentences(sent.doc) if s.start >= sent.end), None)
    if nxt is None or len(nxt) < 3:
        return None
    det, noun = nxt[0], nxt[1]
    if det.lower_ not in _BACK_DETERMINERS or not _points_back(noun, sent) or _tells_its_own(nxt, noun):
        return None
    return nxt, noun


def _points_back(noun, sent: Span) -> bool:
    """The next sentence's subject names the site or the deed ("The village", "The blast"),
    or takes up a noun of the event's own sentence ("... from a school. The school is in X")."""
    lemma = noun.lemma_.lower()
    if lemma in _BACK_NOUNS:
        return True
    return noun.pos_ == "NOUN" and any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in sent)


def _tells_its_own(nxt: Span, noun) -> bool:
    """The next sentence tells a time or a deed of its own: a span counted in days, weeks or
    years ("a week after", "last year"), a year ("in 2019"), or a deed noun besides its subject
    ("The killing comes after an attack in X"): another incident, not this one's site."""
    for t in nxt:
        lemma = t.lemma_.lower()
        if lemma in _OTHER_TIME_UNITS or (t.shape_ == "dddd" and t.like_num):
            return True
        if t.i != noun.i and t.pos_ == "NOUN" and lemma in _OTHER_DEEDS:
            return True
    return False


def _locates(nxt: Span, noun, site: Mention) -> bool:
    """The place hangs on the subject noun itself ("The attack in X") or on a verb that
    locates it ("The school is in X", "The attack took place near X"), not on another noun
    or deed of the sentence ("rebuilt with money from donors in X")."""
    tok = next((t for t in nxt if t.idx <= site.start < t.idx + len(t)), None)
    while tok is not None:
        if tok.i == noun.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            objects = [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"]
            lemma = tok.lemma_.lower()
            return lemma in _LOCATING_VERBS or any(f"{lemma} {o}" in _LOCATING_VERBS for o in objects)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def finer_next(
    sent: Span, mentions: Sequence[Mention], chosen: Mention, place: Place, place_of: Callable
) -> tuple[Mention, Place]:
    """An event placed at a unit ("attacked an army post in X region") whose next sentence
    points back at it and locates it inside that unit ("The attack took place near the town
    of Y"): Y, at its own precision. Otherwise the unit, as chosen."""
    back = _next_pointing_back(sent) if place.geo_precision >= 2 else None
    if back is None:
        return chosen, place
    nxt, noun = back
    for m in mentions:
        if m.resolved is None or not nxt.start_char <= m.start < nxt.end_char or not _locates(nxt, noun, m):
            continue
        tok = next((t for t in nxt if t.idx <= m.start < t.idx + len(t)), None)
        if tok is not None and tok.i > nxt.start and tok.doc[tok.i - 1].lower_ in _ROUTE_ENDS:
            continue
        finer = place_of(m)
        if (
            finer is not None
            and finer.geo_precision < place.geo_precision
            and finer.country == place.country
            and (not place.admin1 or finer.admin1 == place.admin1)
        ):
            return m, finer
    return chosen, place

