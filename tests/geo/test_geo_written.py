"""A name's exact readings are kept per name (`sitroom.geo.written`): asked again, they are
what the own-name rule and the other forms give afresh, the very rows asked, and a reading
made for the answer (an abbreviation's, another name's place) is made afresh again."""

from __future__ import annotations

import pytest

from sitroom.geo import forms
from sitroom.geo.exact import own_names_first
from sitroom.geo.normalize import split_generic
from sitroom.geo.written import exact_readings


def _afresh(text, written, local, gaz):
    hits = own_names_first(text, written, local)
    name = split_generic(text)[0]
    if not hits and name != text:
        hits = list(gaz.lookup(name))
    return name, forms.other_forms(text, name, hits, gaz)


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("Springfield", frozenset()),
        ("Springfield", frozenset({"US"})),
        ("Bethlehem", frozenset({"PS"})),
        ("Zummar district", frozenset({"IQ"})),
        ("Ceylon", frozenset()),
        ("N.J.", frozenset()),
        ("Tarnvale Township", frozenset()),
        ("el Mina", frozenset({"LB"})),
    ],
)
def test_readings_asked_again_are_those_made_afresh(gaz, text, local):
    written = forms.as_written(text, gaz)
    first = exact_readings(text, written, local, gaz)
    again = exact_readings(text, list(written), local, gaz)
    assert first == again == _afresh(text, written, local, gaz)
    rows = {id(h) for h in (*written, *gaz.lookup(first[0]))}
    for one, two in zip(first[1], again[1], strict=True):
        # a row asked is handed back itself; a reading made for the answer, made again
        assert (one is two) == (id(one) in rows)
