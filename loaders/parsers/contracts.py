"""Contracts and agreements read from decision sheets and report bodies.

Two sources, both conservative (a missing fact beats a wrong one):

1. **Decision-anchored contracts** - a lettered clause of a proposed decision
   ("a) AWARD the contract ...", "(a) Approve a Direct Award contract ...",
   "enter into a Service Level Agreement with KMPT") that acts on a contract,
   framework or agreement. Key: (decision number, kind of agreement), so the
   report, the record of decision and the minutes of the same decision add to
   one contract. Read: dct:title, cg:term (verbatim "for a maximum of ..."),
   cg:extensionOptions, cg:startDate/cg:endDate (the first date range: the
   initial term; not for extensions), cg:procurementRoute, cg:valueGBP /
   cg:maxValueGBP / cg:annualValueGBP from "total (contract) value"
   sentences, cg:provider only when the clause names the party ("with KMPT"),
   cg:authorisedBy the decision, cg:awardedBy the council.
2. **Described contracts** - a paragraph that says who provides a contract
   ("the contract is provided by Careium", "was awarded to NRS Healthcare").
   Key: (provider, title).

Never a provider: "the successful bidder/provider", anything "identified in
Exempt Appendix", the council itself. Organisations named elsewhere are
recorded as ``cg:Organisation`` (see :func:`note_organisation`) but typed
``cg:Provider`` only when they hold a contract or are named as the provider.
"""

from __future__ import annotations

import re
from dataclasses import replace as dataclass_replace
from datetime import date
from decimal import Decimal

from ..context import ParseContext
from ..decisions import (
    decision_ref,
    find_decision_numbers,
    is_outside_cycle,
    normalise_decision_number,
)
from ..document import SourceText, normalise_ws
from ..records import Entity, Evidence, Ref
from ..sections import Section
from ..text.dates import find_dates
from ..text.money import Money, find_money, parse_table_amount, table_scale
from ..text.orgs import (
    canonical_org_name,
    org_kind,
)
from .contract_tables import current_contract_rows
from .labels import Field, clean_value, council_ref
from .organisations import (
    NAMED_PROVIDER,
    NOT_A_PARTY,
    NOT_ORG_START,
    ORG_MENTION,
    PROVIDER_ORG,
    WITHHELD,
    aliases_for,
    is_council,
    note_organisation,
    tidy_party,
)
from .paragraphs import paragraph_text, paragraphs

__all__ = [
    "parse_record_of_decision",
    "parse_report_body",
    "parse_appendix",
    "contract_clauses",
    "contract_for_decision_title",
    "contract_from_decision_paragraph",
    "contracts_from_minutes_items",
    "contracts_from_resolution",
    "is_extension",
    "lot_terms_from_parent",
    "lot_values_from_tables",
    "paragraph_under",
    "period_properties",
]

_CONTRACT_NOUN = re.compile(
    r"\b(?:contracts?|framework(?:\s+agreement)?|service\s+level\s+agreement|section\s+75\s+agreement|s75\s+agreement|"
    r"partnership\s+agreement|dynamic\s+purchasing\s+system|DPS|agreement)\b|\bLots?\s+(?:\d+|[A-Z])\b",
    re.I,
)
_ACTION = re.compile(
    r"^\W*(?:award|approve|agree|extend|enter\s+into|procure|re-?procure|re-?commission|commission|secure|terminate|vary|use|"
    r"direct\s+award|make\s+(?:a\s+|an\s+)?(?:direct\s+)?award|commence|implement|establish|set\s+up|renew|novate|re-?tender|call[- ]off)\b",
    re.I,
)
_PROCURE = re.compile(
    r"^\W*(?:(?:re-?)?procure\b|re-?commission\b|(?:approve|agree|commence)\W+(?:the\s+|a\s+)?(?:joint\s+)?(?:re-?)?(?:procurement|commissioning)\b)",
    re.I,
)
_DELEGATE = re.compile(r"^\W*delegate\b", re.I)
#: clause markers of a proposed decision: "a)", "(b)", "(ii)", "iii)", "1.", "2)", "•"
_CLAUSE = re.compile(
    r"(?:(?<=\s)|^)[-•]?\s*(?:\(?([a-h]|i{1,3}|iv|vi{0,3})\)|(?<![\d£.,])\d{1,2}[.)](?=\s+[A-Z])|[•▪●\uf0b7])\s+"
)
_LEAD_IN = re.compile(r"\b(?:I\s+(?:propose|agree|have\s+agreed|have\s+decided|decided)\s+to|decision(?:\s*\([^()]{0,60}\))?\s+to|(?:is|are)\s+(?:being\s+)?asked\s+to|RESOLVED\s+to)\s*:?\s*", re.I)
_ROUTES = [
    (re.compile(r"\bdirect\s+award\b", re.I), "direct award"),
    (re.compile(r"(?i:\bdynamic\s+purchasing\s+system\b)|\bDPS\b"), "dynamic purchasing system"),
    (re.compile(r"\bcompetitive\s+procedure\s+with\s+negotiation\b", re.I), "competitive procedure with negotiation"),
    (re.compile(r"\bopen\s+(?:tender|procedure|procurement)\b", re.I), "open tender"),
    (re.compile(r"\brestricted\s+procedure\b", re.I), "restricted procedure"),
    (re.compile(r"\bsingle\s+source\b", re.I), "single source"),
    (re.compile(r"\bcall[- ]off\b.*\bframework\b|\bframework\b.*\bcall[- ]off\b", re.I), "call-off from a framework"),
    (re.compile(r"\bmini[- ]competition\b", re.I), "mini-competition under a framework"),
    (re.compile(r"\bnegotiated\s+procedure\s+without\s+(?:prior\s+)?publication\b", re.I), "negotiated procedure without publication"),
    (re.compile(r"\bprovider\s+selection\s+regime\b", re.I), "provider selection regime"),
    (re.compile(r"\bcompetitive\s+(?:tender|tendering)\b", re.I), "competitive tender"),
]
_KINDS = [
    (re.compile(r"\bservice\s+level\s+agreement\b", re.I), "service-level-agreement", "Service Level Agreement"),
    (re.compile(r"\b(?:section\s+75|s75)\s+agreement\b", re.I), "section-75-agreement", "Section 75 Agreement"),
    (re.compile(r"\bpartnership\s+agreement\b", re.I), "partnership-agreement", "Partnership Agreement"),
    (re.compile(r"\bdynamic\s+purchasing\s+system\b|\bDPS\b", re.I), "dynamic-purchasing-system", None),
    (re.compile(r"\bframework\b", re.I), "framework", None),
    (re.compile(r"\bcontracts?\b", re.I), "contract", None),
    (re.compile(r"\bLots?\s+(?:\d+|[A-Z])\b"), "contract", None),  # "AWARD Lot 1 (East Kent) of the X Service to Y"
]
_TERM = re.compile(
    r"\bfor\s+(?:a|an|the)\s+(?:maximum|period|term|total|further|initial)\b"
    r"(?!\s+(?:contract\s+|estimated\s+|annual\s+)?(?:value|cost|sum|amount|budget|price|spend|of\s+£))(?![^;]{0,12}£).*?(?=;|\s+and\s*$|$)|"
    r"\bfor\s+(?:a|an)?\s*\d+[-\s](?:months?|years?)\b.*?(?=;|\s+and\s*$|$)",
    re.I,
)
#: "for four years from ", "for a period of three years commencing on "
_PERIOD_FROM = re.compile(
    r"\bfor\s+(?:(?:a|an)\s+(?:initial\s+)?(?:period|term)\s+of\s+)?(?:up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"[- ](?:years?|months?)\s+(?:from|commencing(?:\s+on)?|starting(?:\s+on)?|with\s+effect\s+from)\s+",
    re.I,
)
#: "from 1st April 2019 for three years": a start date followed by the length of the term
_FROM_FOR_PERIOD = re.compile(r"\b(?:from|commencing(?:\s+on)?|starting(?:\s+on)?|with\s+effect\s+from)\s+", re.I)
_FOR_PERIOD = re.compile(
    r"\s*,?\s*for\s+(?:a\s+(?:period|term)\s+of\s+)?(?:an\s+initial\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"[- ](?:years?|months?)\b",
    re.I,
)
_EXTENSION = re.compile(r"\bwith\b[^;]*?\b(?:extension|extend)\w*\b[^;]*", re.I)
_RANGE_SEP = re.compile(r"^\s*(?:to|until|–|-|—|and|,?\s*(?:and\s+)?(?:ending|ends|end)(?:\s+on)?)\s*$", re.I)


#: "be taken by the Cabinet Member for Adult Social Care and Public Health to " before the verb
_TAKEN_BY = re.compile(
    r"be\s+(?:taken|made)\s+by\b[^;:]{0,160}?\bto\s+(?=(?:award|approve|agree|extend|enter\s+into|procure|re-?procure|"
    r"re-?commission|commission|secure|terminate|vary|use|direct\s+award|make\s+(?:a\s+|an\s+)?(?:direct\s+)?award|commence|"
    r"implement|establish|set\s+up|renew|novate|re-?tender|call[- ]off)\b)",
    re.I,
)
#: the minuted ending of an endorsed decision text
_ENDORSED_TAIL = re.compile(r",?\s+(?:be|was|were)\s+(?:endorsed|agreed|supported|noted)\b.*$", re.I | re.S)


def _after_lead_in(text: str) -> str:
    """The decision text after its lead-in ("... is asked to", "the decision to be taken by
    the Cabinet Member for ... to"), without a minuted "be endorsed" ending."""
    leads = list(_LEAD_IN.finditer(text))
    piece = text[leads[-1].end():] if leads else text
    # "RESOLVED that the decision proposed to be taken by the Cabinet Member ... to award ..."
    taken = _TAKEN_BY.match(piece) or (None if leads else _TAKEN_BY.search(piece))
    if taken:
        piece = _ENDORSED_TAIL.sub("", piece[taken.end():])
    return piece


def contract_clauses(text: str) -> list[str]:
    """The lettered clauses of a decision text that act on a contract or agreement."""
    text = clean_value(text)
    marks = list(_CLAUSE.finditer(text))
    if marks:
        pieces = [text[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(text))] for i, m in enumerate(marks)]
    else:
        # "... is asked to consider and endorse ... the proposed decision to award the contract ..."
        pieces = [_after_lead_in(text)]
    out = []
    delegated = []
    for p in pieces:
        p = p.strip().rstrip(";").strip()
        p = re.sub(r"[;,]?\s*and\s*$", "", p).strip()
        p = re.sub(r"^[A-Z]+\s*:\s*", lambda m: m.group(0).rstrip(": ") + " ", p)
        if not _ACTION.match(p) and re.match(r"^(?:It\s+was\s+)?RESOLVED\b", p):
            p = _after_lead_in(p)  # "2. RESOLVED that the decision to be taken by ... to EXTEND ..."
        if _DELEGATE.match(p):
            dm = _DELEGATED_AWARD.match(p)
            if dm:
                delegated.append(p[dm.start("award"):])
            continue
        if not _ACTION.match(p):
            continue
        # "PROCURE a ... Service", "APPROVE the procurement of ...": a contract to be let
        if not (_CONTRACT_NOUN.search(p) or _PROCURE.match(p)):
            continue
        two = _TWO_CONTRACTS.match(p)
        if two:
            # "approve the extension of the X (East) contract with A and the X (West) contract with B
            # for twelve months ...": one clause acting on two contracts, each with its own holder
            out.extend([two.group("verb") + two.group("a") + two.group("rest"), two.group("verb") + two.group("b") + two.group("rest")])
            continue
        out.append(p)
    # "a) DELEGATE authority to the Corporate Director to award the contract for the X Service to
    # the successful bidder ..., for a term of four years from 1 November 2019": when no clause
    # acts on the contract itself, the award handed on is the decision's contract
    return out or delegated[:1]


_CALL_OFF_CONTRACT = re.compile(r"\bcall[- ]off\s+(?:contracts?|agreements?)\b", re.I)
_EXTEND_OR_VARY = r"\W*(?:(?:approve|agree)\s+the\s+(?:extension|variation)\s+of|extend|vary)\s+"
_TWO_CONTRACTS_VERB = re.compile("^" + _EXTEND_OR_VARY, re.I)
_TWO_CONTRACTS = re.compile(
    r"^(?P<verb>" + _EXTEND_OR_VARY + ")"
    r"(?P<a>the\s+[A-Z][^;]*?\s+contract\s+with\s+(?:the\s+)?[A-Z][^;]*?)\s+and\s+"
    r"(?P<b>the\s+[A-Z][^;]*?\s+contract\s+with\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,6})"
    r"(?P<rest>(?:\s+(?:for|from|until|to|under|at)\b|[,;]|$).*)$",
    re.I | re.S,
)


def _kinds_in(clause: str) -> list[tuple[str, str | None, re.Match[str]]]:
    """The agreements a clause acts on: every named kind (Service Level / Section 75 /
    Partnership Agreement), else the first generic one (DPS, framework, contract)."""
    named = [(slug, label, m) for pattern, slug, label in _KINDS if label for m in [pattern.search(clause)] if m]
    if named:
        return named
    call_off = _CALL_OFF_CONTRACT.search(clause)
    if call_off:
        # "APPROVE a call-off contract from Lot 3 of the X Framework for the Y Service": the contract
        # let is the call-off, not the framework it is called off from
        return [("contract", None, call_off)]
    for pattern, slug, label in _KINDS:
        m = pattern.search(clause)
        if m:
            return [(slug, label, m)]
    m = _PROCURE.match(clause)
    return [("contract", None, m)] if m else []


def _parties_before(clause: str, m: re.Match[str]) -> list[str]:
    """"the existing KCC and KMPT Section 75 Agreement" → ["KCC", "KMPT"]."""
    head = clause[: m.start()]
    pm = re.search(r"\b([A-Z][\w&]*)\s+and\s+([A-Z][\w&]*)\s*$", head)
    return [pm.group(1), pm.group(2)] if pm else []


#: a word that starts a new sentence, not a name's next word ("... with Acme Care" / "The agreement
#: runs ..." read as one text): a name does not run on past it
_SENTENCE_START_WORD = re.compile(r"\s+(?=(?:The|This|That|These|Those|It|Its|Our|We|They)\b)")


def _provider_in(clause: str) -> str | None:
    """The contracted party named in a clause ("... Agreement with KMPT", "award ... to Acme Ltd")."""
    if WITHHELD.search(clause):
        return None
    nm = _NOVATED_TO.search(clause)
    if nm:
        # "APPROVE the novation of the X contract from A Ltd (in administration) to B Ltd": B holds it now
        org = _SENTENCE_START_WORD.split(nm.group("org"))[0].rstrip(".,")
        return None if _MORE_PARTIES.match(clause[nm.start("org") + len(org):]) else re.sub(r"\s+(?:and|of|for|&)$", "", org).strip()
    for pattern in (
        r"\b(?i:agreement)\s+with\s+(?:the\s+(?=[A-Z]))?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|&)(?![\w]))*)",
        r"\b(?i:contract)\s+(?:with|to)(?:\s+the(?=\s+[A-Z]))?\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|&)(?![\w]))*)",
        r"\b(?i:award(?:ed)?\s+(?:the\s+)?(?:contract\s+)?to)\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|&)(?![\w]))*)",
        # "by a direct call-off to Acme Care Homes Ltd"
        r"\b(?i:call[- ]off)(?:\s+(?i:contract))?\s+(?:with|to)\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|&)(?![\w]))*)",
    ):
        m = re.search(pattern, clause)
        if m:
            org = _SENTENCE_START_WORD.split(re.split(r"\.\s", m.group("org"))[0])[0].rstrip(".,")
            org = re.sub(r"\s+(?:and|of|for|&)$", "", org).strip()
            if _MORE_PARTIES.match(clause[m.start("org") + len(org):]):
                return None  # "to A Ltd, B Ltd and C CIC": several parties, none is the provider
            if re.match(r"\s*\(\s*Lot\b", clause[m.start("org") + len(org):]):
                return None  # "to A Ltd (Lot 1 – East Kent) and B Ltd (Lot 2 ...)": each lot's provider
            return org
    # "a call-off contract from the X framework with Acme Care Ltd": a contract's party named
    # further on, only when the name says it is a company or a trust
    m = re.search(r"\b(?i:contract|agreement)\b[^;]{0,100}?\bwith\s+(?:the\s+)?" + _ORG_NAME, clause)
    if m and re.search(r"\b(?:Ltd|Limited|CIC|LLP|PLC|plc|Trust)$", _SENTENCE_START_WORD.split(m.group("org"))[0].rstrip(".,")):
        org = _SENTENCE_START_WORD.split(m.group("org"))[0].rstrip(".,")
        if not _MORE_PARTIES.match(clause[m.start("org") + len(org):]):
            return org
    # "AWARD the contract for Supported Living Services to Brightwell Care Ltd for ..."; of several
    # "to" the first naming a body by its kind ("a contract for the Discharge to Assess Service
    # to Kent Community Health NHS Foundation Trust"), else the first
    aw = re.search(r"\b(?i:award(?:ed|ing)?)\b", clause)
    candidates = list(re.finditer(r"\bto\s+" + _ORG_NAME, clause[aw.end(): aw.end() + 200])) if aw else []
    kinds = [m for m in candidates if org_kind(_SENTENCE_START_WORD.split(m.group("org"))[0].rstrip(".,"))]
    m = (kinds or candidates or [None])[0]
    if m is not None:
        mid = clause[aw.end(): aw.end() + m.start()]
        m_org, m_start = m.group("org"), aw.end() + m.start("org")
    else:
        mid, m_org, m_start = "", None, 0
    # "AWARD the contract for the X Service (Lot 2) to Y Ltd": the clause's one contract is that lot
    one_lot = bool(re.search(r"\(\s*Lot\s+\w+(?:\s*[-–—:]\s*[^()]{1,40})?\s*\)", mid)) and len(re.findall(r"\bLots?\b", clause)) == 1
    if m_org and (not re.search(r"\b(?i:lots?|places)\b", mid) or one_lot
                  or (_CALL_OFF_CONTRACT.search(clause) and not re.search(r"\b(?i:places)\b", mid))):
        # (a call-off "under the X Framework (Lot 2 - West Kent) ... to Y Ltd" names the framework's lot)
        org = _SENTENCE_START_WORD.split(re.split(r"\.\s", m_org)[0])[0].rstrip(".,")
        org = re.sub(r"\s+(?:and|of|for|&)$", "", org).strip()
        if _MORE_PARTIES.match(clause[m_start + len(org):]) or re.match(r"\s*\(\s*Lot\b", clause[m_start + len(org):]):
            return None  # several parties, or each lot's own ("to A Ltd (Lot 1 – East Kent) and ...")
        if org and not NOT_A_PARTY.match(org):
            return org
    return None


#: a novation names the old holder after "from" and the new one after "to"
_NOVATED_TO = re.compile(
    r"\bnovat\w*\b[^;]*?\bfrom\s+[A-Z][^;]*?\s+to\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,6})"
)


def period_properties(extension: bool) -> tuple[str, str]:
    """Where a printed period goes: an extension's period is not the contract's initial term
    (cg:startDate / cg:endDate, "end date of the initial term" in the vocabulary) but its
    extension (cg:extensionStartDate / cg:extensionEndDate)."""
    return ("cg:extensionStartDate", "cg:extensionEndDate") if extension else ("cg:startDate", "cg:endDate")


def _dates_range(text: str) -> tuple[date, date] | None:
    """The first "D1 to D2" (or "D1 – D2") range in ``text``."""
    ds = find_dates(text)
    for a, b in zip(ds, ds[1:]):
        between = text[a.end: b.start]
        if _RANGE_SEP.match(between) and a.value < b.value:
            return a.value, b.value
    return None


def _route(text: str) -> str | None:
    for pattern, name in _ROUTES:
        if pattern.search(text):
            return name
    return None


def _set_title(e: Entity, title: str, ev: Evidence) -> None:
    """One title per contract: a mixed-case form is preferred over ALL CAPS."""
    title = clean_value(title)
    # "24/00091 - Supported Living Services": the decision number is not part of the title
    title = re.sub(r"^(?:Decision\s+(?:No\.?\s*)?)?\d{2}\s?/\s?\d{4,5}\s*[-–—:]\s*", "", title, flags=re.I).strip()
    # "Kent Carers' Support Service – Contract Variation and Extension": the contract is the service
    title = service_title(title)
    if not title:
        return
    existing = e.values("dct:title")
    if existing:
        old = str(existing[0])
        if old.isupper() and not title.isupper():
            e.properties["dct:title"] = []
        else:
            return
    e.add("dct:title", title, ev)


def _contract(ctx: ParseContext, key: tuple[str, ...]) -> Entity:
    existing = ctx.entities.get(Ref("Contract", key))
    return existing if existing is not None else ctx.put(Entity("Contract", key))


_PROVISION_OF = re.compile(
    r"\b(?:for\s+the\s+provision\s+of|the\s+current)\s+(?P<t>[A-Z][\w'’ -]*?(?:Contracts?|Services?(?:\s+Contracts?)?|Breaks|Care))\b"
)


#: the party named in a title ("Partnership Agreement with Kent and Medway NHS and Social Care
#: Partnership Trust"): the whole name, also where it runs on to the next line ("... with Kent" /
#: "and Medway NHS ..."), but never into a new sentence ("... with Acme" / "The agreement ...")
_PARTY_IN_TITLE = (
    r"(?:[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?(?!(?:The|This|That|These|Those|It|Its|Our|We|They|A|An|In|On|At|For|To|From|By)\b)[A-Z][\w&'’-]*)*)"
)


