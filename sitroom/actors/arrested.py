"""Who is arrested or lynched: people held, or beaten by a mob, for a crime they trade in
("three traffickers", "two suspected cattle thieves"; "a gang of car thieves" is a gang) are
ACLED's civilians of the country, not an armed group. A gang told as a gang ("gang members",
"a cartel") or a named one stays what it is."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.lang import pack_words
from sitroom.model import Event

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)

#: Sub-event types whose side held or hurt for a trade is the country's civilians: the
#: arrested, and the victims of mob justice.
_HELD_FOR_A_TRADE = {"Arrests", "Mob violence"}
_GANG = "gang"
_CIVILIANS = "civilians"
#: Heads of the gang class that name what someone does, not a group they belong to.
_TRADES = pack_words("actors/words", "crime_trade_heads")


def arrested_side(
    event: Event, side: Side, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """The arrested (or lynched) side, with people held for their trade named as civilians."""
    if event.sub_event_type not in _HELD_FOR_A_TRADE or not side:
        return side
    span, mention, order = side[0]
    head = mention.text.lower().split()[-1:] if mention.text else []
    if mention.generic != _GANG or not head or head[0] not in _TRADES:
        return side
    where = mention.country or country
    civilians = dictionary.generic_actor(_CIVILIANS, where, when)
    held = Mention(civilians, mention.start, mention.end, mention.text, _CIVILIANS, mention.country)
    return [(span, held, order), *side[1:]]
