"""Sites and bodies named after their place: "Harare City Council", "the Bank of Japan".

A name the gazetteer lacks whose last word says it is a site or a body
(``named_after_heads`` of the language pack's geo words) is read as the place it names:
the longest run of its first words that the gazetteer knows ("Harare" of "Harare City
Council", "Kirkuk" of "Kirkuk Oil Refinery"), or the words after its last "of" ("Japan" of
"Bank of Japan"). Its candidates then compete as that place's would.
"""

from __future__ import annotations

from dataclasses import replace

from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.geo.normalize import NOT_A_NAME, name_key
from sitroom.lang import pack_words

HEADS = pack_words("geo/words", "named_after_heads")
ARTICLES = pack_words("geo/words", "articles")
OF = pack_words("geo/words", "of_preps")


def named_after(name: str, gaz: Gazetteer) -> list[Hit]:
    """Candidates of the place a site or body is named after; [] when it names none."""
    words = name.replace("’s", "").replace("'s", "").split()
    lowered = [w.lower().strip(".,") for w in words]
    if len(words) < 2:
        return []
    ofs = [i for i, w in enumerate(lowered) if w in OF]
    if ofs and (lowered[0] in HEADS or lowered[ofs[-1] - 1] in HEADS):  # "Bank of Japan"
        tail = [w for w in words[ofs[-1] + 1 :] if w.lower() not in ARTICLES]
        return _known(" ".join(tail), gaz) if tail else []
    if lowered[-1] not in HEADS:
        return []
    for n in range(len(words) - 1, 0, -1):  # "Harare City Council": Harare
        if words[n - 1][:1].isupper():
            hits = _known(" ".join(words[:n]), gaz)
            if hits:
                return hits
    return []


def _known(text: str, gaz: Gazetteer) -> list[Hit]:
    if not text or name_key(text) in NOT_A_NAME:
        return []
    return [replace(h, primary=False) for h in gaz.lookup(text)]
