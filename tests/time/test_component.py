"""The `time` component on a short report written for this test, with hand-made candidates."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article, Event
from sitroom.pipeline import Candidate, Context, Settings, registered
from sitroom.time import TAG_NO_DATE, TAG_UNKNOWN_KILLED

PUBLISHED = date(2023, 6, 15)  # a Thursday

REPORT = (
    "The Sudanese army said on Thursday that it had repelled an assault on the Armoured Corps "
    "base in Khartoum.\n"
    "On Tuesday, RSF fighters attacked the base with artillery, killing four soldiers.\n"
    "A drone strike followed the assault, hitting a fuel depot near the base.\n"
    "No one was hurt in the drone strike.\n\n"
    "In April 2023, fighting erupted between the army and the RSF in Omdurman.\n\n"
    "Paramilitary fighters looted a market in Omdurman.\n"
    "The next day, gunmen burned the market's main hall.\n\n"
    "Army aircraft bombed a village near El Obeid on Monday, killing members of a local militia."
)


def _candidate(doc, word: str, nth: int = 1) -> Candidate:
    tok = [t for t in doc if t.text == word][nth - 1]
    return Candidate(event=Event(), sentence=tok.sent, trigger=tok)


@pytest.fixture(scope="module")
def run(nlp):
    doc = nlp(REPORT)
    names = ["said", "repelled", "attacked", "strike", "erupted", "looted", "burned", "bombed"]
    cands = {n: _candidate(doc, n) for n in names}
    cands["strike"].parent = cands["attacked"]
    ctx = Context(
        article=Article(text=REPORT, published=PUBLISHED), doc=doc, published=PUBLISHED,
        candidates=list(cands.values()),
    )
    component = registered()["time"](Settings())
    component(ctx)
    return cands


def test_statement_keeps_its_own_date(run):
    said = run["said"].event
    assert (said.event_date, said.time_precision) == (PUBLISHED, 1)
    assert said.evidence["event_date"].text == "on Thursday"


def test_reported_event_does_not_take_the_statement_date(run):
    """'said on Thursday that it had repelled': done by Thursday, on a day untold: the week up
    to the statement, kept unstated (a day told for the deed elsewhere replaces it; stop 40)."""
    repelled = run["repelled"]
    assert repelled.date_source == "saying" and not repelled.date_stated
    assert repelled.event.time_precision == 2
    assert repelled.date_range == (date(2023, 6, 9), PUBLISHED)


def test_stated_weekday(run):
    attacked = run["attacked"]
    assert attacked.event.event_date == date(2023, 6, 13)
    assert attacked.event.time_precision == 1
    assert attacked.date_range == (date(2023, 6, 13), date(2023, 6, 13))
    assert attacked.event.year == 2023


def test_follow_up_inherits_from_parent(run):
    strike = run["strike"]
    assert strike.event.event_date == date(2023, 6, 13)
    assert strike.date_source == "parent"
    assert strike.event.evidence["event_date"].text == "On Tuesday"


def test_month_year_is_background_range(run):
    erupted = run["erupted"]
    assert (erupted.event.event_date, erupted.event.time_precision) == (date(2023, 4, 1), 3)
    assert erupted.date_range == (date(2023, 4, 1), date(2023, 4, 30))


def test_no_date_is_said_not_guessed(run):
    looted = run["looted"].event
    assert (looted.event_date, looted.time_precision) == (PUBLISHED, 3)
    assert TAG_NO_DATE in looted.tags and "event_date" not in looted.evidence
    # "the next day" after an undated event cannot be resolved either
    assert run["burned"].event.time_precision == 3


def test_fatalities_and_evidence(run):
    attacked = run["attacked"].event
    assert (attacked.fatalities, attacked.fatalities_low, attacked.fatalities_high) == (4, 4, 4)
    assert "four soldiers" in attacked.evidence["fatalities"].text


def test_following_sentence_gives_zero_injuries(run):
    strike = run["strike"].event
    assert strike.injuries == 0 and "injuries" in strike.evidence


def test_unknown_count_is_tagged(run):
    bombed = run["bombed"]
    assert bombed.event.event_date == date(2023, 6, 12)
    assert bombed.event.fatalities == 0 and TAG_UNKNOWN_KILLED in bombed.event.tags
    assert bombed.fatalities_known is False


def test_evidence_offsets_point_into_the_article(run):
    for cand in run.values():
        for ev in cand.event.evidence.values():
            assert REPORT[ev.start:ev.end] == ev.text


def test_anchor_resolves_next_day(nlp):
    text = "Militants stormed a checkpoint near Gao on Sunday.\nThe next day, they ambushed a convoy."
    doc = nlp(text)
    cands = [_candidate(doc, "stormed"), _candidate(doc, "ambushed")]
    pub = date(2022, 3, 9)  # a Wednesday
    ctx = Context(article=Article(text=text, published=pub), doc=doc, published=pub, candidates=cands)
    registered()["time"](Settings())(ctx)
    assert cands[0].event.event_date == date(2022, 3, 6)
    assert cands[1].event.event_date == date(2022, 3, 7)
    assert cands[1].event.evidence["event_date"].text == "The next day"


def _run(nlp, text: str, published: date, words: list[str]) -> dict[str, Candidate]:
    doc = nlp(text)
    cands = {w: _candidate(doc, w) for w in words}
    ctx = Context(article=Article(text=text, published=published), doc=doc, published=published,
                  candidates=list(cands.values()))
    registered()["time"](Settings())(ctx)
    return cands


def test_killed_and_wounded_in_one_clause(nlp):
    text = "A car bomb exploded in Mogadishu on Friday, killing 12 people and wounding 30 others."
    ev = _run(nlp, text, date(2023, 3, 5), ["exploded"])["exploded"].event
    assert (ev.fatalities, ev.injuries, ev.event_date) == (12, 30, date(2023, 3, 3))


def test_toll_of_an_earlier_event_in_a_relative_clause_is_not_added(nlp):
    text = (
        "Seven peacekeepers were killed on Tuesday in the ambush near Bor that left five "
        "soldiers dead last month."
    )
    ev = _run(nlp, text, date(2023, 3, 8), ["killed"])["killed"].event
    assert ev.fatalities == 7


def test_following_sentence_toll_goes_to_the_event_before_it(nlp):
    text = (
        "Russian forces shelled the centre of Kherson on Monday.\n"
        "Four civilians were killed and eleven were wounded, the regional governor said."
    )
    ev = _run(nlp, text, date(2023, 5, 3), ["shelled"])["shelled"].event
    assert (ev.fatalities, ev.injuries) == (4, 11)
    assert ev.event_date == date(2023, 5, 1)


def test_undated_event_takes_the_day_a_following_sentence_says_it_happened(nlp):
    text = (
        "Gunmen killed at least 14 villagers in northern Burkina Faso, local sources said on Sunday.\n"
        "The raid took place in a hamlet near Djibo on Friday night, a resident told reporters."
    )
    ev = _run(nlp, text, date(2024, 3, 10), ["killed"])["killed"].event
    assert (ev.event_date, ev.time_precision) == (date(2024, 3, 8), 1)
    assert TAG_NO_DATE not in ev.tags
    assert ev.evidence["event_date"].text == "on Friday night"


def test_month_narrowed_to_the_day_it_happened(nlp):
    text = (
        "Rebels have killed 9 farmers near Beni, the latest of several raids this month.\n"
        "It happened in a field outside the town on Tuesday, officials said."
    )
    ev = _run(nlp, text, date(2024, 3, 14), ["killed"])["killed"].event
    assert ev.event_date == date(2024, 3, 12)


def test_a_new_event_in_between_keeps_the_date_apart(nlp):
    text = (
        "Gunmen killed 5 traders on a road near Maiduguri, police said on Sunday.\n"
        "Soldiers raided a camp near Bama on Thursday.\n"
        "The raid happened at dawn on Friday."
    )
    cands = _run(nlp, text, date(2024, 3, 10), ["killed", "raided"])
    assert cands["killed"].event.event_date == date(2024, 3, 10)
    assert TAG_NO_DATE in cands["killed"].event.tags


UPDATES = (
    "Two aid workers remained missing on Thursday after gunmen ambushed their convoy.\n"
    "Four sailors were killed and others were being held captive on Thursday after pirates "
    "boarded a cargo ship.\n"
    "Three people were killed on Thursday after gunmen opened fire on a market."
)


@pytest.fixture(scope="module")
def updates(nlp):
    doc = nlp(UPDATES)
    cands = {
        "ambushed": _candidate(doc, "ambushed"),
        "killed": _candidate(doc, "killed"),
        "opened": _candidate(doc, "opened"),
    }
    ctx = Context(
        article=Article(text=UPDATES, published=PUBLISHED), doc=doc, published=PUBLISHED,
        candidates=list(cands.values()),
    )
    registered()["time"](Settings())(ctx)
    return cands


def test_a_state_reported_later_does_not_date_the_incident(updates):
    # "remained missing Thursday after gunmen ambushed ...": Thursday is the state's day
    assert updates["ambushed"].date_source == "publication"
    # "killed and others were being held Thursday": the hostages' day, not the killing's
    assert updates["killed"].date_source == "publication"


def test_killed_on_a_day_after_an_attack_is_that_days(updates):
    opened = updates["opened"]
    assert opened.date_source == "stated" and opened.event.event_date == PUBLISHED