def _decision_contracts(
    ctx: ParseContext,
    decision: Ref | None,
    title: str | None,
    title_ev: Evidence | None,
    text_field: Field,
    key_prefix: tuple[str, ...] | None = None,
    lines: tuple[int, int] | None = None,
) -> list[Entity]:
    """Contracts the clauses of a decision text act on.

    ``lines``: where the text is printed, when it is a piece of a paragraph rather
    than a labelled field (default: the field's own lines).

    Keyed by ``key_prefix`` (default: the decision number) plus the kind of
    agreement; a second generic contract in the same text is "contract-2" ...
    When one text acts on several contracts, each takes its title from its
    clause ("for the provision of Carers' Short Breaks").
    """
    src = ctx.source
    clauses = contract_clauses(text_field.text)
    if not clauses:
        return []
    lo, hi = lines or (text_field.line, text_field.last_line)
    if key_prefix is None:
        if decision is None:
            return []
        key_prefix = (decision.key[0],)
    council = council_ref(ctx)
    out: list[Entity] = []
    seen: dict[str, int] = {}
    pairs = [(c, k, l, m) for c in clauses for k, l, m in _kinds_in(c)]
    generic = [p for p in pairs if p[2] is None]
    # "a) approve the extension of the Floating Support Service contract with A Ltd ...; b) approve
    # the extension of the Night Support Service contract with B Ltd ...": clauses that each name
    # their own agreement act on different ones, each titled by its clause
    names = [_named_in_clause(c, m) for c, _, _, m in generic]
    several_named = len(generic) > 1 and all(names) and len({n.lower() for n in names}) == len(names)
    for clause, kind, label, km in pairs:
        if label is not None and kind in seen:
            continue
        if label is None and kind in seen and not _PROVISION_OF.search(clause) and not several_named:
            # a further clause on the same contract, or one we cannot tell apart - unless it
            # awards a further lot of it ("b) AWARD Lot 2 (West Kent) of the X Service to ...")
            parent = ctx.entities.get(Ref("Contract", key_prefix + (kind,)))
            if parent is not None and _LOT_TO.search(clause):
                lev = src.find(clause[:160], lo, hi) or src.find(clause[:60], lo, hi) or src.evidence(lo, max(lo, hi))
                out.extend(_lots_in(ctx, parent, clause, lev))
            elif parent is not None and re.match(r"^\W*extend\s+(?:the|this|that)\s+contract\b", clause, re.I):
                # "a) VARY the X contract with Y ...; b) EXTEND the contract for 12 months, from D1 to D2"
                rng = _dates_range(clause)
                lev = src.find(clause[:160], lo, hi) or src.find(clause[:60], lo, hi)
                if rng and lev is not None and not parent.values("cg:extensionStartDate") \
                        and parent.first("cg:extensionEndDate") in (None, rng[1]):
                    parent.add("cg:extensionStartDate", rng[0], lev)
                    if not parent.values("cg:extensionEndDate"):
                        parent.add("cg:extensionEndDate", rng[1], lev)
            continue
        seen[kind] = seen.get(kind, 0) + 1
        key_kind = kind if seen[kind] == 1 else f"{kind}-{seen[kind]}"
        # (the second contract of a clause acting on two is found by its own words, after the verb)
        own_words = _TWO_CONTRACTS_VERB.sub("", clause)[:60]
        ev = src.find(clause[:160], lo, hi) or src.find(clause[:60], lo, hi) or src.find(own_words, lo, hi) \
            or src.evidence(lo, max(lo, hi))
        e = _contract(ctx, key_prefix + (key_kind,))
        e.add_source(ev)
        own = _PROVISION_OF.search(clause)
        if label is not None:
            m = re.search(r"(?:Section\s+75\s+|[A-Z][\w&]*\s+(?:and\s+[A-Z][\w&]*\s+)?|(?:[A-Z][\w&'’-]*\s+){1,3})?(?i:" + re.escape(label) + r")"
                          r"(?:\s+for\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of))*)?(?:\s+with\s+" + _PARTY_IN_TITLE + ")?", clause)
            named = m.group(0) if m else label
            if title and len(pairs) == 1 and re.sub(r"^Section\s+75\s+", "", named, flags=re.I).lower() == label.lower():
                named = title  # a bare "Partnership Agreement": the decision's own title names it
            _set_title(e, named, title_ev or ev if named == title else ev)
        elif own and (len(generic) > 1 or key_prefix[0] == "item"):
            _set_title(e, own.group("t"), ev)
        elif (len({k for _, k, _, _ in generic}) > 1 or several_named) and (named := _named_in_clause(clause, km)):
            # one decision acting on different agreements ("ESTABLISH a Dynamic Purchasing System
            # for X" and "direct award of the Y Service contract"): each is named by its clause,
            # never by the decision's title (which names them all)
            if several_named and not any(str(t).lower() == clean_value(named).lower() for t in e.values("dct:title")):
                e.properties["dct:title"] = []
            _set_title(e, named, ev)
        elif len({k for _, k, _, _ in generic}) > 1 and label is None:
            # "c) APPROVE the extension of the existing block contract with A Ltd for the Meadowside unit":
            # a second agreement the decision's title does not name is titled by what its clause says
            # it is for, never by the title (which names the other one)
            fm = re.search(r"\bfor\s+the\s+(?P<t>[\w'’ -]{3,60}?)(?=\s+(?:for|to|until|from|at)\b|[,;]|$)", clause[km.end():])
            if fm:
                kind_word = re.search(r"\b(block|interim|spot|call-off|framework)\s+$", clause[: km.start()], re.I)
                noun = f"{kind_word.group(1).lower()} {km.group(0).lower()}" if kind_word else km.group(0).lower()
                _set_title(e, f"{fm.group('t').strip()} {noun}", ev)
        elif title:
            _set_title(e, title, title_ev or ev)
        terminated = bool(re.search(r"terminat\w*\s+(?:\w+\s+){0,6}$", clause[: km.start()], re.I))
        if not terminated:  # a decision ending an agreement does not authorise it
            if decision is not None:
                e.add("cg:authorisedBy", decision, ev)
            if council is not None:
                e.add("cg:awardedBy", council, ev)
        route = _route(clause) or (_route(title) if title else None)
        if route:
            e.add("cg:procurementRoute", route, ev)
        term = _TERM.search(clause)
        if term:
            term_text = term.group(0).strip().rstrip(",;")
            # "for 12 months, from D1 to D2, at a cost of £2.75m, as a modification under ...": the term only
            term_text = re.split(r",?\s+(?:(?:at|to)\s+an?\s+(?:total\s+|additional\s+|estimated\s+)?(?:cost|value)\s+of|with\s+an?\s+(?:total\s+|estimated\s+|maximum\s+)?value\s+of|as\s+a\s+modification)\b",
                                 term_text)[0].rstrip(",;. ")
            if term_text.endswith(")") and term_text.count(")") > term_text.count("("):
                term_text = term_text[:-1].rstrip()
            e.add("cg:term", term_text, ev)
            ext = _EXTENSION.search(term_text)
            if ext:
                ext_text = ext.group(0).strip().rstrip(",;")
                if ext_text.endswith(")") and ext_text.count(")") > ext_text.count("("):
                    ext_text = ext_text[:-1].rstrip()
                e.add("cg:extensionOptions", ext_text, ev)
        rng = _dates_range(clause)
        first_date = find_dates(clause)
        before = clause[: first_date[0].start] if first_date else clause
        # an extension's period is not the contract's initial term: when the clause itself
        # extends the contract ("EXTEND the X contract for up to 12 months from 1 October 2024
        # to 30 September 2025") the period is the extension's (cg:extensionStartDate/EndDate)
        extending = bool(re.match(r"^\W*(?:extend\b|(?:approve|agree|authorise|note)\s+(?:the\s+|an\s+)?extension\s+of\b)", clause, re.I)) \
            and not re.search(r"\boption", before, re.I)
        start_p, end_p = period_properties(extending)
        if rng and (extending or not re.search(r"\bextend|\bextension", before, re.I)) \
                and not any(e.first(p) not in (None, d) for p, d in ((start_p, rng[0]), (end_p, rng[1]))):
            e.add(start_p, rng[0], ev)
            e.add(end_p, rng[1], ev)
        elif not rng and extending and (em := re.search(r"\b(?:to|until)\s+(?=\d)", clause)) \
                and (ds := find_dates(clause[em.end():])) and ds[0].start == 0:
            # "EXTEND the X contract ... for six months to 31 March 2026": the date it now runs to
            if not e.values("cg:extensionEndDate"):
                e.add("cg:extensionEndDate", ds[0].value, ev)
        elif not rng:
            # "for four years from 1st August 2023": a start; the end is not printed, never computed
            pm = _PERIOD_FROM.search(clause)
            if pm and (extending or not re.search(r"\bextend|\bextension|\boption", clause[: pm.start()], re.I)):
                ds = find_dates(clause[pm.end():])
                if ds and ds[0].start == 0:
                    e.add(start_p, ds[0].value, ev)
            else:
                # "AWARD the contract ... from 1st April 2019 for three years": a start, the end not printed
                fm = _FROM_FOR_PERIOD.search(clause)
                if fm and (extending or not re.search(r"\bextend|\bextension|\boption", clause[: fm.start()], re.I)):
                    ds = find_dates(clause[fm.end():])
                    if ds and ds[0].start == 0 and re.match(_FOR_PERIOD, clause[fm.end() + ds[0].end:]):
                        e.add(start_p, ds[0].value, ev)
        parties = [_provider_in(clause[km.start():])] if label else [_provider_in(clause)]
        if label and parties == [None]:
            parties = _parties_before(clause, km)
        if label and not parties and len(pairs) == 1:
            # "APPROVE the direct award of the X Service to <Trust> through a Section 75 Agreement"
            parties = [_provider_in(clause)]
        for party in parties:
            if party and not is_council(ctx, party):
                org = note_organisation(ctx, party, ev, provider=True)
                if org is not None:
                    e.add("cg:provider", org, ev)
        if _TOTAL_VALUE.search(clause) and not e.values("cg:valueGBP"):
            # "AWARD the contract ... for a total contract value of £2.4m"
            _values_from(ctx, e, clause, lo, hi)
        elif not e.values("cg:valueGBP"):
            _cost_in(ctx, e, clause, lo, hi)  # "award an interim contract to X ..., at a cost of up to £1.9m"
        out.append(e)
        out.extend(_lots_in(ctx, e, clause, ev))
    made = [e for e in out if not e.values("cg:lotOf")]
    if len(made) == 1:
        _term_from_delegation(ctx, made[0], text_field.text, lo, hi)
    return out


#: "DELEGATE authority to the Director of Public Health to award the contract, for an initial term ...":
#: the clause that hands on the award of the one contract the decision lets
_DELEGATED_AWARD = re.compile(
    r"^\W*delegate\b[^;]*?\bto\s+(?P<award>award\s+(?:the|this|a|an|any)\s+(?:new\s+|call[- ]off\s+|block\s+|interim\s+)?"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|for|of|in|at)\s+)?){0,8}(?:contract|framework|agreement)s?\b)", re.I
)


def _term_from_delegation(ctx: ParseContext, contract: Entity, text: str, first: int, last: int) -> None:
    """cg:startDate / cg:endDate (and cg:term) of the one contract a decision lets, printed in the
    clause that delegates its award ("... to award the contract, for an initial term of five
    years from 1 April 2022 to 31 March 2027 with an option to extend ..., to the successful
    bidder"); only when no term was read from the clause that procures it."""
    if contract.values("cg:startDate") or contract.values("cg:endDate"):
        return
    text = clean_value(text)
    marks = list(_CLAUSE.finditer(text))
    pieces = [text[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(text))] for i, m in enumerate(marks)]
    found = []
    for clause in pieces:
        m = _DELEGATED_AWARD.match(clause)
        if not m:
            continue
        rest = clause[m.end():]
        ds = find_dates(rest)
        rng = _dates_range(rest)
        if rng is None and ds:
            # "... to award the call-off contract to the successful bidder for an initial period of two
            # years from 1 June 2024, with the option to extend ...": a start, the end not printed
            pm = _PERIOD_FROM.search(rest)
            if pm and pm.end() == ds[0].start and not re.search(r"\bextend|\bextension|\boption", rest[: pm.start()], re.I):
                found.append(((ds[0].value, None), clause))
            continue
        if not ds or rng is None or rng[0] != ds[0].value:
            continue
        if not re.search(r"\binitial\s+(?:contract\s+)?(?:term|period)\b|\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?[\w-]+\s+(?:years?|months?)\b",
                         rest[: ds[0].start], re.I) or re.search(r"\bextend|\bextension|\boption", rest[: ds[0].start], re.I):
            continue
        found.append((rng, clause))
    if len({rng for rng, _ in found}) != 1:
        return
    rng, clause = found[0]
    ev = ctx.source.find(clause[:160], first, last) or ctx.source.find(clause[:60], first, last)
    if ev is None:
        return
    contract.add("cg:startDate", rng[0], ev)
    if rng[1] is not None:
        contract.add("cg:endDate", rng[1], ev)
    term = _TERM.search(clause)
    if term and not contract.values("cg:term"):
        contract.add("cg:term", re.sub(r",?\s+to\s+the\s+successful\s+\w+.*$", "", term.group(0).strip()).rstrip(",;. "), ev)


#: "Lot 1 (East Kent) to Acme Care Ltd": the lot's label first, then its party - never "(Lot 1)"
#: after a list of names, nor a "to" past another lot or a closing bracket
_LOT_TO = re.compile(
    r"(?<!\()\bLot\s+(?P<n>\d+|[A-Z])\b(?!\s*\))(?:\s*\((?P<what>[^)]{3,80})\))?(?P<mid>(?:(?!\bLots?\b)[^;()]){0,60}?)\bto\s+"
    r"(?:(?P<org>[A-Z][\w&'’.-]*(?:\s+(?!Lots?\b)(?:[A-Z][\w&'’.-]*|and(?!\s+Lots?\b)|of|&)(?![\w])){0,6})"
    r"|(?P<withheld>the\s+(?:successful|preferred|recommended)\s+(?:bidder|provider|supplier|tenderer)s?))"
)
#: "Lot 3 (East Kent) and " right before another lot awarded to one party: that lot is the party's too
_LOTS_BEFORE = re.compile(r"(?<!\()\bLot\s+(?P<n>\d+|[A-Z])\b(?:\s*\((?P<what>[^)]{3,80})\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$")
#: a party name followed by more names: "to A Ltd, B Ltd and C CIC" names several parties
#: (not "... to A Ltd and Lot 2 to B Ltd": the next lot)
_MORE_PARTIES = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?!Lots?\b)[A-Z]")
#: the action a decision title ends with ("- Contract Award", "– AWARD OF FRAMEWORK AGREEMENT")
_TITLE_ACTION_TAIL = re.compile(
    r"\s+[-–—:]\s+(?:(?:proposed|urgent|new|contract|framework|agreement|award|awards|of|the|and|extension|variation|"
    r"novation|renewal|re-?procurement|procurement|re-?commissioning|commissioning|direct|outcome|approval|to|a|call-offs?)(?![\w-])\s*)+$",
    re.I,
)


_CALL_OFF_TAIL = re.compile(r"\s+[-–—:]\s+call[- ]off(?:\s+contract)?\s+(?:from|under)\s+(?:the\s+|a\s+)?\S.*$", re.I)


_TITLE_ACTION_HEAD = re.compile(
    r"^(?:Proposed\s+)?(?:Extension|Variation|Award|Direct\s+Award|Re-?procurement|Recommissioning|Novation|Procurement)\s+of\s+(?:the\s+|a\s+)?", re.I)


def service_title(title: str) -> str:
    """A decision title without its action tail: "Supported Living - Contract Award" → "Supported Living";
    "X - Call-off from the Y Framework" → "X"."""
    cut = _CALL_OFF_TAIL.sub("", title).strip()
    cut = _TITLE_ACTION_TAIL.sub("", cut).strip()
    # "Extension of the Kent Sensory Services Contract": the contract is what follows the action
    head = _TITLE_ACTION_HEAD.match(cut)
    if head and re.search(r"[A-Z]", re.sub(r"\b(?:Contracts?|Agreements?|Services?)\b", "", cut[head.end():])):
        cut = cut[head.end():].strip()
    return cut or title


def _named_in_clause(clause: str, km: re.Match[str]) -> str | None:
    """The name a clause gives the agreement it acts on: the capitalised words right before its
    noun ("the Carers' Short Breaks Service contract"), or what follows the noun's "for" put before
    it ("a Dynamic Purchasing System for Carers' Short Breaks": "Carers' Short Breaks Dynamic
    Purchasing System")."""
    before = re.search(r"(?:\bthe\s+|\ba\s+|\ban\s+)?(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of|in))*"
                       r"(?:\s*\([A-Z][^()]{1,40}\))?)\s*$", clause[: km.start()])
    if before and re.search(r"[A-Z]", before.group("t")) and not _ACTION.match(before.group("t")):
        return before.group("t").strip()
    noun = km.group(0)
    after = re.match(r"\s+for\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?:and|of|in|for)(?=\s+[A-Z])))*)", clause[km.end():])
    if noun[:1].isupper() and after:
        return f"{after.group('t').strip()} {noun}"  # "Carers' Short Breaks Dynamic Purchasing System"
    # "AWARD the contract for the Online Testing Service (Lot 2) to ...": the service it is for
    service = re.match(r"\s+for\s+(?:the\s+)?(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?:and|of|in|for)(?=\s+[A-Z])))*"
                       r"(?:\s*\((?:Lot\s+\w+|[A-Z][^()]{1,30})\))?)", clause[km.end():])
    if service and re.search(r"\b(?:Service|Services|Lot)\b", service.group("t")):
        return service.group("t").strip()
    return None


def _lots_in(ctx: ParseContext, parent: Entity, clause: str, ev: Evidence) -> list[Entity]:
    """Lots awarded in a clause ("AWARD Lot 1 (North Kent) to Acme Care Ltd and Lot 2 to ..."): each
    a contract with cg:lotOf the parent and its named provider (never a withheld one)."""
    lots = []
    # "AWARD contracts ... as follows, each for an initial term ... from D1 to D2: Lot 1 ...": every lot's term
    found = list(_LOT_TO.finditer(clause))
    head = clause[: found[0].start()] if found else clause
    rng = _dates_range(clause)
    each = re.search(r"\beach\b", head, re.I)
    each_term = rng if rng and each else None
    each_start = None
    if each_term is None and each:
        # "each for an initial term of three years from 1 April 2026": every lot's start only
        fm = re.search(r"\beach\b[^:;]{0,100}?\bfrom\s+(?=\d)", head, re.I)
        ds = find_dates(head[fm.end():]) if fm else []
        each_start = ds[0].value if ds and ds[0].start == 0 else None
    for m in found:
        if re.search(r"\band\b", m.group("mid")):
            continue  # "Lot 1 ... and to ...": whose is whose is not said
        withheld = bool(m.group("withheld") or WITHHELD.search(m.group(0)))
        org = re.split(r"\s+(?:and\s+|&\s+)?Lots?\b|\.\s", m.group("org") or m.group("withheld"))[0].rstrip(".,")
        org = re.sub(r"\s+(?:and|of|&)$", "", org).strip()
        if not org or (is_council(ctx, org) and not withheld):
            continue
        several = withheld or bool(_MORE_PARTIES.match(clause[m.end():])) \
            or bool(re.search(r"\b(?:Ltd|Limited|CIC|LLP|Trust)\s+(?:and|&)\s+[A-Z]", org))  # (a withheld lot: no provider)
        several = several or bool(re.match(r"^[^;]{0,60}?\brespectively\b", clause[m.end():]))
        ref = None if several else note_organisation(ctx, org, ev, provider=True)
        # "Lot 3 (East Kent) and Lot 4 (Coast) to Acme Trust": every lot named before the one party
        numbered = [(m.group("n"), m.group("what"))]
        before = clause[: m.start()]
        while (bm := _LOTS_BEFORE.search(before)) is not None:
            numbered.insert(0, (bm.group("n"), bm.group("what")))
            before = before[: bm.start()]
        for number, what in numbered:
            lot = _contract(ctx, parent.key + (f"lot-{number.lower()}",))
            lot.add_source(ev)
            parent_title = parent.first("dct:title")
            label = f"Lot {number}" + (f" ({what})" if what else "")
            _set_title(lot, f"{service_title(str(parent_title))} – {label}" if parent_title else label, ev)
            lot.add("cg:lotOf", parent.ref, ev)
            for prop in ("cg:authorisedBy", "cg:awardedBy"):
                for v in parent.values(prop):
                    lot.add(prop, v, ev)
            if ref is not None:
                lot.add("cg:provider", ref, ev)
            if each_term is not None:
                lot.add("cg:startDate", each_term[0], ev)
                lot.add("cg:endDate", each_term[1], ev)
            elif each_start is not None:
                lot.add("cg:startDate", each_start, ev)
            lots.append(lot)
    if not lots:
        lots = _party_then_lot(ctx, parent, clause, ev)
    return lots


#: "to Havenbrook Support Ltd (Lot 1 – East Kent) and Cedarwell Care Services Limited (Lot 2 – West Kent)"
_PARTY_THEN_LOT = re.compile(
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,6})\s*\(\s*Lot\s+(?P<n>\d+|[A-Z])\b"
    r"\s*(?:[-–—:,]\s*(?P<what>[^()]{2,60}?))?\s*\)"
)


def _party_then_lot(ctx: ParseContext, parent: Entity, clause: str, ev: Evidence) -> list[Entity]:
    """Lots named after their provider ("AWARD the contracts for X to A Ltd (Lot 1 – East Kent) and B
    Limited (Lot 2 – West Kent) for an initial term ... from D1 to D2"): one lot per pair, with the
    clause's one term; only where every party is a body by its name."""
    found = list(_PARTY_THEN_LOT.finditer(clause))
    if len(found) < 2 or WITHHELD.search(clause):
        return []
    pairs = []
    for k, m in enumerate(found):
        since = clause[found[k - 1].end() if k else 0: m.start("org")]
        listed = k > 0 and re.fullmatch(r"\s*,\s*(?:and\s+)?", since)  # "A Ltd (Lot 1 – X), B Ltd (Lot 2 – Y) and ..."
        if not listed and ("," in since + m.group("org") or not re.search(r"\b(?:to|and)\s*$", since)):
            return []  # "to A Ltd, B Ltd and C CIC (Lot 1)": a lot of several parties (framework places)
        org = re.sub(r"^(?:[Tt]o|[Aa]nd|&)\s+", "", m.group("org")).strip()
        org = re.sub(r"^.*?\b(?:to|and)\s+(?=[A-Z])", "", org)
        if org_kind(canonical_org_name(org, aliases_for(ctx))) not in ("Company", "Charity", "NHSBody"):
            return []
        pairs.append((org, m))
    rng = _dates_range(clause[found[-1].end():])
    named = re.search(r"\bcontracts?\s+for\s+(?:the\s+)?(?P<t>[A-Z][\w'’ -]*?)\s+to\s+", clause)
    parent_title = named.group("t") if named else parent.first("dct:title")  # "the contracts for X to ..."
    lots = []
    for org, m in pairs:
        lot = _contract(ctx, parent.key + (f"lot-{m.group('n').lower()}",))
        lot.add_source(ev)
        label = f"Lot {m.group('n')}" + (f" ({m.group('what').strip()})" if m.group("what") else "")
        _set_title(lot, f"{service_title(str(parent_title))} – {label}" if parent_title else label, ev)
        lot.add("cg:lotOf", parent.ref, ev)
        for prop in ("cg:authorisedBy", "cg:awardedBy"):
            for v in parent.values(prop):
                lot.add(prop, v, ev)
        ref = note_organisation(ctx, org, ev, provider=True)
        if ref is not None:
            lot.add("cg:provider", ref, ev)
        if rng is not None:
            lot.add("cg:startDate", rng[0], ev)
            lot.add("cg:endDate", rng[1], ev)
        lots.append(lot)
    return lots


