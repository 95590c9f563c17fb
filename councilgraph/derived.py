"""Facts that depend on every loaded document, kept in one derived graph.

Each document graph says what that document printed; some facts are only
right across all of them:

* **display labels** - a person printed "Mrs C Bell" in one pack and "Clair
  Bell" in another is one ``cg:Person``; each document graph records the forms
  it printed as ``skos:altLabel``, and the display ``rdfs:label`` ("the fullest
  form known") is chosen here;
* **same person** - a person printed only by title and surname in one pack
  ("Mr Campkin", ``data:person/campkin/m``) and with an initial in another
  ("Mr S R Campkin", ``data:person/s-campkin/m``) has two IRIs, because a
  document's person key depends only on what that document prints
  (:mod:`councilgraph.loaders.people`). Where the rule of
  :func:`same_person_links` finds exactly one fitting person, the two IRIs are
  linked with ``owl:sameAs`` (stated in both directions, closed over each group)
  and every IRI of the group takes the group's display label;
* **status** - a meeting planned in a work programme, scheduled by an agenda
  and minuted later has one ``cg:status``: the most advanced ("held"); a
  decision proposed, endorsed, then taken is "taken". Each document graph keeps
  what it stated as ``cg:statedStatus``, with its evidence.

The derived graph, ``<base>graph/derived``, is recomputed from the union after
every load or removal. Every choice is deterministic, so the graph is the same
whatever order documents were loaded in. Each derived fact is linked with
``cg:evidence`` to the evidence nodes (in the document graphs) that print it.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox
from rapidfuzz import fuzz

from . import config
from .loaders.records import Evidence
from .loaders.text.names import genders_compatible, parse_name
from .rdf.iris import evidence_iri, parse_entity_iri
from .rdf.mapping import STATED_IN_EACH_DOCUMENT
from .store import Store

__all__ = [
    "OWL_SAME_AS",
    "STATUS_ORDER",
    "PersonIdentity",
    "best_printed_form",
    "choose_label",
    "derived_graph_iri",
    "most_advanced_status",
    "person_identity",
    "refresh_derived",
    "same_person_groups",
    "same_person_links",
]

#: statuses from least to most advanced, per kind
STATUS_ORDER = {
    "Meeting": ("planned", "scheduled", "held"),
    "Decision": ("proposed", "endorsed", "taken"),
}

OWL_SAME_AS = config.PREFIXES["owl"] + "sameAs"


def derived_graph_iri(base: str | None = None) -> str:
    return f"{base or config.DATA_BASE}graph/derived"


def _fullness(form: str) -> tuple:
    name = parse_name(form)
    richness = name.richness() if name is not None else (0, 0, 0)
    return (richness, len(form), tuple(-ord(c) for c in form))


def best_printed_form(forms: set[str]) -> str:
    """The fullest printed form: most forenames, then initials, then a title, then the
    longer form, then the alphabetically first."""
    return max(forms, key=_fullness)


def choose_label(forms: set[str]) -> str:
    """The display label of one person from the printed forms of their name.

    With a forename printed the label is the plain name ("Clair Bell", from
    "Mrs Clair Bell" too); with initials only, the titled form ("Mr A M Ridgers").
    """
    best = best_printed_form(forms)
    name = parse_name(best)
    if name is None:
        return best
    return name.full if name.forenames else name.display


def most_advanced_status(kind: str, statuses: set[str]) -> str | None:
    order = STATUS_ORDER[kind]
    known = [s for s in statuses if s in order]
    return max(known, key=order.index) if known else None


# --- one person, two IRIs ---------------------------------------------------------------


@dataclass(frozen=True, order=True)
class PersonIdentity:
    """What a person IRI says about who it is: the parts of its key
    (:func:`councilgraph.loaders.people.person_key`) and the forms printed for it."""

    iri: str
    surname: str  #: slugged surname ("campkin", "de-gruchy")
    initial: str  #: first initial, "" for a person printed only by title and surname
    gender: str  #: gender class "m", "f" or "x"
    given_forms: frozenset[str] = frozenset()  #: printed forms with a forename or initial


def person_identity(iri: str, forms: set[str], base: str | None = None) -> PersonIdentity | None:
    """The identity of a person IRI minted by the loaders, or None for any other IRI.

    Whether the key has an initial is read from the printed forms, not guessed from the
    slug: ``o-brien`` is the surname-only key of "Mr O'Brien", ``j-o-brien`` the key of
    "Mr J O'Brien".
    """
    parsed = parse_entity_iri(iri, base)
    if parsed is None or parsed[0] != "person" or len(parsed[1]) != 2:
        return None
    key, gender = parsed[1]
    if gender not in ("m", "f", "x"):
        return None
    names = {f: parse_name(f) for f in forms}
    given = frozenset(" ".join(f.split()) for f, n in names.items() if n is not None and n.first_initial)
    initials = sorted({n.first_initial.lower() for n in names.values() if n is not None and n.first_initial})
    if not initials:
        return PersonIdentity(iri, key, "", gender)
    for initial in initials:
        if key.startswith(f"{initial}-") and len(key) > 2:
            return PersonIdentity(iri, key[2:], initial, gender, given)
    return None


def _near_spelling(a: str, b: str) -> bool:
    """Two surname slugs near enough to be one surname spelled two ways (the rule
    :mod:`councilgraph.loaders.people` applies within a document)."""
    return len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= 85


def _surname_only_links(people: list[PersonIdentity]) -> list[tuple[PersonIdentity, PersonIdentity]]:
    """(surname-only person, the one initialled person they can be) pairs.

    A surname-only person P is linked to C when C is the only initialled person with
    P's surname and a compatible gender class, and no other surname-only person with
    that surname could be the one P names instead ("Cllr Campkin" when "Mrs Campkin"
    and "Mr S Campkin" are both known).
    """
    by_surname: dict[str, list[PersonIdentity]] = defaultdict(list)
    for p in people:
        by_surname[p.surname].append(p)
    links = []
    for surname in sorted(by_surname):
        group = by_surname[surname]
        initialled = [p for p in group if p.initial]
        bare = [p for p in group if not p.initial]
        for p in sorted(bare):
            candidates = [c for c in initialled if genders_compatible(p.gender, c.gender)]
            if len(candidates) != 1:
                continue
            c = candidates[0]
            if any(q != p and genders_compatible(p.gender, q.gender) and not genders_compatible(q.gender, c.gender)
                   for q in bare):
                continue
            links.append((p, c))
    return links


def _spelling_links(people: list[PersonIdentity]) -> list[tuple[PersonIdentity, PersonIdentity]]:
    """Pairs of initialled persons whose surnames are one name spelled two ways.

    Linked only when both IRIs carry the very same printed form with a forename or
    initial ("Mr R G Streatfeild" printed in a pack keyed "streatfeild" and in one whose
    resolver spelled the surname "Streatfield"), with the same first initial and gender
    class, near-identical surnames, and neither has such a partner besides the other.
    """
    owners: dict[str, set[PersonIdentity]] = defaultdict(set)
    for p in people:
        for form in p.given_forms:
            owners[form].add(p)
    pairs = set()
    for form, holders in owners.items():
        if len(holders) != 2:
            continue
        a, b = sorted(holders)
        if a.surname != b.surname and a.initial == b.initial and a.gender == b.gender and _near_spelling(a.surname, b.surname):
            pairs.add((a, b))
    partners: dict[PersonIdentity, set[PersonIdentity]] = defaultdict(set)
    for a, b in pairs:
        partners[a].add(b)
        partners[b].add(a)
    return sorted((a, b) for a, b in pairs if len(partners[a]) == 1 and len(partners[b]) == 1)


def same_person_links(people: dict[str, set[str]], base: str | None = None) -> list[tuple[str, str]]:
    """Pairs of person IRIs that name the same person, from every person IRI's printed forms.

    Two kinds of link (each pair once, IRIs sorted): a surname-only IRI and the unique
    initialled IRI it can be (:func:`_surname_only_links`), and one surname spelled two
    ways (:func:`_spelling_links`). A group of linked IRIs that would join two first
    initials or the gender classes "m" and "f" is not linked at all.
    """
    identities = [i for iri, forms in sorted(people.items()) if (i := person_identity(iri, forms, base)) is not None]
    links = _surname_only_links(identities) + _spelling_links(identities)
    by_iri = {i.iri: i for i in identities}
    pairs = sorted({tuple(sorted((a.iri, b.iri))) for a, b in links})
    groups = same_person_groups(pairs)
    bad = set()
    for members in groups.values():
        ids = [by_iri[m] for m in members]
        if len({i.initial for i in ids if i.initial}) > 1 or {"m", "f"} <= {i.gender for i in ids}:
            bad.update(members)
    return [(a, b) for a, b in pairs if a not in bad]


def same_person_groups(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Each linked IRI → every IRI of its group (the transitive closure of the links), sorted."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = defaultdict(list)
    for x in sorted(parent):
        members[root(x)].append(x)
    return {x: tuple(group) for group in members.values() for x in group}


# --- reading the union --------------------------------------------------------------------


def _select_strings(store: Store, query: str) -> list[dict[str, str]]:
    """A SELECT's rows as plain strings (the terms' values), read from the SPARQL JSON results:
    thousands of rows at scale, so no rdflib term is built for them."""
    raw = store.query_raw(query, "application/sparql-results+json")
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(raw.body)["results"]["bindings"]]


def _select_pairs(store: Store, cls: str, prop: str) -> dict[str, set[str]]:
    """Every value of ``prop`` of every entity of class ``cls``, over the union.

    The entities are found once (``DISTINCT`` in a sub-select) before their
    values are joined: every document re-states the type, so joining the two
    patterns over the union directly yields (graphs typing it) x (graphs
    stating it) rows per entity - 5.5 s instead of 0.04 s at 1 M triples.
    """
    rows = _select_strings(
        store,
        config.sparql_prefixes(("cg", "skos"))
        + f"SELECT DISTINCT ?entity ?value WHERE {{ {{ SELECT DISTINCT ?entity WHERE {{ ?entity a cg:{cls} }} }} "
        f"?entity {prop} ?value }}",
    )
    values: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        values[row["entity"]].add(row["value"])
    return values


def _stated_evidence(store: Store, cls: str, prop: str) -> list[dict[str, str]]:
    """Per document graph: each stated value and the evidence nodes of that property.

    The pattern starts from the evidence nodes of ``prop`` (the selective part).
    """
    return _select_strings(
        store,
        config.sparql_prefixes(("cg", "skos"))
        + f"SELECT ?entity ?g ?value ?ev ?quote WHERE {{ GRAPH ?g {{ ?ev cg:evidenceProperty {prop} . "
        f"?entity cg:evidence ?ev ; a cg:{cls} ; {prop} ?value . ?ev cg:quote ?quote }} }}",
    )


#: an evidence node as (the entity it was read for, its IRI)
Owned = tuple[str, str]


def _printing(forms: set[str], rows: list[dict[str, str]]) -> set[Owned]:
    """The evidence nodes among ``rows`` whose quote prints one of ``forms``."""
    wanted = [" ".join(f.split()) for f in forms]
    return {(r["entity"], r["ev"]) for r in rows if any(w in " ".join(r["quote"].split()) for w in wanted)}


def _supporting_evidence(prop: str, chosen_form: str, rows: list[dict[str, str]]) -> set[Owned]:
    """The evidence nodes that state the chosen value.

    A label: the quotes that print its fullest form. A status: the evidence of the
    documents that stated exactly that status for the entity.
    """
    if prop == "rdfs:label":
        return _printing({chosen_form}, rows)
    stated_in: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        stated_in[r["g"]].add(r["value"])
    return {(r["entity"], r["ev"]) for r in rows if stated_in[r["g"]] == {chosen_form}}


def _link_evidence(a: str, b: str, forms: dict[str, set[str]], rows: dict[str, list[dict[str, str]]]) -> set[Owned]:
    """The evidence nodes that print the two forms a link identifies.

    A surname-only IRI's every printing (all it has are title-and-surname forms) and
    the other IRI's printings of its fullest form; for a spelling link, each IRI's
    printings of the forms with a given name that both carry.
    """

    def given(iri: str) -> set[str]:
        return {f for f in forms[iri] if (n := parse_name(f)) is not None and n.first_initial}

    shared = given(a) & given(b)
    found: set[Owned] = set()
    for iri in (a, b):
        if not given(iri):
            found |= {(r["entity"], r["ev"]) for r in rows.get(iri, [])}
        else:
            found |= _printing(shared or {best_printed_form(forms[iri])}, rows.get(iri, []))
    return found


class _EvidenceLinks:
    """Writes ``subject cg:evidence node`` and ``node cg:evidenceProperty property``.

    An evidence node is minted for one subject (:func:`councilgraph.rdf.iris.evidence_iri`)
    and its ``cg:evidenceProperty`` says which of that subject's facts it supports. So a
    derived fact of one IRI resting on evidence read for another (the label a surname-only
    IRI takes from its initialled twin) gets a node of its own: the IRI the mapping mints
    for (subject, place, quote), with the same document, lines and verbatim quote. The
    derived graph then also types that document (with its file name), so the graph
    conforms to the shapes on its own, as every named graph does.
    """

    def __init__(self, store: Store, base: str | None) -> None:
        self.store = store
        self.base = base
        self.places: dict[str, Evidence] = {}
        self.documents: dict[str, str] = {}  #: evidence node -> its document's IRI
        self.file_names: dict[str, str] = {}
        self.described: set[str] = set()

    def read_places(self, nodes: set[str]) -> None:
        """Document (and its file name), lines and quote of each evidence node in ``nodes`` (one query)."""
        missing = sorted(nodes - set(self.places))
        if not missing:
            return
        values = " ".join(f"<{n}>" for n in missing)
        for r in _select_strings(
            self.store,
            config.sparql_prefixes(("cg",)) + f"SELECT DISTINCT ?ev ?doc ?file ?start ?end ?quote WHERE {{ VALUES ?ev {{ {values} }} "
            f"?ev cg:sourceDocument ?doc ; cg:startLine ?start ; cg:endLine ?end ; cg:quote ?quote . ?doc cg:fileName ?file }}",
        ):
            parsed = parse_entity_iri(r["doc"], self.base)
            if parsed is not None and parsed[0] == "document" and r["ev"] not in self.places:
                self.places[r["ev"]] = Evidence(parsed[1][-1], int(r["start"]), int(r["end"]), r["quote"])
                self.documents[r["ev"]] = r["doc"]
                self.file_names.setdefault(r["doc"], r["file"])

    def triples(self, subject: str, nodes: set[Owned], predicate: ox.NamedNode) -> list[ox.Triple]:
        self.read_places({ev for owner, ev in nodes if owner != subject})
        has_evidence = ox.NamedNode(config.ONTOLOGY_NS + "evidence")
        supports = ox.NamedNode(config.ONTOLOGY_NS + "evidenceProperty")
        out = []
        for owner, ev in sorted(nodes):
            if owner != subject:
                place = self.places.get(ev)
                if place is None:
                    continue
                copy = evidence_iri(subject, place, self.base)
                if copy not in self.described:
                    self.described.add(copy)
                    out.extend(self._describe(ox.NamedNode(copy), place, self.documents[ev]))
                ev = copy
            out.append(ox.Triple(ox.NamedNode(subject), has_evidence, ox.NamedNode(ev)))
            out.append(ox.Triple(ox.NamedNode(ev), supports, predicate))
        return out

    def _describe(self, node: ox.NamedNode, place: Evidence, doc: str) -> list[ox.Triple]:
        def cg(local: str) -> ox.NamedNode:
            return ox.NamedNode(config.ONTOLOGY_NS + local)

        rdf_type = ox.NamedNode(config.PREFIXES["rdf"] + "type")
        integer = ox.NamedNode(config.PREFIXES["xsd"] + "integer")
        out = [
            ox.Triple(node, rdf_type, cg("Evidence")),
            ox.Triple(node, cg("sourceDocument"), ox.NamedNode(doc)),
            ox.Triple(node, cg("startLine"), ox.Literal(str(place.start_line), datatype=integer)),
            ox.Triple(node, cg("endLine"), ox.Literal(str(place.end_line), datatype=integer)),
            ox.Triple(node, cg("quote"), ox.Literal(place.quote)),
        ]
        if doc not in self.described:
            self.described.add(doc)
            out.append(ox.Triple(ox.NamedNode(doc), rdf_type, cg("SourceDocument")))
            out.append(ox.Triple(ox.NamedNode(doc), cg("fileName"), ox.Literal(self.file_names[doc])))
        return out


def _same_person_triples(
    pairs: list[tuple[str, str]], groups: dict[str, tuple[str, ...]],
    forms: dict[str, set[str]], rows: dict[str, list[dict[str, str]]], evidence: _EvidenceLinks,
) -> list[ox.Triple]:
    """``owl:sameAs`` between every two IRIs of each group, both directions, and the
    evidence of the group's links on each of its IRIs."""
    same_as = ox.NamedNode(OWL_SAME_AS)
    group_evidence: dict[tuple[str, ...], set[Owned]] = defaultdict(set)
    for a, b in pairs:
        group_evidence[groups[a]] |= _link_evidence(a, b, forms, rows)
    triples = []
    for group, nodes in sorted(group_evidence.items()):
        for iri in group:
            subject = ox.NamedNode(iri)
            triples.extend(ox.Triple(subject, same_as, ox.NamedNode(other)) for other in group if other != iri)
            triples.extend(evidence.triples(iri, nodes, same_as))
    return triples


