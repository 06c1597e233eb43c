"""Wordings of stop 41, written here: records an analyst can trust on real news. Each check
is a record an ACLED coder would make (None leaves a field unchecked) or a record a coder
would NOT make; the comment above each group names the general pattern fixed."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow

_s, _at, _civ = wording_param, coder_row, CIV.format

# (text, the record's fields): a record the wording must make.
WORDINGS = [
    # a guided bomb is an air force's: the words as written ('guided'), the head's lemma ('bomb')
    _s("Russian guided bombs hit Kostiantynivka on Monday, killing three people.",
       _at(REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", None, None, None, "2025-04-07", 3), "ua-guided-bombs"),
    _s("Israeli guided bombs struck a house in Khan Younis on Monday, killing four people.",
       _at(REMOTE, AIR, None, None, "Palestine", None, None, None, "2025-04-07", 4), "ps-guided-bombs"),
    # 'in X, the capital of ...': the capital the parse hung on 'killed' is no victim
    _s("Gunmen killed four men at a taco stand in Chilpancingo, the capital of the southern state of Guerrero, on "
       "Sunday, prosecutors said.",
       _at(VAC, ATTACK, None, _civ("Mexico"), "Mexico", None, None, None, "2025-04-06", 4), "mx-the-capital-of"),
]


@pytest.mark.parametrize(("text", "want"), WORDINGS)
def test_the_wording_makes_the_coders_record(pipeline, text, want):
    assert_row(event_records(pipeline, text, "2025-04-09"), want)


# Wordings that make no record of a kind: (text, fields of such records).
NO_RECORDS = [
    _s("Russian guided bombs struck Sloviansk on Monday, killing two civilians.",
       _at(REMOTE, "Remote explosive/landmine/IED", status=None), "ua-guided-bombs-no-ied"),
]


@pytest.mark.parametrize(("text", "want"), NO_RECORDS)
def test_the_wording_makes_no_such_record(pipeline, text, want):
    assert_at_most(event_records(pipeline, text, "2025-04-09"), want, 0)