_TOTAL_VALUE = re.compile(
    r"\b(?:a|the)\s+total\s+of\s+(?=£|(?:up\s+to|approximately|around|over)\s+£)|\bat\s+a\s+(?:total\s+)?value\s+of\s+(?=(?:up\s+to\s+)?£)|"
    r"\b(?:its|the|contract)\s+value\s+(?:would|will)\s+be\s+(?=(?:up\s+to\s+)?£)|\b(?:its|contract['’]?s?)\s+value\s+is\s+(?=(?:up\s+to\s+)?£)|"
    r"\b(?:with|has|have|will\s+have|would\s+have)\s+an?\s+(?:estimated\s+|total\s+|maximum\s+)?(?:contract\s+)?value\s+of\s+(?=(?:up\s+to\s+)?£)|"
    r"\btotal\s+(?:estimated\s+|maximum\s+|aggregate\s+)?(?:contract\s+)?(?:value|cost)\b|\btotal\s+cost\s+of\s+the\s+contract\b|"
    r"\bvalue\s+of\s+(?:the|this)\s+(?:proposed\s+|new\s+|interim\s+|block\s+|call-off\s+)?(?:contract|framework|agreement|(?:direct\s+)?award)\b|"
    r"\b(?:whole[- ]life|lifetime)\s+(?:contract\s+)?value\b|"
    r"\b(?:value|cost)\s+(?:of\s+the\s+contract\s+)?(?:over|for)\s+the\s+(?:initial\s+|whole\s+|full\s+)?(?:[\w-]+\s+){0,2}(?:term|period)\s+(?:is|will\s+be|would\s+be|was)\s+(?=£)|"
    r"\bmaximum\s+(?:potential\s+)?(?:contract\s+)?value\s+(?:including|with|inclusive\s+of)\s+(?:the\s+|all\s+|any\s+|both\s+)?(?:[\w-]+\s+){0,3}?"
    r"extensions?\s+(?:is|would\s+be|will\s+be)\s+(?=(?:up\s+to\s+)?£)|"
    r"\b(?:contract|framework|agreement)\s+(?:is|will\s+be|would\s+be)\s+(?:(?:estimated|expected|anticipated|forecast)\s+to\s+be\s+)?(?:worth|valued\s+at)\b|"
    r"\bmaximum\s+(?:potential\s+)?(?:contract\s+)?value\s+(?:would|will|is|of)\b(?=[^£]{0,20}£)|"
    r"\b(?:together|jointly|in\s+total)\s+worth\s+(?=(?:up\s+to\s+)?£)",
    re.I,
)
#: a sum that includes the optional extensions: cg:maxValueGBP
_WITH_EXTENSIONS = re.compile(
    r"\b(?:including|includes|with|inclusive\s+of|if|should)\s+(?:the\s+|all\s+|any\s+|both\s+)?(?:optional\s+|possible\s+|available\s+)?"
    r"(?:[\w-]+\s+){0,3}?extensions?\b|\bmaximum\s+(?:potential\s+)?(?:contract\s+)?value\b|"
    r"\bover\s+a\s+maximum\s+(?:of\s+|term\s+of\s+|period\s+of\s+)?(?:[\w-]+\s+)?(?:years?|months?)\b",
    re.I,
)
#: "Contract value: £2,400,000" - read only where the text is about the one contract
#: (a decision's clause or its financial implications), not anywhere in a report body
_BARE_CONTRACT_VALUE = re.compile(r"\b(?<!annual\s)contract\s+value\b", re.I)


def _bare_value(sentence: str) -> bool:
    """"Contract value: £2,400,000", "the contract value is £2.4m": the sum must follow
    the phrase directly (in a flattened table the sum under "Contract Value" may be
    another column's, or a value over a term the text does not split)."""
    m = _BARE_CONTRACT_VALUE.search(sentence)
    if not m:
        return False
    sums = [x for x in find_money(sentence) if x.start >= m.end()]
    if not sums:
        return False
    gap = sentence[m.end(): sums[0].start]
    return bool(re.fullmatch(r"\s*(?:[:–-]\s*)?(?:(?:is|was|will\s+be|would\s+be|of|totals?|totalling|amounts?\s+to)\s+)?", gap, re.I)) and not re.match(
        r"\s*\(", sentence[sums[0].end:]
    )


#: "extended from 1 October 2023 to 31 March 2025 at a cost of £380,000": the cost of an extension
#: (not "the pilot ran at a cost of £50,000")
_EXTENSION_COST = re.compile(
    r"\b(?:extend\w*|extension)\b(?:[^.;]|\.(?=\d))*?\bat\s+an?\s+(?:total\s+|additional\s+|estimated\s+)?cost\s+of\s+(?=£)|"
    r"\b(?:total\s+)?(?:value|cost)\s+of\s+(?:the|this|these)\s+(?:proposed\s+)?(?:[\w-]+\s+)?extensions?(?:,\s+including\s+[^,.;£]{1,60},)?"
    r"(?:\s+to\s+(?:the\s+)?(?:Council|KCC|County\s+Council))?\s+"
    r"(?:is|was|will\s+be|would\s+be)\s+(?:estimated\s+(?:at|to\s+be)\s+)?"
    r"(?:(?:up\s+to|approximately|around|about|in\s+the\s+region\s+of)\s+)?(?=£)|"
    r"\bextension(?:\s+(?:for|of)(?:\s+[\w-]+){1,3}?)?\s+(?:will|would|is\s+expected\s+to)\s+cost\s+(?:an\s+estimated\s+|(?:up\s+to|approximately|around|about|in\s+the\s+region\s+of)\s+)?(?=£)",
    re.I,
)
#: "Up to £2.1m over two years, funded by ...", "Estimated £3.6m over four years": a decision sheet's
#: financial implications opening with the sum over the contract's term (never an extension's)
_SUM_OVER_TERM_FIRST = re.compile(
    r"^\W*(?:(?:an?\s+)?estimated(?:\s+at)?\s+|up\s+to\s+|a\s+total\s+of\s+)?£[\d.,]+\s*(?:m\b|million\b|bn\b|k\b)?\s*"
    r"(?:\((?:excl|incl)[^)]*\)\s*)?(?=over\s+(?!the\s+(?:period|term)\s+of\s+the\s+extension)(?:the\s+|its\s+|an\s+)?(?:initial\s+|whole\s+|full\s+|first\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:years?|months?)(?![\w-]*\s+(?:extension|extended))|(?:contract\s+)?(?:term|period)\b|life))",
    re.I,
)
#: what names a sum as the contract's value: "a value of", "the contract value is", "total cost of"
_VALUE_BEFORE = re.compile(r"\b(?:value|cost|worth|valued|priced)\b(?:\s+(?:of|is|was|will|would|be|at|for|the|this|contract))*\s*:?\s*$", re.I)
#: "£3.6m over the initial three years", "£2.4m over the three-year term": a total over a term
_OVER_TERM = re.compile(
    r"^\s*over\s+(?:the\s+|its\s+)?(?:initial\s+|whole\s+|full\s+|first\s+|core\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:years?|months?)(?:\s+(?:term|period|contract))?\b|"
    r"(?:contract\s+)?(?:term|period)\b|life\s+of\s+the\s+contract\b)",
    re.I,
)
#: "a maximum of £6,000,000 if the extension is used", "up to £4m including the extension"
_MAX_BEFORE = re.compile(r"(?:\bmaximum\s+(?:value\s+)?(?:of\s+)?|\bup\s*to\s+|\brising\s+to\s+|\bincreasing\s+to\s+)$", re.I)
_EXTENSION_AFTER = re.compile(
    r"^\s*(?:\(\s*)?(?:if|when|should|with|including|includ\w+|inclusive\s+of)\s+(?:the\s+|all\s+|any\s+|both\s+)?"
    r"(?:optional\s+|possible\s+|available\s+)?(?:[\w-]+\s+){0,3}?extensions?\b",
    re.I,
)
#: "The annual value of the contract is £1.2m": the sum right after an annual-value phrase
_ANNUAL_BEFORE = re.compile(r"\bannual\s+(?:contract\s+)?value\b(?:\s+of\s+the\s+(?:new\s+)?contract)?\s+(?:is|will\s+be|would\s+be|of)\s+$", re.I)


#: "£1,360,000 (excluding VAT) per annum", "£1.36m in each year", "£1.36m, paid annually": a
#: period printed after the sum in its clause, before any other sum
_PERIOD_LATER_IN_CLAUSE = re.compile(
    r"^[^.;£]{0,40}?(?<![\w])(?:per\s+(?:annum|year)|a\s+year|annually|(?:in\s+)?(?:each|every)\s+year|p\.a\.)(?![\w])",
    re.I,
)


def _clause_money(sentence: str) -> list[Money]:
    """The sums of a sentence, a sum whose clause says "per annum/per year/a year/annually"
    after it, or that an annual-value phrase announces ("The annual value of the contract
    is £1,360,000, giving a total ..."), counting as an annual figure - never a total."""
    sums = find_money(sentence)
    out = []
    for k, m in enumerate(sums):
        if m.period is None:
            before = sentence[sums[k - 1].end if k else 0: m.start]
            after = sentence[m.end: sums[k + 1].start if k + 1 < len(sums) else len(sentence)]
            if _PERIOD_LATER_IN_CLAUSE.match(after) or _ANNUAL_BEFORE.search(before):
                m = dataclass_replace(m, period="year")
        out.append(m)
    return out


def _term_sums(sentence: str) -> dict[str, Decimal] | None:
    """Value, maximum and annual value of one sentence that states a total over a term:
    "The annual value of the contract is £1.2m, giving a value of £3.6m over the initial
    three years and a maximum of £6,000,000 if the extension is used"; "The contract value
    is £2.4m over the initial three-year term and up to £4m including the extension".
    None unless an exact, non-periodic sum is followed by "over the ... term/years"; only
    figures the sentence states, never one computed."""
    sums = _clause_money(sentence)
    out: dict[str, Decimal] = {}
    for k, m in enumerate(sums):
        before = sentence[sums[k - 1].end if k else 0: m.start]
        after = sentence[m.end: sums[k + 1].start if k + 1 < len(sums) else len(sentence)]
        ceiling = m.qualifier in ("up to", "upto", "a maximum of", "maximum of")
        # "The contract value is £920,000 per annum, £2,760,000 over the initial three years": the words
        # that name the value stand before the yearly sum
        named = _VALUE_BEFORE.search(before) or (
            k and all(x.annual for x in sums[:k]) and re.fullmatch(r"[\s,;]*(?:or|and|i\.e\.|that\s+is)?[\s,]*", before)
            and _VALUE_BEFORE.search(sentence[: sums[0].start]))
        if m.period is None and m.exact and _OVER_TERM.match(after) and named:
            out.setdefault("cg:valueGBP", m.value)
        elif m.period is None and (ceiling or (m.exact and (_MAX_BEFORE.search(before) or "cg:valueGBP" in out))) \
                and _EXTENSION_AFTER.match(after):
            # "... £12.6m over the initial term and £17,640,000 including the extension years"
            out.setdefault("cg:maxValueGBP", m.value)
        elif m.exact and (m.annual or (m.period is None and _ANNUAL_BEFORE.search(before))):
            out.setdefault("cg:annualValueGBP", m.value)
    return out if "cg:valueGBP" in out else None


#: the contract being let, named without the word "contract": "the new arrangements", "the new framework"
_NEW_ARRANGEMENTS = re.compile(r"\bnew\s+(?:arrangements?|framework|services?|agreements?)\b", re.I)
_USABLE_QUALIFIERS = ("up to", "upto", "a maximum of", "maximum of", "estimated", "estimated at", "an estimated")
_ANNUAL_VALUE = re.compile(r"\bannual\s+(?:contract\s+)?value\b|\bvalue\s+per\s+(?:year|annum)\b", re.I)


def _sentences(text: str) -> list[str]:
    """Sentences of a flattened text; a numbered paragraph ("4.3 The contract ...") starts a new
    one even where the line before it (a table's footnote) has no full stop."""
    return [s.strip() for s in re.split(r"(?<=[.;])\s+(?=[A-Z0-9])|\s+(?=\d{1,2}\.\d{1,2}\s+[A-Z])", text) if s.strip()]


def _values_from(
    ctx: ParseContext, contract: Entity, text: str, first: int, last: int, *, focused: bool = True, awarding: bool = True
) -> None:
    """cg:valueGBP / cg:maxValueGBP / cg:annualValueGBP from value sentences in lines first..last.

    ``focused``: the text is about this one contract (a decision clause, its
    financial implications), so a bare "Contract value: £X" counts; in a report
    body (``focused=False``) only "total (contract) value" / "value of the
    contract" phrasings do, and past-tense sentences only when the report
    awards the contract (``awarding``).
    """
    src = ctx.source
    annual_only: list[tuple[Decimal, Evidence]] = []
    for sentence in _sentences(clean_value(text)):
        if not focused and not awarding and _PAST.search(sentence):
            continue
        term = _term_sums(sentence) if re.search(r"\b(?:contract|framework|agreement|service)\b", sentence, re.I) else None
        if term and _is_extension_cost(sentence, _clause_money(sentence)[0]):
            term = None  # an extension's cost over its period is not the contract's value
        if term and not _OTHER_CONTRACT.search(sentence) and (awarding or not _PAST.search(sentence)):
            sent_ev = src.find(sentence[:200], first, last)
            if sent_ev is not None and not contract.values("cg:valueGBP"):
                for prop, value in term.items():
                    if not contract.values(prop):
                        contract.add(prop, value, sent_ev)
                continue
        total = _TOTAL_VALUE.search(sentence) or (focused and _bare_value(sentence)) or _EXTENSION_COST.search(sentence) \
            or (focused and _SUM_OVER_TERM_FIRST.match(sentence))
        annual = _ANNUAL_VALUE.search(sentence) or (
            (re.search(r"\b(?:contract|service)\b", sentence, re.I) or _NEW_ARRANGEMENTS.search(sentence))
            and any(m.annual and m.exact for m in _clause_money(sentence))
        )
        if total and _ANNUAL_VALUE.search(sentence) and not re.search(r"\btotal\b", sentence, re.I) \
                and not (hasattr(total, "group") and re.search(r"\b(?:over|for)\s+the\b", total.group(0))):
            total = None  # "the annual value of the contract is £16.2m" (not "... and the value for the term is £X")
        if not (total or annual):
            continue
        sums = _clause_money(sentence)
        if not sums:
            continue
        usable = [m for m in sums if m.exact or m.qualifier in _USABLE_QUALIFIERS]
        # (a yearly figure given roughly first - "around £1.1 million per annum, and the total value
        # ... will not exceed £3.4 million" - does not hide the total after it)
        leading = [m for m in sums if m.exact or m.qualifier in _USABLE_QUALIFIERS or not m.annual]
        if not usable or not leading or usable[0] is not leading[0]:
            continue  # "over £3 million of which the Council contributes £2.5 million": no exact total
        main = usable[0]
        if not focused and (
            (len(sums) > 2 and re.search(r"\bLots?\s+(?:\d|[A-Z]\b)", sentence))
            or (hasattr(total, "end") and main.start - total.end() > 80)
        ):
            continue  # a table of sums by lot, or a sum far from the words that name it
        # "increase the total contract value by £2.4m, from £18.5m to £20.9m": the new total, never the change
        varied = re.search(r"\bfrom\s+£[\d.,]+\s*(?:m\b|million\b|bn\b|k\b)?\s*to\s+(?=£)", sentence)
        if varied:
            after = [m for m in usable if m.start == varied.end()]
            if not after:
                continue
            main = after[0]
            usable = [main]
        elif hasattr(total, "start") and total.start() > main.end and not main.annual \
                and not _is_extension_cost(sentence, main):
            # "Of the £2m budget, the total contract value is £1.6m": the sum the total's words
            # announce, not an earlier one ("The extension will cost £4.84m, bringing the total
            # contract value to £14.348m" keeps the extension's cost, below, and no total)
            after = [m for m in usable if m.start >= total.end()]
            if not after:
                continue
            main = after[0]
            usable = usable[usable.index(main):]
        if main.annual and total:
            # "valued at £4.2m per year (£21m over five years)": the bracketed sum over the term
            bracketed = [m for m in usable[1:] if re.fullmatch(r"[^£()]{0,20}\(\s*", sentence[main.end: m.start])
                         and not m.annual and _OVER_TERM.match(sentence[m.end:])]
            if bracketed:
                main = bracketed[0]
                usable = usable[usable.index(main):]
        if main.annual and total:
            # "£2.4m per annum, or £9.6m over the initial term": the sum over the term
            over = [m for m in usable[1:] if not m.annual and m.period is None and _OVER_TERM.match(sentence[m.end:])]
            if over:
                main = over[0]
                usable = usable[usable.index(main):]
        if main.annual and hasattr(total, "end") and re.search(r"\b(?:over|for)\s+the\b", total.group(0)):
            # "The annual value is £9.85m and the value for the three-year term is £29.55m"
            after = [m for m in usable if m.start >= total.end() and not m.annual]
            if after:
                main = after[0]
                usable = usable[usable.index(main):]
        if main.annual and total:
            # "£3m per annum, a total contract value of £15m (£21m including the extension)"
            later = [k for k, m in enumerate(usable) if k and not m.annual and re.search(r"\btotal\b", sentence[main.end: m.start], re.I)]
            if later:
                usable = usable[later[0]:]
                main = usable[0]
        ev = src.find(main.text, first, last)
        sent_ev = src.find(sentence[:200], first, last) or ev
        if sent_ev is None:
            continue
        if not total or main.annual:
            # an annual figure is kept only when no total is stated, and only for
            # the contract to be let ("the current contract costs £2m a year" is another's)
            if (
                main.exact
                and (main.annual or _ANNUAL_VALUE.search(sentence))
                and (re.search(r"\bcontract\b", sentence, re.I) or _NEW_ARRANGEMENTS.search(sentence))
                and not _OTHER_CONTRACT.search(sentence)
                and not _PAST.search(sentence)
                and not re.search(r"\b20\d\d\s?[/-]\s?\d\d\b", sentence)  # "the 2021/22 annual value": a year gone by
                and not re.search(r"\bLots?\b", sentence)  # (a table of sums by lot)
                and len({x.value for x in sums if x.exact}) == 1  # (several sums: rows of a table, whose is whose?)
            ):
                annual_only.append((Decimal(main.value), sent_ev))
            continue
        if _OTHER_CONTRACT.search(sentence[: main.start]):
            continue  # "the current contract value is £2m": the contract being replaced
        if len(usable) == 1 and _WITH_EXTENSIONS.search(sentence) and not re.search(r"\bexclud|\bwithout\b", sentence, re.I):
            # "the total value including the two-year extension is £115.5m"
            if not contract.values("cg:maxValueGBP"):
                contract.add("cg:maxValueGBP", Decimal(main.value), sent_ev)
            continue
        if _is_extension_cost(sentence, main):
            # "extended ... at a cost of £275,000", "EXTEND ... at a value of £4.35m": what the
            # extension costs, not the contract's total value
            if not contract.values("cg:extensionValueGBP"):
                contract.add("cg:extensionValueGBP", Decimal(main.value), sent_ev)
            continue
        if contract.values("cg:valueGBP"):
            continue
        contract.add("cg:valueGBP", Decimal(main.value), sent_ev)
        # "... up to £82.5m, increasing to £115.5m if the two-year extension option is implemented"
        for k, other in enumerate(usable[1:], start=1):
            before_other = sentence[usable[k - 1].end: other.start]
            if other.annual or re.match(r"[^£]{0,12}?(?:per\s+(?:annum|year)|a\s+year|annually)", sentence[other.end:], re.I):
                continue  # "(£2.1m per annum)": a yearly figure is never the maximum
            if re.search(r"extension|maximum", before_other, re.I) or _EXTENSION_AFTER.match(sentence[other.end:]):
                contract.add("cg:maxValueGBP", Decimal(other.value), sent_ev)
                break
    if annual_only and not contract.values("cg:valueGBP") and not contract.values("cg:annualValueGBP"):
        if len({v for v, _ in annual_only}) == 1:  # two different annual figures: cannot tell which
            contract.add("cg:annualValueGBP", annual_only[0][0], annual_only[0][1])


_OTHER_CONTRACT = re.compile(r"\b(?:current|currently|existing|previous|former|original|old|last\s+year'?s?)\b", re.I)


def _is_extension_cost(sentence: str, money: Money) -> bool:
    """Is ``money`` what an extension costs? Said by "extended ... at a cost of", a clause that
    starts "EXTEND", or "the extension will cost / the cost of the extension" before the sum."""
    before = sentence[: money.start]
    if re.search(r"\boptions?\s+(?:to\s+extend|for\s+(?:a\s+)?(?:further\s+)?extension)", before, re.I):
        return False  # "with the option to extend ..., at a total cost of £1.26m": the contract's cost
    return bool(
        _EXTENSION_COST.search(before + "£")
        or (re.match(r"^\W*(?:extend\b|(?:approve|agree|authorise|note)\s+(?:the\s+|an\s+)?extension\s+of\b)", sentence, re.I)
            and not re.search(r"\boption", before, re.I))
        or re.search(r"\bextension\s+(?:will|would|is\s+to)\s+cost\b|\bcost\s+of\s+(?:the|this)\s+extension\b", before, re.I)
        # "£23.6m over the two-year extension": the sum of the extension's period
        or re.match(r"^\s*(?:over|for|during)\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,3}?extension(?:\s+period)?\b", sentence[money.end:], re.I)
    )


