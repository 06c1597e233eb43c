"""The gap patterns between two place names read any gap in linear time: a sentence can hold
a run of thousands of spaces or line breaks between two names (a pasted table, a scraped
page), and two whitespace repeats side by side ('\\s*,?\\s*') made the regex engine try every
split of the run: quadratic, minutes on a long gap."""

from __future__ import annotations

import signal
import time

import pytest

from sitroom.geo.chains import LIST_GAP
from sitroom.geo.mentions import NEAR


def _within(seconds: float, call):
    """``call()``, failing the test (not hanging it) when it runs past ``seconds``."""

    def stop(*_):
        raise TimeoutError(f"still running after {seconds} s: backtracking")

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        began = time.perf_counter()
        result = call()
        return result, time.perf_counter() - began
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("pattern", [LIST_GAP, NEAR], ids=["list_conjunction", "near"])
@pytest.mark.parametrize("run", [" ", "\n", " \t", " ,"])
def test_a_long_whitespace_gap_is_read_in_linear_time(pattern, run):
    gap = run * (40_000 // len(run))
    found, seconds = _within(3.0, lambda: pattern.match(gap))
    assert found is None and seconds < 3.0


@pytest.mark.parametrize(
    ("gap", "conj"),
    [(" and ", True), (", and the ", True), (" or ", True), (", ", True), (" ,  or ", True),
     (" in ", False), ("and ", False), (",and ", False), (", x ", False)],
)
def test_the_list_conjunction_still_reads_its_gaps(gap, conj):
    assert bool(LIST_GAP.match(gap)) is conj


@pytest.mark.parametrize(
    ("gap", "rel"),
    [(" 20 km north of ", "north"), (", near ", "near"), (" , some 5 miles outside the town of ", "outside"),
     ("  on the outskirts of ", "on"), (" in ", None), (",, near ", None)],
)
def test_near_still_reads_its_gaps(gap, rel):
    m = NEAR.match(gap)
    assert (m["rel"].split()[0] if m else None) == rel
