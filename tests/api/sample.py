"""A small store built by hand: reports written for these tests, events with evidence spans.

No NLP stage runs here: the events are what an extractor would produce, so the API and
page tests do not depend on extraction quality. Several conflicts, claim kinds and
statuses, one event without coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sitroom.fuse.save import save
from sitroom.model import Article, Event, Evidence
from sitroom.store import open_store


def span(text: str, phrase: str, after: int = 0) -> Evidence:
    """The evidence for `phrase` as it occurs in `text` (at or after `after`)."""
    start = text.index(phrase, after)
    return Evidence(start, start + len(phrase), phrase)


@dataclass
class Sample:
    article: Article
    events: list[Event]


def _cited(text: str, event: Event, **phrases: str) -> Event:
    for field_name, phrase in phrases.items():
        event.cite(field_name, span(text, phrase))
    return event


IRAQ = (
    "A drone struck a convoy of the Popular Mobilization Forces near Al-Qaim in Al-Anbar on "
    "Sunday, killing three fighters, security sources said. The Islamic Resistance in Iraq "
    "claimed the attack in a statement. Earlier this year a similar strike hit Jurf al-Sakhar."
)
SUDAN = (
    "Rapid Support Forces shelled the Abu Shouk camp in El Fasher on Monday, killing at least "
    "seven civilians, according to local medics. The RSF denied targeting civilians."
)
SUDAN_AGAIN = (
    "Medics in North Darfur said RSF artillery hit Abu Shouk displacement camp near El Fasher "
    "on Monday. Seven people were killed, among them two children. The paramilitary force "
    "denied responsibility."
)
UKRAINE = (
    "Russian missiles hit an energy facility in Kharkiv on Thursday, the regional governor "
    "said, injuring four workers."
)
MALI = (
    "Unidentified gunmen attacked the village of Ogossagou in Mopti region on Tuesday, killing "
    "twelve villagers, residents said. The claim could not be independently verified."
)
YEMEN = (
    "Houthi forces and government troops clashed south of Marib city on Saturday, leaving five "
    "dead on both sides, a military source told reporters. Displaced families fled the area."
)


def samples() -> list[Sample]:
    iraq = Article(IRAQ, source="Test Wire", published=date(2024, 3, 11), url="https://example.org/iraq")
    sudan = Article(SUDAN, source="Darfur Desk", published=date(2024, 5, 7))
    sudan_again = Article(SUDAN_AGAIN, source="Nile Herald", published=date(2024, 5, 7))
    # a hostile feed entry's link: the page must never render it as a link
    ukraine = Article(UKRAINE, source="Kyiv Bulletin", published=date(2024, 4, 19),
                      url="javascript:alert(document.domain)")
    mali = Article(MALI, source="Sahel Monitor", published=date(2024, 4, 3))
    yemen = Article(YEMEN, source="Aden Notes", published=date(2024, 2, 18))
    return [
        Sample(iraq, [
            _cited(IRAQ, Event(
                event_id_cnty="IRQ", event_date=date(2024, 3, 10), year=2024, time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                actor1="Unidentified Armed Group (Iraq)", actor2="Popular Mobilization Forces",
                country="Iraq", admin1="Al Anbar", location="Al Qaim", latitude=34.37,
                longitude=41.09, geo_precision=2, fatalities=3, status="new", claim="claimed",
                attributed_to="Islamic Resistance in Iraq", source="Test Wire",
                notes="On 10 March 2024, a drone struck a PMF convoy near Al-Qaim.",
            ), event_type="drone struck", actor2="Popular Mobilization Forces",
                location="Al-Qaim", fatalities="killing three fighters", event_date="Sunday",
                attributed_to="The Islamic Resistance in Iraq", claim="claimed the attack"),
            _cited(IRAQ, Event(
                event_id_cnty="IRQ", event_date=date(2024, 1, 15), year=2024, time_precision=3,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                country="Iraq", admin1="Babil", location="Jurf al-Sakhar", latitude=32.87,
                longitude=44.11, geo_precision=1, status="background", source="Test Wire",
            ), location="Jurf al-Sakhar", event_type="strike", event_date="Earlier this year"),
        ]),
        Sample(sudan, [
            _cited(SUDAN, Event(
                event_id_cnty="SDN", event_date=date(2024, 5, 6), year=2024, time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                actor1="Rapid Support Forces", actor2="Civilians (Sudan)", country="Sudan",
                admin1="North Darfur", location="Abu Shouk camp", latitude=13.66, longitude=25.35,
                geo_precision=1, fatalities=7, status="new", claim="denied",
                attributed_to="Rapid Support Forces", civilian_targeting="Civilian targeting",
                source="Darfur Desk",
            ), actor1="Rapid Support Forces", event_type="shelled", location="Abu Shouk camp",
                fatalities="killing at least seven civilians", claim="denied"),
        ]),
        Sample(sudan_again, [
            _cited(SUDAN_AGAIN, Event(
                event_id_cnty="SDN", event_date=date(2024, 5, 6), year=2024, time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                actor1="Rapid Support Forces", actor2="Civilians (Sudan)", country="Sudan",
                admin1="North Darfur", location="Abu Shouk camp", latitude=13.66, longitude=25.35,
                geo_precision=1, fatalities=7, status="new", claim="denied",
                attributed_to="Rapid Support Forces", source="Nile Herald",
            ), actor1="RSF", event_type="artillery hit", location="Abu Shouk displacement camp",
                fatalities="Seven people were killed", claim="denied responsibility"),
        ]),
        Sample(ukraine, [
            _cited(UKRAINE, Event(
                event_id_cnty="UKR", event_date=date(2024, 4, 18), year=2024, time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                actor1="Military Forces of Russia", country="Ukraine", admin1="Kharkiv",
                location="Kharkiv", latitude=49.99, longitude=36.23, geo_precision=1,
                injuries=4, status="new", claim="reported", source="Kyiv Bulletin",
            ), actor1="Russian", event_type="missiles hit", location="Kharkiv",
                injuries="injuring four workers", attributed_to="the regional governor"),
        ]),
        Sample(mali, [
            _cited(MALI, Event(
                event_id_cnty="MLI", event_date=date(2024, 4, 2), year=2024, time_precision=1,
                event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Unidentified Armed Group (Mali)", actor2="Civilians (Mali)", country="Mali",
                admin1="Mopti", location="Ogossagou", latitude=14.28, longitude=-3.63,
                geo_precision=1, fatalities=12, status="new", claim="unconfirmed",
                source="Sahel Monitor",
            ), actor1="Unidentified gunmen", location="Ogossagou", event_type="attacked",
                fatalities="killing twelve villagers",
                claim="could not be independently verified"),
        ]),
        Sample(yemen, [
            _cited(YEMEN, Event(
                event_id_cnty="YEM", event_date=date(2024, 2, 17), year=2024, time_precision=1,
                event_type="Battles", sub_event_type="Armed clash", actor1="Houthis (Ansar Allah)",
                actor2="Military Forces of Yemen", country="Yemen", admin1="Marib",
                location="Marib", latitude=15.46, longitude=45.32, geo_precision=2, fatalities=5,
                status="new", claim="reported", source="Aden Notes",
            ), actor1="Houthi forces", actor2="government troops", event_type="clashed",
                location="south of Marib city", fatalities="leaving five dead"),
            Event(
                event_id_cnty="YEM", event_date=date(2024, 2, 17), year=2024, time_precision=2,
                event_type="Strategic developments", sub_event_type="Displacement",
                country="Yemen", status="new", claim="reported", source="Aden Notes",
            ),
        ]),
    ]


#: Events per country in the sample store (the Yemeni displacement has no coordinates; the
#: two Sudanese reports describe one shelling, which fusion keeps as one event, two sources).
COUNTS = {"Iraq": 2, "Sudan": 1, "Ukraine": 1, "Mali": 1, "Yemen": 2}
PLACED = sum(COUNTS.values()) - 1


def build_store(path: str) -> list[str]:
    """Save every sample into a new store at `path`; returns the stored event ids."""
    store = open_store(path)
    ids: list[str] = []
    try:
        for sample in samples():
            ids += save(store, sample.article, sample.events).event_ids
    finally:
        store.close()
    return ids