#: an option a report weighs, not the route taken: "Option 2 – ...", "... Rejected", "not recommended"
_OPTION = re.compile(r"^\W*Option\s+\d+\b|\b(?:rejected|discounted|not\s+recommended|not\s+preferred)\b", re.I)
_AWARD_DATE = re.compile(
    r"\b(?:(?:contract\s+)?award\s+date\s*:?\s*|date\s+of\s+(?:contract\s+)?award\s*:?\s*|\bawarded\s+on\s+)(?P<d>[^.;]{6,40})",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\b", re.I)


def _route_and_award_date_from(
    ctx: ParseContext, contract: Entity, text: str, first: int, last: int, awarding: bool
) -> None:
    """cg:procurementRoute and cg:awardDate from a report body about one contract.

    A route is taken only when the body names one route (two different routes:
    cannot tell which is this contract's), never from a sentence about the
    current/previous contract, and from a past-tense sentence only when the
    report awards the contract ("an open tender was run"): in a report that
    proposes to procure, the past tense is the old contract's story. An award
    date needs a full printed date ("awarded on 3 May 2024", "Contract award
    date: 3 May 2024"), never a month or a year.
    """
    src = ctx.source
    routes: dict[str, str] = {}
    for sentence in _sentences(clean_value(text)):
        if _OTHER_CONTRACT.search(sentence):
            continue
        if not contract.values("cg:awardDate"):
            am = _AWARD_DATE.search(sentence)
            ds = find_dates(am.group("d")) if am else []
            if ds and ds[0].start == 0:
                ev = src.find(am.group(0)[: am.start("d") - am.start() + ds[0].end], first, last)
                if ev is not None:
                    contract.add("cg:awardDate", ds[0].value, ev)
        if _PAST.search(sentence) and not awarding:
            continue
        if _OPTION.search(sentence):
            continue  # "Option 2 – A short-term direct award to a different provider. Rejected": not taken
        if not re.search(r"\b(?:procure\w*|tender\w*|award\w*|framework|purchasing|regime|procedure)\b", sentence, re.I):
            continue
        route = _route(sentence)
        if route:
            routes.setdefault(route, sentence)
    if len(routes) == 1 and not contract.values("cg:procurementRoute"):
        route, sentence = next(iter(routes.items()))
        ev = src.find(sentence[:200], first, last)
        if ev is not None:
            contract.add("cg:procurementRoute", route, ev)


_TABLE_ROW = re.compile(r"^\W*(?P<label>(?:total\s+)?contract\s+value|total\s+(?:contract\s+)?(?:value|cost))\b[^\d(]*(?P<cells>(?:\(?-?[\d,.]+\)?\s*)+)$", re.I)


def _value_from_scaled_table(ctx: ParseContext, contract: Entity, first: int, last: int) -> None:
    """cg:valueGBP from a table in £000 / £m: a "Total contract value" / "Contract value" row
    whose header row ends with "Total" - the row's last cell times the table's scale. Only
    when no value was read from the text, and only one such row in the body."""
    if contract.values("cg:valueGBP"):
        return
    src = ctx.source
    found = []
    for n in range(first, last + 1):
        scale = table_scale(src.line(n))
        if scale is None:
            continue
        header_total = False
        for k in range(n, min(last, n + 12) + 1):
            line = clean_value(src.line(k))
            if re.search(r"\bTotal\s*$", line):
                header_total = True
                continue
            m = _TABLE_ROW.match(line)
            if m and header_total:
                cells = m.group("cells").split()
                value = parse_table_amount(cells[-1], scale)
                if value is not None and value > 0:
                    found.append((value, k, cells[-1]))
                break
    if len({v for v, _, _ in found}) == 1:
        value, k, cell = found[0]
        contract.add("cg:valueGBP", value, src.evidence(k, k, clean_value(src.line(k))))


#: a table captioned as the contract's value, in £000/£m: "Table 2: X Service – contract value (£000)"
_VALUE_CAPTION = re.compile(r"\bcontract\s+value\b|\bvalue\s+of\s+the\s+contract\b", re.I)
_INITIAL_TOTAL_ROW = re.compile(r"^\W*Total\s*\(?\s*(?:for\s+the\s+|over\s+the\s+)?initial\s+(?:contract\s+)?(?:term|period)\s*\)?\s+(?P<cell>\(?[\d,.]+\)?)\s*$", re.I)
_MAX_TOTAL_ROW = re.compile(
    r"^\W*Total\s*\(?\s*(?:including|incl\.?|with)\s+(?:the\s+|all\s+|any\s+)?(?:optional\s+|possible\s+)?extensions?\s*\)?\s+(?P<cell>\(?[\d,.]+\)?)\s*$", re.I
)


#: "Maximum 6,300,000", "Maximum value (with extensions) 6,300"
_MAXIMUM_ROW = re.compile(r"^\W*Maximum(?:\s+(?:contract\s+)?value)?(?:\s*\([^()]{0,40}\))?\s+£?(?P<cell>\d[\d,.]*)\s*$", re.I)
_CELL_SEP = r"\s*(?:\||:|\t)?\s*"
#: the rows of a "key contract details" table: label, then the one value
_KEY_FACT_ROWS = (
    ("cg:startDate", re.compile(r"^\W*(?:Contract\s+)?start\s+date" + _CELL_SEP + r"(?P<v>\d.*)$", re.I)),
    ("cg:endDate", re.compile(
        r"^\W*(?:(?:Contract\s+)?end\s+date(?:\s*\(initial\s+term\))?|Initial\s+term\s+(?:end|ends|end\s+date)|End\s+of\s+(?:the\s+)?initial\s+term)"
        + _CELL_SEP + r"(?P<v>\d.*)$", re.I)),
    ("cg:valueGBP", re.compile(
        r"^\W*(?:Estimated\s+|Total\s+)?(?:contract\s+)?value\s*\(\s*initial\s+(?:contract\s+)?(?:term|period)\s*\)" + _CELL_SEP + r"(?P<v>£.*)$", re.I)),
    ("cg:maxValueGBP", re.compile(
        r"^\W*Maximum\s+(?:contract\s+)?value\s*\(?(?:incl\.?|including)\s+(?:the\s+|all\s+)?(?:optional\s+)?extensions?\s*\)?" + _CELL_SEP
        + r"(?P<v>£.*)$", re.I)),
    ("cg:annualValueGBP", re.compile(r"^\W*(?:Estimated\s+)?annual\s+(?:contract\s+)?value" + _CELL_SEP + r"(?P<v>£.*)$", re.I)),
)


def _key_fact_rows(ctx: ParseContext, contract: Entity, first: int, last: int) -> None:
    """Start, initial-term end, value and maximum from a table of the contract's key details
    ("Contract start date | 01/07/2020", "Initial term end | 30/06/2023", "Estimated value (initial
    term) | £14.4m", "Maximum value incl. extensions | £24.0m"): a row counts when its label is
    printed once in the body and its cell starts with the date or the sum; a term whose end is not
    after its start is dropped."""
    src = ctx.source
    found: dict[str, list[tuple[object, int]]] = {}
    for n in range(first, last + 1):
        line = clean_value(src.line(n))
        for prop, pattern in _KEY_FACT_ROWS:
            m = pattern.match(line)
            if not m:
                continue
            if prop in ("cg:startDate", "cg:endDate"):
                ds = find_dates(m.group("v"))
                value = ds[0].value if ds and ds[0].start == 0 else None
            else:
                sums = find_money(m.group("v"))
                value = Decimal(sums[0].value) if sums and sums[0].start == 0 and sums[0].period is None \
                    and (sums[0].exact or sums[0].qualifier in _USABLE_QUALIFIERS) else None
            if value is not None:
                found.setdefault(prop, []).append((value, n))
    rows = {prop: hits[0] for prop, hits in found.items() if len(hits) == 1}
    start, end = rows.get("cg:startDate"), rows.get("cg:endDate")
    if start and end and not end[0] > start[0]:
        rows.pop("cg:startDate"), rows.pop("cg:endDate")
    if contract.values("cg:startDate") and start and contract.first("cg:startDate") != start[0]:
        rows.pop("cg:endDate", None)  # a table about another term than the one the decision states
    for prop, (value, n) in rows.items():
        if not contract.values(prop):
            contract.add(prop, value, src.evidence(n, n, clean_value(src.line(n))))


def _value_from_captioned_table(ctx: ParseContext, contract: Entity, first: int, last: int) -> None:
    """cg:valueGBP / cg:maxValueGBP from a table captioned as the contract's value in £000 or £m
    ("Table 2: Kent Advocacy Service – contract value (£000)") with one value per row: the row
    "Total (initial term)" is the value, "Total including extension" the maximum. Only one such
    table in the body, only when the text gave no value."""
    src = ctx.source
    found: list[tuple[str, Decimal, int]] = []
    tables = 0
    for n in range(first, last + 1):
        caption = clean_value(src.line(n))
        if not _VALUE_CAPTION.search(caption):
            continue
        scale = table_scale(caption)
        if scale is None:
            # "Table 1 – Estimated contract value" / "Period Value (£)": a table in pounds
            header = next((clean_value(src.line(k)) for k in range(n + 1, min(last, n + 3) + 1) if clean_value(src.line(k))), "")
            scale = 1 if re.search(r"\(£\)", caption + " " + header) else None
        if scale is None:
            continue
        tables += 1
        started = False
        for k in range(n + 1, min(last, n + 16) + 1):
            line = clean_value(src.line(k))
            if not line:
                if started:
                    break
                continue  # (a blank line between the caption and its header)
            started = True
            for prop, pattern in (("cg:valueGBP", _INITIAL_TOTAL_ROW), ("cg:maxValueGBP", _MAX_TOTAL_ROW)):
                m = pattern.match(line)
                value = parse_table_amount(m.group("cell"), scale) if m else None
                if value is not None and value > 0:
                    found.append((prop, value, k))
            if _INITIAL_TERM_ROW.match(line) or re.match(r"^\W*Initial\s+(?:contract\s+)?(?:term|period)\b", line, re.I):
                # "Initial term 1 October 2023 – 30 September 2026 3,780,000": the dates, then the one sum
                rest = line
                for d in reversed(find_dates(line)):
                    rest = rest[: d.start] + " " + rest[d.end:]
                cells = re.findall(r"(?<![\w,.])£?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,.])|(?<![\w,.])£?\d+(?:\.\d+)?(?![\w,.%])", rest)
                cells = [c for c in cells if not re.fullmatch(r"\d{1,2}", c)]  # ("3 years", "(12 months)")
                value = parse_table_amount(cells[0], scale) if len(cells) == 1 else None
                if value is not None and value > 0:
                    found.append(("cg:valueGBP", value, k))
            mm = _MAXIMUM_ROW.match(line)
            value = parse_table_amount(mm.group("cell"), scale) if mm else None
            if value is not None and value > 0:
                found.append(("cg:maxValueGBP", value, k))
    if tables != 1:
        return
    for prop, value, k in found:
        if not contract.values(prop) and len({v for p, v, _ in found if p == prop}) == 1:
            contract.add(prop, value, src.evidence(k, k, clean_value(src.line(k))))


_WILL_COMMENCE = re.compile(
    r"\b(?:new\s+)?(?:contract|service|framework|agreement|DPS|system)\s+(?:will|would|is\s+(?:due|expected|proposed)\s+to)\s+"
    r"(?:commence|start|begin|go\s+live|run|open)\s+(?:on|from)\s+",
    re.I,
)


#: a table row "Initial term   1 September 2021 – 31 August 2024   6,552,000"
_INITIAL_TERM_ROW = re.compile(r"^\W*Initial\s+(?:contract\s+)?(?:term|period)\b\s*:?\s*(?=\d)", re.I)


def _initial_term_row(ctx: ParseContext, contract: Entity, first: int, last: int) -> None:
    """cg:startDate / cg:endDate from a value or timetable row that starts "Initial term" and
    prints a date range; only when one such row is in the body, and the text gave no term (or
    only its start, which the row must then print)."""
    if contract.values("cg:endDate"):
        return
    known_start = contract.first("cg:startDate")
    src = ctx.source
    found = []
    for n in range(first, last + 1):
        line = clean_value(src.line(n))
        m = _INITIAL_TERM_ROW.match(line)
        if m:
            rng = _dates_range(line[m.end():])
            ds = find_dates(line[m.end():])
            if rng and ds and ds[0].start == 0:
                found.append((rng, n, line))
    if len({f[0] for f in found}) == 1:
        rng, n, line = found[0]
        if known_start is not None and known_start != rng[0]:
            return
        ev = src.evidence(n, n)
        if known_start is None:
            contract.add("cg:startDate", rng[0], ev)
        contract.add("cg:endDate", rng[1], ev)


def _start_from_body(ctx: ParseContext, contract: Entity, text: str, first: int, last: int) -> None:
    """cg:startDate (and cg:endDate when a range is printed) from "the contract will commence
    on 1 April 2025 [and run until 31 March 2030]" in a report body, when the decision text
    gave none; never from a sentence about an extension or the current contract. Once a start
    is read, the end printed elsewhere in the body for that start is looked for as well."""
    had_start = bool(contract.values("cg:startDate"))
    _start_and_end_from_body(ctx, contract, text, first, last)
    if not had_start and contract.values("cg:startDate") and not contract.values("cg:endDate"):
        _start_and_end_from_body(ctx, contract, text, first, last)  # (now with the start known)


#: a sentence about what follows an extended contract: its replacement's start is never the extended one's
_REPLACEMENT = re.compile(r"\bnew\s+(?:contracts?|services?|arrangements?|model)\b|\brecommission|\bre-?procure|\bre-?tender", re.I)


def _start_and_end_from_body(ctx: ParseContext, contract: Entity, text: str, first: int, last: int) -> None:
    src = ctx.source
    start = contract.first("cg:startDate")
    if start is not None:
        # the start is known (from the decision text); a body sentence printing the initial term
        # from that same start gives its end: "the initial three-year term (1 Nov 2024 to 31 Oct 2027)"
        if contract.values("cg:endDate"):
            return
        for sentence in _sentences(clean_value(text)):
            m = _TERM_FROM.search(sentence)
            if not m or _OTHER_CONTRACT.search(sentence[: m.end()]) or re.search(r"\bextend|\bextension", sentence[: m.end()], re.I):
                continue
            rng = _dates_range(sentence[m.end():])
            ev = src.find(sentence[:200], first, last) if rng and rng[0] == start else None
            if ev is not None:
                contract.add("cg:endDate", rng[1], ev)
                return
        for sentence in _sentences(clean_value(text)):
            if _end_from_will_end(ctx, contract, sentence, start, first, last):
                return
            # "The contract will start on 1 October 2022 and end on 30 September 2027"
            wm = _WILL_COMMENCE.search(sentence)
            if not wm or _OTHER_CONTRACT.search(sentence[: wm.end()]) or re.search(r"\bextend|\bextension", sentence[: wm.end()], re.I):
                continue
            rng = _dates_range(sentence[wm.end():])
            ds = find_dates(sentence[wm.end():])
            if rng and ds and ds[0].start == 0 and rng[0] == start == ds[0].value:
                ev = src.find(sentence[:200], first, last)
                if ev is not None:
                    contract.add("cg:endDate", rng[1], ev)
                    return
        return
    extended = is_extension(contract)
    for sentence in _sentences(clean_value(text)):
        if extended and _REPLACEMENT.search(sentence):
            continue  # "A new contract is expected to start on 1 April 2019": not the one extended
        if _initial_term_from(ctx, contract, sentence, first, last):
            return
        m = _WILL_COMMENCE.search(sentence)
        if not m or _OTHER_CONTRACT.search(sentence) or re.search(r"\bextend|\bextension", sentence[: m.end()], re.I):
            continue
        ds = find_dates(sentence[m.end():])
        if not ds or ds[0].start != 0:
            continue
        ev = src.find(sentence[:200], first, last)
        if ev is None:
            return
        contract.add("cg:startDate", ds[0].value, ev)
        if not contract.values("cg:endDate"):
            # "The contract will commence on 1 February 2024. The initial term will end on 31 January 2026"
            for later in _sentences(clean_value(text)):
                if _end_from_will_end(ctx, contract, later, ds[0].value, first, last):
                    return
        rest = sentence[m.end() + ds[0].end:]
        em = re.match(r"\s*(?:and\s+(?:will\s+)?(?:run|continue|end)\s+(?:for\s+(?:a\s+period\s+of\s+)?[\w-]+\s+(?:years?|months?)\s+)?)?"
                      r"(?:,?\s*for\s+(?:an?\s+)?(?:initial\s+)?(?:(?:term|period)\s+of\s+)?[\w-]+\s+(?:years?|months?),?\s+)?"
                      r"(?:until|to|–|-|and\s+end\s+on|ending\s+on)\s+", rest, re.I)
        if em:
            d2 = find_dates(rest[em.end():])
            if d2 and d2[0].start == 0 and d2[0].value > ds[0].value:
                contract.add("cg:endDate", d2[0].value, ev)
        return


#: "The contract will end on 31 March 2030 unless extended": the new contract's end, said on its own
_WILL_END = re.compile(
    r"\b(?:(?:new|proposed|call-off)\s+)?(?:contract|framework|agreement|DPS|initial\s+(?:contract\s+)?(?:term|period))\s+"
    r"(?:(?:will|would|is\s+(?:due|expected|proposed)\s+to|shall)\s+(?:end|expire|terminate|run\s+(?:until|to)|continue\s+until)|ends|expires|runs\s+until)"
    r"\s+(?:on\s+)?(?=\d)",
    re.I,
)


def _end_from_will_end(ctx: ParseContext, contract: Entity, sentence: str, start: date, first: int, last: int) -> bool:
    """cg:endDate from "The contract will end on 31 March 2030 unless extended", once the start
    is known: the date must fall after the start (the current contract's end falls before it),
    and the sentence must not be about the current contract or the end with extensions."""
    m = _WILL_END.search(sentence)
    if not m or _OTHER_CONTRACT.search(sentence[: m.end()]) or re.search(r"\bextend|\bextension", sentence[: m.end()], re.I):
        return False
    ds = find_dates(sentence[m.end():])
    if not ds or ds[0].start != 0 or ds[0].value <= start:
        return False
    if _EXTENSION_AFTER.match(sentence[m.end() + ds[0].end:]):
        return False  # "will end on 31 March 2032 if both extensions are used"
    ev = ctx.source.find(sentence[:200], first, last)
    if ev is None:
        return False
    contract.add("cg:endDate", ds[0].value, ev)
    return True


#: "will run for an initial term of five years from", "the contract period is three years, from":
#: the words that announce the new contract's own term before its "from D1 to D2"
_TERM_FROM = re.compile(
    r"\b(?:initial\s+(?:contract\s+)?(?:term|period)|contract\s+(?:term|period)|(?:will|would|is\s+to|shall)\s+"
    r"(?:run|last|operate|be\s+in\s+place)|runs)\b[^.;£]{0,60}?\b(?:from|commencing(?:\s+on)?|starting(?:\s+on)?)\s+|"
    r"\binitial\s+(?:[\w-]+\s+){0,2}(?:term|period)(?:\s+of\s+(?:[\w-]+\s+)?(?:years?|months?))?\s*\(\s*(?=\d)",
    re.I,
)


def _initial_term_from(ctx: ParseContext, contract: Entity, sentence: str, first: int, last: int) -> bool:
    """cg:startDate and cg:endDate from "The contract will run for an initial term of five
    years from 1 April 2021 to 31 March 2026" in a report body: only a printed range right
    after the term's words, never in a sentence about the current contract or an extension."""
    m = _TERM_FROM.search(sentence)
    # (what the sentence says after the term - "(c) the current provider ..." - is not about it)
    if not m or _OTHER_CONTRACT.search(sentence[: m.end()]) or re.search(r"\bextend|\bextension", sentence[: m.end()], re.I):
        return False
    if not re.search(r"\b(?:contracts?|framework|agreement|service|system|lots?|DPS)\b", sentence[: m.end()], re.I):
        return False
    ds = find_dates(sentence[m.end():])
    rng = _dates_range(sentence[m.end():])
    if not ds or ds[0].start != 0:
        return False
    ev = ctx.source.find(sentence[:200], first, last)
    if ev is None:
        return False
    if rng is None or rng[0] != ds[0].value:
        # "... for an initial term of three years from 1 April 2024, with the option ...": the
        # start is printed, the end is not (never computed)
        if re.search(r"\binitial\s+(?:contract\s+)?(?:term|period)\b", m.group(0), re.I):
            contract.add("cg:startDate", ds[0].value, ev)
            return True
        return False
    contract.add("cg:startDate", rng[0], ev)
    contract.add("cg:endDate", rng[1], ev)
    return True


#: "Urgent Extension of the Kent Enablement at Home Service": extending a service is extending its contract
_SERVICE_EXTENSION = re.compile(r"\bextension\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:at|and|for|of|in)\s+)?){1,8}Services?\b", re.I)


def contract_for_decision_title(ctx: ParseContext, decision: Ref, title: str, evidence: Evidence) -> Entity | None:
    """A decision known only by its title ("22/00019 – Kara Contract Extension") that names a contract."""
    if not re.search(r"\bcontracts?\b|\bframework\b|\bagreement\b|\bdirect\s+award\b", title, re.I) \
            and not _SERVICE_EXTENSION.search(title):
        return None
    e = _contract(ctx, (decision.key[0], "contract"))
    e.add_source(evidence)
    _set_title(e, title, evidence)
    e.add("cg:authorisedBy", decision, evidence)
    council = council_ref(ctx)
    if council is not None:
        e.add("cg:awardedBy", council, evidence)
    route = _route(title)
    if route:
        e.add("cg:procurementRoute", route, evidence)
    if is_extension(e):
        d = ctx.entities.get(decision)
        _extension_terms_after(ctx, e, [evidence.start_line] + ([ev.start_line for ev in d.evidence] if d is not None else []))
    return e


def contracts_from_resolution(
    ctx: ParseContext,
    decision: Ref | None,
    evidence: Evidence,
    item: Entity | None = None,
    meeting_date: str | None = None,
) -> list[Entity]:
    """Contracts a minuted RESOLVED text endorses ("... to: (a) Extend the current ... Contract for 16 months ...").

    Without a numbered decision the contracts are keyed by the meeting date and
    the item's title, and titled from the item.
    """
    f = Field("RESOLVED", "resolution", evidence.start_line,
              [(n, ctx.source.line(n)) for n in range(evidence.start_line, evidence.end_line + 1)])
    if decision is not None:
        d = ctx.entities.get(decision)
        title = str(d.first("dct:title")) if d is not None and d.first("dct:title") else None
        return _decision_contracts(ctx, decision, title, None, f)
    if item is None:
        return []
    title = str(item.first("dct:title") or "")
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    if not slug:
        return []
    st = item.properties.get("dct:title", [None])[0]
    title_ev = st.evidence[0] if st is not None and st.evidence else None
    return _decision_contracts(ctx, None, title, title_ev, f, key_prefix=("item", meeting_date or "undated", slug))


_NARRATIVE = re.compile(
    r"\b(?P<route>direct\s+award|award|extension|re-?procurement|procurement)\s+of\s+(?:a|an|the)\s+"
    r"(?:(?:\d+|one|two|three|four|five)[- ](?:year|month)s?(?:-long)?\s+)?(?:[\w-]+\s+){0,4}?contract\b",
    re.I,
)


#: a course only weighed, not taken: "... was being considered", "would be explored", "options for"
_ONLY_CONSIDERED = re.compile(r"\b(?:was|were|is|are)\s+(?:being|to\s+be)\s+(?:considered|explored|discussed)\b|\bwould\s+be\s+(?:considered|explored)\b|\boptions?\s+(?:for|of)\b", re.I)
#: "A contract had been awarded to Acme Care Ltd for ...": a minuted award told in the past tense
_AWARDED_NARRATIVE = re.compile(
    r"\b(?:[Aa]|[Tt]he)\s+(?:(?:new|block|spot|interim|single|call-off)\s+)*contracts?\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
    r"awarded\s+to\s+(?:the\s+)?" + PROVIDER_ORG
)
#: "at a cost of up to £2.1 million", "with a value of £640,000", "worth £1.2m"
_COST_OF = re.compile(r"\b(?:at\s+an?\s+(?:total\s+|additional\s+|estimated\s+)?(?:cost|value)\s+of|(?:with|for)\s+a\s+(?:total\s+)?value\s+of|worth|valued\s+at)\s+(?=(?:up\s+to\s+)?£)", re.I)


def _awarded_sentence(ctx: ParseContext, e: Entity, sentence: str, first: int, last: int) -> None:
    """"The contract was awarded to Acme Ltd, for two years from 1 July 2022 to 30 June 2024":
    the holder (one named body, never a withheld one) and the term of a decision's contract."""
    m = re.search(r"\b(?:was|were|has\s+been|had\s+been)\s+awarded\s+to\s+(?:the\s+)?" + PROVIDER_ORG, sentence)
    if not m or WITHHELD.search(m.group(0)):
        return
    orgs = tidy_party(m.group("org"), keep_the=True)
    ev = ctx.source.find(sentence[:200], first, last)
    if ev is None:
        return
    if len(orgs) == 1 and not e.values("cg:provider") and not _MORE_PARTIES.match(sentence[m.end():]):
        ref = note_organisation(ctx, orgs[0], ev, provider=True)
        if ref is not None:
            e.add("cg:provider", ref, ev)
    fm = re.search(r"\b(?:from|for\s+the\s+period)\s+(?=\d)", sentence[m.end():])
    rng = _dates_range(sentence[m.end() + fm.start():]) if fm else None
    if rng and not e.values("cg:startDate"):
        e.add("cg:startDate", rng[0], ev)
        e.add("cg:endDate", rng[1], ev)


def _cost_in(ctx: ParseContext, e: Entity, sentence: str, first: int, last: int) -> None:
    """The sum "at a cost of" / "with a value of" / "worth" announces in a sentence about the one
    contract: an extension's cost (cg:extensionValueGBP) when it is one, else the contract's value
    (exact or "up to"); a qualified sum is kept as printed (cg:valueStatement)."""
    cm = _COST_OF.search(sentence)
    if not cm:
        return
    sums = [m for m in _clause_money(sentence) if m.start >= cm.end() - 1]
    if not sums or not re.match(r"^(?:up\s+to\s+|just\s+over\s+|over\s+)?£", sentence[cm.end():], re.I):
        return
    money = sums[0]
    ev = ctx.source.find(sentence[:200], first, last) or ctx.source.find(sentence[cm.start(): money.end], first, last)
    if ev is None:
        return
    if _is_extension_cost(sentence, money):
        if not e.values("cg:extensionValueGBP") and (money.exact or money.qualifier in _USABLE_QUALIFIERS):
            e.add("cg:extensionValueGBP", Decimal(money.value), ev)
    elif money.exact or money.qualifier in _USABLE_QUALIFIERS:
        prop = "cg:annualValueGBP" if money.annual else "cg:valueGBP"
        if not e.values(prop) and not e.values("cg:valueGBP"):
            e.add(prop, Decimal(money.value), ev)
    elif not e.values("cg:valueStatement"):
        e.add("cg:valueStatement", money.text, ev)


def _awarded_terms(ctx: ParseContext, e: Entity, text: str, m: re.Match[str], first: int, last: int) -> None:
    """Provider and value of a minuted "a contract had been awarded to X ... at a cost of up to £Y"
    (the sentence of the award only); a withheld or listed party is never the provider."""
    src = ctx.source
    sentence = next((x for x in _sentences(text) if m.group(0) in x), m.group(0))
    orgs = tidy_party(m.group("org"), keep_the=True)
    tail = text[m.end():]
    if len(orgs) == 1 and not WITHHELD.search(m.group(0)) and not _MORE_PARTIES.match(tail):
        ev = src.find(m.group(0), first, last)
        ref = note_organisation(ctx, orgs[0], ev, provider=True) if ev is not None else None
        if ref is not None:
            e.add("cg:provider", ref, ev)
    cm = _COST_OF.search(sentence)
    sums = _clause_money(sentence[cm.end():]) if cm else []
    if sums and sums[0].start == 0 or (sums and sentence[cm.end():].lower().startswith("up to")):
        money = sums[0]
        sev = src.find(sentence[:200], first, last)
        if sev is None:
            return
        if money.exact or money.qualifier in _USABLE_QUALIFIERS:
            prop = "cg:annualValueGBP" if money.annual else "cg:valueGBP"
            if not e.values(prop):
                e.add(prop, Decimal(money.value), sev)
        else:
            e.add("cg:valueStatement", money.text, sev)


def _heading_line(item: Entity) -> int:
    """The line of a minuted item's heading (where its minute number is printed); an
    item's other evidence may sit elsewhere ("declared an interest in Item 7")."""
    lines = [ev.start_line for st in item.properties.get("cg:minuteNumber", []) for ev in st.evidence]
    return min(lines) if lines else min(ev.start_line for ev in item.evidence)


def contracts_from_minutes_items(ctx: ParseContext) -> list[Entity]:
    """Contracts a minuted item describes in its narrative ("the paper asked for the
    direct award of a 1-year contract from 1 April 2024 to 31 March 2025"), for items
    without a numbered decision. Title: the item's title; provider only when the item
    names one ("Crossroads Care Kent, the provider"); value only when exact."""
    src = ctx.source
    items = []
    for meeting in ctx.entities.of("Meeting"):
        for ref in meeting.values("cg:agendaItem"):
            item = ctx.entities.get(ref) if isinstance(ref, Ref) else None
            if item is None or item.first("cg:minuteNumber") is None or not item.evidence:
                continue
            items.append((_heading_line(item), item, meeting))
    items.sort(key=lambda t: t[0])
    # decisions known only by their titles get their contract first, so that what an item's
    # narrative says about it (provider, value, term) is read into it below
    out = _contracts_named_by_decision_titles(ctx)
    council = council_ref(ctx)
    for i, (first, item, meeting) in enumerate(items):
        last = items[i + 1][0] - 1 if i + 1 < len(items) else min(len(src), first + 120)
        last = min(last, ctx.section_end(first) or last)  # the last minute ends with its minutes
        if first + 1 <= last:
            # "The X Service for adults had been delivered by Acme since 1 April 2019": a current contract
            _described_contracts(ctx, None, first + 1, last, named_only=True)  # type: ignore[arg-type]
        decision = item.first("cg:decision")
        if decision is not None:
            if isinstance(decision, Ref):
                _provider_from_minutes(ctx, decision, first, last)
            continue
        title = str(item.first("dct:title") or "")
        if is_outside_cycle(title):
            # "decision 22/00029 - Interim Block Contracts ... had been taken. Block contracts with A and
            # B, together worth £930,000, would run from D1 to D2": the one decision the item reports
            numbers = {num for n in range(first + 1, last + 1) for _, num in find_decision_numbers(src.line(n))}
            taken = ctx.entities.get(Ref("Contract", (next(iter(numbers)), "contract"))) if len(numbers) == 1 else None
            if taken is not None:
                _terms_from_minutes(ctx, taken, first, last)
                continue
        d0 = meeting.first("cg:date")
        prefix = ("item", d0.isoformat() if d0 else "undated", re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60])
        if any(c.key[:3] == prefix for c in ctx.entities.of("Contract")):
            continue  # already read from the item's resolution
        made = _item_title_agreement(ctx, item, prefix, first, last) or _contract_with_in_minutes(ctx, prefix, first, last)
        if made is not None:
            out.append(made)
            continue
        for p_first, p_last in paragraphs(src, first + 1, last):
            text = clean_value(" ".join(src.line(n) for n in range(p_first, p_last + 1)))
            m = _NARRATIVE.search(text) or _AWARDED_NARRATIVE.search(text)
            if not m:
                continue
            awarded = m.re is _AWARDED_NARRATIVE
            told = next((x for x in _sentences(text) if m.group(0) in x), m.group(0))
            if _ONLY_CONSIDERED.search(told):
                continue  # "A direct award of a further contract ... was being considered": nothing decided yet
            rng = _dates_range(text[m.start(): m.end() + (160 if awarded else 80)])
            route = _route(m.group(0))
            if rng is None and route is None and not awarded:
                continue
            ev = src.find(m.group(0), p_first, p_last)
            if ev is None:
                continue
            d = meeting.first("cg:date")
            e = _contract(ctx, ("item", d.isoformat() if d else "undated", re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]))
            e.add_source(ev)
            title_ev = item.properties.get("dct:title", [None])[0]
            _set_title(e, title, title_ev.evidence[0] if title_ev is not None and title_ev.evidence else ev)
            if council is not None:
                e.add("cg:awardedBy", council, ev)
            if route:
                e.add("cg:procurementRoute", route, ev)
            if rng:
                rev = src.find(text[m.start(): m.end() + 80][:120], p_first, p_last) or ev
                start_p, end_p = period_properties(route == "extension" or bool(re.match(r"(?i)extension\b", m.group(0))))
                e.add(start_p, rng[0], rev)
                e.add(end_p, rng[1], rev)
            for sentence in _sentences(text):
                if re.search(r"\bcontract\s+value\b|\btotal\s+value\b", sentence, re.I):
                    sums = _clause_money(sentence)
                    sev = src.find(sentence[:200], p_first, p_last)
                    if sev is None or not sums:
                        continue
                    if len(sums) == 1 and sums[0].exact:
                        e.add("cg:annualValueGBP" if sums[0].annual else "cg:valueGBP", Decimal(sums[0].value), sev)
                    elif not sums[0].exact:  # "over £3 million": kept as printed, never as a number
                        e.add("cg:valueStatement", sums[0].text, sev)
            if awarded:
                _awarded_terms(ctx, e, text, m, p_first, p_last)
            for n in range(first, last + 1):
                pm = None if e.values("cg:provider") else NAMED_PROVIDER.search(src.line(n))
                if pm:
                    org = note_organisation(ctx, pm.group("org"), src.evidence(n, n, pm.group(0)), provider=True)
                    if org is not None:
                        e.add("cg:provider", org, src.evidence(n, n, pm.group(0)))
                    break
            out.append(e)
            break
        else:
            made = _item_title_agreement(ctx, item, prefix, first, last, _AWARD_TITLE)
            if made is not None:
                out.append(made)
    return out


