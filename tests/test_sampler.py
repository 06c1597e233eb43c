"""The stack sampler of the toponym bench (`sitroom.sampler`): shares of CPU by function."""

import time

from sitroom.sampler import Sampler


def _spin(seconds: float) -> int:
    """Pure-Python work for ``seconds`` of this process's CPU."""
    end, total = time.process_time() + seconds, 0
    while time.process_time() < end:
        for i in range(1000):
            total += i
    return total


def _outer() -> int:
    return _spin(0.3)


def test_the_busy_function_has_the_largest_self_share_and_its_caller_the_cumulative():
    with Sampler() as sampler:
        _outer()
    top = sampler.top(5)
    assert top["samples"] >= 50
    assert top["self"][0][0].endswith("(_spin)") and top["self"][0][1] >= 80
    cumulative = dict(top["cumulative"])
    assert next(v for k, v in cumulative.items() if k.endswith("(_outer)")) >= 95


def test_the_timer_stops_when_the_block_ends():
    with Sampler() as sampler:
        _spin(0.05)
    taken = sampler.samples
    _spin(0.05)
    assert sampler.samples == taken
