"""Where a speaker is: "an army spokesman in Bamako said", "..., the army said in Kyiv". A
place named as where someone spoke is not where the event they speak of happened."""

from __future__ import annotations

from sitroom.geo.resolve import Mention
from sitroom.lang import pack_pattern

#: "a spokesman in Bamako said": a name after "in"/"from", right before a verb of speech.
_SPEAKER_AFTER = pack_pattern("geo/patterns", "speaker_after", 0)
_SPEAKER_BEFORE = pack_pattern("geo/patterns", "speaker_before", 0)
_SPEAKER_SAID = pack_pattern("geo/patterns", "speaker_said_before", 0)


def speaker_named(text: str, m: Mention) -> bool:
    """ "Jihadists killed six soldiers near X, an army spokesman in Bamako said", "..., the
    army said in Kyiv": the parse may hang the speaker anywhere; the words around the name
    say it is where they spoke."""
    if _SPEAKER_SAID.search(text[max(0, m.start - 40) : m.start]):
        return True  # "..., the army said in Kyiv"
    return bool(
        _SPEAKER_AFTER.match(text[m.end : m.end + 30])
        and _SPEAKER_BEFORE.search(text[max(0, m.start - 12) : m.start])
    )


def capital_speaking(text: str, m: Mention) -> bool:
    """ "..., security sources in Ouagadougou said": the capital a government or its
    sources speak from, not the province of the villages they speak of."""
    return m.resolved is not None and m.resolved.fcode == "PPLC" and speaker_named(text, m)
