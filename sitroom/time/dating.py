"""Find temporal expressions in a parsed sentence and attach them to event triggers.

Candidates come from spaCy's DATE/TIME entities and from our own patterns (weekday
and month names, deictic words), each widened to take its preposition ("since early
February") and resolved by `sitroom.time.expressions.resolve`. An expression belongs
to an event when it hangs on the trigger, on the trigger's own subtree, or on a verb
above it, but never across a reporting verb: "condemned, on Tuesday, the attacks" dates
the condemnation, not the attacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from sitroom.lang import PackWords, pack_pattern
from sitroom.nlp import (
    child_tokens,
    entities_in,
    head_token,
    sentence,
    sentence_of,
    span_text,
    span_tokens,
    subtree_tokens,
)
from sitroom.time.expressions import TimeRef, resolve
from sitroom.time.night import resolve_night
from sitroom.time.numbers import lexicon_words, words

#: Verbs of saying: a date on one of them belongs to the statement.
REPORTING_LEMMAS = lexicon_words("reporting_verbs")

_LEADS = lexicon_words("date_leads")
_TOLL_NOUNS, _TOLL_PREPS = lexicon_words("toll_nouns"), lexicon_words("toll_incident_preps")
_LEADS_OR_FILLERS = PackWords(lambda pack: _LEADS.value() | frozenset(words("date_fillers")))

#: Date expressions in running text, longest first, and month and weekday names: the
#: language pack's ``time/patterns.yaml``.
_FINDER = pack_pattern("time/patterns", "finder", re.IGNORECASE)
_MONTH_WORDS = pack_pattern("time/patterns", "month_words")


@dataclass(frozen=True)
class Found:
    """A resolved expression in a sentence: its tokens, its head and its meaning."""

    span: Span
    ref: TimeRef
    governor: Token | None  # the word it modifies (a verb or the event noun)


def _case_ok(text: str) -> bool:
    """Month and weekday names count only when capitalised ('may' is a verb)."""
    words = re.findall(r"[A-Za-z]+", text)
    named = [w for w in words if _MONTH_WORDS.fullmatch(w.capitalize())]
    return all(w[0].isupper() for w in named)


def raw_spans(sent: Span) -> list[Span]:
    """Candidate spans: spaCy DATE/TIME entities plus our own patterns, merged."""
    doc = sent.doc
    spans: list[tuple[int, int]] = [
        part
        for e in entities_in(sent)
        if e.label_ in ("DATE", "TIME") and _case_ok(e.text)
        for part in _split_at_comma(e)
    ]
    for m in _FINDER.finditer(span_text(sent)):
        if not _case_ok(m.group(0)):
            continue
        s = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if s is not None:
            spans.append((s.start, s.end))
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [
        w for w in (_widen(doc[s:e]) for s, e in merged)
        if not _names_a_thing(w) and not in_comparison(w[0])
    ]


def _split_at_comma(ent: Span) -> list[tuple[int, int]]:
    """An entity the tagger ran across a comma into another clause's words ('on Tuesday,
    days after troops raided ...': 'days' measures the "after" clause) is two spans; a
    comma inside one date ('May 5, 2024', 'Monday, May 6') hangs its second part on the
    first and stays."""
    for tok in ent:
        if tok.text != "," or tok.i in (ent.start, ent.end - 1):
            continue
        left, right = ent.doc[ent.start : tok.i], ent.doc[tok.i + 1 : ent.end]
        if right.root.head.i not in range(left.start, left.end) and not any(
            a.i in range(right.start, right.end) for a in left.root.ancestors
        ) and right.root.head.i != left.root.head.i:
            return [(left.start, left.end), (right.start, right.end)]
    return [(ent.start, ent.end)]


_SUPERLATIVES = lexicon_words("comparison_superlatives")
_COMPARISON_MARKS = lexicon_words("comparison_marks")


def in_comparison(tok: Token) -> bool:
    """Inside 'the deadliest attack since <X>': X is what the news is compared with, not
    when it happened (a superlative at most four words before the mark)."""
    sent = sentence_of(tok.doc, tok.i)
    for mark in span_tokens(sent):
        if mark.lower_ not in _COMPARISON_MARKS or mark.i > tok.i:
            continue
        before = tok.doc[max(sent.start, mark.i - 4) : mark.i]
        if not any(t.lower_ in _SUPERLATIVES for t in before):
            continue
        clause = mark.head if mark.dep_ == "mark" else mark
        if tok.i == mark.i or tok in subtree_tokens(clause):
            return True
    return False


_STATE_LEADS = lexicon_words("state_leads")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _names_a_thing(span: Span) -> bool:
    """Not a time: a bare year that ends a name ('the Finance Bill 2024', 'Euro 2024'), or
    the time a state held ('as of Thursday': when a toll was counted, not the attack)."""
    sent_start = sentence_of(span.doc, span.start).start
    text = span_text(span.doc[max(sent_start, span.start - 2) : span.end]).lower()
    if any(f"{lead} " in text for lead in _STATE_LEADS):
        return True
    if not _YEAR.fullmatch(span_text(span)) or span.start == sent_start:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and before.i != sent_start and not _MONTH_WORDS.fullmatch(
        before.text.rstrip(".")
    ) and before.lower_ not in _LEADS


def _widen(span: Span) -> Span:
    """Take in leading prepositions and modifiers: 'since early February', 'for the past'."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    start = span.start
    # "from Thursday's bombing": the preposition governs the bombing, not the day that owns it
    possessor = span.end < sent.end and doc[span.end].dep_ == "case"
    while start > sent.start and doc[start - 1].lower_ in _LEADS_OR_FILLERS and not possessor:
        start -= 1
    while start < span.start and doc[start].lower_ in words("date_fillers"):
        start += 1
    end = span.end
    if end < sent.end and doc[end].lower_ in words("date_trailers"):
        end += 1
    return doc[start:end]


