"""Who reports an event ("sources told Shafaq News") and how sure the report is.

Attribution is read from verbs of saying and "according to"; the claim status from
responsibility claims, denials and hedges ("reportedly", "unverified", "hearsay").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children, first_child, lemma, phrase
from sitroom.nlp import entities_in

MEDIA_SUFFIXES = (" agency",)


@dataclass
class Attribution:
    text: str  # "sources (Shafaq News)", "Mathew Miller", "Sabreen News"
    span: Span  # the words it was read from (for evidence)
    source: Span | None  # the speaker phrase, for the actors stage if it wants it


@dataclass
class Claim:
    status: str  # one of sitroom.model.CLAIMS
    cue: Token | Span
    claimant: Span | None = None


def clean_name(text: str) -> str:
    text = " ".join(text.split()).strip(" ,\"'“”")
    low = text.lower()
    if low.startswith("the "):
        text, low = text[4:], low[4:]
    for suffix in MEDIA_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            text = text[: -len(suffix)]
            break
    return text.strip()


def _person_in(span: Span) -> Span | None:
    """A PERSON name in or beside the speaker phrase ('the spokesperson, Mathew Miller')."""
    root = span.root
    for c in root.children:
        if c.dep_ == "appos":
            ap = phrase(c)
            if any(t.ent_type_ == "PERSON" for t in ap):
                return ap
    ents = entities_in(span)
    for label in ("PERSON", "ORG"):
        for e in ents:
            if e.label_ == label:
                return e
    return None


def _speaker_text(speaker: Span, medium: Span | None, lex: Lexicon) -> str:
    named = _person_in(speaker)
    root = lemma(speaker.root)
    generic = root in lex.cue("generic_sources") or speaker.root.lower_ in lex.cue(
        "generic_sources"
    )
    if generic and named is None and medium is not None:
        words = [t.text for t in speaker if t.dep_ in ("amod", "compound") or t.i == speaker.root.i]
        return f"{clean_name(' '.join(words))} ({clean_name(medium.text)})"
    return clean_name((named or speaker).text)


def _medium(verb: Token) -> Span | None:
    for c in verb.children:
        if c.dep_ in ("dative", "dobj") and (
            c.pos_ == "PROPN" or any(t.ent_type_ in ("ORG", "PERSON") for t in c.subtree)
        ):
            return phrase(c)
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            objs = children(c, "pobj")
            if objs:
                return phrase(objs[0])
    return None


def find_attributions(
    sent: Span, lex: Lexicon, exclude: set[Token] | None = None
) -> list[tuple[Token, Attribution]]:
    """Every (cue token, attribution) in a sentence: '... said', 'told X', 'according to X'."""
    exclude = exclude or set()
    out: list[tuple[Token, Attribution]] = []
    for tok in sent:
        if tok in exclude:
            continue
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            objs = children(tok.nbor(), "pobj") or children(tok, "pobj")
            if not objs:
                objs = [t for t in tok.nbor().subtree if t.dep_ == "pobj"][:1]
            if objs:
                src = phrase(objs[0])
                out.append((tok, Attribution(_speaker_text(src, None, lex), src, src)))
            continue
        if tok.pos_ != "VERB" or lemma(tok) not in lex.cue("say_verbs"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        if lemma(tok) == "claim" and any(
            lemma(o) in lex.cue("responsibility_nouns") for o in children(tok, "dobj")
        ):
            continue
        subj = first_child(tok, "nsubj")
        if subj is None or subj.pos_ == "PRON":
            continue
        speaker = phrase(subj)
        medium = _medium(tok)
        text = _speaker_text(speaker, medium, lex)
        if text:
            start = min(speaker.start, tok.i)
            end = max(speaker.end, tok.i + 1, medium.end if medium is not None else 0)
            out.append((tok, Attribution(text, sent.doc[start:end], speaker)))
    return out


def attribution_for(trigger: Token, found: list[tuple[Token, Attribution]]) -> Attribution | None:
    """The attribution governing the trigger, else the nearest one in the sentence."""
    if not found:
        return None
    ancestors = set(trigger.ancestors)
    for cue, attr in found:
        if cue in ancestors:
            return attr
    return min(found, key=lambda pair: abs(pair[0].i - trigger.i))[1]


def find_claim(sent: Span, lex: Lexicon) -> Claim | None:
    """Claimed > denied > unconfirmed; None when the sentence carries no such cue."""
    unconfirmed: Claim | None = None
    for tok in sent:
        lem = lemma(tok)
        claim_or_deny = lem in lex.cue("claim_verbs") | lex.cue("deny_verbs")
        if claim_or_deny and _denied_by_negation(tok, lex):
            continue  # 'no group has claimed responsibility'
        if lem in lex.cue("claim_verbs") and tok.pos_ == "VERB":
            objs = children(tok, "dobj")
            if any(lemma(o) in lex.cue("responsibility_nouns") for o in objs):
                subj = first_child(tok, "nsubj")
                return Claim("claimed", tok, phrase(subj) if subj is not None else None)
        if lem in lex.cue("deny_verbs") and tok.pos_ == "VERB":
            subj = first_child(tok, "nsubj")
            return Claim("denied", tok, phrase(subj) if subj is not None else None)
        if unconfirmed is None and _hedge(tok, lex):
            unconfirmed = Claim("unconfirmed", tok)
    return unconfirmed


def _denied_by_negation(tok: Token, lex: Lexicon) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    subj = first_child(tok, "nsubj")
    return subj is not None and any(
        c.dep_ == "det" and c.lower_ in lex.cue("negation_words") for c in subj.children
    )


def _hedge(tok: Token, lex: Lexicon) -> bool:
    words = lex.cue("hedge_words")
    if tok.lower_ in words or lemma(tok) in words:
        if lemma(tok) == "claim" and tok.pos_ == "NOUN":
            return True
        if lemma(tok) == "claim":
            return tok.pos_ == "VERB" and bool(children(tok, "ccomp", "xcomp"))
        return True
    negated = any(c.dep_ == "neg" for c in tok.children)
    return lemma(tok) in lex.cue("verify_verbs") and negated
