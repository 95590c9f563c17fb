"""Shared fixtures: the bundled documents built once into a real store on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from councilgraph import config
from councilgraph.pipeline import load_paths
from councilgraph.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = config.BUNDLED_DOCUMENTS


@pytest.fixture(scope="session")
def bundled_store_dir(tmp_path_factory) -> Path:
    """A store folder holding the four bundled agenda packs (built once, read-only use)."""
    path = tmp_path_factory.mktemp("bundled") / "store"
    store = OxigraphStore(path)
    results = load_paths([BUNDLED], store)
    store.close()
    failed = [r.error for r in results if not r.ok]
    assert not failed, failed
    return path


@pytest.fixture
def bundled_store_copy(bundled_store_dir, tmp_path) -> Path:
    """A private, writable copy of the bundled store."""
    target = tmp_path / "store"
    shutil.copytree(bundled_store_dir, target)
    return target
