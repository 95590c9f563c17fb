"""Browser: the kind-specific tables of entity pages, declared as SPARQL + columns.

Each :class:`Section` is one SPARQL SELECT (``$this`` stands for the page's IRI) and
the columns to show. A column may show the evidence behind its value: the evidence
nodes of the entity in row variable ``entity`` that support one of ``props``
(a CURIE, or ``?var`` to take the property IRI from the row). Adding a table to a
page is adding a Section here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from ..store import Store
from .linked_data import page_url, sparql_iri
from .pages import PREFIX_BLOCK, EvidenceRef, Value, evidence_for, labels_and_names, labels_for, make_value, match_evidence

__all__ = ["Column", "Section", "Cell", "SectionTable", "sections_for", "SECTIONS"]

_CG = "https://w3id.org/councilgraph/ontology#"


@dataclass(frozen=True)
class Column:
    var: str
    header: str
    #: (row variable of the entity whose evidence to show, properties it must support;
    #: empty = evidence about the entity itself or any property)
    evidence: tuple[str, tuple[str, ...]] | None = None
    #: property the value stands for (formats money)
    prop: str | None = None
    #: keep only the evidence whose quote names the resource in this row variable ("this" =
    #: the page's resource); by default the column's own value when the evidence is another's
    match: str | None = None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    query: str
    columns: tuple[Column, ...]
    empty: str = "Nothing recorded."
    #: SPARQL string literals of the entity's names are offered as ``$names`` (for text matches)
    needs_names: bool = False
    #: a SELECT of one variable (``$this`` = the page's IRI) whose results are offered to
    #: ``query`` as ``$expanded`` (a VALUES list); no rows when it finds nothing
    expand: str | None = None
    #: rows agreeing on these variables are shown as one (other values: the first given;
    #: the ``how`` column: all of them)
    merge_on: tuple[str, ...] = ()


@dataclass
class Cell:
    value: Value | None
    evidence: list[EvidenceRef] = field(default_factory=list)
    #: several values in one cell (e.g. line links), shown after ``value``
    values: list[Value] = field(default_factory=list)


@dataclass
class SectionTable:
    section: Section
    rows: list[list[Cell]]

    @property
    def key(self) -> str:
        return self.section.key

    @property
    def title(self) -> str:
        return self.section.title

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.section.columns]


def _expand(curie_text: str) -> str:
    prefix, _, local = curie_text.partition(":")
    from .. import config  # noqa: PLC0415

    return config.PREFIXES[prefix] + local


ATTENDANCE_ROLES = """VALUES (?rel ?role ?order) { (cg:chair "chair" 1) (cg:present "present" 2) (cg:alsoPresent "also present" 3)
  (cg:attendedVirtually "attended virtually" 4) (cg:inAttendance "in attendance" 5) (cg:apologies "apologies" 6) }"""

def _title(var: str) -> str:
    """Labels are looked up after the query (:func:`labels_for`), so nothing is added here."""
    return ""


CONTRACTS = Section(
    "contracts", "Contracts",
    """SELECT DISTINCT ?contract ?role ?value ?annual ?stated ?start ?end ?extended ?decision WHERE {
  { ?contract cg:provider $this BIND("provider" AS ?role) } UNION { ?contract cg:funder $this BIND("funder" AS ?role) }
  OPTIONAL { ?contract cg:valueGBP ?value } OPTIONAL { ?contract cg:annualValueGBP ?annual }
  OPTIONAL { ?contract cg:valueStatement ?stated }
  OPTIONAL { ?contract cg:startDate ?start } OPTIONAL { ?contract cg:endDate ?end }
  OPTIONAL { ?contract cg:extensionEndDate ?extended }
  OPTIONAL { ?contract cg:authorisedBy ?decision . }
} ORDER BY ?start""",
    (
        Column("contract", "Contract", ("contract", ("cg:provider", "cg:funder", "dct:title", ""))),
        Column("role", "Role"),
        Column("value", "Value", ("contract", ("cg:valueGBP",)), "cg:valueGBP"),
        Column("annual", "Annual value", ("contract", ("cg:annualValueGBP",)), "cg:annualValueGBP"),
        Column("stated", "Value as stated", ("contract", ("cg:valueStatement",))),
        Column("start", "Start", ("contract", ("cg:startDate",))),
        Column("end", "End", ("contract", ("cg:endDate",))),
        Column("extended", "Extended to", ("contract", ("cg:extensionEndDate",))),
        Column("decision", "Authorised by", ("contract", ("cg:authorisedBy",))),
    ),
    "No contracts recorded.",
)

#: how a contract (?contract, bound by ``{bind}``) meets a meeting item, and how we know
#: (?how): through the decision authorising it, through a direct link between the item and
#: the contract, or because a fact about the contract was read from the same lines as a fact
#: about the item (a contract described in a minuted item's heading or narrative)
def _considered(bind: str) -> str:
    return f"""
  {{ {bind} ?contract cg:authorisedBy ?decision . ?item cg:decision ?decision . ?meeting cg:agendaItem ?item
     BIND("item about its authorising decision" AS ?how) }}
  UNION {{ {bind} ?contract cg:authorisedBy ?decision . ?decision cg:consideredAt|cg:endorsedAt ?meeting .
           OPTIONAL {{ ?meeting cg:agendaItem ?item . ?item cg:decision ?decision }}
           BIND("its authorising decision was considered" AS ?how) }}
  UNION {{ {bind} ?item ?toContract ?contract . ?item a cg:AgendaItem . ?meeting cg:agendaItem ?item
           BIND("the item names it" AS ?how) }}
  UNION {{ {bind} ?contract ?toItem ?item . ?item a cg:AgendaItem . ?meeting cg:agendaItem ?item
           BIND("it names the item" AS ?how) }}
  UNION {{ {bind} ?contract cg:evidence ?ce . ?ce cg:sourceDocument ?doc ; cg:startLine ?cs ; cg:endLine ?cend .
           ?item a cg:AgendaItem ; cg:evidence ?ie . ?ie cg:sourceDocument ?doc ; cg:startLine ?is ; cg:endLine ?iend .
           FILTER(?cs <= ?iend && ?is <= ?cend) ?meeting cg:agendaItem ?item
           BIND("read from the same lines as the item" AS ?how) }}"""


PROVIDER_MEETINGS = Section(
    "considered", "Where its contracts were considered",
    f"""SELECT DISTINCT ?meeting ?date ?item ?contract ?how WHERE {{
  {_considered("VALUES ?contract { $expanded }")}
  OPTIONAL {{ ?meeting cg:date ?date }}
}} ORDER BY ?date""",
    (
        Column("meeting", "Meeting", ("meeting", ())),
        Column("date", "Date", ("meeting", ("cg:date",))),
        Column("item", "Item", ("item", ())),
        Column("contract", "Contract"),
        Column("how", "How we know"),
    ),
    "No meeting is recorded as considering its contracts.",
    expand="SELECT DISTINCT ?contract WHERE { ?contract cg:provider|cg:funder $this }",
    merge_on=("meeting", "item", "contract"),
)

PROVIDER_PEOPLE = Section(
    "people", "Members and officers involved",
    """SELECT DISTINCT ?person ?role ?decision WHERE {
  { ?contract cg:provider|cg:funder $this ; cg:authorisedBy ?decision . ?decision cg:decisionMaker ?person .
     ?person a cg:Person BIND("decision maker" AS ?role) }
  UNION { ?contract cg:provider|cg:funder $this ; cg:authorisedBy ?decision . ?decision cg:decisionMaker ?post .
           ?post a cg:Post . ?person org:holds ?post BIND("holds the deciding post" AS ?role) }
  UNION { ?contract cg:provider|cg:funder $this ; cg:authorisedBy ?decision . ?report cg:proposes ?decision ;
           cg:reportFrom ?person BIND("report author" AS ?role) }
}""",
    (
        Column("person", "Person", ("person", ())),
        Column("role", "Role"),
        Column("decision", "Decision", ("decision", ("cg:decisionMaker",))),
    ),
    "No decision makers recorded.",
)

MENTIONING_DECLARATIONS = Section(
    "declarations", "Declarations of interest mentioning it",
    """SELECT DISTINCT ?declaration ?text ?declarant ?meeting WHERE {
  ?declaration a cg:InterestDeclaration ; cg:text ?text .
  FILTER(CONTAINS(LCASE(?text), LCASE(?name))) VALUES ?name { $names }
  OPTIONAL { ?declaration cg:declarant ?declarant . }
  OPTIONAL { ?meeting cg:declaration ?declaration . }
}""",
    (
        Column("declarant", "Declarant"),
        Column("text", "Declaration", ("declaration", ())),
        Column("meeting", "Meeting"),
    ),
    "No declarations mention it.",
    needs_names=True,
)

#: computed in Python from the documents' text (see :mod:`.mentions`), not by SPARQL
NAMING_DOCUMENTS = Section(
    "documents", "Documents that name it", "",
    (Column("doc", "Document"), Column("evidence", "Evidence passages"), Column("lines", "Lines naming it")),
    "No document names it.",
    needs_names=True,
)

MEETING_ATTENDANCE = Section(
    "attendance", "Attendance",
    f"""SELECT DISTINCT ?person ?role ?rel ?order WHERE {{ {ATTENDANCE_ROLES}
  $this ?rel ?person . }} ORDER BY ?order""",
    (Column("role", "As"), Column("person", "Person", ("this", ("?rel",)))),
)

MEETING_SUBSTITUTIONS = Section(
    "substitutions", "Substitutes",
    """SELECT DISTINCT ?sub ?substitute ?for WHERE {
  $this cg:substitution ?sub . OPTIONAL { ?sub cg:substitute ?substitute . }
  OPTIONAL { ?sub cg:substituteFor ?for . } }""",
    (Column("substitute", "Substitute", ("sub", ())), Column("for", "For")),
)

MEETING_DECLARATIONS = Section(
    "declarations", "Declarations of interest",
    """SELECT DISTINCT ?declaration ?declarant ?text ?item WHERE {
  $this cg:declaration ?declaration . OPTIONAL { ?declaration cg:text ?text }
  OPTIONAL { ?declaration cg:declarant ?declarant . }
  OPTIONAL { ?declaration cg:aboutItem ?item . } }""",
    (Column("declarant", "Declarant"), Column("text", "Declaration", ("declaration", ())), Column("item", "Item")),
)

MEETING_ITEMS = Section(
    "items", "Items",
    """SELECT DISTINCT ?item ?number ?minute ?resolution ?decision WHERE {
  $this cg:agendaItem ?item .
  OPTIONAL { ?item cg:itemNumber ?number } OPTIONAL { ?item cg:minuteNumber ?minute }
  OPTIONAL { ?item cg:resolution ?resolution }
  OPTIONAL { ?item cg:decision ?decision . }
} ORDER BY xsd:integer(?minute) xsd:integer(?number)""",
    (
        Column("minute", "Minute"),
        Column("number", "Item"),
        Column("item", "Title", ("item", ())),
        Column("resolution", "Resolution", ("item", ("cg:resolution",))),
        Column("decision", "Decision", ("item", ("cg:decision",))),
    ),
)

MEETING_VOTES = Section(
    "votes", "Recorded votes",
    """SELECT DISTINCT ?vote ?item ?for ?against ?abstain WHERE {
  $this cg:agendaItem ?item . ?item cg:vote ?vote .
  OPTIONAL { ?vote cg:forCount ?for } OPTIONAL { ?vote cg:againstCount ?against }
  OPTIONAL { ?vote cg:abstainCount ?abstain } }""",
    (Column("item", "Item"), Column("for", "For", ("vote", ())), Column("against", "Against"), Column("abstain", "Abstained"),
     Column("vote", "Vote")),
)

MEETING_REPORTS = Section(
    "reports", "Reports",
    """SELECT DISTINCT ?report ?from WHERE {
  ?report cg:reportTo $this .
  OPTIONAL { ?report cg:reportFrom ?from . } } """,
    (Column("report", "Report", ("report", ())), Column("from", "From", ("report", ("cg:reportFrom",)))),
)

MEETING_DECISIONS = Section(
    "decisions", "Decisions",
    """SELECT DISTINCT ?decision ?number ?status ?how WHERE {
  { ?decision cg:consideredAt $this BIND("considered" AS ?how) } UNION { ?decision cg:endorsedAt $this BIND("endorsed" AS ?how) }
  OPTIONAL { ?decision cg:decisionNumber ?number } OPTIONAL { ?decision cg:status ?status }
} ORDER BY ?number""",
    (Column("number", "Number"), Column("decision", "Decision", ("decision", ())), Column("how", "At this meeting"),
     Column("status", "Status", ("decision", ("cg:status",)))),
)

PERSON_POSTS = Section(
    "posts", "Posts held",
    """SELECT DISTINCT ?holding ?post ?asOf ?start ?end WHERE {
  { ?holding cg:holder $this ; cg:post ?post . OPTIONAL { ?holding cg:asOf ?asOf }
     OPTIONAL { ?holding cg:startDate ?start } OPTIONAL { ?holding cg:endDate ?end } }
  UNION { $this org:holds ?post FILTER NOT EXISTS { ?h cg:holder $this ; cg:post ?post } }
  } ORDER BY ?asOf""",
    (Column("post", "Post", ("holding", ())), Column("asOf", "As of"), Column("start", "From"), Column("end", "To")),
)

PERSON_MEMBERSHIPS = Section(
    "memberships", "Committee and party memberships",
    """SELECT DISTINCT ?membership ?org ?role ?asOf WHERE {
  ?membership org:member $this ; org:organization ?org .
  OPTIONAL { ?membership org:role ?r . OPTIONAL { ?r rdfs:label ?rl } BIND(COALESCE(?rl, ?r) AS ?role) }
  OPTIONAL { ?membership cg:asOf ?asOf } } ORDER BY ?asOf""",
    (Column("org", "Of", ("membership", ())), Column("role", "Role"), Column("asOf", "As of")),
)

PERSON_MEETINGS = Section(
    "meetings", "Meetings",
    f"""SELECT DISTINCT ?meeting ?date ?role ?rel ?order WHERE {{ {ATTENDANCE_ROLES}
  ?meeting ?rel $this . OPTIONAL {{ ?meeting cg:date ?date }} }} ORDER BY ?date ?order""",
    (Column("date", "Date"), Column("meeting", "Meeting", ("meeting", ("?rel",)), match="this"), Column("role", "As")),
)

PERSON_DECLARATIONS = Section(
    "declarations", "Declarations of interest",
    """SELECT DISTINCT ?declaration ?text ?meeting WHERE {
  ?declaration cg:declarant $this . OPTIONAL { ?declaration cg:text ?text }
  OPTIONAL { ?meeting cg:declaration ?declaration . } }""",
    (Column("meeting", "Meeting"), Column("text", "Declaration", ("declaration", ()))),
)

PERSON_REPORTS = Section(
    "reports", "Reports authored",
    """SELECT DISTINCT ?report ?meeting WHERE {
  ?report cg:reportFrom $this .
  OPTIONAL { ?report cg:reportTo ?meeting . } } """,
    (Column("report", "Report", ("report", ("cg:reportFrom",))), Column("meeting", "To")),
)

PERSON_DECISIONS = Section(
    "decisions", "Decisions made",
    """SELECT DISTINCT ?decision ?number ?status ?date WHERE {
  { ?decision cg:decisionMaker $this } UNION { $this org:holds ?post . ?decision cg:decisionMaker ?post }
  OPTIONAL { ?decision cg:decisionNumber ?number }
  OPTIONAL { ?decision cg:status ?status } OPTIONAL { ?decision cg:date ?date } } ORDER BY ?number""",
    (Column("number", "Number"), Column("decision", "Decision", ("decision", ("cg:decisionMaker",))),
     Column("status", "Status"), Column("date", "Date")),
)

PERSON_VOTES = Section(
    "votes", "Named votes",
    """SELECT DISTINCT ?vote ?how ?item WHERE {
  { ?vote cg:votedFor $this BIND("for" AS ?how) } UNION { ?vote cg:votedAgainst $this BIND("against" AS ?how) }
  UNION { ?vote cg:abstained $this BIND("abstained" AS ?how) }
  OPTIONAL { ?item cg:vote ?vote . } }""",
    (Column("item", "Item", ("vote", ())), Column("how", "Voted")),
)

COMMITTEE_MEMBERS = Section(
    "members", "Members by party",
    """SELECT DISTINCT ?membership ?person ?party ?role ?asOf WHERE {
  ?membership org:organization $this ; org:member ?person .
  OPTIONAL { ?membership org:role ?r . OPTIONAL { ?r rdfs:label ?rl } BIND(COALESCE(?rl, ?r) AS ?role) }
  OPTIONAL { ?membership cg:asOf ?asOf }
  OPTIONAL { ?person cg:party ?party . }
} ORDER BY ?asOf""",
    (Column("party", "Party"), Column("person", "Member", ("membership", ("org:member", "org:organization", "org:role")),),
     Column("role", "Role"), Column("asOf", "As of")),
)

COMMITTEE_MEETINGS = Section(
    "meetings", "Meetings",
    """SELECT DISTINCT ?meeting ?date ?status WHERE {
  ?meeting cg:committee $this .
  OPTIONAL { ?meeting cg:date ?date } OPTIONAL { ?meeting cg:status ?status } } ORDER BY ?date""",
    (Column("date", "Date", ("meeting", ("cg:date",))), Column("meeting", "Meeting", ("meeting", ("cg:committee",))),
     Column("status", "Status")),
)

COUNCIL_COMMITTEES = Section(
    "committees", "Committees",
    """SELECT DISTINCT ?committee WHERE { ?committee org:unitOf $this . }
