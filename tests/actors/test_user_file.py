"""A user's actor file merges over the shipped dictionary (YAML or CSV)."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.actors import ActorFileError, load_dictionary, ruler_patterns
from sitroom.actors.data_files import merge


@pytest.fixture()
def user_yaml(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        """
actors:
  - name: Hezbollah
    inter: 2
    aliases: [Party of God]
  - name: Sons of the Valley Brigade
    inter: 3
    country: Syria
    kind: militia
    aliases: [Valley Brigade, Liwa Abna al-Wadi]
    affiliations: ["SDF: Syrian Democratic Forces"]
states:
  - country: Syria
    regimes:
      - {label: "2000-2024", from: 2000-07-17}
      - {label: "2024-2030", from: 2024-12-08}
classes:
  - key: civilians
    heads: [goatherds]
""",
        encoding="utf-8",
    )
    return str(path)


def test_user_yaml_overrides_and_adds(user_yaml):
    d = load_dictionary((user_yaml,))
    hez = d.resolve("the Party of God", "Lebanon")
    assert (hez.name, hez.inter) == ("Hezbollah", 2)
    assert d.resolve("Hizballah", "Lebanon").name == "Hezbollah"  # shipped aliases are kept
    new = d.resolve("fighters of Liwa Abna al-Wadi", "Syria")
    assert new.name == "Sons of the Valley Brigade"
    assert new.affiliations == ["SDF: Syrian Democratic Forces"]
    assert d.resolve("Syrian army", "Syria", date(2025, 1, 1)).name == (
        "Military Forces of Syria (2024-2030)"
    )
    assert d.resolve("two goatherds", "Syria").name == "Civilians (Syria)"
    assert d.resolve("three shepherds", "Syria").name == "Civilians (Syria)"


def test_shipped_dictionary_is_untouched_by_a_user_file(user_yaml):
    load_dictionary((user_yaml,))
    assert load_dictionary().resolve("Hezbollah", "Lebanon").inter == 3
    assert load_dictionary().resolve("Liwa Abna al-Wadi", "Syria") is None


def test_user_csv(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,inter,country,kind,aliases,affiliations\n"
        "Zintan Brigades,3,Libya,militia,Zintan militia;Zintani fighters,\n",
        encoding="utf-8",
    )
    d = load_dictionary((str(path),))
    actor = d.resolve("Zintani fighters", "Libya")
    assert (actor.name, actor.inter, actor.country) == ("Zintan Brigades", 3, "Libya")
    assert {"label": "ORG", "pattern": "Zintan militia"} in ruler_patterns((str(path),))


def test_missing_or_malformed_file(tmp_path):
    with pytest.raises(ActorFileError):
        load_dictionary((str(tmp_path / "nope.yaml"),))
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - inter: 3\n", encoding="utf-8")
    with pytest.raises(ActorFileError):
        load_dictionary((str(bad),))


def test_merge_is_by_key_and_adds_aliases():
    base = {"actors": [{"name": "A", "inter": 2, "aliases": ["a1"]}]}
    out = merge(base, {"actors": [{"name": "A", "aliases": ["a2"]}, {"name": "B", "inter": 3}]})
    assert out["actors"][0] == {"name": "A", "inter": 2, "aliases": ["a1", "a2"]}
    assert out["actors"][1] == {"name": "B", "inter": 3}
    assert base["actors"][0]["aliases"] == ["a1"]
