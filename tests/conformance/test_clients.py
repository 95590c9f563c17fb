"""Independent SPARQL clients against a live CouncilGraph endpoint.

SPARQLWrapper, rdflib's ``SPARQLStore`` (and rdflib's own engine as a federator),
Apache Jena (``rsparql``; ``arq.sparql`` as a federator) and Comunica each run
SELECT, ASK and CONSTRUCT against the real server, plus one federated query each.
Expected answers come from an independent oracle: rdflib evaluating the same query
over the same data in memory.

Two servers: ``people`` (server A) and ``roles`` (server B, a second CouncilGraph
over different data).  A is started with ``--allow-service <B>/sparql`` so queries
with ``SERVICE <B>`` sent to A are federated by CouncilGraph itself.
"""

from __future__ import annotations

import io
import json

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.query import Result

from tests.support.comunica import comunica_available, comunica_install_problem, comunica_json, comunica_sparql
from tests.support.jena import classpath, jena_available, rsparql
from tests.support.servers import run_councilgraph_server

EX = "http://example.org/clients/"
PEOPLE_GRAPH, ROLES_GRAPH = EX + "graph/people", EX + "graph/roles"
PREFIXES = f"PREFIX ex: <{EX}>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"

PEOPLE = PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + """
ex:alice a foaf:Person ; foaf:name "Alice Smith" ; ex:age 42 ; ex:knows ex:bob .
ex:bob a foaf:Person ; foaf:name "Bob Jones"@en ; ex:born "1970-01-02"^^xsd:date .
ex:carol a foaf:Person ; foaf:name "Carol \\"CJ\\" Ng" ; ex:knows [ foaf:name "Anonymous" ] .
ex:dave a foaf:Person ; foaf:name "Dave Ó Briain" ; ex:score 2.5 .
"""
ROLES = PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + """
ex:alice ex:role "Chair" .
ex:bob ex:role "Councillor" .
ex:zed ex:role "Clerk" .
"""

SELECT = PREFIXES + "SELECT ?person ?name WHERE { ?person a foaf:Person ; foaf:name ?name }"
SELECT_TYPED = PREFIXES + "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p != ex:knows) }"
ASK_TRUE = PREFIXES + 'ASK { ex:alice foaf:name "Alice Smith" }'
ASK_FALSE = PREFIXES + 'ASK { ex:alice foaf:name "Nobody" }'
CONSTRUCT = PREFIXES + "CONSTRUCT { ?p foaf:knows ?q . ?q foaf:name ?n } WHERE { ?p ex:knows ?q . OPTIONAL { ?q foaf:name ?n } }"
FEDERATED_BODY = "?person foaf:name ?name . SERVICE <{roles}> {{ ?person ex:role ?role }}"


