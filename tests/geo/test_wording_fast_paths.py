"""`wording.read_wording`'s fast paths give what the plain ones give: the blanked text made
from pieces is the text blanked character by character, and a text without an outlet's head
word ("Post", "Times") holds no outlet's name."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.geo.wording import _HEADS, MASTHEAD, _blanked, read_wording

TEXTS = [
    "The Kelso Valley Times reported that Brackwater County deputies closed the road.",
    "A Lowmoor Star reporter said the Eastreach Sheriff's Office would say more.",
    "Residents of Dunmere told the Ashgrove Daily News that the bridge was shut.",
    "No outlet here: the times were hard, and the post office in Redcliff stayed closed.",
    "Posters near the Sunday market of Millbrook named Stonebridge Township.",
]


def _by_characters(text: str, spans) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def test_read_wording_blanks_what_the_plain_pass_blanks():
    for text in TEXTS:
        spans = [m.span() for m in MASTHEAD.value().finditer(text)]
        assert bool(spans) <= bool(_HEADS.value().search(text))  # every outlet's name holds a head
        assert read_wording(text, [(0, 3)]).text == _by_characters(text, [(0, 3), *spans])
    assert _HEADS.value().search(TEXTS[0]) and not _HEADS.value().search(TEXTS[3])
    assert "Kelso" not in read_wording(TEXTS[0]).text and "Brackwater" in read_wording(TEXTS[0]).words


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab. X", max_size=30),
    st.lists(st.tuples(st.integers(-3, 34), st.integers(-3, 34)), min_size=1, max_size=5),
)
def test_pieces_blank_as_characters_do(text, spans):
    assert _blanked(text, spans) == _by_characters(text, spans)
