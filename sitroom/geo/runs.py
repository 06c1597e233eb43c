"""Proper-noun runs of a parse: where the names a tagger may have cut start and end.

A place name is often several proper nouns joined by particles of its own language
("Maarat al-Numan", "Buena Vista de la Salud", "Qala i Naw"); `sitroom.geo.mentions`
mends spaCy's entities with these runs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.lang import pack_words

#: Particles inside a proper name that join its parts (the pack's ``name_particles``).
PARTICLES = pack_words("geo/words", "name_particles")
#: Lower-case articles hyphened to a name's first word ("al-Bukamal"): the run starts at them.
LEADING = pack_words("geo/words", "leading_articles")
#: Prepositions after which a capitalised common word inside a sentence is a name ("near Sake").
_PLACE_PREPS = pack_words("geo/words", "place_preps")
#: "Barangay X", "Municipality X": a unit's kind word before its name (the pack's forms).
_UNIT_PREFIXES = pack_words("geo/forms", "unit_prefixes")
#: Settlement words after which a capitalised common word is a name ("Macomia town").
_SETTLEMENT_AFTER = pack_words("geo/words", "settlement_after")
#: A unit's kind words ("Kasese district", "Tarn county").
_DISTRICT_WORDS = pack_words("geo/forms", "district_words")
#: Entity labels a lone word may wear that still mark it a proper name.
_LONE_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})


def proper_runs(doc: Doc) -> list[Span]:
    """Maximal runs of proper nouns, joined over name particles ("Maarat al-Numan", "Tal Afar")."""
    runs, start = [], None
    for tok in doc:
        inside = tok.pos_ == "PROPN" or _word_as_name(doc, tok.i) or (
            start is not None and tok.lower_ in PARTICLES and _particles_then_name(doc, tok.i)
        )
        if inside and tok.text[:1].isupper() or (inside and start is not None):
            start = _run_start(doc, tok.i) if start is None else start
            continue
        if start is not None:
            runs.append(doc[start : tok.i])
            start = None
    if start is not None:
        runs.append(doc[start : len(doc)])
    return runs


def _run_start(doc: Doc, i: int) -> int:
    """Where a run whose first capitalised word is at ``i`` begins: at a lower-case article
    hyphened to it ("in al-Bukamal": a tagger calling it an organisation cuts the article
    off, and the run "Bukamal" loses the "in" before it)."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return i
    article = doc[i - 2]
    return i - 2 if article.text.islower() and article.lower_ in LEADING else i


def _particles_then_name(doc: Doc, i: int) -> bool:
    """The particle at ``i`` (and at most one more: "de la", "wa ash") is followed by a
    proper noun, so the run goes on ("Buena Vista de la Salud")."""
    nxt = i + 1
    if nxt < len(doc) and doc[nxt].lower_ in PARTICLES and doc[nxt].pos_ != "PROPN":
        nxt += 1
    return nxt < len(doc) and doc[nxt].pos_ == "PROPN"


def _word_as_name(doc: Doc, i: int) -> bool:
    """A capitalised word the tagger read as a common one ("near Sake", the Congolese town,
    tagged a noun), right after a place preposition inside a sentence: a name."""
    tok = doc[i]
    if tok.pos_ == "PROPN" or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    if _lone_name(tok):
        return True
    if tok.pos_ not in ("NOUN", "ADJ"):
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in _SETTLEMENT_AFTER and not tok.ent_type_:
        return True  # "attacked Macomia town" (not "the Syrian town": a nationality)
    if _owned_unit_word(doc, i):
        return True  # "Uganda's Kasese district" with Kasese tagged a nationality adjective
    return i > 0 and doc[i - 1].lower_ in _PLACE_PREPS


def _owned_unit_word(doc: Doc, i: int) -> bool:
    """The word stands between a proper name's possessive and a settlement's or unit's kind
    word ("Uganda's Kasese district"): a name that place owns, whatever the tagger called it
    (a nationality never stands there: "Uganda's Syrian district" is no phrase)."""
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].tag_ != "POS" or doc[i - 2].pos_ != "PROPN":
        return False
    word = doc[i + 1].lower_
    return word in _SETTLEMENT_AFTER or word in _DISTRICT_WORDS


def _lone_name(tok) -> bool:
    """A capitalised word that is a whole name entity of its own but that the tagger did
    not call a proper noun ("shelled Bakhmut", "around Bakhmut": tagged an adverb)."""
    return tok.ent_iob_ == "B" and tok.ent_type_ in _LONE_LABELS and (
        tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    )


def unit_prefixed(run: Span) -> bool:
    """The run starts with a unit's kind word before more of its name ("Barangays X and Y"
    tagged a person): the text says it is a place."""
    return len(run) > 1 and run[0].lower_ in _UNIT_PREFIXES
