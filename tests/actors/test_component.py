"""The `actors` component on sentences parsed by spaCy, with candidates built by hand."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.actors import load_dictionary
from sitroom.actors.component import complete_pending, interaction
from sitroom.model import Article, Event
from sitroom.pipeline import Candidate, Context, Settings, registered

PUBLISHED = date(2024, 4, 23)


def run(nlp, text, trigger, event_type="", agent=None, patient=None, sub_event_type=""):
    """Parse `text`, make one candidate on the token `trigger`, and run the component."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    ctx = Context(article=Article(text=text), doc=doc, published=PUBLISHED)
    cand = Candidate(
        event=Event(event_type=event_type, sub_event_type=sub_event_type),
        sentence=token.sent,
        trigger=token,
        agent=doc.char_span(*_find(text, agent)) if agent else None,
        patient=doc.char_span(*_find(text, patient)) if patient else None,
    )
    ctx.candidates.append(cand)
    registered()["actors"](Settings())(ctx)
    return cand


def _find(text, phrase):
    start = text.index(phrase)
    return start, start + len(phrase)


def test_subject_with_appositive_group_and_target_base(nlp):
    text = ("Kataeb Hezbollah of the Islamic Resistance in Iraq launched a drone attack on the "
            "American base at Harir on Sunday.")
    ev = run(nlp, text, "attack", "Explosions/Remote violence").event
    assert (ev.actor1, ev.inter1) == ("Kataib Hezbollah", 3)
    assert ev.assoc_actor_1 == "Islamic Resistance in Iraq"
    assert (ev.actor2, ev.inter2) == ("Military Forces of the United States (2021-2025)", 8)
    assert ev.interaction == 38
    assert ev.evidence["actor1"].text == "Kataeb Hezbollah"
    assert ev.evidence["actor2"].text == "American base"
    assert ev.evidence["assoc_actor_1"].text == "Islamic Resistance in Iraq"


def test_agent_and_patient_spans_from_events_stage(nlp):
    text = "Israeli warplanes struck an Iranian site near Damascus overnight."
    ev = run(nlp, text, "struck", agent="Israeli warplanes", patient="an Iranian site").event
    assert ev.actor1 == "Military Forces of Israel (2022-)"
    assert ev.actor2 == "Military Forces of Iran (1989-)"
    assert (ev.inter1, ev.inter2, ev.interaction) == (8, 8, 88)


def test_violence_against_civilians_in_the_sahel(nlp):
    text = "Gunmen killed three villagers in Mali's Mopti region on Monday."
    ev = run(nlp, text, "killed", "Violence against civilians").event
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert ev.interaction == 37


def test_passive_sentence_puts_the_by_agent_first(nlp):
    text = "Two Ukrainian soldiers were killed by Russian shelling near Bakhmut."
    ev = run(nlp, text, "killed", "Explosions/Remote violence").event
    assert ev.actor1 == "Military Forces of Russia (2000-)"
    assert ev.actor2 == "Military Forces of Ukraine (2019-)"


def test_unknown_country_leaves_actor_for_finalize(nlp):
    cand = run(nlp, "Gunmen attacked a checkpoint at dawn.", "attacked", "Battles")
    assert cand.event.actor1 == ""
    assert cand.actors_pending["actor1"] == "unidentified"
    complete_pending(cand, "Nigeria", load_dictionary())
    assert (cand.event.actor1, cand.event.inter1) == ("Unidentified Armed Group (Nigeria)", 3)


def test_civilians_fill_actor2_of_violence_against_civilians(nlp):
    text = "RSF fighters looted the market in El Fasher, Sudan, and burned homes."
    ev = run(nlp, text, "looted", "Violence against civilians").event
    assert (ev.actor1, ev.inter1) == ("RSF: Rapid Support Forces", 2)
    assert (ev.actor2, ev.inter2) == ("Civilians (Sudan)", 7)


def test_nationality_in_the_trigger_phrase(nlp):
    text = "A US drone strike hit a car carrying al-Shabaab commanders in southern Somalia."
    ev = run(nlp, text, "strike", "Explosions/Remote violence").event
    assert ev.actor1 == "Military Forces of the United States (2021-2025)"
    assert ev.inter1 == 8


def test_a_demonym_agent_names_the_owner_of_the_weapon_it_qualifies(nlp):
    text = "Two shepherds were killed on Monday in a Turkish drone strike near Amadiya."
    ev = run(nlp, text, "killed", "Explosions/Remote violence", agent="Turkish").event
    assert ev.actor1 == "Military Forces of Turkey (2016-)"
    assert ev.evidence["actor1"].text == "Turkish drone strike"


