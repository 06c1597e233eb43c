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


def records(pipeline, text, published):
    return pipeline.extract(Article(text=text, published=published))


NORTHWEST = (
    "Bandit raids kill 23 across Nigeria's northwest\n\n"
    "Gunmen on motorcycles stormed a village in Katsina state on Saturday, killing 15 "
    "residents, police said.\n\n"
    "In neighbouring Zamfara state, bandits killed eight farmers working on their fields "
    "near Gusau on Sunday, a local official said.\n"
)


def test_a_headline_that_sums_up_two_raids_lends_neither_its_toll(pipeline):
    out = news(pipeline, NORTHWEST, date(2024, 6, 3))
    assert sorted(e.fatalities for e in out) == [8, 15]
    assert all(e.fatalities_high < 23 for e in out)


SOMALIA = (
    "Somalia: al-Shabaab attacks kill 17 soldiers and civilians\n\n"
    "Al-Shabaab fighters overran an army base in Galgaduud region on Monday, killing 10 "
    "soldiers, a military officer said.\n\n"
    "In Mogadishu, a roadside bomb struck a minibus on Monday, killing seven civilians.\n"
)


def test_a_summary_headline_does_not_fold_two_incidents_into_one(pipeline):
    out = news(pipeline, SOMALIA, date(2024, 2, 6))
    assert sorted(e.fatalities for e in out) == [7, 10]
    assert "Mogadishu" in {e.location for e in out}


MYANMAR = (
    "Myanmar: air strikes kill 19 in Sagaing and Chin\n\n"
    "A military jet bombed a monastery in Sagaing region on Sunday, killing 11 people, "
    "residents said.\n\n"
    "Separately, an air strike on Monday hit a market in Falam in Chin state, killing eight "
    "civilians.\n"
)


def test_a_summary_headline_naming_two_regions_makes_no_region_level_record(pipeline):
    out = news(pipeline, MYANMAR, date(2024, 3, 12))
    assert sorted(e.fatalities for e in out) == [8, 11]
    assert not any(e.location == "Chin" for e in out)


def test_a_headline_that_tells_the_lead_incident_still_joins_it(pipeline):
    text = (
        "Rebel attack kills 9 near Beni\n\n"
        "Rebels killed nine villagers near Beni on Friday, a local official said.\n\n"
        "In Bunia, a grenade wounded two traders on Saturday.\n"
    )
    out = news(pipeline, text, date(2024, 6, 3))
    assert [e.fatalities for e in out if e.fatalities] == [9]
    assert any(k.startswith("mention_") for e in out if e.fatalities for k in e.evidence)


def test_a_war_tally_makes_no_record_of_its_own(pipeline):
    for text in (
        "Gunmen attacked a village in Zamfara state on Saturday, killing 12 farmers, police "
        "said. Thousands have been killed in banditry across northwest Nigeria since 2011.",
        "Shelling killed seven people in El Fasher on Sunday, medics said. The war, which "
        "began in April 2023, has killed tens of thousands of people nationwide.",
        "A car bomb killed four soldiers in Diyala on Monday. More than 2,000 people have "
        "died in attacks in the province since January.",
    ):
        out = records(pipeline, text, date(2024, 6, 3))
        assert [e.status for e in out if e.record_kind == "event"] == ["new"], text
        assert all(e.fatalities < 100 for e in out), text


def test_a_tally_alone_makes_no_record_nor_does_the_start_it_counts_from(pipeline):
    out = records(
        pipeline,
        "At least 400 people have been killed in Jonglei since the ceasefire was signed.",
        date(2024, 6, 3),
    )
    assert out == []


WEEKLY = (
    "Weekly security summary, 8-14 January\n\n"
    "Cameroon: Separatist fighters killed three gendarmes at a checkpoint in Bamenda on 9 "
    "January. On 11 January, soldiers killed four separatists in Kumbo.\n\n"
    "Chad: Gunmen killed 11 herders near Moundou on 12 January.\n\n"
    "Central African Republic: Rebels of the 3R group killed six civilians near Bocaranga on "
    "13 January. Some 1,200 people have been killed in the northwest since 2021.\n"
)


def test_a_weekly_summary_gives_each_incident_its_toll_and_day_and_no_tally(pipeline):
    out = records(pipeline, WEEKLY, date(2024, 1, 15))
    got = {e.location: (e.fatalities, e.event_date.day) for e in out if e.record_kind == "event"}
    assert got == {"Bamenda": (3, 9), "Kumbo": (4, 11), "Moundou": (11, 12), "Bocaranga": (6, 13)}
    assert all(e.status == "new" for e in out if e.record_kind == "event")


LEBANON = (
    "Live: fighting in Lebanon\n\n"
    "08:40 - An Israeli drone strike on a car near Tyre killed two men, the health ministry "
    "said.\n\n"
    "13:20 - An air strike on a house in Nabatieh killed five people, including two children. "
    "More than 600 people have been killed in Lebanon since October.\n"
)


def test_a_live_blog_entry_ending_on_a_tally_keeps_its_own_toll_and_adds_no_record(pipeline):
    out = records(pipeline, LEBANON, date(2024, 9, 2))
    assert sorted(e.fatalities for e in out if e.record_kind == "event") == [2, 5]
    assert all(e.status == "new" for e in out if e.record_kind == "event")


def test_a_headline_listing_two_regions_over_two_incidents_makes_no_record(pipeline):
    text = (
        "Myanmar: deadly air strikes in Magway and Chin\n\n"
        "A military jet bombed a school in Magway region on Sunday, killing 11 people, "
        "residents said.\n\n"
        "Separately, an air strike on Monday hit a market in Falam in Chin state, killing "
        "eight civilians.\n"
    )
    out = news(pipeline, text, date(2024, 3, 12))
    assert sorted(e.fatalities for e in out) == [8, 11]
    assert "Chin" not in {e.location for e in out}
