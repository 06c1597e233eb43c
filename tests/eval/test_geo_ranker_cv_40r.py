"""The quick held-out figure of the candidate ranker (`geo_ranker_cv.quick_figures`):
article folds that hold notes out as well, counted without resolving; made-up examples."""

from __future__ import annotations

from sitroom.eval.geo_ranker_cv import quick_figures
from sitroom.geo.ranker import FEATURES


def _row(first: float, second: float) -> list[float]:
    return [first, second] + [0.0] * (len(FEATURES) - 2)


def _examples(flip_every: int = 0) -> list:
    """Mentions of two candidates each: the right one has the larger first feature (the
    second one is noise); every ``flip_every``-th mention has it the other way round."""
    out, group = [], 0
    for corpus, name in (("lgl", "lgl.xml"), ("ACLED", "ACLED")):
        for position in range(1, 61):
            group += 1
            key = (name, position) if corpus != "ACLED" else ("ACLED", group)
            good, bad = (0.0, 1.0) if flip_every and group % flip_every == 0 else (1.0, 0.0)
            noise = float(position % 3)
            out += [(_row(good, noise), 1, group, corpus, key), (_row(bad, 2.0 - noise), 0, group, corpus, key)]
    return out


def test_every_mention_of_both_kinds_is_counted_once_held_out():
    figures = quick_figures(_examples(), c=1.0, k=4)
    assert figures == {"geoparsing": (0, 60), "ACLED": (0, 60)}


def test_mentions_against_the_pattern_stay_wrong_when_held_out():
    # a mention the folds fit on would be memorised in part; held out, the flipped ones
    # (every tenth, six of each kind) are ranked by the pattern the others teach
    figures = quick_figures(_examples(flip_every=10), c=1.0, k=4)
    assert figures == {"geoparsing": (6, 60), "ACLED": (6, 60)}
