"""Reports that tell many incidents: a regional roundup, a live blog, a war's running tally.
Each incident is one record with its own place and toll. Sentences of my own."""

from datetime import date

from sitroom.model import Article


def news(pipeline, text, published):
    events = pipeline.extract(Article(text=text, published=published))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def by_place(events):
    return {e.location: e.fatalities for e in events}


SAHEL = (
    "MAIDUGURI, Nigeria - Suspected jihadists raided a cattle market in Gwoza on Tuesday, "
    "killing 14 traders, a local official said.\n\n"
    "In neighbouring Niger, soldiers repelled an attack on an army post near Diffa on "
    "Wednesday. Nine militants and two soldiers were killed, the defence ministry said.\n\n"
    "In Burkina Faso, gunmen ambushed a convoy of traders near Djibo on Thursday, killing "
    "six people.\n"
)


def test_a_toll_sentence_with_no_place_joins_the_incident_told_before_it(pipeline):
    # the dateline names Nigeria; the toll sentence names no place and details Diffa
    out = news(pipeline, SAHEL, date(2024, 3, 16))
    niger = [e for e in out if e.country == "Niger"]
    assert len(niger) == 1 and niger[0].fatalities == 11
    assert not any(e.fatalities == 11 and e.country == "Nigeria" for e in out)


def test_each_incident_of_a_roundup_keeps_its_own_toll(pipeline):
    out = news(pipeline, SAHEL, date(2024, 3, 16))
    assert sorted(e.fatalities for e in out) == [6, 11, 14]
    assert {e.country for e in out} == {"Nigeria", "Niger", "Burkina Faso"}


def test_a_war_tally_after_a_semicolon_is_not_the_strike_toll(pipeline):
    out = news(
        pipeline,
        "A drone struck a bus station in Kherson on Sunday, killing three people; 8,000 "
        "have died in the region since the invasion began.",
        date(2024, 6, 3),
    )
    assert [e.fatalities for e in out] == [3]


def test_a_state_tally_after_a_comma_is_not_the_raid_toll(pipeline):
    out = news(
        pipeline,
        "Gunmen killed nine worshippers at a church near Jos on Sunday, and more than 1,500 "
        "people have been killed in the state since 2023.",
        date(2024, 6, 3),
    )
    assert [e.fatalities for e in out] == [9]


GAZA = (
    "An air strike on a house in Rafah killed 11 people on Tuesday, medics said. Another "
    "strike on a car in the city killed three men.\n\n"
    "In Khan Younis, an air strike on a school sheltering displaced families killed 20 "
    "people, the civil defence agency said.\n"
)


def test_a_paragraph_opening_on_another_town_is_another_record(pipeline):
    out = news(pipeline, GAZA, date(2024, 5, 29))
    assert by_place(out).get("Khan Yunis") == 20


LIVE = (
    "Live: the war in Ukraine\n\n"
    "09:10 - A Russian drone hit a residential building in Odesa overnight, killing two "
    "people and wounding eight, the regional governor said.\n\n"
    "11:05 - Shelling of the town of Nikopol in Dnipropetrovsk region killed a 70-year-old "
    "woman, officials said.\n\n"
    "11:40 - Russian troops attacked Ukrainian positions near Chasiv Yar in Donetsk region, "
    "the general staff said. Three soldiers were killed in the fighting.\n"
)


def test_each_entry_of_a_live_blog_is_its_own_record(pipeline):
    out = news(pipeline, LIVE, date(2024, 6, 1))
    assert by_place(out) == {"Odesa": 2, "Nikopol": 1, "Chasiv Yar": 3}
