"""Attempts told as done are events of their kind; curfews, bans and states of emergency
imposed, declared, extended or enforced are changes of activity. Own sentences."""

import pytest

SD = "Strategic developments"
VAC = "Violence against civilians"

TOLD = [
    ("Two gunmen tried to kidnap a pharmacist in Gusau on Friday.",
     VAC, "Abduction/forced disappearance"),
    ("Unknown assailants attempted to assassinate a village elder in Lahj, wounding him.",
     None, None),
    ("The provincial governor instituted a night curfew in Sabha.",
     SD, "Change to group/activity"),
    ("Authorities extended the ban on public gatherings in Mandalay by a month.",
     SD, "Change to group/activity"),
    ("The president extended the state of emergency in Amhara region by four months.",
     SD, "Change to group/activity"),
    # a body found, however the parse hangs it ('In X, Y, the body ... was found')
    ("Late on Sunday, in Apatzingan, Michoacan, the charred body of a farmer was found "
     "dumped beside a dirt road.", VAC, "Attack"),
    # explosives used in a robbery are an explosion
    ("Robbers used explosives to blow open a cash machine in Juazeiro.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
]

NOT_TOLD = [
    "The militants will try to storm the town next week, officials warned.",
    "Rebels are trying to cut the road to the capital.",
    "Officials said they would extend the curfew in Sabha.",
    "The pilot declared an emergency shortly before landing in Goma.",
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), TOLD)
def test_told(extract, text, event_type, sub_event_type):
    _ctx, cands = extract(text)
    typed = [c.event for c in cands if c.event.event_type]
    assert len(typed) == 1, text
    if event_type is not None:
        assert (typed[0].event_type, typed[0].sub_event_type) == (event_type, sub_event_type)
    else:  # an attack: who it hurt decides the type, the family is political violence
        assert typed[0].disorder_type == "Political violence"


@pytest.mark.parametrize("text", NOT_TOLD)
def test_not_told(extract, text):
    _ctx, cands = extract(text)
    assert [c.event.sub_event_type for c in cands if c.event.event_type] == [], text


def test_aid_an_armed_group_hands_out_is_a_change_of_activity(pipeline):
    """A cartel or a militia handing out food changes what it does (ACLED: strategic
    development); a charity doing it is a statement-kind record, out of ACLED's counts."""
    from datetime import date

    from sitroom.model import Article

    def kinds(text):
        records = pipeline(Article(text=text, published=date(2020, 4, 30)))
        return [(e.record_kind, e.sub_event_type) for e in records]

    assert kinds("On 29 April 2020, in Uruapan, Michoacan, members of a local cartel "
                 "handed out food parcels to poor families.") == [
        ("event", "Change to group/activity")
    ]
    assert kinds("On 29 April 2020, the Red Cross distributed blankets to displaced "
                 "families in Kaga-Bandoro.") == [("statement", "")]


def test_frontlines_listed_are_one_record_each(extract):
    _ctx, cands = extract("On 12 June 2021, Houthi forces and government troops exchanged "
                          "artillery fire on the Hays and Harib frontlines in Yemen.")
    assert [[p.text for p in c.listed_places] for c in cands] == [["Hays", "Harib"]] * 2


def test_an_attempt_alleged_in_a_clause_is_not_told(extract):
    """'men they claimed tried to kidnap a teacher': the beating is the news."""
    _ctx, cands = extract("A mob beat three men they claimed tried to kidnap a teacher in Tuxpan.")
    subs = [c.event.sub_event_type for c in cands if c.event.event_type]
    assert "Abduction/forced disappearance" not in subs and subs, subs
