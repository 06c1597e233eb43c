"""Who reports an event ("sources told Shafaq News") and how sure the report is.

Attribution is read from verbs of saying and "according to"; the claim status from
responsibility claims ("X claimed responsibility", "X claimed the attack", "X said it
targeted ..."), denials, accusations ("the Pentagon blamed X for the attack": unconfirmed,
X accused by the Pentagon) and hedges ("reportedly", "unverified", "hearsay").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.events.arguments import light_verb_for
from sitroom.events.findings import event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children, first_child, lemma, phrase
from sitroom.nlp import (
    child_tokens,
    doc_memo,
    entities_in,
    entity_at,
    head_token,
    span_tokens,
    subtree_tokens,
)

MEDIA_SUFFIXES = (" agency",)


@dataclass
class Attribution:
    text: str  # "sources (Rudaw)", "Leila Haddad", "the Red Crescent"
    span: Span  # the words it was read from (for evidence)
    source: Span | None  # the speaker phrase, for the actors stage if it wants it


@dataclass
class Claim:
    status: str  # one of sitroom.model.CLAIMS
    cue: Token | Span
    claimant: Span | None = None  # who claimed, denied, or (for an accusation) is accused
    accuser: Span | None = None  # who made the accusation ("the Pentagon")


_PRONOUN_AGENTS = event_words("pronoun_agents")
#: Trigger families a speaker can claim as its own deed: attacks, and ground it says it took.
_CLAIMABLE_FAMILIES = frozenset({"violence", "territory"})
_SELF_NAMING = event_words("self_naming")
_MEDIUM_PREPS = event_words("medium_preps")
_ACCORDING, _ACCORDING_PREPS = event_words("according_heads"), event_words("according_preps")
_CLAIM = event_words("claim_lemmas")
_AGENT_PREPS = event_words("agent_preps")
_BLAMED_ON = event_words("blame_on_preps")
_NAMING_AS = event_words("naming_as_words")
#: Entity labels a claimant's name carries.
_CLAIMANT_ENTS = frozenset({"ORG", "NORP", "PERSON"})
#: Penn tags of a relative pronoun ('which', 'who', 'that' opening a relative clause)
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


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
    """A PERSON name in or beside the speaker phrase ('the spokesperson, Leila Haddad')."""
    root = span.root
    for c in child_tokens(root):
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
    for c in child_tokens(verb):
        if c.dep_ in ("dative", "dobj") and (
            c.pos_ == "PROPN" or any(t.ent_type_ in ("ORG", "PERSON") for t in subtree_tokens(c))
        ):
            return phrase(c)
        if c.dep_ in ("prep", "dative") and c.lower_ in _MEDIUM_PREPS:
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
    for tok in span_tokens(sent):
        if tok in exclude:
            continue
        if tok.lower_ in _ACCORDING and tok.i + 1 < sent.end and tok.nbor().lower_ in _ACCORDING_PREPS:
            objs = children(tok.nbor(), "pobj") or children(tok, "pobj")
            if not objs:
                objs = [t for t in tok.nbor().subtree if t.dep_ == "pobj"][:1]
            if objs:
                src = phrase(objs[0])
                out.append((tok, Attribution(_speaker_text(src, None, lex), src, src)))
            continue
        if tok.pos_ != "VERB" or lemma(tok) not in lex.cue("say_verbs"):
            continue
        if any(c.dep_ == "neg" for c in child_tokens(tok)):
            continue
        if lemma(tok) in _CLAIM and any(
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
    """Claimed > denied > accused > unconfirmed, except that a denial after "X said it did"
    wins; None when the sentence carries no such cue.
    Remembered per sentence: the events stage and the actors' accusations both ask."""
    memo = doc_memo(sent.doc, "claims")
    key = (sent.start, sent.end, id(lex))
    if key not in memo:
        memo[key] = _find_claim(sent, lex)
    return memo[key]


