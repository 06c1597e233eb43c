"""Component `time`: dates, fatalities and injuries for every candidate event.

Dates: the expression governing the trigger in its sentence; else the parent event's
date ("a second drone struck an hour later"); else the previous event's in the same
paragraph; else the publication date at precision 3, tagged so the record says the
date was not stated. Casualties: the death/injury statements of the trigger's sentence,
or of the sentences right after it that tell no event of their own ("Neither strike
caused casualties").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from sitroom.components import Candidate, Context, Settings, component
from sitroom.lang import pack_pattern
from sitroom.model import TAG_NO_DATE, Event, Evidence
from sitroom.nlp import child_tokens, head_token, sentences, subtree_tokens
from sitroom.time.casualties import (
    DEATH,
    Count,
    Mention,
    combine,
    find_mentions,
    weapon_count,
)
from sitroom.time.counted import adds_dead, attackers_dead
from sitroom.time.dating import Found, attach, find_expressions, is_reporting, toll_incident_date
from sitroom.time.expressions import TimeRef
from sitroom.time.numbers import lexicon, lexicon_words, words
from sitroom.time.offsets import earlier_clause, offset_date
from sitroom.time.owners import crowd_only, is_embedded, prefer_direct, speakers_aside
from sitroom.time.saying import said_week
from sitroom.time.tally import later_tally, tally_clause
from sitroom.time.unasserted import grievance

TAG_INHERITED = "date: from {}"
_UNSTATED = ("publication", "saying")  # dates no words told of the deed itself
TAG_UNKNOWN_KILLED = "fatalities: killed, number not stated"

#: Orphan casualty sentences may follow their event by at most this many sentences.
FOLLOW_WINDOW = 3


@dataclass(frozen=True)
class Dated:
    ref: TimeRef
    evidence: Evidence | None
    source: str  # stated, parent, previous, publication, saying


def paragraph_index(text: str, offset: int) -> int:
    """Which paragraph a character is in: blank-line blocks, or lines when there are none."""
    sep = "\n\n" if "\n\n" in text.strip() else "\n"
    return text.count(sep, 0, offset)


def _sentence_key(c: Candidate) -> int:
    return c.sentence.start


def date_candidates(ctx: Context) -> None:
    """Fill event_date/year/time_precision and the date hand-offs on every candidate."""
    cands = sorted(ctx.candidates, key=lambda c: (head_token(c.trigger).i))
    by_sentence: dict[int, list[Token]] = {}
    for c in cands:
        by_sentence.setdefault(_sentence_key(c), []).append(head_token(c.trigger))
    cache: dict[tuple[int, date | None], list[Found]] = {}
    prev: Candidate | None = None  # the event told just before, statements aside
    for c in cands:
        anchor = prev.time_ref.date if prev is not None and prev.date_stated and prev.time_ref else None
        key = (_sentence_key(c), anchor)
        if key not in cache:
            cache[key] = find_expressions(c.sentence, ctx.published, anchor=anchor)
        try:
            dated = _date_one(ctx, c, cache[key], by_sentence[_sentence_key(c)], prev)
        except Exception as exc:  # one odd parse must not cost the article its other events
            ctx.warnings.append(f"time: dating failed at {c.trigger.text!r}: {exc!r}")
            dated = _publication(ctx.published)
        _apply_date(c, dated)
        if not is_reporting(head_token(c.trigger)):
            prev = c
    _date_from_followers(ctx, cands)
    _date_by_offsets(ctx, cands, by_sentence)


_HAPPENING = lexicon_words("happening_verbs")


def _happening_clause(sent: Span) -> Token | None:
    """The verb of 'the attack took place / it happened', whose subject points back at an
    event already told; None when the sentence has no such clause."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        objs = [c.lemma_.lower() for c in child_tokens(tok) if c.dep_ in ("dobj", "obj")]
        if lemma not in _HAPPENING and not any(f"{lemma} {o}" in _HAPPENING for o in objs):
            continue
        for subj in (c for c in child_tokens(tok) if c.dep_ == "nsubj"):
            dets = {c.lower_ for c in child_tokens(subj) if c.dep_ == "det"}
            if subj.lower_ in words("anaphoric_pronouns") or dets & set(words("anaphoric_determiners")):
                return tok
    return None


