"""Torture or beatings told as what someone died of are a killing; torture only reported or
alleged is not an event of its own. Sentences written for these tests."""

import pytest

from tests.events.helpers import typed as _typed

ATTACK = ("Violence against civilians", "Attack")



@pytest.mark.parametrize(
    "text",
    [
        "A detainee from Daraa died under torture in Sednaya prison on Monday.",
        "A teacher from Mandalay died as a result of torture in an army camp last week.",
        "Two prisoners died after beatings by guards at the jail in Asmara.",
    ],
)
def test_dying_of_torture_is_an_attack(extract, text):
    assert _typed(extract, text) == [ATTACK], text


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups documented widespread torture in prisons across Syria.",
        "The minister said torture in detention centres must end.",
        "The report described beatings of detainees in police stations in Lagos.",
    ],
)
def test_torture_only_reported_is_no_event(extract, text):
    assert _typed(extract, text) == [], text


def test_how_far_a_cause_sits_below_its_dying_is_the_packs(nlp, tmp_path):
    """'died as a result of beatings' climbs two prepositions ('of', then 'as'): a pack that
    allows one hop (``death_cause_hops`` in ``events/words.yaml``) reads no cause there."""
    import shutil

    from sitroom import lang
    from sitroom.events.parsing import cause_of_death

    shutil.copytree(lang.LANG_DIR / "en", tmp_path / "en")
    words = tmp_path / "en" / "events" / "words.yaml"
    text = words.read_text(encoding="utf-8")
    assert "death_cause_hops: 3\n" in text
    words.write_text(text.replace("death_cause_hops: 3\n", "death_cause_hops: 1\n"), encoding="utf-8")
    short = lang.LanguagePack("zz", "Zed", "m", "m", tmp_path / "en")
    doc = nlp("A miner from Kolwezi died as a result of beatings by the guards.")
    beatings = next(t for t in doc if t.lower_ == "beatings")
    assert cause_of_death(beatings)
    with lang.reading(short):
        assert not cause_of_death(beatings)


@pytest.mark.parametrize(
    "text",
    [
        "A police officer died of a heart attack at his post in Kano on Monday.",
        "The jailed editor died of a cardiac attack in his cell in Asmara, his lawyer said.",
        "A marcher suffered an asthma attack during the rally in Santiago on Friday.",
    ],
)
def test_an_illness_named_like_an_attack_is_no_attack(extract, text):
    typed = _typed(extract, text)
    assert ATTACK not in typed and ("Battles", "Armed clash") not in typed, (text, typed)


def test_a_death_in_an_attack_on_a_post_is_still_violence(extract):
    typed = _typed(extract, "A soldier died in an attack on his post in Kano on Monday.")
    assert typed and typed[0][0] in ("Battles", "Violence against civilians")
