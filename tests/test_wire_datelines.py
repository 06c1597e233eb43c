"""A wire dateline run into the lead ("NIAMEY (Reuters) - Militants ambushed ...") is where
the report was filed: the lead is parsed as a sentence of its own, so the filing town is
never the subject, and the town still places the event when the lead names no place
(reports written for these tests)."""

from datetime import date

import pytest

from sitroom.model import Article

PUB = date(2024, 6, 4)


@pytest.fixture(scope="module")
def nlp():
    from sitroom.pipeline import load_nlp

    return load_nlp()


def _starts(nlp, text):
    return [s.text.split()[0] for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY (Reuters) - Militants ambushed an army patrol near Tillaberi on Monday.",
        "BAMAKO, Mali (AP) — Militants ambushed an army patrol near Mopti on Monday.",
        "Kabul, June 3 (AFP) - Militants ambushed a police post in Kunduz on Monday.",
        "MOGADISHU -- Militants ambushed a convoy near Afgoye on Monday.",
    ],
)
def test_the_lead_starts_after_the_datelines_dash(nlp, text):
    assert _starts(nlp, text)[-1] == "Militants"


def test_a_subject_set_off_by_dashes_is_no_dateline(nlp):
    text = "Gunmen - some of them on motorbikes - raided a market in Zurmi on Monday."
    assert _starts(nlp, text) == ["Gunmen"]


def test_a_capital_in_the_dateline_is_not_the_attacker(pipeline):
    text = ("KHARTOUM, June 2 (Reuters) - Paramilitary Rapid Support Forces shelled a market in "
            "Omdurman on Sunday, killing nine people, medics said.")
    [event] = [e for e in pipeline.extract(Article(text=text, published=PUB)) if e.record_kind == "event"]
    assert event.actor1 == "RSF: Rapid Support Forces"
    assert event.location == "Omdurman"
    assert event.evidence["notes"].text.startswith("Paramilitary")


def test_the_dateline_town_places_a_lead_without_a_place(pipeline):
    text = "BUNIA, Congo (AP) - Rebels attacked a farming village on Sunday, killing nine people."
    [event] = [e for e in pipeline.extract(Article(text=text, published=PUB)) if e.record_kind == "event"]
    assert event.location == "Bunia"
    assert event.actor1 != ""


@pytest.mark.parametrize(
    "text",
    [
        "The Lord's Resistance Army (LRA) - a rebel group - raided a village near Obo on Monday.",
        "ISWAP - the Islamic State's West Africa branch - raided a village near Monguno on Monday.",
        "Ansar Dine (AD) — which is linked to al-Qaeda — raided a village near Kidal on Monday.",
    ],
)
def test_a_name_set_off_by_a_pair_of_dashes_is_no_dateline(nlp, text):
    assert len(_starts(nlp, text)) == 1


def test_a_bracketed_acronym_is_no_agency(nlp):
    text = "The National Liberation Army (ELN) - raided a police post in Arauca on Monday."
    assert len(_starts(nlp, text)) == 1
