"""Conformance fixtures: the W3C suite (downloaded and cached) and a summary in the terminal."""

from __future__ import annotations

import pytest

from tests.conformance.report import REPORT


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
