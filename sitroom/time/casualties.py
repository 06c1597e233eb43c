"""Fatalities and injuries from the parse: only numbers attached to words of killing and wounding.

A mention is a death or injury word with its victims: the object of an active verb
("killed three soldiers"), the subject of a passive or intransitive one ("five people
died", "a civilian was killed"), the noun a participle hangs on ("18 people killed"),
or the number on a noun ("ten deaths"). Numbers elsewhere ("five rockets", "2,500
soldiers") are never read. "No casualties" and "no one was hurt" are zero.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, sentence, span_tokens, subtree_tokens
from sitroom.time.counted import claimed, negated, told_apart
from sitroom.time.misparsed import is_number as _is_number
from sitroom.time.misparsed import (
    names_a_place_again,
    passive_subject,
    place_appos,
    sources_coordinated,
    stray_number,
    told_subject,
    victims_told_as_speakers,
)
from sitroom.time.misparsed import not_date as _not_date
from sitroom.time.numbers import Count, lexicon, lexicon_words, sum_counts, word_set
from sitroom.time.unasserted import attempted, dead_or_hurt, killed_and_hurt, summing, told_body
from sitroom.time.victims import coordinated_counts, count_phrase, victim_count

#: The kinds of a `Mention` (ids, not words: the words are the pack's).
DEATH = "death"
INJURY = "injury"
BOTH = "both"


@dataclass(frozen=True)
class Mention:
    """One death or injury statement: its kind, count (None = not stated) and char span."""

    kind: str  # death, injury or both (zero casualties)
    count: Count | None
    trigger: Token
    start: int  # character offsets in the document
    end: int
    cumulative: bool = False  # a running toll ("the death toll rose to 30")
    total: bool = False  # the sum of the tolls told beside it ("a total of 12 died")
    claimed: bool = False  # a party's claim ("the rebels claimed 15 soldiers died")


def _words(key: str) -> frozenset[str]:
    return word_set(key)


#: Single words the rules below name, from the pack's ``time/lexicon.yaml`` (read when used).
_FATAL = lexicon_words("fatal_adverbs")
_TO_DEATH_PREPS, _TO_DEATH_NOUNS = lexicon_words("to_death_preps"), lexicon_words("to_death_nouns")
_OF = lexicon_words("of_preps")
_ALONG, _ALONG_PREPS = lexicon_words("along_adverbs"), lexicon_words("along_preps")
_BETWEEN = lexicon_words("between_preps")
_INCLUSION, _THEM = lexicon_words("inclusion_preps"), lexicon_words("plural_pronouns")
_DIE = lexicon_words("intransitive_death_verbs")
_COPULAS = lexicon_words("copulas")
_LIFE, _LOSE = lexicon_words("life_nouns"), lexicon_words("lose_verbs")
_DEAD = lexicon_words("dead_nouns")
_TOLL, _TOLL_VALUE_PREPS = lexicon_words("toll_nouns"), lexicon_words("toll_value_preps")
_TOLL_COUNTS, _TOLL_DEAD = lexicon_words("toll_count_nouns"), lexicon_words("toll_counted_dead")


def kind_of(tok: Token) -> str | None:
    """Whether this word speaks of death, injury, or casualties of either kind."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in ("VERB", "AUX"):
        if lemma in _words("death_verbs") or low in _words("death_adjectives") or _to_death(tok):
            return DEATH
        if any(c.lower_ in _FATAL for c in child_tokens(tok)):
            return DEATH  # "fatally shot", "mortally wounded"
        if lemma in _words("injury_verbs") or low in _words("injury_adjectives"):
            return INJURY
        return None
    if tok.pos_ == "ADJ":
        if low in _words("death_adjectives"):
            return DEATH
        if low in _words("injury_adjectives"):
            return INJURY
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in _words("death_nouns") or low in _words("death_nouns"):
            return DEATH
        if lemma in _words("injury_nouns") or low in _words("injury_nouns"):
            return INJURY
        if lemma in _words("both_nouns"):
            return BOTH
    return None


