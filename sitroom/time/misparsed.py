"""Counts and victims the parser loses around names (read by `sitroom.time.casualties`).

A name inside a victim phrase often breaks the parse: "5 IS militants were killed" reads
"IS" as a verb and leaves the 5 hanging; "In Salta, a trader was shot dead" hangs
"a man" on the state's name and leaves the verb without a subject; "a police officer"
after a place becomes that place's apposition. These helpers find what the parse lost,
by the word order the parse cannot change. Also here: what counts as a number at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.lang import pack_pattern
from sitroom.nlp import child_tokens, sentence
from sitroom.time.dating import REPORTING_LEMMAS, says
from sitroom.time.numbers import lexicon, lexicon_words

_CALENDAR = pack_pattern("time/patterns", "calendar_token", re.IGNORECASE)
_JOINERS = lexicon_words("name_joiners")
_INCLUSION = lexicon_words("inclusion_preps")
_PLACE_NOUNS = lexicon_words("place_nouns")
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
_PLACES = ("GPE", "LOC", "FAC")
_DASHES = ("-", "--", "\u2013", "\u2014", ":")


def is_number(tok: Token) -> bool:
    """A count word: not a day or year inside a date ('On 9 May 2020')."""
    if not not_date(tok):
        return False
    return tok.like_num or tok.pos_ == "NUM" or tok.lower_ in lexicon()["number_words"]


def not_date(tok: Token) -> bool:
    """False for a token of a calendar date: a DATE entity with a month name or a year near it,
    or a day number right beside a capitalised month name ('[24 April]')."""
    doc = tok.doc
    if tok.like_num:
        near = [doc[i] for i in (tok.i - 1, tok.i + 1) if sentence(tok).start <= i < sentence(tok).end]
        if any(_CALENDAR.match(t.text) and t.text[0].isupper() and not t.like_num for t in near):
            return False
    if tok.ent_type_ not in ("DATE", "TIME"):
        return True
    window = doc[max(tok.i - 2, 0):min(tok.i + 3, len(doc))]
    return not any(_CALENDAR.match(t.text) and t.ent_type_ in ("DATE", "TIME") for t in window)


def stray_number(noun: Token) -> Token | None:
    """The number right before a victim noun and the name words between them that the
    parse hung elsewhere ('5 IS militants', '14 Al Shabaab fighters', '78 BH/IS fighters'):
    the count of the noun. Never a year, a number that counts another noun, or one after
    an article ('the 21 Brigade soldiers' is a unit's name). A count spelled out counts
    too, capitalised when it opens the sentence ('Two Thai rangers were killed')."""
    doc, i, named = noun.doc, noun.i - 1, False
    own = {c.i for c in child_tokens(noun) if c.dep_ in ("compound", "amod")}
    while i >= 0 and not _count_word(doc[i]) and (
        doc[i].i in own or doc[i].text[:1].isupper() or doc[i].text in _JOINERS
    ):
        named = named or doc[i].text[:1].isupper()
        i -= 1
    if not named or i < 0 or i == noun.i - 1:
        return None
    num = doc[i]
    if not is_number(num) or _CALENDAR.match(num.text):
        return None
    if not (num.text[:1].isdigit() or _count_word(num)):
        return None
    if num.dep_ == "nummod" and num.head.i not in range(num.i + 1, noun.i + 1):
        return None
    if i > 0 and doc[i - 1].pos_ == "DET":
        return None
    return num


def _count_word(tok: Token) -> bool:
    """A number spelled out and tagged a number ('Two', 'eleven'), not a name's word; or one
    that opens the sentence or follows a dateline's dash, which the parser may tag a name
    ('NIAMEY (AFP) - Twelve Nigerien soldiers ...')."""
    if tok.lower_ not in lexicon()["number_words"]:
        return False
    opens = tok.i == sentence(tok).start or tok.doc[tok.i - 1].text in _DASHES
    return tok.tag_ == "CD" or (opens and tok.text[:1].isupper())


def passive_subject(verb: Token) -> Token | None:
    """The noun right before a passive verb's auxiliary when the parse gave the verb no
    subject ('In Salta, a trader was shot dead'): the head of the phrase that ends
    there, climbing out of a trailing 'of'/'from' phrase ('a fugitive from the prison') and
    back to the first of coordinated nouns."""
    aux = [c for c in child_tokens(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux:
        return None
    first = min(aux, key=lambda t: t.i)
    if first.i == sentence(verb).start:
        return None
    tok = first.doc[first.i - 1]
    if tok.pos_ not in _NOMINAL or not not_date(tok) or tok.ent_type_ in ("DATE", "TIME"):
        return None
    while True:
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "a driver and a boy died": both
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.head.i < tok.i:
            tok = tok.head.head
        else:
            return tok


def _says_next(tok: Token) -> bool:
    """A verb of saying right after ``tok``'s phrase ('... and a doctor [said]')."""
    nxt = tok.right_edge.i + 1
    if nxt >= sentence(tok).end:
        return False
    return says(tok.doc[nxt])


def _after_comma(tok: Token) -> bool:
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def sources_coordinated(victim: Token, later: list[Token]) -> list[Token]:
    """The conjuncts of ``later`` that are the report's sources, not more victims: 'killing
    six people, residents and a doctor said' parses the residents and the doctor as
    conjuncts of the people. Those from the first one after a comma on, when the last is
    followed right away by a verb of saying (a list of victims ends before its comma)."""
    if not later or not _says_next(later[-1]):
        return []
    first = next((i for i, c in enumerate(later) if _after_comma(c) and c.i > victim.i), None)
    return later[first:] if first is not None else []


def victims_told_as_speakers(verb: Token) -> Token | None:
    """'killing six people, residents and a medical source said': the parse makes the
    people, with the sources coordinated after a comma, the subject of 'said' and leaves
    the killing without an object. The noun phrase right after the verb, when it is such a
    subject: the victims."""
    nxt = verb.i + 1
    if nxt >= sentence(verb).end:
        return None
    noun = verb.doc[nxt]
    while noun.head.i != noun.i and noun.head.i > verb.i and noun.dep_ not in ("nsubj", "conj"):
        noun = noun.head
    if noun.dep_ != "nsubj" or noun.left_edge.i != nxt or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if noun.head.lemma_.lower() not in REPORTING_LEMMAS or noun.head.i < verb.i:
        return None
    later = [c for c in noun.conjuncts if c.i > noun.i]
    if sources_coordinated(noun, later):
        return noun
    # '31 people, including patients, a rescue worker and an official said': the sources end the list
    listed = [p for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ in _INCLUSION
              for p in child_tokens(c) if p.dep_ == "pobj"]
    return noun if any(sources_coordinated(p, [c for c in p.conjuncts if c.i > p.i]) for p in listed) else None


def place_appos(noun: Token) -> Token:
    """'In Tijuana, Baja California, a police officer was shot': the parse makes the state
    the subject and the officer its apposition; the victim is the officer."""
    if noun.pos_ != "PROPN" or noun.ent_type_ not in _PLACES:
        return noun
    appos = [c for c in child_tokens(noun) if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return appos[0] if appos else noun


def told_subject(subject: Token, verb: Token) -> Token:
    """A passive's parsed subject, unless the noun right before its auxiliary lies outside
    that subject's phrase, or hangs in it as a name's apposition ('At the borders of A and
    B, a man was found dead': the parse makes 'the borders' the subject and the man an
    apposition of B): then that noun."""
    near = passive_subject(verb)
    if near is None or near.i == subject.i or near.pos_ == "PROPN" or near.ent_type_ in _PLACES:
        return subject  # a name the parse hung elsewhere ('in Foz do Iguacu': 'do' an auxiliary)
    named = near.dep_ == "appos" and near.head.pos_ == "PROPN"  # hung on a place's name
    return near if named or near.i not in {t.i for t in subject.subtree} else subject


def names_a_place_again(noun: Token) -> bool:
    """'killed six men in Culiacan, the capital of Sinaloa': a place noun right after a
    name and its comma is the name's apposition, though the parse may hang it on the verb."""
    if noun.lemma_.lower() not in _PLACE_NOUNS:
        return False
    start = noun.left_edge.i
    return start >= 2 and noun.doc[start - 1].text == "," and noun.doc[start - 2].pos_ == "PROPN"
