"""'Hundreds of Detainees' in a title-cased headline is read as one number: who was hit
is still the detainees, and the sentence is read (it was skipped with a RecursionError,
the side of the number's phrase asked again of the same phrase). Sentences of my own."""

from datetime import date

import pytest

from sitroom.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Syria: Regime Forces Executed Hundreds of Detainees.",
        "Myanmar: Junta Troops Executed Hundreds of Detainees.",
    ],
)
def test_a_number_read_with_its_people_still_tells_who_was_hit(pipeline, text):
    article = Article(text=text, published=date(2024, 5, 7))
    events = pipeline.extract(article)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor2.startswith("Civilians")
