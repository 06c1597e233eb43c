"""Text → Actor across conflicts: names and spellings, nationality + head, generics, fuzzy."""

from __future__ import annotations

from datetime import date

import pytest

D2024 = date(2024, 4, 23)

# (text, event country, expected name, expected inter)
CASES = [
    # Iraq
    ("Kataeb Hezbollah", "Iraq", "Kataib Hezbollah", 3),
    ("Kata'ib Hizballah fighters", "Iraq", "Kataib Hezbollah", 3),
    ("the Hezbollah Brigades", "Iraq", "Kataib Hezbollah", 3),
    ("the Islamic Resistance in Iraq", "Iraq", "Islamic Resistance in Iraq", 3),
    ("members of Asa'ib Ahl al-Haq", "Iraq", "Asaib Ahl al-Haq", 3),
    ("the Popular Mobilisation Forces", "Iraq",
     "Military Forces of Iraq (2022-) Popular Mobilization Forces", 1),
    ("al-Hashd al-Shaabi", "Iraq", "Military Forces of Iraq (2022-) Popular Mobilization Forces", 1),
    ("Iraqi security forces", "Iraq", "Military Forces of Iraq (2022-)", 1),
    ("the Iraqi police", "Iraq", "Police Forces of Iraq (2022-)", 1),
    ("ISIS remnants", "Iraq", "Islamic State (Iraq)", 2),
    ("Daesh militants", "Iraq", "Islamic State (Iraq)", 2),
    ("US forces", "Iraq", "Military Forces of the United States (2021-2025)", 8),
    ("American troops", "Iraq", "Military Forces of the United States (2021-2025)", 8),
    ("the American base", "Iraq", "Military Forces of the United States (2021-2025)", 8),
    ("the U.S.-led coalition", "Iraq", "Global Coalition Against Daesh", 8),
    ("Turkish warplanes", "Iraq", "Military Forces of Turkey (2016-)", 8),
    ("PKK fighters", "Iraq", "PKK: Kurdistan Workers Party", 2),
    ("gunmen", "Iraq", "Unidentified Armed Group (Iraq)", 3),
    ("unknown assailants", "Iraq", "Unidentified Armed Group (Iraq)", 3),
    ("protesters", "Iraq", "Protesters (Iraq)", 6),
    ("tribesmen", "Iraq", "Unidentified Clan Militia (Iraq)", 4),
    # Syria
    ("the Syrian army", "Syria", "Military Forces of Syria (2000-2024)", 1),
    ("regime forces", "Syria", "Military Forces of Syria (2000-2024)", 1),
    ("Israeli warplanes", "Syria", "Military Forces of Israel (2022-)", 8),
    ("Russian jets", "Syria", "Military Forces of Russia (2000-)", 8),
    ("the Kurdish-led SDF", "Syria", "QSD: Syrian Democratic Forces", 2),
    ("Hay'at Tahrir al-Sham", "Syria", "HTS: Hayat Tahrir al Sham", 2),
    ("an Iranian site", "Syria", "Military Forces of Iran (1989-)", 8),
    ("Iran's Revolutionary Guards", "Syria",
     "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", 8),
    # Israel / Palestine / Lebanon
    ("the IDF", "Palestine", "Military Forces of Israel (2022-)", 8),
    ("Israeli soldiers", "Israel", "Military Forces of Israel (2022-)", 1),
    ("Hamas's armed wing, the Qassam Brigades", "Palestine", "Hamas", 3),
    ("Islamic Jihad", "Palestine", "Palestinian Islamic Jihad", 3),
    ("Israeli settlers", "Palestine", "Settlers (Israel)", 4),
    ("Palestinian civilians", "Palestine", "Civilians (Palestine)", 7),
    ("Hizbullah", "Lebanon", "Hezbollah", 3),
    # Yemen
    ("Houthi rebels", "Yemen", "Military Forces of Yemen (2016-) Supreme Political Council", 1),
    ("Ansar Allah", "Yemen", "Military Forces of Yemen (2016-) Supreme Political Council", 1),
    ("the Saudi-led coalition", "Yemen", "Operation Restoring Hope", 8),
    ("AQAP militants", "Yemen", "AQAP: Al Qaeda in the Arabian Peninsula", 2),
    # Ukraine / Russia
    ("Russian forces", "Ukraine", "Military Forces of Russia (2000-)", 8),
    ("Ukrainian troops", "Ukraine", "Military Forces of Ukraine (2019-)", 1),
    ("the Armed Forces of Ukraine", "Ukraine", "Military Forces of Ukraine (2019-)", 1),
    ("Wagner mercenaries", "Mali", "Wagner Group", 8),
    # Sahel and West Africa
    ("JNIM", "Mali", "JNIM: Group for Support of Islam and Muslims", 2),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "Burkina Faso",
     "JNIM: Group for Support of Islam and Muslims", 2),
    ("the Islamic State in the Greater Sahara", "Niger", "Islamic State (Sahel)", 2),
    ("Malian soldiers", "Mali", "Military Forces of Mali (2021-)", 1),
    ("Burkinabe soldiers", "Burkina Faso", "Military Forces of Burkina Faso (2022-)", 1),
    ("jihadists", "Burkina Faso", "Islamist Militia (Burkina Faso)", 3),
    ("ISWAP fighters", "Nigeria", "Islamic State (West Africa)", 2),
    ("Boko Haram insurgents", "Nigeria",
     "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", 2),
    ("bandits", "Nigeria", "Unidentified Armed Group (Nigeria)", 3),
    ("villagers", "Niger", "Civilians (Niger)", 7),
    # Sudan, Somalia, Afghanistan
    ("the Rapid Support Forces", "Sudan", "RSF: Rapid Support Forces", 2),
    ("the Sudanese army", "Sudan", "Military Forces of Sudan (2019-)", 1),
    ("al-Shabab militants", "Somalia", "Al Shabaab", 2),
    ("ISIS-K", "Afghanistan", "Islamic State (Afghanistan)", 2),
    # a nationality two states share: the event's country decides
    ("Congolese gendarmes", "Republic of Congo", "Police Forces of the Republic of Congo (1997-)", 1),
    ("Congolese troops", "Democratic Republic of Congo",
     "Military Forces of the Democratic Republic of Congo (2019-)", 1),
]


