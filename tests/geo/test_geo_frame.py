"""Small places are resolved where the article's events are, not in a speaker's country."""

from __future__ import annotations

import pytest

from sitroom.geo.containment import fallback_place
from sitroom.geo.gazetteer import Hit
from sitroom.geo.loose import loose_elsewhere
from sitroom.geo.resolve import ArticleContext, Mention
from tests.geo.helpers import hit as gazetteer_row


def hit(name: str, cc: str, admin1: str = "", fcode: str = "PPL", pop: int = 5_000, **kw) -> Hit:
    """A made-up town (or unit) at no particular point: only names and codes matter here."""
    return gazetteer_row(name, admin1, 0.0, 0.0, fcode, cc, pop, **kw)


def framed(**places: float) -> ArticleContext:
    ctx = ArticleContext()
    for cc, w in places.items():
        ctx.countries[cc] += max(w, 0.5)
        ctx.places[cc] += w
    return ctx


# ----------------------------------------------------------------- pure functions
def test_loose_namesake_in_a_country_the_article_places_nothing_in_is_rejected():
    ctx = framed(UA=3.0, RU=0.0)  # "Russia's defence ministry": named, never a location
    variant = hit("Staraya Derevnya", "RU", "Kursk", primary=False)
    assert loose_elsewhere(variant, ctx)
    assert not loose_elsewhere(hit("Staraya Derevnya", "RU", "Kursk"), ctx)  # exact name
    assert not loose_elsewhere(hit("Big City", "RU", pop=500_000, primary=False), ctx)
    assert not loose_elsewhere(hit("Nova Derevnia", "UA", primary=False), ctx)
    assert not loose_elsewhere(variant, ArticleContext())  # no frame: nothing to prefer
    passing = framed(UA=1.0)
    passing.names = 8.0  # one country named among eight unresolved town names: no frame
    assert not loose_elsewhere(variant, passing)
    passing.names = 3.0  # one of three names: the article is about that country
    assert loose_elsewhere(variant, passing)


def test_event_countries_ignore_speakers_but_fall_back_to_all():
    assert framed(SD=2.0, TD=0.0).event_countries() == frozenset({"SD"})
    ctx = ArticleContext()
    ctx.countries.update({"ML": 1.0, "BF": 0.5})
    assert ctx.event_countries() == frozenset({"ML", "BF"})


def test_frame_admin1_needs_a_dominant_unit():
    ctx = ArticleContext()
    for h, w in ((hit("Djibo", "BF", "Sahel"), 1.0), (hit("Arbinda", "BF", "Sahel"), 1.0)):
        ctx.add_place(h, w)
    ctx.add_place(hit("Kaya", "BF", "Centre-Nord"), 0.5)
    assert ctx.frame_admin1() == ("BF", "Sahel")
    ctx.add_place(hit("Kaya", "BF", "Centre-Nord"), 2.0)
    assert ctx.frame_admin1() is None  # Centre-Nord 2.5 vs Sahel 2.0: neither has 60%


def test_unknown_village_falls_back_to_the_frame_but_not_a_weak_or_unmarked_name():
    frame = hit("Donetsk", "UA", "Donetsk", fcode="ADM1")
    assert fallback_place(Mention("Zolota Balka", 0, 12, kind="village"), frame) == (frame, 3)
    assert fallback_place(Mention("Zolota Balka", 0, 12, kind="village", weak=True), frame) is None
    assert fallback_place(Mention("Zolota Balka", 0, 12), frame) is None
    assert fallback_place(Mention("Zolota Balka", 0, 12, kind="village")) is None


# ----------------------------------------------------------------- end to end

