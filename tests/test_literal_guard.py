"""`sitroom.lang.literal`: a pattern searched only where its literal words let a match start."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.lang.literal import Guarded, LastWords, first_class, required_literal


def test_the_longest_top_level_run_and_where_it_starts():
    assert required_literal(r"\b[Ff]ire [Cc]hief\b") == ("ire ", (1, 1))


def test_an_alternation_before_the_run_gives_a_range_of_starts():
    assert required_literal(r"\b(?:Town|Parish) Hall\b") == (" Hall", (4, 6))


def test_a_case_blind_pattern_has_no_run():
    assert required_literal(r"(?i)harbour master") == ("", None)


def test_a_run_after_an_unbounded_part_is_found_but_not_placed():
    assert required_literal(r"\w+ Street") == (" Street", None)


def test_a_text_without_the_run_is_not_scanned():
    assert not Guarded(r"\bCoast Guard\b").found("the coastguard station was shut on Monday")


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Harbour Police said the ferry was searched.",
        "The HarbourPolice unit",  # the run is there, the word boundary is not
        "A Harbour Police boat, then another Harbour Police boat.",
        "Harbour Police",
        "",
    ],
)
def test_found_agrees_with_a_plain_search(text):
    pattern = r"\b(?:Harbour|River) Police\b"
    assert Guarded(pattern).found(text) == (re.search(pattern, text) is not None)


def test_a_boundary_before_the_start_is_read_from_the_text():
    # the match would start right after a letter: no word boundary there
    assert not Guarded(r"\bFire Department").found("WildFire Department notes")
    assert Guarded(r"\bFire Department").found("Wild Fire Department notes")


def test_the_first_class_of_an_alternation_after_a_boundary():
    first = first_class(r"\b(?:RPG|IED)\b")
    assert first.match("R") and first.match("I") and not first.match("P")


def test_a_pattern_that_may_match_nothing_has_no_first_class():
    assert first_class(r"(?:km)?") is None


def test_a_negated_class_gives_no_first_class():
    assert first_class(r"[^a-z]+ Road") is None


@pytest.mark.parametrize(
    "text",
    [
        "Fighters held 12 Ridge Rd. for a day.",
        "Fighters held Ridge Rd. for a day.",
        "a123 Ridge Rd. is no address",
        "Call 7 Hill Lane Rd. then 45 Main St.",
        "",
    ],
)
def test_a_search_by_the_first_class_agrees_with_a_plain_search(text):
    pattern = r"\b\d{1,4} (?:[A-Z][a-z]+ ){1,2}(?:Rd|St)\."
    guarded = Guarded(pattern)
    assert guarded.first is not None  # (its one literal, a space, is everywhere)
    assert guarded.found(text) == (re.search(pattern, text) is not None)


SHAPES = [
    r"\bBase\b",
    r"\b[Bb]ase [Cc]amp\b",
    r"\b(?:Base|Camp) Road\b",
    r"\b\d{1,3} [A-Z][a-z]+ Rd\.",
    r"\b(?:RPG|IED)s?\b",
    r"(?<![\w-])Camp-?\d",
    r"£ ?\d",
]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="BaseCmpRodIEG 1.-£\n", max_size=60), st.sampled_from(SHAPES))
def test_every_way_of_searching_agrees_with_a_plain_search(text, pattern):
    assert Guarded(pattern).found(text) == (re.search(pattern, text) is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="BaseCmpRodIEG 1.-£\n", max_size=60), st.sampled_from(SHAPES))
def test_every_match_is_found_where_finditer_finds_it(text, pattern):
    assert Guarded(pattern).spans(text) == [m.span() for m in re.finditer(pattern, text)]


def test_a_masthead_like_name_is_found_each_time():
    pattern = r"(?<![\w.])(?:[A-Z][\w'.-]*\s+){1,3}(?:Gazette|Courier)\b"
    text = "The Lakeside Gazette said; the Hill Courier and The Lakeside Gazette agreed."
    assert Guarded(pattern).spans(text) == [m.span() for m in re.finditer(pattern, text)]
    assert len(Guarded(pattern).spans(text)) == 3


CUE_ITEMS = ["in", "near", "towards?", r"hamlets?\s+of", "shelled"]


def _cue(items: list[str], tail: str = r"\s+(?:the\s+)?)$") -> LastWords:
    built = "|".join(f"(?:{item})" for item in items)
    return LastWords(re.compile(rf"(?i:\b(?:{built}){tail}"), items)


def test_a_window_ending_in_no_cue_word_is_not_searched():
    cue = _cue(CUE_ITEMS)
    assert cue.ends == ("in", "near", "of", "shelled", "toward", "towards")
    assert cue.found("the convoy was stopped near ")
    assert cue.found("fighters shelled THE ")
    assert cue.found("the HAMLETS  OF\nthe\n")
    assert not cue.found("the governor said ")


def test_a_pattern_of_another_shape_is_searched_in_every_window():
    assert _cue(CUE_ITEMS, r"\s+(?:the\s+|a\s+)?)$").ends is None
    assert _cue([*CUE_ITEMS, r"(?:by|via)"]).ends is None  # an item it cannot read


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["in", "near", "towards", "hamlet", "hamlets", "of", "the", "The",
                                 "shelled", "within", "said", "x", " ", "  ", "\n", "\t", "ſ", "K"]),
                max_size=8))
def test_a_cue_window_is_found_as_a_plain_search_finds_it(parts):
    window = "".join(parts)
    cue = _cue(CUE_ITEMS)
    assert cue.found(window) == (cue.pattern.search(window) is not None)
