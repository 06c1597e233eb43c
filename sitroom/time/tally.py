"""Cumulative tolls of a whole conflict: background, never the toll of a news incident.

"some 12,000 have died in the conflict", "the insurgency has killed
35,000 since 2009", "have died over the past three years": a perfect-tense count over a
conflict or a span is a running tally of the war. The casualty stage must not lend it to
the incident told before it, and assembly must not join it to one.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, subtree_tokens
from sitroom.time.dating import in_comparison
from sitroom.time.numbers import lexicon, lexicon_words
from sitroom.time.refs import MONTHS
from sitroom.time.refs import WEEKDAYS as _WEEKDAYS

_PERFECT = lexicon_words("tally_perfect_lemmas")
_MARKS = lexicon_words("tally_marks")
_SCOPES = lexicon_words("tally_scopes")
_INDEFINITES = lexicon_words("tally_indefinites")
_SPAN_NOUNS = lexicon_words("tally_span_nouns")
_SPAN_WORDS = lexicon_words("tally_span_words")
_START_VERBS = lexicon_words("tally_start_verbs")
_MAGNITUDES = lexicon_words("tally_magnitudes")
_RELATIVES = lexicon_words("tally_relatives")
_NATION_ADVERBS = lexicon_words("tally_nation_adverbs")
_NATION_PREPS = lexicon_words("tally_nation_preps")
_NATION_NOUNS = lexicon_words("tally_nation_nouns")
_RUN_NOUNS = lexicon_words("tally_run_nouns")
_RUN_PREPS = lexicon_words("tally_run_preps")
#: Clauses of a noun of their own: their span or years are not the count's.
_ASIDES = frozenset({"relcl", "acl"})


def tallies(verb: Token) -> bool:
    """A present-perfect count since a start, over a span, or over a whole conflict."""
    if not _perfect(verb):
        return False
    # 'in the deadliest attack since the war began' ranks the news; it tallies nothing
    if any(t.lower_ in _MARKS and not in_comparison(t) for t in subtree_tokens(verb)):
        return True
    return _over_conflict(verb)


def in_tally(tok: Token) -> bool:
    """The clause holding ``tok`` (its nearest verb, itself or above) tallies: '...; 8,000
    have died since the invasion began' is no part of the strike told before the semicolon."""
    verb = next((h for h in (tok, *tok.ancestors) if h.pos_ in ("VERB", "AUX")), None)
    return verb is not None and tallies(verb)


def whole_conflict(verb: Token) -> bool:
    """A present-perfect count over a whole conflict or a span of years, which no news
    incident's toll is ('have been killed in the conflict'); 'since Tuesday's attack' may
    still count the news, so a start alone does not make one."""
    return _perfect(verb) and _over_conflict(verb)


def war_total(verb: Token) -> bool:
    """A count over a whole conflict or a span told in any tense, where the sentence makes
    it one: the war is the subject ('the civil war killed 400,000'), or the count runs over
    a span ('killed 8,400 people last year') or between two years ('were killed in the
    conflict between 1958 and 2016'). 'Three were killed in the war' in the past stays
    the news's."""
    if whole_conflict(verb):
        return True
    if verb.pos_ not in ("VERB", "AUX") or not _over_conflict(verb):
        return False
    subjects = [n for n in _scope_nouns(verb) if n.dep_ in NOMINAL_SUBJECTS]
    asides = {t.i for c in subtree_tokens(verb) if c.dep_ in _ASIDES for t in subtree_tokens(c)}
    words = [t for t in subtree_tokens(verb) if t.i not in asides]  # not 'a hotel closed in the last years'
    years = {t.text for t in words if t.ent_type_ == "DATE" and _year(t)}
    return any(map(_scope, subjects)) or any(map(_span, words)) or len(years) > 1 or _since_a_year(verb)


def _since_a_year(verb: Token) -> bool:
    """'had been killed in the state since 2019', 'were killed since 2014': a count from a
    year on runs over that span in any tense; 'since Tuesday' or 'since the blast' does not."""
    for mark in child_tokens(verb):
        if mark.dep_ != "prep" or mark.lower_ not in _MARKS:
            continue
        dated = [t for t in subtree_tokens(mark) if t.ent_type_ == "DATE"]
        if any(map(_year, dated)) and not any(map(_day, dated)):
            return True
    return False