def _find_claim(sent: Span, lex: Lexicon) -> Claim | None:
    found: dict[str, Claim] = {}
    deny_words = lex.cue("deny_verbs")  # once, not per token
    claim_or_deny_words = lex.cue("claim_verbs") | deny_words
    allegation_words = lex.cue("allegation_verbs") - deny_words
    for tok in span_tokens(sent):
        lem = lemma(tok)
        claim_or_deny = lem in claim_or_deny_words
        if claim_or_deny and _denied_by_negation(tok, lex):
            continue  # 'no group has claimed responsibility'
        verb = tok.pos_ == "VERB"
        if verb and "claimed" not in found:
            claim = _responsibility(tok, lex)
            if claim is not None:
                return claim
            # 'X said its troops took V, a claim Y denied': the denial that follows wins
            said = _says_it_did(tok, lex)
            if said is not None:
                found["claimed"] = said
                continue
        if verb and lem in deny_words:
            subj = first_child(tok, "nsubj")
            found.setdefault("denied", Claim("denied", tok, _named(subj)))
        if verb and lem in allegation_words:
            accusation = _accusation(tok)
            if accusation is not None:
                found.setdefault("accused", accusation)
        if _hedge(tok, lex, lem):
            found.setdefault("unconfirmed", Claim("unconfirmed", tok))
    if "claimed" in found:
        return found["denied"] if _denied_after(found) else found["claimed"]
    for kind in ("denied", "accused", "unconfirmed"):
        if kind in found:
            return found[kind]
    return None


def _denied_after(found: dict[str, Claim]) -> bool:
    return "denied" in found and found["denied"].cue.i > found["claimed"].cue.i


def _responsibility(tok: Token, lex: Lexicon) -> Claim | None:
    """ "X claimed responsibility for", "X claimed the attack", "X took credit"."""
    if lemma(tok) not in lex.cue("claim_verbs"):
        return None
    objects = lex.cue("responsibility_nouns")
    if lemma(tok) in _CLAIM:
        objects = objects | lex.cue("reference_nouns")
    if any(lemma(o) in objects for o in children(tok, "dobj")):
        return Claim("claimed", tok, _named(_relative_antecedent(tok, first_child(tok, "nsubj"))))
    if lemma(tok) in _CLAIM and tok.tag_ == "VBN":
        return _claimed_by(tok, lex)
    return None


def _relative_antecedent(verb: Token, subject: Token | None) -> Token | None:
    """ "The Islamic State group, which claimed the attack": the subject of a relative clause
    is the word it hangs on; "X, a group that claimed the attack", the name the kind stands
    beside. Any other subject is itself."""
    if subject is None or verb.dep_ != "relcl" or subject.tag_ not in _RELATIVE_TAGS:
        return subject
    kind = verb.head
    if kind.dep_ == "appos" and kind.pos_ == "NOUN" and kind.head.pos_ == "PROPN":
        return kind.head
    return kind


def _claimed_by(tok: Token, lex: Lexicon) -> Claim | None:
    """The passive claim: "the attack, claimed by X," "in an ambush claimed by X", "the
    bombing was claimed by X", "the attack, which was claimed by X,". The claimed word must name the event (not "territory claimed
    by both states"); X is the claimant."""
    claimed = tok.head if tok.dep_ in ("acl", "relcl") else first_child(tok, "nsubjpass")
    if claimed is None or lemma(claimed) not in lex.cue("reference_nouns"):
        return None
    agents = [p for a in children(tok, "agent") for p in children(a, "pobj")]
    if not agents or agents[0].pos_ == "PRON":
        return None
    return Claim("claimed", tok, _named(agents[0]))


def _says_it_did(tok: Token, lex: Lexicon) -> Claim | None:
    """ "X said it targeted the base", "X announced that its fighters attacked ...": the
    speaker claims an attack it says it carried out."""
    if lemma(tok) not in lex.cue("say_verbs") or any(c.dep_ == "neg" for c in child_tokens(tok)):
        return None
    speaker = first_child(tok, "nsubj")
    if speaker is None or speaker.pos_ == "PRON":
        return None
    for clause in children(tok, "ccomp", "xcomp"):
        cls = lex.verbs.get((lemma(clause),)) or _light_done(clause, lex)
        if cls is None or lex.classes[cls].family not in _CLAIMABLE_FAMILIES:
            continue
        doer = first_child(clause, "nsubj")
        own = doer is not None and (doer.lower_ in _PRONOUN_AGENTS or speakers_own(doer))
        if own and not any(c.dep_ == "neg" for c in child_tokens(clause)):
            return Claim("claimed", tok, _named(speaker))
    return None


def _light_done(clause: Token, lex: Lexicon) -> str | None:
    """ "said it had carried out the attack": the class of the event noun a light verb
    asserts (the deed the speaker says it did), if the clause is one."""
    for noun in children(clause, "dobj", "obj"):
        cls = lex.nouns.get(lemma(noun))
        if cls is not None and light_verb_for(noun, lex) == clause:
            return cls
    return None


def speakers_own(doer: Token | Span | None, nouns: str = "own_force_nouns") -> bool:
    """ "its fighters", "their drones": the doer is one of the speaker's own forces (``nouns``:
    a words.yaml list); "its enemies" is not."""
    if doer is None:
        return False
    root = head_token(doer)
    return lemma(root) in event_words(nouns) and any(
        c.dep_ == "poss" and c.lower_ in event_words("own_possessives") for c in child_tokens(root)
    )


