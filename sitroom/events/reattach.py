"""Two misreadings of the small model's parse that join the words of two phrases wrongly,
mended on the doc before any stage reads it (the text, entities and sentences stay):

- a clause's subject read as the last name of a list of places: 'fighters attacked a base in
  A, B region, and a mortar attack hit a market in C' makes 'a mortar attack' a third place
  beside A and B, and 'hit' a verb with no subject, so the mortar attack joined the first
  clause's incident. A common noun (not a name) conjoined to a place name, right before a
  verb conjoined to an earlier one that has no subject of its own, is that verb's subject
  (and 'B region', left without its 'and', stands beside A).
- the second side of 'between A and B' read as the subject of the verb after it: 'Fighting
  between M23 rebels and the Congolese army broke out near X' makes the army the one that
  broke out and leaves 'between M23 rebels and' without its second side. A subject that
  starts right after the 'and' of a 'between' object with no second side is that side, and
  the fighting the verb's subject.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from sitroom.events.findings import PLACE_ENTS, event_words
from sitroom.nlp import child_tokens, forget, sentences

_BETWEEN = event_words("between_preps")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def mend_parse(doc: Doc) -> int:
    """Mend both misreadings in ``doc``; how many arcs were moved."""
    moves: list[tuple[int, int, str]] = []  # (token, new head, new label)
    for tok in doc:
        moves += _subject_in_place_list(tok) or _side_read_as_subject(tok)
    if not moves:
        return 0
    starts = [s.start for s in sentences(doc)]
    before = doc.to_array([HEAD, DEP])
    after = before.copy().view("int64")
    for i, head, label in moves:
        after[i, 0] = head - i
        after[i, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], after.view("uint64"))
    forget(doc)
    if [s.start for s in sentences(doc)] != starts:  # a moved sentence boundary: keep the first parse
        doc.from_array([HEAD, DEP], before)
        forget(doc)
        return 0
    return len(moves)


def _no_subject(verb: Token) -> bool:
    return not any(c.dep_ in _SUBJECTS for c in child_tokens(verb))


def _subject_in_place_list(noun: Token) -> list[tuple[int, int, str]]:
    """'..., and a mortar attack hit ...': ``noun`` conjoined to a place, the verb after it."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.dep_ != "conj" or noun.ent_type_ or noun.head.ent_type_ not in PLACE_ENTS:
        return []
    after = noun.right_edge.i + 1
    if after >= len(doc) or doc[after].is_sent_start:
        return []
    verb = doc[after]
    if verb.pos_ != "VERB" or verb.head.i >= noun.left_edge.i or not _no_subject(verb):
        return []
    place = noun.head
    ccs = [c for c in child_tokens(place) if c.dep_ == "cc" and c.i < noun.i]
    # the verb hung on the first clause's as a conjunct, or (its 'and' taken by the places)
    # as a clause of it: coordinated by that 'and'
    if verb.dep_ != "conj" and not (verb.dep_ == "advcl" and ccs):
        return []
    moves = [(noun.i, verb.i, "nsubj"), (verb.i, verb.head.i, "conj"), *((c.i, verb.head.i, "cc") for c in ccs)]
    # 'A, B region,' left without its 'and': the region beside the town, not a second place
    if ccs and place.dep_ == "conj" and not any(c.dep_ == "cc" for c in child_tokens(place.head)):
        moves.append((place.i, place.head.i, "appos"))
    return moves


def _side_read_as_subject(prep: Token) -> list[tuple[int, int, str]]:
    """'Fighting between A and B broke out': B the verb's subject, A's 'and' left alone."""
    if prep.dep_ != "prep" or prep.lower_ not in _BETWEEN:
        return []
    first = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if first is None or any(c.dep_ == "conj" for c in child_tokens(first)):
        return []
    cc = next((c for c in child_tokens(first) if c.dep_ == "cc" and c.i == first.right_edge.i), None)
    fight = prep.head
    verb = fight.head
    if cc is None or verb.i <= cc.i or fight.i > prep.i or fight.dep_ in _SUBJECTS:
        return []
    side = next((c for c in child_tokens(verb) if c.dep_ == "nsubj" and c.left_edge.i == cc.i + 1), None)
    if side is None:
        return []
    return [(side.i, first.i, "conj"), (fight.i, verb.i, "nsubj")]