def vague_thousands(verb: Token) -> bool:
    """A perfect-tense count of 'thousands' ('thousands have been killed', 'the fighting
    has killed tens of thousands'): no incident's toll, a span's, whether or not its start
    is told in the sentence."""
    if not _perfect(verb):
        return False
    counted = [c for c in child_tokens(verb) if c.dep_ in (*NOMINAL_SUBJECTS, "dobj")]
    return any(t.lower_ in _MAGNITUDES for c in counted for t in subtree_tokens(c))


def tally_clause(count: Token) -> Token | None:
    """The clause that makes a death count a conflict's or a span's tally, or None: the
    count's own perfect verb ('40,000 have been killed in the conflict'), or the verb it is
    told under in any tense ('recorded more than 7,800 killings last year')."""
    if whole_conflict(count):
        return count
    verb = next((h for h in (count, *count.ancestors) if h.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and (war_total(verb) or spread_count(verb)) else None


def spread_count(verb: Token) -> bool:
    """A count told over a whole country ('across the country, 40 have died', 'were killed
    nationwide'), in any tense, or counted to now over days of unrest ('have died in a week
    of protests', 'had died in three weeks of unrest'): the tally of many incidents, never one
    rally's or raid's toll. 'Three men died during two days of fighting' keeps its toll."""
    counted_to_now = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _PERFECT for c in child_tokens(verb))
    for prep in child_tokens(verb):
        if prep.dep_ == "advmod" and prep.lower_ in _NATION_ADVERBS:
            return True
        if prep.dep_ != "prep":
            continue
        for noun in child_tokens(prep):
            if noun.dep_ != "pobj":
                continue
            if prep.lower_ in _NATION_PREPS and (noun.lemma_.lower() in _NATION_NOUNS or noun.ent_type_ == "GPE"):
                return True
            if counted_to_now and _run_of(noun):
                return True
    return False


def _run_of(noun: Token) -> bool:
    """'a week of protests', 'three weeks of unrest', 'days of clashes': a run of days told
    of what filled it; not 'the third day of protests', one day of the run."""
    if noun.lemma_.lower() not in _RUN_NOUNS:
        return False
    kids = list(child_tokens(noun))
    counted = noun.tag_ == "NNS" or any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in _INDEFINITES) for c in kids
    )
    return counted and any(
        c.dep_ == "prep" and c.lower_ in _RUN_PREPS and any(g.dep_ == "pobj" for g in child_tokens(c)) for c in kids
    )


def later_tally(trigger: Token) -> bool:
    """A count told after the news that tallies more than it, in any tense: over a conflict
    or a span ('the death toll in the war rose to 5,000', 'the toll of attacks this year
    rose to 200') or to date ('so far, 35 others have been killed'). Never a running toll of
    the incident for the casualty stage to take up. ``trigger``: the count's verb, or its
    toll noun ('the toll ... rose'), read with the verb it is the subject of."""
    tokens = [trigger]
    if trigger.dep_ in NOMINAL_SUBJECTS and trigger.head.i != trigger.i:
        tokens.append(trigger.head)
    for verb in tokens:
        if _over_conflict(verb):
            return True
        lowers = [t.lower_ for t in sorted(subtree_tokens(verb), key=lambda t: t.i)]
        pairs = set(zip(lowers, lowers[1:], strict=False))
        if any(tuple(p) in pairs for p in lexicon()["tally_to_date"]):
            return True
    return False


def _over_conflict(verb: Token) -> bool:
    over = (
        any(_scope(n) for n in _scope_nouns(verb))
        or any(map(_span, subtree_tokens(verb)))
        or _since_a_year(verb)
        or _in_which_ran_over(verb)
    )
    return over and not _bounded(verb)


def _in_which_ran_over(verb: Token) -> bool:
    """'has waged an insurgency since 1984, in which 40,000 people have been killed': a clause
    of 'in which' under a verb that ran over a conflict or since a year counts over it too."""
    head = verb.head
    if head is verb or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _RELATIVES for g in child_tokens(c))
        for c in child_tokens(verb)
    ):
        return False
    return _since_a_year(head) or any(c.dep_ == "dobj" and _scope(c) for c in child_tokens(head))