def _refines(c: Candidate, ref: TimeRef) -> bool:
    """A later day narrows an undated event, or one dated only to a month or year that holds
    that day ('killed this month ... The attack happened on Saturday night')."""
    if c.date_source in _UNSTATED:
        return True
    own = c.time_ref
    return own is not None and ref.precision < own.precision and own.start <= ref.date <= own.end


def _date_from_followers(ctx: Context, cands: list[Candidate]) -> None:
    """An event dated only by publication (or to a month holding the day) takes the date of a
    sentence right after it that tells no event of its own and only says when it happened
    ("The raid took place in the village on Friday night")."""
    sents = sentences(ctx.doc)
    index = {s.start: n for n, s in enumerate(sents)}
    told = sorted({index[_sentence_key(c)] for c in cands if _sentence_key(c) in index})
    for c in cands:
        if is_reporting(head_token(c.trigger)) or (c.date_source not in _UNSTATED and (
                c.time_ref is None or c.time_ref.precision == 1 or c.date_source != "stated")):
            continue
        n = index.get(_sentence_key(c), -1)
        later = [k for k in told if k > n]
        stop = min([n + FOLLOW_WINDOW + 1, len(sents), *later])
        for sent in sents[n + 1:stop]:
            verb = _happening_clause(sent)
            hit = attach(verb, find_expressions(sent, ctx.published), [verb]) if verb is not None else None
            if hit is not None and hit.ref.date <= ctx.published and _refines(c, hit.ref):
                c.event.tags = "; ".join(t for t in c.event.tags.split("; ") if t and t != TAG_NO_DATE)
                _apply_date(c, Dated(hit.ref, ctx.evidence(hit.span), "stated"))
                break


def _date_one(
    ctx: Context, c: Candidate, found: list[Found], others: list[Token], last: Candidate | None
) -> Dated:
    hit = toll_incident_date(c.trigger, c.triggers, c.agent, found, others)
    hit = hit or attach(c.trigger, found, others) or _attach_beside(c, found, others)
    if hit is not None:  # a saying day only bounds the deed said: unstated, like publication
        said = said_week(hit, c.trigger)
        return Dated(said.ref, ctx.evidence(hit.span), "saying") if said else Dated(hit.ref, ctx.evidence(hit.span), "stated")
    parent = c.parent
    if parent is not None and parent.date_stated and parent.time_ref is not None:
        return Dated(parent.time_ref, parent.event.evidence.get("event_date"), "parent")
    text = ctx.article.text
    if (
        last is not None
        and last.date_stated
        and last.time_ref is not None
        and paragraph_index(text, last.sentence.start_char) == paragraph_index(text, c.sentence.start_char)
    ):
        return Dated(last.time_ref, last.event.evidence.get("event_date"), "previous")
    return _publication(ctx.published)


def _date_by_offsets(ctx: Context, cands: list[Candidate], by_sentence: dict[int, list[Token]]) -> None:
    """'The raid came two days after four farmers were killed': the killing is dated two
    days before the clause it hangs on when a day is told there ('Three days after ...,
    police arrested 12 on Monday'), else before the last event told before it that is
    dated to a day ('this month' measures nothing); never when a date hangs on the
    killing itself."""
    last_day: Candidate | None = None
    for c in cands:
        trig = head_token(c.trigger)
        if is_reporting(trig):
            continue
        clause = earlier_clause(trig)
        anchor = _head_day(c, clause[0], by_sentence, ctx.published) if clause is not None else None
        if anchor is None and last_day is not None and last_day.time_ref is not None:
            anchor = last_day.time_ref.date
        offset = offset_date(clause, anchor, ctx.published) if clause and anchor else None
        if offset is not None and not _own_date(c, trig, by_sentence, ctx.published):
            _apply_date(c, Dated(offset[0], ctx.evidence(offset[1]), "stated"))
        if c.date_stated and c.time_ref is not None and c.time_ref.precision == 1:
            last_day = c


def _head_day(c: Candidate, verb: Token, by_sentence: dict[int, list[Token]], published: date) -> date | None:
    """The day told on the clause the "after ..." clause (headed by ``verb``) hangs on."""
    if verb.head is verb:
        return None
    hit = attach(verb.head, find_expressions(c.sentence, published), by_sentence[_sentence_key(c)])
    gov = hit.governor if hit is not None else None
    if gov is None or hit.ref.precision != 1 or any(t.i == verb.i for t in (gov, *gov.ancestors)):
        return None
    return hit.ref.date


