"""Identity militias named by their ethnic group ("Tiv militiamen", "armed Fulani herders").

ACLED codes them "<Group> Ethnic Militia (<Country>)". ``data/identity.yaml`` lists the
groups, the words reports use for each, and the countries where their militias fight;
`identity_entries` turns each group into one dictionary entry whose names ("Tiv gunmen")
name it for the event's country where its militias fight (else for the first of them):

    identity_entries(raw)[0]["by_country"]["Mali"]   # "Fulani Ethnic Militia (Mali)"
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitroom import yamlio

DATA = Path(__file__).with_name("data") / "identity.yaml"


def read_identity() -> dict[str, Any]:
    return yamlio.safe_load(DATA.read_text(encoding="utf-8")) or {}


def identity_entries(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Dictionary entries (actors.yaml's layout) for the groups of ``raw``."""
    heads, armed = raw.get("heads") or [], raw.get("armed_heads") or []
    armed_words = raw.get("armed_words") or []
    template = raw.get("template", "{group} Ethnic Militia ({country})")
    entries = []
    for group in raw.get("groups") or []:
        countries = group.get("countries") or []
        if not countries:
            continue
        forms = group.get("forms") or [group["name"]]
        names = [f"{f} {h}" for f in forms for h in heads]
        names += [f"{a} {f} {h}" for a in armed_words for f in forms for h in armed]
        names += group.get("names") or []

        def named(country: str, group: dict[str, Any] = group) -> str:
            return template.format(group=group["name"], country=country)

        entries.append({
            "name": named(countries[0]),
            "inter": int(raw.get("inter", 4)),
            "kind": raw.get("kind", "identity-militia"),
            "aliases": names,
            "by_country": {c: named(c) for c in countries},
        })
    return entries