def _contracts_named_by_decision_titles(ctx: ParseContext) -> list[Entity]:
    """A contract for each numbered decision whose title names one ("23/00036 - Kent Sensory
    Services Contract Extension") and that no clause has yet given a contract: minuted
    items that endorse a decision without quoting it, decisions noted as taken."""
    made = []
    authorised = {c.first("cg:authorisedBy") for c in ctx.entities.of("Contract")}
    taken = {c.key[0] for c in ctx.entities.of("Contract")}
    for d in ctx.entities.of("Decision"):
        if d.ref in authorised or d.key[0] in taken:
            continue
        st = d.properties.get("dct:title", [None])[0]
        if st is None or not st.evidence:
            continue
        title = str(st.value)
        if re.search(r"\b(?:terminat\w*|grants?|policy|fees?|uplift)\b", title, re.I):
            continue  # ending a contract, grants and fee rates are not contracts let
        if not (d.values("cg:status") or d.values("cg:consideredAt") or d.values("cg:endorsedAt")):
            continue  # only listed (a work programme, a forward plan): nothing is decided yet
        e = contract_for_decision_title(ctx, d.ref, title, st.evidence[0])
        if e is not None:
            made.append(e)
    return made


#: "the Cabinet Member agreed a direct award of a block contract to ...", "approved the award of
#: the X contract to ...": a decision's action told in a sentence; the clause starts at the action
_AGREED_ACTION = re.compile(
    r"\b(?:agreed|approved|authorised|authorized|made|took|decided)\s+(?:(?:the|an?)\s+(?:urgent\s+|key\s+)?decision\s+)?"
    r"(?:on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s+)?"
    r"(?:to\s*:\s*\(?(?P<letter>a)\)\s*|to\s+|the\s+|a\s+|an\s+)?"
    # "to approve a direct award", "(a) make an urgent direct award": the action itself
    r"(?:approve\s+)?(?:make\s+)?(?:a\s+|an\s+|the\s+)?(?:urgent\s+)?"
    r"(?=(?:direct\s+award|directly\s+award|award|extend|extension|enter\s+into|procure|re-?procure|vary|variation|establish|renew|novate|call[- ]off)\b)",
    re.I,
)
#: "agreed on 26 April 2021 to a call-off contract ... with Acme Ltd": agreeing to a contract is letting it
_AGREED_TO_CONTRACT = re.compile(
    r"\b(?:agreed|approved)\s+(?:on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s+)?to\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}contract\b)",
    re.I,
)


#: where the text about one taken decision ends: the next numbered heading or decision number
_UNDER_ENDS = re.compile(r"^\s*\d+\.?\s+[A-Z]|(?<![/\d])\d{2}\s?/\s?(?:\d{5}|0\d{3})(?![/\d])")


def _holder_before(ctx: ParseContext, contract: Entity, sentences: list[str], first: int, last: int) -> None:
    """The current holder of a contract a taken decision varies or extends, named in the sentences
    before the decision ("The service is provided by X under a contract ...", "The X contract with
    Y was due to end ..."): exactly one company, charity or NHS body, never a withheld one."""
    found = {}
    for sentence in sentences:
        for pattern in (_PROVIDED_BY, _CONTRACT_HOLDER):
            for m in pattern.finditer(sentence):
                name = org_group(m)
                if not name or WITHHELD.search(m.group(0)) or _MORE_PARTIES.match(sentence[m.end():]):
                    continue
                for org in tidy_party(name, keep_the=True):
                    kind = org_kind(canonical_org_name(org, aliases_for(ctx)))
                    if kind in ("Company", "Charity", "NHSBody") or (
                            pattern is _CONTRACT_HOLDER and kind is None and _named_holder(ctx, org)):
                        found.setdefault(canonical_org_name(org, aliases_for(ctx)), (org, m.group(0)))
    if len(found) != 1:
        return
    org, phrase = next(iter(found.values()))
    ev = _find_across_furniture(ctx.source, phrase, max(1, first), last)
    ref = note_organisation(ctx, org, ev, provider=True) if ev is not None else None
    if ref is not None:
        contract.add("cg:provider", ref, ev)


_LATER_HOLDER = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?(?:The|This)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement),?\s+with\s+(?:the\s+)?" + PROVIDER_ORG)


#: how a report body names the bidder its decision awards to "the highest scoring bidder": "The
#: highest scoring bid was submitted by X", "the contract will be awarded to X", "X is recommended
#: as the provider of the new service"
_BIDDER_NAMED = re.compile(
    r"\bhighest[- ]scoring\s+(?:bid|tender)\s+was\s+(?:submitted\s+by|from|received\s+from)\s+(?:the\s+)?" + PROVIDER_ORG
    + r"|\b(?:contract|service)\s+(?:will|would)\s+be\s+awarded\s+to\s+(?:the\s+)?" + PROVIDER_ORG.replace("org", "org2")
    + r"|(?:^|[.]\s+|\d\s+)" + PROVIDER_ORG.replace("org", "org3")
    + r"\s+(?:is|was)\s+(?:therefore\s+)?(?:recommended|proposed)\s+as\s+the\s+(?:new\s+)?(?:provider|supplier|contractor)\b"
)


def _bidder_named_in_body(ctx: ParseContext, contract: Entity, text: str, first: int, last: int) -> None:
    """The provider of a contract its decision awards to "the highest scoring bidder", named by the
    report's body (see ``_BIDDER_NAMED``): exactly one body, never a withheld one or the council."""
    found: dict[str, tuple[str, str]] = {}
    for sentence in _sentences(clean_value(text)):
        if _OTHER_CONTRACT.search(sentence) and not re.search(r"\bnew\b", sentence, re.I):
            continue
        for m in _BIDDER_NAMED.finditer(sentence):
            if WITHHELD.search(m.group(0)):
                continue
            orgs = tidy_party(org_group(m) or "", keep_the=True)
            if len(orgs) != 1 or NOT_ORG_START.match(orgs[0]) or NOT_A_PARTY.match(orgs[0]) or is_council(ctx, orgs[0]):
                continue
            found.setdefault(canonical_org_name(orgs[0], aliases_for(ctx)), (orgs[0], m.group(0).lstrip(". ")))
    if len(found) != 1:
        return
    org, phrase = next(iter(found.values()))
    ev = _find_across_furniture(ctx.source, phrase, first, last)
    ref = note_organisation(ctx, org, ev, provider=True) if ev is not None else None
    if ref is not None:
        contract.add("cg:provider", ref, ev)


#: "awarded to the supplier ranked first in Table 1", "with the highest ranked provider in Table 2"
_RANKED_FIRST = re.compile(
    r"\b(?:(?:highest|top|first)[- ]ranked\s+(?:provider|bidder|supplier|tenderer)|(?:provider|bidder|supplier|tenderer)\s+"
    r"ranked\s+(?:first|1st|highest|top))\s+(?:in|shown\s+in|at)\s+Table\s+(?P<n>\d+)\b",
    re.I,
)
#: "The beds are provided by:" - the table below names the one provider
_PROVIDED_BY_TABLE = re.compile(r"\b(?:are|is|will\s+be)\s+(?:provided|delivered|run)\s+by\s*:?\s*$", re.I)
#: a company, charity or trust name at the start of a table row, then its cells
_ROW_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|&)){0,7}?[ \t]+(?:Ltd|Limited|CIC|LLP|plc|PLC|Trust))(?![\w])"


def _provider_from_table(ctx: ParseContext, contract: Entity, first: int, last: int) -> None:
    """The provider a text names through a table: "awarded to the supplier ranked first in Table 1"
    (the row ranked 1, whether the rank is the first or the last column), or "The beds are
    provided by:" over a table with one row. The name must end as a company's, a charity's or a
    trust's does; never when two rows qualify."""
    if contract.values("cg:provider"):
        return
    src = ctx.source
    lines = [clean_value(src.line(n)) for n in range(first, last + 1)]
    text = " ".join(lines)
    found: list[tuple[str, int]] = []
    rm = _RANKED_FIRST.search(text)
    if rm and not WITHHELD.search(text[max(0, rm.start() - 80): rm.end()]):
        caption = re.compile(r"^\W*Table\s+" + rm.group("n") + r"\b", re.I)
        at = next((k for k, line in enumerate(lines) if caption.match(line)), None)
        if at is not None:
            header = next((line for line in lines[at + 1: at + 4] if re.search(r"\bRank\b", line, re.I)), "")
            rank_first = bool(re.match(r"^\W*Rank\b", header, re.I))
            rank_last = bool(re.search(r"\bRank\s*$", header, re.I))
            for k in range(at + 1, min(len(lines), at + 14)):
                line = lines[k]
                if rank_first:
                    m = re.match(r"^\s*1\s+" + _ROW_NAME + r"\s+\d", line)
                elif rank_last:
                    m = re.match(r"^\s*" + _ROW_NAME + r"\s+[\d.\s%]*\s1\s*$", line)
                else:
                    m = None
                if m:
                    found.append((m.group("name"), first + k))
    if not found:
        for k, line in enumerate(lines):
            if _PROVIDED_BY_TABLE.search(line):
                rows = [(j, re.match(r"^\s*" + _ROW_NAME + r"\s", l)) for j, l in enumerate(lines[k + 2: k + 8], start=k + 2)]
                data = [(j, m) for j, m in rows if m]
                if len(data) == 1 and (k + 2 + 1 >= len(lines) or not lines[data[0][0] + 1: data[0][0] + 2] or
                                       not re.match(r"^\s*" + _ROW_NAME, lines[data[0][0] + 1])):
                    found.append((data[0][1].group("name"), first + data[0][0]))
                break
    if len({name for name, _ in found}) != 1:
        return
    name, n = found[0]
    if org_kind(canonical_org_name(name, aliases_for(ctx))) not in ("Company", "Charity", "NHSBody"):
        return
    ev = src.find(name, n, n)
    ref = note_organisation(ctx, name, ev, provider=True) if ev is not None else None
    if ref is not None:
        contract.add("cg:provider", ref, ev)


def _holder_named_later(ctx: ParseContext, contract: Entity, sentence: str, first: int, last: int) -> None:
    """The party of a taken decision's contract named by the next sentence ("The call-off contract,
    with Acme Systems Ltd, runs for two years ..."): one company, charity or NHS body by its name."""
    m = _LATER_HOLDER.match(sentence)
    if not m or WITHHELD.search(m.group(0)):
        return
    orgs = tidy_party(m.group("org"), keep_the=True)
    if len(orgs) != 1 or org_kind(canonical_org_name(orgs[0], aliases_for(ctx))) not in ("Company", "Charity", "NHSBody"):
        return
    ev = _find_across_furniture(ctx.source, m.group(0), first, last)
    ref = note_organisation(ctx, orgs[0], ev, provider=True) if ev is not None else None
    if ref is not None:
        contract.add("cg:provider", ref, ev)


def _named_holder(ctx: ParseContext, name: str) -> bool:
    """Is ``name``, read as "the X contract with <name>", a body's own name although it does not say
    its kind ("Voiceworks Advocacy Kent")? Two to six capitalised words, not a person, not a
    council, not a place or a month."""
    from ..text.names import parse_name

    words = name.split()
    return (2 <= len(words) <= 6 and all(w[:1].isupper() or w in ("and", "of", "&") for w in words)
            and parse_name(name) is None and not is_council(ctx, name) and not NOT_A_PARTY.match(name)
            and not NOT_ORG_START.match(name))


def _find_across_furniture(src: SourceText, phrase: str, first: int, last: int) -> Evidence | None:
    """Evidence for a phrase read from cleaned text, which a page marker may split in the source
    ("Heronsgate Care" / "Page 75" / "Partnership Ltd"): the phrase itself when it is printed
    whole, else the lines from its first words to its last word (quoted as printed)."""
    ev = src.find(phrase, first, last)
    if ev is not None:
        return ev
    words = phrase.split()
    if len(words) < 4:
        return None
    head = src.find(" ".join(words[:3]), first, last)
    if head is None:
        return None
    tail = src.find(words[-1], head.start_line, min(last, head.start_line + 4))
    return src.evidence(head.start_line, tail.end_line) if tail is not None else None


def paragraph_under(src: SourceText, title_line: int) -> tuple[int, int] | None:
    """The text printed under a decision's title line: the rest of its paragraph and the
    paragraphs after it, up to the next top-level numbered heading ("4. Recommendation") or
    a line printing a decision number (at most 30 lines); "3.1 ..." paragraphs belong to it."""
    paras = paragraphs(src, title_line, min(len(src), title_line + 30))
    if not paras:
        return None
    first, last = paras[0]
    if last > title_line:
        start, end = title_line + 1, last
        rest = paras[1:]
    elif len(paras) > 1:
        (start, end), rest = paras[1], paras[2:]
        if _UNDER_ENDS.search(src.line(start)):
            return None
    else:
        return None
    for a, b in rest:
        if _UNDER_ENDS.search(src.line(a)):
            break
        end = b
    return start, end


def contract_from_decision_paragraph(
    ctx: ParseContext, decision: Ref, title: str, title_ev: Evidence, first: int, last: int
) -> Entity | None:
    """The contract a taken decision's paragraph says was let ("... the Cabinet Member agreed
    a direct award of a block contract to Acme Care Ltd, from 2 August 2021 to 31 March 2022,
    at a total cost of £1,248,000"): the sentence from its action on is read as the decision's
    clause (provider, dates, value, route), titled by the decision. One sentence only."""
    src = ctx.source
    text = paragraph_text(src, first, last)
    sentences = _sentences(text)
    for k, sentence in enumerate(sentences):
        m = _AGREED_ACTION.search(sentence)
        to_contract = None if m else _AGREED_TO_CONTRACT.search(sentence)
        if not (m or to_contract):
            continue
        clause = sentence[m.end():] if m else "award " + sentence[to_contract.end():]
        clause = re.sub(r"^(?i:the\s+)?extension\s+of\b", "extend", clause)
        clause = re.sub(r"^(?i:the\s+)?variation\s+of\b", "vary", clause)
        clause = re.sub(r"^(?i:the\s+)?award\s+of\b", "award", clause)
        clause = re.sub(r"^(?i:directly\s+award)\b", "direct award", clause)
        clause = re.sub(r"^(?i:call\s+off)\b", "call-off", clause)
        # "The X contract with Y was due to end ... the Cabinet Member agreed to extend it for six months"
        clause = re.sub(r"^((?i:extend|vary|renew|novate))\s+it\b", r"\1 the contract", clause)
        # "a direct award to Acme Ltd for the X Service": a direct award lets a contract
        clause = re.sub(r"^((?i:direct\s+award))\s+(?=to\s+[A-Z])", r"\1 of a contract ", clause)
        if m and m.group("letter"):
            clause = "a) " + clause  # "agreed to: (a) directly award ...; and (b) delegate ...": its lettered clauses
        if not _CONTRACT_NOUN.search(clause):
            continue
        start = src.find(sentence[:60], first, last)
        if start is None:
            continue
        f = Field("", "decision", start.start_line, [(start.start_line, clause)])
        made = _decision_contracts(ctx, decision, title, title_ev, f, lines=(start.start_line, last))
        if len(made) != 1:
            return None
        # "The call-off contract runs from 1 May 2021 to 31 October 2021, at a cost of £1,365,000.",
        # "2.2 The value of the contract is £486,000"
        for later in sentences[k + 1:]:
            if re.match(r"^(?:\d+(?:\.\d+)*\s+)?(?:The|This|It)\b[^.;]{0,60}?\b(?:contract|agreement|call-off|it)\b", later):
                if not made[0].values("cg:startDate") and not is_extension(made[0]):
                    if not _initial_term_from(ctx, made[0], later, start.start_line, last):
                        _awarded_sentence(ctx, made[0], later, start.start_line, last)
                if not made[0].values("cg:valueGBP") and (_TOTAL_VALUE.search(later) or _bare_value(later)):
                    _values_from(ctx, made[0], later, start.start_line, last)
                _cost_in(ctx, made[0], later, start.start_line, last)
                if not made[0].values("cg:provider"):
                    # "The call-off contract, with Careline Systems UK Ltd, runs for two years ..."
                    _holder_named_later(ctx, made[0], later, start.start_line, last)
        if not made[0].values("cg:provider") and not re.match(r"^\W*(?:vary|extend|novate|renew)\b", clause, re.I):
            _provider_from_table(ctx, made[0], start.start_line, last)  # "The beds are provided by:" / a table
        if not made[0].values("cg:provider") and re.match(r"^\W*(?:vary|extend|novate|renew)\b", clause, re.I):
            # "The service is provided by Acme Ltd under a contract awarded in 2018. ... the Cabinet
            # Member agreed to vary the contract ...": the holder the paragraph names before
            _holder_before(ctx, made[0], sentences[:k], start.start_line - 15, last)
        return made[0]
    return None


