"""Every benchmark the README names starts: `python -m sitroom.bench.X --help` exits 0.

Benchmarks are never run by the suite (they measure speed), so a rename in the code they
drive would otherwise break them silently.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import sitroom.bench

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.iter_modules(sitroom.bench.__path__))


def test_the_readme_benchmarks_are_all_there():
    assert {"__main__", "api_load", "cores", "fusion", "scale"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_benchmark_module_starts(name):
    module = "sitroom.bench" if name == "__main__" else f"sitroom.bench.{name}"
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"], cwd=ROOT, capture_output=True, text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage" in done.stdout.lower()