def test_affiliated_parent_named_elsewhere_in_the_sentence(nlp):
    text = ("Militants of Kataib Sayyid al-Shuhada, a faction of the Islamic Resistance in Iraq, "
            "fired rockets at a Turkish base.")
    ev = run(nlp, text, "fired", "Explosions/Remote violence").event
    assert ev.actor1 == "Kataib Sayyid al-Shuhada"
    assert "Islamic Resistance in Iraq" in ev.assoc_actor_1
    assert ev.actor2 == "Military Forces of Turkey (2016-)"


@pytest.mark.parametrize(("a", "b", "code"), [(1, 0, 10), (3, 1, 13), (8, 8, 88), (0, 0, 0)])
def test_interaction_code(a, b, code):
    assert interaction(a, b) == code


def test_example_report_sentence(nlp, shared_dir):
    path = shared_dir / "examples" / "shafaq-2024-04-23.txt"
    if not path.exists():
        pytest.skip("example report not present")
    text = path.read_text(encoding="utf-8")
    sentence = next(s for s in text.splitlines() if "deadliest attack" in s)
    ev = run(nlp, sentence, "killed", "Violence against civilians").event
    assert ev.actor1 == "Kataib Hezbollah"
    assert ev.actor2 == "Military Forces of the United States (2021-2025)"


def test_pronoun_agent_takes_the_last_named_actor(nlp):
    text = "Hezbollah said it fired rockets at an Israeli army post near Metula."
    ev = run(nlp, text, "fired", "Explosions/Remote violence", agent="it").event
    assert ev.actor1 == "Hezbollah"
    assert ev.evidence["actor1"].text == "Hezbollah"
    assert ev.actor2 == "Military Forces of Israel (2022-)"


def test_clashes_between_two_sides(nlp):
    text = "Heavy clashes broke out between RSF fighters and the Sudanese army in Omdurman, Sudan."
    ev = run(nlp, text, "broke", "Battles").event
    assert ev.actor1 == "RSF: Rapid Support Forces"
    assert ev.actor2 == "Military Forces of Sudan (2019-)"
    assert ev.interaction == 12


def test_protest_crowd_is_actor1_and_organizer_is_associated(nlp):
    text = "Supporters of the Sadrist movement and residents protested in Basra, Iraq, on Friday."
    ev = run(nlp, text, "protested", "Protests", agent="residents").event
    assert (ev.actor1, ev.inter1) == ("Protesters (Iraq)", 6)
    text = "Hamas supporters rallied in Gaza against the blockade."
    ev = run(nlp, text, "rallied", "Protests", agent="Hamas supporters").event
    assert ev.actor1 == "Protesters (Palestine)"
    assert ev.assoc_actor_1 == "Hamas"


def test_localize_event_once_the_country_is_final(dictionary):
    from sitroom.actors.component import localize_event

    ev = Event(actor1="Military Forces of Turkey (2016-)", inter1=1,
               actor2="PKK: Kurdistan Workers Party", inter2=2, country="Iraq")
    localize_event(ev, dictionary)
    assert (ev.inter1, ev.inter2, ev.interaction) == (8, 2, 28)
    ev.country = "Turkey"
    localize_event(ev, dictionary)
    assert (ev.inter1, ev.interaction) == (1, 12)


def test_finalize_re_resolves_with_the_final_country(nlp):
    cand = run(nlp, "Security forces clashed with gunmen near the border.", "clashed", "Battles")
    assert cand.event.actor1 == "" and cand.actors_pending["country"] == ""
    complete_pending(cand, "Iraq", load_dictionary(), PUBLISHED)
    assert cand.event.actor1 == "Military Forces of Iraq (2022-)"
    assert cand.event.actor2 == "Unidentified Armed Group (Iraq)"
    assert cand.event.interaction == 13


def test_a_wrong_guess_is_replaced_by_the_final_country(nlp):
    text = "Gunmen killed two shepherds near the border with Syria."
    cand = run(nlp, text, "killed", "Violence against civilians")
    assert cand.event.actor2 == "Civilians (Syria)"  # the only country named: a guess
    cand.event.country = "Lebanon"
    complete_pending(cand, "Lebanon", load_dictionary(), PUBLISHED)
    assert (cand.event.actor1, cand.event.actor2) == (
        "Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)"
    )
    assert cand.event.evidence["actor2"].text == "shepherds"


def test_a_country_known_before_actors_is_not_pending(nlp):
    text = "Gunmen killed two shepherds near the border."
    doc = nlp(text)
    ctx = Context(article=Article(text=text), doc=doc, published=PUBLISHED)
    cand = Candidate(event=Event(event_type="Violence against civilians", country="Sudan"),
                     sentence=next(iter(doc.sents)), trigger=doc[1])
    ctx.candidates.append(cand)
    registered()["actors"](Settings())(ctx)
    assert cand.event.actor1 == "Unidentified Armed Group (Sudan)"
    assert not cand.actors_pending


