"""Search index and trace graph, in process over a real store on disk."""

from __future__ import annotations

from councilgraph.server.search import SearchIndex, index_for, normalise_decision_number
from councilgraph.server.trace import EntityGraph, graph_for
from tests.server.browser.stores import CLAIR_BELL, CONTRACT, CROSSROADS, DATA, DECISION, MEETING


def test_search_tolerates_typos(fixture_store):
    index = SearchIndex.build(fixture_store)
    hits, _ = index.search("Crosroads Car Kent")
    assert hits[0].iri == CROSSROADS
    hits, _ = index.search("clare bel")
    assert hits[0].iri == CLAIR_BELL


def test_search_alt_labels_titles_and_decision_numbers(fixture_store):
    index = SearchIndex.build(fixture_store)
    hits, _ = index.search("Mrs C Bell")
    assert hits[0].iri == CLAIR_BELL and hits[0].label == "Clair Bell"
    hits, _ = index.search("23/0074")  # printed without the padding
    assert hits[0].iri == DECISION
    assert normalise_decision_number("22/0081") == "22/00081"
    assert normalise_decision_number("not a number") is None


def test_search_facets_and_kind_filter(fixture_store):
    index = SearchIndex.build(fixture_store)
    hits, facets = index.search("Carers Short Breaks")
    kinds = {h.kind for h in hits}
    assert {"contract", "decision", "item"} <= kinds
    assert facets["contract"] >= 1
    only, _ = index.search("Carers Short Breaks", kind="contract")
    assert [h.iri for h in only] == [CONTRACT]


def test_search_ranks_the_exact_name_first(fixture_store):
    hits, _ = SearchIndex.build(fixture_store).search("Crossroads Care Kent")
    assert hits[0].iri == CROSSROADS
    assert all(h.score < hits[0].score for h in hits[1:])


def test_index_is_rebuilt_when_the_store_changes(writable_store):
    before, _ = index_for(writable_store).search("Brand New Provider Limited")
    assert all("Brand New" not in h.label for h in before)
    writable_store.replace_graph(
        "https://w3id.org/councilgraph/id/document/extra",
        b'<https://w3id.org/councilgraph/id/organisation/brand-new> '
        b'<http://www.w3.org/2000/01/rdf-schema#label> "Brand New Provider Limited" .\n',
    )
    after, _ = index_for(writable_store).search("Brand New Provider Limited")
    assert after[0].iri == "https://w3id.org/councilgraph/id/organisation/brand-new"


def test_trace_provider_to_member_goes_through_contract_and_meeting(fixture_store):
    paths = EntityGraph.build(fixture_store).paths(CROSSROADS, CLAIR_BELL, limit=5)
    assert paths
    assert paths[0][0].iri == CROSSROADS and paths[0][-1].iri == CLAIR_BELL
    assert all(step.via for step in paths[0][1:])
    assert any(CONTRACT in [s.iri for s in p] and MEETING in [s.iri for s in p] for p in paths)
    # every path is simple (no resource twice)
    assert all(len({s.iri for s in p}) == len(p) for p in paths)


def test_trace_unconnected_and_unknown(fixture_store):
    graph = EntityGraph.build(fixture_store)
    assert graph.paths(CROSSROADS, "https://w3id.org/councilgraph/id/organisation/hostile-ltd") == []
    assert graph.paths(CROSSROADS, "https://example.org/nothing") == []


def test_neighbourhood_depths(fixture_store):
    graph = graph_for(fixture_store)
    one = graph.neighbourhood(CROSSROADS, depth=1)
    ids = {n["data"]["id"] for n in one["elements"]["nodes"]}
    assert ids == {CROSSROADS, CONTRACT}
    two = graph.neighbourhood(CROSSROADS, depth=2)
    ids2 = {n["data"]["id"] for n in two["elements"]["nodes"]}
    assert DECISION in ids2 and ids < ids2
    edges = {(e["data"]["source"], e["data"]["label"], e["data"]["target"]) for e in two["elements"]["edges"]}
    assert (CONTRACT, "cg:provider", CROSSROADS) in edges
    assert graph.neighbourhood("https://example.org/nothing") is None


def test_trace_follows_a_contract_read_from_the_same_lines_as_an_item(fixture_store):
    paths = EntityGraph.build(fixture_store).paths(DATA + "organisation/day-care-ltd", CLAIR_BELL)
    assert paths
    best = paths[0]
    assert [s.kind for s in best] == ["provider", "contract", "item", "meeting", "person"]
    assert best[2].via == "read from the same lines as →"
