"""One person, two IRIs: the owl:sameAs links of the derived graph (councilgraph.derived).

Two invented minutes are loaded through the pipeline into a real store on disk: pack A
lists members with initials, pack B names some of them by title and surname only and
spells one surname differently. The rule is checked on them in both load orders, and
its edge cases on plain data (the rule itself reads no store).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import rdflib
import requests

from councilgraph import config
from councilgraph.derived import (
    OWL_SAME_AS,
    derived_graph_iri,
    person_identity,
    refresh_derived,
    same_person_groups,
    same_person_links,
)
from councilgraph.ontology.validate import validate_graph
from councilgraph.pipeline import load_paths
from councilgraph.store import OxigraphStore
from tests.support.servers import run_councilgraph_server

PERSON = config.DATA_BASE + "person/"

PACK_A = """KENT COUNTY COUNCIL

ADULT SOCIAL CARE CABINET COMMITTEE

MINUTES of a meeting of the Adult Social Care Cabinet Committee held at Council
Chamber, Sessions House, County Hall, Maidstone on Thursday, 6th July, 2023.

PRESENT: Mr D Hartigan (Chairman), Mr T Quarrie, Mrs V Quarrie, Mr R Fenwick,
Mr S Fenwick, Mrs P Okonjo, Mr K L Brackenbury

UNRESTRICTED ITEMS

137. Apologies and Substitutes
(Item. 2)

Apologies had been received from Mr N Ellery.

138. Verbal Updates
(Item. 3)

1. The Chairman, Mr D Hartigan, gave an update.

RESOLVED that the updates be noted.
"""

PACK_B = """KENT COUNTY COUNCIL

ADULT SOCIAL CARE CABINET COMMITTEE

MINUTES of a meeting of the Adult Social Care Cabinet Committee held at Council
Chamber, Sessions House, County Hall, Maidstone on Thursday, 14th September, 2023.

PRESENT: Mr A Lindqvist (Chairman), Mrs G Oyelaran, Mr K Brakenbury

UNRESTRICTED ITEMS

141. Apologies and Substitutes
(Item. 2)

Apologies had been received from Mr Hartigan, Mrs Hartigan, Mr Quarrie,
Dr Okonjo and Mr Fenwick. Mr K Brakenbury was present as
substitute for Mr Fenwick.

142. Declarations of Interest
(Item. 3)

Mr K L Brackenbury declared an interest as a trustee of a local charity.

143. Verbal Updates
(Item. 4)

1. Mr K Brakenbury gave an update.

