"""The calibrated merge decision: a logistic regression over pairwise features.

Weights, feature scaling and the decision threshold live in the versioned
``data/pair_model.json``, written by `sitroom fuse --train GOLD` (scikit-learn, at
training time only) and applied here with plain arithmetic. The probability is the
model's estimate that a mention and a stored event report one incident.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from sitroom.errors import ConfigError
from sitroom.fuse.features import NAMES

MODEL = Path(__file__).parent / "data" / "pair_model.json"


@dataclass(frozen=True)
class PairModel:
    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    meta: dict[str, Any]

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept
        get = values.get
        for name, mu, sd, w in self._terms:
            z += w * (get(name, 0.0) - mu) / sd
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @cached_property
    def _terms(self) -> tuple[tuple[str, float, float, float], ...]:
        """(feature, mean, scale or 1, weight): zipped once, not for every pair scored."""
        return tuple(
            (name, mu, sd or 1.0, w)
            for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "threshold": self.threshold,
            "meta": self.meta,
        }


def from_dict(raw: dict[str, Any], where: str = "pair model") -> PairModel:
    features = tuple(raw["features"])
    unknown = set(features) - set(NAMES)
    if unknown:
        raise ConfigError(
            f"{where}: unknown feature(s) {', '.join(sorted(unknown))};"
            " retrain with `sitroom fuse --train GOLD`"
        )
    return PairModel(
        version=str(raw["version"]),
        features=features,
        mean=tuple(float(x) for x in raw["mean"]),
        scale=tuple(float(x) for x in raw["scale"]),
        coef=tuple(float(x) for x in raw["coef"]),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
        meta=dict(raw.get("meta", {})),
    )


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> PairModel:
    """The shipped model (or another file: a retrained one being tried)."""
    where = Path(path) if path else MODEL
    try:
        raw = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"cannot read the fusion model {where}: {exc}; reinstall sitroom or retrain with"
            " `sitroom fuse --train GOLD`"
        ) from exc
    return from_dict(raw, str(where))


_TRYING: list[PairModel] = []


def active_model() -> PairModel:
    """The model fusion decides with: the shipped one, or one being tried (`trying`)."""
    return _TRYING[-1] if _TRYING else load_model()


@contextmanager
def trying(model: PairModel) -> Iterator[PairModel]:
    """Decide with ``model`` inside the block (training picks its threshold this way)."""
    _TRYING.append(model)
    try:
        yield model
    finally:
        _TRYING.pop()


def save_model(model: PairModel, path: Path | None = None) -> Path:
    where = path or MODEL
    where.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    load_model.cache_clear()
    return where
