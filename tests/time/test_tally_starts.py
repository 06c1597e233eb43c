"""A war's running toll makes no record, also when the sentence says when the war started
('began in August 2023 and has killed ...', 'the fighting, which erupted in 2023, has
killed ...'). A start on a day of the news keeps the count the news's. Sentences of my own."""

from datetime import date

import pytest

from tests.events.helpers import status_and_dead

TUESDAY = date(2024, 5, 7)


def tolls(pipeline, text):
    return status_and_dead(pipeline, text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Drone strikes killed six people in Bahir Dar on Friday. The conflict in Amhara "
         "began in August 2023 and has killed hundreds of civilians.", 6),
        ("Shelling killed four traders in Omdurman on Sunday. The war between the two "
         "generals started in April 2023 and has killed tens of thousands.", 4),
        ("Gunmen killed three miners near Butembo on Monday. The fighting, which erupted in "
         "2022, has killed thousands of villagers in Ituri alone.", 3),
    ],
)
def test_a_war_toll_dated_by_its_start_year_makes_no_record(pipeline, text, dead):
    assert tolls(pipeline, text) == [("new", dead)]


def test_fighting_that_broke_out_on_a_day_of_the_news_keeps_its_toll(pipeline):
    text = "The clashes, which broke out on Friday in Kidal, have killed 14 fighters."
    assert tolls(pipeline, text) == [("new", 14)]