@pytest.mark.parametrize(("text", "country", "name", "inter"), CASES)
def test_resolves(dictionary, text, country, name, inter):
    actor = dictionary.resolve(text, country, D2024)
    assert actor is not None, text
    assert (actor.name, actor.inter) == (name, inter)


NONE_CASES = [
    "a cat named Frank", "Frank", "the weather", "Iran-backed", "an armed drone",
    "the village", "rockets", "Hamad", "the ceasefire talks", "anti-Hamas",
]


@pytest.mark.parametrize("text", NONE_CASES)
def test_returns_none_rather_than_a_guess(dictionary, text):
    assert dictionary.resolve(text, "Iraq", D2024) is None


def test_generic_needs_a_country(dictionary):
    assert dictionary.resolve("gunmen") is None
    assert dictionary.resolve("security forces") is None
    mention = dictionary.mentions("two gunmen")[0]
    assert mention.generic == "unidentified" and mention.actor is None


def test_nationality_beats_event_country_for_forces_not_for_gunmen(dictionary):
    assert dictionary.resolve("Syrian soldiers", "Iraq").name.startswith("Military Forces of Syria")
    assert dictionary.resolve("the Iraqi government", "Syria").name == "Government of Iraq (2022-)"


def test_backed_and_pro_do_not_make_an_owner(dictionary):
    found = dictionary.mentions("Turkish-backed gunmen", "Syria", D2024)
    assert [m.actor.name for m in found] == ["Unidentified Armed Group (Syria)"]
    assert dictionary.resolve("Iran-backed militias", "Iraq").name == "Militia (Pro-Iran)"
    assert dictionary.resolve("pro-Turkish factions", "Syria") is None


