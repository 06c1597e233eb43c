"""`parens.other_parens`, tried at each bracket only, finds what the bracket pattern's
plain scan finds."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.geo.parens import _OTHER_PAREN, blank_other_names, other_parens

TEXTS = [
    "Shelling hit Lowmoor (Low Moor) village of Eastreach district on Monday.",
    "Kelso  (also Kelsow)\tand Brack ((twice)) then Dunmere (a, b) and Vale (c).",
    "(Opening bracket) at the start, and one at the end (",
    "Redcliff\u00a0(Red Cliff), Ashgrove’ (Ash Grove), U.S.(United States), al-(Qaim)",
    "No bracket at all.",
    "",
]


def _plain(text: str) -> list:
    return [(m.span(), m.group(1)) for m in _OTHER_PAREN.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_brackets_as_the_plain_scan(text):
    assert [(m.span(), m.group(1)) for m in other_parens(text)] == _plain(text)


def test_a_text_without_brackets_is_returned_as_it_is():
    assert blank_other_names(TEXTS[4]) is TEXTS[4]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,-’(); \n\t\u00a0X", max_size=40))
def test_random_texts(text):
    assert [(m.span(), m.group(1)) for m in other_parens(text)] == _plain(text)
