"""Compare SPARQL results the way the W3C test manifests define it.

* SELECT: result sets are bags of solutions (sets under ``mf:LaxCardinality``),
  ordered when the query sorts at top level; blank nodes are compared up to a
  bijection over the whole result set (one mapping for all rows).
* ASK: the booleans.
* CONSTRUCT/DESCRIBE: graph isomorphism (``rdflib.compare.isomorphic``).

Literal equality: same datatype and language tag (tags case-insensitively, a
simple literal equals its ``xsd:string`` form) and the same lexical form - or, for
numeric and boolean datatypes, the same value when both forms are valid.  The last
relaxation exists because the store keeps numbers in canonical form (``"01"`` of
``xsd:integer`` comes back as ``"1"``), which SPARQL's value-based operators cannot
tell apart either.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from decimal import Decimal
from typing import Iterable, Mapping, Sequence

from rdflib import BNode, Graph, Literal, URIRef, XSD
from rdflib.compare import isomorphic
from rdflib.term import Node

__all__ = ["order_keys", "is_sorted", "term_key", "solutions_diff", "solutions_equal", "graphs_equal", "canonical_graph", "top_level_order_by"]

_NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long, XSD.short, XSD.byte,
            XSD.nonNegativeInteger, XSD.nonPositiveInteger, XSD.negativeInteger, XSD.positiveInteger,
            XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte, XSD.boolean}

Row = Mapping[str, Node]


def term_key(term: Node) -> tuple:
    """A hashable key equal for terms the comparison treats as equal (blank nodes excluded)."""
    if isinstance(term, URIRef):
        return ("I", str(term))
    if isinstance(term, Literal):
        datatype = term.datatype
        language = term.language.lower() if term.language else None
        if datatype == XSD.string and language is None:
            datatype = None
        lexical = str(term)
        if datatype in _NUMERIC and not term.ill_typed and term.value is not None:
            value = term.value
            if isinstance(value, float) and math.isnan(value):
                value = "NaN"
            return ("L", str(datatype), language, ("value", value))
        return ("L", str(datatype) if datatype else None, language, lexical)
    if isinstance(term, BNode):
        return ("B", str(term))
    raise TypeError(f"unexpected term {term!r}")


def _has_bnode(row: Row) -> bool:
    return any(isinstance(v, BNode) for v in row.values())


def _plain_key(row: Row) -> tuple:
    return tuple(sorted((name, term_key(value)) for name, value in row.items()))


def _extend(mapping: dict, reverse: dict, expected: Row, actual: Row) -> tuple[dict, dict] | None:
    """Mapping extended so that ``expected`` matches ``actual``, or None."""
    if expected.keys() != actual.keys():
        return None
    mapping, reverse = dict(mapping), dict(reverse)
    for name, e in expected.items():
        a = actual[name]
        if isinstance(e, BNode) or isinstance(a, BNode):
            if not (isinstance(e, BNode) and isinstance(a, BNode)):
                return None
            if mapping.get(e, a) != a or reverse.get(a, e) != e:
                return None
            mapping[e], reverse[a] = a, e
        elif term_key(e) != term_key(a):
            return None
    return mapping, reverse


def _match_bags(expected: list[Row], actual: list[Row], mapping: dict, reverse: dict) -> bool:
    """Backtracking search for a row pairing consistent with one blank-node bijection."""
    if not expected:
        return not actual
    first, rest = expected[0], expected[1:]
    for i, candidate in enumerate(actual):
        extended = _extend(mapping, reverse, first, candidate)
        if extended is not None and _match_bags(rest, actual[:i] + actual[i + 1:], *extended):
            return True
    return False


def _dedupe(rows: Iterable[Row]) -> list[Row]:
    seen, out = set(), []
    for row in rows:
        key = tuple(sorted((n, term_key(v) if not isinstance(v, BNode) else ("B", str(v))) for n, v in row.items()))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def solutions_equal(expected: Sequence[Row], actual: Sequence[Row], *, ordered: bool = False, lax: bool = False) -> bool:
    """W3C result-set equality for SELECT results (rows: variable name -> bound term)."""
    expected, actual = list(expected), list(actual)
    if lax:
        expected, actual = _dedupe(expected), _dedupe(actual)
    if len(expected) != len(actual):
        return False
    if ordered:
        mapping: dict = {}
        reverse: dict = {}
        for e, a in zip(expected, actual):
            extended = _extend(mapping, reverse, e, a)
            if extended is None:
                return False
            mapping, reverse = extended
        return True
    plain_e = Counter(_plain_key(r) for r in expected if not _has_bnode(r))
    plain_a = Counter(_plain_key(r) for r in actual if not _has_bnode(r))
    if plain_e != plain_a:
        return False
    return _match_bags([r for r in expected if _has_bnode(r)], [r for r in actual if _has_bnode(r)], {}, {})


def _show(term: Node) -> str:
    if isinstance(term, BNode):
        return "_:b"
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term)).n3()
    return term.n3()


def solutions_diff(expected: Sequence[Row], actual: Sequence[Row], limit: int = 4) -> str:
    """Readable difference of two result sets (blank nodes shown as ``_:b``)."""
    def key(row: Row) -> tuple:
        return tuple(sorted((n, ("B",) if isinstance(v, BNode) else term_key(v)) for n, v in row.items()))

    def show(row: Row) -> str:
        return "{" + ", ".join(f"?{n}={_show(v)}" for n, v in sorted(row.items())) + "}"

    shown = {key(r): show(r) for r in [*expected, *actual]}
    e, a = Counter(key(r) for r in expected), Counter(key(r) for r in actual)
    missing = [shown[k] for k in (e - a).elements()]
    extra = [shown[k] for k in (a - e).elements()]
    parts = [f"{len(expected)} expected rows, {len(actual)} actual"]
    if missing:
        parts.append(f"missing {len(missing)}: " + " ".join(missing[:limit]))
    if extra:
        parts.append(f"unexpected {len(extra)}: " + " ".join(extra[:limit]))
    if not missing and not extra:
        parts.append("same rows up to blank-node labels: blank nodes do not correspond one to one")
    return "; ".join(parts)


def canonical_graph(graph: Graph) -> Graph:
    """Copy of ``graph`` with numeric/boolean literals in canonical lexical form."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype in _NUMERIC and not o.ill_typed and o.value is not None:
            o = Literal(_canonical_lexical(o.value), datatype=o.datatype)
        out.add((s, p, o))
    return out


