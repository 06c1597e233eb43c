"""`theatres._words_in`: the distinct words whose folded forms a set holds, read with one
set intersection for the plain words, are those each word's folded form tested one by one
gives."""

import pytest

from sitroom.actors.text import fold
from sitroom.geo.theatres import _WORD, _words_in

SENTENCES = [
    "Hezbollah's fighters and the Kata'ib Hizballah unit met near Ashgrove.",
    "The U.S.-led coalition said Al-Shabaab's men left Kismayo; the AU mission stayed.",
    "Police in Tōkyō and Zürich questioned the Wagner Group's contractors, then Ansar Allah.",
    "IS-K claimed it. Is it Boko Haram? No, the ISWAP faction — ‘ISWAP’ — said so.",
    "",
]
WANTED = [
    frozenset({"hezbollah", "kataib", "shabaab", "wagner", "zurich", "tokyo", "iswap"}),
    frozenset({"us", "u", "au", "is", "isk"}),
    frozenset({"police", "the", "no"}),
]


def _one_by_one(text: str, words: frozenset[str]) -> set[str]:
    return {w for w in set(_WORD.findall(text.lower())) if fold(w) in words}


@pytest.mark.parametrize("text", SENTENCES)
def test_words_whose_folded_forms_a_set_holds(text):
    found = _words_in(text, *WANTED)
    assert [sorted(ws) for ws in found] == [sorted(_one_by_one(text, words)) for words in WANTED]
    assert all(len(ws) == len(set(ws)) for ws in found)


def test_accented_and_possessive_words_fold_before_the_lookup():
    hits = _words_in(SENTENCES[2], WANTED[0])[0]
    assert {"tōkyō", "zürich", "wagner"} <= set(hits)
