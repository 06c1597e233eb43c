"""A name refused inside the district the text puts it in is dropped everywhere in the
article: the frame (countries, provinces) forgets the reading it had counted, and a town of
some size said bare elsewhere keeps its reading. The thresholds these rules read live in
geo/data/thresholds.yaml. Sentences written here."""

from __future__ import annotations

import pytest

from tests.geo.helpers import resolve_names

pytestmark = pytest.mark.slow




def test_a_refused_name_leaves_nothing_in_the_frame(gaz):
    # the only Yamtage known lies in another district, so both mentions are dropped
    text = "Raiders burned Yamtage village in Dikwa LGA of Borno State at dawn. Troops later reached Yamtage."
    mentions, ctx = resolve_names(gaz, text, "Yamtage", "Dikwa", "Borno", "Yamtage")
    assert mentions[0].resolved is None and mentions[3].resolved is None
    # the frame counts only Dikwa and Borno (half a name each)
    assert ctx.countries["NG"] == pytest.approx(1.0)
    assert ctx.admin1s[("NG", "Borno")] == pytest.approx(1.0)


def test_a_large_town_said_bare_keeps_its_reading(gaz):
    # a hamlet that shares a big city's name is refused in the district the text names;
    # the city itself, named on its own later, is still the city
    text = "Raiders burned Zaria village in Dikwa LGA of Borno State at dawn. Grain sellers in Zaria raised prices."
    mentions, _ = resolve_names(gaz, text, "Zaria", "Dikwa", "Borno", "Zaria")
    assert mentions[0].resolved is None
    city = mentions[3].resolved
    assert city is not None and (city.cc, city.admin1) == ("NG", "Kaduna")


def test_every_threshold_of_the_data_file_is_read_by_a_rule():
    """A number in the file that no module asks for is dead data (or a rule that went back
    to a literal): each name is asked for by name somewhere in sitroom/geo."""
    import re
    from pathlib import Path

    from sitroom import yamlio
    from sitroom.geo.thresholds import BUILD, DATA

    table = yamlio.safe_load(DATA.read_text(encoding="utf-8"))
    code = "".join(p.read_text(encoding="utf-8") for p in Path(DATA.parent.parent).glob("*.py"))
    asked = set(re.findall(r'threshold\("(\w+)"\)', code))
    assert set(table) - {"version", BUILD} == {n for n in asked if n in table}
    assert set(table[BUILD]) == {n for n in asked if n in table[BUILD]}
    assert set(table) - {"version", BUILD} and table[BUILD]


def test_a_threshold_comes_from_the_file_it_names(tmp_path, monkeypatch):
    """`threshold` answers from the data file, not from a number written in the code: an
    edited file gives the edited number, and a name the file lacks is an error."""
    import pytest

    from sitroom.geo import thresholds

    edited = tmp_path / "thresholds.yaml"
    edited.write_text("version: 1\ndistrict_km: 12.5\nbuild:\n  seat_km: 7\n", encoding="utf-8")
    monkeypatch.setattr(thresholds, "DATA", edited)
    thresholds._raw.cache_clear()
    thresholds._table.cache_clear()
    try:
        assert thresholds.threshold("district_km") == 12.5
        assert thresholds.build_threshold("seat_km") == 7.0
        assert thresholds.build_digest() == '{"seat_km": 7}'
        with pytest.raises(KeyError):
            thresholds.threshold("feature_km")
        with pytest.raises(KeyError):
            thresholds.threshold("seat_km")  # a build number is no run-time one
    finally:
        monkeypatch.undo()
        thresholds._raw.cache_clear()
        thresholds._table.cache_clear()