def _accusation(tok: Token) -> Claim | None:
    """ "The Pentagon blamed X for the attack", "blamed the attack on X", "X was accused of
    ..." (by Y)."""
    if any(c.dep_ == "neg" for c in child_tokens(tok)):
        return None
    accused = first_child(tok, "dobj")
    accuser = first_child(tok, "nsubj")
    if accused is not None:  # "blamed the killings on X": X is the accused
        preps = [c for h in (tok, accused) for c in children(h, "prep") if c.lower_ in _BLAMED_ON]
        on = [p for c in preps for p in children(c, "pobj")]
        accused = on[0] if on else accused
    if accused is None:  # passive: "X was blamed (by Y)"
        accused = first_child(tok, "nsubjpass")
        agents = [  # "blamed for the attack by US officials": the parser may hang it anywhere
            p for a in subtree_tokens(tok)
            if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in _AGENT_PREPS)
            for p in children(a, "pobj")
        ]
        accuser = agents[0] if agents else None
    if accused is None or accused.pos_ == "PRON":
        return None
    return Claim("unconfirmed", tok, _named(accused), phrase(accuser) if accuser else None)


def _named(token: Token | None) -> Span | None:
    """The phrase of a claimant; "a group calling itself X" and "a group known as X" are X."""
    if token is None:
        return None
    subtree = list(subtree_tokens(token))
    for t in subtree:
        naming = (t.lower_ in _SELF_NAMING and lemma(t.head) in event_words("naming_verbs")) or (
            t.lower_ in _NAMING_AS and lemma(t.head) in event_words("naming_as_verbs")
        )
        if naming and t.i + 1 <= subtree[-1].i:
            return token.doc[t.i + 1 : subtree[-1].i + 1]
    if token.pos_ != "PROPN":  # "the militant group al-Shabaab": the name, not the kind
        names = [c for c in child_tokens(token) if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if names:
            return phrase(names[0])
        after = entity_at(token.doc, token.i + 1) if token.i + 1 < len(token.doc) else None
        if after is not None and after.start == token.i + 1 and after.label_ in _CLAIMANT_ENTS:
            return after  # the parser made the name a second subject
    return phrase(token)


def _denied_by_negation(tok: Token, lex: Lexicon) -> bool:
    if any(c.dep_ == "neg" for c in child_tokens(tok)):
        return True
    subj = first_child(tok, "nsubj")
    return subj is not None and any(
        c.dep_ == "det" and c.lower_ in lex.cue("negation_words") for c in child_tokens(subj)
    )


def _hedge(tok: Token, lex: Lexicon, lem: str) -> bool:
    """A hedge ("reportedly", "unconfirmed", "could not verify"); ``lem`` is the token's
    lower-cased lemma, which the caller has (asked for every token of every sentence)."""
    words = lex.cue("hedge_words")
    if lem in words or tok.lower_ in words:
        if lem in _CLAIM:
            pos = tok.pos_
            return pos == "NOUN" or (pos == "VERB" and bool(children(tok, "ccomp", "xcomp")))
        return True
    # the cheap test first: most tokens are no verification verb
    return lem in lex.cue("verify_verbs") and any(c.dep_ == "neg" for c in child_tokens(tok))


def doers_account(trigger: Token, lex: Lexicon) -> bool:
    """The deed as its doer tells it: a clause whose subject is the speaker itself ('it',
    'its fighters'), reported by the speaker's verb of saying ('X said it had struck a
    training base', 'X claimed the attack, saying it had killed 300 militiamen'). What
    a claimant says it hit and killed is its version, not the report's count."""
    auxes = [c for c in child_tokens(trigger) if c.dep_ == "aux"]  # 'it' on 'had', as parsed
    doer = next(filter(None, (first_child(t, "nsubj") for t in (trigger, *auxes))), None)
    if doer is None or not (doer.lower_ in _PRONOUN_AGENTS or speakers_own(doer)):
        return False
    say = trigger.head
    if trigger.dep_ not in ("ccomp", "xcomp") or lemma(say) not in lex.cue("say_verbs"):
        return False
    speaker = first_child(say, "nsubj")
    if speaker is not None:
        return speaker.pos_ != "PRON"
    claim = say.head  # 'X claimed the attack, saying it had ...'
    return say.dep_ == "advcl" and lemma(claim) in lex.cue("claim_verbs")
