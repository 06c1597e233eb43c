"""`ActorDictionary.none_in`: a text none of whose word sets holds a whole name, head noun
or country's name is passed over without its words made (`sitroom.geo.theatres` asks it
before each stretch and each nationality's phrase). It must never pass over a text whose
mentions are not empty, and `actor_focus` must read what it read without it; on
sentences written for these tests and on random texts of the dictionaries' own words."""

from __future__ import annotations

import random

import pytest

from sitroom.actors import ActorDictionary, load_dictionary
from sitroom.actors.text import norm_set, words
from sitroom.geo.theatres import actor_focus, theatre_matcher

SENTENCES = [
    "Hezbollah's fighters and the Kata'ib Hizballah unit met near Ashgrove.",
    "The U.S.-led coalition said Al-Shabaab's men left Kismayo; the AU mission stayed.",
    "A Kenyan fishing boat drifted off the coast of Lamu on Tuesday.",
    "Kenyan police said the Turkish drones struck near the river.",
    "Monitors of the OSCE SMM heard shelling near a farm at dawn.",
    "The Kyrgyz authorities detained two drivers after a market brawl.",
    "It ended at 5 p.m. The I.S. flag was seen; U.N. staff left at 6 a.m.",
    "Zürich's mayor met the Malian junta's envoy and Russia's ambassador.",
    "",
]
FILLER = ["the", "a", "of", "near", "said", "in", "and", "village", "boat", "river", "it's",
          "Mr.", "U.S.", "Tōkyō", "market", "—", ",", ".", "'s", "on", "new", "west", "is", "IS"]


def _random_texts(dictionary: ActorDictionary, seed: int, n: int = 300) -> list[str]:
    """Texts of the dictionary's own words (names, heads, countries, in any case) and filler."""
    rng = random.Random(seed)
    pool = [w for k in [*dictionary._names, *dictionary._heads, *dictionary._countries] for w in k]
    out = []
    for _ in range(n):
        ws = []
        for _ in range(rng.randint(0, 14)):
            w = rng.choice(pool) if rng.random() < 0.5 else rng.choice(FILLER)
            ws.append(rng.choice([w, w.title(), w.upper()]) + rng.choice(["", "", "", ".", "'s", ","]))
        out.append(" ".join(ws))
    return out


def test_the_set_of_word_forms_is_that_of_the_words():
    for text in [*SENTENCES, *_random_texts(load_dictionary(()), 5, 100)]:
        assert norm_set(text) - {""} == {w.norm for w in words(text)}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_text_passed_over_holds_no_mention(seed):
    for dictionary in (load_dictionary(()), theatre_matcher(()).dictionary):
        passed = 0
        for text in [*SENTENCES, *_random_texts(dictionary, seed)]:
            if dictionary.none_in(text):
                passed += 1
                assert dictionary.mentions(text, fuzzy=False) == [], text
        assert passed > 10  # (the fast path is taken)


def test_a_nationality_alone_is_passed_over_with_a_head_noun_it_is_not():
    dictionary = load_dictionary(())
    assert dictionary.none_in("A Kenyan fishing boat drifted")
    assert not dictionary.none_in("Kenyan police said")
    assert dictionary.mentions("Kenyan police said", fuzzy=False)


def test_a_dictionary_with_local_names_for_no_country_is_never_passed_over():
    dictionary = ActorDictionary({"actors": [{"name": "Lakeside Guard", "aliases": []}]})
    assert dictionary.none_in("a quiet evening by the shore")
    dictionary._local[""] = {("shore",): None}
    assert not dictionary.none_in("a quiet evening by the shore")


def test_actor_focus_reads_what_it_read_without_passing_over(gaz, monkeypatch):
    texts = [*SENTENCES, " ".join(SENTENCES), *_random_texts(theatre_matcher(()).dictionary, 3, 60)]
    fast = [actor_focus(t, gaz) for t in texts]
    monkeypatch.setattr(ActorDictionary, "none_in", lambda self, text: False)
    assert [actor_focus(t, gaz) for t in texts] == fast
    assert any(f.theatres for f in fast) and any(f.home or f.forces for f in fast)


def test_an_answer_is_remembered_until_an_index_grows():
    dictionary = ActorDictionary({"actors": [{"name": "Lakeside Guard", "aliases": []}]})
    assert dictionary.none_in("the Shore Watch patrolled") and dictionary.none_in("the Shore Watch patrolled")
    name = next(iter(dictionary._names.values()))
    dictionary._names[("shore", "watch")] = name
    assert not dictionary.none_in("the Shore Watch patrolled")
    assert dictionary.mentions("the Shore Watch patrolled", fuzzy=False)
