"""ACLED and PLOVER taxonomies, loaded from the versioned ``data/taxonomy.yaml``.

Spellings live in data so that a codebook revision is a data change, and every other
module asks this one instead of spelling type names itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str


@dataclass(frozen=True)
class Taxonomy:
    version: int
    sub_event_types: dict[str, SubEventType]
    event_types: dict[str, str]  # event_type → its default disorder_type
    plover_modes: dict[str, tuple[str, ...]]
    case2021_labels: dict[str, str] = field(default_factory=dict)

    def event_type_of(self, sub_event_type: str) -> str:
        sub = self.sub_event_types.get(sub_event_type)
        return sub.event_type if sub else ""

    def disorder_type(self, event_type: str, sub_event_type: str = "") -> str:
        """ACLED's disorder_type: per sub-event where ACLED overrides it, else per type."""
        sub = self.sub_event_types.get(sub_event_type)
        if sub is not None:
            return sub.disorder_type
        return self.event_types.get(event_type, "")

    def is_valid(self, event_type: str, sub_event_type: str) -> bool:
        if not event_type:
            return not sub_event_type
        if not sub_event_type:
            return event_type in self.event_types
        return self.event_type_of(sub_event_type) == event_type

    def plover_mode(self, plover_type: str, mode: str) -> str:
        """The mode if PLOVER defines it for this type, else ""."""
        return mode if mode in self.plover_modes.get(plover_type, ()) else ""


@lru_cache(maxsize=1)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    raw = yamlio.safe_load(Path(path or DATA_DIR / "taxonomy.yaml").read_text(encoding="utf-8"))
    subs: dict[str, SubEventType] = {}
    types: dict[str, str] = {}
    for entry in raw["acled"]:
        types[entry["event_type"]] = entry["disorder_type"]
        for sub in entry["sub_event_types"]:
            subs[sub["name"]] = SubEventType(
                sub["name"], entry["event_type"], sub.get("disorder_type", entry["disorder_type"])
            )
    modes = {k: tuple((v or {}).get("modes", ())) for k, v in raw["plover"].items()}
    return Taxonomy(int(raw["version"]), subs, types, modes, dict(raw.get("case2021_labels", {})))
