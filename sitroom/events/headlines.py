"""A headline that sums up several incidents makes no record of its own.

"Bandit raids kill 23 across the northwest" over a body that tells a raid killing 15 in
one village and another killing 8 near a town: the headline's 23 is the sum, no incident's
toll, and its place is the region the incidents share. Merged into the first incident it
would give that one the others' dead and the region's place; kept apart it would be a
region-level record of an incident that never happened. A headline counting more dead than
any incident the body tells, where the body tells two or more with tolls of their own, is
such a summary (a vague one, "dozens", when its range holds their sum) and is left out,
as is a headline listing places ("deadly air strikes in Sagaing and Chin") over a body
that tells two or more incidents.
A headline that tells the lead incident (its toll is the lead's, or the body tells one
incident, or it names the place of one body incident: "Attack on a base in Djibo kills 25"
over 20 dead there and a separate attack elsewhere, an update of the lead's toll) merges
with it as before.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.components import Candidate
from sitroom.events.background import told_separately
from sitroom.events.incident import load_rules


def headline_end(doc: Doc) -> int | None:
    """The character where the text's first line ends, when that line is a headline: no
    closing full stop, and a body of its own after it."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    cut = text.find("\n", lead)
    if cut < 0 or not text[cut:].strip():
        return None
    line = text[lead:cut].rstrip()
    if not line or line[-1] in ".!?\"'”’":
        return None
    return cut


def in_headline(c: Candidate) -> bool:
    """The candidate is told in the report's headline."""
    end = headline_end(c.sentence.doc)
    return end is not None and c.sentence.start_char < end


def drop_summary_headline(cands: list[Candidate]) -> list[Candidate]:
    """The candidates without those of a headline that sums up the body's incidents."""
    news = [c for c in cands if c.event.status == "new" and c.event.record_kind == "event"]
    if not news:
        return cands
    end = headline_end(news[0].sentence.doc)
    if end is None:
        return cands
    head = [c for c in news if c.sentence.start_char < end]
    body = [c for c in news if c.sentence.start_char > end]
    if not head or not (_lists_places(head, body) or _sums_up(head, body)):
        return cands
    dropped = {id(c) for c in head}
    return [c for c in cands if id(c) not in dropped]


def _key(c: Candidate) -> tuple:
    """One incident per place, day and type: a lead and its update are one."""
    return (c.event.location, c.event.event_date, c.event.event_type)


def _incidents(body: list[Candidate]) -> list[tuple[tuple, int]]:
    """The body's incidents, each (key, highest toll): one per place, day and type, and
    another at that key for each mention told as a separate one ('In a separate attack on
    the same town, ...'), whose dead assembly adds to the day's toll there."""
    rules = load_rules()
    found: list[list] = []
    latest: dict[tuple, list] = {}
    for c in body:
        key = _key(c)
        if key not in latest or (c.parent is None and told_separately(c, rules)):
            latest[key] = [key, 0]
            found.append(latest[key])
        latest[key][1] = max(latest[key][1], c.event.fatalities)
    return [(key, toll) for key, toll in found]


def _lists_places(head: list[Candidate], body: list[Candidate]) -> bool:
    """The headline lists places ('air strikes in Sagaing and Chin') and the body tells two
    or more incidents: each has its own record, the headline's regions none."""
    return sum(1 for c in head if c.listed_places) > 1 and len({_key(c) for c in body}) > 1


def _sums_up(head: list[Candidate], body: list[Candidate]) -> bool:
    """The headline counts the dead of two or more of the body's incidents."""
    if _names_one(head, body):
        return False
    tolls = [toll for _key, toll in _incidents(body) if toll]
    if len(tolls) < 2:
        return False
    best, low, high = _headline_toll(head)
    if best <= 0:
        return False
    total = sum(tolls)
    if low < high:  # 'dozens dead': a range that holds their sum
        return low <= total <= high and max(tolls) < high
    return best > max(tolls)


def _names_one(head: list[Candidate], body: list[Candidate]) -> bool:
    """The headline's own words name one place, and of the body's incidents only those at
    that place ('in Djibo' over the Djibo attack and another in Arbinda): it tells that
    incident, not a sum. A place the headline only took from the body, a list of places
    ('in Sagaing and Magway'), or a place where the body tells two incidents (a raid on
    the town's market and a separate attack on its checkpoint) names none."""
    if any(c.listed_places for c in head):
        return False
    own = set()
    for c in head:
        said = c.event.evidence.get("location")
        if said is not None and c.event.location and said.end <= c.sentence.end_char:
            own.add(c.event.location)
    places = {c.event.location for c in body if c.event.location}
    there = [key for key, _toll in _incidents(body) if key[0] in own]
    return len(own) == 1 and len(places) > 1 and bool(own & places) and len(there) == 1


def _headline_toll(head: list[Candidate]) -> tuple[int, int, int]:
    """(best, low, high) of the headline's dead; a toll the headline's list of places
    shared out ('kill 19 in A and B') is summed back."""
    shared = [c for c in head if c.listed_places]
    if len(shared) > 1:
        total = sum(c.event.fatalities for c in shared)
        return total, total, total
    top = max(head, key=lambda c: c.event.fatalities)
    ev = top.event
    return ev.fatalities, ev.fatalities_low or ev.fatalities, max(ev.fatalities_high, ev.fatalities)
