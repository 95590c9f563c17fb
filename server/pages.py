"""Browser: what an entity page shows — facts with their evidence, incoming links, kind.

Everything is read through the store's SPARQL interface. An entity becomes an
:class:`EntityView`: its label and kind, each outgoing property with its values and
the evidence supporting that property (``cg:evidenceProperty``), the evidence about
the entity as a whole, and the resources linking to it. Kind-specific tables
(a provider's contracts, a meeting's attendance ...) live in :mod:`.page_sections`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterable

import rdflib
from rdflib import Literal, URIRef

from .. import config
from ..store import Store
from .linked_data import page_url, path_for_iri, sparql_iri

__all__ = [
    "EvidenceRef",
    "Value",
    "Fact",
    "EntityView",
    "PREFIX_BLOCK",
    "KINDS",
    "kind_of",
    "curie",
    "load_entity",
    "evidence_for",
    "labels_for",
    "fallback_label",
    "best_label",
    "names_for",
    "labels_and_names",
    "match_evidence",
    "make_value",
    "format_literal",
    "document_id_of",
]

CG = config.ONTOLOGY_NS
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCT_TITLE = "http://purl.org/dc/terms/title"
XSD = config.PREFIXES["xsd"]
PREFIX_BLOCK = config.sparql_prefixes()

#: page kinds, most specific first: (kind, rdf:type local names that make it)
KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("document", ("SourceDocument",)),
    ("provider", ("Provider",)),
    ("council", ("Council",)),
    ("committee", ("Committee",)),
    ("party", ("PoliticalParty",)),
    ("organisation", ("Organisation", "Company", "Charity", "NHSBody", "PublicBody")),
    ("meeting", ("Meeting",)),
    ("item", ("AgendaItem",)),
    ("person", ("Person",)),
    ("post", ("Post",)),
    ("contract", ("Contract",)),
    ("decision", ("Decision",)),
    ("report", ("Report",)),
    ("declaration", ("InterestDeclaration",)),
    ("holding", ("PostHolding",)),
    ("membership", ("Membership",)),
    ("substitution", ("Substitution",)),
    ("vote", ("Vote",)),
    ("evidence", ("Evidence",)),
]

#: the kinds search facets offer, with display names
KIND_NAMES = {
    "document": "Source document", "provider": "Provider", "council": "Council", "committee": "Committee",
    "party": "Political party", "organisation": "Organisation", "meeting": "Meeting", "item": "Agenda item",
    "person": "Person", "post": "Post", "contract": "Contract", "decision": "Decision", "report": "Report",
    "declaration": "Declaration of interest", "evidence": "Evidence", "thing": "Resource",
    "holding": "Post holding", "membership": "Membership", "substitution": "Substitution", "vote": "Vote",
}

#: properties whose decimal values are pounds
MONEY = {CG + "valueGBP", CG + "annualValueGBP", CG + "maxValueGBP"}
#: properties not listed among a page's facts (shown elsewhere or internal)
HIDDEN = {CG + "evidence", CG + "text", RDF_TYPE}


def kind_of(types: Iterable[str]) -> str:
    """The page kind of a resource with the given rdf:type IRIs ("thing" if none fits)."""
    local = {t[len(CG):] for t in types if t.startswith(CG)}
    for kind, names in KINDS:
        if local.intersection(names):
            return kind
    return "thing"


def curie(iri: str) -> str:
    """``cg:date`` for an IRI in a known namespace, else the IRI."""
    for prefix, ns in config.PREFIXES.items():
        if prefix != "data" and iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, str]:
    """rdfs:label of each ontology term (empty if the ontology cannot be read)."""
    try:
        from ..ontology import load_ontology_graph  # noqa: PLC0415

        g = load_ontology_graph()
    except Exception:  # pragma: no cover - the ontology is being written concurrently
        return {}
    out = {}
    for s, o in g.subject_objects(rdflib.RDFS.label):
        if isinstance(s, URIRef) and (not isinstance(o, Literal) or o.language in (None, "en")):
            out[str(s)] = str(o)
    return out


def property_label(iri: str) -> str:
    label = _ontology_labels().get(iri)
    if label:
        return label
    local = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).lower() or iri


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DECISION_SLUG = re.compile(r"^(\d{2})-(\d{3,5})$")


def _humanise(part: str) -> str:
    if _ISO_DATE.match(part):
        try:
            d = date.fromisoformat(part)
            return f"{d.day} {d.strftime('%B %Y')}"
        except ValueError:
            return part
    m = _DECISION_SLUG.match(part)
    if m:
        return f"{m.group(1)}/{m.group(2)}"
    return " ".join(w if w.isdigit() else w.capitalize() for w in part.split("-"))


def fallback_label(iri: str) -> str:
    """A readable name for a resource without rdfs:label, from its IRI path.

    ``meeting/kcc/adult-social-care-cabinet-committee/2023-07-06`` →
    "Adult Social Care Cabinet Committee, 6 July 2023"; ``decision/23-00074`` → "Decision 23/00074".
    """
    path = path_for_iri(iri)
    if path is None:
        return curie(iri)
    kind, _, rest = path.partition("/")
    parts = [p for p in rest.split("/") if p]
    if kind == "meeting" and len(parts) >= 2:
        return f"{_humanise(parts[-2])}, {_humanise(parts[-1])}"
    if kind in ("item", "interest-declaration", "substitution", "vote") and len(parts) >= 3:
        # <council>/<committee>/<date>/... : name the meeting, then what follows
        meeting = f"{_humanise(parts[1])}, {_humanise(parts[2])}"
        tail = " ".join(_humanise(p) for p in parts[3:] if p not in ("declaration", "substitution", "vote"))
        return f"{_humanise(kind)} {tail} — {meeting}".replace("  ", " ").strip()
    if kind == "post-holding" and len(parts) >= 3:
        return f"{_humanise(parts[-2])}, {_humanise(parts[-3])} ({_humanise(parts[-1])})"
    if kind == "membership" and len(parts) >= 3:
        return f"{_humanise(parts[-1])}, {_humanise(parts[-3])} ({_humanise(parts[-2])})"
    if kind in ("council", "committee", "person", "post"):
        parts = parts[-1:] if kind != "person" else parts[:1]
    return f"{_humanise(kind)} {' · '.join(_humanise(p) for p in parts)}".strip()


def best_label(candidates: Iterable[str]) -> str | None:
    """The label to show among several (documents may name a thing differently): the most
    often given, then the longest."""
    counts: dict[str, int] = {}
    for c in candidates:
        c = " ".join(str(c).split())
        if c:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], len(c), c))


def document_id_of(iri: str) -> str | None:
    path = path_for_iri(iri)
    if path and path.startswith("document/"):
        return path[len("document/"):]
    return None


def format_literal(lit: Literal, prop: str | None = None) -> str:
    """A literal as a person reads it: dates spelt out, pounds with separators."""
    text = str(lit)
    dt = str(lit.datatype) if lit.datatype else ""
    if dt == XSD + "date":
        try:
            d = date.fromisoformat(text)
            return f"{d.day} {d.strftime('%B %Y')}"
        except ValueError:
            return text
    if dt == XSD + "boolean":
        return "yes" if text in ("true", "1") else "no"
    if prop in MONEY:
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return text
        return f"£{amount:,.2f}".replace(".00", "") if amount == amount.to_integral() else f"£{amount:,.2f}"
    return text


@dataclass
class EvidenceRef:
    """One cg:Evidence node: where a fact was read."""

    iri: str
    document: str
    start: int
    end: int
    quote: str
    properties: set[str] = field(default_factory=set)

    @property
    def document_id(self) -> str:
        return document_id_of(self.document) or self.document

    @property
    def href(self) -> str:
        return f"/document/{self.document_id}#L{self.start}-L{self.end}"

    @property
    def lines(self) -> str:
        return f"L{self.start}" if self.start == self.end else f"L{self.start}–{self.end}"


@dataclass
class Value:
    """One value of a fact: a linked resource or a literal."""

    text: str
    url: str | None = None
    iri: str | None = None
    raw: str | None = None
    is_iri: bool = False
    #: evidence for this value alone, when a property has several values and quotes tell them apart
    evidence: list[EvidenceRef] = field(default_factory=list)


@dataclass
class Fact:
    prop: str
    values: list[Value]
    evidence: list[EvidenceRef]

    @property
    def curie(self) -> str:
        return curie(self.prop)

    @property
    def label(self) -> str:
        return property_label(self.prop)

    @property
    def url(self) -> str | None:
        return page_url(self.prop)


@dataclass
class EntityView:
    iri: str
    label: str
    kind: str
    types: list[str]
    facts: list[Fact]
    evidence: list[EvidenceRef]
    #: (property label, property CURIE, resources linking here with it)
    incoming: list[tuple[str, str, list[Value]]]
    incoming_truncated: bool = False

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def type_curies(self) -> list[str]:
        return [curie(t) for t in self.types]

    @property
    def entity_evidence(self) -> list[EvidenceRef]:
        """Evidence about the entity itself (not tied to one property)."""
        return [e for e in self.evidence if not e.properties]

    def fact(self, prop_curie: str) -> Fact | None:
        for f in self.facts:
            if f.curie == prop_curie:
                return f
        return None


def make_value(term, label: str | None = None, prop: str | None = None) -> Value:
    if isinstance(term, URIRef):
        iri = str(term)
        return Value(label or fallback_label(iri), page_url(iri), iri, iri, True)
    if isinstance(term, Literal):
        return Value(format_literal(term, prop), raw=str(term))
    return Value(str(term), raw=str(term))


def _ev_sort_key(e: EvidenceRef):
    return (e.document, e.start, e.end, e.iri)


def evidence_for(store: Store, iris: Iterable[str], props: Iterable[str] | None = None) -> dict[str, list[EvidenceRef]]:
    """The evidence nodes of each of ``iris`` — only those supporting one of ``props`` (full
    IRIs) when given."""
    iris = sorted({i for i in iris if i})
    out: dict[str, dict[str, EvidenceRef]] = {i: {} for i in iris}
    if not iris:
        return {}
    values = " ".join(sparql_iri(i) for i in iris)
    only = ""
    if props is not None:
        only = f"?ev cg:evidenceProperty ?only . FILTER(?only IN ({', '.join(sparql_iri(p) for p in sorted(set(props)))}))"
    # one UNION (place and quote | supported properties) is much faster in Oxigraph than
    # OPTIONALs over the evidence nodes
    rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?s ?ev ?doc ?start ?end ?quote ?prop WHERE {{
  {{ SELECT DISTINCT ?s ?ev WHERE {{ VALUES ?s {{ {values} }} ?s cg:evidence ?ev . {only} }} }}
  {{ ?ev cg:sourceDocument ?doc ; cg:startLine ?start ; cg:endLine ?end ; cg:quote ?quote }}
  UNION {{ ?ev cg:evidenceProperty ?prop }}
}}""")
    props_of: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        s, ev = str(r["s"]), str(r["ev"])
        if "prop" in r:
            props_of.setdefault((s, ev), set()).add(str(r["prop"]))
            continue
        if ev in out[s]:
            continue
        try:
            start, end = int(r["start"]), int(r["end"])
        except (TypeError, ValueError):
            continue
        out[s][ev] = EvidenceRef(ev, str(r["doc"]), start, end, str(r["quote"]))
    for (s, ev), props in props_of.items():
        ref = out[s].get(ev)
        if ref is not None:
            ref.properties |= props
    return {s: sorted(d.values(), key=_ev_sort_key) for s, d in out.items()}


