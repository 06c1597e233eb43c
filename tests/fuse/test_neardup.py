"""Near-duplicate detection: shingles, LSH band keys and the copy threshold."""

from __future__ import annotations

from sitroom.fuse.neardup import band_keys, best_copy, jaccard, shingles

WIRE = (
    "Armed men on motorbikes stormed a cattle market in Djibasso, western Burkina Faso, on"
    " Thursday, killing at least nine traders and setting stalls on fire, a local official said"
    " on Friday. Soldiers were sent to the area, a farming district close to the Mouhoun river."
)
EDITED = WIRE.replace("a local official said on Friday", "a local official told AFP on Friday")
REWRITE = (
    "At least nine traders died in Djibasso, western Burkina Faso, when gunmen on motorcycles"
    " raided the market on Thursday and burned stalls, according to officials."
)


def test_shingles_ignore_case_punctuation_and_spacing():
    assert shingles("Killed  two, in GAZA.", 2) == shingles("killed two in gaza", 2)
    assert shingles("one two", 4) == {"one two"} and shingles("", 4) == set()


def test_copy_and_rewrite_similarity():
    assert jaccard(shingles(WIRE), shingles(EDITED)) > 0.7
    assert jaccard(shingles(WIRE), shingles(REWRITE)) < 0.2


def test_band_keys_are_stable_and_shared_by_copies():
    keys = band_keys(WIRE)
    assert keys == band_keys(WIRE) and len(keys) == 32
    assert len(set(keys) & set(band_keys(EDITED))) >= 4
    assert not set(keys) & set(band_keys(REWRITE))


def test_best_copy_needs_the_threshold():
    found = best_copy(EDITED, {"orig": WIRE, "other": REWRITE})
    assert found.original_id == "orig" and found.similarity > 0.7
    assert "not extracted again" in found.reason
    assert best_copy(REWRITE, {"orig": WIRE}) is None


def test_a_changed_toll_is_an_update_not_a_copy():
    update = WIRE.replace("at least nine traders", "at least 14 traders")
    assert jaccard(shingles(WIRE), shingles(update)) > 0.7
    assert best_copy(update, {"orig": WIRE}) is None


def test_signature_equals_datasketch_minhash():
    """Stored band keys must not change: the numpy signature is datasketch's, value for value."""
    import random

    import pytest

    datasketch = pytest.importorskip("datasketch")
    from sitroom.fuse.neardup import minhash

    rng = random.Random(7)
    vocab = ["shell", "road", "market", "convoy", "north", "9", "ridge", "clinic", "été", "fired"]
    texts = [WIRE, EDITED, REWRITE, "", "one"] + [
        " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 60))) for _ in range(40)
    ]
    for text in texts:
        grams = shingles(text)
        expected = datasketch.MinHash(num_perm=128, seed=1)
        expected.update_batch([g.encode("utf-8") for g in grams])
        assert minhash(grams).tolist() == expected.hashvalues.tolist()
