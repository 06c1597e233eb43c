"""Detection: one event per occurrence, arguments from the parse, assertion, references."""


def kinetic(cands):
    return [c for c in cands if c.family == "kinetic"]


def test_participle_clause_is_the_same_event(extract):
    _, cands = extract(
        "Militants fired mortars at an army post near Kidal, destroying a watchtower."
    )
    assert len(kinetic(cands)) == 1
    assert cands[0].event.sub_event_type == "Shelling/artillery/missile attack"
    assert cands[0].weapon == "shelling"


def test_coordinated_clauses_do_not_multiply(extract):
    _, cands = extract(
        "Gunmen stormed the village of Kuru, killed five farmers and burned their houses."
    )
    assert len(kinetic(cands)) == 1
    ev = cands[0].event
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.civilian_targeting == "Civilian targeting"


def test_different_explicit_attackers_are_two_events(extract):
    _, cands = extract(
        "Russian jets bombed Idlib on Monday, while rebels shelled a regime position in Hama."
    )
    subs = [c.event.sub_event_type for c in kinetic(cands)]
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_agent_and_patient_spans(extract):
    _, cands = extract("Al-Shabaab fighters attacked an AMISOM base in Lower Shabelle.")
    c = cands[0]
    assert c.agent.text == "Al-Shabaab fighters"
    assert c.patient.text == "an AMISOM base"


def test_passive_by_agent(extract):
    _, cands = extract("Two civilians were killed by RSF snipers in El Fasher on Tuesday.")
    c = cands[0]
    assert c.agent.text == "RSF snipers"
    assert c.patient.text == "Two civilians"
    assert c.event.event_type == "Violence against civilians"


def test_nominal_follow_up_gets_parent(extract):
    _, cands = extract(
        "Three rockets hit a Turkish base near Bashiqa on Monday, officials said. "
        "A drone followed the shelling, hitting a checkpoint near Zelikan."
    )
    ks = kinetic(cands)
    assert [c.event.sub_event_type for c in ks] == [
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    ]
    assert ks[1].parent is ks[0]
    assert ks[0].parent is None


def test_pure_reference_sentence_adds_nothing(extract):
    _, cands = extract(
        "An IED struck a Malian army convoy near Gao on Friday. "
        "There were no casualties in the attack, and the army did not comment."
    )
    assert len(kinetic(cands)) == 1
    assert cands[0].event.sub_event_type == "Remote explosive/landmine/IED"


def test_negated_events_are_not_events(extract):
    _, cands = extract("The army did not attack the town of Kupiansk.")
    assert kinetic(cands) == []


def test_future_and_conditional_are_not_attacks(extract):
    for text in (
        "The Houthis will attack any ship linked to Israel.",
        "If the talks fail, the militia could shell the city of Marib.",
        "The army plans to recapture the town of Bakhmut.",
    ):
        _, cands = extract(text)
        assert kinetic(cands) == [], text


def test_threat_is_a_statement_not_an_attack(extract):
    _, cands = extract("Hezbollah threatened to strike Israeli cities.")
    assert [c.event.plover_type for c in cands] == ["THREATEN"]
    assert cands[0].event.event_type == ""


def test_condemnation_is_accuse_and_not_an_attack(extract):
    _, cands = extract("The UN Secretary-General condemned the attack on a school in Khan Younis.")
    assert len(cands) == 1
    ev = cands[0].event
    assert (ev.event_type, ev.plover_type) == ("", "ACCUSE")
    assert ev.evidence["plover_type"].text == "condemned"


def test_aggregate_is_flagged(extract):
    _, cands = extract("The militia has repeatedly attacked US bases in Syria since October.")
    assert cands and cands[0].aggregate
    _, cands = extract("The group attacked the convoy about 30 times last year.")
    assert cands and cands[0].aggregate


def test_killed_in_an_airstrike_is_one_air_strike(extract):
    _, cands = extract("Four fighters were killed in an Israeli airstrike on a car in Tyre.")
    assert len(kinetic(cands)) == 1
    assert cands[0].event.sub_event_type == "Air/drone strike"
    assert cands[0].event.plover_mode == "aerial"


def test_statement_subject_is_attribution(extract):
    _, cands = extract("Ukraine's foreign ministry denounced the Russian strikes on Odesa.")
    assert cands[0].event.plover_type == "ACCUSE"
    assert cands[0].event.attributed_to == "Ukraine's foreign ministry"


def test_every_candidate_is_well_formed(extract):
    text = (
        "On Sunday, Sudanese army drones struck RSF positions in Omdurman, killing 12 fighters. "
        "The RSF said it shot down two drones. Residents protested in Port Sudan against the war."
    )
    ctx, cands = extract(text)
    assert len(cands) >= 3
    for c in cands:
        ev = c.event
        assert ev.article_id == ctx.article.id
        assert 0 < ev.confidence <= 1
        assert ev.evidence["notes"].text in text
        for span in ev.evidence.values():
            assert text[span.start : span.end] == span.text


def test_demand_made_while_protesting_is_part_of_the_protest(extract):
    _, cands = extract(
        "Hundreds of teachers protested in Basra on Sunday, demanding unpaid salaries."
    )
    assert [c.event.sub_event_type for c in cands] == ["Peaceful protest"]
    assert cands[0].event.plover_type == "PROTEST"


def test_disasters_do_not_hide_a_real_attack(extract):
    _, cands = extract("Militants shelled a camp for flood victims in Jowhar, killing four people.")
    assert cands[0].event.sub_event_type == "Shelling/artillery/missile attack"


def test_prevented_movement_is_not_an_event_of_movement(extract):
    _, cands = extract("Russian military police prevented a US patrol from entering Qamishli.")
    assert all(c.event.sub_event_type != "Change to group/activity" for c in cands)


def test_details_sentence_elaborates_the_attack(extract):
    _, cands = extract(
        "Gunmen killed nine villagers in Zamfara state on Saturday, police said.\n"
        "The attackers arrived on motorcycles and opened fire on worshippers, a resident said."
    )
    ks = kinetic(cands)
    assert len(ks) == 2
    assert ks[1].parent is ks[0] and ks[1].elaborates


def test_dated_follow_up_is_not_an_elaboration(extract):
    _, cands = extract(
        "Gunmen killed nine villagers in Zamfara state on Saturday.\n"
        "The gunmen attacked another village on Monday."
    )
    ks = kinetic(cands)
    assert len(ks) == 2 and ks[1].parent is None


def test_interception_is_its_own_event(extract):
    _, cands = extract(
        "Russia launched 40 drones at Ukraine overnight, the air force said, adding that "
        "air defences shot down 35 drones."
    )
    subs = [c.event.sub_event_type for c in cands]
    assert subs == ["Air/drone strike", "Disrupted weapons use"]


def test_a_photo_caption_is_not_an_event(extract):
    text = (
        "A market in Gao where several bombs have exploded (file photo)\n"
        "Gunmen killed four traders near Menaka on Sunday, officials said.\n"
        "Soldiers patrol a road after a raid last year. Photo courtesy of an army unit/AFP\n"
    )
    _, cands = extract(text)
    assert [c.sentence.text.split()[0] for c in cands] == ["Gunmen"]


def test_caption_marks_only_at_a_paragraph_edge():
    from sitroom.events.captions import caption_spans

    text = "File photo: smoke over a town\nThe photo: a report the ministry denied was real, he said, and then much more text follows here.\n"
    spans = caption_spans(text)
    assert spans == [(0, len("File photo: smoke over a town"))]
