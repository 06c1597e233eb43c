"""The taxonomy and lexicon data files load and agree with ACLED's and PLOVER's spellings."""

from sitroom.events import load_lexicon, load_taxonomy

ACLED = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_acled_types_exactly():
    tax = load_taxonomy()
    got: dict[str, set[str]] = {}
    for sub in tax.sub_event_types.values():
        got.setdefault(sub.event_type, set()).add(sub.name)
    assert got == ACLED
    assert len(tax.sub_event_types) == 25


def test_disorder_types():
    tax = load_taxonomy()
    assert tax.disorder_type("Battles", "Armed clash") == "Political violence"
    assert tax.disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert tax.disorder_type("Protests", "Excessive force against protesters") == (
        "Political violence; Demonstrations"
    )
    assert tax.disorder_type("Riots", "Mob violence") == "Political violence; Demonstrations"
    assert tax.disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    assert tax.disorder_type("", "") == ""


def test_plover_types_and_modes():
    tax = load_taxonomy()
    assert set(tax.plover_modes) == PLOVER
    assert tax.plover_mode("ASSAULT", "aerial") == "aerial"
    assert tax.plover_mode("COERCE", "arrest") == "arrest"
    assert tax.plover_mode("ACCUSE", "aerial") == ""


def test_validity():
    tax = load_taxonomy()
    assert tax.is_valid("Battles", "Armed clash")
    assert not tax.is_valid("Battles", "Air/drone strike")
    assert tax.is_valid("", "")


def test_lexicon_refers_to_known_names():
    lex, tax = load_lexicon(), load_taxonomy()
    for cls in lex.classes.values():
        if cls.acled:
            assert tax.is_valid(*cls.acled), cls
        if cls.plover:
            assert cls.plover in PLOVER, cls
            assert not cls.mode or cls.mode in tax.plover_modes[cls.plover], cls
    for wc in lex.weapon_classes.values():
        assert not wc.sub_event_type or wc.sub_event_type in tax.sub_event_types
    assert set(lex.verbs.values()) <= set(lex.classes)
    assert ("open", "fire") in lex.verbs and ("car", "bomb") in lex.weapons
    assert "no" in lex.cue("negation_words")  # YAML must not turn it into False