def test_police_breaking_up_a_protest_is_actor2(nlp):
    text = "Riot police fired tear gas to disperse demonstrators in Khartoum, Sudan."
    ev = run(nlp, text, "disperse", "Protests").event
    assert (ev.actor1, ev.actor2) == ("Protesters (Sudan)", "Police Forces of Sudan (2019-)")
    assert ev.interaction == 16


def test_target_inside_a_reduced_clause(nlp):
    text = "A Turkish drone targeted a car carrying PKK members in Sinjar, Iraq."
    ev = run(nlp, text, "targeted", "Explosions/Remote violence").event
    assert ev.actor1 == "Military Forces of Turkey (2016-)"
    assert ev.actor2 == "PKK: Kurdistan Workers Party"


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "actor1", "actor2"),
    [
        ("Russian missiles struck an apartment block in Kharkiv, Ukraine, killing four civilians.",
         "struck", "Explosions/Remote violence", "Military Forces of Russia (2000-)",
         "Civilians (Ukraine)"),
        ("Al-Shabaab fighters ambushed a convoy of Somali National Army troops in Somalia.",
         "ambushed", "Battles", "Al Shabaab", "Military Forces of Somalia (2022-)"),
        ("Israeli settlers stormed the village of Huwara in the West Bank and torched homes.",
         "stormed", "Violence against civilians", "Settlers (Israel)", "Civilians (Palestine)"),
        ("ISWAP insurgents killed five Nigerian soldiers in Borno, Nigeria.",
         "killed", "Battles", "Islamic State (West Africa)", "Military Forces of Nigeria (2023-)"),
        ("Suspected JNIM militants attacked a military post in Djibo, Burkina Faso.",
         "attacked", "Battles", "JNIM: Group for Support of Islam and Muslims",
         "Military Forces of Burkina Faso (2022-)"),
    ],
)
def test_sentences_from_several_conflicts(nlp, text, trigger, event_type, actor1, actor2):
    ev = run(nlp, text, trigger, event_type).event
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


def test_coordinated_actors_become_associated(nlp):
    text = "Hamas and Palestinian Islamic Jihad fired rockets at Ashkelon in Israel."
    ev = run(nlp, text, "fired", "Explosions/Remote violence").event
    assert ev.actor1 == "Hamas"
    assert ev.assoc_actor_1 == "Palestinian Islamic Jihad"
    assert ev.evidence["assoc_actor_1"].text == "Palestinian Islamic Jihad"


def test_a_weapon_agent_names_the_side_that_fired_it(nlp):
    text = "A mortar round fired by Al Shabaab militants killed two traders in Mogadishu, Somalia."
    ev = run(nlp, text, "killed", "Explosions/Remote violence", agent="A mortar round").event
    assert ev.actor1 == "Al Shabaab"
    assert ev.evidence["actor1"].text == "Al Shabaab militants"


def test_a_raid_by_a_named_air_force_is_that_state_s(nlp):
    text = "An air raid by Nigerian military jets killed a dozen Boko Haram fighters near Lake Chad."
    ev = run(nlp, text, "killed", "Explosions/Remote violence", agent="An air raid").event
    assert ev.actor1.startswith("Military Forces of Nigeria")


def test_victims_killed_in_clashes_with_a_group_were_fought_by_it(nlp):
    text = "Two soldiers were wounded in clashes with Al Shabaab fighters near Kismayo, Somalia."
    ev = run(nlp, text, "wounded", "Battles").event
    assert ev.actor1 == "Al Shabaab"
    assert ev.actor2.startswith("Military Forces of Somalia")


def test_a_latin_american_state_s_police_units_are_named_for_it(nlp):
    text = "Brazilian military police shot two men during a raid in Recife, Brazil."
    ev = run(nlp, text, "shot", "Violence against civilians").event
    assert ev.actor1 == "Military Forces of Brazil (2023-) Military Police"
    assert ev.actor2 == "Civilians (Brazil)"


def test_the_karabakh_army_is_a_state_force_where_it_fought(nlp):
    text = "The Artsakh Defence Army fired mortars at the positions of the Azerbaijani army."
    ev = run(nlp, text, "fired", "Battles").event
    assert (ev.actor1, ev.inter1) == ("Military Forces of Artsakh (2007-)", 1)
    assert ev.actor2 == "Military Forces of Azerbaijan (2003-)"


def test_the_government_a_crowd_protests_against_is_not_its_opponent(nlp):
    text = ("Police fired tear gas to disperse students protesting against the Kenyan "
            "government's new tax in Nairobi, Kenya.")
    ev = run(nlp, text, "fired", "Protests", agent="Police",
             patient="the Kenyan government's new tax").event
    assert ev.actor1 == "Protesters (Kenya)"
    assert ev.actor2.startswith("Police Forces of Kenya")


