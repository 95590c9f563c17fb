"""The embedded store's default graph: the RDF merge of its named graphs, kept materialised.

SPARQL's default graph of a CouncilGraph store is the *union* of the document
graphs. pyoxigraph can compute that on the fly (``use_default_graph_as_union``)
but then a triple stated by ten documents matches ten times: ``COUNT`` and
``SUM`` come out inflated (oxigraph issue 1919) and joins over facts every
paper restates (labels, types) multiply until a query runs out of memory. An
RDF merge is a *set*, so the store keeps it as one: every write of a named
graph also updates the real default graph, in the same transaction.

Invariant: the default graph holds exactly the distinct triples of all named
graphs. Writers keep it with three kinds of operation, all plain SPARQL Update
text that runs inside the writer's own update request:

* :func:`release` (before a graph changes): drop from the default graph the
  triples that only the changing graphs support;
* :func:`restore` (after it changed): add their triples (again);
* :func:`rebuild`: recompute it from scratch (a changed graph the writer
  cannot name, e.g. ``INSERT { GRAPH ?g {...} }``; a store made before this
  module existed).

:func:`write_targets` reads a SPARQL Update to find the named graphs it can
write, and refuses an update that writes the default graph itself: that graph
is derived, as the Graph Store Protocol endpoint already says (405).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..sparql_text import token_spans
from .base import StoreError

__all__ = [
    "MARKER_FILE",
    "MARKER",
    "DefaultGraphWrite",
    "WriteTargets",
    "release",
    "restore",
    "rebuild",
    "write_targets",
    "splice",
]

#: a file in the store folder saying the default graph is materialised (and how)
MARKER_FILE = "councilgraph-default-graph"
MARKER = "union-of-named-graphs v1"


class DefaultGraphWrite(StoreError):
    """An update that would write the default graph, which is the union of the named graphs."""

    def __init__(self, operation: str) -> None:
        super().__init__(
            f"{operation} writes the default graph, which is the read-only union of the named graphs: "
            "write inside GRAPH <iri> { ... } (or use WITH <iri>)"
        )
        self.operation = operation


@dataclass(frozen=True)
class WriteTargets:
    """The named graphs an update may write; ``every`` when they cannot be named in advance."""

    graphs: frozenset[str] = frozenset()
    every: bool = False


def _iri(graph: str) -> str:
    if any(c in graph for c in '<>"{}|^`\\ \n\t'):
        raise StoreError(f"invalid graph IRI {graph!r}")
    return f"<{graph}>"


def _values(graphs: Iterable[str]) -> str:
    return " ".join(_iri(g) for g in sorted(set(graphs)))


def release(graphs: Iterable[str]) -> str:
    """Update text dropping from the default graph what only ``graphs`` support (run *before* they change)."""
    listed = _values(graphs)
    if not listed:
        return ""
    return (
        "DELETE { ?s ?p ?o } WHERE { VALUES ?g { " + listed + " } GRAPH ?g { ?s ?p ?o } "
        "FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER (?other NOT IN (" + listed.replace(" ", ", ") + ")) } }"
    )


def restore(graphs: Iterable[str]) -> str:
    """Update text adding the triples of ``graphs`` to the default graph (run *after* they changed)."""
    listed = _values(graphs)
    if not listed:
        return ""
    return "INSERT { ?s ?p ?o } WHERE { VALUES ?g { " + listed + " } GRAPH ?g { ?s ?p ?o } }"


def rebuild() -> str:
    """Update text recomputing the whole default graph from the named graphs."""
    return "DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def splice(before: str, update: str, after: str) -> str:
    """One update request: ``before`` ; ``update`` ; ``after``.

    ``before`` goes after the update's own prologue (``BASE``/``PREFIX``
    declarations must open the request for oxigraph's parser; our texts use
    absolute IRIs only, so the declarations do not change them). A separator
    is only added where ``update`` does not already end with one (comments and
    strings honoured), so any valid update stays valid. Error positions refer
    to the spliced text: callers re-parse the update alone to report them.
    """
    spans = token_spans(update)
    if not spans:
        return update
    prologue_end = 0
    i = 0
    while i < len(spans) and spans[i][0] == "word" and spans[i][1].upper() in ("BASE", "PREFIX"):
        width = 2 if spans[i][1].upper() == "BASE" else 3
        if i + width > len(spans):
            break
        last = spans[i + width - 1]
        prologue_end = last[2] + len(last[1])
        i += width
    text = update
    if after:
        text = text + "\n" + ("" if spans[-1][1] == ";" else ";\n") + after
    if before:
        text = text[:prologue_end] + "\n" + before + " ;\n" + text[prologue_end:]
    return text


# --- what an update writes ---------------------------------------------------------------

def write_targets(update: str, base_iri: str | None = None) -> WriteTargets:
    """The named graphs ``update`` may write (rdflib's SPARQL Update parser reads it).

    Raises :class:`DefaultGraphWrite` when an operation writes the default
    graph. An update rdflib cannot read (an extension oxigraph accepts) or
    one whose target graphs are variables gives ``every=True``: the caller then
    rebuilds the default graph after it.
    """
    from rdflib import URIRef, Variable  # noqa: PLC0415 - only writers need it
    from rdflib.plugins.sparql.algebra import translateUpdate  # noqa: PLC0415
    from rdflib.plugins.sparql.parser import parseUpdate  # noqa: PLC0415

    try:
        algebra = translateUpdate(parseUpdate(update), base=base_iri)
    except Exception:  # noqa: BLE001 - let the store's own parser judge it; stay correct by rebuilding
        return WriteTargets(every=True)

    graphs: set[str] = set()
    every = False

    def graph_ref(ref, operation: str, *, silent_default: bool = False) -> None:
        nonlocal every
        if ref is None or ref == "DEFAULT":
            if not silent_default:
                raise DefaultGraphWrite(operation)
        elif ref in ("ALL", "NAMED"):
            every = True
        elif isinstance(ref, URIRef):
            graphs.add(str(ref))
        else:
            every = True

    def part(op, key: str):
        return op[key] if key in op else None  # rdflib's CompValue.get() answers a missing key oddly

    def templates(clause, operation: str, with_graph) -> None:
        nonlocal every
        if clause is None:
            return
        if part(clause, "triples"):
            if with_graph is None:
                raise DefaultGraphWrite(operation)
            graphs.add(str(with_graph))
        for graph in (part(clause, "quads") or {}):
            if isinstance(graph, Variable):
                every = True
            else:
                graphs.add(str(graph))

    for op in algebra.algebra:
        name = op.name
        if name in ("InsertData", "DeleteData", "DeleteWhere"):
            templates(op, {"InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE"}[name], None)
        elif name == "Modify":
            with_graph = part(op, "withClause")
            templates(part(op, "delete"), "DELETE", with_graph)
            templates(part(op, "insert"), "INSERT", with_graph)
        elif name in ("Clear", "Drop"):
            graph_ref(part(op, "graphiri"), name.upper())
        elif name == "Create":
            continue  # an empty graph adds nothing to the union
        elif name == "Load":
            graph_ref(part(op, "graphiri"), "LOAD")
        elif name in ("Add", "Move", "Copy"):
            source, target = part(op, "graph")
            graph_ref(target, name.upper())
            if name == "Move":  # the source is emptied
                graph_ref(source, "MOVE")
        else:
            every = True
    return WriteTargets(frozenset(graphs), every)
