"""`chain_parts.stretches`: the chains that read the names given to `mentions_from_spans`
are found by reading only the stretches of text that hold them (`find_links` ``within``):
the same links at those names, in the same order, with the same containers and anchors, as
when the whole text is read; on sentences written for these tests and random texts of names,
kind words, brackets and sentence ends."""

from __future__ import annotations

import random

import pytest

from sitroom.geo import mentions as mentions_module
from sitroom.geo.chain_parts import stretches as _stretches
from sitroom.geo.chains import find_links
from sitroom.geo.mentions import mentions_from_spans, sentence_ends
from tests.geo.helpers import link_fields, random_texts

SENTENCES = [
    ("Gunmen abducted two farmers in Kolwa (Gwoza LGA, Borno) on Monday. Police came to Gwoza.",
     ["Kolwa", "Gwoza", "Borno"]),
    ("Residents fled. Troops raided Kolwa, Gwoza LGA, Borno! Then Mellit, Darfur, was quiet.",
     ["Kolwa", "Borno", "Mellit"]),
    ("Shelling hit Shinwar (Ghani Kh. area) district. Darfur, Sudan. The Darfur town of Mellit.",
     ["Shinwar", "Sudan", "Mellit"]),
    ("St. Kolwa lies in Newtown district. Fighting in Tal Tamer city in Hasakah. Kalba and Dorr.",
     ["St. Kolwa", "Tal Tamer", "Kalba"]),
    ("Clashes erupted between Nawa and Sheikh Maskin. West of Daraa? Yes, in Daraa, Syria.",
     ["Nawa", "Daraa", "Syria"]),
]
PIECES = ["Kolwa", "Gwoza", "Borno", "Newtown", "Lara", "Sirwah", "St.", "district", "District",
          "state", "LGA", "province", "town of", "village", "in", "of the", "near", "between",
          "(Alt)", "(Ghani Khel)", "(Alt. Name)", ",", ".", ". ", "! ", "? ", "'s", ":", ";",
          "and", "from", "to", "road", "police", "\n", " ", "-", "(", ")", "the"]


def _spans(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Some of the text's capitalized words (and pairs of them), as a tagger might give."""
    words = [(i, i + len(w)) for i, w in _words(text) if w[:1].isupper()]
    picked = [w for w in words if rng.random() < 0.4]
    return sorted({*picked, *((a[0], b[1]) for a, b in zip(picked, picked[1:], strict=False) if rng.random() < 0.2)})


def _words(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for w in text.split(" "):
        out.append((at, w))
        at += len(w) + 1
    return out


def stretches(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`chain_parts.stretches` at the sentence ends `mentions_from_spans` reads."""
    return _stretches(text, spans, [(at, end) for at, end in sentence_ends(text) if text[at] != "\n"])


def _given(text: str, spans: list[tuple[int, int]], within) -> list:
    """The links at the given names, in order (the only ones `merge` reads without ``make``)."""
    given = set(spans)
    return [link_fields(lk) for lk in find_links(text, lambda _: True, spans, within=within)
            if (lk.start, lk.end) in given]


def _cases(seed: int) -> list[tuple[str, list[tuple[int, int]]]]:
    rng = random.Random(seed)
    cases = [(t, sorted((t.index(n), t.index(n) + len(n)) for n in names)) for t, names in SENTENCES]
    return cases + [(t, _spans(t, rng)) for t in random_texts(PIECES, seed, n=300, most_pieces=30)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_stretches_that_hold_the_names_give_their_links(seed):
    cases = _cases(seed)
    read = [_given(t, s, stretches(t, s)) for t, s in cases]
    assert read == [_given(t, s, None) for t, s in cases]
    assert sum(map(len, read)) > 50  # (chains are read)


def test_a_sentence_end_inside_a_bracket_or_a_name_cuts_no_stretch():
    text = ("Troops entered Shinwar (Ghani Kh. area) district. Calm returned to the valley"
            " after the talks. St. Kolwa lies in Newtown.")
    kolwa = text.index("St. Kolwa")
    # (no cut after "Kh." nor after "district.", a bracket opened just before them; none
    # inside "St. Kolwa")
    assert stretches(text, [(15, 22)]) == [(0, kolwa)]
    assert stretches(text, [(kolwa, kolwa + 9)]) == [(kolwa, len(text) + 1)]
    assert stretches(text, [(15, 22), (kolwa, kolwa + 9)]) == [(0, len(text) + 1)]


def _mentions(text: str, spans: list[tuple[int, int]]) -> list[tuple]:
    ms = mentions_from_spans(text, spans)
    at = {id(m): i for i, m in enumerate(ms)}
    return [(m.span, m.kind, m.listed, m.comma, at.get(id(m.container)), at.get(id(m.near))) for m in ms]


def test_mentions_from_spans_read_as_from_the_whole_text(monkeypatch):
    cases = _cases(4)
    fast = [_mentions(t, s) for t, s in cases]
    monkeypatch.setattr(mentions_module, "stretches", lambda text, spans, stops: None)
    assert [_mentions(t, s) for t, s in cases] == fast
