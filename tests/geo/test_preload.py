"""What the geo stage loads where it is made (`sitroom.geo.preload`) is what a first article
would have read: the same cache keys, so the first article reads none of it again; the
pack's patterns have their endings worked out with their values; another name in brackets
is blanked as before the scan was skipped for texts without brackets."""

from __future__ import annotations

import re

from sitroom.actors import ActorDictionary, load_dictionary
from sitroom.actors.memo import first_words, key_reach, prepare
from sitroom.geo import forms, wording
from sitroom.geo.gazetteer import open_gazetteer
from sitroom.geo.parens import blank_other_names
from sitroom.geo.preload import preload
from sitroom.geo.ranker import default_ranker
from sitroom.geo.theatres import theatre_matcher
from sitroom.lang import PackPattern, build_values
from sitroom.lang.literal import end_words


def _hit(cached, *args) -> bool:
    """Whether asking ``cached`` (an lru_cache) again is answered from its cache."""
    before = cached.cache_info().hits
    cached(*args)
    return cached.cache_info().hits == before + 1


def test_the_first_article_finds_the_theatre_table_under_the_key_it_asks_by():
    preload(open_gazetteer(None))
    assert _hit(theatre_matcher, ())
    assert _hit(load_dictionary, ())


def test_the_ranker_and_the_names_files_are_read_before_the_first_article():
    preload(open_gazetteer(None))
    assert _hit(default_ranker)
    assert _hit(forms.abbreviations)
    assert _hit(forms.other_names)


def test_every_countrys_local_words_are_made_ready_once():
    preload(open_gazetteer(None))
    for cc, local in wording.HOME_WORDS.items():
        assert _hit(wording._local, cc, tuple(local))


def test_a_prepared_dictionary_starts_its_names_with_the_words_a_fresh_one_finds():
    data = {"actors": [
        {"name": "Northern Hills Front", "kind": "rebel"},
        {"name": "Coastal Guard Brigade", "kind": "militia"},
    ]}
    prepared, fresh = ActorDictionary(data), ActorDictionary(data)
    prepare(prepared)
    assert first_words(prepared._names) == {"northern", "coastal"}
    assert key_reach(prepared._names) == {"northern": 3, "coastal": 3}
    # the prepared one finds what one prepared by its first phrase finds
    phrase = "Fighters of the Northern Hills Front attacked a post"
    assert [m.text for m in prepared.mentions(phrase)] == [m.text for m in fresh.mentions(phrase)]


def test_building_the_packs_values_works_out_each_patterns_endings():
    anchored = PackPattern(lambda _pack: re.compile(r"(?:kilometres|km)\s+(?:north|south)\s+of\s*$"))
    build_values()
    pattern = anchored.value()
    assert anchored._ends == (pattern, end_words(pattern))
    assert anchored.search("a village 12 km north of ") is not None
    assert anchored.search("a village north of the river") is None


def test_another_name_in_brackets_is_still_blanked():
    text = "Shelling hit Kalavan (Kalavani) village of Ridgemoor province overnight."
    blanked = blank_other_names(text)
    assert "(Kalavani)" not in blanked and len(blanked) == len(text)
    assert blanked.startswith("Shelling hit Kalavan ") and blanked.endswith(" village of Ridgemoor province overnight.")
