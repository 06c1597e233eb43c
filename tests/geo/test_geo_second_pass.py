"""The second pass of `resolve_all` reads each name's exact readings again only when what
they were read with (the container the text names, the local countries, the kind word)
has changed; the loose readings, which weigh the moving frame, are always read afresh."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.resolve import candidates
from tests.geo.helpers import hit

KANO = hit("Kano", "Kano", 12.0, 8.5, fcode="ADM1", cc="NG")
BORNO = hit("Borno", "Borno", 11.8, 13.1, fcode="ADM1", cc="NG")
TOWN = hit("Dala", "Kano", 12.0, 8.5, cc="NG")


def test_readings_kept_in_the_same_container_and_countries_come_back():
    ctx, m = ArticleContext(), Mention("Dala", 0, 4)
    ctx.keep_candidates(m, KANO, frozenset({"NG"}), [TOWN])
    assert ctx.kept_candidates(m, KANO, frozenset({"NG"})) == [TOWN]


def test_another_container_reads_the_name_again():
    ctx, m = ArticleContext(), Mention("Dala", 0, 4)
    ctx.keep_candidates(m, KANO, frozenset({"NG"}), [TOWN])
    assert ctx.kept_candidates(m, BORNO, frozenset({"NG"})) is None


def test_other_local_countries_read_the_name_again():
    ctx, m = ArticleContext(), Mention("Dala", 0, 4)
    ctx.keep_candidates(m, None, frozenset({"NG"}), [TOWN])
    assert ctx.kept_candidates(m, None, frozenset({"NG", "NE"})) is None


def test_another_kind_word_reads_the_name_again():
    ctx, m = ArticleContext(), Mention("Dala", 0, 4)
    ctx.keep_candidates(m, None, frozenset(), [TOWN])
    m.kind = "district"
    assert ctx.kept_candidates(m, None, frozenset()) is None


def test_the_caller_may_change_the_list_it_gets(gaz):
    ctx, m = ArticleContext(), Mention("Mosul", 10, 15)
    first = candidates(m, gaz, ctx)
    first.clear()
    assert candidates(m, gaz, ctx)  # the kept readings were not emptied with the copy


def test_a_name_with_no_exact_reading_keeps_nothing(gaz):
    ctx, m = ArticleContext(), Mention("Qqxzvvy", 0, 7)
    candidates(m, gaz, ctx)
    assert ctx.kept_candidates(m, None, frozenset()) is None