_EXTENDED_TO = re.compile(r"\bextend\w*\b[^.;]{0,60}?\b(?:to|until)\s+", re.I)


def _extension_terms_after(ctx: ParseContext, contract: Entity, title_lines: list[int]) -> None:
    """Holder, new end date and cost of a contract extension from the paragraph printed under
    the decision's number ("24/00072 - Urgent Extension of the X Service" / "The X contract with
    Acme Care Ltd was due to end on 31 October 2024. The Cabinet Member agreed to extend it for
    six months, to 30 April 2025, at a cost of £275,000"). The holder must be a company or a
    charity by its name; only dates and sums the paragraph states."""
    src = ctx.source
    for first_line in sorted(set(title_lines)):
        under = paragraph_under(src, first_line)
        if under is None:
            continue
        first, last = under
        text = paragraph_text(src, first, last)
        if re.search(r"(?<![/\d])\d{2}\s?/\s?(?:\d{5}|0\d{3})(?![/\d])", text):
            continue  # another decision's text
        if not (re.search(r"\bcontract", text, re.I) and re.search(r"\bextend", text, re.I)):
            continue
        if not contract.values("cg:provider"):
            m = _CONTRACT_HOLDER.search(text)
            several = bool(m and _MORE_PARTIES.match(text[m.end():]))  # "contracts with A (East Kent) and B (West Kent)"
            orgs = [o for o in tidy_party(m.group("org"), keep_the=True)] if m and not WITHHELD.search(m.group(0)) and not several else []
            if len(orgs) == 1 and org_kind(canonical_org_name(orgs[0], aliases_for(ctx))) in ("Company", "Charity", "NHSBody"):
                ev = src.find(m.group(0), first, last)
                ref = note_organisation(ctx, orgs[0], ev, provider=True) if ev is not None else None
                if ref is not None:
                    contract.add("cg:provider", ref, ev)
        if not contract.values("cg:valueGBP"):
            _values_from(ctx, contract, text, first, last, focused=False, awarding=True)
        em = _EXTENDED_TO.search(text)
        if em and not contract.values("cg:extensionEndDate"):
            ds = find_dates(text[em.end():])
            sentence_ev = src.find(text[em.start(): em.end() + (ds[0].end if ds else 0)], first, last)
            if ds and ds[0].start == 0 and sentence_ev is not None:
                contract.add("cg:extensionEndDate", ds[0].value, sentence_ev)  # the date it now runs to
        return


#: "The X contract with Acme Care Ltd": the holder of a contract being extended
_CONTRACT_HOLDER = re.compile(r"\b[Cc]ontracts?\s+with\s+(?:the\s+)?" + PROVIDER_ORG)
#: how a minuted discussion names who will hold a decision's contract
_MINUTES_PROVIDER = re.compile(
    r"\b(?:would|will|is\s+to|was\s+to)\s+be\s+(?:provided|delivered|run|awarded\s+to)\s+(?:by\s+)?(?:the\s+)?" + PROVIDER_ORG
    + r"|\b(?:had\s+been|has\s+been|was|were|been)\s+awarded\s+to\s+(?:the\s+)?" + PROVIDER_ORG.replace("org", "org2")
    + r"|\b(?i:award)\s+the\s+(?:(?!to\b)[\w'’-]+\s+){0,10}?(?i:contract)\b[^.;]{0,120}?\bto\s+(?:the\s+)?" + PROVIDER_ORG.replace("org", "org3")
)
#: "the Independent Mental Health Advocacy contract with The Advocacy People ... would be extended"
_EXTENDED_WITH = re.compile(
    r"\b[Cc]ontracts?\s+with\s+(?:the\s+)?" + PROVIDER_ORG + r"(?=[^.;]*\bextended\b)"
    r"|\b(?:extend|extension\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,8}?[Cc]ontracts?"
    r"(?:\s+(?:in|for)(?:\s+(?:and\s+)?[A-Z][\w'’-]*){1,4})?\s+(?:with|held\s+by)\s+(?:the\s+)?"
    + PROVIDER_ORG.replace("org", "org2")
)
#: "The Kent Enablement at Home contract with Hilltop Homecare Limited ..."
_CONTRACT_WITH = re.compile(
    r"\b[Tt]he\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|at|and|for|of|in))*?)\s+[Cc]ontract\s+with\s+(?:the\s+)?" + PROVIDER_ORG
)


def _item_text(ctx: ParseContext, first: int, last: int) -> list[tuple[int, int, str]]:
    src = ctx.source
    return [(a, b, clean_value(" ".join(src.line(n) for n in range(a, b + 1)))) for a, b in paragraphs(src, first + 1, last)]


def _provider_from_minutes(ctx: ParseContext, decision: Ref, first: int, last: int) -> None:
    """The provider a minuted item names for its decision's one contract ("the new service
    would be provided by Acme Ltd"), when the decision text did not name it; one name only."""
    made = [c for c in ctx.entities.of("Contract") if c.key[0] == decision.key[0] and not c.values("cg:lotOf")]
    if len(made) != 1:
        return
    _terms_from_minutes(ctx, made[0], first, last)
    if made[0].values("cg:provider"):
        return
    found: dict[str, tuple[str, int, int, str]] = {}
    # the holder of a contract being extended is its current one: "the X contract with Acme Ltd"
    patterns = [_MINUTES_PROVIDER, _EXTENDED_WITH, _PROVIDED_BY] if is_extension(made[0]) else [_MINUTES_PROVIDER]
    for a, b, text in _item_text(ctx, first, last):
        for m in (m for pattern in patterns for m in pattern.finditer(text)):
            if WITHHELD.search(m.group(0)):
                continue
            if m.re is _PROVIDED_BY and m.group("org3"):
                continue  # "jointly commissioned with Medway Council": a partner, not the holder
            for org in tidy_party(org_group(m) or "", keep_the=True):
                bare = re.sub(r"^The\s+", "", org)
                if NOT_ORG_START.match(bare) or NOT_A_PARTY.match(bare) or is_council(ctx, bare):
                    continue
                found.setdefault(canonical_org_name(org, aliases_for(ctx)), (org, a, b, m.group(0)))
    if len(found) != 1:
        return  # none, or several bodies: cannot tell which holds this contract
    org, a, b, phrase = next(iter(found.values()))
    ev = ctx.source.find(phrase, a, b)
    if ev is None:
        return
    ref = note_organisation(ctx, org, ev, provider=True)
    if ref is not None:
        made[0].add("cg:provider", ref, ev)


def _terms_from_minutes(ctx: ParseContext, contract: Entity, first: int, last: int) -> None:
    """Value, dates and route a minuted discussion states for its decision's one contract,
    where the decision text did not: "The total contract value over the initial term is
    £6.2m", "the new contract would run from 1 April 2025 to 31 March 2030". A date range
    in a sentence about an extension is the extension's, not the initial term."""
    src = ctx.source
    if first + 1 > last:
        return
    text = " ".join(src.line(n) for n in range(first + 1, last + 1))
    text = text.split("RESOLVED")[0]  # the resolution itself was read from the decision
    extension = is_extension(contract)
    if not contract.values("cg:valueGBP") and not contract.values("cg:annualValueGBP"):
        _values_from(ctx, contract, text, first + 1, last, focused=False, awarding=True)
    original_term_of_extension(ctx, contract, text, first + 1, last)
    if not contract.values("cg:startDate") and not extension:
        for sentence in _sentences(clean_value(text)):
            if _initial_term_from(ctx, contract, sentence, first + 1, last):
                break
        # "A new contract would start on 1 April 2026 for an initial term of three years, to 31 March 2029"
        _start_from_body(ctx, contract, text, first + 1, last)
    if not contract.values("cg:startDate") and not contract.values("cg:extensionStartDate"):
        for sentence in _sentences(clean_value(text)):
            if not re.search(r"\b(?:contract|service|term|framework|agreement)\b", sentence, re.I):
                continue
            if re.search(r"\bcurrent\b|\bexisting\b|\bprevious\b|\boption", sentence, re.I):
                continue
            about_extension = bool(re.search(r"\bextend|\bextension", sentence, re.I))
            if about_extension and not (
                extension and re.search(r"\b(?:be|been|is|was)\s+extended\s+from\b|\bextend(?:ing|s)?\b[^.;]{0,160}?\bfrom\b", sentence, re.I)
            ):
                continue  # another extension's period, or an extension when the decision is not one
            rng = _dates_range(sentence)
            if rng is None:
                continue
            ev = src.find(sentence[:200], first + 1, last)
            if ev is not None:
                start_p, end_p = period_properties(about_extension)
                contract.add(start_p, rng[0], ev)
                contract.add(end_p, rng[1], ev)
            break
    if not contract.values("cg:procurementRoute"):
        _route_and_award_date_from(ctx, contract, text, first + 1, last, True)
    if extension and not contract.values("cg:provider"):
        # "..., extending the contract with Acme Trust for six months": the holder of the one contract
        for sentence in _sentences(clean_value(text)):
            hm = _EXTENDING_WITH.search(sentence)
            if hm is None or WITHHELD.search(hm.group(0)) or _MORE_PARTIES.match(sentence[hm.end():]):
                continue
            orgs = tidy_party(hm.group("org"), keep_the=True)
            ev = src.find(hm.group(0), first + 1, last)
            ref = note_organisation(ctx, orgs[0], ev, provider=True) if len(orgs) == 1 and ev is not None else None
            if ref is not None:
                contract.add("cg:provider", ref, ev)
            break


#: "extending the contract with Acme Trust", "extend the Befriending contract held by Acme Ltd"
_EXTENDING_WITH = re.compile(
    r"\b(?:extending|extended|extend|extends)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,6}?contract\s+(?:with|held\s+by)\s+(?:the\s+)?"
    + PROVIDER_ORG
)


#: "The contract commenced on 1 July 2016", "under a contract that began on 1 October 2020", "The
#: contract was awarded to X following an open tender, and commenced on 1 October 2015"
_EXTENDED_STARTED = re.compile(
    r"(?:\b(?:contracts?|agreements?)\b(?:(?!\b(?:new|will|would|previous|former|replac\w*)\b)[^.;]){0,160}?|^(?:\d+(?:\.\d+)*\s+)?It\s+)"
    r"\b(?:commenced|started|began)\s+(?:on\s+)?(?=\d)",
    re.I,
)
#: "... for an initial term of three years ending on 30 June 2019": the initial term's printed end
_INITIAL_TERM_ENDING = re.compile(
    r"^[^.;]{0,40}?\binitial\s+(?:contract\s+)?(?:term|period)\b[^.;£]{0,40}?\b(?:ending|ended|to|until|expiring|which\s+ended)\s+(?:on\s+)?(?=\d)",
    re.I,
)
#: "The original contract value over the four years to 30 September 2019 was £7.52m"
_ORIGINAL_VALUE = re.compile(
    r"\boriginal\s+(?:total\s+)?(?:contract\s+)?value\b[^.;£]{0,80}?\b(?:was|is|of)\s+(?=£)|"
    r"\b(?:total\s+)?value\s+of\s+the\s+contract\s+over\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?was\s+(?=£)|"
    r"\b(?:contract\s+)?value\s+(?:at|on)\s+(?:the\s+)?(?:award|start)\b[^.;£]{0,20}?\b(?:was|of)\s+(?=£)|"
    r"\btotal\s+value\s+of\s+the\s+initial\s+(?:contract\s+)?(?:term|period)\s+was\s+(?=£)|"
    r"^(?:\d+(?:\.\d+)*\s+)?(?:It|The\s+contract)\s+(?:had|was\s+(?:awarded|let)\s+(?:with|at))\s+a\s+(?:total\s+)?value\s+of\s+"
    r"(?=£(?:[^.;]|\.(?=\d))*\b(?:over|for)\s+(?:the|its)\s+initial\s+(?:[\w-]+\s+)?(?:contract\s+)?(?:term|period)\b)",
    re.I,
)


#: "The initial term ran from D1 to D2": the extended contract's own first term
_INITIAL_TERM_RAN = re.compile(r"\binitial\s+(?:contract\s+)?(?:term|period)\s+(?:ran|run|was|lasted)\s+from\s+(?=\d)", re.I)


def original_term_of_extension(ctx: ParseContext, contract: Entity, text: str, first: int, last: int) -> None:
    """The initial term and value of a contract being extended, as the text tells its story:
    "The contract commenced on 1 July 2016 for an initial term of three years ending on 30 June
    2019", "The original contract value ... was £7.52m". Only for an extension record (its
    current contract is the one extended); only one start the text agrees on; an end only when
    printed as the initial term's, a value only when said to be the original contract's."""
    if not is_extension(contract):
        return
    src = ctx.source
    starts: dict[date, tuple[str, date | None]] = {}
    values: dict[Decimal, str] = {}
    for sentence in _sentences(clean_value(text)):
        m = _EXTENDED_STARTED.search(sentence)
        if m:
            ds = find_dates(sentence[m.end():])
            if ds and ds[0].start == 0:
                rest = sentence[m.end() + ds[0].end:]
                em = _INITIAL_TERM_ENDING.match(rest)
                ends = find_dates(rest[em.end():]) if em else []
                end = ends[0].value if ends and ends[0].start == 0 and ends[0].value > ds[0].value else None
                if ds[0].value not in starts or starts[ds[0].value][1] is None:
                    starts[ds[0].value] = (sentence, end)
        tm = _INITIAL_TERM_RAN.search(sentence)
        if tm and not _OTHER_CONTRACT.search(sentence[: tm.start()].replace("current", "")):
            # "The initial term ran from 1 October 2016 to 30 September 2019 at a total value of £X"
            rng = _dates_range(sentence[tm.end():])
            ds = find_dates(sentence[tm.end():])
            if rng and ds and ds[0].start == 0 and rng[0] == ds[0].value:
                starts[rng[0]] = (sentence, rng[1])
                after = sentence[tm.end():]
                am = re.search(r"\bat\s+a\s+(?:total\s+)?value\s+of\s+(?=£)", after)
                sums = [x for x in find_money(after) if am and x.start == am.end() and x.exact and x.period is None]
                if sums:
                    values.setdefault(Decimal(sums[0].value), sentence)
        vm = _ORIGINAL_VALUE.search(sentence)
        if vm:
            sums = [x for x in find_money(sentence) if x.start == vm.end() and x.exact and x.period is None]
            if sums:
                values.setdefault(Decimal(sums[0].value), sentence)
    if len(starts) == 1 and not contract.values("cg:startDate"):
        (start, (sentence, end)), = starts.items()
        ev = src.find(sentence[:200], first, last)
        if ev is not None:
            contract.add("cg:startDate", start, ev)
            if end is not None and not contract.values("cg:endDate"):
                contract.add("cg:endDate", end, ev)
    if len(values) == 1 and not contract.values("cg:valueGBP"):
        (value, sentence), = values.items()
        ev = src.find(sentence[:200], first, last)
        if ev is not None:
            contract.add("cg:valueGBP", value, ev)
    _end_before_extension(ctx, contract, text, first, last)


def _end_before_extension(ctx: ParseContext, contract: Entity, text: str, first: int, last: int) -> None:
    """The end of an extended contract's initial term: the date its story says it "is due to end"
    / "expires" on, when the extension the decision approves starts the very next day and the
    sentence says nothing of earlier extensions (an end reached through extensions is not the
    initial term's)."""
    ext_start = contract.first("cg:extensionStartDate")
    if contract.values("cg:endDate") or not isinstance(ext_start, date):
        return
    start = contract.first("cg:startDate")
    for sentence in _sentences(clean_value(text)):
        if re.search(r"\bextend|\bextension|\bextended|\bfollowing\s+the\s+use\b|\bvariation", sentence, re.I):
            continue
        for em in _STORY_EXPIRES.finditer(sentence):
            ds = find_dates(sentence[em.end():])
            if not ds or ds[0].start != 0:
                continue
            end = ds[0].value
            if (ext_start - end).days != 1 or (start is not None and end <= start):
                continue
            ev = ctx.source.find(sentence[:200], first, last)
            if ev is not None:
                contract.add("cg:endDate", end, ev)
                return


def is_extension(contract: Entity) -> bool:
    """Is the contract record an extension (its decision extends an existing contract)? Said by
    its title as printed ("... - Contract Extension": the evidence of the title keeps the action
    the title itself drops) or by a clause that starts "extend"."""
    printed_titles = [str(contract.first("dct:title") or "")] + [
        ev.quote or "" for st in contract.properties.get("dct:title", []) for ev in st.evidence
    ]
    if any(re.search(r"\bextension\b", t, re.I) for t in printed_titles):
        return True
    return any(re.match(r"^\W*extend\b", ev.quote or "", re.I) for ev in contract.evidence)


def _contract_with_in_minutes(ctx: ParseContext, prefix: tuple[str, ...], first: int, last: int) -> Entity | None:
    """A contract a minuted item (without a numbered decision) names with its provider:
    "The Kent Enablement at Home contract with Hilltop Homecare Limited was due to end ..."."""
    for a, b, text in _item_text(ctx, first, last):
        m = _CONTRACT_WITH.search(text)
        if not m or WITHHELD.search(m.group(0)):
            continue
        orgs = [o for o in tidy_party(m.group("org")) if not (NOT_ORG_START.match(o) or NOT_A_PARTY.match(o) or is_council(ctx, o))]
        if len(orgs) != 1:
            continue
        ev = ctx.source.find(m.group(0), a, b)
        if ev is None:
            continue
        ref = note_organisation(ctx, orgs[0], ev, provider=True)
        if ref is None:
            continue
        e = _contract(ctx, prefix)
        e.add_source(ev)
        _set_title(e, m.group("t") + " contract", ev)
        e.add("cg:provider", ref, ev)
        return e
    return None


#: a minuted item about one agreement: "Strategic Partnership Agreement for Neurodiversity",
#: "Section 75 Agreement with KMPT", "Home Care Framework"; not "contract monitoring" or
#: "performance of contracts" (reports about contracts in general)
_AGREEMENT_TITLE = re.compile(
    r"^(?!.*\b(?:monitoring|performance|update|review|register|management|pipeline|forward\s+plan)\b)"
    r".*\b(?:partnership\s+agreement|section\s+75\s+agreement|s75\s+agreement|service\s+level\s+agreement|"
    r"framework\s+agreement|collaboration\s+agreement)\b",
    re.I,
)


#: an item titled by what it does to one contract: "Day Services - Contract Award"
_AWARD_TITLE = re.compile(
    r"^(?!.*\b(?:monitoring|performance|update|review|register|pipeline|forward\s+plan)\b)"
    r".*\b(?:contracts?\s+(?:award|extension|variation|re-?procurement)|direct\s+award)\s*$",
    re.I,
)


def _item_title_agreement(
    ctx: ParseContext, item: Entity, prefix: tuple[str, ...], first: int, last: int, pattern: re.Pattern[str] | None = None
) -> Entity | None:
    """An agreement a minuted item is about, named by the item's title (no numbered decision).

    Only the title is read (and the council as a party when the minutes say the
    recommendations were agreed); dates to sign or review it are not its term.
    """
    title = str(item.first("dct:title") or "")
    if not (pattern or _AGREEMENT_TITLE).search(title):
        return None
    st = item.properties.get("dct:title", [None])[0]
    ev = st.evidence[0] if st is not None and st.evidence else None
    if ev is None:
        return None
    e = _contract(ctx, prefix)
    e.add_source(ev)
    _set_title(e, title, ev)
    council = council_ref(ctx)
    for res in item.properties.get("cg:resolution", []):
        if council is not None and res.evidence and re.search(r"\b(?:agreed|approved|endorsed)\b", str(res.value), re.I):
            e.add("cg:awardedBy", council, res.evidence[0])
            break
    return e


_FUNDED_BY = re.compile(r"\b(?:jointly\s+|wholly\s+|fully\s+|part[- ])?funded\b[^.;]*?\bby\b(?P<rest>[^.;]*)", re.I)


def _funders_from(ctx: ParseContext, contract: Entity, f: Field) -> None:
    """cg:funder: the bodies a "(jointly) funded by ..." sentence of the decision sheet names (not the council)."""
    src = ctx.source
    text = f.text
    for m in _FUNDED_BY.finditer(text):
        rest = m.group("rest")
        for om in ORG_MENTION.finditer(rest):
            name = (om.group("name") or om.group("dept") or om.group("office") or om.group("nhs") or "").strip()
            name = re.sub(r"^(?:the|and)\s+", "", name, flags=re.I)
            if not name or is_council(ctx, name):
                continue
            ev = src.find(name, f.line, f.last_line)
            if ev is None:
                continue
            org = note_organisation(ctx, name, ev)
            if org is not None:
                contract.add("cg:funder", org, ev)


def parse_record_of_decision(section: Section, ctx: ParseContext, decision: Ref, fields: dict[str, Field]) -> None:
    """Contracts the proposed decision acts on (called by the record-of-decision parser)."""
    text_field = fields.get("decision")
    if text_field is None:
        return
    title_field = fields.get("title")
    title = title_field.text if title_field is not None else None
    title_ev = title_field.evidence(ctx.source) if title_field is not None else None
    made = _decision_contracts(ctx, decision, title, title_ev, text_field)
    fin = fields.get("financial")
    if made and fin is not None and len(made) == 1:
        _values_from(ctx, made[0], fin.text, fin.line, fin.last_line)
    if len(made) == 1:
        for name in ("financial", "reasons"):
            f = fields.get(name)
            if f is not None:
                _funders_from(ctx, made[0], f)


def parse_report_body(
    section: Section,
    ctx: ParseContext,
    report: Entity,
    decision: Ref | None,
    fields: dict[str, Field],
    body_start: int,
) -> None:
    """Contracts of a report: from its recommendations (when it proposes a
    numbered decision) and providers named in its body."""
    src = ctx.source
    made: list[Entity] = []
    rec = fields.get("recommendation")
    if decision is not None and rec is not None:
        subject = fields.get("subject")
        made = _decision_contracts(
            ctx, decision, subject.text if subject else None, subject.evidence(src) if subject else None, rec
        )
    whole = [e for e in made if not e.values("cg:lotOf")]  # (the award, not its lots)
    if len(whole) == 1 and len(made) > 1:
        made = whole + [e for e in made if e.values("cg:lotOf")]
    if len(whole) == 1 and body_start <= section.end:
        body = " ".join(src.line(n) for n in range(body_start, section.end + 1))
        awarding = bool(re.search(r"\baward", rec.text if rec is not None else "", re.I))
        _values_from(ctx, made[0], body, body_start, section.end, focused=False, awarding=awarding)
        _route_and_award_date_from(ctx, made[0], body, body_start, section.end, awarding)
        _start_from_body(ctx, made[0], body, body_start, section.end)
        if not is_extension(made[0]):
            _initial_term_row(ctx, made[0], body_start, section.end)
        original_term_of_extension(ctx, made[0], body, body_start, section.end)
        summary_field = fields.get("summary")
        if summary_field is not None:  # (the summary may tell it: "... under a contract which began on D")
            original_term_of_extension(ctx, made[0], summary_field.text, summary_field.line, summary_field.last_line)
        if not made[0].values("cg:provider") and not re.search(r"\bexempt\b", rec.text if rec is not None else "", re.I):
            if awarding:
                _bidder_named_in_body(ctx, made[0], body, body_start, section.end)
            _provider_from_table(ctx, made[0], body_start, section.end)
        _value_from_scaled_table(ctx, made[0], body_start, section.end)
        if not made[0].values("cg:valueGBP") and not is_extension(made[0]):
            _value_from_captioned_table(ctx, made[0], body_start, section.end)
        if not is_extension(made[0]):
            _key_fact_rows(ctx, made[0], body_start, section.end)
    if len(made) > 1 and body_start <= section.end:
        _per_lot_sentences(ctx, made, body_start, section.end)
        _per_kind_sentences(ctx, made, fields, body_start, section.end)
    lots = [e for e in made if e.values("cg:lotOf")]
    if lots and body_start <= section.end:
        # "Both contracts will run for an initial period of three years, commencing 1st April 2023
        # and ending 31st March 2026": the term of every lot
        body = clean_value(" ".join(src.line(n) for n in range(body_start, section.end + 1)))
        for sentence in _sentences(body):
            if re.search(r"(?:^|\s)(?:Both|Each|All)\s+(?:of\s+the\s+)?(?:contracts?|lots?)\s+(?:will|would|is|are)\b", sentence):
                for lot in lots:
                    if not lot.values("cg:startDate") and not lot.values("cg:endDate"):
                        _initial_term_from(ctx, lot, sentence, body_start, section.end)
                break
    summary = fields.get("summary")
    if summary is not None:
        _described_contracts(ctx, section, summary.line, summary.last_line)
    _described_contracts(ctx, section, max(body_start, section.start))
    # organisations are scanned once for the whole document (decisions.complete_decisions)


