"""`sitroom.lang.literal`: a pattern searched only where its literal words let a match start."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.lang import PackPattern
from sitroom.lang.literal import Guarded, LastWords, end_words, first_class, required_literal


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


def _ends(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    return end_words(re.compile(pattern, flags))


def test_the_words_a_pattern_anchored_at_the_end_can_end_with():
    pattern = r"(?i:\b(?:close\s+to|near|(?:north|south)(?:ern)?\s+of))\s+(?:the\s+)?$"
    assert _ends(pattern) == ("near", "of", "the", "to")


def test_an_ending_that_holds_a_shorter_one_is_left_out():
    # "air base" may be written "airbase": both end with "base"
    assert _ends(r"\bair\s*base\s+(?:near\s+)?$") == ("base", "near")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bnear\s+", 0),  # not anchored at the end
        (r"[A-Z]\w*\s+$", 0),  # ends in a class
        (r"(?:near\s+)?$", 0),  # may match nothing
        (r"\bnear\s+$", re.MULTILINE),  # '$' before any line break
        (r"(?:near\s+$|far)", 0),  # the anchor in one branch only
        (r"\bpr\u00e8\s+$", 0),  # ends in a letter a case-blind search may read otherwise
    ],
)
def test_a_pattern_whose_endings_cannot_be_told_has_none(pattern, flags):
    assert _ends(pattern, flags) is None


def test_a_verbose_pattern_is_read_as_compiled():
    assert _ends(r"near \s+ (?:the \s+)? $", re.VERBOSE) == ("near", "the")


END_SHAPES = [
    r"(?i:\b(?:close\s+to|near|(?:north|south)(?:ern)?\s+of))\s+(?:the\s+)?$",
    r"\b\d+\s*km\s+(?:north|south)\s+of\s+(?:the\s+)?(?:town\s+of\s+)?$",
    r"(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?$",
    r"\bair\s*base\s+(?:near\s+)?\Z",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["near", "NEAR", "close", "to", "north", "Southern", "of", "the",
                              "5", "km", "town", "and", "or", ",", "air", "base", "airbase",
                              " ", "  ", "\n", "\t", "x", "ſ", "K", "é"]), max_size=9),
    st.sampled_from(END_SHAPES),
)
def test_a_pack_pattern_anchored_at_the_end_finds_what_a_plain_search_finds(parts, pattern):
    window = "".join(parts)
    compiled = re.compile(pattern)
    found, plain = PackPattern(lambda _: compiled).search(window), compiled.search(window)
    assert (found and found.span()) == (plain and plain.span())


def test_a_window_that_ends_otherwise_is_not_searched():
    pattern = PackPattern(lambda _: re.compile(r"\bnear\s+(?:the\s+)?$"))
    assert pattern.search("the convoy halted near the ") is not None
    assert pattern.search("the convoy halted near the checkpoint ") is None
    assert pattern.search("NEAR  \n") is None  # case counts: the pattern is not case-blind


def test_a_case_blind_pattern_reads_a_window_in_capitals():
    pattern = PackPattern(lambda _: re.compile(r"(?i:\bnear\s+(?:the\s+)?)$"))
    assert pattern.search("FIGHTING NEAR THE ") is not None


def test_the_words_of_an_alternation_every_match_holds():
    from sitroom.lang.literal import required_words

    assert required_words(r"\b\d{1,4} (?:[A-Z][a-z]+ ){1,2}(?:Rd|St|Ave)\.") == ("Rd.", "St.", "Ave.")
    assert required_words(r"\b(?:Road|Rd)\.") == ("Road.", "Rd.")  # (the parse shares the "R")
    assert required_words(r"\b(?:DUI|DWI)\b") == ("DUI", "DWI")
    assert required_words(r"\b(?:km|)\b") == () and required_words(r"\d+ (?:km|[mM]iles)") == ()


def test_the_rest_past_the_opening_assertions_is_searched_when_the_engine_skips_to_it():
    from sitroom.lang.literal import core_pattern

    assert core_pattern(r"\b0\d{3,4}[ -]\d{5,6}\b").pattern is None  # (compiled from its parse)
    assert core_pattern(r"\b0\d{3,4}[ -]\d{5,6}\b").match("01632 960001")
    assert core_pattern(r"\b\d{1,4} Rd\.") is None  # a repeat first: no skipping ahead
    assert core_pattern(r"0\d{3}") is None  # nothing opens it: the pattern as it is


CORE_SHAPES = [
    r"\b(?:DUI|DWI|OVI)\b",
    r"\b0\d{2,3}[ -]\d{2,3}\b",
    r"\b\d{1,3} (?:[A-Z][a-z]+ ){1,2}(?:St|Rd|Dr)\.",
    r"\b(?:Road|Rd)\.",
    r"(?<![\w-])(?:DUI|OVI)s?",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="DUIWOVStRdroa0123 .-\n", max_size=60), st.sampled_from(CORE_SHAPES))
def test_a_search_by_words_and_by_the_rest_agrees_with_a_plain_search(text, pattern):
    assert Guarded(pattern).found(text) == (re.search(pattern, text) is not None)
    assert Guarded(pattern).spans(text) == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Deputies charged the driver with DUI after the crash.",
        "A DUIs list; ODUI and DUIX are no words; OVI.",
        "Call 0123 456 or 012-3456 now; 10123 456 is not it.",
        "She lives at 12 Elm St. and works at 7 Dr. Lane Rd. today.",
        "Elm St. and Rd. with no number; 1234 Elm St.",
        "",
    ],
)
def test_the_new_paths_agree_with_a_plain_search_on_sentences(text):
    for pattern in CORE_SHAPES:
        assert Guarded(pattern).found(text) == (re.search(pattern, text) is not None)
        assert Guarded(pattern).spans(text) == [m.span() for m in re.finditer(pattern, text)]
