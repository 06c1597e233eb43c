"""Component `finalize`: status, ids, notes, scale, unknown perpetrators, duplicates."""

from datetime import date

from sitroom.finalize.component import (
    UNIDENTIFIED,
    event_id,
    finalize_candidates,
    interaction,
    load_note_templates,
    load_source_scales,
    source_scale,
)
from sitroom.model import Event, Evidence

PUB = date(2024, 5, 10)


def set_date(c, day: date, precision: int = 1, end: date | None = None, kind: str = "point"):
    """What the `time` stage leaves on a candidate whose date was stated in the text."""
    c.event.event_date, c.event.year, c.event.time_precision = day, day.year, precision
    c.date_range = (day, end or day)
    c.date_stated = True
    c.event.cite("event_date", c.event.evidence["notes"])


def set_undated(c):
    c.event.event_date, c.event.time_precision = PUB, 3
    c.date_range = (PUB, PUB)
    c.date_stated = False


def run_finalize(ctx):
    finalize_candidates(ctx, load_source_scales(), load_note_templates())
    return ctx.candidates


def test_recent_is_new_old_is_background(extract):
    ctx, cands = extract("On Monday, rebels shelled Kadugli. In 2019, rebels shelled Dilling.", PUB)
    set_date(cands[0], date(2024, 5, 6))
    set_date(cands[1], date(2019, 1, 1), precision=3, end=date(2019, 12, 31))
    out = run_finalize(ctx)
    assert [c.event.status for c in out] == ["new", "background"]
    assert out[1].status_reason == "date"


def test_earlier_month_at_month_precision_is_background(extract):
    ctx, cands = extract("In April, militants attacked an army post in Menaka.", PUB)
    set_date(cands[0], date(2024, 4, 1), precision=3, end=date(2024, 4, 30))
    assert run_finalize(ctx)[0].event.status == "background"


def test_aggregate_is_background_with_evidence(extract):
    ctx, cands = extract("The Houthis have repeatedly attacked ships in the Red Sea.", PUB)
    set_undated(cands[0])
    ev = run_finalize(ctx)[0].event
    assert ev.status == "background"
    assert ev.evidence["status"].text == "repeatedly"


def test_undated_aside_after_dated_news_is_background(extract):
    ctx, cands = extract(
        "On Tuesday, an IED killed two soldiers near Gao. "
        "The bloodiest raid took place in Boulkessi, where militants killed 30 soldiers.",
        PUB,
    )
    set_date(cands[0], date(2024, 5, 7))
    set_undated(cands[1])
    out = run_finalize(ctx)
    assert [c.event.status for c in out] == ["new", "background"]


def test_undated_lone_event_stays_new(extract):
    ctx, cands = extract("Gunmen killed three farmers in Benue state, police said.", PUB)
    set_undated(cands[0])
    assert run_finalize(ctx)[0].event.status == "new"


def test_child_of_background_is_background(extract):
    ctx, cands = extract(
        "In 2020, rockets hit the Erbil airport. A drone followed that attack, hitting a base.",
        PUB,
    )
    set_date(cands[0], date(2020, 1, 1), precision=3, end=date(2020, 12, 31))
    set_undated(cands[1])
    assert cands[1].parent is cands[0]
    assert [c.event.status for c in run_finalize(ctx)] == ["background", "background"]


def test_unidentified_armed_group_and_interaction(extract):
    ctx, cands = extract("An IED exploded near a market in Maiduguri.", PUB)
    set_date(cands[0], date(2024, 5, 9))
    cands[0].event.country = "Nigeria"
    cands[0].event.iso = 566
    cands[0].event.actor2, cands[0].event.inter2 = "Civilians (Nigeria)", 7
    ev = run_finalize(ctx)[0].event
    assert ev.actor1 == f"{UNIDENTIFIED} (Nigeria)"
    assert ev.inter1 == 3
    assert ev.interaction == 37
    assert ev.event_id_cnty.startswith("NGA")


def test_gunmen_are_an_unidentified_armed_group(extract):
    ctx, cands = extract("Unknown gunmen shot dead a teacher in Kidal.", PUB)
    set_undated(cands[0])
    assert run_finalize(ctx)[0].event.actor1 == UNIDENTIFIED


def test_statements_get_no_unidentified_actor(extract):
    ctx, cands = extract("The African Union condemned the coup in Niamey.", PUB)
    set_undated(cands[0])
    assert run_finalize(ctx)[0].event.actor1 == ""


def test_interaction_codes():
    assert interaction(1, 3) == 13
    assert interaction(3, 1) == 13
    assert interaction(2, 0) == 20
    assert interaction(0, 0) == 0
    assert interaction(8, 8) == 88


def test_event_id_is_stable():
    ev = Event(article_id="abc", iso=760)
    assert event_id(ev, 0) == event_id(Event(article_id="abc", iso=760), 0)
    assert event_id(ev, 0) != event_id(ev, 1)
    assert event_id(ev, 0).startswith("SYR") and event_id(ev, 0)[3:].isdigit()
    assert event_id(Event(article_id="abc", country="Yemen"), 2).startswith("YEM")


def test_source_scale():
    scales = load_source_scales()
    assert source_scale("Reuters", scales) == "International"
    assert source_scale("Shafaq News", scales) == "National"
    assert source_scale("Some Blog Nobody Knows", scales) == ""