def _to_death(tok: Token) -> bool:
    """'shot to death', 'beaten to death', 'gunned down'."""
    for c in child_tokens(tok):
        if c.dep_ == "prep" and c.lower_ in _TO_DEATH_PREPS and any(
            p.lemma_.lower() in _TO_DEATH_NOUNS for p in child_tokens(c)
        ):
            return True
        if c.dep_ == "prt" and c.lower_ == lexicon()["killing_particles"].get(tok.lemma_.lower()):
            return True
    return False


def _conjuncts(tok: Token) -> list[Token]:
    """The victim and those coordinated after it; not a casualty word coordinated with it
    ('the killing of one officer and the injuring of three'), nor the sources the parse
    coordinated with it ('six people, residents and a doctor said')."""
    later = [c for c in tok.conjuncts if c.i > tok.i and kind_of(c) is None]
    told = {c.i for c in sources_coordinated(tok, later)}
    return [tok, *[c for c in later if c.i not in told]]


def _victims_of_verb(tok: Token, share: bool = True) -> list[Token]:
    """Who died or was hurt: object of an active verb, subject of a passive or intransitive one."""
    victims = _direct_victims(tok)
    if victims:
        return victims + _along_with(tok)
    if share and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        victims = _victims_of_verb(tok.head, share=False)  # "was shot and killed"
    if share and not victims:
        for c in child_tokens(tok):
            if c.dep_ == "conj" and c.pos_ == "VERB":
                victims = [v for v in _direct_victims(c) if v.dep_ in ("dobj", "obj") or v.head.i != c.i]
                break  # "killed and injured dozens"
    return victims


