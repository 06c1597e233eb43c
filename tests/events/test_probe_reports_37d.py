"""Reports of stop 37 (dup37), written here at wire length: records an analyst can trust,
one record per real incident, with the incident's own type, sides and toll.

Wordings that went wrong before: a mortar attack told after 'and' behind a town and its
region ('... in Balcad, Middle Shabelle, and a mortar attack hit a market in Afgooye'; the
parse read 'a mortar attack' as a third place, so the market's shelling and its dead joined
the raid on the base); 'Fighting between M23 rebels and the Congolese army broke out'
(the army read as the subject of 'broke out': the rebels lost their place as a side);
'X, a group that claimed ...' with a name no dictionary knows took the place of the
'gunmen' the report named, leaving actor1 empty; two civilians shot dead 'later that day'
after a drone strike joined the strike's record (its type, the dead of both); 'gunmen
opened fire on their car', naming no one who fought back, made the civilians shot dead an
armed clash; a siege's second day told with its own date ('Security forces ended the siege on
Friday after killing the five attackers') had no one who killed (the doer of 'after killing'
is the clause's subject)."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow

FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "event_date",
    "fatalities",
)
SOMALIA = "Military Forces of Somalia (2022-)"


def _news(pipeline, text: str, published: str) -> list[tuple]:
    return [record_row(e, FIELDS) for e in event_records(pipeline, text, published) if e.status == "new"]


MORTAR_AFTER_AND = (
    "Al Shabaab fighters attacked a Somali army base on Tuesday in Balcad, Middle Shabelle, "
    "and a mortar attack hit a crowded livestock market in Afgooye, killing three civilians, "
    "police said. The raid on the base began shortly after dawn, when dozens of militants "
    "opened fire on its perimeter from several directions, an army officer told reporters by "
    "telephone. Troops held their positions and the attackers withdrew after a short exchange "
    "of fire, he said, adding that no soldiers were hurt. In Afgooye, residents said the "
    'shells landed between rows of traders selling goats and camels. "We heard a whistle and '
    'then the ground shook," said Hassan Ali, a trader who helped carry the wounded to a '
    "nearby clinic. Police said they were still searching for the launch site on Wednesday. "
    "The two regions, which surround the capital Mogadishu, have seen frequent raids by the al "
    "Qaeda-linked group, which has fought the federal government for nearly two decades. "
    "Government forces, backed by African Union troops, retook several towns in both regions "
    "last year, but the militants still control large stretches of farmland along the Shabelle "
    "river."
)


def test_a_mortar_attack_told_after_and_is_its_own_record(pipeline):
    rows = _news(pipeline, MORTAR_AFTER_AND, "2025-03-14")
    assert [r for r in rows if r[0]] == [
        (BATTLE, CLASH, SHABAAB, SOMALIA, "Balcad", "Middle Shabelle", "2025-03-11", 0),
        (REMOTE, SHELLING, UAG.format("Somalia"), CIV.format("Somalia"), "Afgooye", "Lower Shabelle",
         "2025-03-11", 3),
    ]


FIGHTING_BROKE_OUT = (
    "Fighting between M23 rebels and the Congolese army broke out near Sake in North Kivu "
    "province on Wednesday, local officials said, days after a truce brokered by Angola was "
    "due to take effect. At least ten people were killed, among them six soldiers, according "
    "to a civil society leader in Masisi territory who asked not to be named. Residents fled "
    "towards Goma along the lakeside road as shells fell on hills above the town, he said. The "
    "army did not comment on the toll. The Rwanda-backed rebels have seized large parts of "
    "North Kivu since they took up arms again in 2021, and the United Nations says more than a "
    "million people have been displaced by the conflict. Aid groups said on Thursday that "
    "camps around Goma were already overcrowded and short of clean water. Talks between "
    "Kinshasa and Kigali hosted in Luanda stalled last month. Congo accuses its neighbour of "
    "sending troops and weapons to the rebels, which Rwanda denies. Several schools in Sake "
    "have been shut since January, and teachers said many families had already left for safer "
    "villages."
)


def test_both_sides_of_fighting_between_that_broke_out(pipeline):
    rows = _news(pipeline, FIGHTING_BROKE_OUT, "2025-03-14")
    want = (BATTLE, CLASH, "M23: March 23 Movement", f"Military Forces of the {DRC} (2019-)", "Sake",
            "Nord-Kivu", "2025-03-12", 10)
    assert want in rows


UNKNOWN_CLAIMANT = (
    "Gunmen attacked a church in Kaduna state on Sunday, killing four worshippers and wounding "
    "several others, police said. The attackers arrived on motorcycles during the morning "
    "service and opened fire on the congregation before fleeing into nearby bush, a police "
    "spokesman said in a statement. The Ansar Brigade, a group that claimed several previous "
    "raids in the region, said on Monday that it carried out the attack. Its claim could not "
    "be independently verified. Northwestern Nigeria has been plagued by armed gangs who raid "
    "villages, kidnap residents for ransom and attack places of worship, and security forces "
    "have struggled to contain the violence across several states. Christian leaders in the "
    "state called on the federal government to post more police officers near churches before "
    "the Easter holiday. The governor visited the wounded in hospital on Monday evening and "
    "promised to rebuild the damaged building. Local officials said the church, one of the "
    "oldest in the area, had been guarded by volunteers from the parish since a similar raid "
    "two years ago."
)


def test_an_unknown_claimant_leaves_the_gunmen_as_actor1(pipeline):
    rows = _news(pipeline, UNKNOWN_CLAIMANT, "2025-03-14")
    assert rows == [
        (VAC, ATTACK, UAG.format("Nigeria"), CIV.format("Nigeria"), "Kaduna", "Kaduna", "2025-03-09", 4),
    ]


SHOTS_AFTER_A_DRONE_STRIKE = (
    "A drone strike killed three fighters of a local armed group near Tripoli on Monday, a "
    "spokesman for the group said, blaming forces loyal to a rival commander. The strike hit a "
    "pickup truck on a farm road outside the suburb of Tajoura shortly after noon, he said. "
    "Later that day, two civilians were shot dead at a checkpoint in the city's southern "
    "suburbs, a medical official said. The men, both in their twenties, were driving home from "
    "work when gunmen at the checkpoint opened fire on their car, their relatives told local "
    "media. Tripoli has been divided among rival armed factions since the fall of Muammar "
    "Gaddafi in 2011, and flare-ups between them often leave civilians caught in the "
    "crossfire. The United Nations mission in Libya called for calm and urged all sides to "
    "protect civilians. Health officials said the wounded from both incidents were taken to "
    "the Abu Salim trauma hospital. Neither the government nor the rival commander's forces "
    "commented on the drone strike. A local council member said shops in the southern suburbs "
    "closed early on Tuesday as residents stayed indoors."
)


def test_people_shot_dead_after_a_drone_strike_are_another_record(pipeline):
    rows = [r for r in _news(pipeline, SHOTS_AFTER_A_DRONE_STRIKE, "2025-03-14") if r[0]]
    assert [(r[0], r[1], r[4], r[6], r[7]) for r in rows] == [
        (REMOTE, AIR, "Tajura", "2025-03-10", 3),
        (VAC, ATTACK, "Tripoli", "2025-03-10", 2),
    ]


CHECKPOINT_SHOOTING = (
    "Two civilians were shot dead at a checkpoint on the southern edge of Tripoli on Monday "
    "evening, a medical official at a nearby hospital said. The two men, cousins in their "
    "twenties, were driving home from a wedding when gunmen opened fire on their car, "
    "relatives told local television. No group has said who controlled the checkpoint, and the "
    "interior ministry said it had opened an investigation. Residents of the area said armed "
    "men had set up the roadblock only a few days earlier. The capital has been split among "
    "rival armed factions for years, and a fragile calm has held since heavy fighting last "
    "summer. The United Nations mission in Libya said it was alarmed by the killings and urged "
    "the authorities to hold those responsible to account. Human rights groups have long "
    "accused armed factions in the city of running unofficial checkpoints where travellers are "
    "robbed or detained. Shopkeepers on the road near the checkpoint said they would keep "
    "their shutters down until the armed men left."
)


def test_gunmen_opening_fire_on_a_car_make_no_clash_of_a_shooting(pipeline):
    rows = [r for r in _news(pipeline, CHECKPOINT_SHOOTING, "2025-03-14") if r[0]]
    assert rows == [
        (VAC, ATTACK, UAG.format("Libya"), CIV.format("Libya"), "Tripoli", "Tripoli", "2025-03-10", 2),
    ]


SIEGE_ENDED_NEXT_DAY = (
    "Al Shabaab gunmen stormed a beachfront hotel in Mogadishu on Thursday evening, killing at "
    "least nine people, police said. The attackers set off a car bomb at the gate before "
    "forcing their way inside, where dozens of guests were having dinner, witnesses said. "
    "Security forces ended the siege on Friday after killing the five attackers, a police "
    "spokesman said, adding that two soldiers were wounded in the final assault. Rescuers "
    "carried bodies out of the hotel's restaurant on Friday morning as smoke rose from the "
    'upper floors. "We hid in the kitchen for hours while they fired from the windows," said a '
    "waiter who escaped. The al Qaeda-linked group said in a statement that its fighters had "
    "targeted government officials staying at the hotel. The militants have carried out dozens "
    "of similar attacks on hotels and restaurants in the capital, which is popular with "
    "lawmakers and businessmen. Somalia's president visited survivors in hospital on Saturday "
    "and promised to tighten security around hotels used by officials."
)


def _second_day(pipeline) -> tuple:
    rows = [r for r in _news(pipeline, SIEGE_ENDED_NEXT_DAY, "2025-03-14") if r[6] == "2025-03-14"]
    assert len(rows) == 1
    return rows[0]


def test_the_second_day_of_a_siege_is_the_forces_fighting_the_attackers(pipeline):
    row = _second_day(pipeline)
    assert row[:3] + row[4:] == (BATTLE, CLASH, SOMALIA, "Mogadishu", "Banadir", "2025-03-14", 5)


@xfail("'the five attackers' is not read back to the siege's Al Shabaab gunmen (actor2 Civilians)")
def test_the_attackers_killed_on_the_second_day_are_the_sieges_doers(pipeline):
    assert _second_day(pipeline)[3] == SHABAAB
