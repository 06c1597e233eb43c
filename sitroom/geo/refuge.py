"""Where people fled to: "families fled to Tawila after fighters burned their villages west
of El Fasher", "residents took refuge in the town of X when gunmen stormed the market". The
place of refuge named before the deed is not where the deed told after it happened; it is
passed over as a speaker's place is (`choice.choose_event_mention`), so it stays the event's
place only when the sentence names no other. A refuge named after the deed ("gunmen attacked
people who had fled to X") may be where they were attacked: it is kept."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitroom.geo.context import Mention
from sitroom.lang import pack_pattern

#: "fled to", "sought refuge in", "took shelter at" right before a name (patterns v21).
_REFUGE_BEFORE = pack_pattern("geo/patterns", "refuge_before", re.IGNORECASE)


def refuge_places(text: str, mentions: Iterable[Mention], deed_at: int) -> frozenset[int]:
    """ids of the mentions named as where people fled to, before the deed at ``deed_at``."""
    return frozenset(
        id(m) for m in mentions if m.end <= deed_at and _REFUGE_BEFORE.search(text[max(0, m.start - 50) : m.start])
    )
