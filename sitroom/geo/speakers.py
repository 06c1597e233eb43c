"""Where a speaker is: "an army spokesman in Bamako said", "..., the army said in Kyiv". A
place named as where someone spoke is not where the event they speak of happened; nor is a
capital that stands for its government as the doer ("shelled by Moscow", "lost ground to
Moscow")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitroom.geo.resolve import Mention
from sitroom.lang import pack_pattern, pack_words
from sitroom.nlp import doc_text

#: "a spokesman in Bamako said": a name after "in"/"from", right before a verb of speech.
_SPEAKER_AFTER = pack_pattern("geo/patterns", "speaker_after", 0)
_SPEAKER_BEFORE = pack_pattern("geo/patterns", "speaker_before", 0)
_SPEAKER_SAID = pack_pattern("geo/patterns", "speaker_said_before", 0)
#: "..., said Ali Hassan, an officer in the nearby town of X": the role's place is the speaker's.
_SPEAKER_ROLE = pack_pattern("geo/patterns", "speaker_role_before", 0)
#: "killed 12 villagers in Tondikwindi": a bare proper name after one of these is a place
#: the gazetteer may lack.
_PLACE_PREPS = pack_words("geo/words", "place_preps")
#: "lost ground to Moscow", "ceded the town to Kyiv": verbs whose "to" names the side that gained.
_YIELDING_TO = pack_words("geo/words", "yielding_to_verbs")
_GAINED_SIDE = pack_words("geo/words", "gained_side_preps")
#: Entity labels of proper names after such a word that are no place ("in January").
_NO_PLACE = frozenset({"DATE", "TIME", "PERSON", "NORP", "EVENT"})


def speaker_named(text: str, m: Mention) -> bool:
    """ "Jihadists killed six soldiers near X, an army spokesman in Bamako said", "..., the
    army said in Kyiv": the parse may hang the speaker anywhere; the words around the name
    say it is where they spoke."""
    if _SPEAKER_SAID.search(text[max(0, m.start - 70) : m.start]):
        return True  # "..., the army said in Kyiv", "said in a statement issued in Kyiv"
    if _SPEAKER_ROLE.search(text[max(0, m.start - 140) : m.start]):
        return True  # "..., said Ali Hassan, an officer in the nearby town of X"
    return bool(
        _SPEAKER_AFTER.match(text[m.end : m.end + 30])
        and _SPEAKER_BEFORE.search(text[max(0, m.start - 12) : m.start])
    )


def capital_speaking(text: str, m: Mention) -> bool:
    """ "..., security sources in Ouagadougou said": the capital a government or its
    sources speak from, not the province of the villages they speak of."""
    return m.resolved is not None and m.resolved.fcode == "PPLC" and speaker_named(text, m)


def government_acting(doc: Doc, m: Mention, names_a_government: Callable[[str], bool]) -> bool:
    """ "Kharkiv, shelled by Moscow for months, ...", "Kyiv has lost ground to Russia": a
    country or national capital as the doer of a passive verb or the side a place was lost
    to is its government (a party, like "Moscow said"), not where the event happened."""
    if not names_a_government(m.text):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    if prep.dep_ == "agent":
        return True
    return prep.lower_ in _GAINED_SIDE and prep.head.lemma_.lower() in _YIELDING_TO


def mark_acting_governments(
    doc: Doc, mentions: list[Mention], names_a_government: Callable[[str], bool]
) -> None:
    """A country or capital that acts names a party, as "Moscow said" does: no event is
    placed there."""
    for m in mentions:
        if not m.modifier and government_acting(doc, m, names_a_government):
            m.modifier = m.party = True


def beside_capital(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may place the article: a capital its government speaks from, or
    that stands for its government as a doer, says nothing of where an unknown village is,
    so it is dropped when another place is named (a mention, or a name the gazetteer lacks);
    when it is the only place named, it stays ("A bomb went off at a market, police in
    Kabul said")."""
    text = doc_text(doc)
    located = [m for m in mentions if not capital_speaking(text, m)]
    if located or len(located) == len(mentions):
        return located
    return located if any(_unknown_place(t, mentions) for t in doc) else mentions


def _unknown_place(t: Token, mentions: list[Mention]) -> bool:
    """A bare proper name after 'in/at/near ...' that no mention covers."""
    return (
        t.pos_ == "PROPN"
        and t.dep_ == "pobj"
        and t.head.lower_ in _PLACE_PREPS
        and t.ent_type_ not in _NO_PLACE
        and not any(c.dep_ == "det" for c in t.children)
        and not any(m.start <= t.idx < m.end for m in mentions)
    )