#: a sentence whose subject is one lot: "3.2 Lot 2 will commence on ...", "Lot 2 has an annual value of ..."
_LOT_SUBJECT = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?(?:For\s+)?Lot\s+(?P<n>\d+|[A-Z])\b(?!\s*(?:and|,|&|to)\s+(?:Lot\s+)?\d)")


#: a sentence whose subject is the decision's one DPS or framework: "5.2 The DPS would run for an
#: initial period of four years, from D1 to D2"
_KIND_SUBJECT = {
    "dynamic-purchasing-system": re.compile(r"^(?:\d+(?:\.\d+)*\s+)?The\s+(?:new\s+|proposed\s+)?(?:DPS|Dynamic\s+Purchasing\s+System)\b", re.I),
    "framework": re.compile(r"^(?:\d+(?:\.\d+)*\s+)?The\s+(?:new\s+|proposed\s+)?framework\b", re.I),
}


def _per_kind_sentences(ctx: ParseContext, made: list[Entity], fields: dict[str, Field], first: int, last: int) -> None:
    """A decision acting on two kinds of agreement ("a) APPROVE the extension of the X contract
    ...; b) APPROVE the procurement of a Y Dynamic Purchasing System"): sentences whose subject
    is the DPS / the framework give that record its term and value; the extended contract's own
    story (its start, initial end and original value) is read from the sentences that name it
    by its title and the "It ..." sentence after."""
    src = ctx.source
    body = clean_value(" ".join(src.line(n) for n in range(first, last + 1)))
    kinds: dict[str, list[Entity]] = {}
    for e in made:
        if not e.values("cg:lotOf"):
            kinds.setdefault(re.sub(r"-\d+$", "", str(e.key[-1])), []).append(e)
    if len(kinds) < 2 or any(len(v) > 1 for v in kinds.values()):
        return
    for kind, pattern in _KIND_SUBJECT.items():
        if kind not in kinds:
            continue
        e = kinds[kind][0]
        for sentence in _sentences(body):
            if not pattern.match(sentence):
                continue
            if not e.values("cg:startDate"):
                _initial_term_from(ctx, e, sentence, first, last)
            if not e.values("cg:valueGBP"):
                _values_from(ctx, e, sentence, first, last, focused=True)
    extended = [es[0] for k, es in kinds.items() if k == "contract" and is_extension(es[0])]
    if not extended:
        return
    e = extended[0]
    title = str(e.first("dct:title") or "")
    summary = fields.get("summary")
    for text, lo, hi in ((summary.text, summary.line, summary.last_line) if summary is not None else ("", 0, 0), (body, first, last)):
        if not title or not text:
            continue
        sentences = _sentences(clean_value(text))
        told = [x for k, x in enumerate(sentences) if title.lower() in x.lower()
                or (k and title.lower() in sentences[k - 1].lower() and re.match(r"^It\b", x))]
        if told:
            original_term_of_extension(ctx, e, " ".join(told), lo, hi)


_LOT_STARTS_AND_ENDS = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?[^.;]{0,40}?\b(?:will\s+)?(?:commence|start|begin)\s+(?:on\s+)?(?P<d1>\d[^.;,]{5,25}?)\s+and\s+(?:will\s+)?(?:end|finish|expire)\s+"
    r"(?:on\s+)?(?P<d2>\d[^.;,]{5,25}?)(?=\s*[,.;]|\s*$|\s+with\b)", re.I)


def lot_number(contract: Entity) -> str | None:
    """The lot a contract is: its key's "lot-N", or a title that says "(Lot N)"."""
    if str(contract.key[-1]).startswith("lot-"):
        return str(contract.key[-1])[4:]
    m = re.search(r"\bLot\s+(\d+|[A-Z])\b", str(contract.first("dct:title") or ""))
    return m.group(1).lower() if m else None


def _per_lot_sentences(ctx: ParseContext, made: list[Entity], first: int, last: int) -> None:
    """A report letting several lots as contracts tells each one's term and value in sentences
    whose subject is the lot ("3.2 Lot 2 will commence on 1st April 2026 and end on 31st March
    2029", "4.2 Lot 2 has an annual value of £1.1 million, giving a total of £3.3 million for the
    initial term"): those sentences are read for that lot's contract only."""
    by_number: dict[str, list[Entity]] = {}
    for e in made:
        n = lot_number(e)
        if n is not None:
            by_number.setdefault(n, []).append(e)
    if not by_number or any(len(v) > 1 for v in by_number.values()):
        return
    body = clean_value(" ".join(ctx.source.line(n) for n in range(first, last + 1)))
    for sentence in _sentences(body):
        m = _LOT_SUBJECT.match(sentence)
        if m is None or m.group("n").lower() not in by_number:
            continue
        e = by_number[m.group("n").lower()][0]
        if not e.values("cg:startDate"):
            if not _initial_term_from(ctx, e, sentence, first, last):
                # "Lot 2 will commence on 1st April 2026 and end on 31st March 2029"
                wm = _LOT_STARTS_AND_ENDS.search(sentence)
                d1 = find_dates(wm.group("d1")) if wm else []
                d2 = find_dates(wm.group("d2")) if wm else []
                ok = len(d1) == 1 and len(d2) == 1 and d1[0].value < d2[0].value
                ev = ctx.source.find(sentence[:200], first, last) if ok else None
                if ev is not None:
                    e.add("cg:startDate", d1[0].value, ev)
                    e.add("cg:endDate", d2[0].value, ev)
        if not e.values("cg:valueGBP"):
            _values_from(ctx, e, sentence, first, last, focused=True)


_LOT_LABEL = re.compile(r"^\W*Lot\s+(?P<n>\d+|[A-Z])\b")
_TABLE_END = re.compile(r"^[\s|]*(?:Total\b|\d+\.\d+\s|\d+\.\s+[A-Z]|Table\s+\d)")
#: a row of a table whose first column is the lot: "1 North Kent Acme CIC 1,240 3,720"
_BARE_LOT_LABEL = re.compile(r"^\W*(?P<n>\d{1,2})\s*(?:[-–—:.]\s*)?(?=[A-Z])")
#: a bare amount cell of a scaled table ("1,240", "3,720.5")
_BARE_AMOUNT = re.compile(r"(?<![\w,.£(/-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w,./%)-])")


def lot_values_from_tables(ctx: ParseContext) -> None:
    """Each lot's value from a table by lot anywhere in the document ("Lot | Recommended
    provider | Annual value | Total value" / "Lot 1 – East Kent  Acme Ltd  £1,620,000
    £4,860,000"): the header says which column is the total and which the annual figure; a
    row is a lot's only when it prints the lot's number and its provider's name, and exactly
    one exact sum per column (else nothing is read). A total is cg:valueGBP; an annual figure
    only when the table has no total column. Evidence: the row's lines."""
    lots = [c for c in ctx.entities.of("Contract") if c.values("cg:lotOf") or (
        lot_number(c) is not None and c.values("cg:authorisedBy"))]
    if not lots:
        return
    src = ctx.source
    n, last = 1, len(src)
    while n <= last:
        header = clean_value(src.line(n) + " " + (src.line(n + 1) if n < last else "")).lower()
        # the header row starts with the "Lot" column ("Lot | Recommended provider | Annual value | Total value")
        columns = _value_columns(header) if re.match(r"^\W*lots?\b(?!\s+(?:\d|[a-z]\b))", header) and not find_money(header) else []
        if not columns:
            n += 1
            continue
        # "Table 1 – Lot values (£000)" above the header: the cells are bare numbers in thousands
        scale = table_scale(" ".join(src.line(i) for i in range(max(1, n - 3), min(last, n + 1) + 1)))
        rows: list[tuple[str, int, int]] = []
        k = n + 1
        while k <= min(last, n + 60):
            line = clean_value(src.line(k))
            if rows and _TABLE_END.match(line):
                break
            lm = _LOT_LABEL.match(line) or (_BARE_LOT_LABEL.match(line) if scale else None)
            if lm:
                rows.append((lm.group("n").lower(), k, k))
            elif rows and line:
                rows[-1] = (rows[-1][0], rows[-1][1], k)
            k += 1
        for number, a, b in rows:
            text = clean_value(" ".join(src.line(i) for i in range(a, b + 1)))
            # the row names the lot's provider, or (a withheld or unnamed one) the lot was awarded
            # within the 150 lines before the table and no other lot of that number was
            numbered = [lot for lot in lots if lot_number(lot) == number]
            mine = [lot for lot in numbered if _names_provider(ctx, lot, text)] or [
                lot for lot in numbered
                if any(n - 150 <= ev.start_line < n for ev in lot.evidence)
            ]
            found = find_money(text)
            if found:
                sums = [Decimal(m.value) for m in found] if all(m.exact and m.period is None for m in found) else []
            elif scale:  # "1 North Kent Acme CIC 1,240 3,720" in a £000 table
                label = (_LOT_LABEL.match(text) or _BARE_LOT_LABEL.match(text))
                cells = _BARE_AMOUNT.findall(text[label.end():]) if label else []
                sums = [v for v in (parse_table_amount(c, scale) for c in cells) if v is not None]
                sums = sums if len(sums) == len(cells) else []
            else:
                sums = []
            if len(mine) != 1 or len(sums) != len(columns):
                continue
            lot, ev, values = mine[0], src.evidence(a, b), dict(zip(columns, sums))
            if "total" in values and not lot.values("cg:valueGBP"):
                lot.add("cg:valueGBP", values["total"], ev)
            elif "total" not in values and "annual" in values and not lot.values("cg:annualValueGBP"):
                lot.add("cg:annualValueGBP", values["annual"], ev)
            if "maximum" in values and not lot.values("cg:maxValueGBP"):
                lot.add("cg:maxValueGBP", values["maximum"], ev)
        n = k if rows else n + 1


#: a sentence that gives its term to every lot: "Each contract will have an initial term ...",
#: "Both contracts will run ...", "All lots will start on ..."
_EACH_CONTRACT = re.compile(r"(?:^|\s)(?:Each|Both|All)\s+(?:of\s+the\s+)?(?:new\s+)?(?:contracts?|lots?)\b")


def lot_terms_from_parent(ctx: ParseContext) -> None:
    """A lot's start and end from its parent contract when the sentence that gave the parent
    its term says it of each contract ("Each contract will have an initial term of three
    years from D1 to D2"); the evidence is that sentence. A lot that has its own start keeps
    it, and takes the end only when its start is the parent's."""
    for lot in ctx.entities.of("Contract"):
        parent_ref = lot.first("cg:lotOf")
        parent = ctx.entities.get(parent_ref) if isinstance(parent_ref, Ref) else None
        if parent is None:
            continue
        for prop in ("cg:startDate", "cg:endDate"):
            if lot.values(prop) or not parent.values(prop):
                continue
            if prop == "cg:endDate" and lot.values("cg:startDate") and lot.first("cg:startDate") != parent.first("cg:startDate"):
                continue
            statement = parent.properties[prop][0]
            said = [ev for ev in statement.evidence if _EACH_CONTRACT.search(ev.quote)]
            if said:
                lot.add(prop, statement.value, said[0])


def _value_columns(header: str) -> list[str]:
    """The value columns a table header names, left to right: "annual", "total" (the initial
    term's value) and "maximum" (with extensions)."""
    found = []
    for kind, pattern in (("annual", r"\bannual\s+value\b|\bvalue\s+per\s+(?:annum|year)\b|\bannual\b(?=[\s|]+(?:initial|total|contract|maximum)\b)"),
                          ("total", r"\btotal\s+(?:contract\s+)?value\b|\bcontract\s+value\b|\binitial\s+(?:contract\s+)?(?:term|period)\b"),
                          ("maximum", r"\bmaximum\b|\bincluding\s+(?:all\s+|the\s+|any\s+)?(?:optional\s+)?extensions?\b")):
        m = re.search(pattern, header)
        if m:
            found.append((m.start(), kind))
    return [kind for _, kind in sorted(found)]


def _names_provider(ctx: ParseContext, lot: Entity, text: str) -> bool:
    """Does a table row print the lot's provider's name?"""
    plain = normalise_ws(text).lower()
    # (a name wrapped past the row's figures: "2 West Kent Acme Community Care 1,585 4,755 Ltd")
    plain = plain + " | " + normalise_ws(re.sub(r"£?\s?\d[\d,.]*\s?(?:m|k|million)?(?![\w])", " ", plain))
    for ref in lot.values("cg:provider"):
        org = ctx.entities.get(ref) if isinstance(ref, Ref) else None
        names = [str(v) for v in org.values("rdfs:label") + org.values("skos:altLabel")] if org is not None else []
        if any(normalise_ws(name).lower() in plain for name in names):
            return True
    return False


def parse_appendix(section: Section, ctx: ParseContext, start: int) -> None:
    """Providers, described contracts and organisations in lines ``start``..end of a section."""
    if start > section.end:
        return
    _described_contracts(ctx, section, start)


# --- described contracts ("the contract is provided by Careium") ----------------------

_ORG_NAME = r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,6})"
_PROVIDED_BY = re.compile(
    # "The existing West Kent Supported Living contract is held by X", "under the Kent Equipment
    # Service contract, held by X": the contract named, then its holder
    r"\b(?:the|The)\s+(?:current\s+|existing\s+)?(?P<t5>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of|at|in))*?)\s+[Cc]ontract,?\s+"
    r"(?:(?:is|was)\s+)?(?:currently\s+)?(?:held|delivered|provided|run)\s+by\s+(?:the\s+)?" + _ORG_NAME.replace("org", "org5")
    # "Telecare: provided by X.", "Virtual Care Line: a video carephone service provided by X": a listed
    # service, its name as the item's heading
    + r"|(?:^|(?<=[.;]\s))(?:[\uf0b7•▪●\-–]\s*)?[A-Z][\w &'’-]{2,50}?:\s+(?:an?\s+(?:[\w-]+\s+){0,4}?(?:service|contract)\s+)?"
    r"(?:provided|delivered|run)\s+by\s+(?:the\s+)?" + _ORG_NAME.replace("org", "org6")
    + r"|\b(?:is|are|was|were|be|being|has\s+been|have\s+been|had\s+been)\s+(?:currently\s+)?(?:provided|delivered|run|operated|held)\s+"
    r"(?:(?:across|throughout|in)\s+(?:the\s+)?(?:county|Kent)\s+)?by\s+(?:the\s+)?" + _ORG_NAME
    + r"|\bawarded\s+to\s+" + _ORG_NAME.replace("org", "org2")
    + r"|\bcommissioned\s+with\s+" + _ORG_NAME.replace("org", "org3")
    + r"|\b" + _ORG_NAME.replace("org", "org4") + r",\s+the\s+(?:current\s+)?provider\b"
)


_DELIVERED_BY_PARTIES = re.compile(
    r"\b(?:service|contract)\s+(?:is|was|has\s+been)\s+(?:currently\s+)?(?:delivered|provided|run)\s+by\s+"
    r"(?:(?:two|three|four|five|\d)\s+)?(?:(?:[Ss]trategic\s+|[Ll]ead\s+)?(?:[Pp]artners|[Pp]roviders|organisations)\s*,?\s+)?"
    r"(?P<parties>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5}(?:\s*,\s*[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})*"
    r"\s+and\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})"
)
_SPLIT_INTO_LOTS = re.compile(r"\b(?:split|divided|let|procured|awarded)\s+(?:in|into|as)\s+(?:\w+\s+)?[Ll]ots\b")
_LOT_LINE = re.compile(
    r"^\W*Lot\s+(?P<n>\d+|[A-Z])\s*[-–—:]\s*(?P<what>[^()]{2,100}?)\s*\((?P<org>[^()]{2,80})\)\s*[.;,]?\s*$"
)
_KNOWN_AS = re.compile(
    r"\b(?:known\s+as|named|called)\s+(?P<t>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for))*?)(?=\s*\(|\s*[.,;:)]|\s+(?:is|was|and|which)\b|\s*$)"
)
_CURRENT_TERM = re.compile(
    r"\b(?:service|contract)\s+(?:commenced|started|began)\s+(?:on\s+)?(?P<d1>[^.;]{6,30}?)\s+and\s+"
    r"(?:ends|will\s+end|expires|will\s+expire|is\s+due\s+to\s+end|ended)\s+(?:on\s+)?(?P<d2>[^.;]{6,30}?)\s*(?:[.;]|$)",
    re.I,
)


def _current_contract_with_lots(ctx: ParseContext, section: Section, start: int) -> list[Entity]:
    """An existing contract the report describes with its lots: "The service is delivered
    by two Strategic Partners, A and B. The Contract was split into four Lots ...",
    then "Lot 1 - <area> (A)" lines. Title: the service's name ("... known as Live Well
    Kent (LWK)") printed earlier in the section; term: "The service commenced on D1 and
    ends on D2". Each lot's provider must be one of the parties the sentence names."""
    src = ctx.source
    out: list[Entity] = []
    paras = paragraphs(src, start, section.end)
    for i, (first, last) in enumerate(paras):
        text = paragraph_text(src, first, last)
        dm = _DELIVERED_BY_PARTIES.search(text)
        if not dm or not _SPLIT_INTO_LOTS.search(text) or WITHHELD.search(dm.group(0)):
            continue
        before = clean_value(" ".join(src.line(n) for n in range(section.start, first)))
        names = [m for m in _KNOWN_AS.finditer(before)]
        if not names:
            continue
        title = names[-1].group("t")
        title_ev = src.find(names[-1].group(0), section.start, first)
        dev = src.find(dm.group(0), first, last)
        if title_ev is None or dev is None:
            continue
        parties: dict[str, Ref] = {}
        for printed in re.split(r"\s*,\s*|\s+and\s+", dm.group("parties")):
            ref = note_organisation(ctx, printed, dev, provider=True, named=True)
            if ref is not None:
                parties[canonical_org_name(printed, aliases_for(ctx))] = ref
        if not parties:
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        parent = _contract(ctx, ("current", slug))
        parent.add_source(dev)
        _set_title(parent, title, title_ev)
        for ref in parties.values():
            parent.add("cg:provider", ref, dev)
        term = None
        for tm in _CURRENT_TERM.finditer(clean_value(" ".join(src.line(n) for n in range(section.start, section.end + 1)))):
            d1, d2 = find_dates(tm.group("d1")), find_dates(tm.group("d2"))
            if len(d1) == 1 and len(d2) == 1 and d1[0].value < d2[0].value:
                term = (d1[0].value, d2[0].value, tm.group(0))
                break
        if term is not None:
            tev = src.find(term[2], section.start, section.end)
            if tev is not None:
                parent.add("cg:startDate", term[0], tev)
                parent.add("cg:endDate", term[1], tev)
        out.append(parent)
        # the lot lines end the paragraph or follow it (a bulleted list)
        n = first + 1
        while n <= section.end and n <= last + 20:
            line = clean_value(src.line(n))
            n += 1
            if not line:
                continue
            lm = _LOT_LINE.match(line)
            if lm is None:
                if out[-1] is not parent:
                    break
                continue
            org = canonical_org_name(lm.group("org"), aliases_for(ctx))
            ref = parties.get(org)
            if ref is None:
                continue  # "(North Kent)": an area, or a body the sentence did not name
            lev = src.evidence(n - 1, n - 1, lm.group(0).strip())
            lot = _contract(ctx, parent.key + (f"lot-{lm.group('n').lower()}",))
            lot.add_source(lev)
            _set_title(lot, f"{title} – Lot {lm.group('n')} ({lm.group('what').strip()})", lev)
            lot.add("cg:lotOf", parent.ref, lev)
            lot.add("cg:provider", ref, lev)
            out.append(lot)
    return out


#: "... provided by Acme Ltd under the Kent Community Equipment Service contract": the contract's name
_UNDER_CONTRACT = re.compile(
    r"[^.;]{0,40}?\bunder\s+(?:the|a|an|its)\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?)\s+[Cc]ontract\b"
)
#: "The Kent Carers' Support Service is delivered by ...": the service named as the sentence's subject
_SUBJECT_DELIVERED = re.compile(
    r"(?:^|[.:]\s+|\sand\s+)(?:\d+(?:\.\d+)*\s+)?(?:[\w ]{0,20}:\s+)?(?:The|the)\s+(?:current\s+|existing\s+)?(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?\s+(?i:services?))\s+"
    r"(?:contract\s+(?:for\s+(?:[A-Z][\w'’-]*\s+){1,3})?)?(?:for\s+(?:adults|older\s+people|young\s+people|carers|people\s+[a-z ]{3,30}?)\s+)?"
    r"(?:is|are|has\s+been|have\s+been|had\s+been)\s+(?:currently\s+)?(?:provided|delivered|run|operated|held)\s+by\s+$"
)
_SUBJECT_DELIVERED_ANYWHERE = re.compile(
    r"\b[Tt]he\s+(?:current\s+|existing\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?\s+(?i:services?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+)?(?:provided|delivered|held)\s+by\s+[A-Z]"
)
#: "..., which started on 1 April 2014 and ends on 31 March 2021", "under a contract which began on
#: D1 and is due to end on D2": the described contract's own term (both dates printed)
_RAN_FROM = re.compile(
    r"\b(?:contract|service|agreement),?\s+(?:which\s+|that\s+)?(?:commenced|started|began|ran|runs)\s+(?:on\s+|from\s+)?"
    r"(?P<d1>[^.;]{6,30}?)\s+(?:and\s+)?(?:(?:runs|continues|lasts|will\s+run)\s+)?(?:ends|will\s+end|expires|will\s+expire|is\s+due\s+to\s+(?:end|expire)|ended|until|to)"
    r"\s+(?:on\s+)?(?P<d2>[^.;]{6,30}?)(?=\s*[.;,]|\s*$)",
    re.I,
)


#: a report's own labels, not the heading of a paragraph about a contract ("Summary: The ...")
_REPORT_LABEL = re.compile(r"^(?:Summary|Background|Introduction|Recommendations?|Purpose|Decision|Reasons?)\s*$", re.I)


