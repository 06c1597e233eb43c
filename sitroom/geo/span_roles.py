"""Names that are no place's though a place may share them: a person's set beside a person's
noun ("according to Madison, a local activist") or written on after a person's name, and a
river's after its bank ("the left bank of the Dnipro"). Moved from `sitroom.geo.spans`."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.lang import pack_words

_PLACE_PREPS = pack_words("geo/words", "place_preps")
_PERSON_NOUNS = pack_words("geo/words", "person_nouns")
_RIVER_BANKS = pack_words("geo/words", "river_bank_nouns")


def a_person(span: Span) -> bool:
    """ "according to Madison, a local activist", "the home of Jordan, an opposition
    lawmaker": a name in apposition with a person's noun names that person; not one after
    "in" or "near" ("near X, an army spokesman said": the parse set the speaker beside X)."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in _PLACE_PREPS:
        return False
    return surname(span) or any(one_person(c) for t in span for c in t.children if c.dep_ == "appos")


def surname(span: Span) -> bool:
    """ "Yusuf Ahmed Nur Aden, head of a charity": a name written on, with no mark between, after
    a person's name the tagger cut short is that person's last name, not a place (Aden,
    Yemen)."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.ent_type_ == "PERSON" and prev.whitespace_ == " " and prev.is_alpha and prev.is_title


def a_river(span: Span) -> bool:
    """ "on the left bank of the Dnipro": the name after a river's bank is the river's, not
    a town's that shares it (the city of Dnipro)."""
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].is_lower and doc[i - 2].text in _RIVER_BANKS


def one_person(noun) -> bool:
    """One person named by a noun with its determiner ("a local activist", "the imam"):
    not "in X, Y province, armed men ...", where the parse may set the men beside X."""
    return (
        noun.lemma_.lower() in _PERSON_NOUNS
        and noun.tag_ == "NN"
        and any(c.dep_ in ("det", "poss") for c in noun.children)
    )
