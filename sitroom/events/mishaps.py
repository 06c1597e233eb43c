"""Violence that is not an attack on people: explosions no one set off at anyone (a drone
that crashed after a malfunction, a bomb that went off prematurely while being planted)
and the burning or wrecking of things with no one harmed. ACLED codes these as strategic
developments. Used by `sitroom.events.classify`."""

from __future__ import annotations

from sitroom.events.findings import Mention
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import lemma


def mishap(mention: Mention, lex: Lexicon) -> bool:
    """An explosion whose clause says it was a mishap ('exploded prematurely', 'crashed due
    to a malfunction and exploded'); the clause is the explosion's, up its chain of 'and'."""
    for trig in mention.members:
        if trig.cls != "explode":
            continue
        root = trig.token
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        if any(lemma(t) in lex.cue("mishap_words") for t in root.subtree):
            return True
    return False


def property_only(classes: set[str], mention: Mention, lex: Lexicon) -> bool:
    """Things burned or wrecked ('burned the houses and attacked the cattle', 'an arson
    attack on a factory'): every target is property. The caller has made sure that no one
    was harmed and no weapon was used."""
    if not mention.patients:
        return False
    arson = any(
        lemma(c) in lex.cue("arson_words")
        for t in mention.members
        for c in t.token.children
        if c.dep_ in ("amod", "compound")
    )
    if "destroy" not in classes and not arson:
        return False
    return all(lemma(p.root) in lex.cue("property_nouns") for p in mention.patients)