def _own_date(c: Candidate, trig: Token, by_sentence: dict[int, list[Token]], published: date) -> bool:
    """A date hanging on the trigger or below it ('two days after gunmen raided it on Friday')."""
    hit = attach(trig, find_expressions(c.sentence, published), by_sentence[_sentence_key(c)])
    gov = hit.governor if hit is not None else None
    return gov is not None and (gov.i == trig.i or any(a.i == trig.i for a in gov.ancestors))


def _attach_beside(c: Candidate, found: list[Found], others: list[Token]) -> Found | None:
    """A date on another word of the same event outside the head's clause ('a raid
    launched on Friday is thought to have killed ...'); never one below the head,
    which tells something else ('killed in revenge for Sunday's attack')."""
    head = head_token(c.trigger)
    below = set(subtree_tokens(head))
    for span in c.triggers or []:
        root = head_token(span)
        if root not in below:
            hit = attach(root, found, others)
            if hit is not None:
                return hit
    return None


def _publication(p: date) -> Dated:
    return Dated(TimeRef(p, 3, p, p, "", "publication"), None, "publication")


def _apply_date(c: Candidate, dated: Dated) -> None:
    ev, ref = c.event, dated.ref
    ev.event_date, ev.year, ev.time_precision = ref.date, ref.date.year, ref.precision
    c.time_ref = ref
    c.date_range = (ref.start, ref.end)
    c.date_source = dated.source
    c.date_stated = dated.source not in _UNSTATED
    if dated.source == "publication":
        ev.add_tag(TAG_NO_DATE)
        return
    ev.cite("event_date", dated.evidence)
    if dated.source not in ("stated", "saying"):
        ev.add_tag(TAG_INHERITED.format("parent event" if dated.source == "parent" else "previous event"))


# --- casualties -----------------------------------------------------------------------------


def _owner(m: Mention, cands: list[Candidate]) -> Candidate | None:
    """The event a mention in its sentence belongs to: the nearest trigger above it, else the nearest."""
    if not cands:
        return None
    tok = m.trigger
    chain = [tok.i, *[a.i for a in tok.ancestors]]
    ranked = []
    for c in cands:
        r = head_token(c.trigger)
        if r.i in chain:
            ranked.append((0, chain.index(r.i), c))
        else:
            ranked.append((1, abs(r.i - tok.i) + (50 if is_reporting(r) else 0), c))
    return min(ranked, key=lambda x: (x[0], x[1]))[2]


_PLURAL_REF = pack_pattern("time/patterns", "plural_ref", re.IGNORECASE)


def _how_many_events(sent: Span) -> int:
    m = _PLURAL_REF.search(sent.text)
    if not m:
        return 1
    if not m["n"]:
        return 2  # "both attacks"
    word = m["n"].lower()
    return int(word) if word.isdigit() else int(lexicon()["number_words"][word])


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _main_events(before: list[Candidate], wanted: int) -> list[Candidate]:
    """The last `wanted` sentences' main events (the trigger highest in each parse)."""
    takers: list[Candidate] = []
    seen: set[int] = set()
    for c in reversed(before):
        key = _sentence_key(c)
        if key in seen:
            continue
        if len(seen) == wanted:
            break
        seen.add(key)
        same = [o for o in before if _sentence_key(o) == key]
        takers.append(min(same, key=lambda o: _depth(head_token(o.trigger))))
    return takers


