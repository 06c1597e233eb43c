"""`chains._name_starts`: after a name followed by neither a space, a bracket nor a comma
no kind word, bracket or comma is looked for, and the chains read the same as when every
pattern is tried after every name (`_LEADS` None); on sentences written for these tests
and random texts of names, kind words and punctuation."""

from __future__ import annotations

import pytest

from sitroom.geo import chains
from sitroom.geo.chains import find_links
from sitroom.lang import PackValue
from tests.geo.helpers import link_fields, random_texts

SENTENCES = [
    "Gunmen abducted two farmers in Kolwa (Gwoza LGA, Borno) on Monday.",
    "Troops raided Kolwa, Gwoza LGA, Borno, Nigerian police said.",
    "On 2 May, Carora, Lara state, drivers blocked the road near Siquisique.",
    "Shelling hit Shinwar (Ghani Khel) district and the Darfur town of Mellit.",
    "Fighting in Tal Tamer city in Hasakah; Kalba and Dorr in Sirwah district.",
    "The Sagaing region's Kani township. Newtown's market, Oldport: quiet.",
    "Clashes erupted between Nawa and Sheikh Maskin, west of Daraa.",
    "",
]
PIECES = ["Kolwa", "Gwoza", "Borno", "Newtown", "Lara", "Sirwah", "district", "District",
          "state", "LGA", "province", "town of", "village", "in", "of the", "near", "at",
          "(Alt)", "(Ghani Khel)", ",", ".", "'s", ":", ";", "and", "on Monday", "police",
          "\n", " ", "\u00a0", "-", "/", "(", ")", "the"]


def _links(text: str, spans: list[tuple[int, int]]) -> list:
    return [link_fields(lk) for lk in find_links(text, lambda _: True, spans)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_chains_read_the_same_as_when_every_pattern_is_tried(seed, monkeypatch):
    texts = [*SENTENCES, *random_texts(PIECES, seed, n=400, most_pieces=18)]
    spans = [[(i, i + 5) for i in range(0, max(0, len(t) - 5), 7)] for t in texts]
    assert chains._LEADS.value() == "(,"  # (the English pack's patterns open so)
    fast = [_links(t, s) for t, s in zip(texts, spans, strict=True)]
    monkeypatch.setattr(chains, "_LEADS", PackValue(lambda _: None))
    assert [_links(t, s) for t, s in zip(texts, spans, strict=True)] == fast
    assert sum(map(len, fast)) > 100  # (chains are read)


def test_a_name_before_a_full_stop_is_still_cued():
    text = "Mortars fell in Kolwa. Police came."
    assert any(text[lk.start : lk.end] == "Kolwa" for lk in chains._name_starts(text, lambda _: True))