def _canonical_lexical(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def graphs_equal(expected: Graph, actual: Graph) -> bool:
    """Graph isomorphism, allowing canonical forms of numbers (see module docstring)."""
    return isomorphic(expected, actual) or isomorphic(canonical_graph(expected), canonical_graph(actual))


def top_level_order_by(query: str) -> bool:
    """True when the query's outermost level has ORDER BY (results are then a sequence).

    ORDER BY inside a sub-select does not order the final results. Comments and
    string literals are ignored.
    """
    text = _strip_strings_and_comments(query).upper()
    position = text.rfind("ORDER BY")
    if position < 0:
        return False
    return "}" not in text[position:]


def _strip_strings_and_comments(query: str, keep_iris: bool = False) -> str:
    """The query without comments and string literals (IRIs become ``<>`` unless kept)."""
    out, i, n = [], 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            while i < n and query[i] != "\n":
                i += 1
            continue
        if c in "\"'":
            quote = query[i:i + 3] if query[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n and query[i:i + len(quote)] != quote:
                i += 2 if query[i] == "\\" else 1
            i += len(quote)
            out.append('""')
            continue
        if c == "<":  # IRI reference (or a less-than; harmless either way)
            j = query.find(">", i)
            if j > 0 and " " not in query[i:j] and "\n" not in query[i:j]:
                out.append(query[i:j + 1] if keep_iris else "<>")
                i = j + 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


_ORDER_KEY = re.compile(r"(ASC|DESC)?\s*\(\s*\?(\w+)\s*\)|\?(\w+)", re.IGNORECASE)


def order_keys(query: str) -> list[tuple[str, bool]] | None:
    """The top-level ORDER BY keys as (variable, descending), or None when a key is an expression.

    Returns [] when the query has no top-level ORDER BY.
    """
    if not top_level_order_by(query):
        return []
    text = _strip_strings_and_comments(query)
    clause = text[text.upper().rfind("ORDER BY") + len("ORDER BY"):]
    clause = re.split(r"\b(?:LIMIT|OFFSET|VALUES)\b", clause, flags=re.IGNORECASE)[0].strip()
    keys, position = [], 0
    while position < len(clause):
        m = _ORDER_KEY.match(clause, position)
        if m is None:
            return None
        if m.group(2):
            keys.append((m.group(2), (m.group(1) or "").upper() == "DESC"))
        else:
            keys.append((m.group(3), False))
        position = m.end()
        while position < len(clause) and clause[position].isspace():
            position += 1
    return keys


def _rank(term: Node | None) -> int:
    if term is None:
        return 0
    return {BNode: 1, URIRef: 2}.get(type(term), 3)


def _compare_terms(a: Node | None, b: Node | None) -> int | None:
    """SPARQL ORDER BY comparison: -1/0/1, or None where the spec leaves the order open."""
    ra, rb = _rank(a), _rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 0:
        return 0
    if ra == 1:  # blank nodes: no order among them
        return None if a != b else 0
    if ra == 2:
        return (str(a) > str(b)) - (str(a) < str(b))
    assert isinstance(a, Literal) and isinstance(b, Literal)
    if term_key(a) == term_key(b):
        return 0
    numeric = _NUMERIC - {XSD.boolean}
    if a.datatype in numeric and b.datatype in numeric and not a.ill_typed and not b.ill_typed:
        x, y = a.value, b.value
        if isinstance(x, float) or isinstance(y, float):
            x, y = float(x), float(y)
        return (x > y) - (x < y)
    plain = {None, XSD.string}
    if a.datatype in plain and b.datatype in plain and not a.language and not b.language:
        return (str(a) > str(b)) - (str(a) < str(b))
    if a.datatype == b.datatype and a.datatype is not None and not a.ill_typed and not b.ill_typed:
        try:
            return (a.value > b.value) - (a.value < b.value)
        except TypeError:
            return None
    return None


def is_sorted(rows: Sequence[Row], keys: list[tuple[str, bool]]) -> bool:
    """Whether ``rows`` respect the ORDER BY ``keys`` wherever SPARQL defines an order."""
    for first, second in zip(rows, rows[1:]):
        for name, descending in keys:
            outcome = _compare_terms(first.get(name), second.get(name))
            if outcome is None:  # order left open by the spec: any sequence is right
                break
            if descending:
                outcome = -outcome
            if outcome < 0:
                break
            if outcome > 0:
                return False
    return True