def _along_with(tok: Token) -> list[Token]:
    """'killed along with 13 others', 'together with his son', 'in addition to his guards'."""
    verbs = [tok, tok.head] if tok.dep_ in ("acomp", "oprd", "xcomp") else [tok]
    first, noun, last = lexicon()["addition_phrase"]
    out = []
    for c in (c for v in verbs for c in child_tokens(v)):
        if c.dep_ in ("advmod", "prep") and c.lower_ in _ALONG:
            for w in child_tokens(c):
                if w.lower_ in _ALONG_PREPS:
                    out += [p for p in child_tokens(w) if p.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == first:
            for n in (n for n in child_tokens(c) if n.dep_ == "pobj" and n.lower_ == noun):
                out += [p for w in child_tokens(n) if w.lower_ == last for p in child_tokens(w) if p.dep_ == "pobj"]
    return [p for p in out if not told_apart(p)]


def _not_named_again(objs: list[Token], kids: list[Token]) -> list[Token]:
    """'killed five people, among them a 14-year-old boy' (the boy parsed a second object):
    an object after 'among them' or 'including them' is one of those counted before it."""
    marks = [c.i for c in kids if c.dep_ == "prep" and c.lower_ in _INCLUSION
             and any(p.dep_ == "pobj" and p.lower_ in _THEM for p in child_tokens(c))]
    if not marks or not objs:
        return objs
    first = min(v.i for v in objs)
    return [v for v in objs if not any(first < m < v.i for m in marks)]


def _direct_victims(tok: Token) -> list[Token]:
    kids = list(child_tokens(tok))
    if tok.pos_ == "ADJ":
        nums = [c for c in kids if c.dep_ == "nummod" and _is_number(c)]
        if nums:
            return nums
        objs = [c for c in kids if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if objs and tok.head.pos_ == "VERB":  # 'shot dead an officer', 'dead' parsed as a preposition
            return _conjuncts(objs[0])
        if tok.dep_ == "prep" and tok.head.pos_ == "VERB":  # ... and its victim an apposition of 'shot'
            later = [c for c in child_tokens(tok.head) if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN"]
            if later:
                return _conjuncts(later[0])
    objs = [v for c in kids if c.dep_ in ("dobj", "obj") and not names_a_place_again(c) for v in _conjuncts(c)]
    objs = _not_named_again(objs, kids)
    objs += _partitive_conjuncts(objs, kids)
    objs += [p for c in kids if c.dep_ == "prep" and c.lower_ in _BETWEEN for p in child_tokens(c) if p.dep_ == "pobj"]
    if objs:
        return objs
    hung = victims_told_as_speakers(tok) if tok.pos_ == "VERB" else None
    if hung is not None:
        return [hung]
    passive = any(c.dep_ == "auxpass" for c in kids)
    subj = [c for c in kids if (c.dep_ in ("nsubjpass", "nsubj:pass") or (passive and c.dep_ == "nsubj"))
            and _not_date(c)]
    if subj:
        return _conjuncts(told_subject(place_appos(_closest(subj, tok)), tok))
    lost = passive_subject(tok) if passive else None
    if lost is not None:
        return _conjuncts(lost)
    elliptic = tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids)
    if tok.lemma_.lower() in _DIE or tok.pos_ == "ADJ" or elliptic or _headline_passive(tok, kids):
        # "and 70 others wounded": a bare participle's subject is its patient
        subj = [c for c in kids if c.dep_ == "nsubj" and _not_date(c)]
        if subj:
            return _conjuncts(_closest(subj, tok))
    if tok.dep_ in ("acl", "amod", "relcl", "appos") and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return [tok.head]
    copula = tok.head.lemma_ in _COPULAS and tok.dep_ == "advcl"  # "7 guards were on Monday killed"
    if (copula or tok.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advmod", "dep")) and tok.head.pos_ in ("VERB", "AUX"):
        head_kids = list(child_tokens(tok.head))
        if tok.head.dep_ == "conj" and not any(c.dep_ in NOMINAL_SUBJECTS for c in head_kids):
            head_kids += child_tokens(tok.head.head)  # 'was detained and later found killed'
        for dep in ("nsubjpass", "dobj", "nsubj"):
            found = [c for c in head_kids if c.dep_ == dep]
            if found and (dep != "nsubj" or tok.head.lemma_ in _words("toll_state_verbs")):
                subject = place_appos(_closest(found, tok))  # "KANO—40 people are dead": not the dateline
                return _conjuncts(told_subject(subject, tok.head) if dep == "nsubjpass" else subject)
    hedged = [p for c in kids if c.dep_ == "prep" and c.lower_ in _words("hedges")
              for p in child_tokens(c) if p.dep_ == "pobj" and _is_number(p)]
    if hedged:
        return hedged  # "Over 100 were killed", parsed as a preposition
    nums = [c for c in kids if c.dep_ in ("npadvmod", "nummod", "nsubj", "advmod") and _is_number(c)]
    if nums:
        return nums
    prev = tok.doc[tok.i - 1] if tok.i > sentence(tok).start else None
    if (tok.pos_ == "ADJ" or elliptic) and prev is not None and prev.pos_ in ("NOUN", "NUM") and _not_date(prev):
        return [prev]  # "resulted in 23 rebels dead", "resulting in one soldier killed"
    return []


def _partitive_conjuncts(objs: list[Token], kids: list[Token]) -> list[Token]:
    """'killed a chief and three of his guards': the parser may hang the count on the verb
    ('three' a conjunct of 'killed'); a number with its own 'of ...' after the object is
    one more group of the dead, not another deed."""
    if not objs:
        return []
    last = max(v.i for v in objs)
    return [
        c for c in kids
        if c.dep_ == "conj" and c.pos_ == "NUM" and c.i > last and _is_number(c)
        and any(w.dep_ == "prep" and w.lower_ in _OF for w in child_tokens(c))
    ]


def _headline_passive(tok: Token, kids: list[Token]) -> bool:
    """'Six villagers killed and eleven wounded near ...': a passive told without its 'were',
    which the parser reads as a past tense with the dead as its subject. Only a counted
    subject ('four people', 'a soldier') and no object of the verb's own."""
    if tok.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "prt") for c in kids):
        return False
    subj = [c for c in kids if c.dep_ == "nsubj" and _not_date(c)]
    return bool(subj) and victim_count(_closest(subj, tok))[0] is not None


def _closest(tokens: list[Token], tok: Token) -> Token:
    """Of several subjects the parser hung on one verb, the one nearest to it."""
    return min(tokens, key=lambda t: abs(t.i - tok.i))


def _negated_verb(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in child_tokens(tok))


def lives_mention(tok: Token) -> Mention | None:
    """'claimed 22 lives', 'claimed the lives of five people', 'five people lost their lives'."""
    if tok.lemma_.lower() not in _LIFE or tok.dep_ not in ("dobj", "obj"):
        return None
    verb = tok.head.lemma_.lower()
    if verb in _words("toll_verbs"):
        nums = [c for c in child_tokens(tok) if c.dep_ in ("nummod", "amod") and _is_number(c)]
        if nums:
            return _span_mention(DEATH, count_phrase(nums[0]), tok, nums)
        of = [p for c in child_tokens(tok) if c.dep_ == "prep" and c.lower_ in _OF for p in child_tokens(c) if p.dep_ == "pobj"]
        if tok.lemma_.lower() not in _words("body_nouns"):  # "his body" is a victim told before
            of = of or [c for c in child_tokens(tok) if c.dep_ == "poss" and c.pos_ == "PRON"]  # "his death"
        if of:
            count, ok = victim_count(of[0])
            return _span_mention(DEATH, count, tok, of) if ok else None
    if verb in _LOSE:
        subj = [c for c in child_tokens(tok.head) if c.dep_ in NOMINAL_SUBJECTS]
        if subj:
            results = [victim_count(v) for v in _conjuncts(subj[0])]
            if any(ok for _, ok in results):
                return _span_mention(DEATH, sum_counts([c for c, ok in results if ok]), tok, subj)
    return None


def mention_at(tok: Token) -> Mention | None:
    """The mention whose death/injury word is `tok`, if it states victims or a zero."""
    kind = kind_of(tok)
    if kind is None:
        return None
    if tok.pos_ in ("NOUN", "PROPN") and kind in (DEATH, INJURY, BOTH) and tok.lemma_.lower() not in _DEAD:
        return _noun_mention(tok, kind)
    if kind == BOTH or attempted(tok):
        return None  # "gunmen tried to kill the judge": nobody died
    victims = _victims_of_verb(tok)
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        victims = [tok.head]
    if tok.lemma_.lower() in _DEAD and tok.pos_ == "NOUN":
        victims = [c for c in child_tokens(tok) if _is_number(c)] or []
    if not victims:
        return None
    if _negated_verb(tok):
        return _span_mention(kind, Count(0, 0, 0), tok, victims)
    results = [victim_count(v) for v in victims]
    if not any(is_victim for _, is_victim in results):
        return None
    count = sum_counts([c for c, is_victim in results if is_victim])
    if count is None and any(c is None for c, v in results if v):
        return _span_mention(kind, None, tok, victims)
    if kind == DEATH and count is not None and dead_or_hurt(tok):
        count = Count(0, 0, count.high, exact=False)  # "killed or wounded 12": none known dead
    elif kind == DEATH and count is not None and killed_and_hurt(tok):
        share = int(count.best * lexicon()["killed_and_hurt_dead_share"])
        count = Count(share, min(1, share), count.high, exact=False)  # "7 killed and wounded"
    return _span_mention(kind, count, tok, victims)


_FOUND_VERBS = lexicon_words("found_verbs")


def _noun_mention(tok: Token, kind: str) -> Mention | None:
    """'ten deaths', 'no casualties', 'the killing of three soldiers'."""
    if negated(tok):
        return _span_mention(kind, Count(0, 0, 0), tok, [tok])
    if kind == BOTH:
        return None
    if tok.lemma_.lower() in _words("body_nouns") and not _found(tok):
        return None  # "the governing body of the union" is no corpse
    if kind == DEATH and tok.lemma_.lower() in _words("death_event_nouns"):
        of = [p for c in child_tokens(tok) if c.dep_ == "prep" and c.lower_ in _OF for p in child_tokens(c) if p.dep_ == "pobj"]
        if tok.lemma_.lower() not in _words("body_nouns"):  # "his body" is a victim told before
            of = of or [c for c in child_tokens(tok) if c.dep_ == "poss" and c.pos_ == "PRON"]  # "his death"
        else:  # "a man's body was found": a body of its own
            of = of or [c for c in child_tokens(tok) if c.dep_ == "poss" and c.pos_ == "NOUN"]
        if of:
            results = [victim_count(v) for v in _conjuncts(of[0])]
            if any(ok for _, ok in results):
                return _span_mention(kind, sum_counts([c for c, ok in results if ok]), tok, of)
    nums = [c for c in child_tokens(tok) if c.dep_ in ("nummod", "quantmod") or (_is_number(c) and c.dep_ == "amod")]
    if nums:
        shared = coordinated_counts(tok) if kind_of(tok.head.head) is None else []
        counts = [count_phrase(n) for n in (*shared, nums[0])]
        return _span_mention(kind, sum_counts(counts), tok, [tok, *(n.head for n in shared)])
    return None


def _found(body: Token) -> bool:
    """'The body of a farmer was found': a body some verb of finding has as its subject, also
    where a place named before it misleads the parse (`passive_subject`)."""
    if body.head.lemma_.lower() in _FOUND_VERBS:
        return True
    for verb in sentence(body):
        if verb.lemma_.lower() in _FOUND_VERBS and verb.pos_ == "VERB":
            told = passive_subject(verb)
            return told is not None and told.i == body.i
    return False


def toll_mention(tok: Token) -> Mention | None:
    """'the death toll rose to 30', 'the toll stands at 12', 'toll of 9', 'raising the
    death toll to 9', 'the number of dead rose to seven'."""
    if tok.lemma_.lower() not in _TOLL and not _dead_count(tok):
        return None
    kind = INJURY if any(c.lemma_.lower() in _words("injury_markers") for c in child_tokens(tok)) else DEATH
    candidates: list[Token] = []
    for prep in child_tokens(tok):
        if prep.dep_ == "prep" and prep.lower_ in _OF and tok.lemma_.lower() in _TOLL:
            candidates += [c for c in child_tokens(prep) if c.dep_ == "pobj"]
    head = tok.head
    if tok.dep_ in NOMINAL_SUBJECTS or tok.dep_ == "dobj":  # '..., raising the toll to 9'
        for c in child_tokens(head):
            if c.dep_ in ("attr", "dobj", "npadvmod") and c is not tok and _is_number(c):
                candidates.append(c)
            if c.dep_ == "prep" and c.lower_ in _TOLL_VALUE_PREPS:
                candidates += [p for p in child_tokens(c) if p.dep_ == "pobj"]
            if c.dep_ in ("advmod", "prt"):  # 'revised the toll down to 14': the value on the particle
                preps = [p for p in child_tokens(c) if p.dep_ == "prep" and p.lower_ in _TOLL_VALUE_PREPS]
                candidates += [o for p in preps for o in child_tokens(p) if o.dep_ == "pobj"]
    for c in candidates:
        count, ok = victim_count(c)
        if ok and count is not None:
            return Mention(kind, count, tok, min(tok.idx, c.idx), max(tok.idx + len(tok), c.idx + len(c)), True)
    return None


def _dead_count(tok: Token) -> bool:
    """'the number of dead', 'the number of those killed': a count noun of the dead."""
    if tok.lemma_.lower() not in _TOLL_COUNTS:
        return False
    counted = [g for p in child_tokens(tok) if p.dep_ == "prep" and p.lower_ in _OF for g in subtree_tokens(p)]
    return any(t.lower_ in _TOLL_DEAD for t in counted)


def _span_mention(kind: str, count: Count | None, tok: Token, victims: list[Token]) -> Mention:
    tokens = [tok, *victims]
    start = min(t.left_edge.idx if t is not tok else t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    for v in victims:
        end = max(end, v.idx + len(v.text))
        lost = stray_number(v)  # "5 IS militants": the count the parse left outside
        start = min(start, lost.idx) if lost is not None else start
    return Mention(kind, count, tok, start, end)


def find_mentions(sent: Span) -> list[Mention]:
    """Every death/injury statement in the sentence."""
    out: list[Mention] = []
    for tok in span_tokens(sent):
        m = toll_mention(tok) or lives_mention(tok) or mention_at(tok)
        if m is not None:
            out.append(replace(m, total=True) if summing(sent, m.start, m.end) else m)
    claims = {id(m) for m in out if claimed(m.trigger)} if len(out) > 1 else set()
    if any(m.kind == DEATH and id(m) not in claims for m in out):  # beside a toll told as fact
        out = [replace(m, claimed=True) if id(m) in claims else m for m in out]
    deaths = [m for m in out if m.kind == DEATH]
    bodies = [m for m in deaths if told_body(sent.doc.char_span(m.start, m.end, alignment_mode="expand"))]
    counted = [m for m in deaths if m not in bodies and m.count is not None]
    if bodies and counted:  # "a herder died and his body lay ...": one
        out = [m for m in out if m not in bodies]
    return _drop_nested(out)


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """'shot dead five people': keep one mention per victim phrase and kind."""
    kept: list[Mention] = []
    for m in mentions:
        twin = next((k for k in kept if k.kind == m.kind and k.start < m.end and m.start < k.end), None)
        if twin is None:
            kept.append(m)
        elif twin.count is None and m.count is not None:
            kept[kept.index(twin)] = m
    return kept


@dataclass(frozen=True)
class Toll:
    """An event's casualties: fatalities and injuries, each None when not mentioned."""

    fatalities: Count | None = None
    injuries: Count | None = None
    fatality_mention: Mention | None = None
    injury_mention: Mention | None = None
    killed_unknown: bool = False  # someone died but no number was given


def combine(mentions: list[Mention]) -> Toll:
    """Sum distinct statements of one kind in a sentence; a running toll is a floor for them."""
    def total(kind: str) -> tuple[Count | None, Mention | None, bool]:
        ms = [m for m in mentions if m.kind in (kind, BOTH)]
        if not ms:
            return None, None, False
        told = [m for m in ms if not m.claimed]
        claims = [m.count for m in ms if m.claimed and m.count is not None]
        if not told and claims:  # only the claim beside another's fact: a bound, no toll
            return Count(0, 0, max(c.high for c in claims), exact=False), ms[0], False
        ms = told or ms
        counts = [m.count for m in ms if not (m.cumulative or m.total)]
        tolls = [m.count for m in ms if (m.cumulative or m.total) and m.count is not None]
        summed = sum_counts([c for c in counts if c is not None])
        unknown = any(c is None for c in counts) and summed is None
        best = summed
        for t in tolls:
            if best is None or t.best > best.best:
                best = t
        if best is not None and claims:  # a claim above the fact is its high bound
            best = replace(best, high=max(best.high, *(c.high for c in claims)))
        first = next((m for m in ms if m.count is not None), ms[0])
        return best, first, unknown and best is None

    f, fm, unknown = total(DEATH)
    i, im, _ = total(INJURY)
    return Toll(f, i, fm, im, unknown)


def weapon_count(sent: Span, trigger: Token | None = None) -> tuple[int, Token] | None:
    """'five rockets were fired': a number on a weapon noun that the trigger governs."""
    names = _words("weapon_nouns")
    for tok in span_tokens(sent):
        if tok.lemma_.lower() not in names or tok.pos_ != "NOUN":
            continue
        if trigger is not None and tok.head.i != trigger.i and trigger.i not in {a.i for a in tok.ancestors}:
            continue
        nums = [c for c in child_tokens(tok) if c.dep_ == "nummod"]
        if nums:
            count = count_phrase(nums[0])
            if count is not None:
                return count.best, tok
    return None
