"""The day a statement was made, as the only date of the deed it tells.

"The group said on Tuesday that its fighters had taken the base": the date hangs on the
saying verb; the deed happened by then, on a day the report does not tell. The time stage
keeps such a date as unstated (source ``saying``, like publication's): the week up to the
saying day, which a day told elsewhere for the deed replaces.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from spacy.tokens import Span, Token

from sitroom.nlp import head_token
from sitroom.time.dating import Found, said_on, sayings_day


def said_week(f: Found, trigger: Token | Span) -> Found | None:
    """The week up to the saying day, where ``f`` is a date on the saying verb right before
    it and the trigger is the deed said (not the saying itself); else None."""
    gov, ref = f.governor, f.ref
    if said_on(f):
        if gov.i == head_token(trigger).i:
            return None  # the saying itself is the event
    elif not sayings_day(f):
        return None  # ("said on Tuesday it had seized": the parse may hang it on the deed)
    if ref.precision != 1 or ref.kind != "point":
        return None
    return Found(f.span, replace(ref, precision=2, start=ref.date - timedelta(days=6)), gov)
