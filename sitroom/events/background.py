"""Mentions that are not news: what a report recalls, tells in passing, or tallies.

"The attack came a week after <event>", "revenge for the killing of ...", an incident
dated well before the report's lead incident: each keeps its own record with
``status = background``, out of the news. A running tally ("thousands have been killed
since 2011", "the war has killed tens of thousands") is no incident at all: no record. A sentence that opens
"Meanwhile" or "In a separate incident" tells another incident.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components import Candidate
from sitroom.events.findings import event_words, in_own_clause
from sitroom.events.incident import Incident, Rules, date_range, has_date
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import lemma, separate_clause, trigger_root
from sitroom.lang import active_pack
from sitroom.lang.story import opens_incident
from sitroom.nlp import child_tokens, head_token, subtree_tokens
from sitroom.time.offsets import earlier_clause, measured
from sitroom.time.tally import tallies, vague_thousands, war_total


def opens_separately(c: Candidate, inc: Incident, rules: Rules) -> bool:
    """'Meanwhile, ...', 'In a separate incident, ...' in a sentence of its own, or in a
    clause of its own ('..., while in a separate incident ...'), or an event noun told as
    another ('killed in a separate bombing')."""
    told = (inc.lead, *inc.members)
    clause = separate_clause(trigger_root(c))
    if clause is not None and all(separate_clause(trigger_root(m)) != clause for m in told):
        return True
    if c.sentence.start in {m.sentence.start for m in told}:
        return False
    return opens_with_cue(c) or told_as_another(c, rules)


def told_separately(c: Candidate, rules: Rules) -> bool:
    """The mention is told as another incident than the one before it: its sentence or
    its clause opens a story break ('In a separate attack, ...', '..., while separately
    ...'), or its event noun is called 'separate' or 'another'."""
    return separate_clause(trigger_root(c)) is not None or opens_with_cue(c) or told_as_another(c, rules)


def told_as_another(c: Candidate, rules: Rules) -> bool:
    """An event noun of the candidate's own clause is qualified 'separate', 'another' ...
    ('... and a separate raid killed six' in a second clause tells of its own)."""
    head = head_token(c.trigger)
    roots = [head_token(span) for span in c.triggers or []]
    # '... had killed three militants in a follow-up operation': the deed's occasion
    roots += [o for p in child_tokens(head) if p.lower_ in ("in", "during") for o in child_tokens(p) if o.dep_ == "pobj"]
    for root in roots:
        if not in_own_clause(root, head):
            continue
        if root.pos_ in ("NOUN", "PROPN") and any(
            ch.dep_ in ("amod", "det") and _qualifier(ch) in rules.separate_words
            for ch in child_tokens(root)
        ):
            return True
    return False


def _qualifier(tok: Token) -> str:
    """The word, hyphenated parts and all ('follow-up', which the parser splits)."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text.lower() if tok.dep_ == "amod" else tok.lower_


def opens_with_cue(c: Candidate) -> bool:
    """The sentence opens on another incident of the news ('Meanwhile', 'Concurrently',
    'In a separate incident': the pack's story breaks, `sitroom.lang.story`)."""
    return opens_incident(c.sentence.text)


def in_passing(c: Candidate, rules: Rules) -> bool:
    """Told in passing: a noun after 'for', 'after', 'amid' ... ('revenge for the killing
    of ...', 'after mortars launched at ...'), or a clause marked by 'after', 'since' ... ('After three soldiers were
    killed in ..., the group ...')."""
    root = head_token(c.trigger)
    noun = root.head if root.dep_ in ("acl", "relcl") else root  # 'a rocket fired from ...'
    if noun.dep_ == "pobj" and noun.head.lower_ in rules.passing_preps:
        return True
    governors = load_lexicon().cue("hypothetical_governors")
    if any(lemma(t) in governors for t in root.ancestors):
        return True  # 'expecting a reprisal attack': not (yet) an event
    for tok in (root, *root.ancestors):
        if any(m.dep_ == "mark" and m.lower_ in rules.passing_preps for m in child_tokens(tok)):
            return True
        if tok.dep_ in ("ROOT", "conj") or tok.head is tok:
            return False
    return False


def measured_before(c: Candidate) -> bool:
    """Told in an "after" clause measured from the news ('on Tuesday, days after troops
    raided their camps'): an earlier occasion, whatever date the measure gave it."""
    clause = earlier_clause(trigger_root(c))
    return clause is not None and measured(clause)


def answered(c: Candidate, rules: Rules) -> bool:
    """What the news answers ('came in response to mortars launched at the base earlier',
    'in retaliation for ...'): an earlier occurrence, whatever time word it carries."""
    root = head_token(c.trigger)
    noun = root.head if root.dep_ in ("acl", "relcl") else root
    if noun.dep_ != "pobj":
        return False
    gov = noun.head.head  # 'retaliation' in 'retaliation for X'; 'came' in 'came in retaliation to X'
    near = [gov, *(o for p in child_tokens(gov) if p.dep_ == "prep" for o in child_tokens(p) if o.dep_ == "pobj")]
    return any(lemma(t) in rules.response_nouns for t in near)


def recalled(c: Candidate, rules: Rules) -> bool:
    """'The attack came a week after <this>', '<N> have been killed since ...': what the
    news follows, or a cumulative tally; either way not an incident of its own."""
    root = head_token(c.trigger)
    for tok in (root, *root.ancestors):
        head = tok.head
        if head is tok:
            break
        if lemma(head) in rules.came_after_verbs and any(
            ch.lower_ in rules.came_after_preps and ch.dep_ in ("prep", "mark") and ch.i <= tok.i
            for ch in (*child_tokens(head), *child_tokens(tok))
        ):
            return True
    # the casualty stage marks a record whose toll is a whole conflict's ('killed in the
    # conflict' read on its noun 'conflict')
    return tallies(root) or c.tally


def drop_tallies(cands: list[Candidate], rules: Rules) -> list[Candidate]:
    """Running tallies of a war or of a long span make no record ('thousands have been
    killed since 2011', 'the war has killed tens of thousands'), nor does the start they
    count from ('... since the truce began'): no incident happened at the news place and
    date. A count since a recent day ('since Tuesday', 'since the clashes erupted on
    Friday') stays, as background, and so does the recent start it counts from."""
    tallied = [c for c in cands if _tally(c, rules, cands)]
    if not tallied:
        return cands
    roots = [trigger_root(c) for c in tallied]
    gone = {id(c) for c in tallied}
    return [c for c in cands if id(c) not in gone and not any(_counted_from(trigger_root(c), r) for r in roots)]


def drop_displacement(cands: list[Candidate]) -> list[Candidate]:
    """'Fighting around Kalehe has displaced 4,000 families', 'clashes forced 1,200 residents
    to flee': a humanitarian summary of what fighting caused, with no toll and no day of its
    own, is no incident when another record of the article tells that fighting (same kind,
    same province): it made a second record beside the dated one it sums up. Told alone, it
    is the article's only word on the fighting and stays."""
    summaries = [c for c in cands if _displacement_summary(c)]
    if not summaries:
        return cands
    others = [c for c in cands if not any(c is s for s in summaries)]
    gone = {id(s) for s in summaries if any(_same_fighting(s, o) for o in others)}
    return [c for c in cands if id(c) not in gone]


def _same_fighting(summary: Candidate, other: Candidate) -> bool:
    """Another record of the summary's kind of violence in its province (its country where
    either names no province)."""
    a, b = summary.event, other.event
    if not a.event_type or a.event_type != b.event_type:
        return False
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1
    return not a.country or not b.country or a.country == b.country


def _displacement_summary(c: Candidate) -> bool:
    root = trigger_root(c)
    if root.dep_ not in ("nsubj", "nsubjpass", "csubj"):  # 'Fighting ... has displaced': a gerund too
        return False
    if c.event.fatalities or (has_date(c) and c.event.time_precision == 1):
        return False
    verbs = frozenset(active_pack().data("events/assembly").get("displacement_verbs") or ())
    head = root.head
    told = [head, *(k for k in child_tokens(head) if k.dep_ in ("xcomp", "ccomp", "advcl"))]
    return any(lemma(v) in verbs for v in told)


def _tally(c: Candidate, rules: Rules, cands: list[Candidate]) -> bool:
    root = trigger_root(c)
    if c.tally or war_total(root) or vague_thousands(root):
        return True
    if not tallies(root):
        return False
    rng = date_range(c)
    if rng is not None and (rng[1] - rng[0]).days > rules.news_days:
        return True
    counted = c.fatalities_known and bool(c.event.fatalities)  # a toll, not 'has attacked since ...'
    if counted and _since_then(root) and _dated_old(c):
        return True  # 'the offensive has since killed 38,000', counted from an old start
    since = [
        t.head if t.dep_ == "mark" else t  # 'since the invasion began'; 'since the coup', 'since then'
        for t in subtree_tokens(root)
        if t.lower_ in event_words("since_preps") and (t.dep_ == "mark" or (counted and t.dep_ == "prep"))
    ]
    return any(not _recent_start(clause, c, cands) for clause in since)


def _recent_start(clause: Token, tally: Candidate, cands: list[Candidate]) -> bool:
    """The 'since ...' clause of a tally names a day of the news ('since they erupted on
    Friday', 'since gunmen began raiding the area on Saturday'): a date read inside the
    clause, on the tally itself or on the start it counts from, that the status stage did
    not find old. A start with no date ('since the war began') or an old one ('since the
    truce collapsed in March') is a war's or a long span's."""
    words = subtree_tokens(clause)
    first, last = words[0].idx, words[-1].idx + len(words[-1])
    dated = []
    for d in cands:
        said = d.event.evidence.get("event_date")
        if not has_date(d) or said is None:
            continue
        if (d is tally and first <= said.start < last) or (d is not tally and trigger_root(d) in words):
            dated.append(d)
    return bool(dated) and all(not (d.event.status == "background" and d.status_reason == "date") for d in dated)


def _since_then(verb: Token) -> bool:
    """'has since killed': 'since' as an adverb, counting from a start told before."""
    return any(c.dep_ == "advmod" and c.lower_ in event_words("since_preps") for c in child_tokens(verb))


def _dated_old(c: Candidate) -> bool:
    """The status stage found the mention's date (read in it or lent by the start it counts
    from) well before the news."""
    return has_date(c) and c.event.status == "background" and c.status_reason == "date"


def _counted_from(tok: Token, tally: Token) -> bool:
    """``tok`` lies in the 'since ...' part of the tally ('since the truce began')."""
    if tok is tally or tally not in tok.ancestors:
        return False
    for t in (tok, *tok.ancestors):
        if t is tally:
            return False
        if t.lower_ in event_words("since_preps") or any(
            c.dep_ == "mark" and c.lower_ in event_words("since_preps") for c in child_tokens(t)
        ):
            return True
    return False


#: What a weapon told later refines: a one-sided attack. A clash stays a clash when
#: artillery backs it, as ACLED codes battles.
def recall_context(leads: list[Candidate], rules: Rules) -> None:
    """Incidents dated well before the article's lead incident are the context it recalls
    ('almost a week after US strikes on ...'), not news: they become background."""
    rng = date_range(leads[0]) if leads else None
    if rng is None:
        return
    start = rng[0]  # the first incident's day, or publication's when it states none
    for c in leads:
        rng = date_range(c)
        if not has_date(c) or rng is None:
            continue
        ends_before = (start - rng[1]).days > rules.context_days
        week_before = rng[1] < start and (start - rng[0]).days > rules.context_days
        if ends_before or week_before:  # 'on May 2'; 'last week' in a report of today
            c.event.status = "background"
            c.status_reason = "before the lead incident"
            if "event_date" in c.event.evidence:
                c.event.cite("status", c.event.evidence["event_date"])
