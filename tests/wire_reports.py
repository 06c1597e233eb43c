"""What the real-length wire-report tests of each stop share (`tests/test_wire_reports_*.py`):
reading a report file (its first line the publication date), running it once per module, and
checking that one of its records has the fields a coder would give. The short probe reports
(`test_probe_reports_*.py`) check the same way, over the coder's fields `CODER_FIELDS`; a probe
file of report files takes its module fixture from `probe_module` and its two report tests from
`coders_record_test` and `no_such_record_test` rather than writing each again. A probe file
takes every name defined here with one `from tests.wire_reports import *`, not a list of its
own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from sitroom.geodesy import haversine_km
from sitroom.model import Article

_IMPORTED = frozenset(globals())  # not passed on to a probe file's `import *` (see `__all__`)
DATA = Path(__file__).parent / "data"
FIELDS = ("location", "admin1", "event_type", "sub_event_type", "event_date", "fatalities", "status")
# The record an ACLED coder would make of a short report: type, both actors, place, date, toll.
CODER_FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
    "geo_precision", "event_date", "fatalities",
)


# ACLED's event types, sub-event types and generic actors as the probe reports write them.
BATTLE, VAC, REMOTE = "Battles", "Violence against civilians", "Explosions/Remote violence"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"
CLASH, ATTACK, IED = "Armed clash", "Attack", "Remote explosive/landmine/IED"
AIR, SHELLING, SUICIDE = "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb"
ABDUCTION, ARRESTS = "Abduction/forced disappearance", "Arrests"
PEACEFUL, INTERVENTION = "Peaceful protest", "Protest with intervention"
FORCE, VIOLENT, MOB = "Excessive force against protesters", "Violent demonstration", "Mob violence"
AGREEMENT, DISRUPTED = "Agreement", "Disrupted weapons use"
BASE, TRANSFER = "Headquarters or base established", "Non-violent transfer of territory"
OVERTAKE = "Non-state actor overtakes territory"
UAG, CIV = "Unidentified Armed Group ({})", "Civilians ({})"
PROT, RIOT = "Protesters ({})", "Rioters ({})"
DRC = "Democratic Republic of Congo"

# ACLED's names of provinces, state forces and armed groups that several probe files check.
ADF = "ADF: Allied Democratic Forces"
ARMM = "Autonomous Region in Muslim Mindanao"
BF_ARMY = "Military Forces of Burkina Faso (2022-)"
CD_ARMY = "Military Forces of the Democratic Republic of Congo (2019-)"
CO_ARMY = "Military Forces of Colombia (2022-)"
ELN = "ELN: National Liberation Army"
ET_ARMY = "Military Forces of Ethiopia (2018-)"
FARC_D = "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"
HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
IL_ARMY = "Military Forces of Israel (2022-)"
ISM = "Islamic State (Mozambique)"
ISS = "Islamic State (Sahel)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
KP = "Khyber Pakhtunkhwa"
M23 = "M23: March 23 Movement"
ML_ARMY = "Military Forces of Mali (2021-)"
MM_ARMY = "Military Forces of Myanmar (2021-)"
MX_ARMY = "Military Forces of Mexico (2024-)"
NE_ARMY = "Military Forces of Niger (2023-)"
PH_ARMY = "Military Forces of the Philippines (2022-)"
PK_ARMY = "Military Forces of Pakistan (2022-)"
PK_POLICE = "Police Forces of Pakistan (2022-)"
RSF = "RSF: Rapid Support Forces"
RU_ARMY = "Military Forces of Russia (2000-)"
SAF = "Military Forces of Sudan (2019-)"
SHABAAB = "Al Shabaab"
SO_ARMY = "Military Forces of Somalia (2022-)"
SS_ARMY = "Military Forces of South Sudan (2011-)"
UA_ARMY = "Military Forces of Ukraine (2019-)"


def xfail(reason: str):
    """A known miss: strict, so the test fails the day the report comes out right."""
    return pytest.mark.xfail(strict=True, reason=reason)


def report_runner(pipeline, reports: Path) -> Callable[[str], list]:
    """The event records of report ``name`` in ``reports``, extracted once and remembered."""
    runs: dict[str, list] = {}

    def run(name: str) -> list:
        if name not in runs:
            published, _, text = (reports / f"{name}.txt").read_text().partition("\n")
            article = Article(text=text.strip() + "\n", published=date.fromisoformat(published.strip()))
            runs[name] = [e for e in pipeline.extract(article) if e.record_kind == "event"]
        return runs[name]

    return run


def probe_module(reports: str):
    """The module fixture ``run`` of a probe file whose reports lie in tests/data/``reports``
    (``run = probe_module("probe_reports_41g")``): each report extracted once for the module."""

    @pytest.fixture(scope="module")
    def run(pipeline):
        return report_runner(pipeline, DATA / reports)

    return run


def event_records(pipeline, text: str, published: str) -> list:
    """The event records of one short report published on ``published`` (ISO date)."""
    article = Article(text=text, source="probe", published=date.fromisoformat(published))
    return [e for e in pipeline.extract(article) if e.record_kind == "event"]


def record_row(event, fields: tuple[str, ...]) -> tuple:
    """The record's ``fields`` as a coder's row (the date as ISO text)."""
    return tuple(str(getattr(event, f)) if f == "event_date" else getattr(event, f) for f in fields)


def row_fits(row: tuple, want: tuple) -> bool:
    """Every field ``want`` gives (None: unchecked) is the row's."""
    return all(w is None or g == w for g, w in zip(row, want, strict=True))


