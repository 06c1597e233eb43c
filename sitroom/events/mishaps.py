"""Explosions no one set off at anyone: a drone that crashed after a malfunction, a bomb
that went off prematurely while being planted. ACLED codes these as strategic
developments, not as attacks. Used by `sitroom.events.classify`."""

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
