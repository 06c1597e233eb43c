"""What protesters suffered, told in a clause on them, is their grievance, however the
parser hangs it; a faith or a people named before a crowd does not arm it. Own sentences."""

from datetime import date

import pytest

from sitroom.model import Article

CASES = [
    # several people named by a civilian noun who beat someone: a mob, not an armed group
    ("A tailor was beaten to death by five men at a market in Sylhet on Monday.",
     "Riots", "Mob violence"),
    ("Soldiers beat a tailor at a market in Sylhet on Monday.", "Violence against civilians", "Attack"),
    # ... but men no one could name are an unidentified armed group, not a mob
    ("A tailor was beaten to death by unknown men at a market in Sylhet on Monday.",
     "Violence against civilians", "Attack"),
    # victims named by a civilian noun the parser leaves unplaced: civilians
    ("Unknown gunmen shot dead an economic operator in Gao on Monday.", "Violence against civilians", "Attack"),
    ("Gunmen killed four youths in Jos on Monday.", "Violence against civilians", "Attack"),
    # the parse often loses the relative clause after 'who claim'/'who say'
    ("On 2 June 2021, mothers who claim their sons have been kidnapped by the militia "
     "continued their sit-in protest outside the party office in Van for the 120th day.",
     "Protests", "Peaceful protest"),
    ("Widows whose husbands were killed by soldiers staged a march in Maiduguri.",
     "Protests", "Peaceful protest"),
    # a crowd named by its faith or people is still a crowd
    ("A group of Christian youths destroyed a shrine and burned two cars in Jos.",
     "Riots", "Mob violence"),
    # crowds fighting crowds are rioters, not armed groups
    ("Two people were killed in clashes between rival party supporters in Kano.",
     "Riots", "Mob violence"),
    # unarmed crowds fighting each other or the police, stones at most: a riot
    ("Two groups of traders clashed at the bus park in Onitsha on Monday.", "Riots", "Mob violence"),
    ("A clash broke out between police and market women in Ibadan on Monday.", "Riots", "Mob violence"),
    ("Angry residents hurled rocks and clashed with the police at a market in Surat on Monday.",
     "Riots", "Mob violence"),
    ("Members of the ruling party clashed with opposition party members in Lusaka on Monday.",
     "Riots", "Mob violence"),
    ("A teacher was beaten by the relatives of a pupil in Patna on Monday.", "Riots", "Mob violence"),
    ("Riot police clashed with the demonstrators in Nakuru on Monday.", "Riots", "Violent demonstration"),
    # ... but gangs and armed groups fight battles
    ("Clashes between two gangs left three dead in Port-au-Prince on Monday.", "Battles", "Armed clash"),
    ("Two armed groups clashed near Bunia on Monday.", "Battles", "Armed clash"),
    # 'battling to get' is striving, not fighting; 'held a march' is the march
    ("Some residents, who are battling to get their land back, held a march to the city "
     "hall in Durban.", "Protests", "Peaceful protest"),
    # 'shot' read as a noun after a long subject is still the shooting
    ("Gunmen riding a motorbike shot dead a money changer in central Kano.",
     "Violence against civilians", "Attack"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_coding(extract, text, event_type, sub_event_type):
    _ctx, cands = extract(text)
    typed = [c.event for c in cands if c.event.event_type]
    assert [(e.event_type, e.sub_event_type) for e in typed] == [(event_type, sub_event_type)]


def test_violence_told_as_news_before_a_protest_stays(extract):
    """Gunmen who are no protesters: their attack is the news, the protest another event."""
    _ctx, cands = extract(
        "Gunmen who stormed a school in Kaduna abducted forty pupils, and parents held a "
        "protest outside the governor's office."
    )
    types = {c.event.event_type for c in cands if c.event.event_type}
    assert "Violence against civilians" in types


def _records(pipeline, text):
    events = pipeline.extract(Article(text=text, published=date(2024, 5, 7)))
    return [(e.event_type, e.sub_event_type) for e in events if e.record_kind == "event" and e.status == "new"]


def test_wrecking_told_after_a_protest_makes_it_violent(pipeline):
    text = "Dockers marched to the port office in Tema on Monday. Two cars were burnt."
    assert _records(pipeline, text) == [("Riots", "Violent demonstration")]



@pytest.mark.parametrize("text", [
    "Fishermen protested against a port levy in Tema on Monday. In a separate incident, a shrine "
    "was set ablaze in the district.",
    "Fishermen protested against a port levy in Tema on Monday. Later, a shop was attacked and "
    "two traders were beaten.",
])
def test_damage_told_apart_from_a_protest_leaves_it_peaceful(pipeline, text):
    out = [e for e in pipeline.extract(Article(text=text, published=date(2024, 5, 6)))
           if e.event_type == "Protests" or e.event_type == "Riots"]
    assert [(e.event_type, e.sub_event_type) for e in out][0] == ("Protests", "Peaceful protest")
