"""A war's age is its background, not an event: 'a group that has fought the government for
nearly two decades', 'have battled the army since 2012' tell how long a conflict has lasted.
Dated by that span, such a mention made a record of a clash years back; it makes none
(used by `sitroom.finalize.component` after `assemble`)."""

from __future__ import annotations

from sitroom.components import Candidate

#: The kinds of a time reference that tell a span up to the report ('since', 'for').
_SPAN_KINDS = ("since", "duration")
#: A span this long (days) is a conflict's age, not an incident's ('for three days' is one).
_WAR_AGE_DAYS = 365


def drop_war_ages(cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the records a conflict's age alone dates."""
    return [c for c in cands if not _war_age(c)]


def _war_age(c: Candidate) -> bool:
    """A background record dated by a span of a year or more up to the report, with no
    dead of its own."""
    ref = c.time_ref
    if c.event.status != "background" or ref is None or ref.kind not in _SPAN_KINDS:
        return False
    return (ref.end - ref.start).days >= _WAR_AGE_DAYS and not c.event.fatalities
