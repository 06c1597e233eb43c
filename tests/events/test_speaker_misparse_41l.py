"""A lead whose parse hangs the whole deed under the closing "officials said" ("X, backed by
Y, killed ... in the Z district of W region on Sunday, officials said on Monday") keeps its
own place: a speaker's span that holds the deed's own word is no speaker's, so the district
the lead names is not taken for where the officials spoke and the record is not left at the
headline's region."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

LEAD = (
    "Somali forces kill 40 al-Shabaab militants in Lower Shabelle\n\n"
    "MOGADISHU, June 9 (Xinhua) -- Somali National Army forces, backed by local clan militias, "
    "killed at least 40 al-Shabaab militants in an operation in the {district} district of Lower "
    "Shabelle region on Sunday, officials said on Monday.\n"
)


@pytest.mark.parametrize("district", ["Wanlaweyn", "Kurtunwarey"])
def test_the_leads_district_places_the_record(pipeline, district):
    news = [e for e in event_records(pipeline, LEAD.format(district=district), "2025-06-10") if e.status == "new"]
    assert len(news) == 1 and news[0].geo_precision == 2, [(e.location, e.geo_precision) for e in news]
    assert news[0].evidence["location"].text == district
