"""The chain patterns, their particles ("al", "de", "bin", ...) grouped by first letter,
find what the patterns with the pack's flat alternation of particles find."""

import re

import pytest

from sitroom.geo import chain_parts
from sitroom.geo.chain_parts import _gen, _grouped, pattern
from sitroom.lang import default_pack

KEYS = ["name_start", "chain_in", "comma_next", "chain_road", "chain_between", "list_before", "chain_part"]
TEXTS = [
    "Troops entered al-Qaim and Buena Vista de la Salud, near Khabb wa ash Shaaf, on Monday.",
    "Clashes hit Qala i Naw in Badghis province and Kut e Abdollah of Khuzestan.",
    "The bin Jawad road - the Ras Lanuf / bin Jawad road - was shut; Umm Qasr port of Basra too.",
    "Fighting between al Abbarah and Abu Kamal district, then at Dar es Salaam, Sub-Saharan Africa.",
    "Al-Shabaab fighters in El Wak, Mandera County, and Los Alamos in Las Vegas of Nevada.",
]


def _flat(key: str) -> re.Pattern:
    pack = default_pack()
    return re.compile(pack.pattern("geo/patterns", key, gen=_gen(pack)))


@pytest.mark.parametrize("key", KEYS)
def test_grouped_particles_match_as_the_flat_ones(key):
    grouped, flat = pattern(key).value(), _flat(key)
    assert grouped.pattern != flat.pattern
    for text in TEXTS:
        for pos in range(len(text)):
            a, b = grouped.match(text, pos), flat.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_each_particle_keeps_its_place_in_its_letter_group():
    build = _grouped("particle")
    text = build(default_pack())
    assert text.startswith("(?:a(?:l|d|r|s|sh|") and "|d(?:e|el|" in text
    assert re.fullmatch(text, "umm") and not re.fullmatch(text, "Al")


def test_a_fragment_of_another_shape_is_kept():
    class Pack:
        def pattern(self, name, key):
            return "(?:al|El)"  # a capital: not read as lower-case words

    assert chain_parts._grouped("particle")(Pack()) == "(?:al|El)"
