"""The W3C SPARQL 1.1 test suite: download, cache and read its manifests.

The suite is not on PyPI as a package, but rdflib's *source* distribution carries it
(``test/data/suites/w3c/sparql11``).  :func:`suite_dir` downloads that sdist once with
``pip download`` into ``<repo>/.cache/w3c`` (gitignored) and extracts only the suite;
later runs reuse the cache.  Nothing of the suite is committed.

:func:`query_evaluation_tests` reads ``manifest-all.ttl`` and every included manifest
with rdflib (entries in ``mf:entries`` order) and returns :class:`W3CTest` records with
local paths; IRIs in the suite resolve against the local ``file://`` URLs of the files,
so data, queries and expected results agree on every relative IRI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

import rdflib
from rdflib import RDF, Namespace, URIRef
from rdflib.collection import Collection

__all__ = ["RDFLIB_VERSION", "suite_dir", "W3CTest", "W3CSyntaxTest", "query_evaluation_tests", "query_syntax_tests",
           "SuiteUnavailable"]

RDFLIB_VERSION = "7.6.0"
REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache" / "w3c"
_SUITE_IN_SDIST = f"rdflib-{RDFLIB_VERSION}/test/data/suites/w3c/sparql11"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")

#: evaluation test types that run a query and compare its results
EVALUATION_TYPES = {MF.QueryEvaluationTest, MF.CSVResultFormatTest}


class SuiteUnavailable(RuntimeError):
    """The suite could not be downloaded (no PyPI access) nor found in the cache."""


def suite_dir() -> Path:
    """Local folder of the SPARQL 1.1 suite (``.../sparql11``), downloading it if needed."""
    target = CACHE / f"rdflib-{RDFLIB_VERSION}" / "sparql11"
    if (target / "manifest-all.ttl").exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    sdist = CACHE / f"rdflib-{RDFLIB_VERSION}.tar.gz"
    if not sdist.exists():
        done = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             f"rdflib=={RDFLIB_VERSION}", "-d", str(CACHE)],
            capture_output=True, text=True, timeout=300,
        )
        if done.returncode != 0 or not sdist.exists():
            raise SuiteUnavailable(f"pip download of rdflib {RDFLIB_VERSION} sdist failed:\n{done.stderr[-2000:]}")
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp, tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(_SUITE_IN_SDIST + "/") and (m.isfile() or m.isdir())]
        tar.extractall(tmp, members=members, filter="data")
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tmp) / _SUITE_IN_SDIST
        if not (target / "manifest-all.ttl").exists():  # another run may have won the race
            if target.exists():
                shutil.rmtree(target)
            os.replace(staged, target)
    return target


@dataclass
class W3CTest:
    """One evaluation test of the suite, with local paths."""

    uri: str
    name: str
    manifest: str  # folder name, e.g. "aggregates"
    type: str  # local name of the rdf:type, e.g. "QueryEvaluationTest"
    approval: str  # local name: "Approved", "NotClassified", ... ("" when absent)
    query: Path
    data: list[Path] = field(default_factory=list)
    graph_data: list[Path] = field(default_factory=list)
    service_data: bool = False
    result: Path | None = None
    lax_cardinality: bool = False
    requires: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Short readable id: ``folder/fragment`` (e.g. ``aggregates/agg01``)."""
        return f"{self.manifest}/{self.uri.rsplit('#', 1)[-1]}"


def _local(node) -> Path:
    if not str(node).startswith("file://"):
        raise ValueError(f"expected a local file IRI in the suite, got {node}")
    return Path(unquote(urlparse(str(node)).path))


def _name(node) -> str:
    return "" if node is None else str(node).rsplit("#", 1)[-1]


def _read_manifest(path: Path) -> tuple[rdflib.Graph, URIRef]:
    graph = rdflib.Graph()
    uri = URIRef(path.resolve().as_uri())
    graph.parse(path, format="turtle", publicID=uri)
    return graph, uri


def _manifest_entries(root: Path | None):
    """(manifest path, manifest graph, test node) for every entry of every included manifest."""
    root = root or suite_dir()
    top, top_uri = _read_manifest(root / "manifest-all.ttl")
    for include in Collection(top, top.value(top_uri, MF.include)):
        manifest_path = _local(include)
        graph, uri = _read_manifest(manifest_path)
        entries = graph.value(uri, MF.entries)
        if entries is not None:
            for test in Collection(graph, entries):
                yield manifest_path, graph, test


def query_evaluation_tests(root: Path | None = None) -> list[W3CTest]:
    """Every evaluation test listed in the suite's manifests (no filtering here)."""
    tests: list[W3CTest] = []
    for manifest_path, graph, test in _manifest_entries(root):
        test_type = graph.value(test, RDF.type)
        if test_type not in EVALUATION_TYPES:
            continue
        action = graph.value(test, MF.action)
        result = graph.value(test, MF.result)
        tests.append(W3CTest(
            uri=str(test),
            name=str(graph.value(test, MF.name) or test),
            manifest=manifest_path.parent.name,
            type=_name(test_type),
            approval=_name(graph.value(test, DAWGT.approval)),
            query=_local(graph.value(action, QT.query)),
            data=[_local(d) for d in graph.objects(action, QT.data)],
            graph_data=sorted(_local(d) for d in graph.objects(action, QT.graphData)),
            service_data=graph.value(action, QT.serviceData) is not None,
            result=_local(result) if result is not None else None,
            lax_cardinality=graph.value(test, MF.resultCardinality) == MF.LaxCardinality,
            requires=[_name(r) for r in graph.objects(test, MF.requires)],
        ))
    return tests


#: syntax test types of the query-syntax manifests: type -> whether the query is valid
SYNTAX_TYPES = {MF.PositiveSyntaxTest11: True, MF.NegativeSyntaxTest11: False,
                MF.PositiveSyntaxTest: True, MF.NegativeSyntaxTest: False}


@dataclass
class W3CSyntaxTest:
    """One query-syntax test: ``positive`` queries must be accepted, negative ones refused."""

    uri: str
    name: str
    manifest: str
    positive: bool
    approval: str
    query: Path

    @property
    def id(self) -> str:
        return f"{self.manifest}/{self.uri.rsplit('#', 1)[-1]}"


def query_syntax_tests(root: Path | None = None) -> list[W3CSyntaxTest]:
    """Every SPARQL 1.1 *query* syntax test listed in the manifests (update syntax excluded)."""
    tests: list[W3CSyntaxTest] = []
    for manifest_path, graph, test in _manifest_entries(root):
        test_type = graph.value(test, RDF.type)
        action = graph.value(test, MF.action)
        if test_type not in SYNTAX_TYPES or not str(action).endswith(".rq"):
            continue
        tests.append(W3CSyntaxTest(
            uri=str(test), name=str(graph.value(test, MF.name) or test), manifest=manifest_path.parent.name,
            positive=SYNTAX_TYPES[test_type], approval=_name(graph.value(test, DAWGT.approval)),
            query=_local(action),
        ))
    return tests