def _name_rows(store: Store, iris: list[str]) -> list[dict]:
    values = " ".join(sparql_iri(i) for i in iris)
    return store.select(f"""{PREFIX_BLOCK}SELECT ?s ?l ?f WHERE {{ VALUES ?s {{ {values} }}
  {{ ?s rdfs:label ?l BIND(0 AS ?f) }} UNION {{ ?s dct:title ?l BIND(1 AS ?f) }} UNION {{ ?s skos:altLabel ?l BIND(2 AS ?f) }} }}""")


def labels_and_names(store: Store, iris: Iterable[str]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Display label and every name (lower-cased) of each IRI, in one query."""
    iris = sorted({i for i in iris if i})
    if not iris:
        return {}, {}
    found: dict[str, list[list[str]]] = {}
    for r in _name_rows(store, iris):
        found.setdefault(str(r["s"]), [[], [], []])[int(r["f"])].append(str(r["l"]))
    labels = {s: best_label(ls[0]) or best_label(ls[1]) or fallback_label(s) for s, ls in found.items()}
    names = {s: {" ".join(n.split()).lower() for group in ls for n in group} for s, ls in found.items()}
    return labels, names


def labels_for(store: Store, iris: Iterable[str]) -> dict[str, str]:
    """The display label of each IRI that has an rdfs:label or dct:title (one query)."""
    return labels_and_names(store, iris)[0]


def names_for(store: Store, iris: Iterable[str]) -> dict[str, set[str]]:
    """Every name of each IRI (labels, alternative labels, titles), lower-cased (one query)."""
    return labels_and_names(store, iris)[1]


_HONORIFIC = {"mr", "mrs", "ms", "miss", "dr", "cllr", "sir", "dame", "prof"}


def match_evidence(evidence: list[EvidenceRef], names: set[str]) -> list[EvidenceRef]:
    """The evidence whose quote names the value (by any of ``names``, or a person's surname);
    all of ``evidence`` when none does — so a list of 16 names is not 16 links per person."""
    if not names or len(evidence) <= 1:
        return evidence
    words = set()
    for n in names:
        parts = [p for p in re.split(r"[\s.,]+", n) if p and p not in _HONORIFIC]
        if parts and len(parts[-1]) >= 3:
            words.add(parts[-1])
    hits = []
    for e in evidence:
        quote = " ".join(e.quote.split()).lower()
        if any(n in quote for n in names) or any(re.search(rf"\b{re.escape(w)}\b", quote) for w in words):
            hits.append(e)
    return hits or evidence


def load_entity(store: Store, iri: str, incoming_limit: int = 300) -> EntityView | None:
    """Everything an entity page shows about ``iri``; None if the store knows nothing of it."""
    ref = sparql_iri(iri)
    out_rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?p ?o ?label WHERE {{ {ref} ?p ?o . FILTER(?p != cg:evidence)
  OPTIONAL {{ FILTER(isIRI(?o)) ?o rdfs:label ?label }} }}""")
    in_rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?s ?p ?label WHERE {{ {{ SELECT ?s ?p WHERE {{ ?s ?p {ref} FILTER(?p != cg:evidenceProperty) }} LIMIT {incoming_limit + 1} }}
  OPTIONAL {{ ?s rdfs:label ?label }} }}""")
    if not out_rows and not in_rows:
        return None
    types = sorted({str(r["o"]) for r in out_rows if str(r["p"]) == RDF_TYPE})
    label = (best_label(str(r["o"]) for r in out_rows if str(r["p"]) == RDFS_LABEL)
             or best_label(str(r["o"]) for r in out_rows if str(r["p"]) == DCT_TITLE) or fallback_label(iri))
    evidence = evidence_for(store, [iri]).get(iri, [])

    by_prop: dict[str, dict[str, Value]] = {}
    for r in out_rows:
        p = str(r["p"])
        if p in HIDDEN:
            continue
        v = make_value(r["o"], str(r["label"]) if "label" in r else None, p)
        by_prop.setdefault(p, {}).setdefault(v.raw or v.text, v)
    facts = []
    multi = [v.iri for vals in by_prop.values() if len(vals) > 1 for v in vals.values() if v.iri]
    value_names = names_for(store, multi) if multi else {}
    for p in sorted(by_prop, key=lambda p: (p != RDFS_LABEL, property_label(p))):
        evs = [e for e in evidence if p in e.properties]
        vals = sorted(by_prop[p].values(), key=lambda v: v.text)
        if len(vals) > 1 and len(evs) > 1:
            for v in vals:
                if v.iri and v.iri in value_names:
                    matched = match_evidence(evs, value_names[v.iri])
                    v.evidence = matched if len(matched) < len(evs) else []
        facts.append(Fact(p, vals, evs))

    incoming: dict[str, dict[str, Value]] = {}
    for r in in_rows[:incoming_limit]:
        v = make_value(r["s"], str(r["label"]) if "label" in r else None)
        incoming.setdefault(str(r["p"]), {}).setdefault(v.iri or v.text, v)
    incoming_list = [(property_label(p), curie(p), sorted(vals.values(), key=lambda v: v.text))
                     for p, vals in sorted(incoming.items(), key=lambda kv: property_label(kv[0]))]
    return EntityView(iri, label, kind_of(types), types, facts, evidence, incoming_list, len(in_rows) > incoming_limit)
