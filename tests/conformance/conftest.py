"""Conformance fixtures: the W3C suite (downloaded and cached) and a summary in the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# `python -m pytest` (what `make test` runs) puts the repository on sys.path; a bare
# `pytest` does not, and these tests import their helpers as `tests.support...`.
_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

from tests.conformance.report import REPORT  # noqa: E402 - needs the path above


def pytest_terminal_summary(terminalreporter):
    if REPORT:
        terminalreporter.section("SPARQL conformance")
        for line in REPORT:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def w3c_tests():
    """All evaluation tests of the W3C SPARQL 1.1 suite (from rdflib's sdist, cached)."""
    from tests.support import w3c

    try:
        root = w3c.suite_dir()
    except w3c.SuiteUnavailable as exc:  # only PyPI is reachable here; no PyPI, no suite
        pytest.fail(str(exc))
    return w3c.query_evaluation_tests(root)