SPEAKER_CASES = [
    # (text, country, admin1) — the last sentence names an unknown or variant-spelled village
    (
        "Russian shelling killed two civilians in Vovchansk in Ukraine's Kharkiv region on "
        "Monday. Drones also hit Kupiansk. Russia's defence ministry said its troops had "
        "entered the town of Novozybkiv.",
        "Ukraine",
        "Kharkiv",
    ),
    (
        "Russian shelling killed two civilians in Vovchansk in Ukraine's Kharkiv region on "
        "Monday. Drones also hit Kupiansk. Russia's defence ministry said its troops had "
        "captured the village of Tiotkino.",
        "Ukraine",
        "Kharkiv",
    ),
    (
        "Jihadists killed nine herders near Djibo in Burkina Faso's Soum province on Friday. "
        "Mali's army said its soldiers had repelled an assault on the village of Tindoukou-Sara.",
        "Burkina Faso",
        "Sahel",
    ),
    (
        "RSF fighters shelled Zamzam camp near El Fasher in North Darfur on Sunday. Drones also "
        "struck Kutum. Chad's government said refugees had fled the village of Um Sayala Gedid.",
        "Sudan",
        "North Darfur",
    ),
    (
        "Israeli strikes hit Rafah in the southern Gaza Strip on Tuesday. Egypt's foreign "
        "ministry said an aid convoy came under fire in the village of Qizan Abu Rashwan.",
        "Palestine",
        "Gaza Strip",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,country,admin1", SPEAKER_CASES)
def test_unknown_or_variant_village_goes_to_the_article_admin_unit(run_geo, text, country, admin1):
    ctx = run_geo(text)
    last = ctx.candidates[-1].event
    assert (last.country, last.admin1, last.geo_precision) == (country, admin1, 3)
    assert "location" in last.evidence  # the village's own name is cited


@pytest.mark.slow
def test_speaker_possessive_is_not_an_event_country(run_geo):
    ctx = run_geo(
        "Iran's foreign minister said gunmen attacked a police post in Zahedan on Monday. "
        "Pakistan's army said it had sealed the border near Taftan."
    )
    mentions, context = ctx.data["geo"]
    iran = next(m for m in mentions if m.text == "Iran")
    assert iran.modifier and context.places["IR"] > 0  # Zahedan counts, the possessive does not
    assert "PK" in context.event_countries()  # Taftan is placed in Pakistan
    assert ctx.candidates[0].event.location == "Zahedan"


@pytest.mark.slow
def test_country_possessive_of_a_named_region_is_its_container(run_geo):
    ctx = run_geo("Drones struck a depot in Ukraine's Zaporizhzhia region on Sunday.")
    mentions, context = ctx.data["geo"]
    ukraine = next(m for m in mentions if m.text == "Ukraine")
    assert not ukraine.modifier and context.places["UA"] > 0


def test_datelines_are_recognised():
    from sitroom.geo.mentions import is_dateline

    assert is_dateline("KYIV, May 20 (Example Wire) - Russian drones", 0, 4)
    assert is_dateline("Headline\nBAMAKO (Reuters) - Gunmen", 9, 15)
    assert is_dateline("ADEN - Houthi forces", 0, 4)
    assert not is_dateline("Troops entered Aden, May 3 reports say", 15, 19)
    assert not is_dateline("Kidal was attacked on Friday.", 0, 5)


@pytest.mark.slow
def test_dateline_counts_less_than_the_places_of_the_events(run_geo):
    ctx = run_geo(
        "KYIV, June 2 (Example Wire) - Russian drones hit Kherson on Sunday. "
        "Shelling also hit the village of Zelenivka-Druha, officials said."
    )
    mentions, _ = ctx.data["geo"]
    assert next(m for m in mentions if m.text == "KYIV").dateline
    last = ctx.candidates[-1].event
    assert (last.country, last.admin1, last.geo_precision) == ("Ukraine", "Kherson", 3)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Paramilitaries shelled a market in El Obeid on Friday. "
            "The army, which has defended El Obeid since June, denied the claims.",
            "El Obeid",
        ),
        (
            "Gunmen attacked a checkpoint in Gao in northern Mali on Friday. "
            "Soldiers, who have guarded Gao for months, returned fire.",
            "Gao",
        ),
        (
            "Militants raided a village near Palma on Sunday. "
            "Troops, who have patrolled Palma since March, pursued them.",
            "Palma",
        ),
    ],
)
def test_a_name_used_as_a_place_stays_a_place_when_mislabeled(run_geo, text, name):
    ctx = run_geo(text)
    mentions, _ = ctx.data["geo"]
    second = ctx.candidates[-1].sentence
    again = [m for m in mentions if m.text == name and m.start >= second.start_char]
    assert again and again[0].resolved is not None


@pytest.mark.slow
def test_a_place_inside_an_organisation_name_is_not_made_a_place(nlp, gaz):
    from sitroom.geo.spans import place_spans

    doc = nlp("Drones hit Erbil in Iraq. The Islamic Resistance in Iraq claimed it on Telegram.")
    spans = place_spans(doc, lambda n: bool(gaz.lookup(n)))
    org = next(e for e in doc.ents if e.text.startswith("Islamic Resistance"))
    if org.label_ != "ORG":
        pytest.skip("the model did not call the group an organisation")
    assert not any(s.start >= org.start and s.end <= org.end and not w for s, w in spans)