def _oracle(*turtles: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    for text in turtles:
        graph.parse(data=text, format="turtle")
    return graph


PEOPLE_ORACLE = _oracle(PEOPLE)
FEDERATED_ORACLE = _oracle(PEOPLE, ROLES)
FEDERATED_SELECT = PREFIXES + "SELECT ?person ?name ?role WHERE { ?person foaf:name ?name . ?person ex:role ?role }"


def expected_rows(query: str, oracle: rdflib.Graph = PEOPLE_ORACLE) -> set[tuple]:
    """Rows of the oracle's answer as sorted (variable, N3 term) tuples (blank nodes as _:b)."""
    return {_row_key(row.asdict()) for row in oracle.query(query)}


def _row_key(row: dict) -> tuple:
    return tuple(sorted((str(k), "_:b" if isinstance(v, rdflib.BNode) else v.n3()) for k, v in row.items() if v is not None))


def rows_from_json(data: dict) -> set[tuple]:
    """Rows of a SPARQL JSON result (any client's output) in the oracle's form."""
    result = Result.parse(io.StringIO(json.dumps(data)), format="json")
    return {_row_key({str(k): v for k, v in row.items()}) for row in result.bindings}


def _load(store_dir, graphs: dict[str, str]) -> None:
    from councilgraph.store import OxigraphStore

    store = OxigraphStore(store_dir)
    for iri, turtle in graphs.items():
        store.replace_graph(iri, turtle.encode(), "text/turtle")
    store.close()


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """(people endpoint A, roles endpoint B); A may call B through SERVICE."""
    root = tmp_path_factory.mktemp("clients")
    _load(root / "roles", {ROLES_GRAPH: ROLES})
    _load(root / "people", {PEOPLE_GRAPH: PEOPLE})
    with run_councilgraph_server(root / "roles") as roles_base:
        roles = roles_base + "/sparql"
        with run_councilgraph_server(root / "people", "--allow-service", roles) as people_base:
            yield people_base + "/sparql", roles


@pytest.fixture
def people(servers):
    return servers[0]


@pytest.fixture
def roles(servers):
    return servers[1]


def federated_query(roles: str) -> str:
    return PREFIXES + "SELECT ?person ?name ?role WHERE { " + FEDERATED_BODY.format(roles=roles) + " }"


# --- SPARQLWrapper -------------------------------------------------------------------

class TestSPARQLWrapper:
    def _wrapper(self, endpoint, query, fmt, method="GET"):
        from SPARQLWrapper import SPARQLWrapper

        sw = SPARQLWrapper(endpoint)
        sw.setQuery(query)
        sw.setReturnFormat(fmt)
        sw.setMethod(method)
        return sw.query().convert()

    def test_select_json_get(self, people):
        from SPARQLWrapper import JSON

        assert rows_from_json(self._wrapper(people, SELECT, JSON)) == expected_rows(SELECT)

    def test_select_typed_terms_post(self, people):
        from SPARQLWrapper import JSON, POST

        assert rows_from_json(self._wrapper(people, SELECT_TYPED, JSON, POST)) == expected_rows(SELECT_TYPED)

    def test_select_xml(self, people):
        from SPARQLWrapper import XML

        document = self._wrapper(people, SELECT, XML)  # an xml.dom Document
        result = Result.parse(io.BytesIO(document.toxml("utf-8")), format="xml")
        assert {_row_key({str(k): v for k, v in r.items()}) for r in result.bindings} == expected_rows(SELECT)

    def test_ask(self, people):
        from SPARQLWrapper import JSON

        assert self._wrapper(people, ASK_TRUE, JSON)["boolean"] is True
        assert self._wrapper(people, ASK_FALSE, JSON)["boolean"] is False

    def test_construct(self, people):
        from SPARQLWrapper import RDFXML

        graph = self._wrapper(people, CONSTRUCT, RDFXML)
        assert isinstance(graph, rdflib.Graph)
        assert isomorphic(graph, PEOPLE_ORACLE.query(CONSTRUCT).graph)

    def test_federated_service(self, people, roles):
        from SPARQLWrapper import JSON

        query = federated_query(roles)
        assert rows_from_json(self._wrapper(people, query, JSON)) == expected_rows(FEDERATED_SELECT, FEDERATED_ORACLE)


# --- rdflib SPARQLStore ---------------------------------------------------------------

class TestRdflibSPARQLStore:
    def _graph(self, endpoint) -> rdflib.Graph:
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        # a blank-node identifier: SPARQLStore then sends no default-graph-uri
        return rdflib.Graph(SPARQLStore(endpoint, returnFormat="xml"))

    def test_select(self, people):
        rows = {_row_key(r.asdict()) for r in self._graph(people).query(SELECT)}
        assert rows == expected_rows(SELECT)

    def test_select_typed_terms(self, people):
        rows = {_row_key(r.asdict()) for r in self._graph(people).query(SELECT_TYPED)}
        assert rows == expected_rows(SELECT_TYPED)

    def test_triples_api(self, people):
        alice = rdflib.URIRef(EX + "alice")
        got = set(self._graph(people).triples((alice, None, None)))
        assert got == set(PEOPLE_ORACLE.triples((alice, None, None)))

    def test_ask(self, people):
        graph = self._graph(people)
        assert graph.query(ASK_TRUE).askAnswer is True
        assert graph.query(ASK_FALSE).askAnswer is False

    def test_construct(self, people):
        assert isomorphic(self._graph(people).query(CONSTRUCT).graph, PEOPLE_ORACLE.query(CONSTRUCT).graph)

    def test_federated_service(self, people, roles):
        rows = {_row_key(r.asdict()) for r in self._graph(people).query(federated_query(roles))}
        assert rows == expected_rows(FEDERATED_SELECT, FEDERATED_ORACLE)

    def test_rdflib_engine_federates_into_councilgraph(self, people):
        """rdflib's own SPARQL engine, over local role data, calls CouncilGraph through SERVICE."""
        local = _oracle(ROLES)
        query = PREFIXES + f"SELECT ?person ?name ?role WHERE {{ ?person ex:role ?role . SERVICE <{people}> {{ ?person foaf:name ?name }} }}"
        rows = {_row_key(r.asdict()) for r in local.query(query)}
        assert rows == expected_rows(FEDERATED_SELECT, FEDERATED_ORACLE)


# --- Apache Jena ---------------------------------------------------------------------

def _jena_or_skip():
    reason = jena_available()
    if reason:
        pytest.skip(reason)


def _run_ok(done) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\nstdout:\n{done.stdout[-2000:]}\nstderr:\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.mark.jena
class TestJena:
    def test_select(self, people):
        _jena_or_skip()
        assert rows_from_json(json.loads(_run_ok(rsparql(people, SELECT, results="json")))) == expected_rows(SELECT)

    def test_select_typed_terms(self, people):
        _jena_or_skip()
        got = rows_from_json(json.loads(_run_ok(rsparql(people, SELECT_TYPED, results="json"))))
        assert got == expected_rows(SELECT_TYPED)

    def test_ask(self, people):
        _jena_or_skip()
        assert json.loads(_run_ok(rsparql(people, ASK_TRUE, results="json")))["boolean"] is True
        assert json.loads(_run_ok(rsparql(people, ASK_FALSE, results="json")))["boolean"] is False

    def test_construct(self, people):
        _jena_or_skip()
        graph = rdflib.Graph().parse(data=_run_ok(rsparql(people, CONSTRUCT, results="nt")), format="nt")
        assert isomorphic(graph, PEOPLE_ORACLE.query(CONSTRUCT).graph)

    def test_arq_federates_into_councilgraph(self, people, tmp_path):
        """Jena's ARQ engine, over local role data, joins with CouncilGraph through SERVICE."""
        import subprocess

        _jena_or_skip()
        (tmp_path / "roles.ttl").write_text(ROLES, encoding="utf-8")
        (tmp_path / "q.rq").write_text(
            PREFIXES + f"SELECT ?person ?name ?role WHERE {{ ?person ex:role ?role . SERVICE <{people}> {{ ?person foaf:name ?name }} }}",
            encoding="utf-8")
        done = subprocess.run(["java", "-cp", classpath(), "arq.sparql", "--data", str(tmp_path / "roles.ttl"),
                               "--query", str(tmp_path / "q.rq"), "--results", "json"],
                              capture_output=True, text=True, timeout=120)
        assert rows_from_json(json.loads(_run_ok(done))) == expected_rows(FEDERATED_SELECT, FEDERATED_ORACLE)


# --- Comunica ------------------------------------------------------------------------

def _comunica_or_skip():
    reason = comunica_available()
    if reason:
        pytest.skip(reason)


@pytest.mark.comunica
class TestComunica:
    def test_install_is_consistent(self):
        """A broken dependency mix makes Comunica drop language tags: say so plainly."""
        _comunica_or_skip()
        problem = comunica_install_problem()
        assert problem is None, problem

    def test_select(self, people):
        _comunica_or_skip()
        assert rows_from_json(comunica_json([people], SELECT)) == expected_rows(SELECT)

    def test_select_typed_terms(self, people):
        _comunica_or_skip()
        assert rows_from_json(comunica_json([people], SELECT_TYPED)) == expected_rows(SELECT_TYPED)

    def test_ask(self, people):
        _comunica_or_skip()
        assert comunica_json([people], ASK_TRUE)["boolean"] is True
        assert comunica_json([people], ASK_FALSE)["boolean"] is False

    def test_construct(self, people):
        _comunica_or_skip()
        graph = rdflib.Graph().parse(data=_run_ok(comunica_sparql([people], CONSTRUCT, "application/n-triples")), format="nt")
        assert isomorphic(graph, PEOPLE_ORACLE.query(CONSTRUCT).graph)

    def test_federated_join_of_two_endpoints(self, people, roles):
        """Comunica splits the query over two CouncilGraph endpoints and joins the results."""
        _comunica_or_skip()
        assert rows_from_json(comunica_json([people, roles], FEDERATED_SELECT)) == expected_rows(FEDERATED_SELECT, FEDERATED_ORACLE)


# --- Virtuoso federating into CouncilGraph ---------------------------------------------

@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A throw-away Virtuoso 7 holding the role data; anonymous SERVICE calls allowed."""
    from tests.support.virtuoso import run_virtuoso, virtuoso_available

    if not virtuoso_available():
        pytest.skip("Virtuoso not installed (Debian virtuoso-opensource-7-bin); run scripts/install-test-deps.sh")
    directory = tmp_path_factory.mktemp("virtuoso")
    (directory / "roles.ttl").write_text(ROLES, encoding="utf-8")
    with run_virtuoso(directory, buffers=10_000) as server:
        server.isql('GRANT SPARQL_LOAD_SERVICE_DATA TO "SPARQL"; GRANT SPARQL_SPONGE TO "SPARQL";')
        server.load_file(directory / "roles.ttl", ROLES_GRAPH)
        yield server


def _virtuoso_select(virtuoso, query: str) -> set[tuple]:
    import requests

    response = requests.get(virtuoso.sparql_url, params={"query": query},
                            headers={"Accept": "application/sparql-results+json"}, timeout=120)
    assert response.status_code == 200, f"Virtuoso HTTP {response.status_code}: {response.text[:1500]}"
    return rows_from_json(response.json())


@pytest.mark.virtuoso
class TestVirtuosoService:
    def test_service_select(self, virtuoso, people):
        query = PREFIXES + f"SELECT ?person ?name WHERE {{ SERVICE <{people}> {{ ?person a foaf:Person ; foaf:name ?name }} }}"
        assert _virtuoso_select(virtuoso, query) == expected_rows(SELECT)

    def test_service_joined_with_local_data(self, virtuoso, people):
        query = PREFIXES + (f"SELECT ?person ?name ?role WHERE {{ GRAPH <{ROLES_GRAPH}> {{ ?person ex:role ?role }} "
                            f"SERVICE <{people}> {{ ?person foaf:name ?name }} }}")
        assert _virtuoso_select(virtuoso, query) == expected_rows(FEDERATED_SELECT, FEDERATED_ORACLE)
