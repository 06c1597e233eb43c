"""The PLOVER type and mode of a mention, from the ACLED sub-event type classify gave it
and its weapon. Used by `sitroom.events.classify`."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.events.findings import Mention
from sitroom.events.lexicon import Lexicon
from sitroom.events.taxonomy import Taxonomy

#: Trigger classes of crowds: protests, strikes, riots and their dispersal.
PROTEST_CLASSES = frozenset({"protest", "labor_strike", "riot", "disperse"})


def best_weapon(mention: Mention, lex: Lexicon) -> tuple[str, Span] | None:
    best = None
    for wclass, words in mention.weapons:
        rank = lex.weapon_classes[wclass].rank
        if best is None or rank > lex.weapon_classes[best[0]].rank:
            best = (wclass, words)
    return best


def plover(mention: Mention, sub: str, lex: Lexicon, tax: Taxonomy) -> tuple[str, str]:
    """PLOVER type and mode for a mention ACLED types ``sub``: protests, arrests, ground
    taken and property coerce; violence assaults, in its weapon's mode."""
    cls = lex.classes[mention.head.cls]
    ptype, mode = cls.plover, cls.mode
    weapon = best_weapon(mention, lex)
    if sub in ("Peaceful protest", "Protest with intervention", "Violent demonstration"):
        ptype = "PROTEST"
        mode = (
            "riot"
            if sub == "Violent demonstration"
            else lex.classes.get(
                next((c for c in mention.classes if c in PROTEST_CLASSES), "protest")
            ).mode
        )
    elif sub == "Arrests":
        ptype, mode = "COERCE", "arrest"
    elif sub in ("Government regains territory", "Non-state actor overtakes territory"):
        ptype, mode = "COERCE", "seize"
    elif sub == "Looting/property destruction":
        ptype = "COERCE"
        mode = "destroy" if "destroy" in mention.classes else "seize"
    elif sub == "Disrupted weapons use":
        ptype, mode = ("COERCE", "seize") if "seize" in mention.classes else (cls.plover, "")
        if cls.name == "explode":
            ptype = ""  # a device disposed of: no PLOVER event
    elif mention.family == "kinetic" and sub:
        ptype = "ASSAULT"
        if weapon and lex.weapon_classes[weapon[0]].mode:
            mode = lex.weapon_classes[weapon[0]].mode
        elif sub == "Abduction/forced disappearance":
            mode = "abduct"
        elif sub == "Sexual violence":
            mode = "sexual"
    return ptype, tax.plover_mode(ptype, mode)