def matches(event, want: tuple, fields: tuple[str, ...]) -> bool:
    return row_fits(record_row(event, fields), want)


def assert_record(records: list, want: tuple, fields: tuple[str, ...] = FIELDS) -> None:
    """One of the report's event records has every field ``want`` gives (None: unchecked)."""
    assert any(matches(e, want, fields) for e in records), (want, [record_row(e, fields) for e in records])


# The coder's whole row of a real-length probe report (`test_probe_reports_35w`, `_36w`): the
# coder's fields and whether the record is news or background.
ROW_FIELDS = (*CODER_FIELDS, "status")


def report_param(name: str, want: tuple, near: tuple[float, float] | None = None, miss: str = "", rid: str = ""):
    """A report's record to check (``near``: the real place's point; ``miss``: a known miss)."""
    return pytest.param(name, want, near, id=rid or name, marks=xfail(miss) if miss else ())


def count_param(name: str, want: tuple, count: int, miss: str = "", rid: str = ""):
    """Records of the report a coder would not make: at most ``count`` of them."""
    return pytest.param(name, want, count, id=rid or name, marks=xfail(miss) if miss else ())


def wording_param(text: str, want: tuple, rid: str, miss: str = ""):
    return pytest.param(text, want, id=rid, marks=xfail(miss) if miss else ())


def assert_row(records: list, want: tuple, near: tuple[float, float] | None = None) -> None:
    """One record has the whole row ``want`` gives, and (``near``) lies within 25 km of the
    real place."""
    hits = [e for e in records if matches(e, want, ROW_FIELDS)]
    assert hits, (want, [record_row(e, ROW_FIELDS) for e in records])
    if near is not None:
        dist = min(haversine_km(e.latitude, e.longitude, *near) for e in hits if e.latitude is not None)
        assert dist < 25, (want, near, dist)


def assert_at_most(records: list, want: tuple, count: int) -> None:
    hits = [e for e in records if matches(e, want, ROW_FIELDS)]
    assert len(hits) <= count, (want, [record_row(e, ROW_FIELDS) for e in records])


def assert_none_in(records: list, country: str, admin1: str | None = None, location: str | None = None) -> None:
    """The report makes records, none of them in the place given (where a speaker was, not a
    deed)."""
    assert records
    assert_at_most(records, coder_row(None, None, None, None, country, admin1, location, status=None), 0)


def coder_row(*head: str | int | None, status: str | None = "new") -> tuple:
    """The record an ACLED coder would make (``ROW_FIELDS``: type and sub-event type, both
    actors, country, province, location as the gazetteer spells it, precision, date, toll, news
    or background): the fields ``head`` in order (None leaves one unchecked), the rest unchecked
    but the status."""
    return (*head, *(None,) * (len(CODER_FIELDS) - len(head)), status)


def coders_record_test(records: list):
    """A probe file's test that each report of ``records`` (``report_param``) makes the coder's
    record, within 25 km of the real place's point where one is given
    (``test_the_report_makes_the_coders_record = coders_record_test(RECORDS)``)."""

    @pytest.mark.parametrize(("name", "want", "near"), records)
    def test(run, name, want, near):
        assert_row(run(name), want, near)

    return test


def no_such_record_test(records: list):
    """A probe file's test that each report of ``records`` (``count_param``) makes no more than
    so many of the records a coder would not make."""

    @pytest.mark.parametrize(("name", "want", "count"), records)
    def test(run, name, want, count):
        assert_at_most(run(name), want, count)

    return test


# What `from tests.wire_reports import *` gives a probe file: every name defined here.
__all__ = sorted(name for name in globals() if name not in _IMPORTED and not name.startswith("_"))
