"""Roundups of separate incidents in several towns, one paragraph each: a sentence that
opens with its own place ('In the town of Embu, ...', 'In Ankara, ...') at another town than
the incident told so far starts an incident of its own, and does not take the other's
violence, type or place (`sitroom.events.roundup`). Own wordings, published 2025-03-12."""

from __future__ import annotations

import pytest

from tests.wire_reports import INTERVENTION, PEACEFUL, PROTESTS, RIOTS, event_records

pytestmark = pytest.mark.slow

# The capital's shooting and a spokesman's word on 'hired gangs' at the march there, then a
# peaceful march in another town: it was a riot at that town, typed by the capital's violence.
MARCH_ELSEWHERE = (
    'NAIROBI, March 12 - Kenyan police fired tear gas and live rounds at traders who marched on parliament in Nairobi on Tuesday against new market fees, killing two people, a rights group said.\n\n'
    'Officers blocked the streets around parliament and shot into the crowd when it tried to push through, witnesses said.\n\n'
    'The police spokesman told reporters at a briefing in Nairobi that "hired gangs" had infiltrated the march.\n\n'
    "In the town of Embu, a peaceful crowd of about 500 market women marched to the governor's office and handed in a letter before dispersing, a local radio station reported.\n\n"
)

# A lead in Istanbul told by its dateline and again in its words, sentences placed by geo's
# fallback, then students in Ankara: the Ankara paragraph was folded into Istanbul's protest,
# which took Ankara's place.
CITY_ELSEWHERE = (
    "ISTANBUL, March 12 - Turkish police fired rubber bullets on Tuesday at hundreds of dock workers who gathered outside Istanbul's port authority to demand unpaid wages.\n\n"
    "Officers used pepper spray and detained dozens of the workers, the governor's office said. Several workers and four officers were hurt.\n\n"
    'In Ankara, police fired tear gas at university students who tried to march towards parliament on Tuesday in support of the dock workers.\n\n'
    'The workers say they have not been paid for four months.\n\n'
)


def _rows(records):
    return [(e.event_type, e.sub_event_type, e.admin1, e.location) for e in records]


def test_a_peaceful_march_in_another_town_keeps_its_own_record(pipeline):
    rows = _rows(event_records(pipeline, MARCH_ELSEWHERE.strip(), "2025-03-12"))
    assert (PROTESTS, PEACEFUL, "Embu", "Embu") in rows, rows
    assert not any(r[0] == RIOTS and r[3] == "Embu" for r in rows), rows


def test_a_paragraph_in_another_city_is_another_protest(pipeline):
    rows = _rows(event_records(pipeline, CITY_ELSEWHERE.strip(), "2025-03-12"))
    assert any(r[0] == PROTESTS and r[3] == "Istanbul" for r in rows), rows
    assert (PROTESTS, INTERVENTION, "Ankara", "Ankara") in rows, rows
