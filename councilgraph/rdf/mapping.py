"""Records → RDF: one generic, table-driven mapping for every entity kind.

Each :class:`~councilgraph.loaders.records.Entity` becomes a typed resource
with its statements as triples; every piece of evidence becomes a
``cg:Evidence`` node (document, lines, verbatim quote, and the property it
supports) linked from the entity with ``cg:evidence``. Entities that are only
referenced are typed too, so each document graph stands on its own (SHACL
``sh:class`` checks hold per graph).

Property names are CURIEs checked against the ontology: a misspelt ``cg:``
term fails here, at build time, not silently in the graph.
"""

from __future__ import annotations

import io
from datetime import date, time
from decimal import Decimal
from typing import Iterable

import pyoxigraph as ox

from .. import config
from ..loaders.document import SourceText
from ..loaders.records import Entity, EntitySet, Evidence, Ref, Statement
from .iris import document_iri, entity_iri, evidence_iri

__all__ = ["to_triples", "to_ntriples", "source_document_entity", "expand", "MappingError", "STATED_IN_EACH_DOCUMENT"]

XSD = config.PREFIXES["xsd"]
RDF_TYPE = ox.NamedNode(config.PREFIXES["rdf"] + "type")


#: Facts whose final value depends on every loaded document (see
#: :mod:`councilgraph.derived`): a document graph writes what it stated under
#: the second property; the derived graph holds the one value of the first.
STATED_IN_EACH_DOCUMENT = {
    ("Person", "rdfs:label"): "skos:altLabel",
    ("Meeting", "cg:status"): "cg:statedStatus",
    ("Decision", "cg:status"): "cg:statedStatus",
}


class MappingError(ValueError):
    """A record uses a term or value the mapping does not know."""


def _declared_cg_terms() -> frozenset[str]:
    """Local names of every ``cg:`` term the ontology file declares."""
    from ..ontology import ONTOLOGY_PATH  # the single source of truth

    declared = set()
    with open(ONTOLOGY_PATH, "rb") as fh:
        for quad in ox.parse(fh, ox.RdfFormat.TURTLE):
            s = quad.subject
            if isinstance(s, ox.NamedNode) and s.value.startswith(config.ONTOLOGY_NS) and quad.predicate == RDF_TYPE:
                declared.add(s.value[len(config.ONTOLOGY_NS):])
    return frozenset(declared)


_CG_TERMS = _declared_cg_terms()
_cache: dict[str, ox.NamedNode] = {}


def expand(curie: str) -> ox.NamedNode:
    """``"cg:date"`` → ``NamedNode(<https://w3id.org/councilgraph/ontology#date>)``."""
    node = _cache.get(curie)
    if node is not None:
        return node
    prefix, sep, local = curie.partition(":")
    if not sep or prefix not in config.PREFIXES:
        raise MappingError(f"unknown prefix in {curie!r}")
    if prefix == "cg" and _CG_TERMS and local not in _CG_TERMS:
        raise MappingError(f"{curie} is not declared in the ontology")
    node = ox.NamedNode(config.PREFIXES[prefix] + local)
    _cache[curie] = node
    return node


def _literal(value) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        text = format(value, "f")
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, time):
        return ox.Literal(value.strftime("%H:%M:%S"), datatype=ox.NamedNode(XSD + "time"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise MappingError(f"cannot map value {value!r} of type {type(value).__name__}")


class _Builder:
    def __init__(self, base: str) -> None:
        self.base = base
        self.triples: list[ox.Triple] = []
        self.typed: set[tuple[str, str]] = set()
        self.doc_nodes: dict[str, ox.NamedNode] = {}

    def iri(self, ref: Ref) -> ox.NamedNode:
        return ox.NamedNode(entity_iri(ref, self.base))

    def type(self, node: ox.NamedNode, schema: str) -> None:
        """Type ``node``: a bare schema is a cg: class; "org:Role" names another vocabulary's."""
        if (node.value, schema) not in self.typed:
            self.typed.add((node.value, schema))
            self.triples.append(ox.Triple(node, RDF_TYPE, expand(schema if ":" in schema else f"cg:{schema}")))

    def evidence(self, subject: ox.NamedNode, ev: Evidence, prop: ox.NamedNode | None) -> None:
        node = ox.NamedNode(evidence_iri(subject.value, ev, self.base))
        add = self.triples.append
        add(ox.Triple(subject, expand("cg:evidence"), node))
        if prop is not None:
            add(ox.Triple(node, expand("cg:evidenceProperty"), prop))
        if (node.value, "Evidence") in self.typed:
            return
        self.type(node, "Evidence")
        doc = self.doc_nodes.setdefault(ev.document_id, ox.NamedNode(document_iri(ev.document_id, self.base)))
        add(ox.Triple(node, expand("cg:sourceDocument"), doc))
        add(ox.Triple(node, expand("cg:startLine"), _literal(ev.start_line)))
        add(ox.Triple(node, expand("cg:endLine"), _literal(ev.end_line)))
        add(ox.Triple(node, expand("cg:quote"), _literal(ev.quote)))

    def statement(self, subject: ox.NamedNode, prop: str, st: Statement) -> None:
        predicate = expand(prop)
        if isinstance(st.value, Ref):
            obj = self.iri(st.value)
            self.type(obj, st.value.schema)
        elif st.lang and isinstance(st.value, str):
            obj = ox.Literal(st.value, language=st.lang)
        else:
            obj = _literal(st.value)
        self.triples.append(ox.Triple(subject, predicate, obj))
        for ev in st.evidence:
            self.evidence(subject, ev, predicate)

    def entity(self, entity: Entity, derived_from: ox.NamedNode | None) -> None:
        subject = self.iri(entity.ref)
        self.type(subject, entity.schema)
        for extra in sorted(entity.types):
            self.type(subject, extra)
        for prop in sorted(entity.properties):
            written = STATED_IN_EACH_DOCUMENT.get((entity.schema, prop), prop)
            for st in entity.properties[prop]:
                self.statement(subject, written, st)
        for ev in entity.evidence:
            self.evidence(subject, ev, None)
        if derived_from is not None and entity.schema != "SourceDocument":
            self.triples.append(ox.Triple(subject, expand("prov:wasDerivedFrom"), derived_from))


def source_document_entity(source: SourceText, kind: str | None = None) -> Entity:
    """The ``cg:SourceDocument`` record for a document (text kept for the browser)."""
    doc = Entity("SourceDocument", (source.document_id,))
    doc.add("rdfs:label", source.file_name)
    doc.add("cg:fileName", source.file_name)
    doc.add("cg:sha256", source.sha256)
    doc.add("cg:lineCount", len(source))
    doc.add("dct:format", source.media_type)
    doc.add("cg:text", source.text)
    doc.add("cg:documentKind", kind)
    return doc


def to_triples(entities: Iterable[Entity], document_id: str | None = None, base: str | None = None) -> list[ox.Triple]:
    """All triples for ``entities`` (read from ``document_id``, if given)."""
    builder = _Builder(base or config.DATA_BASE)
    derived = ox.NamedNode(document_iri(document_id, builder.base)) if document_id else None
    for entity in entities:
        builder.entity(entity, derived)
    # de-duplicate while keeping a stable order
    return list(dict.fromkeys(builder.triples))


def to_ntriples(entities: EntitySet | Iterable[Entity], document_id: str | None = None, base: str | None = None) -> bytes:
    out = io.BytesIO()
    ox.serialize(to_triples(entities, document_id, base), out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue()
