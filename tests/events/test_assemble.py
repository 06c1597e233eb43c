"""Incident assembly on reports of my own: one record per incident, follow-ups enrich it."""

from datetime import date

from sitroom.model import Article

PUB = date(2024, 5, 10)  # a Friday


def new_events(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def test_follow_ups_enrich_one_record(pipeline):
    out = new_events(
        pipeline,
        "Gunmen stormed the village of Kurfi in Katsina State on Tuesday, killing five people. "
        "The attackers arrived on motorcycles and opened fire on traders at the market. "
        "Police said the death toll had risen to eight by Wednesday morning.",
    )
    assert len(out) == 1
    ev = out[0]
    assert ev.event_date == date(2024, 5, 7)
    assert ev.fatalities == 8 and ev.fatalities_low == 5
    assert any(k.startswith("mention_") for k in ev.evidence)


def test_a_weapon_named_later_refines_the_sub_type(pipeline):
    out = new_events(
        pipeline,
        "Russian forces struck the city of Kharkiv on Monday, killing four civilians. "
        "Two of the dead were children, officials said. "
        "Russia used Iskander ballistic missiles in the strike, the air force said.",
    )
    assert len(out) == 1
    assert out[0].sub_event_type == "Shelling/artillery/missile attack"
    assert "missile" in out[0].evidence["sub_event_type"].text


def test_other_towns_and_other_days_stay_separate(pipeline):
    towns = new_events(
        pipeline,
        "On Monday, militants attacked a police post in Bannu, killing three officers. "
        "Separately, militants ambushed an army convoy in Lakki Marwat on Monday, "
        "killing two soldiers.",
    )
    assert len(towns) == 2
    days = new_events(
        pipeline,
        "Gunmen killed four farmers in Makurdi on Sunday. On Wednesday, gunmen killed "
        "two herders in Makurdi.",
    )
    assert sorted(e.event_date for e in days) == [date(2024, 5, 5), date(2024, 5, 8)]


def test_rockets_then_a_drone_are_two_attacks(pipeline):
    out = new_events(
        pipeline,
        "On Thursday, four rockets were fired at a coalition base near Hasakah. "
        "A drone later targeted the same base, the coalition said.",
    )
    assert {e.sub_event_type for e in out} == {
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    }


def test_an_incident_before_the_lead_is_context(pipeline):
    events = pipeline.extract(
        Article(
            text="A drone strike hit a car near Tyre on Thursday, killing one man. "
            "The strike came a week after an Israeli raid on Nabatieh killed five people "
            "on May 2.",
            published=PUB,
        )
    )
    new = [e for e in events if e.status == "new"]
    assert [e.sub_event_type for e in new] == ["Air/drone strike"]
    old = [e for e in events if e.status == "background"]
    assert old and old[0].event_date == date(2024, 5, 2)


def test_reactions_are_not_events(pipeline):
    events = pipeline.extract(
        Article(
            text="Bandits attacked a village in Zamfara State on Tuesday, killing six residents. "
            "The governor condemned the attack and promised to bring the killers to justice.",
            published=PUB,
        )
    )
    acled = [e for e in events if e.status == "new" and e.record_kind == "event"]
    assert len(acled) == 1
    assert all(e.plover_type != "ACCUSE" for e in acled)


def test_a_separate_incident_cue_opens_another_record(pipeline):
    out = new_events(
        pipeline,
        "Turkish drones struck militant positions in northern Iraq on Tuesday, killing four "
        "fighters. Meanwhile, Turkish drones hit a vehicle in northern Iraq, killing one fighter.",
    )
    assert sorted(e.fatalities for e in out) == [1, 4]


def test_events_told_in_passing_are_background(pipeline):
    events = pipeline.extract(
        Article(
            text="Rockets hit a military base near Erbil on Thursday, wounding two soldiers. "
            "The attack came three days after a drone strike killed a commander in Baghdad. "
            "Militias had vowed revenge for the killing of their leader in Damascus.",
            published=PUB,
        )
    )
    new = [e for e in events if e.status == "new" and e.record_kind == "event"]
    assert [e.sub_event_type for e in new] == ["Shelling/artillery/missile attack"]


def test_a_vague_first_toll_gives_way_to_a_precise_one(pipeline):
    out = new_events(
        pipeline,
        "Dozens of people were killed when gunmen attacked a village in Ituri on Thursday. "
        "The gunmen killed 23 villagers, a local official said.",
    )
    assert len(out) == 1 and out[0].fatalities == 23


def test_several_gives_way_to_an_exact_count_inside_its_range(pipeline):
    out = new_events(
        pipeline,
        "Several farmers were killed when a drone struck a market in Kidal on Thursday. "
        "The strike killed six farmers and a trader's son, the mayor said.",
    )
    assert len(out) == 1 and out[0].fatalities == 7


def test_an_exact_first_toll_is_not_replaced_by_a_smaller_one(pipeline):
    out = new_events(
        pipeline,
        "Nine soldiers were killed when a drone struck a base near Kidal on Thursday. "
        "The strike killed six soldiers in their barracks, the army said.",
    )
    assert len(out) == 1 and out[0].fatalities == 9


def test_a_dateline_does_not_split_the_incident(pipeline):
    out = new_events(
        pipeline,
        "BAGHDAD - Two policemen were killed on Thursday when a roadside bomb hit their patrol "
        "in the Tarmiyah district, north of the capital. The bomb went off as the patrol "
        "passed, police said.",
    )
    assert len(out) == 1


def test_an_undated_second_incident_takes_the_news_day(pipeline):
    out = new_events(
        pipeline,
        "Rebels attacked an army base in Saravena on Wednesday, killing one soldier.\n\n"
        "Another soldier was wounded when an explosive hit the police station in Tame.",
    )
    assert len(out) == 2
    assert {e.event_date for e in out} == {date(2024, 5, 8)}


def test_those_who_died_are_the_victims_not_the_attackers(pipeline):
    out = new_events(pipeline, "Five people died in a Russian drone strike on Sumy on Wednesday.")
    assert len(out) == 1
    assert "Russia" in out[0].actor1 and "Civilians" in out[0].actor2
    out = new_events(
        pipeline,
        "Twelve soldiers died on Tuesday as militants attacked an army post near Mopti.",
    )
    assert len(out) == 1
    assert out[0].event_type == "Battles"
    assert out[0].actor1.startswith("Unidentified") and "Military" in out[0].actor2


def test_a_concurrent_strike_told_after_the_lead_is_news(pipeline):
    out = new_events(
        pipeline,
        "Turkish drones struck PKK positions near Zakho on Tuesday, killing four fighters, a "
        "Kurdish security agency said in a statement released today.\n"
        "The strikes targeted a weapons depot in Batifa, north of Zakho.\n"
        "Concurrently, Turkish jets launched an assault on PKK sites near Sidakan. "
        "One fighter lost his life.",
    )
    assert len(out) == 2
    assert {e.event_date for e in out} == {date(2024, 5, 7)}


def test_the_attackers_dead_are_added(pipeline):
    out = new_events(
        pipeline,
        "Gunmen attacked a police checkpoint in Gusau on Tuesday, killing four officers. "
        "Police said officers killed two of the attackers during the exchange.",
    )
    assert len(out) == 1 and out[0].fatalities == 6


def test_an_attacker_who_died_later_is_added(pipeline):
    out = new_events(
        pipeline,
        "A gunman shot dead a shopkeeper in Hermosillo on Tuesday. The attacker died in "
        "the exchange of fire with police.",
    )
    assert len(out) == 1 and out[0].fatalities == 2


def test_attackers_killed_in_a_later_sentence_are_added(pipeline):
    out = new_events(
        pipeline,
        "Gunmen killed three worshippers at a mosque in Katsina on Tuesday. Two of the "
        "gunmen were killed by vigilantes.",
    )
    assert len(out) == 1 and out[0].fatalities == 5


def test_a_victim_counted_on_by_an_ordinal_is_added(pipeline):
    out = new_events(
        pipeline,
        "A roadside bomb killed two soldiers near Beledweyne on Tuesday. A third soldier "
        "died of his wounds in hospital.",
    )
    assert len(out) == 1 and out[0].fatalities == 3


def test_a_toll_already_summed_is_not_added_twice(pipeline):
    out = new_events(
        pipeline,
        "Three soldiers and four gunmen were killed on Tuesday when troops were ambushed "
        "near Gusau. In all, seven people died in the ambush.",
    )
    assert len(out) == 1 and out[0].fatalities == 7


def test_projectiles_falling_and_towns_falling(pipeline):
    out = new_events(pipeline, "Two rockets fell near the airport in Erbil on Tuesday.")
    assert [e.sub_event_type for e in out] == ["Shelling/artillery/missile attack"]
    out = new_events(pipeline, "The town of Kiwanja fell to the rebels on Tuesday.")
    assert [e.event_type for e in out] == ["Battles"]
    assert new_events(pipeline, "Fuel prices fell to a new low on Tuesday.") == []


def test_the_speakers_town_does_not_move_the_incident(pipeline):
    out = new_events(
        pipeline,
        "Israeli troops killed five Palestinians during a raid in Tubas on Tuesday. "
        "The health ministry in Nablus said six others were wounded. "
        "The army said troops were fighting with armed men in the town.",
    )
    assert len(out) == 1
    ev = out[0]
    assert ev.location == "Tubas" and ev.fatalities == 5
    assert ev.event_type == "Battles" and "Civilians" not in ev.actor2


def test_police_regaining_control_is_no_territory(pipeline):
    out = new_events(
        pipeline,
        "Protesters blocked roads in Rongai on Tuesday, where police were briefly overwhelmed "
        "before regaining control.",
    )
    assert all(e.sub_event_type != "Government regains territory" for e in out)
    out = new_events(pipeline, "The army regained control of the town of Kiwanja on Tuesday.")
    assert [e.sub_event_type for e in out] == ["Government regains territory"]


def test_a_weapon_of_another_record_does_not_retype_the_incident(pipeline):
    out = new_events(
        pipeline,
        "Three rockets struck the Harir air base in Erbil on Tuesday. "
        "The attack came days after US airstrikes killed four militia fighters near Qaim. "
        "Two soldiers were wounded in the rocket attack on the base, officials said.",
    )
    assert [e.sub_event_type for e in out] == ["Shelling/artillery/missile attack"]


def test_a_count_above_a_stated_floor_replaces_it(pipeline):
    out = new_events(
        pipeline,
        "More than a dozen villagers were killed when gunmen attacked Kurfi in Katsina State "
        "on Tuesday. Officials said 17 people were killed in the attack.",
    )
    assert len(out) == 1 and out[0].fatalities == 17
    out = new_events(
        pipeline,
        "At least four villagers were killed when gunmen attacked Kurfi in Katsina State on "
        "Tuesday. Residents said the attack killed as many as 15 people.",
    )
    assert len(out) == 1 and out[0].fatalities == 4


def test_past_perfect_context_is_background_but_reported_speech_is_not(pipeline):
    out = new_events(
        pipeline,
        "Gunmen killed six soldiers in an ambush near Tillaberi on Tuesday. "
        "The army had deployed 800 troops to the border area to fight the insurgents.",
    )
    assert len(out) == 1 and out[0].fatalities == 6
    out = new_events(
        pipeline,
        "Police said on Tuesday that four people had been killed when gunmen attacked a bus "
        "near Tillaberi.",
    )
    assert len(out) == 1


def test_circumstances_and_long_standing_feuds_are_not_news(pipeline):
    out = new_events(
        pipeline,
        "Gunmen attacked a Fulani village near Mopti on Tuesday, killing nine people, amid a "
        "wave of assaults between herders and farmers who have long fought over grazing land.",
    )
    assert [e.sub_event_type for e in out] == ["Attack"]


def test_the_deadliest_attack_since_ranks_the_news_and_recalls_nothing(pipeline):
    for text in [
        "Drones hit the grain depot, killing 21 workers, the deadliest strike since the blockade began.",
        "Shells have killed 15 people in Bor in the worst attack since the truce began.",
        "Jets bombed a wedding in Loikaw, killing 30, in the bloodiest raid since the 2021 coup.",
    ]:
        events = pipeline.extract(Article(text, published=date(2024, 5, 10)))
        assert [e.status for e in events if e.fatalities] == ["new"], text
    # what the comparison names is no date of the news, and a real tally makes no record
    told = pipeline.extract(
        Article("Jets bombed a wedding in Loikaw, killing 30, in the bloodiest raid since the"
                " 2021 coup.", published=date(2024, 5, 10))
    )
    assert [e.event_date.year for e in told if e.fatalities] == [2024]
    tally = pipeline.extract(
        Article("At least 300 people have been killed in Bor since the truce began.",
                published=date(2024, 5, 10))
    )
    assert tally == []


def test_a_whole_conflicts_toll_is_no_toll_of_the_news(pipeline):
    leads = [
        "Artillery shells struck a market in Kharkiv on Tuesday, officials said. ",
        "Mortar rounds hit a camp near Gao on Tuesday, the army said. ",
        "An air strike hit a hospital in Marib on Tuesday, medics said. ",
    ]
    tallies = [
        "Upwards of 23,000 civilians have died in the conflict, which began a decade ago.",
        "At least 150,000 residents have been killed in this country's civil war.",
        "The insurgency has killed more than 35,000 people.",
        "Thousands of people have died in the decades-long war.",
        "Some 9,000 people have been killed over the past three years.",
        "More than 500 people have been killed in the uprising so far.",
    ]
    for lead in leads:
        for tally in tallies:
            events = pipeline.extract(Article(lead + tally, published=PUB))
            news = [e for e in events if e.status == "new" and e.record_kind == "event"]
            assert news and all(not e.fatalities for e in news), lead + tally
            assert not any(k.startswith("mention_") for e in news for k in e.evidence), lead + tally
            told = [e for e in events if e.fatalities]
            assert all(e.status == "background" for e in told), lead + tally


def test_the_news_own_perfect_toll_still_counts(pipeline):
    for text in [
        "Artillery shells struck a market in Kharkiv on Tuesday. The attack has killed 12 "
        "people, officials said.",
        "Mortar rounds hit a camp near Gao on Tuesday. Twelve people have been killed in the "
        "attack, the army said.",
        "Gunmen attacked a convoy near Mopti on Tuesday. Twelve soldiers have been killed in the "
        "fighting near the town, officials said.",
    ]:
        out = new_events(pipeline, text)
        assert [e.fatalities for e in out] == [12], text


def test_a_war_toll_bounded_by_a_recent_day_is_the_news(pipeline):
    for text in [
        "Shells struck a market in Kharkiv. Two soldiers have been killed in the war in the "
        "east this week, officials said.",
        "Mortar rounds hit a camp near Gao. Five civilians have been killed in the conflict on "
        "Tuesday, the army said.",
    ]:
        events = pipeline.extract(Article(text, published=PUB))
        told = [e for e in events if e.fatalities]
        assert told and all(e.status == "new" for e in told), text


def test_a_dateline_is_no_actor_and_a_capitalised_crowd_is_a_crowd(pipeline):
    # "LUSAKA —" opens the line: where the report was filed, not who stormed the building;
    # "Protesters" opening the sentence (tagged as a name) is still the crowd: a riot
    for text in (
        "LUSAKA — Protesters on Thursday stormed Zambia's parliament in Lusaka.",
        "LUSAKA - Protesters on Thursday stormed Zambia's parliament in Lusaka.",
    ):
        (ev,) = new_events(pipeline, text)
        assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
        assert ev.actor1.startswith("Rioters")


def test_a_place_named_again_is_the_same_place(pipeline):
    """The lead qualifies the village ('Orikhove in Luhansk region'), a later sentence names
    it bare; the gazetteer may read the bare name as a namesake elsewhere, yet the two
    mentions are one incident and keep the lead's reading."""
    out = new_events(
        pipeline,
        "Separatist gunners shelled a checkpoint outside Orikhove in Luhansk region on Sunday. "
        "Artillery fire hit homes near Orikhove.",
    )
    assert len(out) == 1
    assert out[0].admin1 == "Luhansk"


def test_another_place_named_later_stays_separate(pipeline):
    out = new_events(
        pipeline,
        "Separatist gunners shelled a checkpoint outside Orikhove in Luhansk region on Sunday. "
        "Artillery fire hit homes near Kupiansk.",
    )
    assert len(out) == 2


def test_dead_a_later_sentence_adds_are_added(pipeline):
    for text, toll in (
        ("Bandits shot dead a herder near Gusau on Tuesday. His two sons were also killed.", 3),
        ("Two rangers were killed in an ambush near Garamba on Tuesday. Three other rangers "
         "were killed when they came to help.", 5),
        ("Troops shot dead a student at a march in Kisumu on Tuesday. Two more marchers were "
         "killed later that evening.", 3),
        ("Gunmen killed three guards at a mine near Kidal on Tuesday. Two others died in "
         "hospital.", 5),
    ):
        out = new_events(pipeline, text)
        assert [e.fatalities for e in out] == [toll], text
        assert out[0].fatalities_low == toll, text


def test_a_toll_told_again_is_not_added(pipeline):
    out = new_events(
        pipeline,
        "Gunmen killed five guards at a mine near Kidal on Tuesday. The army also said five "
        "guards were killed.",
    )
    assert [e.fatalities for e in out] == [5]
    out = new_events(
        pipeline,
        "Gunmen killed five guards at a mine near Kidal on Tuesday. Many other guards have "
        "died in such raids this year.",
    )
    assert [e.fatalities for e in out] == [5]


def test_a_running_toll_after_the_lead_replaces_it(pipeline):
    out = new_events(
        pipeline,
        "Gunmen killed five guards at a mine near Kidal on Tuesday. The death toll later rose "
        "to seven.",
    )
    assert [(e.fatalities, e.fatalities_low) for e in out] == [(7, 5)]


def test_a_total_with_the_dead_it_adds_is_the_toll(pipeline):
    out = new_events(
        pipeline,
        "Inmates fought guards at the prison in Makeni on Tuesday, killing one guard. Six "
        "inmates were also killed, a total of seven deaths.",
    )
    assert [e.fatalities for e in out] == [7]
    out = new_events(
        pipeline,
        "Gunmen killed two farmers in Dogon Daji on Tuesday. A total of eight people were "
        "killed in raids on four villages that day.",
    )
    assert out[0].fatalities == 2  # that day's total counts other villages' dead too


def test_an_attempt_to_kill_is_no_death(pipeline):
    out = new_events(pipeline, "Gunmen tried to kill a magistrate outside the court in Jos on Tuesday.")
    assert [(e.fatalities, e.fatalities_high) for e in out] == [(0, 0)]


def test_a_crowds_grievance_is_no_toll(pipeline):
    for text in (
        "Teachers marched in Lilongwe on Tuesday over the death of a colleague in custody.",
        "A mob burned a clinic in Kasama on Tuesday against the killing of a young mother.",
    ):
        out = new_events(pipeline, text)
        assert out and all(e.fatalities == 0 for e in out), text
    out = new_events(
        pipeline, "Police fired on marchers in Lilongwe on Tuesday, leading to the death of one student."
    )
    assert [e.fatalities for e in out] == [1]


def test_dead_named_after_the_toll_are_not_added(pipeline):
    out = new_events(
        pipeline,
        "Gunmen shot dead five villagers near Kafue on Sunday, police said. Among the dead "
        "was the bursar of the local school. A miller and a carpenter were also killed, the "
        "police statement added.",
    )
    assert [e.fatalities for e in out] == [5]


def test_an_exact_count_inside_a_casualty_bound_is_the_toll(pipeline):
    out = new_events(
        pipeline,
        "Six rebels were killed, injured or captured in an army raid near Bunia on Tuesday. "
        "The rebels later said four of their fighters were killed.",
    )
    assert [(e.fatalities, e.fatalities_high) for e in out] == [(4, 4)]


def test_a_later_tally_of_the_war_or_the_year_is_not_the_incident_s_toll(pipeline):
    for text, toll in (
        ("A drone strike killed 11 people in Magway on Monday. The death toll in the war has "
         "risen to 6,000, a monitor said.", 11),
        ("Gunmen killed three people in Celaya on Monday. The death toll from the cartel feud "
         "in Guanajuato rose to 450 this year.", 3),
        ("Militants killed seven soldiers near Kaya on Sunday. The toll of attacks on the army "
         "this year rose to 180.", 7),
        ("A roadside bomb killed two policemen in Diyala on Monday. So far this year, 28 other "
         "policemen have been killed in the province.", 2),
    ):
        assert [e.fatalities for e in new_events(pipeline, text)] == [toll], text