def casualty_candidates(ctx: Context) -> None:
    """Fill fatalities (best/low/high) and injuries, with evidence, on every candidate."""
    cands = sorted(ctx.candidates, key=lambda c: head_token(c.trigger).i)
    if not cands:
        return
    sents = sentences(ctx.doc)
    index = {s.start: n for n, s in enumerate(sents)}
    own: dict[int, list[Mention]] = {id(c): [] for c in cands}
    borrowed: dict[int, list[list[Mention]]] = {id(c): [] for c in cands}
    with_cands = {_sentence_key(c) for c in cands}
    embedded: dict[int, str] = {}
    for n, sent in enumerate(sents):
        mentions = find_mentions(sent)
        if not mentions:
            continue
        here = [c for c in cands if _sentence_key(c) == sent.start]
        loose = []  # no event of the sentence tells them: the last sentences' may
        for m in mentions:
            owner = _owner(m, here)
            if owner is None or speakers_aside(owner, m):
                loose.append(m)
                continue
            own[id(owner)].append(m)
            embedded[id(m)] = is_embedded(m, owner)
        if not loose:
            continue
        mentions = loose
        before = [c for c in cands if index.get(_sentence_key(c), -1) < n and not is_reporting(head_token(c.trigger))]
        if not before or n - index.get(_sentence_key(before[-1]), -99) > FOLLOW_WINDOW:
            continue
        if any(index.get(k, -1) in range(index[_sentence_key(before[-1])] + 1, n) for k in with_cands):
            continue
        for c in _main_events(before, _how_many_events(sent)):
            borrowed[id(c)].append(mentions)
    for c in cands:
        try:
            mine, lent = _without_tallies(c, own[id(c)], borrowed[id(c)])
            protest = crowd_only(c.event)
            if c.event.event_type in ("Protests", "Riots"):  # "marched over the death of ..."
                mine = [m for m in mine if not grievance(m.trigger)]
            _apply_toll(ctx, c, prefer_direct(mine, embedded, protest), lent)
        except Exception as exc:  # keep the other events' counts
            ctx.warnings.append(f"time: counting failed at {c.trigger.text!r}: {exc!r}")
            continue
        found = weapon_count(c.sentence, head_token(c.trigger))
        if found is not None:
            c.weapon_count = found[0]


def _without_tallies(
    c: Candidate, own: list[Mention], borrowed: list[list[Mention]]
) -> tuple[list[Mention], list[list[Mention]]]:
    """A whole conflict's tally ('40,000 have been killed in the conflict') is no toll of
    the news: never lent to an earlier incident, and kept in its own sentence only by the
    mention it is about, which is then marked for assembly to leave out of the news."""
    root = head_token(c.trigger)
    mine = []
    for m in own:
        clause = None if m.cumulative else tally_clause(m.trigger)
        if clause is None:
            mine.append(m)
        elif root in subtree_tokens(clause):
            mine.append(m)
            c.tally = True
    lent = [[m for m in g if m.cumulative or tally_clause(m.trigger) is None] for g in borrowed]
    return mine, lent


def _apply_toll(ctx: Context, c: Candidate, own: list[Mention], borrowed: list[list[Mention]]) -> None:
    """Each kind from the event's own sentence, else from the sentences told right after it."""
    toll = combine(own)
    later = [combine(group) for group in borrowed]
    _mark_toll(ctx, c, own)
    fatalities, f_mention, unknown = toll.fatalities, toll.fatality_mention, toll.killed_unknown
    added: list[Mention] = []
    if fatalities is not None:
        fatalities, f_mention, added = _later_deaths(ctx, fatalities, f_mention, borrowed)
    if fatalities is None and not unknown:
        for t in later:
            if t.fatalities is not None and (fatalities is None or t.fatalities.best > fatalities.best):
                fatalities, f_mention = t.fatalities, t.fatality_mention
        if fatalities is None:
            unknown_t = next((t for t in later if t.killed_unknown), None)
            if unknown_t is not None:
                unknown, f_mention = True, unknown_t.fatality_mention
    injuries, i_mention = toll.injuries, toll.injury_mention
    if injuries is None:
        for t in later:
            if t.injuries is not None and (injuries is None or t.injuries.best > injuries.best):
                injuries, i_mention = t.injuries, t.injury_mention
    ev = c.event
    if fatalities is not None:
        _set_fatalities(ev, fatalities)
        ev.cite("fatalities", _mention_evidence(ctx, f_mention))
        for n, m in enumerate(added, 1):
            ev.cite(f"fatalities_added_{n}", _mention_evidence(ctx, m))
    elif unknown:
        ev.add_tag(TAG_UNKNOWN_KILLED)
        ev.cite("fatalities", _mention_evidence(ctx, f_mention))
    if injuries is not None:
        ev.injuries = injuries.best
        ev.cite("injuries", _mention_evidence(ctx, i_mention))
    c.fatalities_known = fatalities is not None
    c.fatalities_exact = bool(fatalities and fatalities.exact)