#: "This is provided by": the service is the one the sentence before named
_THIS_IS_PROVIDED = re.compile(r"(?:^|[.]\s+)(?:This|It)\s+(?:service\s+)?$")
_NAMED_SERVICE = re.compile(r"\b(?:the|The)\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?\s+Services?)\b")
#: "The NHS Complaints Advocacy Service ... was re-tendered and awarded to the successful bidder from
#: D for two years at a total value of £X": a service let, named as the sentence's subject
_SERVICE_AWARDED = re.compile(
    r"(?:^|[.]\s+|\d\s+)The\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?\s+Services?)\b[^.;]{0,80}?\b"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:[\w-]+\s+(?:\w+\s+)?and\s+)?awarded\s+to\s+(?P<who>[^.;]{3,80})"
)
#: "..., which started on 1 April 2017 for an initial term of five years": the described contract's start
_STARTED_ON = re.compile(
    r"(?:\b(?:contract|service|agreement)\b,?\s+(?:which\s+|that\s+)?|[.]\s+It\s+)(?:commenced|started|began)\s+(?:on\s+)?(?=\d)", re.I
)
#: a body's name that may carry a bracketed part: "Careline Connect (South East) Ltd"
_BRACKETED_ORG = r"(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|\([A-Z][\w ]{1,30}\)|and|of|&)(?![\w])){0,7})"
#: words that name no service: "the current contract", "this service", "the new service"
_NO_SERVICE_WORDS = frozenset(
    "new current existing this that these those the same whole main above previous former old interim block "
    "further separate single replacement temporary proposed overall council's council county-wide countywide kent-wide "
    "local commissioned contracted in-house statutory whole-county".split())
#: "The night visiting service is currently provided by": a service named in lower case as the subject
_LOWER_SUBJECT_DELIVERED = re.compile(
    r"(?:^|[.:]\s+|\s)(?:\d+(?:\.\d+)*\s+)?(?:The|the)\s+(?:current\s+|existing\s+)?"
    r"(?P<t>[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*)){0,4}?\s+(?:service|contract))\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+)?(?:provided|delivered|run|operated|held)\s+by\s+$"
)
#: "The Council currently purchases telecare equipment and response through a contract with Acme Ltd"
_PURCHASED_THROUGH = re.compile(
    r"\b(?:purchases|buys|commissions|funds|secures|arranges)\s+(?P<t>[A-Za-z][\w'’-]*(?:,?\s+[\w'’-]+){0,7}?)\s+"
    r"(?:through|via|under)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?contract\s+with\s+(?:the\s+)?" + _ORG_NAME
)
#: "the Home Visiting Service held by Acme Trust": a named service and its holder, no "contract" said
_SERVICE_HELD_BY = re.compile(
    r"\b[Tt]he\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?\s+Services?)\s+(?:currently\s+)?held\s+by\s+"
    r"(?:the\s+)?" + _ORG_NAME
)


def _names_a_service(title: str) -> bool:
    """Whether a lower-case title names what is contracted ("night visiting service"), not only
    that there is one ("the current service", "this contract")."""
    words = [w for w in re.findall(r"[\w'’-]+", title.lower()) if w not in ("service", "services", "contract", "and", "of", "for")]
    return bool(words) and not all(w in _NO_SERVICE_WORDS for w in words)


#: "The current Kent Telecare Service contract with Acme (South East) Ltd expires on 30 September 2024"
_CURRENT_CONTRACT_WITH = re.compile(
    r"\b(?:current|existing)\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of|at|in))*?)\s+[Cc]ontract\s+with\s+(?:the\s+)?"
    + _BRACKETED_ORG
)
#: "the Reablement Support Service contract with Acme Homecare Ltd, which began on 1 October 2016 ..."
_CONTRACT_WITH_STORY = re.compile(
    r"\b[Tt]he\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of|at|in))*?)\s+[Cc]ontract\s+with\s+(?:the\s+)?"
    + _BRACKETED_ORG + r",\s+which\s+(?:began|started|commenced|ends|expires|will\s+(?:end|expire)|is\s+due\s+to\s+(?:end|expire))\b"
)
_ENDS_ON = re.compile(r"^[^.;]{0,40}?\b(?:expires|ends|will\s+(?:end|expire)|is\s+due\s+to\s+(?:end|expire))\s+(?:on\s+)?(?=\d)", re.I)


def _services_awarded(ctx: ParseContext, first: int, last: int, text: str) -> None:
    """"The X Service ... was re-tendered and awarded to <a body / the successful bidder> from D
    for two years at a total value of £Y": a contract outside the report's own decision, with
    its start and stated total; the provider only when named (never a withheld bidder)."""
    src = ctx.source
    council = council_ref(ctx)
    for m in _SERVICE_AWARDED.finditer(text):
        sentence = m.group(0)
        ev = src.find(sentence[sentence.index("The"):][:160], first, last)
        if ev is None:
            continue
        title = m.group("t")
        e = _contract(ctx, ("described", re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")))
        e.add_source(ev)
        _set_title(e, title, ev)
        if council is not None:
            e.add("cg:awardedBy", council, ev)
        who = m.group("who")
        if not WITHHELD.search(who):
            orgs = tidy_party(re.split(r"\s+(?:from|for|at|on|in|with)\s+", who)[0], keep_the=True)
            if len(orgs) == 1 and not is_council(ctx, orgs[0]):
                ref = note_organisation(ctx, orgs[0], ev, provider=True)
                if ref is not None:
                    e.add("cg:provider", ref, ev)
        fm = _FROM_FOR_PERIOD.search(who)
        ds = find_dates(who[fm.end():]) if fm else []
        if ds and ds[0].start == 0:
            rng = _dates_range(who[fm.start():])
            if rng and rng[0] == ds[0].value:
                e.add("cg:startDate", rng[0], ev)
                e.add("cg:endDate", rng[1], ev)
            elif re.match(_FOR_PERIOD, who[fm.end() + ds[0].end:]):
                e.add("cg:startDate", ds[0].value, ev)
        whole = next((x for x in _sentences(text) if m.group("t") in x and "awarded" in x), "")
        if whole and _TOTAL_VALUE.search(whole):
            _values_from(ctx, e, whole, first, last)


def _current_contracts_with(ctx: ParseContext, first: int, last: int, text: str) -> None:
    """"The current <Title> contract with <Body> expires on D": the contract being replaced,
    its holder and the end date printed for it (a start is never guessed); "the <Title> contract
    with <Body>, which began on D1 and expires on D2": a contract whose story is told."""
    src = ctx.source
    for m in _CONTRACT_WITH_STORY.finditer(text):
        orgs = tidy_party(m.group("org"), keep_the=True)
        if len(orgs) != 1 or WITHHELD.search(m.group(0)) or is_council(ctx, orgs[0]):
            continue
        ev = src.find(m.group(0), first, last)
        ref = note_organisation(ctx, orgs[0], ev, provider=True) if ev is not None else None
        if ref is None:
            continue
        e = _contract(ctx, (ref.key[0], re.sub(r"[^a-z0-9]+", "-", m.group("t").lower()).strip("-")))
        e.add_source(ev)
        _set_title(e, m.group("t"), ev)
        e.add("cg:provider", ref, ev)
        _described_story(ctx, e, text, m.start(), len(text), first, last)
    for pattern in (_PURCHASED_THROUGH, _SERVICE_HELD_BY):
        # "purchases X through a contract with Acme Ltd which started on D", "the X Service held by Acme Trust"
        for m in pattern.finditer(text):
            title = m.group("t")
            orgs = tidy_party(m.group("org"), keep_the=True)
            if len(orgs) != 1 or WITHHELD.search(m.group(0)) or is_council(ctx, orgs[0]) or _MORE_PARTIES.match(text[m.end():]) \
                    or not _names_a_service(title) or title.split()[0].lower() in ("it", "them", "this", "these", "those", "such"):
                continue
            ev = src.find(m.group(0), first, last)
            ref = note_organisation(ctx, orgs[0], ev, provider=True) if ev is not None else None
            if ref is None:
                continue
            e = _contract(ctx, (ref.key[0], re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")))
            e.add_source(ev)
            _set_title(e, title, ev)
            e.add("cg:provider", ref, ev)
            _described_story(ctx, e, text, m.start(), len(text), first, last)
    for m in _CURRENT_CONTRACT_WITH.finditer(text):
        orgs = tidy_party(m.group("org"), keep_the=True)
        if len(orgs) != 1 or WITHHELD.search(m.group(0)) or is_council(ctx, orgs[0]) or _MORE_PARTIES.match(text[m.end():]):
            continue
        ev = src.find(m.group(0), first, last)
        ref = note_organisation(ctx, orgs[0], ev, provider=True) if ev is not None else None
        if ref is None:
            continue
        title = m.group("t")
        e = _contract(ctx, (ref.key[0], re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")))
        e.add_source(ev)
        _set_title(e, title, ev)
        e.add("cg:provider", ref, ev)
        em = _ENDS_ON.match(text[m.end():])
        sentence_rest = re.split(r"(?<=[.;])\s", text[m.end():], maxsplit=1)[0]
        if em and not e.values("cg:endDate") and not re.search(r"\bextend|\bextension", sentence_rest, re.I):
            # (an expiry "having been extended" is not the end of the initial term)
            rest = text[m.end() + em.end():]
            ds = find_dates(rest)
            eev = src.find(text[m.start(): m.end() + em.end() + ds[0].end], first, last) if ds and ds[0].start == 0 else None
            if eev is not None:
                e.add("cg:endDate", ds[0].value, eev)


def _described_contracts(ctx: ParseContext, section: Section, start: int, end: int | None = None, *, named_only: bool = False) -> None:
    """Contracts a report or appendix describes in lines ``start``..``end`` (default: the
    section's end): "The current service is provided by Acme Ltd under the X contract,
    which started on D1 and ends on D2" - title, provider and the term when printed."""
    src = ctx.source
    if end is None:  # (the lots of a current contract are read once, from the body on)
        _current_contract_with_lots(ctx, section, start)
    end = section.end if end is None else end
    _current_contract_table(ctx, start, end)
    for first, last in paragraphs(src, start, end):
        text = paragraph_text(src, first, last)
        _services_awarded(ctx, first, last, text)
        if "ramework" in text:
            _described_frameworks(ctx, first, last, text)
        # (a paragraph about a contract, or one naming "The X service" and who delivers it)
        if not re.search(r"\bcontracts?\b", text, re.I) and not _SUBJECT_DELIVERED_ANYWHERE.search(text):
            continue
        _current_contracts_with(ctx, first, last, text)
        found = list(_PROVIDED_BY.finditer(text))
        for i, m in enumerate(found):
            # (what follows one "provided by" up to the next is about that contract only)
            stop = found[i + 1].start() if i + 1 < len(found) else len(text)
            _described_contract(ctx, text, m, (found[i - 1].end() if i else 0, stop), first, last, named_only=named_only)


def _current_contract_table(ctx: ParseContext, start: int, end: int) -> None:
    """The rows of a table of the contracts held now (see :mod:`.contract_tables`): each a
    contract with its provider, its end date and its yearly or total value as the column
    says; the row is the evidence. A provider that is not a body, or is the council, makes none."""
    src = ctx.source
    council = council_ref(ctx)
    for row in current_contract_rows([src.line(n) for n in range(start, end + 1)], start):
        ev = src.evidence(row.first_line, row.last_line, row.quote)
        if WITHHELD.search(row.provider) or is_council(ctx, row.provider):
            continue
        ref = note_organisation(ctx, row.provider, ev, provider=True)
        if ref is None:
            continue
        e = _contract(ctx, (ref.key[0], re.sub(r"[^a-z0-9]+", "-", row.service.lower()).strip("-")))
        e.add_source(ev)
        _set_title(e, row.service, ev)
        e.add("cg:provider", ref, ev)
        if row.end is not None and not e.values("cg:endDate"):
            e.add("cg:endDate", row.end, ev)
        if row.value_kind == "annual" and not e.values("cg:annualValueGBP"):
            e.add("cg:annualValueGBP", Decimal(row.value), ev)
        elif row.value_kind == "total" and not e.values("cg:valueGBP"):
            e.add("cg:valueGBP", Decimal(row.value), ev)
        if council is not None:
            e.add("cg:awardedBy", council, ev)


def org_group(m: re.Match[str]) -> str | None:
    """The body a provider pattern matched: its first non-empty group named "org..."."""
    return next((g for k, g in m.groupdict().items() if k.startswith("org") and g), None)


#: the story of a described contract: "... which commenced on 1 October 2014 for a five-year term",
#: "It was let under decision 18/00047 for a fixed term which started on 1 October 2018"
_STORY_STARTED = re.compile(
    r"\b(?:(?:commenced|started|began)\s+(?:on\s+)?|has\s+(?:run|been\s+in\s+place|operated)\s+since\s+"
    # "... had been delivered by Acme Partnership since 1 April 2019"
    r"|(?:provided|delivered|run|operated)\s+by\s+(?:the\s+)?[A-Z][^.;]{2,80}?\s+since\s+)(?=\d)", re.I)
_STORY_EXPIRES = re.compile(r"\b(?:expires|ends|will\s+(?:end|expire)|is\s+due\s+to\s+(?:end|expire))\s+(?:on\s+)?(?=\d)", re.I)
_STORY_LET_UNDER = re.compile(r"\b(?:let|awarded|procured|agreed)\s+under\s+(?:key\s+)?decision\s+(?P<n>\d{2}\s?/\s?\d{4,5})\b", re.I)


def _described_story(ctx: ParseContext, e: Entity, text: str, at: int, stop: int, first: int, last: int) -> None:
    """Start, end and authorising decision a paragraph tells of the contract it describes, in the
    sentence naming its holder and the next one when that is about the same contract ("The
    contract ...", "It ..."). An expiry counts as the end only in a sentence that says nothing of
    extensions (an end reached "following the use of all available extensions" is not the
    initial term's); nothing is computed from a length of term."""
    src = ctx.source
    head = text[:at].rfind(". ")
    sentences = _sentences(text[head + 1 if head >= 0 else 0: stop])
    if not sentences:
        return
    story = sentences[:1] + [s for s in sentences[1:2] if re.match(r"^(?:The\s+(?:current\s+|existing\s+)?contract|It|This\s+contract)\b", s)]
    start = e.first("cg:startDate")
    for sentence in story:
        sm = _STORY_STARTED.search(sentence)
        ds = find_dates(sentence[sm.end():]) if sm else []
        if start is None and ds and ds[0].start == 0:
            sev = src.find(sentence[:200], first, last)
            if sev is not None:
                start = ds[0].value
                e.add("cg:startDate", start, sev)
        em = _STORY_EXPIRES.search(sentence)
        de = find_dates(sentence[em.end():]) if em else []
        if de and de[0].start == 0 and not e.values("cg:endDate") and not re.search(r"\bextend|\bextension", sentence, re.I) \
                and (start is None or de[0].value > start):
            eev = src.find(sentence[:200], first, last)
            if eev is not None:
                e.add("cg:endDate", de[0].value, eev)
        lm = _STORY_LET_UNDER.search(sentence)
        if lm and not e.values("cg:authorisedBy"):
            lev = src.find(lm.group(0), first, last)
            number = normalise_decision_number(lm.group("n"))
            if lev is not None and number and ctx.entities.get(decision_ref(number)) is not None:
                e.add("cg:authorisedBy", decision_ref(number), lev)


#: "The Care and Support in the Home Services Framework", "the Supported Living Framework Agreement"
_NAMED_FRAMEWORK = re.compile(
    r"\b[Tt]he\s+(?!new\b|current\b|existing\b)(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of|in|at|the))*?\s+Framework(?:\s+Agreement)?)\b")
_FRAMEWORK_DECISION = re.compile(r"\b(?:under|following|by)\s+(?:the\s+)?(?:key\s+)?decision\s+(?P<n>\d{2}\s?/\s?\d{4,5})\b", re.I)
_FRAMEWORK_ENDS = re.compile(
    r"\b(?:runs|will\s+run|continues)\b[^.;]{0,40}?\buntil\s+(?=\d)|\b(?:expires|ends|will\s+(?:end|expire))\s+(?:on\s+)?(?=\d)", re.I)


def _described_frameworks(ctx: ParseContext, first: int, last: int, text: str) -> None:
    """A framework the paper tells the story of ("The X Framework was awarded under decision
    22/00044 ... The framework commenced on 1 August 2022 and runs for six years until 31 July
    2028", "... through the X Framework Agreement, which commenced on 1 October 2018 and expires
    on 30 September 2023"): a contract with no provider (its places are held by many), its
    authorising decision when named, its start, and its end when no extension is spoken of.
    Only where the story gives a start; never a framework the paper's own decision lets."""
    src = ctx.source
    sentences = _sentences(text)
    for k, sentence in enumerate(sentences):
        m = _NAMED_FRAMEWORK.search(sentence)
        if not m:
            continue
        title = m.group("t")
        if any(str(t).lower() == title.lower() for c in ctx.entities.of("Contract") for t in c.values("dct:title")):
            continue
        story = [sentence[m.start():]] + [x for x in sentences[k + 1: k + 2] if re.match(r"^(?:\d+(?:\.\d+)*\s+)?(?:It|The\s+framework)\b", x)]
        start = end = None
        for part in story:
            sm = _STORY_STARTED.search(part)
            ds = find_dates(part[sm.end():]) if sm else []
            if start is None and ds and ds[0].start == 0:
                start = (ds[0].value, part)
            em = _FRAMEWORK_ENDS.search(part)
            de = find_dates(part[em.end():]) if em else []
            if end is None and de and de[0].start == 0 and not re.search(r"\bextend|\bextension", part, re.I):
                end = (de[0].value, part)
        if start is None or (end is not None and end[0] <= start[0]):
            continue
        ev = src.find(sentence[m.start():][:200], first, last) or src.find(title, first, last)
        sev = src.find(start[1][:200], first, last)
        if ev is None or sev is None:
            continue
        e = _contract(ctx, ("framework", re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")))
        e.add_source(ev)
        _set_title(e, title, ev)
        if not e.values("cg:startDate"):
            e.add("cg:startDate", start[0], sev)
        if end is not None and not e.values("cg:endDate"):
            eev = src.find(end[1][:200], first, last)
            if eev is not None:
                e.add("cg:endDate", end[0], eev)
        dm = _FRAMEWORK_DECISION.search(" ".join(story))
        number = normalise_decision_number(dm.group("n")) if dm else None
        if number and ctx.entities.get(decision_ref(number)) is not None and not e.values("cg:authorisedBy"):
            dev = src.find(dm.group(0), first, last)
            if dev is not None:
                e.add("cg:authorisedBy", decision_ref(number), dev)
        council = council_ref(ctx)
        if council is not None:
            e.add("cg:awardedBy", council, ev)


#: "a new contract", "an interim block contract": words that say nothing about what is contracted
_GENERIC_CONTRACT = re.compile(
    r"(?i)(?:(?:new|interim|block|further|separate|single|replacement|temporary|short-term|long-term|spot|"
    r"current|existing|one|two|three|four|five|\d+|(?:\d+|one|two|three|four|five)[- ](?:years?|months?))[- ]?\s*)+contract"
)


def _described_contract(
    ctx: ParseContext, text: str, m: re.Match[str], scope: tuple[int, int], first: int, last: int, *, named_only: bool = False
) -> None:
    """One contract a paragraph describes by who provides it (see :func:`_described_contracts`);
    its term and values are read only in ``scope``, the part of the paragraph about it (from
    the previous "provided by" to the next)."""
    begin, stop = scope
    src = ctx.source
    org = org_group(m) or ""
    org = re.split(r"\.\s", org.strip())[0].rstrip(".,")  # a name ends with its sentence
    while re.search(r"\s(?:and|of|&|in|from)$", org):
        org = re.sub(r"\s+(?:and|of|&|in|from)$", "", org)
    org = re.sub(r"\s+(?:in|from|on)\s+.*$", "", org)
    if WITHHELD.search(m.group(0)) or not org:
        return
    ev = src.find(m.group(0), first, last)
    if ev is None:
        return
    heading = re.match(r"^(?:[\uf0b7•▪●\-–]\s*)?(?:\d+(?:\.\d+)*\s+)?(?P<h>[A-Z][\w &'’-]{2,50}?):\s", text)
    title = heading.group("h").strip() if heading and not _REPORT_LABEL.match(heading.group("h")) else None
    if title is None and m.group("t5"):
        title = m.group("t5")  # "The existing West Kent Supported Living contract is held by X"
    if title is None:
        # "The current Supported Living contract is delivered by Harbour Homes Ltd"
        cm = re.search(r"\b(?:current|existing)\s+(?P<t>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|for|of))*?)\s+[Cc]ontract\b", text)
        if cm and cm.start() < m.start():
            title = cm.group("t")
    if title is None:
        # "... is provided by Acme Ltd under the Kent Community Equipment Service contract"
        um = _UNDER_CONTRACT.match(text, m.end())
        if um:
            title = um.group("t")
    if title is None:
        # "The Kent Carers' Support Service is delivered by Carers Together Kent, ..."
        sm = _SUBJECT_DELIVERED.search(text[: m.start("org")]) if m.group("org") else None
        if sm:
            title = sm.group("t")
    if title is None:
        # "The night visiting service is currently provided by Acme Ltd", "The current hearing
        # support contract is held by Acme CIC": a service named in lower case
        lm = _LOWER_SUBJECT_DELIVERED.search(text[: m.start("org")]) if m.group("org") else None
        if lm and _names_a_service(lm.group("t")):
            title = lm.group("t")
    if title is None:
        # "... by the Direct Payments Support Service. This is provided by Acme CIC under a contract ..."
        pm = _THIS_IS_PROVIDED.search(text[: m.start()])
        named = list(_NAMED_SERVICE.finditer(text[: pm.start()])) if pm else []
        if named:
            title = named[-1].group("t")
    if title is None and not named_only:
        tm = re.search(r"\b(?:a|an)\s+(?:(?:one|two|three|four|five|\d+)[- ](?:year|month)s?\s+)?(?P<t>(?:[\w-]+\s+){1,5}?contract)\b", text)
        if tm and not re.search(r"(?i)\b(?:of|for|this|that|their|its|to|the|decision)\b", tm.group("t")) \
                and not _GENERIC_CONTRACT.fullmatch(tm.group("t")):  # ("a new contract" names nothing)
            title = tm.group("t")
    if not title:
        note_organisation(ctx, org, ev)  # named, but no contract of ours to hang it on
        return
    org_ref = note_organisation(ctx, org, ev, provider=True)
    if org_ref is None:
        return
    e = _contract(ctx, (org_ref.key[0], re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")))
    title_ev = src.find(title, first, last) or ev
    e.add_source(ev)
    _set_title(e, title, title_ev)
    e.add("cg:provider", org_ref, ev)
    tm = _RAN_FROM.search(text[:stop], m.start())
    if tm and not e.values("cg:startDate"):
        d1, d2 = find_dates(tm.group("d1")), find_dates(tm.group("d2"))
        tev = src.find(tm.group(0), first, last)
        if len(d1) == 1 and len(d2) == 1 and d1[0].start == 0 and d2[0].start == 0 and d1[0].value < d2[0].value and tev:
            e.add("cg:startDate", d1[0].value, tev)
            e.add("cg:endDate", d2[0].value, tev)
    sm = None if e.values("cg:startDate") else _STARTED_ON.search(text[:stop], m.start())
    if sm:
        ds = find_dates(text[sm.end():])
        sev = src.find(text[sm.start(): sm.end() + ds[0].end], first, last) if ds and ds[0].start == 0 else None
        if sev is not None:
            e.add("cg:startDate", ds[0].value, sev)
    _described_story(ctx, e, text, m.start(), stop, first, last)
    for sentence in _sentences(text[begin:stop]):
        if _ANNUAL_VALUE.search(sentence) or re.search(r"\bcontract\s+value\b", sentence, re.I):
            found = _clause_money(sentence)
            sums = found if found and found[0].exact else []
            if sums:
                sev = src.find(sentence[:200], first, last)
                if sev is None:
                    continue
                prop = "cg:annualValueGBP" if _ANNUAL_VALUE.search(sentence) or sums[0].annual else "cg:valueGBP"
                e.add(prop, Decimal(sums[0].value), sev)