def _span(token: Token) -> bool:
    """'this year', 'the past decade' anywhere in the clause (not only after a preposition),
    and years or decades of a conflict counted ('in three decades of conflict')."""
    if token.lemma_.lower() not in _SPAN_NOUNS:
        return False
    return any(c.lower_ in _SPAN_WORDS for c in child_tokens(token)) or (
        any(c.dep_ == "nummod" for c in child_tokens(token)) and any(map(_scope, _objects(token)))
    )


def _bounded(verb: Token) -> bool:
    """'have been killed in the war this week / on Tuesday / overnight': a count bounded
    by a recent date is the news's, not the war's; 'since 2014' or 'the past three years'
    do not bound it."""
    subtree = {t.i for t in subtree_tokens(verb)}
    for noun in _scope_nouns(verb):  # 'the insurgency, which began in 2009' dates the war
        if _scope(noun):
            subtree -= {t.i for t in subtree_tokens(noun)}
    for ent in verb.doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.root.i not in subtree:
            continue
        if any(t.lemma_.lower() in _SPAN_NOUNS for t in ent) and not any(map(_month, ent)):
            continue  # 'last year' spans; 'in August last year' bounds
        if ent.root.head.lower_ in _MARKS or ent[0].lower_ in _MARKS:
            continue
        return True
    return False


def _perfect(verb: Token) -> bool:
    return any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _PERFECT and c.tag_ != "VBD"
        for c in child_tokens(verb)
    )


def _scope_nouns(verb: Token) -> Iterator[Token]:
    """The verb's subject and the objects of its prepositions and of its subject's ('the
    war has killed', 'killed in the conflict', 'died over the past years', 'the toll in the
    war rose')."""
    own = list(child_tokens(verb))
    if verb.dep_ == "conj" and not any(c.dep_ in NOMINAL_SUBJECTS for c in own):
        # 'the war began in 2023 and has killed thousands': the first verb's subject
        own += [c for c in child_tokens(verb.head) if c.dep_ in NOMINAL_SUBJECTS]
    if verb.dep_ == "relcl" and verb.head.dep_ != "pobj" and verb.head.lemma_.lower() in _SCOPES:
        yield verb.head  # 'the conflict, in which 150,000 have died': the noun the clause tells of
    for c in own:
        if c.dep_ in NOMINAL_SUBJECTS:
            yield c
            yield from _objects(c)
        elif c.dep_ == "prep":
            yield from (g for g in child_tokens(c) if g.dep_ == "pobj")


def _objects(noun: Token) -> Iterator[Token]:
    for c in child_tokens(noun):
        if c.dep_ == "prep":
            yield from (g for g in child_tokens(c) if g.dep_ == "pobj")


def _scope(noun: Token) -> bool:
    """'the conflict', 'Syria's civil war', 'the past three years'; not 'a war'."""
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITES for c in child_tokens(noun)):
        return False
    return noun.lemma_.lower() in _SCOPES or _span(noun) or _started_in_a_year(noun)


def _started_in_a_year(noun: Token) -> bool:
    """'the fighting, which erupted in April 2023', 'the fighting began in 2023 and ...':
    what started in a month or year a date names by its year runs on since; a start on a
    day of the news ('which erupted on Friday') names no year."""
    starts = [c for c in child_tokens(noun) if c.dep_ == "relcl"]
    if noun.dep_ in NOMINAL_SUBJECTS:
        starts.append(noun.head)
    for verb in starts:
        particle = next((c.lower_ for c in child_tokens(verb) if c.dep_ == "prt"), "")
        if verb.lemma_.lower() not in _START_VERBS and f"{verb.lemma_.lower()} {particle}" not in _START_VERBS:
            continue  # 'broke out', not 'broke into a house'
        dated = [t for t in subtree_tokens(verb) if t.ent_type_ == "DATE"]
        if any(map(_year, dated)) and not any(map(_day, dated)):
            return True  # 'in April 2023', not 'on 3 May 2020'
    return False


def _day(token: Token) -> bool:
    """A day of the month ('3 May 2020') or of the week: a start on a day is news's."""
    return (token.like_num and token.text.isdigit() and len(token.text) <= 2) or token.lemma_.lower() in _WEEKDAYS


def _month(token: Token) -> bool:
    """A month's name, capitalised ('August'; not the verb 'may')."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in MONTHS


def _year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit()
