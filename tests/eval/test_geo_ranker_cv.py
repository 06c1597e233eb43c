"""Held-out folds of the candidate ranker (`sitroom.eval.geo_ranker_cv`): no article's
examples are both fitted on and held out, and a fold's weights rank only inside its block;
on made-up examples."""

from __future__ import annotations

import sitroom.geo.ranker as ranking
from sitroom.eval.geo_ranker_cv import article_fold, folds, patched_ranker


def _examples():
    out = []
    group = 0
    for corpus, name in (("lgl", "lgl.xml"), ("GWN", "GWN.xml"), ("ACLED", "ACLED")):
        for position in range(1, 40, 2):
            for _ in range(2):  # two toponyms per article
                group += 1
                key = (name, position) if corpus != "ACLED" else ("ACLED", group)
                out += [([1.0, 0.0], 1, group, corpus, key), ([0.0, 1.0], 0, group, corpus, key)]
    return out


def test_every_article_is_held_out_once_and_never_fitted_on_then():
    ex = _examples()
    held_count: dict = {}
    for _, train, test, keep in folds(ex, "articles", k=4):
        fitted = {e[4] for e in train}
        held = {e[4] for e in test}
        assert not fitted & held
        assert all(keep(*a) for a in held) and not any(keep(*a) for a in fitted if a[0] != "ACLED")
        assert all(e[3] != "ACLED" for e in test)  # notes are always fitted on
        for key in held:
            held_count[key] = held_count.get(key, 0) + 1
    articles = {e[4] for e in ex if e[3] != "ACLED"}
    assert set(held_count) == articles and set(held_count.values()) == {1}


def test_an_article_keeps_its_fold_from_run_to_run():
    assert article_fold(("lgl.xml", 17), 5) == article_fold(("lgl.xml", 17), 5)
    assert {article_fold(("lgl.xml", p), 5) for p in range(1, 200, 2)} == set(range(5))


def test_leaving_a_corpus_out_holds_out_all_of_it():
    names = []
    for name, train, test, keep in folds(_examples(), "loco"):
        names.append(name)
        if name != "ACLED":  # every article of the file, with examples or none
            assert keep(f"{name}.xml", 1001) and not keep("other.xml", 1)
        assert {e[3] for e in test} == {name} and name not in {e[3] for e in train}
    assert names == ["lgl", "GWN", "ACLED"]


def test_a_folds_weights_rank_only_inside_the_block():
    before = ranking.default_ranker
    n = len(ranking.FEATURES)
    weights = {"mean": [0.0] * n, "scale": [1.0] * n, "coef": [0.5] * n, "intercept": 0.0}
    with patched_ranker(weights):
        model = ranking.default_ranker()
        assert model.version == "held-out" and float(model.scores([[1.0] * n])[0]) == 0.5 * n
    assert ranking.default_ranker is before