def governor(span: Span) -> Token | None:
    """The word the expression modifies: up from its root past prepositions and itself."""
    tok = span.root
    seen = 0
    while (span.start <= tok.i < span.end) or tok.pos_ == "ADP" or tok.dep_ == "prep":
        if tok.head.i == tok.i or seen > 20:
            return tok if not (span.start <= tok.i < span.end) else None
        tok = tok.head
        seen += 1
    return tok


def is_past(tok: Token | None) -> bool:
    """A past-tense clause: its year-less dates cannot lie after publication."""
    while tok is not None:
        if tok.tag_ in ("VBD", "VBN") or "Past" in tok.morph.get("Tense"):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return any(c.tag_ in ("VBD", "VBN") and c.dep_ in ("aux", "auxpass") for c in child_tokens(tok))
        tok = tok.head
    return False


_FUTURE = lexicon_words("future_auxiliaries")


def is_future(tok: Token | None) -> bool:
    """'will meet on Monday', 'is due to vote on Friday': the next such day, not the last."""
    if tok is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in child_tokens(tok))


_BARE_WEEKDAY = pack_pattern("time/patterns", "bare_weekday", re.IGNORECASE)


def _futurize(ref: TimeRef, text: str, published: date) -> TimeRef:
    """A bare weekday in a future-tense clause means the coming one."""
    if ref.date < published and _BARE_WEEKDAY.match(text.strip()):
        d = ref.date + timedelta(days=7)
        return TimeRef(d, ref.precision, d, d, ref.text, ref.kind)
    return ref


def find_expressions(sent: Span, published: date, anchor: date | None = None) -> list[Found]:
    """All expressions in the sentence that resolve against the publication date."""
    found = []
    for span in raw_spans(sent):
        gov = governor(span)
        ref = resolve_night(span.text, published, is_past(gov)) or resolve(
            span.text, published, anchor=anchor, past_only=is_past(gov)
        )
        if ref is None:
            ref = _resolve_inner(span, published, anchor, is_past(gov))
        if ref is not None:
            if is_future(gov):
                ref = _futurize(ref, span.text, published)
            found.append(Found(span, ref, gov))
    return found