RESOLVED that the updates be noted.
"""

SAME_AS = config.sparql_prefixes(("owl",)) + "SELECT ?a ?b WHERE { ?a owl:sameAs ?b }"
LABELS = config.sparql_prefixes(("cg", "rdfs")) + "SELECT ?p ?label WHERE { ?p a cg:Person ; rdfs:label ?label }"
LINK_EVIDENCE = config.sparql_prefixes(("cg", "owl")) + """
SELECT ?person ?doc ?quote WHERE { ?person owl:sameAs ?other ; cg:evidence ?ev .
  ?ev cg:evidenceProperty owl:sameAs ; cg:sourceDocument ?doc ; cg:startLine ?start ; cg:quote ?quote }"""
PRINTED_EVIDENCE = config.sparql_prefixes(("cg", "skos")) + """
SELECT ?person ?quote (GROUP_CONCAT(?alt; separator="|") AS ?alts) WHERE {
  ?person a cg:Person ; cg:evidence ?ev . ?ev cg:evidenceProperty skos:altLabel ; cg:quote ?quote .
  ?person skos:altLabel ?alt } GROUP BY ?person ?quote"""


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("packs")
    paths = []
    for name, text in (("pack_a.txt", PACK_A), ("pack_b.txt", PACK_B)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _load_one_by_one(paths: list[Path], folder: Path) -> OxigraphStore:
    store = OxigraphStore(folder)
    for path in paths:  # the derived graph is recomputed after each load
        results = load_paths([path], store)
        assert [r.error for r in results if not r.ok] == []
    return store


@pytest.fixture(scope="module")
def forward(packs, tmp_path_factory) -> OxigraphStore:
    return _load_one_by_one(packs, tmp_path_factory.mktemp("forward") / "store")


@pytest.fixture(scope="module")
def backward(packs, tmp_path_factory) -> OxigraphStore:
    return _load_one_by_one(list(reversed(packs)), tmp_path_factory.mktemp("backward") / "store")


def _derived(store: OxigraphStore) -> list[bytes]:
    out = io.BytesIO()
    store.dump(out, "application/n-triples", derived_graph_iri())
    return sorted(out.getvalue().splitlines())


def _links(store: OxigraphStore) -> set[tuple[str, str]]:
    return {(str(r["a"])[len(PERSON):], str(r["b"])[len(PERSON):]) for r in store.select(SAME_AS)}


def test_the_derived_graph_does_not_depend_on_load_order(forward, backward):
    assert _derived(forward) == _derived(backward)
    assert any(OWL_SAME_AS.encode() in line for line in _derived(forward))


def test_a_surname_only_person_is_linked_to_the_unique_initialled_one(forward):
    links = _links(forward)
    # "Mr Hartigan" (pack B) is "Mr D Hartigan" (pack A); stated both ways
    assert ("hartigan/m", "d-hartigan/m") in links and ("d-hartigan/m", "hartigan/m") in links
    # "Mr Quarrie": of Mr T Quarrie and Mrs V Quarrie only one can be a "Mr"
    assert ("quarrie/m", "t-quarrie/m") in links
    # "Dr Okonjo" (no gender class) and the only Okonjo known, Mrs P Okonjo
    assert ("okonjo/x", "p-okonjo/f") in links


def test_no_link_when_two_people_fit(forward):
    # "Mr Fenwick": Mr R Fenwick or Mr S Fenwick - a wrong person is worse than none
    assert not {pair for pair in _links(forward) if "fenwick" in pair[0] or "fenwick" in pair[1]}


def test_no_link_across_gender_classes(forward):
    # "Mrs Hartigan" is not Mr D Hartigan, not even through "Mr Hartigan"
    assert not {pair for pair in _links(forward) if "hartigan/f" in pair}
    assert not {pair for pair in _links(forward) if "quarrie/m" in pair and "v-quarrie/f" in pair}


def test_a_surname_spelled_two_ways_is_linked_through_a_shared_printed_form(forward):
    # pack B keys the person it prints "Mr K Brakenbury" and "Mr K L Brackenbury" as k-brakenbury
    assert ("k-brackenbury/m", "k-brakenbury/m") in _links(forward)


def test_linked_iris_share_the_fullest_label(forward):
    labels = {str(r["p"])[len(PERSON):]: str(r["label"]) for r in forward.select(LABELS)}
    assert labels["hartigan/m"] == labels["d-hartigan/m"] == "Mr D Hartigan"
    assert labels["okonjo/x"] == "Mrs P Okonjo"
    assert labels["hartigan/f"] == "Mrs Hartigan"  # not linked: keeps its own
    assert labels["fenwick/m"] == "Mr Fenwick"
    assert labels["k-brakenbury/m"] == labels["k-brackenbury/m"] == "Mr K L Brackenbury"


def test_every_link_has_evidence_printing_both_forms(forward):
    rows = forward.select(LINK_EVIDENCE)
    by_person: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        by_person.setdefault(str(r["person"])[len(PERSON):], set()).add((str(r["doc"]).rsplit("/", 1)[-1], str(r["quote"])))
    assert {p for a, b in _links(forward) for p in (a, b)} == set(by_person)
    for person in ("hartigan/m", "d-hartigan/m"):
        quotes = by_person[person]
        assert any(doc == "pack-b" and "Mr Hartigan" in q for doc, q in quotes), quotes
        assert any(doc == "pack-a" and "Mr D Hartigan" in q for doc, q in quotes), quotes
    assert {doc for doc, _ in by_person["k-brakenbury/m"]} == {"pack-a", "pack-b"}
    assert all("Mr K L Brackenbury" in q for _, q in by_person["k-brakenbury/m"])


def test_evidence_of_what_an_iri_printed_stays_its_own(forward):
    # the label a surname-only IRI takes from its twin rests on evidence nodes of its own,
    # so none of its skos:altLabel evidence quotes a form it was never printed in
    for r in forward.select(PRINTED_EVIDENCE):
        alts = str(r["alts"]).split("|")
        assert any(" ".join(a.split()) in " ".join(str(r["quote"]).split()) for a in alts), (r["person"], r["quote"])


def test_removing_a_document_removes_its_links(packs, tmp_path):
    store = _load_one_by_one(packs, tmp_path / "store")
    assert _links(store)
    store.remove_graph(config.DATA_BASE + "document/pack-a")
    refresh_derived(store)
    assert _links(store) == set()
    labels = {str(r["p"])[len(PERSON):]: str(r["label"]) for r in store.select(LABELS)}
    assert labels["hartigan/m"] == "Mr Hartigan"
    assert not any(b"pack-a" in line for line in _derived(store))


# --- the rule on plain data -----------------------------------------------------------------


def _people(**forms: list[str]) -> dict[str, set[str]]:
    """``c_bell__f=["Mrs C Bell"]`` → {<base>person/c-bell/f: {"Mrs C Bell"}}."""
    return {PERSON + key.replace("__", "/").replace("_", "-"): set(printed) for key, printed in forms.items()}


def _short(pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a[len(PERSON):], b[len(PERSON):]) for a, b in pairs}


def test_an_untitled_surname_is_not_linked_when_another_surname_only_person_could_be_meant():
    people = _people(campkin__x=["Cllr Campkin"], campkin__f=["Mrs Campkin"], s_campkin__m=["Mr S Campkin"])
    assert _short(same_person_links(people)) == set()
    people = _people(campkin__x=["Cllr Campkin"], campkin__m=["Mr Campkin"], s_campkin__m=["Mr S Campkin"])
    assert _short(same_person_links(people)) == {("campkin/m", "s-campkin/m"), ("campkin/x", "s-campkin/m")}


def test_an_ungendered_person_never_joins_a_mr_and_a_mrs():
    people = _people(campkin__m=["Mr Campkin"], campkin__f=["Mrs Campkin"], s_campkin__x=["Cllr S Campkin"])
    assert same_person_links(people) == []


def test_different_initials_are_never_linked():
    people = _people(j_meade__m=["Mr J Meade"], r_meade__m=["Mr R Meade"], meade__m=["Mr Meade"])
    assert same_person_links(people) == []
    # a shared form with an initial links spellings only under the same initial and gender class
    people = _people(j_meade__m=["Mr J Meade"], j_meade__f=["Ms J Meade", "Cllr J Meade"], j_meades__m=["Cllr J Meade"])
    assert same_person_links(people) == []


def test_spelling_links_need_one_partner_and_near_identical_surnames():
    two = _people(r_streatfeild__m=["Mr R G Streatfeild"], r_streatfield__m=["Mr R G Streatfeild", "Mr R Streatfield"])
    assert _short(same_person_links(two)) == {("r-streatfeild/m", "r-streatfield/m")}
    # the same form in three IRIs, or one IRI sharing forms with two others: no link
    assert same_person_links({**two, **_people(r_streetfeild__m=["Mr R G Streatfeild"])}) == []
    assert same_person_links({**two, **_people(r_streetfield__m=["Mr R Streatfield"])}) == []
    # a shared form between two unrelated surnames, or between "m" and "x", is not a spelling
    assert same_person_links(_people(r_smith__m=["Mr R G Smith"], r_jones__m=["Mr R G Smith"])) == []
    assert same_person_links(_people(r_streatfeild__x=["Cllr R Streatfeild"], r_streatfield__m=["Cllr R Streatfeild"])) == []


def test_keys_are_read_with_the_printed_forms():
    o_brien = person_identity(PERSON + "o-brien/m", {"Mr O'Brien"})
    assert (o_brien.surname, o_brien.initial) == ("o-brien", "")
    j_o_brien = person_identity(PERSON + "j-o-brien/m", {"Mr J O'Brien"})
    assert (j_o_brien.surname, j_o_brien.initial) == ("o-brien", "j")
    assert person_identity(PERSON + "o-brien/m/extra", {"Mr O'Brien"}) is None
    assert person_identity(config.DATA_BASE + "post/o-brien/m", {"Mr O'Brien"}) is None
    people = {PERSON + "o-brien/m": {"Mr O'Brien"}, PERSON + "j-o-brien/m": {"Mr J O'Brien"}}
    assert _short(same_person_links(people)) == {("j-o-brien/m", "o-brien/m")}


def test_groups_are_the_closure_of_the_links():
    groups = same_person_groups([("a", "c"), ("b", "c"), ("d", "e")])
    assert groups["a"] == groups["b"] == groups["c"] == ("a", "b", "c")
    assert groups["d"] == ("d", "e")


def test_the_derived_graph_conforms_to_the_shapes_on_its_own(forward):
    # the evidence nodes minted for a linked IRI name their document, which the graph types
    graph = rdflib.Graph().parse(data=b"\n".join(_derived(forward)), format="nt")
    assert (None, rdflib.RDF.type, rdflib.URIRef(config.ONTOLOGY_NS + "Evidence")) in graph
    conforms, report, _ = validate_graph(graph)
    assert conforms, report[:3000]


def test_the_person_page_and_the_endpoint_follow_the_link(packs, tmp_path):
    store = _load_one_by_one(packs, tmp_path / "store")
    store.close()
    with run_councilgraph_server(tmp_path / "store", "--workers", "1") as base_url:
        page = requests.get(f"{base_url}/page/person/hartigan/m", timeout=30)
        assert page.status_code == 200
        same = page.text.split('<p class="same-as">', 1)[1].split("</p>", 1)[0]
        assert '<a href="/page/person/d-hartigan/m">Mr D Hartigan</a>' in same
        fact = page.text.split('data-prop="owl:sameAs"', 1)[1].split("</div>", 1)[0]
        assert 'href="/document/pack-b#L' in fact and 'href="/document/pack-a#L' in fact  # both printed forms
        # the initialled IRI's page names its twin too; an unlinked person's page names none
        assert 'href="/page/person/hartigan/m"' in requests.get(f"{base_url}/page/person/d-hartigan/m", timeout=30).text
        assert 'class="same-as"' not in requests.get(f"{base_url}/page/person/hartigan/f", timeout=30).text
        ask = config.sparql_prefixes(("owl",)) + f"ASK {{ <{PERSON}d-hartigan/m> owl:sameAs <{PERSON}hartigan/m> }}"
        answer = requests.get(f"{base_url}/sparql", params={"query": ask},
                              headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.json()["boolean"] is True
