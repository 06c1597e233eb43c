"""Sentences of `mentions_from_spans` (gold spans, no parse): a stop and spaces before a
capital or a quote ends one, as do line breaks; the one-class form of the pattern reads
the very same ends as the two-branch form it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.geo.mentions import _SENT_END, mentions_from_spans

TWO_BRANCHES = re.compile(r"[.!?]\s+(?=[A-Z\"'“])|\n+")


def _sentences(text: str, *names: str) -> list[int]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [m.sentence for m in mentions_from_spans(text, spans)]


def test_a_stop_before_a_capital_starts_a_sentence():
    text = "Shelling hit Kramatorsk. Residents fled to Sloviansk on foot."
    assert _sentences(text, "Kramatorsk", "Sloviansk") == [0, 1]


def test_a_stop_before_a_small_letter_does_not():
    text = "Troops left Goma at 5 p.m. and reached Sake by night."
    assert _sentences(text, "Goma", "Sake") == [0, 0]


def test_line_breaks_end_a_sentence_whatever_follows():
    text = "Clashes in Kidal\n\nlater spread toward Tessalit"
    assert _sentences(text, "Kidal", "Tessalit") == [0, 1]


def test_a_question_mark_before_a_quote_ends_one():
    text = "Who shelled Kherson? \"Nobody knows,\" a resident of Beryslav said."
    assert _sentences(text, "Kherson", "Beryslav") == [0, 1]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\n \tAbz\"'“", max_size=40))
def test_the_one_class_form_reads_the_ends_the_two_branch_form_read(text):
    assert [m.span() for m in _SENT_END.finditer(text)] == [
        m.span() for m in TWO_BRANCHES.finditer(text)
    ]