def _resolve_inner(span: Span, published: date, anchor: date | None, past: bool) -> TimeRef | None:
    """A widened span that fails may resolve without its leading words ('as of last week')."""
    for start in range(span.start + 1, span.end):
        inner = span.doc[start:span.end]
        ref = resolve(inner.text, published, anchor=anchor, past_only=past)
        if ref is not None:
            return ref
    return None


def says(tok: Token) -> bool:
    """A verb of saying by its word alone (`is_reporting` leaves some of them out)."""
    return tok.lemma_.lower() in REPORTING_LEMMAS and tok.pos_ in ("VERB", "AUX")


def is_reporting(tok: Token) -> bool:
    """A verb of saying, except 'X was reported/confirmed', which says that X happened."""
    if not says(tok):
        return False
    if tok.dep_ in ("acl", "amod"):
        return False  # "a resolution urging ...": a participle on a noun, not somebody's statement
    passive = any(c.dep_ == "auxpass" for c in child_tokens(tok))
    return not (passive and tok.lemma_.lower() in words("record_verbs"))


def path_up(trigger: Token) -> list[Token]:
    """The trigger and its heads, stopping before a reporting verb that is not the trigger."""
    path = [trigger]
    tok = trigger
    while tok.head.i != tok.i:
        tok = tok.head
        if is_reporting(tok) and not is_reporting(trigger):
            break
        path.append(tok)
    return path


def _fronted(span: Span) -> bool:
    """A date that opens its sentence, set off by a comma ('On Sunday, ...')."""
    sent = sentence(span)
    lead = span.start - sent.start
    nxt = span.doc[span.end] if span.end < sent.end else None
    return lead <= 1 and nxt is not None and nxt.text == ","


