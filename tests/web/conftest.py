"""A real server on a free loopback port over a hand-built store, and headless Debian chromium.

Never downloads a browser: chromium comes from the system (scripts/system-deps.sh).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.api.sample import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving the app in a thread; stopped by setting should_exit."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    from sitroom.api import ApiSettings, create_app

    db = str(tmp_path_factory.mktemp("web") / "web.db")
    ids = build_store(db)
    with LiveServer(create_app(ApiSettings(db=db))) as server:
        server.event_ids = ids
        yield server


@pytest.fixture(scope="module")
def browser():
    """Chromium under Playwright's sync API, one per test module.

    Module scope, not session: while `sync_playwright()` is open it holds a running asyncio
    loop on the main thread, so any later test calling `asyncio.run()` (the API load test)
    would fail with "cannot be called from a running event loop".
    """
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip(f"{CHROMIUM} is missing: run `make system-deps` (apt install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records every request it makes and every error (CSP ones included)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.set_default_timeout(15000)
    # assertions wait as long as actions: expect()'s own 5 s default timed out drawing the
    # Iraq basemap's labels once while a benchmark loaded the 2-core machine (load 6)
    from playwright.sync_api import expect

    expect.set_options(timeout=15000)
    yield page
    context.close()
