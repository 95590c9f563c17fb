"""Fixtures for the endpoint tests: small RDF fixtures in a real store, real servers on loopback.

Every server here is ``councilgraph serve`` in a subprocess (via
``tests/support/servers.py``), queried over HTTP with real clients.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.server.endpoint_fixtures import TOKEN, build_store
from tests.support.servers import run_councilgraph_server


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory) -> Path:
    """The fixture store, built once (read-only use: copy it before writing)."""
    return build_store(tmp_path_factory.mktemp("endpoint") / "store")


@pytest.fixture(scope="session")
def server(fixture_store, tmp_path_factory) -> str:
    """One read-mostly server (two query workers, writes off) for the protocol tests."""
    target = tmp_path_factory.mktemp("read-server") / "store"
    shutil.copytree(fixture_store, target)
    with run_councilgraph_server(target, "--workers", "2") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def write_server(fixture_store, tmp_path_factory) -> str:
    """A server with an update token, over its own copy of the store."""
    target = tmp_path_factory.mktemp("write-server") / "store"
    shutil.copytree(fixture_store, target)
    with run_councilgraph_server(target, "--update-token", TOKEN, "--workers", "2") as base_url:
        yield base_url


@pytest.fixture
def private_store(fixture_store, tmp_path) -> Path:
    """A private copy of the fixture store (for a server of one test's own)."""
    target = tmp_path / "store"
    shutil.copytree(fixture_store, target)
    return target