def test_notes_are_built_from_fields(extract):
    text = "On Sunday, four mortar rounds were fired at a police post near Raqqa."
    ctx, cands = extract(text, PUB, source="Reuters")
    set_date(cands[0], date(2024, 5, 5))
    cands[0].event.location, cands[0].event.country = "Raqqa", "Syria"
    ev = run_finalize(ctx)[0].event
    assert ev.notes.startswith("On 5 May 2024, ")
    assert "mortar" in ev.notes and "Raqqa" in ev.notes
    assert "No fatalities reported." in ev.notes
    assert text in ev.notes
    assert ev.source_scale == "International"
    assert ev.timestamp > 1_700_000_000


def test_duplicates_in_one_article_are_dropped(extract):
    ctx, cands = extract(
        "Israeli jets struck Khiam on Monday. The airstrike on Khiam killed two Hezbollah "
        "fighters, the group said.",
        PUB,
    )
    assert len(cands) == 2
    for c in cands:
        set_date(c, date(2024, 5, 6))
        c.event.location = "Khiam"
    cands[1].event.fatalities = 2
    out = run_finalize(ctx)
    assert len(out) == 1
    assert out[0].event.fatalities == 2
    assert out[0].event.sub_event_type == "Air/drone strike"


def test_actor_codes_refine_the_type(extract):
    ctx, cands = extract(
        "Militiamen arrested four men in Raqqa. Fighters captured the village of Tell Tamr. "
        "Gunmen clashed with villagers in Jebel Marra.",
        PUB,
    )
    assert [c.event.sub_event_type for c in cands] == [
        "Arrests",
        "Non-state actor overtakes territory",
        "Armed clash",
    ]
    for c in cands:
        set_date(c, date(2024, 5, 8))
    cands[0].event.inter1 = 3  # a political militia: ACLED calls its arrests abductions
    cands[1].event.inter1 = 1  # state forces
    cands[2].event.inter1, cands[2].event.inter2 = 3, 7
    start = ctx.article.text.index("villagers")  # civilians the text names, as actors cites them
    cands[2].event.cite("actor2", Evidence(start, start + 9, "villagers"))
    out = run_finalize(ctx)
    assert [c.event.sub_event_type for c in out] == [
        "Abduction/forced disappearance",
        "Government regains territory",
        "Attack",
    ]
    assert out[0].event.event_type == "Violence against civilians"
    assert out[0].event.plover_type == "ASSAULT"
    assert out[2].event.civilian_targeting == "Civilian targeting"
    assert out[1].event.disorder_type == "Political violence"


def test_elaboration_is_merged_into_its_event(extract):
    ctx, cands = extract(
        "Gunmen killed nine villagers in Zamfara state on Saturday, police said.\n"
        "The attackers arrived on motorcycles and opened fire on worshippers, a resident said.",
        PUB,
    )
    set_date(cands[0], date(2024, 5, 4))
    set_undated(cands[1])
    out = run_finalize(ctx)
    assert len(out) == 1 and out[0].event.status == "new"


def test_undated_event_in_a_sentence_naming_a_past_year_is_background(extract):
    ctx, cands = extract("The group's fighters killed 40 people in Solhan in 2021.", PUB)
    set_undated(cands[0])  # as if the time stage missed the year
    ev = run_finalize(ctx)[0].event
    assert ev.status == "background"
    assert ev.evidence["status"].text == "2021"


def test_foreign_army_taking_territory_is_not_government_regaining_it(extract):
    ctx, cands = extract("Russian troops captured the village of Krasnohorivka.", PUB)
    set_date(cands[0], date(2024, 5, 9))
    ev = cands[0].event
    ev.actor1, ev.inter1, ev.country = "Military Forces of Russia (2000-)", 1, "Ukraine"
    ev.sub_event_type = "Government regains territory"
    out = run_finalize(ctx)[0].event
    assert out.sub_event_type == "Non-state actor overtakes territory"


def test_finalize_without_time_stage(extract):
    """events → finalize alone: no dates at all must still give complete records."""
    ctx, cands = extract("Houthi forces fired a missile at a tanker in the Red Sea.", PUB)
    ev = run_finalize(ctx)[0].event
    assert ev.status == "new"
    assert ev.event_id_cnty.startswith("XXX")  # no country yet: geo did not run
    assert "Houthi forces" in ev.notes
    assert ev.actor1 == ""  # a named attacker is the actors stage's to normalize, not unknown


def _clash_on_civilians(extract, named: bool, inter1: int = 1):
    from sitroom.finalize.component import refine_with_actors

    _, cands = extract("Police shot two boys in Temuco on Friday.", PUB)
    c = cands[0]
    ev = c.event
    ev.event_type, ev.sub_event_type, ev.inter1, ev.inter2 = "Battles", "Armed clash", inter1, 7
    ev.actor1, ev.actor2 = "Police Forces of Chile (2022-)", "Civilians (Chile)"
    ev.evidence.pop("actor2", None)
    if named:
        ev.cite("actor2", Evidence(11, 19, "two boys"))
    refine_with_actors(c)
    return ev.event_type


def test_a_clash_on_civilians_the_text_names_is_an_attack(extract):
    assert _clash_on_civilians(extract, named=True) == "Violence against civilians"


def test_a_police_clash_whose_victims_were_only_assumed_civilians_stays_a_battle(extract):
    assert _clash_on_civilians(extract, named=False) == "Battles"


def test_gunmen_s_clash_with_unnamed_victims_is_still_an_attack(extract):
    assert _clash_on_civilians(extract, named=False, inter1=3) == "Violence against civilians"
