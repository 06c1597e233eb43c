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
from functools import lru_cache
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
#: The common past verb a misread past form is parsed in the place of ('The army took control').
_STAND_IN = PackValue(lambda pack: str(pack.entry("events/words", "misread_past_stand_in")))
#: Verbs a title-cased headline tells with no object ('Rival Gangs Clash In Port-au-Prince').
_INTRANSITIVE = PackValue(lambda pack: frozenset(pack.entry("events/words", "headline_intransitive_verbs")))
#: Tags of a present-tense verb the tagger took for a noun, an adjective or a bare verb.
_MISREAD_TAGS = frozenset({"NN", "NNS", "JJ", "VBP", "VBZ"})
#: ... and in a title-cased headline, a name.
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: What may not follow the verb: its object must (not 'Police station attack in X').
_NOT_OBJECT_TAGS = frozenset({"IN", "TO", "CC", ",", ".", ":", "HYPH", "-LRB-", "-RRB-", "POS"})
_ATTRS = [HEAD, DEP, TAG, POS]
#: How a misread past form hangs on the noun after it.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Tags of a participle or adjective before a noun ('the armed wing', 'displaced persons').
_PARTICIPLE_TAGS = frozenset({"JJ", "VBN"})
#: ... and what the noun it hangs on may not be: the sentence's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def retense_headlines(doc: Doc, lex: Lexicon, parser: Callable[[], Language]) -> int:
    """Parse again each verbless sentence of ``doc`` whose present-tense verb the tagger
    misread; ``parser`` gives the model (called only when a sentence qualifies). Returns
    how many sentences took the new parse."""
    bases = lex.verb_bases
    done = 0
    for sent in list(doc.sents):
        if sent.root.pos_ in ("VERB", "AUX"):
            done += _past_misread(doc, sent, bases, parser)
            continue
        titled = title_cased(sent)
        for tok in span_tokens(sent):
            base = _misread_verb(tok, sent, bases, titled)
            if base is not None and _reparse(doc, sent, tok, base, parser()):
                done += 1
                break
        else:
            done += _past_misread(doc, sent, bases, parser)
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


def _past_misread(doc: Doc, sent: Span, bases: frozenset[str], parser: Callable[[], Language]) -> int:
    """'The army retook control of X' (read as one noun phrase), 'The Taliban wrested control
    of X, officials said' ('wrested' a modifier of 'control'): a trigger verb's past form
    that heads no clause, between its subject and its object, is parsed in the place of a
    common past verb (``misread_past_stand_in``) that the model reads; the word keeps its
    text and takes the verb's lemma. 1 when the sentence took the new parse."""
    pasts = _pasts(bases)
    for tok in span_tokens(sent):
        base = pasts.get(tok.lower_)
        if base is None or base not in bases or not tok.is_lower:
            continue
        # read as a modifier of the object that follows it ('retook/NN control', 'wrested/amod control')
        misread = tok.dep_ in _MODIFIER_DEPS and tok.head.i == tok.i + 1
        # not a participle before a subject ('Gaza wounded children were flown'), nor one
        # read as an adjective where the sentence has its verb ('the PKK armed wing claimed')
        if tok.head.dep_ in _SUBJECT_DEPS or tok.tag_ in _PARTICIPLE_TAGS and sent.root.pos_ in ("VERB", "AUX"):
            continue
        if not misread or tok.i == sent.start or tok.i + 1 >= sent.end:
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if before.pos_ in ("NOUN", "PROPN") and _object_follows(after):
            stand_in = _STAND_IN.value()
            return int(_reparse(doc, sent, tok, base, parser(), word=stand_in, clause=True))
    return 0


@lru_cache(maxsize=4)
def _pasts(bases: frozenset[str]) -> dict[str, str]:
    """A trigger verb's past form -> its base ('retook' -> 'retake', 'wrested' -> 'wrest')."""
    return {past_form(b): b for b in sorted(bases)}


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


def _reparse(
    doc: Doc, sent: Span, tok: Token, base: str, nlp: Language, word: str = "", clause: bool = False
) -> bool:
    """Parse ``sent`` again with ``tok`` in the past (or ``word`` in its place); keep that
    parse when the word heads the sentence (with ``clause``, a clause of it) with a subject
    and nothing else about the sentence changed."""
    words = [t.text for t in sent]
    k = tok.i - sent.start
    words[k] = word or past_form(base)
    text = "".join(w + t.whitespace_ for w, t in zip(words, sent, strict=True))
    other = nlp(text)
    if len(other) != len(sent) or any(a.text != b for a, b in zip(other, words, strict=True)):
        return False
    verb = other[k]
    heads = ("ROOT", "ccomp") if clause else ("ROOT",)
    if verb.dep_ not in heads or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
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
    if word:
        words[k] = tok.text  # the stand-in's parse, the article's word
    tok.lemma_ = base
    return True
