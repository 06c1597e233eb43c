"""The name a place entity's span holds: without its article, a compass word the tagger
took in, a possessive or lower-case words after the name; and whether a string looks like a
name at all (moved from `sitroom.geo.mentions`, behaviour unchanged)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from sitroom.geo.normalize import ARTICLES
from sitroom.geo.spans import compass_end
from sitroom.lang import pack_words

_ARTICLES_EN = pack_words("geo/words", "articles")
#: "the port of X": the word after which a name tagged with its role begins.
_OF = pack_words("geo/words", "of_preps")
#: Punctuation a tagger takes into a name's span at its end ("Garsale," before its region).
_TRAILING = frozenset({",", ";", ":"})


def trim_name(span: Span, known: Callable[[str], bool]) -> tuple[int, int] | None:
    """Character range of a name without its article ("the United States" → "United States"),
    the lower-case words up to an "of" before a known name ("port of Hodeidah" → "Hodeidah"),
    a compass word the tagger took in ("Southern Hasaka" → "Hasaka", unless the whole is a
    name: "South Sudan", "Western Sahara"), a possessive ("North Waziristan's" → "North
    Waziristan") or lower-case words after the name the gazetteer knows ("Rangamati hill" →
    "Rangamati") or a comma after it; None for a compass word alone ("the Southern parts of X")."""
    start, doc = span.start, span.doc
    while start < span.end - 1 and doc[start].lower_ in _ARTICLES_EN:
        start += 1
    lead = start
    while lead < span.end - 1 and doc[lead].is_lower:
        lead += 1
    if lead > start and doc[lead - 1].lower_ in _OF and known(doc[lead : span.end].text):
        start = lead  # "the port of Hodeidah" tagged whole: the name is the port's town
    after = compass_end(doc, start, span.end)
    if after is not None:
        if after == span.end:
            return None
        rest = doc[after : span.end].text
        if known(rest) and not known(doc[start : span.end].text):
            start = after
    whole = span.end
    while whole - start > 1 and doc[whole - 1].text in _TRAILING:
        whole -= 1  # "the town of Garsale, Hiran" tagged "Garsale,": the name is without it
    while whole - start > 1 and doc[whole - 1].tag_ == "POS":
        whole -= 1  # "North Waziristan's" tagged with its possessive: the name is without it
    end = whole
    # "Rangamati hill" of "Rangamati hill district": a lower-case word the tagger took in
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        end -= 1
    if end < whole and known(doc[start:end].text) and not known(doc[start:whole].text):
        whole = end
    return doc[start].idx, doc[whole - 1].idx + len(doc[whole - 1].text)


def looks_like_name(name: str) -> bool:
    """Capitalized (or an Arabic article then a capital): rules out 'northwest', 'the region'."""
    words = name.replace("-", " ").split()
    if not words:
        return False
    first = words[1] if len(words) > 1 and words[0].lower() in ARTICLES else words[0]
    return first[:1].isupper() or first[:1].isdigit()
