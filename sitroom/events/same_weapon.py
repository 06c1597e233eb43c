"""Whether a later mention names the weapon an incident's lead told (read by
`sitroom.events.incident.weapons_differ`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitroom.components import Candidate
    from sitroom.events.lexicon import WeaponClass


def named_again(a: Candidate, b: Candidate, kinds: dict[str, WeaponClass]) -> bool:
    """A weapon with no kind of its own named by a word of the other's ('Two bombs hit ...'
    after 'guided aerial bombs'): the same weapon told again ('a bomb went off' after 'a
    suicide bomber' is another)."""
    for plain, other in ((a, b), (b, a)):
        known = kinds.get(plain.weapon)
        if known is not None and not known.sub_event_type and plain.weapon_span is not None:
            words = {t.lemma_.lower() for t in other.weapon_span or ()}
            if plain.weapon_span.root.lemma_.lower() in words:
                return True
    return False


def shots_beside_blast(a: Candidate, b: Candidate, remote_types: frozenset[str]) -> bool:
    """People shot dead (violence against civilians told by gunfire) beside an air strike or
    shelling ('A drone strike killed three fighters ... Later that day, two civilians were
    shot dead at a checkpoint'): two attacks of two kinds, not one incident's detail."""
    for blast, shots in ((a, b), (b, a)):
        shot = shots.event.event_type == "Violence against civilians" and shots.event.plover_mode == "firearms"
        if shot and blast.event.sub_event_type in remote_types:
            return True
    return False
