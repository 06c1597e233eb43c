"""Coding of deeds the lexicon once missed or misread: fighters joining an armed group,
wounds and losses told from the victims' side, wreckers named for what they do, grievances
taken somewhere, ground cleared of fighters, arms (not ground) recovered, and ground held
(a state, not a capture). Own sentences."""

import pytest

CASES = [
    # going over to an armed group is a change to the group
    ("Forty soldiers including a captain joined the rebels in Kidal district.",
     "Strategic developments", "Change to group/activity"),
    ("Dozens of youths joined the militia in Ituri last week.",
     "Strategic developments", "Change to group/activity"),
    # joining a crowd is the crowd's protest
    ("Hundreds of residents joined the protest in Harare.", "Protests", "Peaceful protest"),
    # wounds sustained by forces in an ambush
    ("Two policemen sustained gunshot wounds in an ambush near Zurmi.",
     "Battles", "Armed clash"),
    # looters and rioters hit or target property: a riot, not nothing
    ("Looters targeted shops owned by foreigners in Soshanguve.", "Riots", "Mob violence"),
    ("A mob targeted the homes of suspected witches in Kisii.", "Riots", "Mob violence"),
    # a crowd takes its grievances somewhere: a protest there
    ("Hundreds of nurses took their grievances to the health ministry in Nairobi.",
     "Protests", "Peaceful protest"),
    ("Angry traders took their frustration to the town hall in Kumasi on Monday.",
     "Protests", "Peaceful protest"),
    # arms recovered are disrupted weapons use, ground recovered is ground
    ("Soldiers recovered three improvised explosive devices planted by rebels near Iligan.",
     "Strategic developments", "Disrupted weapons use"),
    ("Two landmines were recovered by troops near Iligan.",
     "Strategic developments", "Disrupted weapons use"),
    ("Police recovered a cache of weapons hidden in a farmhouse near Kirkuk.",
     "Strategic developments", "Disrupted weapons use"),
    ("The army recovered the town where rebels had stored weapons.",
     "Battles", "Government regains territory"),
    # in a fight, arms recovered along the way are part of the fight
    ("Troops raided a rebel camp near Beni, killing five fighters and recovering rifles.",
     "Battles", "Armed clash"),
    # bodies recovered are a killing found, like bodies found
    ("Police recovered the bodies of three men from a river in Tumaco.",
     "Violence against civilians", "Attack"),
    # the victims' verb and the attackers' verb of one sentence are one occurrence
    ("The garrison suffered casualties when insurgents shelled the base in Djibo.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Five soldiers died when militants attacked their post near Mopti.",
     "Battles", "Armed clash"),
    # who holds the ground now, beside the deed: the deed only
    ("Armed men looted the offices of a charity in Kaga Bandoro. The area is mostly "
     "controlled by rebels.", "Strategic developments", "Looting/property destruction"),
    # ground cleared of fighters changes hands; who cleared it tells which way
    ("The army cleared the area of bandits after a two-day operation.",
     "Battles", "Government regains territory"),
    ("Soldiers cleared several villages near Dikwa of insurgents.",
     "Battles", "Government regains territory"),
    ("Rebels rid the district of government troops last week.",
     "Battles", "Non-state actor overtakes territory"),
    # camps of a political contest fighting each other are rioters, not armed groups
    ("Rival party activists clashed after the disputed vote in Lagos, leaving one dead.",
     "Riots", "Mob violence"),
    ("Opposing political groups clashed in Tamale after the election.", "Riots", "Mob violence"),
    ("Two rebel factions clashed near Kidal.", "Battles", "Armed clash"),
    # a bare present often reports the change itself
    ("The army now controls the town after driving out the rebels.",
     "Battles", "Government regains territory"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_coding(extract, text, event_type, sub_event_type):
    _ctx, cands = extract(text)
    typed = [c.event for c in cands if c.event.event_type]
    assert [(e.event_type, e.sub_event_type) for e in typed] == [(event_type, sub_event_type)]


@pytest.mark.parametrize("text", [
    "The minister said the government takes their grievances seriously.",
    "Soldiers joined the police in patrolling the market in Kano.",
    "The town is controlled by rebels.",
    "Police cleared the road of debris.",
    "The district has been controlled by rebels since 2019.",
])
def test_no_event(extract, text):
    _ctx, cands = extract(text)
    assert [c.event.event_type for c in cands if c.event.event_type] == []


def test_an_arrest_over_bombs_is_no_explosion(extract):
    """Bombs named beside an arrest do not make the arrest a bombing."""
    _ctx, cands = extract(
        "Police recovered thirty hand grenades at a farmhouse near Rangpur. The grenades "
        "were later defused by the bomb squad and a man was arrested."
    )
    types = {(c.event.event_type, c.event.sub_event_type) for c in cands if c.event.event_type}
    assert types == {
        ("Strategic developments", "Disrupted weapons use"),
        ("Strategic developments", "Arrests"),
    }


def test_an_arrest_beside_riot_control_stays_with_the_crowd(extract):
    """Tear gas or water cannon told with arrests: the crowd was dispersed, a protest."""
    _ctx, cands = extract(
        "Riot police used water cannon on striking dockers in Mersin, and five union leaders "
        "were arrested."
    )
    types = [(c.event.event_type, c.event.sub_event_type) for c in cands if c.event.event_type]
    assert types == [("Protests", "Protest with intervention")]
