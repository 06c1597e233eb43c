"""`sitroom.lang.literal`: a pattern searched only where its literal words let a match start."""

import re

import pytest

from sitroom.lang.literal import Guarded, required_literal


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
