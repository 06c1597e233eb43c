"""Fusion thresholds, read once from the versioned ``data/fusion.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio
from sitroom.errors import ConfigError

DATA = Path(__file__).parent / "data" / "fusion.yaml"


@dataclass(frozen=True)
class NearDupConfig:
    shingle_words: int = 4
    num_perm: int = 128
    bands: int = 32
    rows: int = 4
    copy_threshold: float = 0.7
    number_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FusionConfig:
    km_by_geo_precision: dict[int, float]
    km_distinct_exact_places: float
    days_by_time_precision: dict[int, int]
    acled_family: dict[str, str]
    plover_family: dict[str, str]
    actor_similarity: float
    neardup: NearDupConfig
    sub_groups: dict[str, str]
    date_slack_days: dict[int, int]
    night_days: int
    stop_words: frozenset[str]
    feature_signs: dict[str, int]
    generic_actors: frozenset[str]
    linkage: str
    toll_close: float
    night_words: frozenset[str] = frozenset()
    small_hours_words: frozenset[str] = frozenset()
    crowd_aliases: dict[str, str] = field(default_factory=dict)
    crowd_perpetrators: frozenset[str] = frozenset()
    crowd_family: str = ""

    def max_km(self, geo_precision: int) -> float:
        table = self.km_by_geo_precision
        return table.get(geo_precision, max(table.values()))

    def date_slack(self, time_precision: int) -> int:
        table = self.date_slack_days
        return table.get(time_precision, max(table.values()))

    def max_days(self, time_precision: int) -> int:
        table = self.days_by_time_precision
        return table.get(time_precision, max(table.values()))


LINKAGES = ("mean", "max", "canonical")


def _linkage(value: object, where: object) -> str:
    if value not in LINKAGES:
        raise ConfigError(f"{where}: linkage must be one of {', '.join(LINKAGES)}, not {value!r}")
    return str(value)


@lru_cache(maxsize=1)
def load_config(path: str | None = None) -> FusionConfig:
    raw = yamlio.safe_load(Path(path or DATA).read_text(encoding="utf-8"))
    nd_raw = dict(raw.get("neardup", {}))
    nd_raw["number_words"] = frozenset(str(w).lower() for w in nd_raw.get("number_words", []))
    nd = NearDupConfig(**nd_raw)
    if nd.bands * nd.rows != nd.num_perm:
        raise ConfigError(
            f"{path or DATA}: neardup bands × rows must equal num_perm ({nd.num_perm}); "
            "change bands or rows there"
        )
    return FusionConfig(
        km_by_geo_precision={int(k): float(v) for k, v in raw["km_by_geo_precision"].items()},
        km_distinct_exact_places=float(raw.get("km_distinct_exact_places", 3.0)),
        days_by_time_precision={int(k): int(v) for k, v in raw["days_by_time_precision"].items()},
        acled_family=dict(raw["acled_family"]),
        plover_family=dict(raw["plover_family"]),
        actor_similarity=float(raw["actor_similarity"]),
        neardup=nd,
        sub_groups=dict(raw.get("sub_groups", {})),
        date_slack_days={int(k): int(v) for k, v in raw["date_slack_days"].items()},
        night_days=int(raw.get("night_days", 1)),
        stop_words=frozenset(str(w).lower() for w in raw.get("stop_words", [])),
        feature_signs={str(k): int(v) for k, v in raw.get("feature_signs", {}).items()},
        generic_actors=frozenset(str(a).lower() for a in raw.get("generic_actors", [])),
        linkage=_linkage(raw.get("linkage", "mean"), path or DATA),
        toll_close=float(raw.get("toll_close_log_ratio", 0.41)),
        night_words=frozenset(str(w).lower() for w in raw.get("night_words", [])),
        small_hours_words=frozenset(str(w).lower() for w in raw.get("small_hours_words", [])),
        crowd_aliases={str(k).lower(): str(v).lower() for k, v in (raw.get("crowd_aliases") or {}).items()},
        crowd_perpetrators=frozenset(str(a).lower() for a in raw.get("crowd_perpetrators", [])),
        crowd_family=str(raw.get("crowd_family", "")),
    )