def _mark_toll(ctx: Context, c: Candidate, own: list[Mention]) -> None:
    """What assembly needs to know of the toll the event's own sentence told: whether it
    counts dead besides those told before ('two others were also killed'), and whether it
    sums the others ('a total of 12 were killed')."""
    deaths = [m for m in own if m.kind == DEATH and m.count is not None]
    c.toll_adds = _adding(ctx, [m for m in deaths if not later_tally(m.trigger)])
    c.toll_total = any(m.total or m.cumulative for m in deaths)


def _adding(ctx: Context, deaths: list[Mention], attackers: bool = False) -> bool:
    """The counts (not the totals) of these mentions all add dead to those told before
    (``attackers``: so do the attackers' dead, told after the victims')."""
    counts = [m for m in deaths if not (m.total or m.cumulative)]
    spans = [ctx.doc.char_span(m.start, m.end, alignment_mode="expand") for m in counts]
    return bool(counts) and all(
        s is not None and (adds_dead(s) or (attackers and attackers_dead(s))) for s in spans
    )


def _later_deaths(
    ctx: Context, own: Count, mention: Mention | None, borrowed: list[list[Mention]]
) -> tuple[Count, Mention | None, list[Mention]]:
    """The event's own toll with what the sentences right after it tell: a running toll
    above it ('the death toll rose to nine') replaces it, and dead they add ('two others
    died in hospital', 'a policeman was also killed') are added to it. Returns the toll,
    the mention of its best estimate and the mentions added."""
    best, added = own, []
    for group in borrowed:
        # (a tally of the war or of the year to date is background: 'the toll in the war
        # rose to 5,000', 'so far this year 35 others have been killed')
        deaths = [
            m for m in group
            if m.kind == DEATH and m.count is not None and not later_tally(m.trigger)
        ]
        adding = _adding(ctx, deaths, attackers=True)
        # a running toll ('the death toll rose to nine'), or a total told with the dead it
        # adds ('two others died, bringing the total to five'), is the whole toll
        running = [
            m for m in deaths
            if m.cumulative or (m.total and adding)
        ]
        top = max(running, key=lambda m: m.count.best, default=None)
        if top is not None:
            if top.count.best > best.best:
                c = top.count
                best, mention = Count(c.best, min(best.low, c.low), max(best.high, c.high), c.exact), top
            continue
        exact = [m.count for m in deaths if m.count.exact and not (m.cumulative or m.total)]
        if not best.exact and len(exact) == len(deaths) == 1 and best.low <= exact[0].best <= best.high:
            best, mention = exact[0], deaths[0]  # 'killed or wounded five ... four were killed'
            continue
        if adding and not any(m.cumulative or m.total for m in deaths) and all(m.count.exact for m in deaths):
            more = [m.count for m in deaths]  # not a vague 'many other soldiers have died'
            best = Count(
                best.best + sum(c.best for c in more),
                best.low + sum(c.low for c in more),
                best.high + sum(c.high for c in more),
                best.exact and all(c.exact for c in more),
            )
            added += deaths
    return best, mention, added


def _weight(count: Count | None) -> int:
    return -1 if count is None else count.best


def _set_fatalities(ev: Event, count: Count) -> None:
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = count.best, count.low, count.high


def _mention_evidence(ctx: Context, m: Mention | None) -> Evidence | None:
    return ctx.evidence_at(m.start, m.end) if m is not None else None


@component(
    "time",
    requires=("candidates", "published", "candidate.triggers"),
    assigns=(
        "event.event_date", "event.time_precision", "event.fatalities",
        "event.fatalities_low", "event.fatalities_high", "event.injuries",
        "candidate.time_ref", "candidate.date_range", "candidate.date_stated",
        "candidate.date_source", "candidate.weapon_count", "candidate.fatalities_known",
        "candidate.fatalities_exact", "candidate.tally", "candidate.toll_adds",
        "candidate.toll_total",
    ),
)
def time_component(settings: Settings):
    """Factory: the component needs no state beyond the word lists, loaded on first use."""

    def run(ctx: Context) -> None:
        date_candidates(ctx)
        casualty_candidates(ctx)

    return run
