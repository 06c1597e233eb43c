"""One record per named location: a sentence listing several attacked places (own sentences)."""

from datetime import date

from sitroom.model import Article

PUB = date(2024, 3, 6)  # a Wednesday


def new_events(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def test_each_listed_town_is_its_own_record(pipeline):
    out = new_events(pipeline, "Fighters attacked Aleppo and Idlib on Sunday.")
    assert sorted(e.location for e in out) == ["Aleppo", "Idlib"]
    assert {e.event_date for e in out} == {date(2024, 3, 3)}
    assert len({(e.event_type, e.sub_event_type, e.actor1) for e in out}) == 1
    for e in out:  # each cites its own name as the place
        assert e.evidence["location"].text in e.location


def test_three_towns_after_a_preposition(pipeline):
    out = new_events(pipeline, "Protests took place in Nairobi, Mombasa and Kisumu on Tuesday.")
    assert [e.location for e in out] == ["Nairobi", "Mombasa", "Kisumu"]
    assert all(e.event_type == "Protests" for e in out)


def test_places_with_their_districts(pipeline):
    """'A and B in X district and C in Y district': places of two districts stay apart,
    each at its own place or district."""
    out = new_events(
        pipeline,
        "Armed men raided Kadawa and Tungar Kudu in Maru district and Gidan Goga in Anka "
        "district of Zamfara State on Monday, killing nine people, police said.",
    )
    assert len(out) >= 2
    assert {e.admin1 for e in out} == {"Zamfara"}
    assert len({e.location for e in out}) == len(out)
    assert sum(e.fatalities for e in out) == 9  # the undivided toll is shared, not copied
    assert {e.event_date for e in out} == {date(2024, 3, 4)}


def test_counts_given_per_place(pipeline):
    out = new_events(
        pipeline, "Gunmen killed four farmers in Gwer West and two traders in Agatu on Saturday."
    )
    assert {e.location: e.fatalities for e in out} == {"Gwer West": 4, "Agatu": 2}


def test_gapped_counts(pipeline):
    out = new_events(
        pipeline, "Two people were shot dead in Kangemi, one in Rongai and another in Juja."
    )
    assert {e.location: e.fatalities for e in out} == {"Kangemi": 2, "Rongai": 1, "Juja": 1}


def test_one_named_place_is_one_record(pipeline):
    out = new_events(
        pipeline, "Gunmen attacked the village of Koro on Sunday, killing three people."
    )
    assert len(out) == 1 and out[0].fatalities == 3


def test_parties_are_not_places(pipeline):
    """Coordinated objects that are no places (armed groups) do not split the event."""
    out = new_events(
        pipeline, "The army attacked Boko Haram and ISWAP fighters near Bama on Friday."
    )
    assert len(out) == 1


def test_a_list_of_countries_is_not_split(pipeline):
    out = new_events(
        pipeline, "Militias have fired rockets at bases hosting US troops in Iraq and Syria."
    )
    assert len({e.country for e in out}) <= 1


def test_follow_up_joins_the_record_of_its_place(pipeline):
    out = new_events(
        pipeline,
        "Russian missiles struck Kharkiv and Zaporizhzhia overnight on Monday. "
        "In Zaporizhzhia, three people were killed when a missile hit a residential block.",
    )
    by_place = {e.location: e for e in out}
    assert set(by_place) == {"Kharkiv", "Zaporizhzhya"}
    assert by_place["Zaporizhzhya"].fatalities == 3
    assert by_place["Kharkiv"].fatalities == 0


def test_a_town_and_its_province_is_one_place(pipeline):
    out = new_events(
        pipeline, "On 3 March 2024, in Tonala, Jalisco, vendors protested against new market fees."
    )
    assert len(out) == 1


def test_gapped_counts_with_the_conjunct_on_the_verb(pipeline):
    out = new_events(
        pipeline,
        "Three men were shot dead in Kangemi, one in Rongai, and another in Juja, as police "
        "fought with demonstrators.",
    )
    assert {e.location: e.fatalities for e in out} == {"Kangemi": 3, "Rongai": 1, "Juja": 1}


def test_a_name_the_gazetteer_lacks_yields_to_the_town_it_holds(pipeline):
    """'in A district and B city, C province' with A unknown: A falls back to the
    province that holds B; the one record kept stands at the town, with the toll."""
    out = new_events(
        pipeline,
        "Nine insurgents were killed in clashes with police in Qarqawuzi district and "
        "Tarinkot city, Uruzgan, on Monday.",
    )
    assert [(e.location, e.fatalities) for e in out] == [("Tarinkot", 9)]


def _focus(extract, text):
    _, cands = extract(text, PUB)
    return [c.place_focus.text for c in cands if c.place_focus is not None]


def test_the_villages_of_a_people_list_the_names_after_of(extract):
    """'the Fulani villages of A, B and C': the places are the names after 'of', not the
    people the villages are named for."""
    assert _focus(
        extract,
        "On 4 March 2024, bandits raided the Fulani villages of Gusau, Kaura Namoda and "
        "Maru, killing six people.",
    ) == ["Gusau", "Kaura Namoda", "Maru"]


def test_places_listed_with_their_containers_in_brackets(extract):
    """'the A (X) and B (Y) areas': A and B are listed; the names in brackets hold them."""
    assert _focus(
        extract,
        "On 4 March 2024, police arrested dozens in the Kilifi (Coast) and Voi (Taita "
        "Taveta) areas.",
    ) == ["Kilifi", "Voi"]


def test_two_clauses_each_at_its_own_town_are_two_records(pipeline):
    out = new_events(
        pipeline,
        "On Sunday, four taxi drivers were killed in San Pedro Sula, and three men were found "
        "dead in Tegucigalpa with gunshot wounds.",
    )
    assert {e.location: e.fatalities for e in out} == {"San Pedro Sula": 4, "Tegucigalpa": 3}


def test_a_clause_that_only_wounds_adds_no_dead_to_its_town(pipeline):
    out = new_events(
        pipeline, "Two soldiers were killed in Mopti and five civilians were wounded in Gao on Monday."
    )
    assert {e.location: e.fatalities for e in out} == {"Mopti": 2, "Gao": 0}
