"""Stop 32: a village the gazetteer lacks, told inside a chain of containers ("X village of Y
district, Z"; "X village, Y commune, Z district of W"; "X, in the municipality of Y, Z"),
lands at the lowest container the text names that the gazetteer knows, never at a namesake
of X across the province the chain names, nor at a province that happens to bear the
village's name, nor at the province when the municipality is known.

Short reports written here with invented villages (and, where a namesake matters, a real
one of another province). Known misses are strict xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import (
    DRC,
    assert_record,
    event_records,
    xfail,
)

pytestmark = pytest.mark.slow

FIELDS = ("country", "admin1", "location", "geo_precision")


REPORTS = [
    # a namesake of the village near the district's town, but across the named province's
    # border: the district the text names (its seat town), not the namesake
    pytest.param("A roadside bomb wounded two farmers in Shaykhan village of Azra district in Logar province on Sunday.",
                 ("Afghanistan", "Logar", "Hukumati Azrah", 2), id="afghanistan-village-of-district"),
    pytest.param("Unknown gunmen shot dead a teacher in the Shaykhan locality of Logar's Azra district on Sunday.",
                 ("Afghanistan", "Logar", "Hukumati Azrah", 2), id="afghanistan-locality-of-possessive-district"),
    pytest.param("Gunmen killed a farmer in the Zinranah area of Kifri district, Diyala, on Tuesday.",
                 ("Iraq", "Diyala", "Kifri", 2), id="iraq-area-of-district"),
    pytest.param("Gunmen kidnapped two men in Tissia village, Salkhad district, Sweida, on Monday.",
                 ("Syria", "As-Sweida", "Salkhad", 2), id="syria-village-district"),
    # "X village, Y commune (unknown), Z district": X is no province of its name elsewhere
    pytest.param("A landmine killed a farmer in Kandal village, Phnum Dei commune, Ou Chrov district, Banteay Meanchey province.",
                 ("Cambodia", "Banteay Mean Choay", "Ou Chrov District", 2), id="cambodia-village-commune-district"),
    pytest.param("Gunmen killed three farmers in Logar village, Zerkoh Bala commune, Shindand district, Herat province.",
                 ("Afghanistan", "Herat", "Shindand", 2), id="afghanistan-village-commune-district"),
    pytest.param("An IED killed a shepherd in Anbar village, Qoratu Kon sub-district, Khanaqin district, Diyala.",
                 ("Iraq", "Diyala", "Khanaqin", 2), id="iraq-village-subdistrict-district"),
    # "in the municipality of Y" with Y tagged a nationality: the municipality, not the state
    pytest.param("Armed men attacked the village of Tlaxcoapan Viejo, in the municipality of Chilapa, Guerrero, on Friday.",
                 ("Mexico", "Guerrero", "Chilapa de Alvarez", None), id="mexico-municipality-of"),
    # ordinary chains around them (these held before)
    pytest.param("Troops killed three villagers in Mindaungbin Ywathit village of Kani township in Sagaing region on Monday.",
                 ("Myanmar", "Sagaing", "Kani", 2), id="myanmar-village-township"),
    pytest.param("Jihadists killed five herders in Kognouma Sebe village (Diafarabé commune, Ténenkou cercle) in central Mali on Friday.",
                 ("Mali", "Mopti", "Diafarabe", 2), id="mali-village-commune-cercle"),
    pytest.param("Armed men killed 10 civilians in Sollé Kouré Peulh village of Djibo commune, Soum province, Burkina Faso.",
                 ("Burkina Faso", "Sahel", "Djibo", 2), id="burkina-village-commune-province"),
    pytest.param("Bandits abducted 20 people from Unguwar Tudu Sabuwa village in Bakori LGA of Katsina State.",
                 ("Nigeria", "Katsina", "Bakori", 2), id="nigeria-village-lga"),
    pytest.param("M23 fighters seized Kisharo Mbili Juu village in Rutshuru territory, North Kivu, on Sunday.",
                 (DRC, "Nord-Kivu", "Rutshuru Territory", 2), id="drc-village-territory"),
    pytest.param("Al-Shabaab militants attacked a police post in Qoqar Dhexe village, Mandera county, on Monday.",
                 ("Kenya", "Mandera", "Mandera", 2), id="kenya-village-county"),
    pytest.param("Russian shelling hit Novotroyitske Pershe village in Pokrovsk district of Donetsk oblast, killing two.",
                 ("Ukraine", "Donetsk", "Pokrovsk", 2), id="ukraine-village-raion"),
    pytest.param("Al-Shabaab fighters attacked Buulo Warbo Dhexe village in Jowhar district of Middle Shabelle region.",
                 ("Somalia", "Middle Shabelle", "Jowhar", 2), id="somalia-village-district"),
    pytest.param("OLA fighters killed nine civilians in Gunde Meskel Dhaqa village of Dera woreda in North Shewa zone, Oromia.",
                 ("Ethiopia", "Oromia", "Dera", 2), id="ethiopia-village-woreda-zone"),
    pytest.param("An IED killed a soldier in Zawiya Kharab Saghir village, Daquq district, Kirkuk province.",
                 ("Iraq", "Kirkuk", "Daquq", 2), id="iraq-village-district-province"),
    # ', municipality of Y' (no 'in the' before it): Y is the unknown village's unit (stop 33)
    pytest.param("Armed men killed two men in Tlaxcoapan Viejo, municipality of Chilapa, Guerrero, on Friday.",
                 ("Mexico", "Guerrero", "Chilapa de Alvarez", None),
                 id="mexico-comma-municipality-of"),
    # still wrong
    pytest.param("Residents of Vostochny Tash village in Alamudin district of Chui region protested on Monday.",
                 ("Kyrgyzstan", None, "Alamudin", 2),
                 marks=xfail("the gazetteer lacks the district (Alamüdün): the record falls to the region"),
                 id="kyrgyzstan-unknown-district"),
    pytest.param("Soldiers found two bombs planted by rebels at the boundary of Barangays Malubog and Tinago, Pinabacdao, Samar, on Friday.",
                 ("Philippines", "Eastern Visayas", "Pinabacdao", 2),
                 marks=xfail("a Tinago of Leyte, near but not in the named municipality, is taken for the barangay"),
                 id="philippines-barangays-municipality"),
]


@pytest.mark.parametrize(("text", "want"), REPORTS)
def test_an_unknown_village_lands_at_its_lowest_known_container(pipeline, text, want):
    assert_record(event_records(pipeline, text, "2025-03-14"), want, FIELDS)
