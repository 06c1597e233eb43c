"""`chain_roads.road_links`: the ends of each 'between', road and linking road, the road
words looked for once per text (in its lower-cased copy, which the caller may give)."""

from sitroom.geo.chain_roads import LINK_VERBS, ROAD_WORDS, has_word, road_links

TEXT = (
    "Fighting between Lowmoor and Kelso went on. Police closed the Dunmere - Ashgrove Road, "
    "and the highway linking Brackwater and Millbrook reopened."
)


def test_each_kind_of_road_gives_its_two_ends():
    links = road_links(TEXT, lambda name: True)
    ends = [(TEXT[a.start : a.end], TEXT[b.start : b.end]) for a, b in zip(links[::2], links[1::2], strict=True)]
    assert ends == [("Lowmoor", "Kelso"), ("Dunmere", "Ashgrove"), ("Brackwater", "Millbrook")]
    assert all(a.near is b and a.between for a, b in zip(links[::2], links[1::2], strict=True))


def test_no_road_word_no_road():
    text = "Fighting on the Dunmere - Ashgrove front, then between Lowmoor and Kelso."
    assert [text[lk.start : lk.end] for lk in road_links(text, lambda name: True)] == ["Lowmoor", "Kelso"]


def test_the_lower_cased_copy_answers_as_the_text():
    for text in (TEXT, "They cut the ROAD.", "Ashgrove and Millbrook", "the axi\u017f of the advance"):
        for needs in (ROAD_WORDS, LINK_VERBS):
            assert has_word(text, needs, text.lower()) == has_word(text, needs)
