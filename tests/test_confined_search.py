"""`sitroom.lang.confined`: a pattern searched only in the stretches of text that can hold
a match gives what a plain search gives."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.geo.chain_roads import _BETWEEN, _ROAD
from sitroom.geo.chains import _IN, _overlapping
from sitroom.lang.confined import Confined

CHAIN = r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:in|of|inside)\s+(?:the\s+)?(?P<b>[A-Z][a-z]+)"

TEXTS = [
    "Gunmen attacked Lowmoor in Eastreach on Monday, and later Kelso of the Brack region.",
    "Troops in the north moved, officials in Westfield said; Redcliff in Quarry was calm.",
    "Shelling hit Dunmere, in Ashgrove. Millbrook inside Stonebridge held (Fernhill in Oakridge).",
    "the villagers of Harrow in, Tamsin of\nBrook and Lee in Vale",
    "No capitals in sight, nothing of note inside here.",
    "Ostrava-Nord in Moravia–Silesia / Brno of Jihomoravsky",
    "",
]


def _spans(found) -> list:
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("text", TEXTS)
def test_finditer_and_search_agree_with_the_plain_pattern(text):
    pattern = re.compile(CHAIN)
    confined = Confined(pattern)
    assert confined.word is not None and confined.before and confined.after
    assert _spans(confined.finditer(text)) == _spans(pattern.finditer(text))
    for pos in range(len(text) + 1):
        assert _spans([confined.search(text, pos)] if confined.search(text, pos) else []) == _spans(
            [pattern.search(text, pos)] if pattern.search(text, pos) else []
        )


class _Counted:
    """A pattern that counts the searches asked of it."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.asked = pattern, []

    def search(self, text, *args):
        self.asked.append(args)
        return self.pattern.search(text, *args)


def test_a_stretch_without_the_word_or_its_capitals_is_not_searched():
    confined = Confined(re.compile(CHAIN))
    assert confined.stops.search(",") and confined.stops.search("-") and not confined.stops.search(" ")
    assert not Confined(_ROAD.value()).stops.search("-")  # the road pattern writes it
    confined.pattern = counted = _Counted(re.compile(CHAIN))
    text = "lowmoor in eastreach, Kelso said. Troops of the army left, and Brack in Vale stayed."
    assert confined.search(text).group("a", "b") == ("Brack", "Vale")
    assert counted.asked == [(text.index(", and Brack") + 1, len(text) - 1)]  # that stretch alone


@pytest.mark.parametrize("pattern", [r"\b[A-Z]\w+ in [A-Z]\w+$", r"(?P<a>[A-Z].+) in (?P<b>[A-Z]\w+)", r"[^,]+ in \w+"])
def test_a_pattern_that_reads_the_end_or_any_character_is_searched_as_it_is(pattern):
    confined = Confined(re.compile(pattern))
    assert confined.word is None
    text = "Lowmoor in Eastreach, Kelso in Brack"
    assert _spans(confined.finditer(text)) == _spans(re.finditer(pattern, text))


def test_the_chain_patterns_agree_with_a_plain_search():
    text = " ".join(TEXTS) + " Fighting between Lowmoor and Kelso closed the Dunmere - Ashgrove road."
    for pattern in (_IN.value(), _ROAD.value(), _BETWEEN.value()):
        confined = Confined(pattern)
        assert confined.word is not None
        assert _spans(confined.finditer(text)) == _spans(pattern.finditer(text))
    assert _spans(_overlapping(Confined(_IN.value()), text)) == _spans(_overlapping(_IN.value(), text))
    assert _overlapping(Confined(_IN.value()), text)


_PIECES = ["Lowmoor", "Kelso Vale", "in", "of", "inside", "the", "village", "district", ",", ".", "-",
           "(", ")", "and", "al-Brook", "’s", "\n", "  ", "Road", "road", "between", "/"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24), st.lists(st.sampled_from(["", " "]), min_size=24, max_size=24))
def test_random_texts_agree(pieces, gaps):
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    for pattern in (re.compile(CHAIN), _IN.value(), _ROAD.value(), _BETWEEN.value()):
        confined = Confined(pattern)
        assert _spans(confined.finditer(text)) == _spans(pattern.finditer(text))
    assert _spans(_overlapping(Confined(_IN.value()), text)) == _spans(_overlapping(_IN.value(), text))
