"""`sitroom serve` as its own process for tests: start it, wait until it answers, stop it.

Output goes to a log file, never a pipe: a pipe nobody drains can block the server, and
reading one before the process exits blocks the test (the old hang on a slow machine).
Every wait has a deadline; a server that does not stop on SIGTERM is killed, so a failing
test never leaves a server behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Seconds a server may take to answer its first request. Starting imports FastAPI and
#: opens the store: about 2 s on an idle laptop, much more on a busy shared CI box.
START_TIMEOUT = 120


class Served:
    """A running `sitroom serve ARGS` on ``port``, this checkout's code (PYTHONPATH)."""

    def __init__(self, args: list[str], port: int, log: Path, console_script: bool = False):
        exe = Path(sys.executable).with_name("sitroom")
        if console_script and exe.exists():
            cmd = [str(exe)]  # as a user starts it
        else:
            cmd = [sys.executable, "-c", "from sitroom.cli import main; main()"]
        self.base = f"http://127.0.0.1:{port}"
        self.log = log
        env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
        with log.open("w") as out:
            self.proc = subprocess.Popen(
                [*cmd, "serve", *args, "--port", str(port)], stdout=out,
                stderr=subprocess.STDOUT, cwd=ROOT, env=env,
            )

    def tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    def wait_ready(self, timeout: float = START_TIMEOUT) -> httpx.Response:
        """The first answer of /api/health; fails (and kills the server) past ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return httpx.get(f"{self.base}/api/health", timeout=5)
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    pytest.fail(f"sitroom serve exited with {self.proc.returncode}: {self.tail()}")
                if time.monotonic() > deadline:
                    self.kill()
                    pytest.fail(f"sitroom serve did not answer within {timeout} s: {self.tail()}")
                time.sleep(0.2)

    def stop(self, grace: float = 30) -> float:
        """SIGTERM, then the seconds it took to exit; killed (and None) past ``grace``."""
        began = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"sitroom serve did not stop within {grace} s of SIGTERM: {self.tail()}")
        return time.monotonic() - began

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
