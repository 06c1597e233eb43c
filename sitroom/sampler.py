"""Where a stretch of code spends its CPU, by sampling its stack (`toponyms --sample`).

A timer of the process's CPU time (``SIGPROF``) interrupts it every ``interval`` CPU
seconds; each interrupt counts the function then running (its *self* share) and every
function on its stack once (its *cumulative* share). cProfile charges every Python call a
fixed cost, so code made of many small calls looks slower under it than it is, and a
regular-expression search or a numpy call looks cheap beside them; a sample costs nothing
between interrupts, and the time of a call into C (a regex, SQLite, numpy) is charged to
the Python function that made it. Shares are fractions of the samples taken; with a
millisecond interval a pass of a few CPU seconds gives a thousand or more, enough to tell a
function of 1 % from one of 2 %. (The kernel may deliver fewer interrupts than asked: on
the development machine about one per 4 CPU ms.) Unix only, from the main thread
(`signal.setitimer`).
"""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path
from types import FrameType

#: The package's folder: names of its functions are written from here ("geo/resolve.py:…").
_ROOT = str(Path(__file__).resolve().parents[1]) + "/"


def _name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.replace(_ROOT, '')}:{code.co_firstlineno}({code.co_name})"


class Sampler:
    """``with Sampler() as s: work()``, then ``s.top(20)``."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.samples = 0
        self.own: Counter[str] = Counter()
        self.within: Counter[str] = Counter()
        self._before = None

    def _take(self, _signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        self.samples += 1
        self.own[_name(frame)] += 1
        seen: set[str] = set()  # (a recursive function counts once per sample)
        while frame is not None:
            name = _name(frame)
            if name not in seen:
                seen.add(name)
                self.within[name] += 1
            frame = frame.f_back

    def __enter__(self) -> Sampler:
        self._before = signal.signal(signal.SIGPROF, self._take)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._before or signal.SIG_DFL)

    def top(self, n: int = 20) -> dict:
        """The ``n`` functions with the largest self and cumulative shares (in %)."""
        total = self.samples or 1

        def shares(counts: Counter[str]) -> list[tuple[str, float]]:
            return [(name, round(100 * k / total, 1)) for name, k in counts.most_common(n)]

        return {"samples": self.samples, "self": shares(self.own), "cumulative": shares(self.within)}