""",
    (Column("committee", "Committee", ("committee", ())),),
)

COUNCIL_CONTRACTS = Section(
    "contracts", "Contracts awarded",
    """SELECT DISTINCT ?contract ?provider ?value WHERE {
  ?contract cg:awardedBy $this .
  OPTIONAL { ?contract cg:provider ?provider . }
  OPTIONAL { ?contract cg:valueGBP ?value } } """,
    (Column("contract", "Contract", ("contract", ())), Column("provider", "Provider"),
     Column("value", "Value", ("contract", ("cg:valueGBP",)), "cg:valueGBP")),
)

CONTRACT_CONSIDERED = Section(
    "considered", "Where it was considered",
    f"""SELECT DISTINCT ?meeting ?date ?item ?decision ?how WHERE {{
  {_considered("BIND($this AS ?contract)")}
  OPTIONAL {{ ?meeting cg:date ?date }}
}} ORDER BY ?date""",
    (Column("meeting", "Meeting", ("meeting", ())), Column("date", "Date"), Column("item", "Item", ("item", ())),
     Column("decision", "Decision"), Column("how", "How we know")),
    merge_on=("meeting", "item"),
)

DECISION_CONTRACTS = Section(
    "contracts", "Contracts it authorises",
    """SELECT DISTINCT ?contract ?provider ?value WHERE {
  ?contract cg:authorisedBy $this .
  OPTIONAL { ?contract cg:provider ?provider . }
  OPTIONAL { ?contract cg:valueGBP ?value } }""",
    (Column("contract", "Contract", ("contract", ("cg:authorisedBy", ""))), Column("provider", "Provider", ("contract", ("cg:provider",))),
     Column("value", "Value", ("contract", ("cg:valueGBP",)), "cg:valueGBP")),
)

DECISION_ITEMS = Section(
    "items", "Meeting items about it",
    """SELECT DISTINCT ?item ?meeting ?date WHERE {
  ?item cg:decision $this . OPTIONAL { ?meeting cg:agendaItem ?item . OPTIONAL { ?meeting cg:date ?date } }
  } ORDER BY ?date""",
    (Column("date", "Date"), Column("meeting", "Meeting"), Column("item", "Item", ("item", ("cg:decision", "")))),
)

DECISION_REPORTS = Section(
    "reports", "Reports proposing it",
    """SELECT DISTINCT ?report ?from WHERE {
  ?report cg:proposes $this . OPTIONAL { ?report cg:reportFrom ?from . } }""",
    (Column("report", "Report", ("report", ("cg:proposes", ""))), Column("from", "From")),
)

ITEM_DECLARATIONS = Section(
    "declarations", "Declarations about this item",
    """SELECT DISTINCT ?declaration ?declarant ?text WHERE {
  ?declaration cg:aboutItem $this . OPTIONAL { ?declaration cg:text ?text }
  OPTIONAL { ?declaration cg:declarant ?declarant . } }""",
    (Column("declarant", "Declarant"), Column("text", "Declaration", ("declaration", ()))),
)

POST_HOLDERS = Section(
    "holders", "Holders",
    """SELECT DISTINCT ?holding ?person ?asOf WHERE {
  { ?holding cg:post $this ; cg:holder ?person . OPTIONAL { ?holding cg:asOf ?asOf } }
  UNION { ?person org:holds $this } } ORDER BY ?asOf""",
    (Column("person", "Holder", ("holding", ())), Column("asOf", "As of")),
)

PARTY_MEMBERS = Section(
    "members", "Members",
    """SELECT DISTINCT ?person WHERE { ?person cg:party $this . } """,
    (Column("person", "Member", ("person", ("cg:party",))),),
)

SECTIONS: dict[str, tuple[Section, ...]] = {
    "provider": (CONTRACTS, PROVIDER_MEETINGS, PROVIDER_PEOPLE, MENTIONING_DECLARATIONS, NAMING_DOCUMENTS),
    "organisation": (CONTRACTS, PROVIDER_MEETINGS, PROVIDER_PEOPLE, MENTIONING_DECLARATIONS, NAMING_DOCUMENTS),
    "council": (COUNCIL_COMMITTEES, COUNCIL_CONTRACTS),
    "committee": (COMMITTEE_MEMBERS, COMMITTEE_MEETINGS),
    "meeting": (MEETING_ATTENDANCE, MEETING_SUBSTITUTIONS, MEETING_DECLARATIONS, MEETING_ITEMS, MEETING_VOTES,
                MEETING_REPORTS, MEETING_DECISIONS),
    "person": (PERSON_POSTS, PERSON_MEMBERSHIPS, PERSON_MEETINGS, PERSON_DECLARATIONS, PERSON_REPORTS,
               PERSON_DECISIONS, PERSON_VOTES),
    "contract": (CONTRACT_CONSIDERED,),
    "decision": (DECISION_CONTRACTS, DECISION_ITEMS, DECISION_REPORTS),
    "item": (ITEM_DECLARATIONS,),
    "post": (POST_HOLDERS,),
    "party": (PARTY_MEMBERS,),
}


def _string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\r", " ") + '"'


def _run(store: Store, section: Section, iri: str, names: list[str]) -> SectionTable:
    if section is NAMING_DOCUMENTS:
        return _naming_documents(store, iri, names)
    query = section.query.replace("$this", sparql_iri(iri))
    if section.expand:
        found = store.select(PREFIX_BLOCK + section.expand.replace("$this", sparql_iri(iri)))
        terms = sorted({sparql_iri(str(t)) for r in found for t in r.values() if isinstance(t, URIRef)})
        if not terms:
            return SectionTable(section, [])
        query = query.replace("$expanded", " ".join(terms))
    if section.needs_names:
        usable = [n for n in names if len(n.strip()) >= 4]
        if not usable:
            return SectionTable(section, [])
        query = query.replace("$names", " ".join(_string_literal(n) for n in usable))
    rows = store.select(PREFIX_BLOCK + query)
    # the evidence of the entities the columns point at: one lookup per entity variable,
    # narrowed to the properties the columns show when they all name concrete ones
    by_var: dict[str, set[str] | None] = {}
    for col in section.columns:
        if col.evidence:
            var, props = col.evidence
            concrete = props and all(p and not p.startswith("?") for p in props)
            if var in by_var and (by_var[var] is None or not concrete):
                by_var[var] = None
            elif concrete:
                by_var[var] = (by_var.get(var) or set()) | {_expand(p) for p in props}
            else:
                by_var[var] = None
    evidence: dict[str, list[EvidenceRef]] = {}
    for var, props in by_var.items():
        subjects = {str(r[var]) for r in rows if isinstance(r.get(var), URIRef)} | ({iri} if var == "this" else set())
        for subject, evs in evidence_for(store, subjects - set(evidence), props).items():
            evidence[subject] = evs
    row_iris = {str(t) for r in rows for t in r.values() if isinstance(t, URIRef)}
    labels, names = labels_and_names(store, row_iris | {iri})
    if section.merge_on:
        rows = _merge(rows, section.merge_on)
    table = []
    seen = set()
    for r in rows:
        r = dict(r)
        r["this"] = URIRef(iri)
        cells = []
        for col in section.columns:
            term = r.get(col.var)
            prop = _expand(col.prop) if col.prop else None
            value = None
            if term is not None:
                label = labels.get(str(term)) if isinstance(term, URIRef) else None
                value = make_value(term, label, prop)
            evs = _cell_evidence(col, r, evidence)
            match = col.match or (col.var if col.evidence and col.evidence[0] != col.var else None)
            if evs and match and isinstance(r.get(match), URIRef):
                evs = match_evidence(evs, names.get(str(r[match]), set()))
            cells.append(Cell(value, evs))
        key = tuple((c.value.raw if c.value else None) for c in cells)
        if key in seen:
            continue
        seen.add(key)
        table.append(cells)
    return SectionTable(section, table)


def _merge(rows: list[dict], on: tuple[str, ...]) -> list[dict]:
    """One row per value of ``on``: the first value given for each variable, every ``how``."""
    merged: dict[tuple, dict] = {}
    for r in rows:
        key = tuple(str(r.get(v)) for v in on)
        into = merged.get(key)
        if into is None:
            merged[key] = dict(r)
            continue
        for var, term in r.items():
            if var == "how":
                hows = str(into.get("how", "")).split("; ")
                if str(term) not in hows:
                    into["how"] = Literal("; ".join([h for h in hows if h] + [str(term)]))
            else:
                into.setdefault(var, term)
    return list(merged.values())


def _cell_evidence(col: Column, row: dict, evidence: dict[str, list[EvidenceRef]]) -> list[EvidenceRef]:
    if not col.evidence:
        return []
    var, props = col.evidence
    subject = row.get(var)
    if not isinstance(subject, URIRef):
        return []
    evs = evidence.get(str(subject), [])
    if not props:
        own = [e for e in evs if not e.properties]
        return own or evs[:3]
    wanted = set()
    for p in props:
        if p.startswith("?"):
            if row.get(p[1:]) is not None:
                wanted.add(str(row[p[1:]]))
        elif p:
            wanted.add(_expand(p))
    return [e for e in evs if e.properties & wanted or ("" in props and not e.properties)]


def _naming_documents(store: Store, iri: str, names: list[str]) -> SectionTable:
    """Documents with evidence about ``iri`` or whose text names it, with the lines that do."""
    from .mentions import mentions_for  # noqa: PLC0415

    counts = {str(r["doc"]): int(r["n"]) for r in store.select(PREFIX_BLOCK + f"""
