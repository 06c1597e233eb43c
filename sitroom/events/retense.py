"""Headlines told in the present ('Gunmen kill 4 in X', 'Army shells rebel positions near Y',
'Residents torch police station'): the small model often reads the verb as a noun and
leaves the sentence without one, so no one acted and nothing was hit. Such a sentence is
parsed again with that word in the past ('Army shelled rebel positions'), the tense a
report tells it in; when the word then heads the sentence with a subject, that parse
(heads, labels, tags) replaces the first for the sentence's tokens. The text, the
entities and the sentence boundaries stay as they were, so every stage reads the better
parse and every evidence span still points at the article's own words.

A word is tried when the sentence has no verb at its root, the word is a trigger verb's
base form (or its third person: 'kills', 'torches') read as a noun or an adjective, a
noun or a name stands before it (its subject) and an object follows it (in a title-cased
headline, none need follow a verb of ``headline_intransitive_verbs``: 'Rival Gangs Clash In
X'). Its words: the irregular past forms ``headline_past_forms`` of ``events/words``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.tokens import Doc, Span, Token

from sitroom.events.findings import ACTOR_ENTS
from sitroom.events.lexicon import Lexicon
from sitroom.lang import PackValue
from sitroom.nlp import forget, span_tokens

if TYPE_CHECKING:
    from spacy.language import Language

_PAST = PackValue(
    lambda pack: {str(k): str(v) for k, v in pack.entry("events/words", "headline_past_forms").items()}
)
#: Verbs a title-cased headline tells with no object ('Rival Gangs Clash In Port-au-Prince').
_INTRANSITIVE = PackValue(lambda pack: frozenset(pack.entry("events/words", "headline_intransitive_verbs")))
#: Tags of a present-tense verb the tagger took for a noun, an adjective or a bare verb.
_MISREAD_TAGS = frozenset({"NN", "NNS", "JJ", "VBP", "VBZ"})
#: ... and in a title-cased headline, a name.
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: What may not follow the verb: its object must (not 'Police station attack in X').
_NOT_OBJECT_TAGS = frozenset({"IN", "TO", "CC", ",", ".", ":", "HYPH", "-LRB-", "-RRB-", "POS"})
_ATTRS = [HEAD, DEP, TAG, POS]


def retense_headlines(doc: Doc, lex: Lexicon, parser: Callable[[], Language]) -> int:
    """Parse again each verbless sentence of ``doc`` whose present-tense verb the tagger
    misread; ``parser`` gives the model (called only when a sentence qualifies). Returns
    how many sentences took the new parse."""
    bases = lex.verb_bases
    done = 0
    for sent in list(doc.sents):
        if sent.root.pos_ in ("VERB", "AUX"):
            continue
        titled = title_cased(sent)
        for tok in span_tokens(sent):
            base = _misread_verb(tok, sent, bases, titled)
            if base is not None and _reparse(doc, sent, tok, base, parser()):
                done += 1
                break
    if done:
        forget(doc)  # children and sentences cached from the first parse
    return done


def title_cased(sent: Span) -> bool:
    """'Army Shells Rebel Positions Near Kidal': a headline with its words capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


def _misread_verb(tok: Token, sent: Span, bases: frozenset[str], titled: bool = False) -> str | None:
    """The base form of ``tok`` when it is a present-tense trigger verb read as another word
    between its subject and its object, else None (in a title-cased headline, a capitalised
    word read as a name too)."""
    i = tok.i
    tags = _MISREAD_TAGS | _NAME_TAGS if titled else _MISREAD_TAGS
    if i == sent.start or i + 1 >= sent.end or tok.tag_ not in tags:
        return None
    if not (tok.is_lower or titled and tok.is_title):
        return None
    before, after = tok.doc[i - 1], tok.doc[i + 1]
    if not (before.pos_ in ("NOUN", "PROPN") or before.ent_type_ in ACTOR_ENTS):
        return None
    word = tok.lower_
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in bases and (_object_follows(after) or titled and form in _INTRANSITIVE.value()):
            return form
    return None


def _object_follows(after: Token) -> bool:
    return after.tag_ not in _NOT_OBJECT_TAGS and not after.is_punct


def past_form(base: str) -> str:
    """'shell' -> 'shelled', 'torch' -> 'torched', 'carry' -> 'carried'; irregular and
    doubled forms ('take' -> 'took', 'kidnap' -> 'kidnapped') from the pack."""
    irregular = _PAST.value().get(base)
    if irregular:
        return irregular
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _reparse(doc: Doc, sent: Span, tok: Token, base: str, nlp: Language) -> bool:
    """Parse ``sent`` again with ``tok`` in the past; keep that parse when the word heads it
    with a subject and nothing else about the sentence changed."""
    words = [t.text for t in sent]
    k = tok.i - sent.start
    words[k] = past_form(base)
    text = "".join(w + t.whitespace_ for w, t in zip(words, sent, strict=True))
    other = nlp(text)
    if len(other) != len(sent) or any(a.text != b for a, b in zip(other, words, strict=True)):
        return False
    verb = other[k]
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if len(list(other.sents)) != 1:
        return False
    starts = [s.start for s in doc.sents]
    before = doc.to_array(_ATTRS)
    after = before.copy()
    after[sent.start : sent.end] = other.to_array(_ATTRS)
    doc.from_array(_ATTRS, after)
    if [s.start for s in doc.sents] != starts:
        doc.from_array(_ATTRS, before)  # the new tree would move a sentence boundary
        return False
    tok.lemma_ = base
    return True