def derived_triples(store: Store, base: str | None = None) -> list[ox.Triple]:
    """The derived facts, computed from the union of the store's graphs, each linked
    (``cg:evidence``) to the evidence already read for what the documents printed."""
    triples: list[ox.Triple] = []
    evidence = _EvidenceLinks(store, base)
    for (schema, prop), stated in sorted(STATED_IN_EACH_DOCUMENT.items()):
        predicate = ox.NamedNode(config.PREFIXES[prop.split(":")[0]] + prop.split(":")[1])
        evidence_rows: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in _stated_evidence(store, schema, stated):
            evidence_rows[row["entity"]].append(row)
        stated_values = _select_pairs(store, schema, stated)
        groups: dict[str, tuple[str, ...]] = {}
        if schema == "Person":
            pairs = same_person_links(stated_values, base)
            groups = same_person_groups(pairs)
            triples.extend(_same_person_triples(pairs, groups, stated_values, evidence_rows, evidence))
        for entity in sorted(stated_values):
            group = groups.get(entity, (entity,))
            values = set().union(*(stated_values[m] for m in group))
            rows = [r for m in group for r in evidence_rows.get(m, [])]
            if prop == "rdfs:label":
                form = best_printed_form(values)
                value = choose_label(values)
            else:
                form = value = most_advanced_status(schema, values)
            if value is None:
                continue
            triples.append(ox.Triple(ox.NamedNode(entity), predicate, ox.Literal(value)))
            triples.extend(evidence.triples(entity, _supporting_evidence(prop, form, rows), predicate))
    return triples


def refresh_derived(store: Store, base: str | None = None) -> int:
    """Recompute the derived graph from the union; returns how many triples it holds."""
    graph = derived_graph_iri(base)
    triples = list(dict.fromkeys(derived_triples(store, base)))
    if not triples and graph not in store.graphs():
        return 0
    body = io.BytesIO()
    ox.serialize(triples, body, ox.RdfFormat.N_TRIPLES)
    return store.replace_graph(graph, body.getvalue())
