"""PooledStore: the Store interface with reads in worker processes (what browser views get)."""

from __future__ import annotations

import io

import pytest
import rdflib

from councilgraph.server.workers import PooledStore, QueryJob, QueryTimeout, query_deadline
from councilgraph.store import QuerySyntaxError, StoreError
from tests.server.endpoint_fixtures import BULK, EX, MEETINGS, PEOPLE


@pytest.fixture
def pooled(private_store):
    store = PooledStore(private_store, workers=2, timeout=30)
    yield store
    store.close()


RUNAWAY = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{BULK}> {{ ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }} FILTER(?b != ?d && ?d != ?f) }}"


def test_reads_through_the_pool(pooled):
    rows = pooled.select(f"SELECT ?age WHERE {{ <{EX}bob> <{EX}age> ?age }}")
    assert rows == [{"age": rdflib.Literal(42)}]
    assert pooled.ask(f"ASK {{ <{EX}m1> <{EX}attendee> <{EX}alice> }}") is True
    graph = pooled.construct(f"CONSTRUCT {{ ?m <{EX}attendee> ?p }} WHERE {{ ?m <{EX}attendee> ?p }}")
    assert len(graph) == 3
    assert pooled.graphs() == {BULK: 1500, MEETINGS: 7, PEOPLE: 8}
    raw = pooled.query_raw("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/csv")
    assert raw.kind == "bindings" and raw.media_type.startswith("text/csv")


def test_wrong_query_form_for_the_method(pooled):
    with pytest.raises(StoreError):
        pooled.ask("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(StoreError):
        pooled.construct("ASK {}")


def test_syntax_error_has_a_position(pooled):
    with pytest.raises(QuerySyntaxError) as info:
        pooled.select("SELECT * WHERE {\n ?s ?p }")
    assert info.value.line == 2


def test_deadline_stops_a_runaway_read(pooled):
    with query_deadline(1.5), pytest.raises(QueryTimeout):
        pooled.select(RUNAWAY)
    assert pooled.ask("ASK { ?s ?p ?o }") is True  # the pool recovered


def test_writes_are_seen_by_later_reads(pooled):
    before = pooled.version
    pooled.replace_graph("http://example.org/graph/new", f"<{EX}n> <{EX}p> \"new\" .\n".encode())
    assert pooled.version != before
    assert pooled.ask(f"ASK {{ GRAPH <http://example.org/graph/new> {{ <{EX}n> <{EX}p> \"new\" }} }}")
    pooled.update(f"DROP GRAPH <{PEOPLE}>")
    assert PEOPLE not in pooled.graphs()
    assert pooled.remove_graph("http://example.org/graph/new") is True
    assert pooled.remove_graph("http://example.org/graph/new") is False
    out = io.BytesIO()
    pooled.dump(out)
    assert b"graph/new" not in out.getvalue() and b"graph/people" not in out.getvalue()


def test_row_limit_in_a_job(pooled):
    result = pooled.run(QueryJob(f"SELECT * WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}", "text/csv", None, max_rows=10))
    assert result.truncated and result.rows == 10
    assert len(result.body.decode().strip().splitlines()) == 11
