"""Terms of the CouncilGraph ontology as Python constants: ``CG.Meeting``, ``CG.date`` ...

GENERATED from councilgraph.ttl by ``python -m councilgraph.ontology.generate_terms``;
do not edit by hand. Unknown names raise AttributeError (``_fail = True``).
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class CG(DefinedNamespace):
    """The CouncilGraph ontology, <https://w3id.org/councilgraph/ontology#>."""

    _fail = True
    _NS = Namespace("https://w3id.org/councilgraph/ontology#")

    # Classes
    AgendaItem: URIRef
    """An item of a meeting, identified by its agenda number and/or minute number."""

    Charity: URIRef
    """A charity or voluntary-sector organisation."""

    Committee: URIRef
    """A committee of a council (cabinet committee, scrutiny committee, the cabinet
    itself ...); linked to its council with org:unitOf."""

    Company: URIRef
    """A company (Ltd, plc, LLP, community interest company ...)."""

    Contract: URIRef
    """A contract, framework, partnership or section 75 agreement."""

    Council: URIRef
    """A local authority, such as Kent County Council."""

    Decision: URIRef
    """A decision, proposed, endorsed or taken; numbered (e.g. 23/00074) or not."""

    Evidence: URIRef
    """Where a fact was read: the source document, the line(s) and the verbatim quote."""

    InterestDeclaration: URIRef
    """A declaration of interest made by a member at a meeting."""

    Meeting: URIRef
    """One meeting of a committee, held, scheduled or planned."""

    Membership: URIRef
    """A person's membership of a committee or party, with org:member,
    org:organization, org:role ("Chairman", "Vice-Chairman", "Member") and dates."""

    NHSBody: URIRef
    """A body of the National Health Service: integrated care board, NHS trust,
    foundation trust ..."""

    Organisation: URIRef
    """Any named external body: company, charity, NHS body, partner council or
    government body."""

    Person: URIRef
    """An elected member, officer or other named individual. rdfs:label holds the
    fullest form of the name known; skos:altLabel every other form seen."""

    PoliticalParty: URIRef
    """A political party group on a council."""

    Post: URIRef
    """A position, such as "Cabinet Member for Adult Social Care and Public Health" or
    "Corporate Director of Adult Social Care and Health"."""

    PostHolding: URIRef
    """A person holding a post, dated with cg:asOf (and cg:startDate / cg:endDate where
    known), because holders change between meetings."""

    Provider: URIRef
    """An organisation that provides services to the council: it holds a contract or
    agreement, or is named as a provider."""

    PublicBody: URIRef
    """A partner council or other public-sector body, such as a government department
    or agency."""

    Report: URIRef
    """A report to a meeting, with its From (cg:reportFrom), To (cg:reportTo) and
    Subject (dct:title)."""

    SourceDocument: URIRef
    """One loaded document (agenda pack, minutes, PDF). Its IRI is also the IRI of the
    named graph holding the facts read from it."""

    Substitution: URIRef
    """The fact that one member attended a meeting as substitute for another."""

    Vote: URIRef
    """A recorded vote on an agenda item: who, or how many, voted for, against or
    abstained."""

    # Object properties
    aboutItem: URIRef
    """The agenda item a declaration of interest or a vote concerns, where stated."""

    abstained: URIRef
    """A member named as abstaining."""

    agendaItem: URIRef
    """An item on the meeting's agenda or in its minutes."""

    alsoPresent: URIRef
    """A person listed as ALSO PRESENT."""

    apologies: URIRef
    """A person who sent apologies for the meeting."""

    attendedItem: URIRef
    """An agenda item a person attended for (attendance for one item only)."""

    attendedVirtually: URIRef
    """A person who attended the meeting virtually."""

    authorisedBy: URIRef
    """The decision that authorised the contract."""

    awardedBy: URIRef
    """The council that awarded the contract."""

    chair: URIRef
    """Who chaired the meeting (more than one if the chair changed during it)."""

    committee: URIRef
    """The committee a meeting is a meeting of."""

    consideredAt: URIRef
    """A meeting whose agenda or minutes deal with the decision."""

    decision: URIRef
    """The decision an agenda item is about."""

    decisionMaker: URIRef
    """Who takes or took the decision: a person or a post (e.g. the Cabinet Member for
    Adult Social Care and Public Health)."""

    declarant: URIRef
    """The member who made the declaration of interest."""

    declaration: URIRef
    """A declaration of interest made at the meeting."""

    endorsedAt: URIRef
    """The meeting at which the committee endorsed the proposed decision."""

    evidence: URIRef
    """Where a fact about this resource was read; one or more per entity and per key
    fact."""

    funder: URIRef
    """A body that funds the contract (e.g. the integrated care board's share), where
    stated."""

    holder: URIRef
    """The person holding the post in this post holding."""

    inAttendance: URIRef
    """An officer listed IN ATTENDANCE in the header list of the minutes."""

    lotOf: URIRef
    """The larger contract this contract is a lot of."""

    party: URIRef
    """The person's political party: a shortcut for the party cg:Membership."""

    post: URIRef
    """The post held in this post holding."""

    present: URIRef
    """A member listed as PRESENT."""

    proposes: URIRef
    """A decision the report proposes."""

    provider: URIRef
    """The contracted party, only where the text names it."""

    report: URIRef
    """A report considered under the agenda item."""

    reportFrom: URIRef
    """A person named in the report's "From:" line."""

    reportTo: URIRef
    """The meeting the report is addressed to (its "To:" line)."""

    sourceDocument: URIRef
    """The document the evidence was read from."""

    substitute: URIRef
    """The member who attended as a substitute."""

    substituteFor: URIRef
    """The member who was substituted for."""

    substitution: URIRef
    """A substitution that took place at the meeting."""

    vote: URIRef
    """A recorded vote taken on the agenda item."""

    votedAgainst: URIRef
    """A member named as voting against."""

    votedFor: URIRef
    """A member named as voting for."""

    # Datatype properties
    abstainCount: URIRef
    """The number of abstentions."""

    againstCount: URIRef
    """The number of votes against."""

    annualValueGBP: URIRef
    """The annual value of the contract in pounds sterling, where only an annual value
    is stated."""

    asOf: URIRef
    """The date the source states the membership or post holding for (e.g. the date of
    the meeting a front sheet is for)."""

    awardDate: URIRef
    """The date the contract was awarded."""

    classification: URIRef
    """The report's classification as printed (e.g. "Unrestricted")."""

    date: URIRef
    """The date of a meeting, or the date a decision was taken."""

    decisionNumber: URIRef
    """The decision number normalised to "YY/NNNNN" ("22/0081" is printed, "22/00081"
    stored)."""

    documentKind: URIRef
    """The kind of document, e.g. "agenda pack", "minutes", "record of decision",
    "report"."""

    electoralDivision: URIRef
    """The electoral division(s) the report affects, as printed; "All" for every
    division, however printed ("All", "All divisions", "All Electoral Divisions")."""

    endDate: URIRef
    """The end date of a membership or post holding; for contracts, the end date of the
    initial term."""

    endLine: URIRef
    """The 1-based number of the last line of the quote in the document's text."""

    extensionEndDate: URIRef
    """The last day of an extension of the contract beyond its initial term, as a
    decision or the text states it: the date the contract now runs to."""

    extensionOptions: URIRef
    """The options to extend the contract, as stated ("two one-year extensions")."""

    extensionStartDate: URIRef
    """The first day of an extension of the contract beyond its initial term, as a
    decision or the text states it (the initial term itself is cg:startDate /
    cg:endDate)."""

    extensionValueGBP: URIRef
    """The cost of an extension of the contract in pounds sterling, as stated
    ("extended ... at a cost of £275,000"); not the contract's total value
    (cg:valueGBP)."""

    fileName: URIRef
    """The file name of the loaded document."""

    forCount: URIRef
    """The number of votes for."""

    formerName: URIRef
    """A name the committee was previously known by."""

    itemNumber: URIRef
    """The agenda number of the item, as printed (e.g. "6")."""

    keyDecision: URIRef
    """Whether the decision is a key decision."""

    lineCount: URIRef
    """The number of lines in the document's text (the text cg:startLine and cg:endLine
    refer to)."""

    maxValueGBP: URIRef
    """The value of the contract in pounds sterling including all optional extensions,
    where stated."""

    minuteNumber: URIRef
    """The minute number of the item, as printed (e.g. "141")."""

    pages: URIRef
    """The page range of the item in the agenda pack, as printed (e.g. "5 - 12")."""

    procurementRoute: URIRef
    """How the contract was or will be procured ("direct award", "open tender",
    "dynamic purchasing system" ...)."""

    quote: URIRef
    """Verbatim text from the source document (whitespace may be normalised)."""

    reasons: URIRef
    """The reasons given for the decision, as printed."""

    recommendation: URIRef
    """The report's recommendation(s) to the meeting, as printed."""

    resolution: URIRef
    """The RESOLVED text of the agenda item."""

    sha256: URIRef
    """The SHA-256 digest of the loaded file, as 64 lower-case hexadecimal digits."""

    sourceURL: URIRef
    """The web address the document was published at, where known."""

    startDate: URIRef
    """The start date of a contract, membership or post holding."""

    startLine: URIRef
    """The 1-based number of the first line of the quote in the document's text."""

    startTime: URIRef
    """The time the meeting starts or started."""

    statedStatus: URIRef
    """The status one source document gives a meeting or decision (same values as
    cg:status), kept in that document's graph with its evidence. cg:status holds the
    most advanced status across all loaded documents (a meeting planned, then
    scheduled, then minuted is "held")."""

    status: URIRef
    """Decisions: "proposed", "endorsed" or "taken". Meetings: "held" (minuted),
    "scheduled" (an agenda or report was issued for it) or "planned" (only in a work
    programme)."""

    summary: URIRef
    """The summary of a report or decision, as printed."""

    term: URIRef
    """The contract term as stated ("initial two-year contract with two one-year
    extensions")."""

    text: URIRef
    """Verbatim text (of a declaration, resolution or decision wording)."""

    valueGBP: URIRef
    """The total value of the contract in pounds sterling, as stated."""

    valueStatement: URIRef
    """The contract's value exactly as printed when the text gives no exact figure
    ("over £3 million", "approximately £2m a year"). Never turned into a number:
    cg:valueGBP holds stated exact totals only."""

    venue: URIRef
    """The venue as printed ("Council Chamber, Sessions House, County Hall, Maidstone",
    "Online")."""

    # Annotation properties
    evidenceProperty: URIRef
    """The property (the IRI of an RDF property, e.g. cg:date) whose value the quoted
    evidence supports."""