def test_regime_period_follows_the_date(dictionary):
    assert dictionary.resolve("Iraqi army", "Iraq", date(2020, 1, 5)).name == (
        "Military Forces of Iraq (2018-2020)"
    )
    assert dictionary.resolve("Syrian army", "Syria", date(2025, 2, 1)).name == (
        "Military Forces of Syria (2024-)"
    )
    assert dictionary.resolve("US troops", "Iraq", date(2019, 6, 1)).name == (
        "Military Forces of the United States (2017-2021)"
    )


def test_group_that_changed_status_over_time(dictionary):
    assert dictionary.resolve("the Taliban", "Afghanistan", date(2020, 3, 1)).name == "Taliban"
    taliban = dictionary.resolve("the Taliban", "Afghanistan", date(2022, 3, 1))
    assert (taliban.name, taliban.inter) == ("Military Forces of Afghanistan (2021-)", 1)
    rsf = dictionary.resolve("RSF", "Sudan", date(2021, 1, 1))
    assert (rsf.name, rsf.inter) == ("Military Forces of Sudan (2019-) Rapid Support Forces", 1)


def test_bare_country_only_when_allowed(dictionary):
    assert dictionary.resolve("Israel", "Syria", D2024).name == "Military Forces of Israel (2022-)"
    assert dictionary.resolve("Israel", "Syria", D2024, allow_bare_state=False) is None


def test_acronyms_match_only_in_capitals(dictionary):
    assert dictionary.resolve("SDF", "Syria").name == "QSD: Syrian Democratic Forces"
    assert dictionary.resolve("sdf", "Syria") is None
    assert dictionary.resolve("it is", "Iraq") is None  # "IS" is the Islamic State only in capitals
    assert dictionary.resolve("us", "Iraq") is None


def test_fuzzy_catches_misspellings_but_is_strict(dictionary):
    assert dictionary.resolve("Kataib Hizbolah", "Iraq").name == "Kataib Hezbollah"
    assert dictionary.resolve("Asaib Ahl al-Haqq", "Iraq").name == "Asaib Ahl al-Haq"
    assert dictionary.resolve("Hamad", "Palestine") is None  # near "Hamas" but not a misspelling


def test_several_actors_in_one_phrase_in_order(dictionary):
    found = dictionary.mentions("Kataib Hezbollah of the Islamic Resistance in Iraq", "Iraq")
    assert [m.actor.name for m in found] == ["Kataib Hezbollah", "Islamic Resistance in Iraq"]
    assert found[0].text == "Kataib Hezbollah"


def test_victims_bring_their_group_as_associate(dictionary):
    found = dictionary.mentions("two journalists", "Sudan")[0]
    assert found.actor.name == "Civilians (Sudan)"
    assert found.assoc == ["Journalists (Sudan)"]


def test_affiliation_chain(dictionary):
    kh = dictionary.resolve("Kataib Hezbollah", "Iraq", D2024)
    assert kh.affiliations == [
        "Islamic Resistance in Iraq", "Military Forces of Iraq (2022-) Popular Mobilization Forces"
    ]


def test_listing_and_countries(dictionary):
    names = {a.name for a in dictionary.all()}
    assert {"Hezbollah", "Al Shabaab", "Wagner Group", "RSF: Rapid Support Forces"} <= names
    assert all(a.inter in range(1, 9) for a in dictionary.all())
    assert dictionary.country_of("Burkinabe") == "Burkina Faso"
    assert dictionary.country_of("Great Britain") == "United Kingdom"
    assert [c for c, _, _ in dictionary.countries_in("from Iraq towards Syria")] == ["Iraq", "Syria"]
    assert dictionary.inter_for("Military Forces of Iran (1989-)", "Syria") == 8
    assert dictionary.inter_for("Military Forces of Iraq (2022-)", "Iraq") == 1


def test_local_aliases_depend_on_the_event_country(dictionary):
    assert dictionary.resolve("coalition warplanes", "Yemen").name == "Operation Restoring Hope"
    assert dictionary.resolve("coalition warplanes", "Syria").name == "Global Coalition Against Daesh"
    assert dictionary.resolve("coalition warplanes", "Mali") is None
    assert dictionary.resolve("rebels", "Syria").name == "Opposition Rebels (Syria)"
    # elsewhere unnamed rebels are ACLED's unidentified armed group of the event's country
    assert dictionary.resolve("rebels", "Sudan").name == "Unidentified Armed Group (Sudan)"


