"""Names that a road or 'between' joins, read from the text itself (`sitroom.geo.chains`):
"between Nawa and Sheikh Maskin", "on the Bama - Maiduguri road", "the road linking X and
Y" name two places near each other (``near``, ``between``), neither inside the other."""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.geo.chain_parts import Link
from sitroom.geo.chain_parts import pattern as _pattern
from sitroom.geo.chain_parts import span_of as _span
from sitroom.lang import LanguagePack, PackValue
from sitroom.lang.confined import Confined

_BETWEEN = _pattern("chain_between")
_ROAD = _pattern("chain_road")
_CONNECTS = _pattern("chain_connects")
#: The three searched where the text can hold a match (`Confined`: "between", and a road
#: word after a capital), the linking road as it is (its road word opens it, case-blind:
#: no cheaper to look for first).
_SEARCHES = PackValue(lambda _: (Confined(_BETWEEN.value()), Confined(_ROAD.value()), _CONNECTS.value()))


class _Needs:
    """A pattern's list of words (`patterns.yaml`), to tell cheaply that a text holds none."""

    def __init__(self, pack: LanguagePack, key: str) -> None:
        self.words = pack.word_tuple("geo/patterns", key)
        self.any = re.compile(f"(?i:{pack.pattern('geo/patterns', key)})")


#: The words one of which every road (or linking road) pattern match holds.
ROAD_WORDS = PackValue(lambda pack: _Needs(pack, "road_words"))
LINK_VERBS = PackValue(lambda pack: _Needs(pack, "link_verbs"))


#: Any character other than ASCII; any character a case-blind pattern reads as a letter a-z
#: ('ſ' as an 's', the Kelvin sign as a 'k').
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_AS_LATIN_LETTER = re.compile(r"(?i)[a-z]")


def has_word(text: str, needs: PackValue[_Needs], low: str | None = None) -> bool:
    """Whether ``text`` may hold one of the words, case aside as the patterns read it: in the
    lower-cased text (``low``, when the caller has it); a text none of whose other characters
    a case-blind pattern reads as a letter holds none if that finds none; any other goes
    through the case-blind regex."""
    found = needs.value()
    low = text.lower() if low is None else low
    if any(map(low.__contains__, found.words)):
        return True
    if text.isascii() or not any(_AS_LATIN_LETTER.match(c) for c in set(_NON_ASCII.findall(text))):
        return False
    return found.any.search(text) is not None


def road_links(text: str, known: Callable[[str], bool]) -> list[Link]:
    """The two ends of each 'between', road and linking road the text names, one of them
    a known name."""
    links: list[Link] = []
    low = text.lower()
    road = has_word(text, ROAD_WORDS, low)  # (asked once for the road and the linking road)
    wanted = (True, road, road and has_word(text, LINK_VERBS, low))
    for pattern, words_there in zip(_SEARCHES.value(), wanted, strict=True):
        if not words_there:
            continue  # every match holds one of each list's words (most texts: the scan is the cost)
        for m in pattern.finditer(text):
            if not (known(m.group("a")) or known(m.group("b"))):
                continue
            a, b = _span(m, "a"), _span(m, "b")
            a.near, a.between = b, True
            links.extend([a, b])
    return links