SELECT ?doc (COUNT(DISTINCT ?ev) AS ?n) WHERE {{
  {{ {sparql_iri(iri)} cg:evidence ?ev }} UNION {{ ?x ?p {sparql_iri(iri)} . ?x cg:evidence ?ev . ?ev cg:evidenceProperty ?p }}
  ?ev cg:sourceDocument ?doc }} GROUP BY ?doc""")}
    lines = mentions_for(store, [n for n in names if len(n.strip()) >= 4])
    labels = labels_for(store, set(counts) | set(lines))
    rows = []
    for doc in sorted(set(counts) | set(lines), key=lambda d: labels.get(d, d)):
        found = lines.get(doc, [])
        shown = [Value(f"L{n}", f"{page_url(doc) or doc}#L{n}-L{n}") for n in found[:12]]
        more = [Value(f"+{len(found) - 12} more")] if len(found) > 12 else []
        rows.append([
            Cell(make_value(URIRef(doc), labels.get(doc))),
            Cell(Value(str(counts.get(doc, 0)))),
            Cell(None, values=shown + more),
        ])
    return SectionTable(NAMING_DOCUMENTS, rows)


def sections_for(store: Store, kind: str, iri: str, names: list[str]) -> list[SectionTable]:
    """The kind-specific tables of the page of ``iri`` (``names``: its label and alt labels)."""
    return [_run(store, s, iri, names) for s in SECTIONS.get(kind, ())]

