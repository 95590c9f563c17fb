"""Fixtures for the browser tests: real stores on disk, real servers on loopback, real Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from councilgraph.store import OxigraphStore
from tests.server.browser.stores import build_fixture_store
from tests.support.servers import run_councilgraph_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def fixture_store_dir(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("browser-fixture") / "store")


@pytest.fixture
def fixture_store(fixture_store_dir):
    """The fixture store opened read-only in this process."""
    store = OxigraphStore(fixture_store_dir, read_only=True)
    yield store
    store.close()


@pytest.fixture
def writable_store(fixture_store_dir, tmp_path):
    """A private, writable copy of the fixture store."""
    target = tmp_path / "store"
    shutil.copytree(fixture_store_dir, target)
    store = OxigraphStore(target)
    yield store
    store.close()


@pytest.fixture(scope="session")
def fixture_server(fixture_store_dir, tmp_path_factory) -> str:
    target = tmp_path_factory.mktemp("browser-fixture-server") / "store"
    shutil.copytree(fixture_store_dir, target)
    with run_councilgraph_server(target, "--workers", "1") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def bundled_server(bundled_store_dir, tmp_path_factory) -> str:
    """A server over a copy of the bundled documents' store (``bundled_store_dir``: tests/conftest.py)."""
    target = tmp_path_factory.mktemp("browser-bundled-server") / "store"
    shutil.copytree(bundled_store_dir, target)
    with run_councilgraph_server(target, "--workers", "1") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def chromium():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/install-test-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(accept_downloads=True)
    pg = context.new_page()
    dialogs = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()
