"""Who reports each event, and how sure the report is."""


def first_kinetic(cands):
    return next(c for c in cands if c.family == "kinetic")


def test_sources_told_medium(extract):
    text = "Five rockets were fired at the K1 base near Kirkuk on Monday, sources told Rudaw."
    _, cands = extract(text)
    ev = first_kinetic(cands).event
    assert ev.attributed_to == "sources (Rudaw)"
    assert "sources told Rudaw" in ev.evidence["attributed_to"].text
    assert ev.claim == "reported"


def test_named_spokesperson(extract):
    _, cands = extract(
        "The Pentagon spokesperson, John Kirby, said US aircraft struck two Houthi radar sites."
    )
    assert first_kinetic(cands).event.attributed_to == "John Kirby"


def test_according_to(extract):
    _, cands = extract(
        "Government artillery killed four civilians in Idlib overnight, according to the "
        "Syrian Network for Human Rights."
    )
    ev = first_kinetic(cands).event
    assert ev.attributed_to == "Syrian Network for Human Rights"
    assert ev.event_type == "Explosions/Remote violence"


def test_organization_said(extract):
    _, cands = extract(
        "Israeli warplanes struck a house in Nuseirat, the Palestinian Red Crescent said."
    )
    assert first_kinetic(cands).event.attributed_to == "Palestinian Red Crescent"


def test_attribution_in_following_quote_sentence(extract):
    _, cands = extract(
        "Bandits killed seven villagers in Zamfara state on Sunday. "
        '"They came on motorcycles and shot everyone," a resident told Reuters.'
    )
    assert first_kinetic(cands).event.attributed_to == "resident (Reuters)"


def test_reportedly_is_unconfirmed(extract):
    _, cands = extract("Wagner fighters reportedly executed a dozen herders near Moura.")
    ev = first_kinetic(cands).event
    assert ev.claim == "unconfirmed"
    assert ev.evidence["claim"].text == "reportedly"


def test_unverified_is_unconfirmed(extract):
    _, cands = extract(
        "Drone footage showed an explosion at the Engels airbase, "
        "but the report could not be verified."
    )
    assert first_kinetic(cands).event.claim == "unconfirmed"


def test_claim_of_responsibility_in_next_sentence(extract):
    _, cands = extract(
        "A car bomb went off outside a police post in Baidoa on Thursday. "
        "Al-Shabaab later claimed the bombing."
    )
    c = first_kinetic(cands)
    assert c.event.claim == "claimed"
    assert c.event.evidence["claim"].text == "claimed"
    assert c.agent is not None and c.agent.text == "Al-Shabaab"
    assert c.event.sub_event_type == "Remote explosive/landmine/IED"


def test_denial(extract):
    _, cands = extract(
        "Gunmen attacked a checkpoint in Daraa on Friday. "
        "The Eighth Brigade denied any involvement."
    )
    assert first_kinetic(cands).event.claim == "denied"


def test_drone_follow_up_inherits_attribution(extract):
    _, cands = extract(
        "Two mortar shells hit Baghdad's Green Zone on Tuesday, security sources told AFP. "
        "A drone followed that attack, targeting the US embassy."
    )
    ks = [c for c in cands if c.family == "kinetic"]
    assert len(ks) == 2
    assert ks[1].event.attributed_to == "security sources (AFP)"
    assert ks[1].parent is ks[0]


def test_no_claim_of_responsibility_is_not_a_claim(extract):
    _, cands = extract(
        "A roadside bomb killed three soldiers near Kismayo on Monday. "
        "So far no group has claimed the bombing."
    )
    assert first_kinetic(cands).event.claim == "reported"
