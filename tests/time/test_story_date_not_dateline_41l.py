"""A full date the story tells in its lead ("killed 12 villagers near Gao on 3 March 2023")
is no publication date beside the day the user gave: read as one, an old attack in a
plain-text report came out as the day's news and --published was ignored. A stamp of the
page's own day ("Published on ...", "Updated: ...", a date alone on its line, a wire dateline)
still dates the report, and with no day given at all the story's date is the best guess left."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.ingest import read_paths
from sitroom.time.publication import find_dateline

TODAY = date(2025, 6, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 villagers near Gao on 3 March 2023, officials said.",
        "The army has held the town since 14 February 2024, residents said.",
        "Rebels shelled the port between May 2 and 5 June 2024, a monitor said.",
    ],
    ids=["on", "since", "between"],
)
def test_a_date_the_story_tells_is_no_dateline_beside_the_users_day(text):
    assert find_dateline(text, TODAY, story_dates=False) is None


def test_with_nothing_else_a_date_the_story_tells_dates_the_report():
    found = find_dateline("Gunmen killed 12 villagers near Gao on 3 March 2023, officials said.", TODAY)
    assert found is not None and found[0] == date(2023, 3, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published on 3 March 2023\nGunmen killed 12 villagers near Gao on Friday.", date(2023, 3, 3)),
        ("Updated: March 3, 2023 10:00 GMT\nGunmen killed 12 villagers near Gao.", date(2023, 3, 3)),
        ("3 March 2023\nGunmen killed 12 villagers near Gao on Friday.", date(2023, 3, 3)),
        ("GAO, 3 March 2023 (Wire) - Gunmen killed 12 villagers on Friday.", date(2023, 3, 3)),
    ],
    ids=["published-on", "updated", "alone-on-its-line", "wire-dateline"],
)
def test_the_pages_own_stamp_still_dates_the_report(text, day):
    found = find_dateline(text, TODAY, story_dates=False)
    assert found is not None and found[0] == day


def test_the_users_published_day_dates_a_plain_report(tmp_path, pipeline):
    path = tmp_path / "old-attack.txt"
    path.write_text("Gunmen killed 12 villagers near Gao on 3 March 2023, officials said.\n", encoding="utf-8")
    (article,) = list(read_paths([path], TODAY))
    assert article.published == TODAY
    events = [e for e in pipeline.extract(article) if e.record_kind == "event"]
    assert events and all(e.status == "background" for e in events), [(e.event_date, e.status) for e in events]
