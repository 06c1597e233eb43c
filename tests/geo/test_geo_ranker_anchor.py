"""Retraining the candidate ranker near the shipped weights (`sitroom.eval.geo_ranker`)."""

from __future__ import annotations

import numpy as np
import pytest

from sitroom.eval.geo_ranker import _anchor_weights, _anchored
from sitroom.geo.ranker import FEATURES

pytest.importorskip("scipy")


def _pairs():
    # the right candidate differs from the wrong one by +1 in both features, in each pair
    d = np.array([[1.0, 1.0]] * 20 + [[0.5, 1.0]] * 20)
    return np.vstack([d, -d]), np.concatenate([np.ones(len(d)), np.zeros(len(d))])


def test_a_stiff_feature_keeps_its_earlier_weight():
    px, py = _pairs()
    w = _anchored(px, py, np.array([-0.5, 0.0]), np.array([1e6, 1.0]))
    assert w[0] == pytest.approx(-0.5, abs=1e-3)


def test_a_new_feature_learns_from_the_pairs():
    px, py = _pairs()
    w = _anchored(px, py, np.array([-0.5, 0.0]), np.array([1e6, 1.0]))
    assert w[1] > 1.0


def test_an_earlier_weight_is_restated_on_the_new_scale_and_a_new_feature_starts_at_zero():
    anchor = {"features": [FEATURES[0]], "coef": [2.0], "scale": [4.0]}
    scale = np.ones(len(FEATURES)) * 2.0
    target, stiffness = _anchor_weights(anchor, scale)
    assert target[0] == pytest.approx(1.0)  # 2.0 per 4 units is 1.0 per 2 units
    assert (target[1:], stiffness[1]) == (pytest.approx(0.0), 1.0)
    assert stiffness[0] > 1.0
