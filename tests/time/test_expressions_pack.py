"""The date grammar is the language pack's: month and weekday names, parts of a period,
units, and the words after a count ('ago', 'later') come from ``time/lexicon.yaml`` and
``time/patterns.yaml``, so a pack with other words resolves its own expressions."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from sitroom import lang
from sitroom.time.expressions import resolve

PUBLISHED = date(2024, 4, 23)  # a Tuesday


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def other_pack(tmp_path):
    """The English time files with a few words swapped for made-up ones."""
    shutil.copytree(lang.LANG_DIR / "en" / "time", tmp_path / "time")
    lexicon, patterns = tmp_path / "time" / "lexicon.yaml", tmp_path / "time" / "patterns.yaml"
    _edit(patterns, "(?P<month>jan(?:uary)?|", "(?P<month>quintember|jan(?:uary)?|")
    _edit(lexicon, "months:\n", "months:\n  quintember: 5\n")
    _edit(patterns, "(?P<tail>ago|", "(?P<tail>back|")
    _edit(lexicon, "ago_words: [ago]", "ago_words: [back]")
    _edit(patterns, "(?P<weekday>monday|", "(?P<weekday>moonday|")
    _edit(lexicon, "weekdays:\n", "weekdays:\n  moonday: 0\n")
    _edit(lexicon, "late: [late, later, end of, the end of]", "late: [late, later, end of, the end of, the tail of]")
    _edit(patterns, "|end of|the end of|later)'", "|end of|the end of|later|the tail of)'")
    return lang.LanguagePack("zz", "Zed", "m", "m", tmp_path)


def _day(text: str) -> date | None:
    ref = resolve(text, PUBLISHED)
    return ref.date if ref is not None else None


def test_the_active_pack_names_months_weekdays_and_counting_words(other_pack):
    with lang.reading(other_pack):
        assert _day("3 quintember 2023") == date(2023, 5, 3)
        assert _day("three days back") == date(2024, 4, 20)
        assert _day("three days ago") is None  # not a word of this pack
        assert _day("last moonday") == date(2024, 4, 22)
        ref = resolve("the tail of quintember 2023", PUBLISHED)
        assert ref is not None and (ref.start, ref.end) == (date(2023, 5, 21), date(2023, 5, 31))
    assert _day("three days ago") == date(2024, 4, 20)  # English again outside the pack
    assert _day("3 quintember 2023") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("early March 2024", date(2024, 3, 1), date(2024, 3, 10)),
        ("the middle of March 2024", date(2024, 3, 11), date(2024, 3, 20)),
        ("the end of 2023", date(2023, 9, 1), date(2023, 12, 31)),
        ("the early 2000s", date(2000, 1, 1), date(2003, 12, 31)),
        ("Sept. 3", date(2023, 9, 3), date(2023, 9, 3)),
        ("tues", date(2024, 4, 23), date(2024, 4, 23)),
        ("last thurs", date(2024, 4, 18), date(2024, 4, 18)),
        ("two weeks later", None, None),  # no anchor: not from publication
    ],
)
def test_english_parts_units_and_abbreviations(text, start, end):
    ref = resolve(text, PUBLISHED)
    assert (ref.start, ref.end) == (start, end) if start else ref is None


def test_anchored_weeks_count_seven_days():
    ref = resolve("two weeks later", PUBLISHED, anchor=date(2024, 4, 1))
    assert ref is not None and ref.date == date(2024, 4, 15) and ref.precision == 2
