"""A national capital whose country the article already places things in (`ranker`'s
``capital_in_frame``): a local paper's "Paris" in a report from France is the capital, not
a town near the paper's own county. Sentences written here."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.ranker import FEATURES, feature_rows

from .helpers import hit, resolve_names


def _flag(town, countries):
    ctx = ArticleContext()
    for cc in countries:
        ctx.countries[cc] += 1.0
    (row,) = feature_rows((town,), Mention(town.name, 0, len(town.name)), ctx, None, [None])
    return row[FEATURES.index("capital_in_frame")]


def test_a_capital_of_a_country_in_the_frame_is_flagged():
    capital = hit("Varnica", "Capital", 45.0, 20.0, fcode="PPLC", cc="XX")
    assert _flag(capital, ["XX"]) == 1.0


def test_a_capital_of_a_country_the_article_leaves_out_is_not():
    capital = hit("Varnica", "Capital", 45.0, 20.0, fcode="PPLC", cc="XX")
    assert _flag(capital, ["YY"]) == 0.0


def test_a_town_is_no_capital():
    town = hit("Varnica", "Ostmark", 40.0, -85.0, cc="YY")
    assert _flag(town, ["YY"]) == 0.0


def _read(gaz, text, *names):
    mentions, _ = resolve_names(gaz, text, *names)
    last = mentions[-1].resolved
    return last.cc, last.fcode


def test_a_local_doctor_in_france_was_in_its_capital(gaz):
    text = "A Lexington doctor on holiday in France said she was safe after the attack in Paris."
    assert _read(gaz, text, "Lexington", "France", "Paris") == ("FR", "PPLC")


def test_students_abroad_in_italy_are_in_rome_italy(gaz):
    text = "Officials in Albany said two students from Utica were studying in Italy when the strike shut Rome."
    assert _read(gaz, text, "Albany", "Utica", "Italy", "Rome") == ("IT", "PPLC")
