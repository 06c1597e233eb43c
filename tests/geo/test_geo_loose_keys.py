"""The lookups' `loose_key` (`sitroom.geo.loose_keys`) gives what `normalize.loose_key`
gives, byte for byte: on keys made to meet each rule at its edges, and on every key of the
built gazetteer (as filed, and with its spaces taken out, as `Spelling` folds it)."""

from __future__ import annotations

import sqlite3

import pytest

from sitroom.geo import loose_keys, normalize

KEYS = [
    "", "a", "y", "ay", "ah", "eh", "kh", "q", "ck", "ee", "oo", "ou", "ia", "iy", "ij",
    "nassriyah", "nasiriyeh", "hawijah", "shaddadah", "deir ez zor", "qaryat ash shaykh",
    "dzhankoy", "zaytoun", "jdaydeh", "ayaa", "kayy", "sheikh maqsood", "raqqah", "jackson",
    "ouagadougou", "beeshah", "khirbet khreibeh", "tall abyad", "kfar shuba", "khaybar",
    "saint louis", "nahiyat al ayyadiya", "ijija", "iyyah", "aah", "ehh", "kkh", "qck", "cq",
    "eee", "oou", "ooo", "ayay", "yy", "ya y", "a y", "1ay", "ay1", "ah2", "y y y", "mooq",
    "kahh eh", "a  b", " c d", "e ", "cheeky", "okhaya", "bayou", "ayo", "ayh",
]


def test_the_guards_are_written_for_the_rules_normalize_applies():
    # (with the rules edited, the lookups fold with the plain routine: slower, never wrong)
    assert loose_keys.current_rules() == loose_keys._RULES
    assert loose_keys.fold_loose is not loose_keys.plain_loose_key


def test_each_rule_at_its_edges_folds_as_the_plain_routine():
    for key in KEYS:
        assert loose_keys.loose_key(key) == normalize.loose_key(key), key
        assert loose_keys.fold_loose(key) == loose_keys.plain_loose_key(key), key
    assert loose_keys.loose_key("nassriyah") == "nasriya"


def _gazetteer_keys(gaz, every: int) -> set[str]:
    """Every ``every``-th key of the gazetteer's names, and each without its spaces."""
    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    keys = {k for i, (k,) in enumerate(con.execute("SELECT DISTINCT key FROM alias")) if i % every == 0}
    return keys | {k.replace(" ", "") for k in keys if " " in k}


def _differ(keys: set[str]) -> list[str]:
    fold, plain = loose_keys.fold_loose, loose_keys.plain_loose_key
    return sorted(k for k in keys if fold(k) != plain(k))


def test_a_twentieth_of_the_gazetteer_keys_fold_as_the_plain_routine(gaz):
    keys = _gazetteer_keys(gaz, 20)
    assert len(keys) > 10_000
    assert _differ(keys) == []


@pytest.mark.slow
def test_every_key_of_the_gazetteer_folds_as_the_plain_routine(gaz):
    keys = _gazetteer_keys(gaz, 1)  # (some 1.4 million: about 20 s)
    assert len(keys) > 200_000
    assert _differ(keys) == []