def _in_relative_clause(tok: Token, top: Token) -> bool:
    """Whether a relative clause on a noun lies between tok and top (below top)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


#: Dependency labels of a clause of its own below the event word.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "amod"})


def _in_embedded_clause(tok: Token, top: Token) -> bool:
    """A verb of a clause of its own lies between tok and top ('held a vigil for a man
    executed in 1972', 'over salaries withheld since November'): the date is that clause's."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSES and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def _under_participles_head(gov: Token, trig: Token, others: list[Token]) -> bool:
    """'A bomber rammed a van carrying engineers in Besham on Tuesday, killing six': the
    killing told by a participle happened when its clause's deed did, so a date the parse
    hangs anywhere in that clause (here on 'carrying') dates it too, unless the date is in
    a relative clause or another event's words."""
    head = trig.head
    if trig.dep_ != "advcl" or trig.tag_ != "VBG" or head.i == trig.i or not _inside(gov, head):
        return False
    if _inside(gov, trig) or _in_relative_clause(gov, head):
        return False
    tok = gov
    while tok.i != head.i:  # 'As reported on 1 May, ...': the report's day, not the deed's
        if is_reporting(tok):
            return False
        tok = tok.head
    return not any(o.i not in (trig.i, head.i) and _inside(gov, o) for o in others)


def _before_the_saying(f: Found, top: Token) -> bool:
    """'Gunmen shot dead a chief in Isa, on Monday, police said': a date after the whole
    reported clause and before the saying verb and its speaker, which the parse hung on the
    saying verb, dates the clause's deed (the wire's order; a statement's own day comes
    after its verb: 'police said on Monday')."""
    rep, gov = top.head, f.governor
    if top.dep_ != "ccomp" or rep.i == top.i or gov is None:
        return False
    if not is_reporting(rep) or f.span.start <= top.right_edge.i or rep.i < f.span.end:
        return False
    if gov.i != rep.i and not (_stray_place(gov, top) and _inside(gov, rep)):
        return False
    subjects = [c for c in child_tokens(rep) if c.dep_ in ("nsubj", "nsubjpass")]
    after = [c for c in subjects if c.i >= f.span.end]
    return bool(after) and all(c in after or _stray_place(c, top) for c in subjects)


def _stray_place(tok: Token, top: Token) -> bool:
    """'... in Maradun local government area, Zamfara state on Friday, police said': the
    place that closes the reported clause, which the parse made a subject of the saying
    verb (or the date's head), is the deed's place, not a speaker."""
    return tok.left_edge.i > top.right_edge.i and any(
        t.ent_type_ in ("GPE", "LOC", "FAC") for t in subtree_tokens(tok))


def said_on(f: Found) -> bool:
    """The date hangs on the verb of saying right before it ('the army said on Friday')."""
    gov = f.governor
    return gov is not None and gov.i == f.span.start - 1 and is_reporting(gov)


def sayings_day(f: Found) -> bool:
    """'The army said on Friday it had killed 25 militants on Thursday': a date right after a
    saying verb and before the subject of the clause said, which the parse hung on that
    clause's verb, is the day of the statement."""
    doc, gov = f.span.doc, f.governor
    if gov is None or f.span.start == 0 or not is_reporting(doc[f.span.start - 1]):
        return False
    if gov.i == f.span.start - 1:  # hung on the saying verb itself: its clause said, after it
        return any(_said_after(c, f) for c in child_tokens(gov) if c.dep_ == "ccomp")
    if not any(a.i == f.span.start - 1 for a in gov.ancestors):
        return False
    subjects = [c for c in child_tokens(gov) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.left_edge.i >= f.span.end for c in subjects)


def _said_after(clause: Token, f: Found) -> bool:
    """The clause said opens after the date ('said on Tuesday that its fighters had ...')."""
    subjects = [c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and clause.left_edge.i >= f.span.end


def _inside(tok: Token, top: Token) -> bool:
    """Whether tok is top or below it in the parse."""
    return tok.i == top.i or any(a.i == top.i for a in tok.ancestors)


_STATE_VERBS = lexicon_words("state_update_verbs")
_EARLIER_MARKS = lexicon_words("earlier_marks")


def _state_after(trig: Token, gov: Token) -> bool:
    """The date hangs on a state verb ("held", "remained missing") above an "after" clause
    that holds the trigger: it dates what was reported later, not the incident."""
    if gov.lemma_.lower() not in _STATE_VERBS:
        return False
    tok = trig
    while tok.i != gov.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS for c in child_tokens(tok)):
            return True
        tok = tok.head
    return False


def attach(trigger: Token | Span, found: list[Found], others: list[Token]) -> Found | None:
    """The expression that dates this trigger, or None.

    Preference: one hanging on the trigger or inside its subtree (but not inside another
    event's subtree below it), then one hanging on the nearest word above it, never
    across a reporting verb.
    """
    trig = head_token(trigger)
    scored: list[Found] = []
    best = _attach_scored(trig, found, others, scored)
    return _finer_within(best, scored, trig) if best is not None else None


def _finer_within(best: Found, scored: list[Found], trig: Token) -> Found:
    """'last week, on June 18', 'earlier this month, on Feb. 7': a day told inside the
    period that dates the event, right beside it or on the event's own word, is its date."""
    ref = best.ref
    inside = [
        f for f in scored
        if f.ref.precision < ref.precision and f.ref.kind == "point" and ref.start <= f.ref.date <= ref.end
        and (abs(f.span.start - best.span.end) <= 2 or _own_words(f, trig))
    ]
    return min(inside, key=lambda f: f.ref.precision) if inside else best


def _own_words(f: Found, trig: Token) -> bool:
    """The expression hangs on the trigger or below it, not in a clause joined to it ('...,
    and on Feb. 14 a rocket killed ...' tells another event)."""
    tok = f.governor if f.span.root.dep_ != "conj" else None
    while tok is not None and tok.i != trig.i:
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok is not None


def _attach_scored(trig: Token, found: list[Found], others: list[Token], scored: list[Found]) -> Found | None:
    """The best-scored expression; ``scored`` collects every one that could date the trigger."""
    nested = [o for o in others if o.i != trig.i and _inside(o, trig)]  # events below ours
    path = [t.i for t in path_up(trig)]
    best: tuple[float, Found] | None = None
    blocked = len(path) < len(list(trig.ancestors)) + 1  # a reporting verb stands above us
    for f in found:
        gov = f.governor
        if gov is None or _fronted(f.span):
            # "On 8 May 2020, ..." opens the sentence and dates all of it; across a
            # reporting verb ("On 6 May, rebels claimed to have ...") only when nothing
            # closer dates the event: the day of the claim beats the publication day
            score = 5.0 if not blocked or gov is None else 6.0
            scored.append(f)
            if best is None or score < best[0]:
                best = (score, f)
            if gov is None:
                continue
        if any(_inside(gov, o) for o in nested):
            continue
        # ('said on Tuesday that ...': the trigger below it)
        if sayings_day(f) and (not said_on(f) or (gov.i != trig.i and _inside(trig, gov))):
            scored.append(f)  # the statement's day: it dates the event only when nothing else does
            if best is None or best[0] > 6.0:
                best = (6.0, f)
            continue
        if _inside(gov, trig):
            if gov.i != trig.i and gov.dep_ == "conj" and gov.lemma_.lower() in _STATE_VERBS:
                continue  # "three were killed and others were being held Thursday": the state's day
            if _in_relative_clause(gov, trig) and (f.ref.precision == 3 or f.ref.kind != "point"):
                continue  # "a province that has seen clashes since 2011" dates the clashes
            score = 0.0 if gov.i == trig.i else 0.5
            if _in_embedded_clause(gov, trig):
                score = 5.5  # a date opening the sentence says more about this event
        elif gov.i in path:
            if _state_after(trig, gov):
                continue  # "remained missing Friday after gunmen ambushed ...": the state's day
            if f.span.start > gov.i and any(trig.doc[i].lemma_.lower() in _TOLL_NOUNS for i in path[: path.index(gov.i)]):
                continue  # "the toll from an attack on a wake rose to 61 on Tuesday": the toll's day
            score = float(path.index(gov.i))
        elif _under_participles_head(gov, trig, others):
            score = 1.5 if not _in_embedded_clause(gov, trig.head) else 5.5
        elif _before_the_saying(f, trig.doc[path[-1]]):
            score = 4.0
        else:
            continue
        scored.append(f)
        if best is None or score < best[0]:
            best = (score, f)
    return best[1] if best else None


def toll_incident_date(
    trigger: Token | Span, words: list[Span] | None, agent: Span | None, found: list[Found],
    others: list[Token],
) -> Found | None:
    """"Two more died on Friday, bringing the toll from Thursday's bombing to 30": the incident
    whose toll is told ('the toll from/of <incident>') is dated by its own words, not by the day
    of the later deaths; not when a doer outside that incident's words killed the later dead
    ('gunmen killed three on Friday, bringing the toll from Thursday's clashes to 30')."""
    head = head_token(trigger)
    for span in words or []:
        noun = head_token(span)
        prep = noun.head
        if noun.i == head.i or noun.dep_ != "pobj" or prep.lower_ not in _TOLL_PREPS:
            continue
        if agent is not None and not _inside(agent.root, noun):
            continue
        holders = (prep.head, *child_tokens(prep.head))
        if not any(t.lemma_.lower() in _TOLL_NOUNS for t in holders):
            continue
        hit = attach(noun, found, others)
        gov = hit.governor if hit is not None else None
        if gov is not None and (gov.i == noun.i or any(a.i == noun.i for a in gov.ancestors)):
            return hit
    return None
