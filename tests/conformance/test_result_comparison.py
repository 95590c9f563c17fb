"""The W3C result comparison used by the suite runner: it must tell wrong results apart."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns

from tests.conformance.results import graphs_equal, is_sorted, order_keys, solutions_equal, top_level_order_by

A, B = URIRef("http://ex/a"), URIRef("http://ex/b")


def test_bags_ignore_order_but_count_duplicates():
    one, two = {"x": A}, {"x": B}
    assert solutions_equal([one, two], [two, one])
    assert not solutions_equal([one, one, two], [one, two, two])
    assert not solutions_equal([one], [one, one])
    assert solutions_equal([one], [one, one], lax=True)


def test_ordered_comparison_is_positional():
    one, two = {"x": A}, {"x": B}
    assert solutions_equal([one, two], [one, two], ordered=True)
    assert not solutions_equal([one, two], [two, one], ordered=True)


def test_blank_nodes_need_one_bijection_over_all_rows():
    b1, b2, c1, c2 = BNode("b1"), BNode("b2"), BNode("c1"), BNode("c2")
    expected = [{"x": b1, "y": A}, {"x": b1, "y": B}]
    assert solutions_equal(expected, [{"x": c1, "y": B}, {"x": c1, "y": A}])
    # the same expected blank node cannot stand for two different ones
    assert not solutions_equal(expected, [{"x": c1, "y": A}, {"x": c2, "y": B}])
    # nor two expected blank nodes for the same one
    assert not solutions_equal([{"x": b1}, {"x": b2}], [{"x": c1}, {"x": c1}])
    assert not solutions_equal([{"x": b1}], [{"x": A}])


def test_literals_compare_by_datatype_language_and_value():
    assert solutions_equal([{"v": Literal("01", datatype=ns.XSD.integer)}], [{"v": Literal("1", datatype=ns.XSD.integer)}])
    assert not solutions_equal([{"v": Literal("1", datatype=ns.XSD.integer)}], [{"v": Literal("1", datatype=ns.XSD.decimal)}])
    assert not solutions_equal([{"v": Literal("1")}], [{"v": Literal("1", datatype=ns.XSD.integer)}])
    assert solutions_equal([{"v": Literal("a")}], [{"v": Literal("a", datatype=ns.XSD.string)}])
    assert solutions_equal([{"v": Literal("a", lang="en-GB")}], [{"v": Literal("a", lang="en-gb")}])
    assert not solutions_equal([{"v": Literal("a", lang="en")}], [{"v": Literal("a")}])
    assert not solutions_equal([{"v": Literal("abc")}], [{"v": Literal("abd")}])


def test_unbound_differs_from_bound():
    assert not solutions_equal([{"x": A}], [{"x": A, "y": B}])
    assert solutions_equal([{}], [{}])
    assert not solutions_equal([{}], [])


def test_order_by_detection():
    assert top_level_order_by("SELECT * { ?s ?p ?o } ORDER BY ?s")
    assert not top_level_order_by("SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 1 } }")
    assert not top_level_order_by('SELECT * { ?s ?p "ORDER BY" }')
    assert order_keys("SELECT * { ?s ?p ?o } ORDER BY ?s DESC(?o) LIMIT 2") == [("s", False), ("o", True)]
    assert order_keys("SELECT * { ?s ?p ?o } ORDER BY (?o + 1)") is None
    assert order_keys("SELECT * { ?s ?p ?o }") == []


def test_sortedness_follows_sparql_order_and_ties():
    one, two = Literal(1), Literal(2)
    assert is_sorted([{"x": one}, {"x": two}], [("x", False)])
    assert not is_sorted([{"x": two}, {"x": one}], [("x", False)])
    assert is_sorted([{"x": two}, {"x": one}], [("x", True)])
    # unbound < blank node < IRI < literal
    assert is_sorted([{}, {"x": BNode()}, {"x": A}, {"x": one}], [("x", False)])
    assert not is_sorted([{"x": one}, {"x": A}], [("x", False)])
    # a plain string and a number have no defined order: either sequence is right
    assert is_sorted([{"x": Literal("z")}, {"x": one}], [("x", False)])
    assert is_sorted([{"x": one}, {"x": Literal("z")}], [("x", False)])


def test_graphs_by_isomorphism():
    g1, g2, g3 = Graph(), Graph(), Graph()
    g1.add((BNode("x"), A, Literal("1.0", datatype=ns.XSD.decimal)))
    g2.add((BNode("y"), A, Literal("1", datatype=ns.XSD.decimal)))
    g3.add((BNode("y"), B, Literal("1", datatype=ns.XSD.decimal)))
    assert graphs_equal(g1, g2)
    assert not graphs_equal(g1, g3)