def test_the_umbrella_operation_is_named_first(dictionary):
    found = dictionary.mentions(
        "Turkish forces and allied rebels, operating under Operation Peace Spring", "Syria"
    )
    assert [m.actor.name for m in found][:2] == [
        "Operation Peace Spring", "Military Forces of Turkey (2016-)"
    ]


def test_regime_stands_for_the_event_countrys_state(dictionary):
    assert dictionary.resolve("regime positions", "Syria", D2024).name == (
        "Military Forces of Syria (2000-2024)"
    )
    assert dictionary.resolve("government troops", "Sudan").name == "Military Forces of Sudan (2019-)"
    assert dictionary.resolve("regime positions") is None


def test_a_facility_keeps_the_class_of_its_owner(dictionary):
    assert dictionary.resolve("a police checkpoint", "Iraq", D2024).name == (
        "Police Forces of Iraq (2022-)"
    )
    assert dictionary.resolve("a Russian observation post", "Syria").name == (
        "Military Forces of Russia (2000-)"
    )


def test_crowds_take_the_event_country_forces_keep_their_own(dictionary):
    assert dictionary.resolve("Syrian protesters", "Lebanon").name == "Protesters (Lebanon)"
    assert dictionary.resolve("Syrian protesters").name == "Protesters (Syria)"
    assert dictionary.resolve("Syrian soldiers", "Lebanon", D2024).name == (
        "Military Forces of Syria (2000-2024)"
    )


def test_table_lists_named_actors_and_state_forces(dictionary):
    rows = dictionary.table(D2024)
    names = {r["name"] for r in rows}
    assert "Military Forces of Iraq (2022-)" in names
    assert "Police Forces of Iraq (2022-)" in names
    assert "Military Forces of Syria (2000-2024)" in names
    assert "Kataib Hezbollah" in names
    assert all(set(r) == {"name", "inter", "country", "kind", "affiliations", "aliases"} for r in rows)


def test_local_alias_overrides_a_global_one(dictionary):
    assert dictionary.resolve("al-Shabaab militants", "Somalia").name == "Al Shabaab"
    assert dictionary.resolve("al-Shabaab militants", "Mozambique").name == (
        "Islamic State (Mozambique)"
    )
    assert dictionary.resolve("Philippine soldiers", "Philippines").name == (
        "Military Forces of the Philippines (2022-)"
    )


def test_military_police_officers_are_the_military_police(dictionary):
    found = dictionary.resolve("Military Police officers", "Brazil", date(2021, 3, 2))
    assert found.name == "Military Forces of Brazil (2019-2022) Military Police"


def test_the_greater_sahara_branch_took_its_sahel_name_in_2022(dictionary):
    assert dictionary.resolve("ISGS fighters", "Niger", date(2021, 7, 1)).name == (
        "Islamic State (Greater Sahara)"
    )
    assert dictionary.resolve("ISGS fighters", "Niger", date(2023, 7, 1)).name == (
        "Islamic State (Sahel)"
    )


@pytest.mark.parametrize(
    ("text", "country", "when", "name"),
    [
        ("Haitian police", "Haiti", date(2023, 1, 10), "Police Forces of Haiti (2021-2024)"),
        ("Eritrean troops", "Ethiopia", date(2021, 1, 10), "Military Forces of Eritrea (1993-)"),
        ("soldiers", "Central African Republic", date(2022, 5, 1),
         "Military Forces of the Central African Republic (2016-)"),
        ("Thai soldiers", "Thailand", date(2024, 2, 1), "Military Forces of Thailand (2023-)"),
        ("Sri Lankan police", "Sri Lanka", date(2022, 4, 1), "Police Forces of Sri Lanka (2019-2022)"),
    ],
)
def test_states_of_more_conflicts_name_their_forces(dictionary, text, country, when, name):
    assert dictionary.resolve(text, country, when).name == name
