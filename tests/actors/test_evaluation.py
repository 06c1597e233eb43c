"""Scores on public gold data in ../shared (skipped when it is absent): floors, not targets."""

from __future__ import annotations

from sitroom.eval.actors import evaluate_acled_notes, evaluate_ngec, strip_regime


def _ratio(score, group):
    return score.matched[group] / score.total[group]


def test_ngec_expectations(dictionary, shared_dir):
    score = evaluate_ngec(
        shared_dir / "eval/unit-cases/ngec_actor_resolution_cases.json", dictionary
    )
    assert _ratio(score, "nationality") == 1.0
    assert _ratio(score, "nonsense") == 1.0
    assert _ratio(score, "sector") >= 0.75
    assert _ratio(score, "organisation") >= 0.6


def test_acled_notes_dev_split(nlp, dictionary, shared_dir):
    path = shared_dir / "eval/acled/acled_iraq_syria_2020-05.csv"
    score = evaluate_acled_notes(path, nlp, dictionary, "dev", gold_country=True)
    assert score.total["actor1 strict"] > 150
    assert _ratio(score, "actor1 without regime years") >= 0.55
    assert _ratio(score, "actor2 without regime years") >= 0.5


def test_strip_regime():
    assert strip_regime("Military Forces of Iraq (2018-) Popular Mobilization Forces") == (
        "Military Forces of Iraq Popular Mobilization Forces"
    )
    assert strip_regime("Civilians (Iraq)") == "Civilians (Iraq)"