def test_a_country_a_group_comes_from_is_not_that_country_s_army(nlp):
    text = "The rebels include a militia originally from Uganda, which raids villages across the border."
    ev = run(nlp, text, "raids", "Battles", agent="Uganda").event
    assert not ev.actor1.startswith("Military Forces of Uganda")


def test_the_unnamed_owners_of_looted_goods_are_the_country_s_civilians(nlp):
    text = "Jihadist fighters looted several shops in a market near Gao, Mali."
    ev = run(nlp, text, "looted", "Strategic developments",
             sub_event_type="Looting/property destruction").event
    assert ev.actor2 == "Civilians (Mali)"


def test_two_countries_armies_in_one_phrase_are_the_two_sides_of_an_exchange(nlp):
    text = "Troops of Armenia and Azerbaijan exchanged fire along the border on Sunday."
    ev = run(nlp, text, "exchanged", "Battles").event
    assert ev.actor1 == "Military Forces of Armenia (2018-)"
    assert ev.actor2 == "Military Forces of Azerbaijan (2003-)"
    assert ev.evidence["actor2"].text == "Azerbaijan"


def test_a_weapon_planted_by_unknown_people_stays_unidentified(nlp):
    text = "A bomb planted by unknown persons went off outside a bakery in Maiduguri, Nigeria."
    ev = run(nlp, text, "planted", "Explosions/Remote violence", agent="A bomb").event
    assert not ev.actor1.startswith("Civilians")


def test_who_reported_an_airstrike_did_not_carry_it_out(nlp):
    text = "Farmers reported an airstrike on a grain store near Idlib, Syria."
    ev = run(nlp, text, "reported", "Explosions/Remote violence", agent="an airstrike").event
    assert not ev.actor1.startswith("Civilians")


def test_a_bystander_killed_in_crossfire_was_not_fought_by_the_named_side(nlp):
    text = "A shepherd was killed in crossfire during clashes with the police near Kirkuk, Iraq."
    ev = run(nlp, text, "killed", "Battles").event
    assert not ev.actor1.startswith("Police Forces")


def test_governmental_positions_are_the_state_s_forces(nlp):
    text = "Separatist fighters shelled governmental positions near Avdiivka in Ukraine."
    ev = run(nlp, text, "shelled", "Explosions/Remote violence").event
    assert ev.actor2 == "Military Forces of Ukraine (2019-)"


def test_men_no_one_can_name_are_an_unidentified_armed_group(nlp):
    text = "Unidentified men stabbed a cattle trader to death in Garissa, Kenya."
    ev = run(nlp, text, "stabbed", "Violence against civilians").event
    assert ev.actor1 == "Unidentified Armed Group (Kenya)"


def test_two_nationalities_before_one_head_are_the_two_sides_in_their_order(nlp):
    text = "Sudanese and South Sudanese soldiers clashed near the border town on Sunday."
    ev = run(nlp, text, "clashed", "Battles").event
    assert ev.actor1.startswith("Military Forces of Sudan")
    assert ev.actor2.startswith("Military Forces of South Sudan")


def test_the_armies_of_two_countries_are_both_sides(nlp):
    text = "The armies of Ethiopia and Eritrea traded artillery fire near the frontier on Friday."
    ev = run(nlp, text, "traded", "Battles").event
    assert ev.actor1.startswith("Military Forces of Ethiopia")
    assert ev.actor2 == "Military Forces of Eritrea (1993-)"


def test_two_allied_armies_fighting_an_unnamed_foe_stay_one_side(nlp):
    text = "Afghan and American soldiers battled insurgents near Kandahar on Saturday."
    ev = run(nlp, text, "battled", "Battles").event
    assert not ev.actor2.startswith("Military Forces")


def test_two_allied_armies_clashing_with_gunmen_stay_one_side(nlp):
    text = "Chadian and Nigerien troops clashed with gunmen near Diffa on Wednesday."
    ev = run(nlp, text, "clashed", "Battles").event
    assert not ev.actor2.startswith("Military Forces")


def test_the_victims_of_a_participle_clause_are_the_attacked_side(pipeline):
    text = "Army artillery struck a market in Wad Madani on Monday, killing seven civilians."
    (event,) = [e for e in pipeline.extract(Article(text, published=date(2024, 3, 4)))
                if e.record_kind == "event"]
    assert event.actor2 == "Civilians (Sudan)"


def test_a_brawl_injuring_people_keeps_its_sides_unfilled_by_the_injured(pipeline):
    text = ("Two groups of villagers fought with sticks over grazing land in Larkana on Sunday, "
            "injuring four men.")
    events = pipeline.extract(Article(text, published=date(2024, 3, 4)))
    assert all(e.actor2 != "Civilians (Pakistan)" for e in events if e.event_type == "Riots")
