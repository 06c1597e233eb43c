"""Units and institutions the article's words name outside its place names.

Local news names its state or county in passing, inside other names: "the Brantley County
sheriff's office", "agents of the Ohio Highway Patrol". A tagger (or a gold corpus) that
marks only the town leaves those words out of the article's frame, yet they say which of
the town's namesakes is meant. `Wording` answers, for a candidate's admin1 or admin2
name, whether the article writes it (with its capitals, as whole words) outside the names
tagged as places, which the frame already counts; the ranker (`sitroom.geo.ranker`)
reads the answers as features. The mention's own name says nothing for itself.

Local news also writes its country's own institutions ("the county sheriff", "a police
constable", "the RCMP"): ``homes`` holds the countries whose local words
(``lang/<pack>/geo/home_words.yaml``) the article uses, another of the ranker's features.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitroom.geo.normalize import NOT_A_NAME, name_key, split_generic
from sitroom.lang import PackValue, pack_mapping, pack_pattern
from sitroom.lang.literal import Guarded

#: Country code → the local words of its news (regular expressions).
HOME_WORDS = pack_mapping("geo/home_words", "countries")
#: An outlet's name ("The Washington Post"): its capitalised words name the outlet's home.
MASTHEAD = pack_pattern("geo/mastheads", "masthead")
#: `MASTHEAD` searched from the capital its names start with (`Guarded.spans`: the same
#: spans; its look-behind opening made the engine try every character of the text).
_MASTHEADS = PackValue(lambda _: Guarded(MASTHEAD.pattern))
#: A head of an outlet's name ("Post", "Times") ending a word, as every outlet's name ends:
#: a text without one holds no outlet's name and is not searched for one (`_MASTHEADS` tried
#: at each capital of the text).
_HEADS = PackValue(lambda pack: re.compile(f"(?:{pack.pattern('geo/mastheads', 'heads')})(?![\\w-])"))

#: A town's own body written right after a place name ("the Berwick Police Department"):
#: the name is a municipality's (`Wording.bodies`).
BODY = pack_pattern("geo/bodies", "body")

#: A capitalised word of the text (letters, inner apostrophes, hyphens and periods).
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’.\-][^\W\d_]+)*")


@dataclass
class Wording:
    """The article's capitalised words, and whether it writes a name (cached per name)."""

    text: str
    words: frozenset[str]
    homes: frozenset[str] = frozenset()  # countries whose local words the text uses
    bodies: frozenset[str] = frozenset()  # name keys of the places a town's body follows (`BODY`)
    _seen: dict[str, bool] = field(default_factory=dict)

    def writes(self, name: str, own: str) -> bool:
        """Whether the text writes ``name`` as whole words, unless ``name`` is the
        mention's own (``own``: its `name_key`), bare or with a kind word ("Dublin City"
        of "the Dublin City Council" for the mention "Dublin"), or a generic word
        ("Central")."""
        if not name:
            return False
        found = self._seen.get(name)
        if found is None:
            found = self._seen[name] = self._find(name)
        return found and own not in (name_key(name), name_key(split_generic(name)[0]))

    def _find(self, name: str) -> bool:
        parts = _WORD.findall(name)
        if not parts or not all(p in self.words for p in parts) or name.lower() in NOT_A_NAME:
            return False
        if len(parts) == 1:
            return True
        return re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", self.text) is not None


def read_wording(text: str, spans: Sequence[tuple[int, int]] = ()) -> Wording:
    """The capitalised words of ``text`` and the countries of its local words; the place
    names at ``spans`` (the article's mentions, already in its frame) and the outlets'
    names (`MASTHEAD`: "The Washington Post reported" names no state) blanked out."""
    body = BODY.value()
    bodies = frozenset([name_key(text[s:e]) for s, e in spans if body.match(text, e) is not None])
    if _HEADS.value().search(text) is not None:
        spans = [*spans, *_MASTHEADS.value().spans(text)]
    if spans:
        text = _blanked(text, spans)
    # (each distinct word tested once: a long article writes the same words again and again)
    # (an ASCII first letter is compared, not asked: a call fewer per distinct word)
    words = frozenset([w for w in set(_WORD.findall(text)) if "A" <= w[0] <= "Z" or (w[0] > "~" and w[0].isupper())])
    homes = []
    for cc, guards in _HOMES.value():  # (loops, not a generator per country and article)
        for guard in guards:
            if guard.found(text):
                homes.append(cc)
                break
    return Wording(text, words, frozenset(homes), bodies)


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (in any order, overlapping or not) made
    spaces: the pieces between them joined, not a list of every character of the text. A
    span past either end is blanked as such a list does it."""
    size, out, at = len(text), [], 0
    for start, end in sorted(spans):
        if not (0 <= start <= size and 0 <= end <= size):
            chars = list(text)
            for first, last in spans:
                chars[first:last] = " " * (last - first)
            return "".join(chars)
        if end <= max(start, at):
            continue  # (empty, or inside a span already blanked)
        out += [text[at:start], " " * (end - start)] if start > at else [" " * (end - at)]
        at = end
    out.append(text[at:])
    return "".join(out)


#: Each country of `HOME_WORDS` with its patterns made ready (`_local`), read once per pack.
_HOMES = PackValue(lambda pack: tuple((cc, _local(cc, tuple(local))) for cc, local in pack.entry("geo/home_words", "countries").items()))


@lru_cache(maxsize=64)
def _local(cc: str, patterns: tuple[str, ...]) -> tuple[Guarded, ...]:
    """The patterns of a country's local words (``cc`` keys the cache per pack), each
    searched on its own and only in a text that holds its literal words (`Guarded`): one
    alternation of them all gave Python's regex engine no first letters to skip ahead by,
    and it tried every position of every article."""
    return tuple(Guarded(p) for p in patterns)
