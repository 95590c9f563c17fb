"""Realistic synthetic CouncilGraph data, at any size, through the project's own RDF mapping.

    .venv/bin/python benchmarks/generate.py --triples 1000000 --seed 1 --out var/bench/1m.nq

Each synthetic document is one committee meeting's papers (agenda, minutes,
reports, decision sheets) of one council: the meeting with who was present,
sent apologies, attended, substituted and declared interests; its agenda items
with resolutions and recorded votes; reports with their authors, summaries and
the decisions they propose; decisions with numbers, makers and status;
contracts with providers, values and terms; memberships, posts and post
holdings. The mix per document follows the bundled agenda packs (per ~3,500
triples: ~6 meetings' worth of items, ~25 people, ~20 post holdings, ~15
memberships, ~13 organisations, ~7 reports and decisions, ~4 contracts, about
500 evidence records; evidence is ~70 % of all triples).

Every value is built as a :class:`~councilgraph.loaders.records.Entity` with
:class:`~councilgraph.loaders.records.Evidence` pointing at a numbered line of
the synthetic document text (the quote IS that line, so every evidence link
is true), then mapped by :func:`councilgraph.rdf.mapping.to_triples`: same
IRIs, same shapes as loaded documents; one named graph per document (graph
IRI = document IRI). People, posts, parties, organisations and committees
recur across documents, so the union graph joins up like real data.

Output is N-Quads, written document by document (never more than one
document's triples in memory), and deterministic for a given ``--seed``
(each document draws from its own ``Random(f"{seed}:{index}")``).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from councilgraph.loaders.records import Entity, Evidence, Ref

from councilgraph.rdf.iris import document_iri, slug
from councilgraph.rdf.mapping import to_triples

__all__ = ["SyntheticDocument", "generate", "main", "synthetic_document"]

# --- vocabularies of names ---------------------------------------------------
COUNCIL_PLACES = [
    "Kent", "Essex", "Surrey", "Norfolk", "Suffolk", "Devon", "Cornwall", "Somerset", "Dorset", "Hampshire",
    "Lancashire", "Cumbria", "Durham", "Derbyshire", "Nottinghamshire", "Leicestershire", "Lincolnshire",
    "Cambridgeshire", "Hertfordshire", "Oxfordshire", "Gloucestershire", "Wiltshire", "Staffordshire",
    "Warwickshire", "Worcestershire", "Northamptonshire", "Buckinghamshire", "West Sussex", "East Sussex",
    "North Yorkshire",
]
COMMITTEES = [
    "Adult Social Care Cabinet Committee", "Children's, Young People and Education Cabinet Committee",
    "Environment and Transport Cabinet Committee", "Growth, Economic Development and Communities Cabinet Committee",
    "Health Reform and Public Health Cabinet Committee", "Policy and Resources Cabinet Committee",
    "Scrutiny Committee", "Governance and Audit Committee", "Planning Applications Committee",
    "Regulation Committee", "Pension Fund Committee", "Health Overview and Scrutiny Committee",
]
FIRST = ["Alan", "Clair", "Richard", "Simon", "Nigel", "Dirk", "Ida", "Karen", "Jenny", "Paul", "Ben", "Sarah",
         "Andrew", "Helen", "Mark", "Rosalind", "Trudy", "David", "Emma", "Lesley", "Peter", "Chris", "Jane", "Gary",
         "Antony", "Mike", "Rachel", "Shellina", "Dan", "Linda", "Ann", "Roger", "Sue", "Tom", "Ruth", "Ian"]
SURNAMES = ["Bell", "Smith", "Webb", "Collor", "Ross", "Linfield", "Meade", "Streatfeild", "Campkin", "Grehan",
            "Homewood", "Watts", "Wright", "Weatherhead", "Chandler", "Dendor", "Kennedy", "Hook", "Brady", "Cooke",
            "Oakford", "Sandhu", "Chittenden", "Jordan", "Fitter-Harding", "Gibbens", "Holden", "Prendergast",
            "Ozog", "Sole", "Marsh", "Carter", "Hills", "Mackonochie", "Rayner", "Whybrow", "Lehmann", "Maxwell",
            "Hamilton", "Bird", "Barrington-King", "Clinch", "Hood", "Manion", "Dance", "Payne", "Crow-Brown",
            "Murphy", "Thomas", "Patel", "Jones", "Evans", "Harrison", "Scholes", "McInroy", "Baldock", "Love"]
TITLES = [("Mr", "m"), ("Mrs", "f"), ("Ms", "f"), ("Miss", "f"), ("Dr", "x")]
PARTIES = ["Conservative", "Labour", "Liberal Democrat", "Green and Independent", "Independent", "Reform UK"]
OFFICER_POSTS = [
    "Corporate Director of Adult Social Care and Health", "Director of Adult Social Care and Health Operations",
    "Director of Public Health", "General Counsel", "Head of Democratic Services", "Democratic Services Officer",
    "Director of Commissioning", "Assistant Director for Integrated Commissioning", "Head of Finance",
    "Corporate Director of Finance", "Director of Strategic Commissioning", "Senior Commissioner",
]
MEMBER_POSTS = [
    "Cabinet Member for Adult Social Care and Public Health", "Cabinet Member for Children, Young People and Education",
    "Cabinet Member for Environment", "Cabinet Member for Highways and Transport", "Deputy Leader", "Leader of the Council",
    "Cabinet Member for Finance, Corporate and Traded Services", "Cabinet Member for Community and Regulatory Services",
]
ITEM_TITLES = [
    "Apologies and Substitutes", "Declarations of Interest by Members in items on the Agenda", "Minutes of the previous meeting",
    "Verbal Updates by Cabinet Member and Corporate Director", "Performance Dashboard", "Work Programme",
    "Risk Management", "Annual Complaints Report", "Safeguarding Adults Annual Report", "Revenue and Capital Budget Monitoring",
    "Commissioning Plan", "Market Position Statement", "Home Care Services Recommissioning", "Carers' Short Breaks",
    "Community Based Wellbeing Services", "Discharge Pathway Services Procurement", "Supported Living Framework",
    "Technology Enabled Care", "Mental Health Services Partnership", "Draft Revenue Budget and Medium Term Financial Plan",
]
ORG_KINDS = [("Company", "Ltd"), ("Company", "Limited"), ("Charity", "Trust"), ("Charity", "Foundation"),
             ("NHSBody", "NHS Foundation Trust"), ("NHSBody", "Integrated Care Board"), ("PublicBody", "Borough Council")]
ORG_STEMS = ["Kara", "Porchlight", "Carers Support", "Age UK", "Medway", "Invicta", "Headway", "Shaw", "Cera Care",
             "Home Group", "Look Ahead", "Choices", "Centra", "Connected Care", "Hilton", "Blue Bird", "Mears", "Leonard Cheshire",
             "MCCH", "Avenues", "Optivo", "Sanctuary", "Turning Point", "Forward Trust", "Mind", "Healthwatch", "Alzheimer's Society"]
ROUTES = ["direct award", "open tender", "dynamic purchasing system", "framework call-off", "competitive tender"]
TERMS = ["initial two-year contract with two one-year extensions", "three years with an option to extend by two years",
         "five years", "initial term of four years plus up to three years", "one year"]
VENUES = ["Council Chamber, Sessions House, County Hall", "Darent Room, Sessions House", "Online", "Committee Room 2, County Hall"]
FILLER = ["The", "report", "sets", "out", "the", "background", "to", "the", "proposals", "and", "the", "options", "considered,", "the", "financial", "and", "legal", "implications,", "the", "equalities", "impact", "assessment", "and", "the", "recommendations", "to", "the", "Committee."]


@dataclass
class SyntheticDocument:
    """The numbered text of one synthetic document, growing as evidence is taken from it."""

    document_id: str
    lines: list[str] = field(default_factory=list)

    def say(self, text: str) -> Evidence:
        """Append ``text`` as a new line; the evidence quotes exactly that line."""
        self.lines.append(text)
        n = len(self.lines)
        return Evidence(self.document_id, n, n, text)

    def prose(self, rng: random.Random, lines: int) -> None:
        """Filler paragraphs, as reports have between the facts."""
        for _ in range(lines):
            self.lines.append(" ".join(rng.choice(FILLER) for _ in range(rng.randint(8, 16))))

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class _World:
    """Everything that recurs across documents, derived from the seed alone."""

    def __init__(self, seed: int, councils: int) -> None:
        self.seed = seed
        self.councils = [f"{COUNCIL_PLACES[i % len(COUNCIL_PLACES)]}{'' if i < len(COUNCIL_PLACES) else f' {i // len(COUNCIL_PLACES) + 1}'} County Council"
                         for i in range(councils)]

    @staticmethod
    def person(council_index: int, n: int, officer: bool) -> tuple[str, str, str, str, str]:
        """(title, initial, first name, surname, gender) of person n of a council."""
        rnd = random.Random(f"person:{council_index}:{officer}:{n}")
        title, gender = rnd.choice(TITLES)
        first = rnd.choice(FIRST)
        surname = rnd.choice(SURNAMES) + ("" if n < len(SURNAMES) else f"-{slug(COUNCIL_PLACES[council_index % len(COUNCIL_PLACES)]).title()}{n}")
        return title, first[0], first, surname, gender


def _council(name: str) -> Ref:
    return Ref("Council", (slug(name),))


def _person_ref(surname: str, initial: str, gender: str) -> Ref:
    return Ref("Person", (f"{initial.lower()}-{slug(surname)}", gender))


def synthetic_document(world: _World, index: int) -> tuple[str, list[Entity]]:
    """The document id and entities of synthetic document ``index``."""
    rng = random.Random(f"{world.seed}:{index}")
    council_index = index % len(world.councils)
    council_name = world.councils[council_index]
    per_council = index // len(world.councils)
    committee_name = COMMITTEES[per_council % len(COMMITTEES)]
    meeting_date = date(2012, 1, 10) + timedelta(days=7 * (per_council // len(COMMITTEES)) + rng.randint(0, 4))
    doc_id = f"synthetic-{index:07d}-{hashlib.sha1(f'{world.seed}:{index}'.encode()).hexdigest()[:8]}"
    doc = SyntheticDocument(doc_id)
    entities: list[Entity] = []

    def new(schema: str, key: tuple[str, ...], ev: Evidence | None = None) -> Entity:
        e = Entity(schema, key)
        if ev is not None:
            e.add_source(ev)
        entities.append(e)
        return e

    council = new("Council", _council(council_name).key, doc.say(council_name))
    council.add("rdfs:label", council_name, doc.say(council_name))
    ck = (slug(council_name), slug(committee_name))
    committee = new("Committee", ck, doc.say(committee_name))
    committee.add("rdfs:label", committee_name, doc.say(f"{committee_name} of {council_name}"))
    committee.add("org:unitOf", council.ref)
    meeting_key = (*ck, meeting_date.isoformat())
    heading = doc.say(f"MINUTES of a meeting of the {committee_name} held on {meeting_date:%A, %d %B %Y}")
    meeting = new("Meeting", meeting_key, heading)
    meeting.add("cg:committee", committee.ref, heading)
    meeting.add("cg:date", meeting_date, heading)
    meeting.add("cg:status", "held", heading)
    venue = rng.choice(VENUES)
    ev = doc.say(f"at 10.00 am in the {venue}")
    meeting.add("cg:venue", venue, ev)
    meeting.add("cg:startTime", dtime(10, 0), ev)

    # --- people ---------------------------------------------------------------------
    def person(n: int, officer: bool, ev: Evidence) -> Ref:
        title, initial, first, surname, gender = world.person(council_index, n, officer)
        ref = _person_ref(surname, initial, gender)
        p = new("Person", ref.key, ev)
        p.add("rdfs:label", f"{first} {surname}" if officer else f"{title} {initial} {surname}", ev)
        if not officer:
            p.add("foaf:title", title, ev)
            p.add("skos:altLabel", f"{title} {surname}", ev)
            party = PARTIES[random.Random(f"party:{council_index}:{n}").randrange(len(PARTIES))]
            p.add("cg:party", Ref("PoliticalParty", (slug(party),)), ev)
        return ref

    members = rng.sample(range(60), k=rng.randint(11, 15))
    officers = rng.sample(range(25), k=rng.randint(3, 6))
    present: list[Ref] = []
    for role_index, n in enumerate(members):
        title, initial, _, surname, _ = world.person(council_index, n, False)
        role = "Chairman" if role_index == 0 else ("Vice-Chairman" if role_index == 1 else "Member")
        line = f"{title} {initial} {surname}" + (f" ({role})" if role != "Member" else "")
        ev = doc.say(line)
        ref = person(n, False, ev)
        if role_index < len(members) - 2:
            meeting.add("cg:present", ref, ev)
            present.append(ref)
        else:
            meeting.add("cg:apologies", ref, doc.say(f"Apologies for absence were received from {title} {surname}."))
        if role == "Chairman":
            meeting.add("cg:chair", ref, ev)
        membership = new("Membership", (*ck, meeting_date.isoformat(), slug(line.split(" (")[0])), ev)
        membership.add("org:member", ref, ev)
        membership.add("org:organization", committee.ref, ev)
        membership.add("org:role", role, ev)
        membership.add("cg:asOf", meeting_date, ev)
        party = PARTIES[random.Random(f"party:{council_index}:{n}").randrange(len(PARTIES))]
        party_entity = new("PoliticalParty", (slug(party),), ev)
        party_entity.add("rdfs:label", party, ev)
    attending: list[Ref] = []
    for n in officers:
        post_label = OFFICER_POSTS[n % len(OFFICER_POSTS)]
        _, _, first, surname, _ = world.person(council_index, n, True)
        ev = doc.say(f"{first} {surname} ({post_label})")
        ref = person(n, True, ev)
        meeting.add("cg:inAttendance", ref, ev)
        attending.append(ref)
        _post_holding(new, council, ref, post_label, first, surname, meeting_date, ev)
    cabinet_member = members[0] % len(MEMBER_POSTS)
    title, initial, first, surname, _ = world.person(council_index, 60 + cabinet_member, False)
    ev = doc.say(f"ALSO PRESENT: {title} {initial} {surname}, {MEMBER_POSTS[cabinet_member]}")
    cm_ref = person(60 + cabinet_member, False, ev)
    meeting.add("cg:alsoPresent", cm_ref, ev)
    cm_post = _post_holding(new, council, cm_ref, MEMBER_POSTS[cabinet_member], first, surname, meeting_date, ev)
    if rng.random() < 0.25 and len(present) > 2:
        ev = doc.say("attended virtually")
        meeting.add("cg:attendedVirtually", rng.choice(present), ev)

    # --- substitution and declarations -----------------------------------------------
    if rng.random() < 0.3:
        sub_n, for_n = rng.sample(range(60, 90), 2)
        t1, i1, _, s1, _ = world.person(council_index, sub_n, False)
        t2, i2, _, s2, _ = world.person(council_index, for_n, False)
        ev = doc.say(f"{t1} {i1} {s1} was present as a substitute for {t2} {i2} {s2}.")
        sub = new("Substitution", (*meeting_key, slug(s1)), ev)
        sub.add("cg:substitute", person(sub_n, False, ev), ev)
        sub.add("cg:substituteFor", person(for_n, False, ev), ev)
        meeting.add("cg:substitution", sub.ref, ev)

    # --- agenda items, reports, decisions, contracts, votes ---------------------------
    items = rng.randint(9, 15)
    titles = ITEM_TITLES[:3] + rng.sample(ITEM_TITLES[3:], k=min(items - 3, len(ITEM_TITLES) - 3))
    minute_base = rng.randint(1, 200)
    item_refs: list[Ref] = []
    for number, title in enumerate(titles, start=1):
        ev = doc.say(f"{number}. {title}")
        item = new("AgendaItem", (*meeting_key, str(number)), ev)
        item.add("cg:itemNumber", str(number), ev)
        item.add("cg:minuteNumber", str(minute_base + number), ev)
        item.add("dct:title", title, ev)
        meeting.add("cg:agendaItem", item.ref, ev)
        item_refs.append(item.ref)
        if rng.random() < 0.3 and attending:
            e2 = doc.say(f"Officers in attendance for this item: {title}")
            new("Person", rng.choice(attending).key).add("cg:attendedItem", item.ref, e2)
        if number > 3:
            doc.prose(rng, rng.randint(4, 12))
            resolution = f"RESOLVED that the {title} be noted."
            item.add("cg:resolution", resolution, doc.say(resolution))
        if number > 3 and rng.random() < 0.5:
            _report_and_decision(new, doc, rng, council, meeting, item, cm_post, cm_ref, attending, title, meeting_date,
                                 index * 16 + number)
        if number > 3 and rng.random() < 0.04:
            ev = doc.say(f"The Chairman put the recommendation to the vote: For {len(present) - 3}, Against 1, Abstain 2")
            vote = new("Vote", (*meeting_key, str(number), "vote"), ev)
            vote.add("cg:forCount", len(present) - 3, ev)
            vote.add("cg:againstCount", 1, ev)
            vote.add("cg:abstainCount", 2, ev)
            for ref in present[-2:]:
                vote.add("cg:abstained", ref, ev)
            vote.add("cg:aboutItem", item.ref, ev)
            item.add("cg:vote", vote.ref, ev)
    if rng.random() < 0.35 and present:
        who = rng.choice(present)
        ev = doc.say(f"{who.key[0]} declared an interest as a trustee of a local charity.")
        decl = new("InterestDeclaration", (*meeting_key, who.key[0], "1"), ev)
        decl.add("cg:declarant", who, ev)
        decl.add("cg:text", ev.quote, ev)
        decl.add("cg:aboutItem", rng.choice(item_refs), ev)
        meeting.add("cg:declaration", decl.ref, ev)

    source = new("SourceDocument", (doc_id,))
    file_name = f"{doc_id}.txt"
    source.add("rdfs:label", file_name)
    source.add("cg:fileName", file_name)
    text = doc.text
    source.add("cg:sha256", hashlib.sha256(text.encode()).hexdigest())
    source.add("cg:lineCount", len(doc.lines))
    source.add("dct:format", "text/plain")
    source.add("cg:text", text)
    source.add("cg:documentKind", "minutes")
    return doc_id, entities


def _post_holding(new, council: Entity, person: Ref, label: str, first: str, surname: str, as_of: date, ev: Evidence) -> Ref:
    post = new("Post", (*council.key, slug(label)), ev)
    post.add("rdfs:label", label, ev)
    post.add("org:postIn", council.ref, ev)
    holding = new("PostHolding", (*council.key, slug(label), slug(f"{first} {surname}"), as_of.isoformat()), ev)
    holding.add("cg:post", post.ref, ev)
    holding.add("cg:holder", person, ev)
    holding.add("cg:asOf", as_of, ev)
    new("Person", person.key).add("org:holds", post.ref, ev)
    return post.ref


def _report_and_decision(new, doc, rng, council, meeting, item, post: Ref, author: Ref, officers, title, when: date, serial: int) -> None:
    """A report to the meeting proposing a decision (unique ``serial``), and often a contract it awards."""
    ev = doc.say(f"Subject: {title}")
    report = new("Report", (*meeting.key[-2:], slug(title)), ev)
    report.add("dct:title", title, ev)
    report.add("cg:reportTo", meeting.ref, doc.say(f"To: {meeting.key[1].replace('-', ' ').title()} - {when:%d %B %Y}"))
    report.add("cg:reportFrom", author, doc.say("From: Cabinet Member"))
    if officers:
        report.add("cg:reportFrom", rng.choice(officers), doc.say("Corporate Director"))
    report.add("cg:classification", "Unrestricted", doc.say("Classification: Unrestricted"))
    summary = f"Summary: This report sets out the proposals for {title.lower()}."
    report.add("cg:summary", summary, doc.say(summary))
    recommendation = f"Recommendation: The Committee is asked to consider and endorse the proposed decision on {title.lower()}."
    report.add("cg:recommendation", recommendation, doc.say(recommendation))
    doc.prose(rng, rng.randint(10, 30))
    year = when.year % 100
    number = f"{year:02d}/{serial % 100000:05d}"
    ev = doc.say(f"Decision Number: {number}")
    decision = new("Decision", (slug(number),), ev)
    decision.add("cg:decisionNumber", number, ev)
    decision.add("dct:title", title, ev)
    key = rng.random() < 0.6
    decision.add("cg:keyDecision", key, doc.say("Key decision" if key else "Non-key decision"))
    status = rng.choice(["proposed", "endorsed", "taken"])
    decision.add("cg:status", status, ev)
    decision.add("cg:consideredAt", meeting.ref, ev)
    decision.add("cg:decisionMaker", post, doc.say("Decision maker: Cabinet Member"))
    if status == "endorsed":
        decision.add("cg:endorsedAt", meeting.ref, ev)
    if status == "taken":
        decision.add("cg:date", when + timedelta(days=rng.randint(3, 30)), doc.say(f"Date of decision: {when:%d %B %Y}"))
        reasons = f"Reasons: to secure {title.lower()} services from the contract end date."
        decision.add("cg:reasons", reasons, doc.say(reasons))
    report.add("cg:proposes", decision.ref, ev)
    item.add("cg:decision", decision.ref, ev)
    # contracts: about half the decisions award or extend one
    if rng.random() < 0.55:
        kind, suffix = rng.choice(ORG_KINDS)
        stem = rng.choice(ORG_STEMS)
        org_name = f"{stem} {suffix}"
        ev = doc.say(f"to award the contract to {org_name}")
        org = new("Organisation", (slug(org_name),), ev)
        org.add("rdfs:label", org_name, ev)
        org.types |= {kind, "Provider"}
        contract_title = f"{title} Contract"
        contract = new("Contract", (slug(number), slug(contract_title)), ev)
        contract.add("dct:title", contract_title, ev)
        contract.add("cg:provider", org.ref, ev)
        contract.add("cg:awardedBy", council.ref, ev)
        contract.add("cg:authorisedBy", decision.ref, ev)
        value = Decimal(rng.randint(50, 40_000) * 1000)
        contract.add("cg:valueGBP", value, doc.say(f"with a total value of £{value:,}"))
        start = when + timedelta(days=rng.randint(30, 200))
        contract.add("cg:startDate", start, doc.say(f"commencing on {start:%d %B %Y}"))
        contract.add("cg:endDate", start + timedelta(days=365 * rng.randint(1, 5)), doc.say("ending"))
        term = rng.choice(TERMS)
        contract.add("cg:term", term, doc.say(term))
        route = rng.choice(ROUTES)
        contract.add("cg:procurementRoute", route, doc.say(f"procured through a {route}"))
        # named partner bodies (commissioners, NHS partners) with no contract
    for _ in range(rng.randint(0, 2)):
        kind, suffix = rng.choice(ORG_KINDS)
        name = f"{rng.choice(ORG_STEMS)} {suffix}"
        ev = doc.say(f"working with {name}")
        org = new("Organisation", (slug(name),), ev)
        org.add("rdfs:label", name, ev)
        org.types.add(kind)


def document_quads(world: _World, index: int) -> tuple[str, list[ox.Quad]]:
    """One synthetic document mapped to quads in its own named graph."""
    doc_id, entities = synthetic_document(world, index)
    # merge records of the same entity, as the loaders' EntitySet does
    merged: dict[tuple[str, tuple[str, ...]], Entity] = {}
    for e in entities:
        key = (e.schema, e.key)
        if key in merged:
            merged[key].merge(e)
        else:
            merged[key] = e
    graph = ox.NamedNode(document_iri(doc_id))
    triples = to_triples(merged.values(), doc_id)
    return doc_id, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]


def generate(out: BinaryIO, triples: int, seed: int = 1, councils: int | None = None, progress: bool = False) -> tuple[int, int]:
    """Write documents as N-Quads to ``out`` until at least ``triples``; return (documents, triples)."""
    councils = councils or max(1, min(30, triples // 300_000 + 1))
    world = _World(seed, councils)
    total = documents = 0
    started = time.monotonic()
    while total < triples:
        _, quads = document_quads(world, documents)
        ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
        total += len(quads)
        documents += 1
        if progress and documents % 200 == 0:
            rate = total / (time.monotonic() - started)
            print(f"  {documents:,} documents, {total:,} triples ({rate:,.0f} triples/s)", file=sys.stderr)
    return documents, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--councils", type=int, default=None, help="number of councils (default: grows with size, up to 30)")
    parser.add_argument("--out", type=Path, required=True, help="N-Quads file to write")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with open(args.out, "wb") as fh:
        out = io.BufferedWriter(fh, buffer_size=1 << 20)
        documents, total = generate(out, args.triples, args.seed, args.councils, progress=not args.quiet)
        out.flush()
    if not args.quiet:
        print(f"{documents:,} documents, {total:,} triples → {args.out} "
              f"({args.out.stat().st_size / 1e6:,.1f} MB, {time.monotonic() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
