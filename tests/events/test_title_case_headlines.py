"""Headlines in title case (sentences written for these tests): the tagger reads their
capitalised common nouns as names, a participle spelled like its present ('Hurt') as a
present with its subject as the doer, and a verb with no object ('Clash') as a name."""

from tests.events.helpers import typed

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_soldiers_hurt_in_a_roadside_blast_were_bombed(extract):
    assert typed(extract, "Three Soldiers Hurt In Roadside Blast In Kandahar") == [IED]


def test_the_same_headline_in_sentence_case_is_the_same_bombing(extract):
    assert typed(extract, "Three soldiers hurt in roadside blast in Kandahar") == [IED]


def test_a_capitalised_blast_names_the_weapon(extract):
    assert typed(extract, "Two Policemen Wounded In Roadside Blast In Bannu") == [IED]


def test_prices_that_hurt_families_are_no_event(extract):
    assert typed(extract, "Rising fuel prices hurt families across Lagos last year, traders said.") == []


def test_rival_gangs_that_clash_fought(extract):
    assert typed(extract, "Two Dead As Rival Gangs Clash In Port-au-Prince") == [("Battles", "Armed clash")]


def test_farmers_who_protest_in_a_headline_protested(extract):
    assert [t for t, _s in typed(extract, "Farmers Protest In Ludhiana Over Crop Prices")] == ["Protests"]
