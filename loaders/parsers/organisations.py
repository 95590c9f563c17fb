"""Organisations named in a paper: one ``cg:Organisation`` per body (aliases merged,
typed by its name), ``cg:Provider`` only where the text says the body provides a service
or holds a contract. Scanners for named providers, bodies described as such ("X, a
registered charity"), and every organisation-shaped name in a range of lines."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import Callable

from ..context import ParseContext
from ..document import SourceText, normalise_ws
from ..records import Entity, Evidence, Ref
from ..text.orgs import (
    COMMON_WORDS,
    AliasTable,
    canonical_org_name,
    find_known_bodies,
    has_own_word,
    is_body_shape,
    is_known_body,
    is_known_body_printed,
    local_branch,
    looks_like_org_name,
    org_key,
    org_kind,
    place_after,
)
from .labels import clean_value, council_ref
from .paragraphs import PER_SOURCE

__all__ = [
    "NAMED_PROVIDER",
    "NOT_A_PARTY",
    "NOT_ORG_START",
    "ORG_MENTION",
    "PROVIDER_ORG",
    "WITHHELD",
    "aliases_for",
    "is_council",
    "note_organisation",
    "listed_body_name",
    "scan_described_organisations",
    "scan_listed_organisations",
    "scan_named_providers",
    "scan_organisations",
    "tidy_party",
]


WITHHELD = re.compile(
    r"successful\s+(?:bidder|provider|supplier|tenderer)s?|recommended\s+(?:provider|bidder|supplier)|exempt\s+appendix|"
    r"identified\s+(?:in|as\s+part\s+of)|preferred\s+(?:provider|bidder)",
    re.I,
)
#: words that start what follows "to" but are not a party ("to March 2025", "to Cabinet")
NOT_A_PARTY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Cabinet|Council|Committee|Appendix|Lot|Lots|Members?|The|This|That|Those|These|"
    r"Kent\s+County\s+Council|KCC)\b"
)
PROVIDER_ORG = r"(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,6})"


def aliases_for(ctx: ParseContext) -> AliasTable:
    """The document's alias table, learnt once from the whole text."""
    table = getattr(ctx, "_org_aliases", None)
    if table is None:
        table = AliasTable()
        text = normalise_ws(ctx.source.text)
        table.learn(text)
        table.learn_renamings(text)
        setattr(ctx, "_org_aliases", table)
    return table


def is_council(ctx: ParseContext, name: str) -> bool:
    council = council_ref(ctx)
    canonical = canonical_org_name(name, aliases_for(ctx))
    slug = org_key(canonical)[0]
    if council is not None and (slug == council.key[0] or slug.endswith("-" + council.key[0])):
        return True  # the council itself, or "Chairman of Kent County Council"
    return bool(re.fullmatch(r"(?i)(?:the\s+)?(?:council|county\s+council|authority|local\s+authority|kcc)", name.strip()))


_SERVICE_WORDS = {
    "adult", "adults", "social", "care", "public", "health", "services", "service", "children", "childrens", "young",
    "people", "education", "integrated", "commissioning", "team", "teams", "directorate", "kcc", "council", "county",
    "local", "authority", "nhs", "and", "the", "of", "for", "in", "house", "in-house", "operational", "internal",
    "provider", "providers", "strategic", "partners", "partner", "support", "community", "mental", "disability",
}


#: what a body's name never holds: an appositive or a clause after a comma ("Acme Recovery, a charity,
#: following an open tender"), or a lower-case word that is not a connective ("... following an open")
_NOT_A_NAME = re.compile(
    r",\s+(?:a|an|the|which|who|whose|following|after|under|as|and\s+(?:a|an|the)|its)\b|"
    r"(?<![\w'’-])(?!(?:and|of|for|the|in|on|at|upon|under|de|du|la|le|des|van|von|y|by|with|plc|ltd|llp|cic|inc|co)\b)[a-z][a-z]+(?![\w'’])"
)


def note_organisation(
    ctx: ParseContext,
    printed: str,
    evidence: Evidence,
    *,
    provider: bool = False,
    kind: str | None = None,
    named: bool = False,
) -> Ref | None:
    """A named external body (typed by its name; ``provider`` adds cg:Provider).

    ``named`` says the text itself presents ``printed`` as a body ("Sheppey
    Matters, a healthy living centre"), so a name of unknown kind is kept
    (untyped).

    Returns None for the council itself and for text that is not an
    organisation's name.
    """
    printed = clean_value(printed)
    if not printed or WITHHELD.search(printed) or is_council(ctx, printed) or _NOT_A_NAME.search(printed):
        return None
    canonical = canonical_org_name(printed, aliases_for(ctx))
    if (_GENERIC.search(canonical) and not is_known_body(canonical)) or re.fullmatch(
        r"(?:(?:Whole|Full|County|Local|Borough|District|City|Town|Parish|The|This|Partner|Other|Host|Lead|Home|Each|Neighbouring|Relevant)\s+)?Councils?",
        canonical,
        re.I,
    ):
        return None
    # precision first: the name must say what kind of body it is, unless the
    # text names it as a provider ("the contract is provided by Careium")
    if org_kind(canonical) is None and org_kind(printed) is None and not provider and kind is None and not named:
        if not is_body_shape(canonical):
            return None
    if org_kind(canonical) is None and _SERVICE_WORDS.issuperset(w.lower().strip("’'s") for w in re.findall(r"[\w’']+", canonical)):
        return None  # "Adult Social Care", "Public Health": a service or team, not a body
    if not (looks_like_org_name(canonical) or looks_like_org_name(printed) or provider or kind or named or is_body_shape(canonical)):
        return None
    e = Entity("Organisation", org_key(canonical))
    e.add("rdfs:label", canonical, evidence)
    if printed != canonical:
        e.add("skos:altLabel", printed, evidence)
    kind = org_kind(canonical) or org_kind(printed) or kind
    if kind:
        e.types.add(kind)
    if provider:
        e.types.add("Provider")
    e.add_source(evidence)
    return ctx.put(e).ref



NAMED_PROVIDER = re.compile(
    r"(?<![\w])(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,6}),[ \t]+the[ \t]+(?:current[ \t]+|existing[ \t]+|incumbent[ \t]+)?provider\b"
)


#: other ways a paper names the holder of one of the council's contracts
_PROVIDER_PHRASES = [
    # "the incumbent provider, Acme Care Ltd," / "the current provider Acme Care Ltd"
    re.compile(r"\b[Tt]he[ \t]+(?:current|existing|incumbent)[ \t]+(?:service[ \t]+)?provider,?[ \t]+" + PROVIDER_ORG),
    # "Acme Care Ltd is the current provider" / "Acme Care Ltd has been the provider"
    re.compile(r"(?<![\w&'’-])" + PROVIDER_ORG + r"[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+the[ \t]+"
               r"(?:current[ \t]+|existing[ \t]+|incumbent[ \t]+|lead[ \t]+|sole[ \t]+)?(?:service[ \t]+)?provider\b"),
    # "the Council's contract with Acme Care Ltd", "the contract held by Acme Care Ltd"
    re.compile(r"\b(?:Council|KCC|Authority)['’]s[ \t]+contracts?[ \t]+with[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG),
    # "delivered under a single contract with Acme Collective", "through a contract with Acme Ltd"
    re.compile(r"\b(?:under|through|via)[ \t]+(?:a|an|the|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?contracts?[ \t]+with[ \t]+(?:the[ \t]+)?"
               + PROVIDER_ORG),
    # "the contract is held by Acme Ltd", "the Community Navigation Service held by Acme Trust"
    re.compile(r"\b(?:contracts?|Services?)[ \t]+(?:(?:is|are|was|were|has[ \t]+been)[ \t]+)?(?:currently[ \t]+)?held[ \t]+by[ \t]+(?:the[ \t]+)?"
               + PROVIDER_ORG),
    # "the service is currently delivered by Acme Care Ltd"
    re.compile(r"\b(?:[Ss]ervices?|[Cc]ontracts?)[ \t]+(?:is|are)[ \t]+(?:currently[ \t]+)?(?:provided|delivered)[ \t]+by[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG),
    # "the recovery services currently delivered by Acme Recovery Kent and by Larkford NHS Foundation Trust"
    re.compile(r"\b(?:[Ss]ervices?|[Cc]ontracts?)[ \t]+(?:(?:which|that)[ \t]+(?:is|are)[ \t]+)?currently[ \t]+(?:provided|delivered)[ \t]+by[ \t]+(?:the[ \t]+)?"
               + PROVIDER_ORG),
]
#: "... delivered by A and by B": the second body, read by its shape
_AND_BY = re.compile(r"[ \t]+and[ \t]+by[ \t]+(?:the[ \t]+)?(?=[A-Z])")


#: words every match of the pattern in the same place in ``_PROVIDER_PHRASES`` contains: one
#: of each group (a line without them is not searched)
_PROVIDER_PHRASE_WORDS = [
    (("provider",), ("current", "existing", "incumbent")),
    (("provider",),),
    (("contract",), ("Council", "KCC", "Authority")),
    (("contract",), ("under", "through", "via"), ("with",)),
    (("held",), ("by",)),
    (("provided", "delivered"), ("by",)),
    (("currently",), ("provided", "delivered"), ("by",)),
]
assert len(_PROVIDER_PHRASE_WORDS) == len(_PROVIDER_PHRASES)
#: a word every reading of :func:`scan_named_providers` line by line needs (see the gates of
#: ``_delivered_by``, ``_holds_a_contract`` and ``_PROVIDER_PHRASE_WORDS``)
_PROVIDER_READING_WORD = re.compile(
    r"by|ontract|greement|ward|AWARD|held|holds|beds|places|all-off|under|delivered|provided|provider|currently"
)


def _has_all(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Does ``text`` contain a word of each of ``groups``? (Plain loops: asked for most lines.)"""
    for group in groups:
        for word in group:
            if word in text:
                break
        else:
            return False
    return True


def tidy_party(org: str, keep_the: bool = False) -> list[str]:
    """A captured party name, cut at its sentence and split when it is two bodies.

    ``keep_the``: the name was printed with a capital "The" in mid-sentence ("the contract
    with The Advocacy People"), so "The" is part of it (kept unless the rest says what kind
    of body it is: "The Shaw Trust" is "Shaw Trust")."""
    org = re.split(r"\.\s", org)[0].rstrip(".,")
    if not (keep_the and re.match(r"^The\s+[A-Z]", org) and not org_kind(org[4:])):
        org = re.sub(r"^(?:The|A|An)\s+", "", org)
    while re.search(r"\s(?:and|of|&)$", org):
        org = re.sub(r"\s+(?:and|of|&)$", "", org)
    return [o.strip() for o in _split_pair(org) if o.strip()]


#: "the service was delivered in East Kent by Acme Care Ltd", "arrangements ..., delivered by Acme
#: Telecare Ltd", "the Safe Havens run by Mind in Thanet"; "contract with Acme Homecare Limited"
_DELIVERED_BY = re.compile(
    r"\b(?:(?:delivered|provided|run|operated)[ \t]+(?:(?:in|across|for|since|from)[ \t]+[^.;,]{0,30}?[ \t])?by|[Cc]ontracts?[ \t]+with)[ \t]+"
    r"(?:the[ \t]+)?(?P<org>(?:Mind[ \t]+in[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|&)(?![\w])){0,10})"
)
#: "... delivered in East Kent by A, and in the west of the county by B": the second provider
_AND_ELSEWHERE_BY = re.compile(
    r"(?:,|\band)[ \t]+(?:in|across)[ \t]+[^.;,]{0,40}?[ \t]by[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG
)
_DELIVERY_VERB = re.compile(r"\b(?:delivered|provided|run|operated)\b")
#: the words of each alternative of ``_DELIVERED_BY`` (one of each group): "delivered ... by", "contract with"
_DELIVERED_BY_WORDS = (("delivered", "provided", "run", "operated"), ("by",))
_CONTRACT_WITH_WORDS = (("ontract",), ("with",))
#: money in a sentence about a contract is its value, not a sign that the sentence is about funding
_MONEY = re.compile(r"£|\bmoney\b", re.I)
_ABOUT_A_CONTRACT = re.compile(r"\bcontracts?\b|\bcall-offs?\b|\bframework\b", re.I)
#: "a partnership agreement under section 75 ... with Acme NHS Foundation Trust": a party to one of the
#: council's agreements
_AGREEMENT_WITH = re.compile(
    r"\b(?:[Pp]artnership|[Ss]ection[ \t]+75)[ \t]+[Aa]greement\b[^.;]{0,100}?\bwith[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)
#: "a contract had been awarded to Acme Care Ltd", "Acme Care Ltd, which holds the ... contract": a
#: company or charity that holds one of the council's contracts (a grant is not a contract)
_HOLDS_A_CONTRACT = [
    re.compile(r"\b(?:[Cc]ontracts?|[Cc]all-offs?|[Pp]laces|[Bb]eds|[Ll]ots?)\b[^.;]{0,60}?\bawarded[ \t]+to[ \t]+(?:the[ \t]+)?"
               + PROVIDER_ORG),
    re.compile(r"(?<![\w&'’-])" + PROVIDER_ORG + r",?[ \t]+(?:which|who)[ \t]+(?:holds|held|has[ \t]+held)[ \t]+the[ \t]+"
               r"[^.;]{0,80}?\b(?:contract|call-off)\b"),
    # "call off 24 beds from the framework, including 10 beds with Acme Court Care Ltd"
    re.compile(r"\b(?:\d+[ \t]+)?(?:beds|places|call-offs?)[ \t]+with[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG),
    # "a call-off contract from the Home Care framework with Acme Domiciliary Services Ltd"
    re.compile(r"\bcall-offs?[ \t]+(?:contracts?|agreements?)\b[^.;]{0,100}?\bwith[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG),
    # a decision's "AWARD Lot 1 (East Kent) of the ... Service to Acme Carers Partnership;"
    re.compile(r"\b(?:AWARD|[Aa]ward)[ \t]+(?:the[ \t]+|a[ \t]+|Lot[ \t]+\d+)[^.;]{0,80}?[ \t]to[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG
               + r"(?=[ \t]*(?:[;.,]|$|for\b|from\b))"),
    # "Following the closure of Acme Care Ltd, which had delivered care in the home to ..."
    re.compile(r"(?<![\w&'’-])" + PROVIDER_ORG + r",?[ \t]+(?:which|who)[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+)?"
               r"(?:delivered|provided)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:care|services?)\b"),
]
#: "Acme NHS Foundation Trust would provide clinical triage ... under a separate agreement"
_PROVIDES_UNDER = re.compile(
    r"[ \t]+(?:would|will|currently|also|already)?[ \t]*(?:provides?|delivers?|runs?)[ \t]+[^.;]{0,80}?\bunder[ \t]+"
    r"(?:a|an|the|its)[ \t]+(?:separate[ \t]+|existing[ \t]+|new[ \t]+|current[ \t]+)?(?:agreement|contract|section[ \t]+75)"
)
#: words every match of the pattern in the same place in ``_HOLDS_A_CONTRACT`` contains: one of each group
_HOLDS_A_CONTRACT_WORDS = [
    (("awarded",),),
    (("held", "holds"), ("which", "who"), ("contract", "call-off")),
    (("beds", "places", "all-off"), ("with",)),
    (("all-off",), ("with",)),
    (("AWARD", "ward"), ("to",)),
    (("delivered", "provided"), ("which", "who"), ("care", "service")),
]
assert len(_HOLDS_A_CONTRACT_WORDS) == len(_HOLDS_A_CONTRACT)
_HOLDS_A_CONTRACT_ANY = re.compile(r"awarded|held|holds|beds|places|all-off|under|AWARD|ward|delivered|provided")
_GRANT = re.compile(r"\bgrants?\b|\bfunding\b", re.I)
#: sentences where "provided by" is about money, advice or a study, not a service
_NOT_A_SERVICE = re.compile(r"\bfund|\bgrant|\bdonat|\bevaluat|\bresearch|\bdata\b|\binformation\b|\bcase\s+stud", re.I)


_CASE_STUDY_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?Case\s+[Ss]tud(?:y|ies)\b")
_SECTION_HEADING = re.compile(r"^\s*\d+\.?\s+[A-Z][^.;:]{2,80}$")


def _in_case_study(src: SourceText, n: int) -> bool:
    """Is line ``n`` in a paragraph that tells a case study ("Case study: Mrs D ..."), or
    under a "Case Studies" heading (up to the next numbered heading)?"""
    for k in range(n, max(0, n - 6), -1):
        line = src.line(k)
        if re.search(r"\bcase\s+stud", line, re.I):
            return True
        if k < n and not line.strip():
            break
    for k in range(n - 1, max(0, n - 40), -1):
        line = src.line(k)
        if _CASE_STUDY_HEADING.match(line):
            return True
        if _SECTION_HEADING.match(line) and not re.match(r"^\s*\d+\.\d", line):
            return False
    return False


def _holds_a_contract(ctx: ParseContext, window: str, limit: int, n: int, end: int) -> list[Ref]:
    """Companies and charities the text says were awarded or hold one of the council's
    contracts ("A contract had been awarded to Acme Care Ltd for ...", "Acme Care Ltd, which
    holds the ... contract, ..."); never a grant, never a withheld or public body."""
    out = []
    if _HOLDS_A_CONTRACT_ANY.search(window) is None:
        return out  # every match has one of these words
    if "under" in window and ("provid" in window or "deliver" in window):
        for om in ORG_MENTION.finditer(window):
            if om.start() >= limit or not _PROVIDES_UNDER.match(window, om.end()):
                continue
            name = (om.group("name") or om.group("nhs") or "").strip()
            out.extend(_providers_named(ctx, name, n, end, kinds=("Company", "Charity", "NHSBody")))
    for pattern, words in zip(_HOLDS_A_CONTRACT, _HOLDS_A_CONTRACT_WORDS):
        if not _has_all(window, words):
            continue  # every match of the pattern has these words
        for m in pattern.finditer(window):
            if m.start() >= limit or WITHHELD.search(m.group(0)) or _GRANT.search(m.group(0)):
                continue
            out.extend(_providers_named(ctx, m.group("org"), n, end))
    return out


def _delivered_by(ctx: ParseContext, window: str, limit: int, n: int, end: int) -> list[Ref]:
    """Providers named as delivering a service, or as holding a contract, when the name says
    it is a company or a charity (a council, an NHS body or an unknown name may be a
    partner or a funder); never in a sentence about money, research or a case study."""
    out = []
    if "by" not in window and "ontract" not in window and "greement" not in window:
        return out  # every match has "... by", "contract(s) with" or "agreement ... with"
    delivered = _has_all(window, _DELIVERED_BY_WORDS) or _has_all(window, _CONTRACT_WITH_WORDS)
    for m in (_DELIVERED_BY.finditer(window) if delivered else ()):
        if m.start() >= limit or WITHHELD.search(m.group(0)):
            continue
        s_start = max(window.rfind(". ", 0, m.start()), window.rfind("; ", 0, m.start()), -1) + 1
        s_end = min([i for i in (window.find(". ", m.end()), window.find("; ", m.end())) if i >= 0] or [len(window)])
        sentence = window[s_start:s_end]
        if _NOT_A_SERVICE.search(sentence) or (_MONEY.search(sentence) and not _ABOUT_A_CONTRACT.search(sentence)) \
                or _in_case_study(ctx.source, n):
            continue
        out.extend(_providers_named(ctx, m.group("org"), n, end))
    for m in (_AND_ELSEWHERE_BY.finditer(window) if "by" in window else ()):
        # "... delivered in East Kent by A, ... and in the west of the county by B"
        before = (ctx.source.line(n - 1) if n > 1 else "") + " " + window[: m.start()]
        if m.start() >= limit or not _DELIVERY_VERB.search(before) or _in_case_study(ctx.source, n):
            continue
        s_start = max(window.rfind(". ", 0, m.start()), window.rfind("; ", 0, m.start()), -1) + 1
        if _NOT_A_SERVICE.search(window[s_start: m.end()]) or _MONEY.search(window[s_start: m.end()]):
            continue
        out.extend(_providers_named(ctx, m.group("org"), n, end))
    if "greement" not in window:
        return out
    # (the party may be named two lines on: "... a partnership agreement under section 75 of" / "the
    # National Health Service Act 2006 with Acme Community Health NHS" / "Foundation Trust.")
    wide = normalise_ws(" ".join(ctx.source.line(k) for k in range(n, min(end, n + 2) + 1)).replace("**", ""))
    line_length = len(normalise_ws(ctx.source.line(n)))
    for m in _AGREEMENT_WITH.finditer(wide):
        # a party to a section 75 or partnership agreement: an NHS body too (read whole by its shape)
        if m.start() >= line_length or WITHHELD.search(m.group(0)):
            continue
        om = ORG_MENTION.match(wide, m.end())
        name = (om.group("name") or om.group("nhs") or "") if om is not None else ""
        known = [k for k in find_known_bodies(wide[m.end():]) if k[0] == 0]
        if not name and known:
            name = known[0][2]
        if name and org_kind(canonical_org_name(name, aliases_for(ctx))) in ("Company", "Charity", "NHSBody"):
            out.extend(_providers_named(ctx, name, n, end, kinds=("Company", "Charity", "NHSBody")))
    return out


def _providers_named(ctx: ParseContext, printed: str, n: int, end: int,
                     kinds: tuple[str, ...] = ("Company", "Charity")) -> list[Ref]:
    """Providers for the bodies ``printed`` names (one or two) that are of ``kinds``."""
    out = []
    for org in tidy_party(printed):
        while NOT_ORG_START.match(org) and " " in org:
            org = org.split(" ", 1)[1]  # "On 8 February Acme Care Ltd, which holds ..."
        if NOT_ORG_START.match(org) or NOT_A_PARTY.match(org) or is_council(ctx, org):
            continue
        if org_kind(canonical_org_name(org, aliases_for(ctx))) not in kinds:
            continue
        ev = ctx.source.find(org, n, min(end, n + 3))
        ref = note_organisation(ctx, org, ev, provider=True) if ev is not None else None
        if ref is not None:
            out.append(ref)
    return out


_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")


#: a table of providers: its caption ("Table 2: Providers admitted to the DPS", "Table 2:
#: Recommended provider and contract value by lot") or its header row, whose first cell is
#: "Provider" ("Provider      Area(s)      Admitted")
_PROVIDER_TABLE_CAPTION = re.compile(
    r"^\s*Table\s+\d+[A-Za-z]?\s*[:.–-]\s*(?P<caption>.*\b(?:[Pp]roviders?|[Ss]uppliers?|[Cc]ontractors?)\b.*)$"
)
_PROVIDER_TABLE_HEADER = re.compile(
    r"^\s*(?:(?:Recommended|Successful|Current|Framework|Lead)\s+)?(?:[Pp]rovider|[Ss]upplier|[Cc]ontractor)s?"
    r"(?:\s+[Nn]ame)?\s{2,}\S"
)
#: a lead-in to a bulleted list of the bodies awarded or admitted: "The following providers have been
#: admitted to the DPS:", "It is recommended that places on the framework are awarded to:"
_PROVIDER_LIST_LEAD = re.compile(
    r"\b(?:providers?|suppliers?|organisations|bidders)\b[^:]*\b(?:awarded|admitted|appointed|successful|contracted|"
    r"commissioned|on\s+the\s+(?:framework|DPS|dynamic\s+purchasing\s+system))\b|"
    r"\b(?:awarded|admitted|appointed)\b[^:]*\b(?:to|providers?|suppliers?)\s*:\s*$",
    re.I,
)
#: captions of tables whose bodies are not (or no longer) the council's providers
_NOT_PROVIDERS = re.compile(
    r"\b(?:unsuccessful|rejected|excluded|not\s+admitted|did\s+not|withdr[ae]w|declined|exited|failed|closed|engagement|"
    r"feedback|survey|responses?|consulted|complaints?|market\s+share\s+of\s+other|grants?|funding|funded|donations?)\b",
    re.I,
)
#: a line that ends a table: a numbered paragraph ("2.4 Harbourline Care Ltd and ..."), a heading
_TABLE_ENDS = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?\s|\d+\.\s+[A-Z]|\([a-z0-9]+\)\s|[a-z]\)\s)")
_TABLE_MAX_LINES = 30


def _provider_table_ranges(src: SourceText, start: int, end: int) -> list[tuple[int, int]]:
    """(first, last) lines of the rows of each table of providers in ``start``..``end``."""
    out = []
    lines = src.lines  # (line n is lines[n - 1])
    n = start
    while n <= end:
        line = lines[n - 1]
        if "Table" not in line and "rovider" not in line and "upplier" not in line and "ontractor" not in line:
            n += 1  # a caption says "Table", a header "Provider", "Supplier" or "Contractor"
            continue
        cap = _PROVIDER_TABLE_CAPTION.match(line)
        head = _PROVIDER_TABLE_HEADER.match(line)
        if (cap is None or _NOT_PROVIDERS.search(cap.group("caption"))) and head is None:
            n += 1
            continue
        if head is not None and _NOT_PROVIDERS.search(src.line(n - 1) if n > 1 else ""):
            n += 1
            continue
        first = n + 1
        last = n
        for k in range(first, min(end, n + _TABLE_MAX_LINES) + 1):
            text = src.line(k)
            if _TABLE_ENDS.match(text) or _PROVIDER_TABLE_CAPTION.match(text) or (k > first and _is_prose(text)):
                break
            last = k
        if last >= first:
            out.append((first, last))
        n = max(last, n) + 1
    return out + _provider_list_ranges(src, start, end)


def _provider_list_ranges(src: SourceText, start: int, end: int) -> list[tuple[int, int]]:
    """(first, last) lines of each bulleted list of the bodies awarded or admitted (see
    ``_PROVIDER_LIST_LEAD``): the bullets after the lead-in, blank lines between allowed."""
    out = []
    lines = src.lines  # (line n is lines[n - 1])
    for n in range(start, end + 1):
        if not lines[n - 1].rstrip().endswith(":"):
            continue
        lead = []
        for k in range(n, max(start, n - 4) - 1, -1):
            text = src.line(k).strip()
            if not text or (k < n and _BULLET_ITEM.match(src.line(k)) is not None):
                break
            lead.insert(0, text)
        lead_text = " ".join(lead)
        if not _PROVIDER_LIST_LEAD.search(lead_text) or _NOT_PROVIDERS.search(lead_text):
            continue
        last, blanks = n, 0
        for k in range(n + 1, min(end, n + _TABLE_MAX_LINES) + 1):
            text = src.line(k)
            if not text.strip():
                blanks += 1
                if blanks > 2:
                    break
                continue
            blanks = 0
            if _BULLET_ITEM.match(text) is None:
                break
            last = k
        if last > n:
            out.append((n + 1, last))
    return out


def _is_prose(line: str) -> bool:
    """A line of running text (not a table row): many lower-case words and no column gap."""
    text = line.strip()
    if _COLUMN_GAP.search(text):
        return False
    return len(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", text)) >= 6


def _provider_table_members(ctx: ParseContext, start: int, end: int) -> list[Ref]:
    """Companies and charities named in the rows of a table of providers (see
    :func:`_provider_table_ranges`): providers, as the table says; public and NHS bodies
    in such a table are left as they are."""
    src = ctx.source
    out: list[Ref] = []
    ranges = _provider_table_ranges(src, start, end)
    if not ranges:
        return out
    for org in list(ctx.entities.of("Organisation")):
        kinds = org.types & {"Company", "Charity", "PublicBody", "NHSBody"}
        if "Provider" in org.types or not kinds <= {"Company", "Charity"}:
            continue
        for st in org.properties.get("rdfs:label", []) + org.properties.get("skos:altLabel", []):
            ev = next((e for e in st.evidence if any(a <= e.start_line <= b for a, b in ranges)), None)
            if ev is None:
                continue
            ref = note_organisation(ctx, str(st.value), ev, provider=True, named=True)
            if ref is not None:
                out.append(ref)
            break
    return out


def scan_named_providers(ctx: ParseContext, start: int, end: int) -> list[Ref]:
    """Organisations the text names as the provider: "Crossroads Care Kent, the provider, ...",
    "the incumbent provider, Acme Ltd", "Acme Ltd is the current provider", "the Council's
    contract with Acme Ltd", "the service is delivered by Acme Ltd". Never a withheld one
    ("the successful bidder"), never the council."""
    src = ctx.source
    lines = src.lines  # (line n is lines[n - 1]: read directly in this loop over every line)
    out = []
    _, nexts = _neighbours(src, start, end)
    for n in range(start, end + 1):
        line = lines[n - 1]
        if not line.strip():
            continue  # every reading below keeps only matches that start on the line itself
        for m in (NAMED_PROVIDER.finditer(line) if "provider" in line else ()):
            org = m.group("org")
            # the name starts after the last lower-case word before it ("said that Crossroads ...")
            org = _LEADING_ARTICLE.sub("", org)
            ev = src.evidence(n, n, m.group(0))
            ref = note_organisation(ctx, org, ev, provider=True)
            if ref is not None:
                out.append(ref)
        nxt = nexts[n]
        window = line.rstrip() + (" " + nxt if nxt else "")
        if not _PROVIDER_READING_WORD.search(window):
            continue
        out.extend(_delivered_by(ctx, window, len(line.rstrip()), n, end))
        out.extend(_holds_a_contract(ctx, window, len(line.rstrip()), n, end))
        for pattern, words in zip(_PROVIDER_PHRASES, _PROVIDER_PHRASE_WORDS):
            if not _has_all(window, words):
                continue
            for m in pattern.finditer(window):
                if m.start() >= len(line.rstrip()) or WITHHELD.search(m.group(0)):
                    continue
                parties = tidy_party(m.group("org"))
                and_by = _AND_BY.match(window, m.end() - (4 if m.group("org").endswith(" and") else 0))
                # (the second name may run on to the line after next)
                further = window + (" " + nexts[n + 1] if and_by and n + 1 <= end and nexts.get(n + 1) else "")
                second = ORG_MENTION.match(further, and_by.end()) if and_by else None
                if second is not None and (second.group("name") or second.group("nhs")):
                    parties.append((second.group("name") or second.group("nhs")).strip())
                for org in parties:
                    if NOT_ORG_START.match(org) or NOT_A_PARTY.match(org) or is_council(ctx, org):
                        continue
                    ev = src.find(org, n, min(end, n + 3))
                    if ev is None:
                        continue
                    ref = note_organisation(ctx, org, ev, provider=True)
                    if ref is not None:
                        out.append(ref)
    out.extend(_provider_table_members(ctx, start, end))
    out.extend(_awarded_lot_lists(ctx, start, end))
    return out


#: "Lot 2 – North Kent: Acme Home Support Ltd, Bexfield Care LLP and Acme Homecare Ltd;"
_LOT_LIST = re.compile(r"^\s*Lot\s+\d+\s*[–-]\s*[^:;.]{1,60}:\s*(?P<list>[A-Z].*)$")
#: "AWARD places on the ... Framework to the providers listed below for each lot"
_AWARD_TO_LISTED = re.compile(r"\b(?:AWARD|[Aa]ward)\b[^.;]{0,200}?\bto\s+the\s+(?:providers|bidders|organisations)\s+(?:listed|set\s+out)\s+below")
_LOT_ITEM = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&))*")
_LIST_SPLIT = re.compile(r",\s+|\s+and\s+(?=[A-Z])")


def _awarded_lot_lists(ctx: ParseContext, start: int, end: int) -> list[Ref]:
    """Companies and charities listed lot by lot under a decision that awards places or
    contracts "to the providers listed below" ("Lot 1 – East Kent: A Ltd, B CIC and C Ltd;"):
    each is a provider. A lot's list may wrap onto the next line; it ends at ";" or ".".
    Only names that say they are companies or charities."""
    src = ctx.source
    out: list[Ref] = []
    lines = src.lines  # (line n is lines[n - 1])
    for n in range(start, end + 1):
        line = lines[n - 1]
        if not line.lstrip().startswith("Lot"):
            continue
        m = _LOT_LIST.match(line)
        if m is None:
            continue
        lead = " ".join(src.line(k).strip() for k in range(max(start, n - 15), n))
        if not _AWARD_TO_LISTED.search(lead):
            continue
        text, k = m.group("list").strip(), n
        while not text.endswith((";", ".")) and k < min(end, n + 2) and src.line(k + 1).strip():
            k += 1
            text += " " + src.line(k).strip()
        text = re.split(r"[;.](?:\s|$)", text)[0]
        for item in _LIST_SPLIT.split(text):
            item = re.split(r"\s+(?:and|or)\s+(?=[a-z])|\s+\(", item.strip())[0].strip()  # "... Ltd and a further provider"
            if not _LOT_ITEM.fullmatch(item) or org_kind(canonical_org_name(item, aliases_for(ctx))) not in ("Company", "Charity"):
                continue
            ev = src.find(item, n, k)
            ref = note_organisation(ctx, item, ev, provider=True) if ev is not None else None
            if ref is not None:
                out.append(ref)
    return out


_DESCRIBED_ORG = re.compile(
    r"(?<![\w&'’-])(?P<org>(?:[A-Z][\w&'’-]*(?:,[ \t]+|[ \t]+(?:(?:and|of|&)[ \t]+(?=[A-Z]))?)){0,5}[A-Z][\w&'’-]*)(?:,[ \t]+(?:is[ \t]+)?|(?P<is>[ \t]+is[ \t]+))(?:an?|the)[ \t]+"
    r"(?:(?:local|national|small|voluntary|community|registered|specialist|not-for-profit|independent|user-led|membership|umbrella)[ \t]+){0,2}"
    r"(?P<what>voluntary[ \t]+organisation|charity|charitable[ \t]+organisation|social[ \t]+enterprise|company|"
    r"community[ \t]+interest[ \t]+company|organisation|healthy[ \t]+living[ \t]+centre|housing[ \t]+association|consortium)\b"
)


#: a line ending in a capitalised word may carry the start of a name wrapped onto the next line
_ENDS_WITH_NAME_WORD = re.compile(r"(?:^|[ \t])(?:[A-Z][\w&'’-]*|and|of|&)$")

_DESCRIBED_WORD = re.compile(r"organisation|charit|enterprise|compan|centre|association|consortium")

#: "he was a trustee of Carers Together Swale": only a body has trustees
_TRUSTEE_OF = re.compile(r"\btrustees?[ \t]+of[ \t]+(?:the[ \t]+)?" + PROVIDER_ORG.replace("{0,6}", "{1,6}"))


def scan_described_organisations(ctx: ParseContext, start: int, end: int) -> list[Ref]:
    """Bodies the text introduces by what they are: "Hypertension Heroes, a voluntary organisation",
    "Acme, a social enterprise" (typed Charity / Company); never a person's name."""
    from ..text.names import parse_name

    src = ctx.source
    out = []
    _, nexts = _neighbours(src, start, end)
    lines = src.lines  # (line n is lines[n - 1])
    for n in range(start, end + 1):
        line = lines[n - 1].rstrip()
        if not line:
            continue  # only matches that start on the line itself are kept
        nxt = nexts[n]
        window = f"{line} {nxt}" if nxt else line
        if ("," not in window and " is " not in window) or not _DESCRIBED_WORD.search(window):
            continue  # every match has ", a charity|company|organisation|..."
        for m in _DESCRIBED_ORG.finditer(window):
            if m.start() >= len(line):
                continue
            if m.start() == 0 and _ENDS_WITH_NAME_WORD.search(src.line(n - 1).rstrip() if n > 1 else ""):
                continue  # "... delivered by Carers Together\nKent, a registered charity": the name began a line above
            org = m.group("org").strip(" ,")
            person = parse_name(org)
            if (person is not None and person.title) or len(org) < 3 or (NOT_ORG_START.match(org) and " " not in org):
                continue  # "Mr Smith, a local ...": a person
            if m.group("is") and (len(org.split()) < 2 or NOT_ORG_START.match(org) or not has_own_word(org.split())):
                continue  # "Larkfield Memory Friends is a local charity"; not "The Trust is a charity"
            what = m.group("what").lower()
            ev = src.find(m.group(0), n, min(end, n + 3))
            if ev is None:
                continue
            if "compan" in what:
                kind = "Company"
            elif "charit" in what:
                kind = "Charity"
            else:
                kind = None  # "an organisation", "a healthy living centre": a body of unknown kind
            ref = note_organisation(ctx, org, ev, provider=False, kind=kind, named=True)
            if ref is not None:
                out.append(ref)
    return out


# --- organisations mentioned --------------------------------------------------------

#: community bodies named by what they are: "Sheppey Men's Shed", "Faversham Good Neighbours",
#: "Medway Carers' Centre", "West Kent Health and Care Partnership", "... Research Unit",
#: "Kent Surrey Sussex Academic Health Science Network"
_BODY_TAILS = (
    r"Men['’]s[ \t]+Sheds?|Good[ \t]+Neighbours|Carers['’]?[ \t]+Centre|Health[ \t]+and[ \t]+Care[ \t]+Partnership|"
    r"Research[ \t]+Unit|(?:Academic[ \t]+)?Health[ \t]+Science[ \t]+Network|(?:Homes|Housing)[ \t]+Partnership|"
    # voluntary and community groups ("Upfield Friendship Circle", "Kent Advocacy Voices"), not cut
    # short of the rest of a name ("Kent Disability Voices" / "Network"); see text.orgs.is_body_shape
    r"(?:Friendship[ \t]+Circle|Circle|Support[ \t]+Group|Voices|Connectors|Self[ \t]+Advocates|"
    r"Carers['’]?[ \t]+(?:Forum|Network))(?![ \t]+[A-Z][a-z])"
)
#: lower-case words that may follow a name ("the Kent Care Homes Association during the visit",
#: "the Integrated Care Board to improve"); any other lower-case word makes the suffix a common
#: noun ("Weakness Limited income")
_NAME_ENDS_BEFORE = (
    r"(?:or|who|which|has|have|had|is|was|were|are|will|would|said|to|in|on|at|from|with|by|as|during|about|after|"
    r"since|under|through|within|across|that|she|he|they|it|we|also|been|can|could|may|should|must|not|now|where|when|while|whose)\b"
    # "Trust for their work" ends the name; "Society for the Deaf" goes on
    r"|for(?![ \t]+(?:the[ \t]+)?[A-Z])"
)
#: a name does not stop short of a word that still belongs to it ("... University" / "NHS
#: Foundation Trust", "... Foundation" / "Trust")
_NOT_CUT = r"(?![ \t]+(?:NHS|Trusts?|Foundation[ \t]+Trusts?|Ltd|Limited|CIC|LLP|plc|PLC)(?![\w]))"
_ORG_SUFFIX = (
    r"(?:(?:Ltd|PLC|plc|LLP|CIC|CCG)(?![\w])|Limited(?![\w])(?![ \t]+(?!(?:and|or|who|which|has|have|had|is|was|were|are|will|would|said)\b)[a-z])|"  # "Acme Ltd ran ..."; "Weakness Limited income" is no company
    # suffixes that cannot be common nouns end a name whatever follows ("Medway Council commissions",
    # "... Partnership Trust community services"), but "Council for Voluntary Service" goes on
    r"(?:NHS[ \t]+Foundation[ \t]+Trust|NHS[ \t]+FT|Foundation[ \t]+Trust|Partnership[ \t]+Trust|NHS[ \t]+Trust|"
    r"Integrated[ \t]+Care[ \t]+Board|Clinical[ \t]+Commissioning[ \t]+Group|"
    r"(?:County|Borough|District|City)[ \t]+Council|Council(?![ \t]+for[ \t]+(?:the[ \t]+)?[A-Z]))(?![\w])|"
    r"(?:Trust|Foundation|"
    r"Police|Fire[ \t]+(?:and|&)[ \t]+Rescue(?:[ \t]+Service)?|Healthcare|Association|Society|Alliance|Commission|Agency|Mind|Hospice|"
    r"(?:Housing|Research|Healthcare|Homes|Hospitals?|Medical)[ \t]+Group|University|College)"
    r"(?![ \t]+(?!and\b|" + _NAME_ENDS_BEFORE + r")[a-z])"
    # "and" + a capitalised word goes on a name ("Police and Crime Commissioner"), except after a
    # word that ends one ("Kent Integrated Care Alliance and Skills for Care")
    r"(?:(?<=Alliance)|(?<=Association)|(?<=Society)|(?<=Hospice)|(?<=University)|(?<=College)|(?![ \t]+and[ \t]+[A-Z]))" + _NOT_CUT + r"|"
    r"(?:" + _BODY_TAILS + r")(?![\w]))"  # never common nouns: "Hoo Men's Shed opened"
)
#: (every alternative starts a word with a capital or "the": the look-ahead and the shared
#: look-behind reject other positions at once)
ORG_MENTION = re.compile(
    r"(?=[A-Zt])(?<![\w])(?:"
    # (the words of a name are never a table's columns apart: "Rest of Kent      Acme Support Ltd")
    r"(?:the[ \t]+)?(?P<name>(?:[A-Z][\w&'’-]*[ \t]{1,2}(?:(?:and|of|&)[ \t]{1,2})?){1,6}" + _ORG_SUFFIX + r")(?![\w])"
    r"|(?P<dept>(?:Department|Ministry)[ \t]+(?:of|for)[ \t]+(?:[A-Z][\w'’-]*,?[ \t]+(?:(?:and|&)[ \t]+)?){0,4}[A-Z][\w'’-]*)"
    r"|(?P<office>Office[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+(?:and[ \t]+)?){0,5}(?:Commissioner|Ombudsman|Regulator|Statistics|Health[ \t]+Improvement[ \t]+and[ \t]+Disparities))"
    r"|(?P<uni>University[ \t]+of[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*(?![\w'’]))?)(?=['’]s\b|(?![\w'’]))"
    r"|(?P<mind>Mind[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*)?)(?![\w])"
    r"|(?P<nhs>NHS[ \t]+(?:(?:[A-Z][\w&'’-]*|and)[ \t]+){0,6}(?:Trust|Board|England|Improvement|Digital|Group|Authority)"
    # "NHS Dartford, Gravesham and Swanley CCG": a clinical commissioning group by its areas
    r"|NHS[ \t]+(?:(?!NHS\b|CCG\b)[A-Z][\w&'’-]*,?[ \t]+(?:and[ \t]+)?){1,5}CCG)(?![\w])"
    r")"
)
#: words one of which every match of ``ORG_MENTION`` contains (the suffixes of ``_ORG_SUFFIX``
#: and ``_BODY_TAILS``, and the heads of the other alternatives): text without any is not scanned
_MENTION_WORD = re.compile(
    r"Ltd|PLC|plc|LLP|CIC|Limited|NHS|CCG|Trust|Board|Group|Council|Foundation|Police|Fire|Healthcare|Association|"
    r"Society|Alliance|Commission|Agency|Mind|Hospice|University|College|Shed|Neighbours|Centre|Partnership|Unit|"
    r"Network|Circle|Voices|Connectors|Advocates|Forum|Department|Ministry|Office"
)
NOT_ORG_START = re.compile(
    r"^(?:The|This|That|These|Our|Each|All|Any|Every|A|An|Existing|Current|New|Adult|County|Cabinet|Parish|Framework|"
    r"Statement|Strategy|Strategic|Plan|Policy|Report|Paper|Funding|Growth|Voluntary|Both|Between|With|From|By|In|On|At|To|"
    r"Partner|Partners|Including|And|Of|For|Jointly|Commissioned|Delivered|Provided|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Chairman|Chair|Leader|Members?)\b"
)
_GENERIC = re.compile(
    r"^(?:(?:Local|County|District|Borough|City|Town|Parish|Partner|Other|Kent)\s+)?Councils?$|^Trust$|^Cabinet\b|"
    r"Committee|Cabinet Member|Member|Officer|Director|Strategy|Service Level|Agreement|Policy|Plan\b|Act\b|Grant\b|Fund\b|"
    r"^(?:Integrated Care Boards?|Clinical Commissioning Groups?|(?:NHS )?Foundation Trusts?|NHS Trusts?|Care Partnership Trust|"
    r"Funding Agency|Growth Commission|Voluntary and Community Sector|Partnership Trust|Health Trust|Care Agency|Home Care Agency|"
    r"Employment Agency|Recruitment Agency)$",
    re.I,
)


_CONNECTOR_TAIL = re.compile(r"(?:\b(?:and|of|for|the|&)|[,-])\s*$", re.I)
#: the same word or words twice in a row ("Kent Kent", "Kent Coast Kent Coast"): two cells, not one name
_DOUBLED_WORDS = re.compile(r"\b((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)[ \t]+(\1)\b")


_HEAD_WORDS = {"Office", "Department", "Ministry", "Agency", "Commission", "Council", "Board", "Trust", "Group", "The"}


def _neighbour(src: SourceText, n: int, step: int, start: int, end: int) -> str:
    """The nearest non-blank line before/after ``n`` (at most two blank lines away)."""
    k = n + step
    for _ in range(3):
        if not (start <= k <= end):
            return ""
        text = src.line(k).replace("**", "").strip()
        if text:
            return text
        k += step
    return ""


def _neighbours(src: SourceText, start: int, end: int) -> tuple[dict[int, str], dict[int, str]]:
    """``_neighbour(src, n, -1/+1, start, end)`` for every line ``n`` of ``start``..``end``,
    worked out once per document and range (the scans below ask for both neighbours of
    every line). Do not change the dicts returned."""
    memo = PER_SOURCE.memo(src)
    key = ("neighbours", start, end)
    if key not in memo:
        _work_out_neighbours(src, start, end, memo)
    return memo[key]


def _raw_neighbours(src: SourceText, start: int, end: int) -> tuple[dict[int, str], dict[int, str]]:
    """As :func:`_neighbours`, but the lines as printed (indentation and column gaps kept,
    markup removed), for telling table columns from wrapped text."""
    memo = PER_SOURCE.memo(src)
    key = ("raw_neighbours", start, end)
    if key not in memo:
        _work_out_neighbours(src, start, end, memo)
    return memo[key]


def _work_out_neighbours(src: SourceText, start: int, end: int, memo: dict) -> None:
    """Both neighbours of every line in one pass each way: the nearest non-blank line at
    most three lines away (a right-stripped line is blank exactly when it is empty)."""
    raw = [line.replace("**", "").rstrip() for line in src.lines[start - 1: end]]
    stripped = [line.lstrip() for line in raw]
    count = len(raw)
    raw_prev = _nearest_filled(raw, range(count))
    raw_nxt = _nearest_filled(raw, range(count - 1, -1, -1))
    prev: dict[int, str] = {}
    nxt: dict[int, str] = {}
    for i in range(count):
        before, after = raw_prev[i], raw_nxt[i]
        prev[start + i] = stripped[before] if before is not None else ""
        nxt[start + i] = stripped[after] if after is not None else ""
    memo[("neighbours", start, end)] = (prev, nxt)
    memo[("raw_neighbours", start, end)] = (
        {start + i: raw[k] if k is not None else "" for i, k in enumerate(raw_prev)},
        {start + i: raw[k] if k is not None else "" for i, k in enumerate(raw_nxt)},
    )


def _nearest_filled(raw: list[str], order: range) -> list[int | None]:
    """For each index, in the direction ``order`` walks, the index of the nearest non-empty
    line before it (at most three steps back along ``order``), or None."""
    out: list[int | None] = [None] * len(raw)
    last = None  # the last non-empty index walked past, and how many steps ago
    steps = 0
    for i in order:
        out[i] = last if last is not None and steps <= 3 else None
        if raw[i]:
            last, steps = i, 1
        else:
            steps += 1
    return out


_NHS_TAIL = re.compile(r"\bNHS\s*$")
#: "Council Chamber", "Council Tax", "Council Offices": a line that starts with one of these does not end a name
_COUNCIL_ROOM = re.compile(r"^Council[ \t]+[A-Z]")
_CONTINUES = re.compile(
    r"^(?:and|of|for|&)\b|^[a-z]|^(?:Trust|Foundation|Board|Group|Ltd|Limited|CIC|Commission|Agency|Healthcare|Borough|County|District|City)\b|"
    r"^NHS[ \t]+(?:and|Foundation|Trust)\b|"  # "Kent and Medway" / "NHS and Social Care Partnership Trust"
    r"^Council\b(?![ \t]+[A-Z])"  # not "Council Chamber, Sessions House" under "Ask for: Jane Smith"
)


#: a line that starts with the end of a name: "Care Ltd was ...", "Care Board (ICB) and ..."
_NAME_TAIL_START = re.compile(r"^(?P<lead>(?:[A-Z][\w&'’-]*[ \t]+){0,4})(?:" + _ORG_SUFFIX + r"|Board(?![\w]))")
#: a line this short that ends with a capitalised word is a cell, a heading or a list item
#: ("Lot 1 – East Kent"), not prose broken at the margin
_SHORT_LINE = 35
#: words that go on a company's name more often than they start one ("... Community Care CIC")
_COMMON_NAME_WORDS = {
    "Care", "Community", "Support", "Services", "Service", "Living", "Home", "Homes", "Homecare", "Health",
    "Healthcare", "Supported", "Independent", "Domiciliary", "Nursing", "Residential", "Housing", "Solutions",
    "Group", "Partnership", "Partners", "Trust", "Association", "Society", "Foundation", "Network", "Kent",
}


_PERSON_ENDS_LINE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor)\.?\s+(?:[A-Z][\w'’.-]*\s+)?[A-Z][\w'’-]*$")
_BODY_OF_ENDS_LINE = re.compile(
    r"\b(?:Association|Alliance|Federation|Network|Forum|Union|Consortium)[ \t]+of[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*$"
)
_WORD_AFTER_STOP = re.compile(r"[.;:][ \t]+([A-Z][a-z][\w'’-]*)$")
_CAPITAL_ENDS_LINE = re.compile(r"(?<![.:;])\s[A-Z][\w&'’-]*$")
#: a word every match of ``_PERSON_ENDS_LINE`` / ``_BODY_OF_ENDS_LINE`` / ``_ENDS_WITH_SUFFIX`` contains (a line without
#: one is not searched: these literal searches are much cheaper than the patterns)
_TITLE_WORD = re.compile(r"Mr|Ms|Miss|Dr|Cllr|Councillor|Professor")
_BODY_OF_WORD = re.compile(r"Association|Alliance|Federation|Network|Forum|Union|Consortium")
_SUFFIX_WORD = re.compile(r"Ltd|Limited|CIC|LLP|PLC|plc|Council|Board|Commission|Agency|Police|Society|Association")


def _capital_ends_line(text: str) -> bool:
    """``_CAPITAL_ENDS_LINE.search(text)`` for a right-stripped ``text``, looking only at its
    last word: the white space the pattern needs is the last in the text (the word after it
    has none), so the search starts one character before it (for the look-behind)."""
    last_word = text.rsplit(None, 1)[-1] if text else ""
    space = len(text) - len(last_word) - 1
    if space < 0:
        return False
    return _CAPITAL_ENDS_LINE.search(text, max(0, space - 1)) is not None


#: a line that is only the end of a company's name ("Services Ltd", "Care Ltd")
_BARE_COMPANY_TAIL = re.compile(r"^(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:Ltd|Limited|CIC|LLP)\.?$")


def _whole_name(text: str) -> bool:
    """Is ``text``, whole, one organisation's name by its shape ("Larkford Carers' Centre",
    "Acme Care Ltd")?"""
    m = ORG_MENTION.fullmatch(text)
    return bool(m and m.group("name") and len(text.split()) >= 2
                and text.split()[0] not in _TAIL_WORDS)


#: words a name's second line starts with when it is the end of the name above ("Foundation Trust")
_TAIL_WORDS = frozenset({"Foundation", "Trust", "NHS", "University", "Hospitals", "Partnership", "Care", "Services",
                         "Service", "Health", "Healthcare", "Council", "Board", "Group", "Ltd", "Limited", "Community"})
#: the glyphs a list item starts with
_BULLETS = frozenset("•▪●◦■\uf0b7\uf0a7\uf0d8➢")


def _wraps(first: str, second: str, adjacent: bool | Callable[[], bool] = True) -> bool:
    """Does ``second`` continue a name broken at the end of ``first``? (See :func:`_wrap_rule`;
    ``adjacent``, or a function that says it, only matters to the weakest rule.)"""
    rule = _wrap_rule(first, second)
    if rule == "capital":
        if _BARE_COMPANY_TAIL.match(second.strip()) and not has_own_word(second.split()[:-1]):
            return True  # "4 Acme Domiciliary" / "" / "Services Ltd": a tail that names no one alone
        return adjacent() if callable(adjacent) else adjacent
    return rule == "strong"


@lru_cache(maxsize=8192)
def _wrap_rule(first: str, second: str) -> str | None:
    """How ``second`` continues a name broken at the end of ``first``: "strong" (``first`` ends
    with "and", "of", "NHS" ..., or ``second`` starts with "Trust", "Council", a lower-case word
    ...), "capital" (``first`` ends with a capitalised word and ``second`` starts with a name's
    ending: "... employed by Oakleaf Home" / "Care Ltd"), or None. (Pure; cached: every line
    pair is asked about twice.)"""
    if second.lstrip()[:1] in _BULLETS:
        return None  # "• Mencap Kent Voices" / "• Larkford Carers' Centre": the next item of a list
    if _whole_name(first.strip().lstrip("•▪●-–\uf0b7 ")) and _whole_name(second.strip().lstrip("•▪●-–\uf0b7 ")):
        return None  # "Mencap Kent Voices" / "Larkford Carers' Centre": a list, a name a line
    if _TITLE_WORD.search(first) and _PERSON_ENDS_LINE.search(first.rstrip()):
        return None  # "... introduced by Councillor Hartwell" / "Council Tax ...": a person ends the line
    if is_known_body_printed(first.strip().lstrip("•▪●-–\uf0b7 ")):
        return None  # a list item that is a whole known body ("Healthwatch Kent" / "Kent Community ...")
    if _BODY_OF_WORD.search(first) and _BODY_OF_ENDS_LINE.search(first.rstrip()):
        return None  # "Larkfield Association of Carers Groups" / "Memory Action Alliance ...": two names
    # both tail patterns end in \s*$ and reach at most four characters back from the white space
    tail = first.rstrip()[-4:]
    if _CONNECTOR_TAIL.search(tail) or _NHS_TAIL.search(tail) or _CONTINUES.match(second.strip()):
        return "strong"
    known = find_known_bodies(second.strip().lstrip("•▪●-–\uf0b7 "))
    if known and known[0][0] == 0:
        return None  # "Harbour Lights Café, Ramsgate" / "Kent Police and ...": a known body starts the next item
    # (a capitalised word ending a line goes on only on the very next line: a blank line between
    # parts a cell or a heading from what follows, "... in North Kent" / "" / "Acme Kent Ltd")
    if _capital_ends_line(first.rstrip()) and not (_SUFFIX_WORD.search(first) and _ENDS_WITH_SUFFIX.search(first)):
        tail_start = _NAME_TAIL_START.match(second.strip())
        if tail_start is None or _COUNCIL_ROOM.match(second.strip()):
            return None  # "Ask for: Jane Smith" / "Council Chamber, Sessions House"
        # "Lot 1 – East Kent" / "Bluebell Lane Care Ltd": a short line and a whole name under it
        # are two cells; "Sunnymede Community" / "Care Ltd" is one name wrapped in its cell
        # ("... Willowfield" / "Community Care CIC": a tail that starts with a common word goes on a name)
        lead = tail_start.group("lead").split()
        if len(first.strip()) < _SHORT_LINE and len(lead) >= 2 and lead[0] not in _COMMON_NAME_WORDS:
            return None
        return "capital"
    # "... on price. Fernleigh" / "Community Partnership CIC submitted ...": a word of a name's own
    # after a sentence's end, and a tail that is only common words ("Community Partnership CIC")
    after_stop = _WORD_AFTER_STOP.search(first.rstrip())
    if after_stop and not NOT_ORG_START.match(after_stop.group(1)) and after_stop.group(1) not in _COMMON_NAME_WORDS:
        tail_start = _NAME_TAIL_START.match(second.strip())
        lead = tail_start.group("lead").split() if tail_start else []
        if lead and all(w in _COMMON_NAME_WORDS for w in lead) and _COMPANY_END.search(tail_start.group(0)):
            return "capital"
    return None


_SPACING_WINDOW = 12


def _double_spaced(src: SourceText, n: int) -> bool:
    """Is the text around line ``n`` printed with a blank line after most lines (as parts of
    some PDFs are extracted)? Then a blank line does not part a name's two halves."""
    memo = PER_SOURCE.memo(src)
    flags = memo.get("blank_after")
    if flags is None:
        count = len(src)
        blank = [False] + [not line.strip() for line in src.lines] + [True]
        # per line: (is filled, is filled and followed by a blank line), as running sums
        filled = list(accumulate((not blank[k] for k in range(1, count + 1)), initial=0)) + [0]
        spaced = list(accumulate((not blank[k] and blank[k + 1] for k in range(1, count + 1)), initial=0)) + [0]
        flags = memo["blank_after"] = (filled, spaced, count)
    filled, spaced, count = flags
    lo, hi = max(1, n - _SPACING_WINDOW), min(count, n + _SPACING_WINDOW)
    lines = filled[hi] - filled[lo - 1]
    return lines >= 4 and (spaced[hi] - spaced[lo - 1]) > 0.6 * lines


def _adjacent(src: SourceText, n: int, step: int) -> bool:
    """Is line ``n`` next to its non-blank neighbour before (``step`` -1) or after (+1) as a
    reader sees them: no blank line between, or a double-spaced text?"""
    k = n + step
    if k < 1 or k > len(src):
        return True
    return bool(src.line(k).strip()) or _double_spaced(src, n)


_COLUMN_GAP = re.compile(r"\s{3,}(?=\S)")
_BULLET_OR_NUMBER = re.compile(r"\s*(?:[•●▪◦·\uf0b7\uf0a7\uf0d8*o–-]|\(?[0-9a-z]{1,3}[.)]|\d+(?:\.\d+)*\.?)")


@lru_cache(maxsize=4096)
def _column_break(first: str, second: str) -> bool:
    """Is the break between the raw lines ``first`` and ``second`` a break between table
    columns? The last cell of ``first`` stands after a wide gap or a deep indent ("Provider
    Area(s)   Admitted", "Ask for:   Rhiannon Petts") and ``second`` does not start under it,
    so its first words belong to another cell ("Brambleside Support Ltd   West Kent").
    (Pure, so remembered: each pair of lines is asked about from both sides.)"""
    first = first.expandtabs(8).rstrip()
    second = second.expandtabs(8)
    # (the gap after a bullet or a point's number is not a column: "•   Acme Home" / "Care Ltd")
    gaps = [g for g in _COLUMN_GAP.finditer(first) if not _BULLET_OR_NUMBER.fullmatch(first[: g.start()])]
    if not gaps:
        return False
    last_cell = gaps[-1].end()
    indent = len(second) - len(second.lstrip())
    return abs(last_cell - indent) > 2


_CAPITALISED = re.compile(r"^[A-Z]")
_COMPANY_END = re.compile(r"\b(?:Ltd|Limited|CIC|LLP|PLC|plc)\.?$")
#: a line that ends with a whole name ("Hampshire Council") does not go on with another one
_ENDS_WITH_SUFFIX = re.compile(r"\b(?:Ltd|Limited|CIC|LLP|PLC|plc|Council|Board|Commission|Agency|Police|Society|Association)\s*$")


def _printed_alone(src: SourceText, name: str) -> bool:
    """Is ``name`` printed somewhere in the document with no capitalised word before it
    ("2.4 Harbourline Care Ltd and ...", "to Harbourline Care Ltd;")? Line breaks count as
    spaces, so the tail of a name wrapped over two lines is not alone."""
    memo = PER_SOURCE.memo(src)
    key = ("printed_alone", name)
    if key in memo:
        return memo[key]
    text = memo.get("flat_text")
    if text is None:
        text = memo["flat_text"] = normalise_ws(" ".join(src.line(k) for k in range(1, len(src) + 1)).replace("**", ""))
    memo[key] = _alone_in(text, name)
    return memo[key]


def _alone_in(text: str, name: str) -> bool:
    for start in _printed_whole(text, name):
        word_before = text[max(0, start - 80): start].rstrip().rsplit(" ", 1)[-1] if start else ""
        if not _CAPITALISED.match(word_before.strip("(\"'‘“")):
            return True
    return False


_NAME_CHAR = re.compile(r"[\w&'’-]")


def _printed_whole(text: str, name: str):
    r"""Where ``name`` is printed in ``text`` with no letter of a word glued on either side:
    the starts of the matches of ``(?<![\w&'’-])NAME(?![\w&'’-])``, as ``re.finditer`` finds
    them (without compiling a pattern for every name)."""
    if not name:
        return
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not _NAME_CHAR.match(text, i - 1)) and (j == len(text) or not _NAME_CHAR.match(text, j)):
            yield i
            i = text.find(name, j)  # (matches do not overlap)
        else:
            i = text.find(name, i + 1)


def _without_glued_cell(src: SourceText, name: str) -> str:
    """A company's name without the table cell glued before it: "East Kent Harbourline Care
    Ltd" (the lot's area, then the provider) is "Harbourline Care Ltd" when the document
    prints that name on its own elsewhere; otherwise ``name`` as it is."""
    if org_kind(name) != "Company":
        return name
    words = name.split()
    for i in range(1, len(words) - 1):
        tail = " ".join(words[i:])
        if not all(_CAPITALISED.match(w) for w in words[:i]) or words[i] in _COMMON_NAME_WORDS:
            continue
        if org_kind(tail) == "Company" and _printed_alone(src, tail):
            return tail
    return name


_SPLIT_AT_AND = re.compile(r"^(?P<left>.*?\b(?:Ltd|Limited|CIC|Trusts?|Councils?|Groups?|Boards?|Police|Commission|Agency|Association|CCGs?|ICBs?))\s+(?:and|&)\s+(?P<right>.+)$")


def _split_possessive(names: list[str]) -> list[str]:
    """"University of Kent's Personal Social Services Research Unit" → the owner and the body."""
    out = []
    for name in names:
        m = re.match(r"^(?P<owner>.+?)['’]s\s+(?P<body>[A-Z].+)$", name)
        out.extend([m.group("owner"), m.group("body")] if m and len(m.group("body").split()) >= 2 else [name])
    return out


def _split_pair(name: str) -> list[str]:
    """"X Group and Medway Council" → both bodies; "Kent and Medway ... Trust" stays one."""
    m = _SPLIT_AT_AND.match(name)
    if m and len(m.group("right").split()) >= 2:
        return [m.group("left"), m.group("right")]
    known = find_known_bodies(name)
    if known:
        # "Porchlight and Shaw Trust": a known body on either side of "and" → two bodies
        for km in re.finditer(r"\s+(?:and|&)\s+", name):
            left, right = name[: km.start()], name[km.end():]
            if any(s == 0 and e == km.start() for s, e, _, _ in known) or any(
                s == km.end() and e == len(name) for s, e, _, _ in known
            ):
                if left[:1].isupper() and right[:1].isupper():
                    return [left, right]
    return [name]


_PROVIDERS_LIST = re.compile(
    r"\b(?:[Ll]ead[ \t]+)?[Pp]roviders[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’ \t-]{2,80}?[ \t]+"
    r"(?:Service|Services|Contract|Contracts|Framework|Scheme)[ \t]*\((?P<list>[^()]{3,200})\)"
)
_LIST_ITEM = re.compile(r"^[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|for|and|&)){0,4}$")


def _listed_bodies(text: str, limit: int) -> list[str]:
    """Bodies a text lists as the providers of a named service: "Lead Providers of the
    Kent Integrated Domestic Abuse Service (Oasis, Clarion, Look Ahead, Victim Support)".
    Only lists that start before ``limit``; each item must be a capitalised name."""
    out = []
    if "roviders" not in text:
        return out
    for m in _PROVIDERS_LIST.finditer(text):
        if m.start() >= limit:
            continue
        items = [i.strip() for i in re.split(r",|\s+and\s+(?=[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s*$)", m.group("list"))]
        if len(items) < 2 or not all(_LIST_ITEM.match(i) for i in items if i):
            continue  # "(including domiciliary care)", "(see Appendix 2)": not a list of names
        out.extend(i for i in items if i and not NOT_ORG_START.match(i))
    return out


_CAPITAL = re.compile(r"[A-Z]")
_NAME_BEGAN_BEFORE = re.compile(r"\b(?:to|by|with|from|and|of)\s+[A-Z][\w&'’-]*\s*$")
_ABBREVIATION_AND = re.compile(r"^(?P<left>[A-Z][\w&'’-]*)\s+(?:and|&)\s+(?P<right>[A-Z].+)$")
_LEADING_CONNECTIVE = re.compile(r"^(?:the|and|of|for)\s+", re.I)
_UP_TO_ARTICLE = re.compile(r"^.*\s(?:The|A|An)\s+")
_POST_OF = re.compile(
    r"^.*\b(?:Executive|Director|Chair(?:man)?|Leader|Members?|Head|Minister|Secretary|Officer|Commissioner)s?\s+of\s+(?:the\s+)?"
)
#: ("(?<![\w&])" checked after the first capital, so the search can skip to capitals at once)
_ABBREVIATION = re.compile(r"([A-Z](?<![\w&][A-Z])[A-Z&]{2,7})(?![\w&])")


# --- bodies listed one a line after "the following organisations and groups:" -----------

#: a lead-in that says what a list names: "The following groups and organisations were consulted:"
_LIST_LEAD_IN = re.compile(
    r"\b(?:organi[sz]ations|groups|bodies|stakeholders|partners|charities|agencies|forums|networks)\b"
    # an equality impact assessment's "Who have you involved, consulted and engaged with?"
    r"|\bwho\b.{0,40}\b(?:consulted|engaged)\b", re.I
)
#: a list item whose bullet was lost when the text was extracted: a short indent, then a capital
_INDENTED_ITEM = re.compile(r"^[ \t]{1,4}(?P<item>[A-Z].*?)\s*$")
_BULLET_ITEM = re.compile(
    r"^\s*(?:[•●▪◦·\uf0b7\uf0a7\uf0d8\-–*]|o(?=\s)|\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)(?=\s))\s*(?P<item>\S.*?)\s*$"
)
#: one listed body: capitalised words, "and"/"of"/"for"/"the" between them, places listed with commas
_LISTED_NAME = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:(?:,\s+|\s+)(?:(?:and|of|for|the|in|on|&)\s+)*[A-Z][\w'’&.-]*)*$"
)
#: words that say a listed name is a body ("Kent Disability Voices Network", "Sheppey Self Advocates")
_LISTED_BODY_WORDS = {
    "network", "forum", "club", "circle", "group", "voice", "voices", "advocates", "advocacy", "together",
    "association", "alliance", "partnership", "society", "trust", "foundation", "centre", "center", "project",
    "collective", "hub", "café", "cafe", "shed", "sheds", "matters", "action", "connectors", "friends",
    "neighbours", "charity", "healthwatch", "uk", "ltd", "limited", "cic", "council", "mind", "mencap",
    "university", "college", "institute",
}
#: a listed name ending in one of these is a meeting, a team or people, not a body
_LISTED_NOT_A_BODY_END = {
    "board", "boards", "committee", "committees", "panel", "panels", "team", "teams", "service", "services",
    "programme", "meeting", "meetings", "event", "events", "session", "sessions", "strategy", "plan", "staff",
    "members", "users", "carers", "residents", "colleagues", "officers", "commissioners", "providers", "councils",
    "sector", "groups", "organisations", "practices", "partners", "leads", "managers", "workers", "professionals",
}
_POST_WORDS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Member|Officer|Director|Manager|Chair(?:man)?|Leader|Head|Lead|"
    r"Commissioner|Minister|Secretary|Coordinator|Co-ordinator|Worker)\b"
)


#: a body named as a body of others: "Association of Carers Groups", "Federation of Patient Panels"
_BODY_OF = re.compile(r"\b(?:Association|Alliance|Federation|Network|Forum|Union|Consortium)\s+of\s+[A-Z]")


def listed_body_name(item: str) -> str | None:
    """The body a list item names ("Sevenoaks Area Carers Forum;" → "Sevenoaks Area Carers
    Forum"), or None when the item is not a body's name: prose, a person or post, a group of
    people ("Older People's Forum", "Parent Carers"), a meeting or team, a place alone."""
    item = re.sub(r"\s*\([^()]*\)\s*$", "", item.strip())  # "Swale Borough Council (Community Services)"
    item = re.sub(r"(?:[;,.]|\s+(?:and|or))+$", "", item).strip()
    if not _LISTED_NAME.match(item) or _POST_WORDS.search(item):
        return None
    words = [w for w in re.split(r"[\s,]+", item) if w]
    content = [w.lower().replace("’", "'") for w in words if w.lower() not in ("and", "of", "for", "the", "in", "on", "&")]
    if not 2 <= len(content) <= 9 or (content[-1].rstrip("'") in _LISTED_NOT_A_BODY_END and not _BODY_OF.search(item)):
        return None  # ("Kent Association of Carers Groups" is a body of groups)
    if not any(w.strip("'").removesuffix("'s") in _LISTED_BODY_WORDS for w in content):
        return None
    if not has_own_word([w.strip("'") if w.strip("'") in COMMON_WORDS else w for w in content]):
        return None
    return item


def _list_lead_in(src: SourceText, n: int, start: int) -> bool:
    """Does line ``n`` end a lead-in that introduces a list of bodies ("The following
    organisations and groups:", wrapped over up to four lines)?"""
    if not src.line(n).rstrip().endswith((":", "?")):
        return False
    text = []
    for k in range(n, max(start, n - 4) - 1, -1):
        line = src.line(k).strip()
        if not line or (k < n and _BULLET_ITEM.match(src.line(k)) is not None):
            break
        text.insert(0, line)
    return bool(_LIST_LEAD_IN.search(" ".join(text)))


def scan_listed_organisations(ctx: ParseContext, start: int, end: int) -> list[Ref]:
    """Bodies named one to a bullet after a lead-in that says the list names organisations
    or groups ("The following groups and organisations were consulted:" / "• Sheppey Self
    Advocates" / "• Canterbury Open Doors Club"): kept, of the kind their names say, never
    as providers. Items that are prose, people, posts or groups of people are left out; an
    item that runs on to another line is left to the other scans."""
    src = ctx.source
    out: list[Ref] = []
    lines = src.lines  # (line n is lines[n - 1])
    n = start
    while n <= end:
        if (":" not in lines[n - 1] and "?" not in lines[n - 1]) or not _list_lead_in(src, n, start):
            n += 1
            continue
        k, blanks = n + 1, 0
        while k <= end:
            line = src.line(k)
            if not line.strip():
                blanks += 1
                if blanks > 2:
                    break
                k += 1
                continue
            blanks = 0
            bm = _BULLET_ITEM.match(line)
            indented = bm is None and _INDENTED_ITEM.match(line)
            if bm is None and not indented:
                break
            nxt = src.line(k + 1) if k < end else ""
            if indented:
                # (items whose bullets were lost: the next one starts at the same indent)
                bm = indented
                indent = len(line) - len(line.lstrip())
                runs_on = bool(nxt.strip()) and (nxt.strip()[:1].islower() or len(nxt) - len(nxt.lstrip()) > indent)
            else:
                runs_on = bool(nxt.strip()) and _BULLET_ITEM.match(nxt) is None and (nxt[:1].isspace() or nxt.strip()[:1].islower())
            name = None if runs_on else listed_body_name(bm.group("item"))
            if name is not None:
                ev = src.find(name, k, k)
                ref = note_organisation(ctx, name, ev, named=True) if ev is not None else None
                if ref is not None:
                    out.append(ref)
            k += 1
        n = k
    return out


#: a body's name used before a noun ("the Larkfield and Brayminster Care Alliance summer
#: conference"): read when the name has a word of its own (not "the Care Alliance meeting")
_ATTRIBUTIVE_BODY = re.compile(
    r"(?<![\w&'’-])(?P<name>(?:[A-Z][\w&'’-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){2,6}(?:Alliance|Association|Society))"
    r"(?=[ \t]+(?!(?:and|or|of|for)\b)[a-z])"
)
#: a line at least this long that ends in a name's first words is prose wrapped at the margin
_PROSE_LINE = 50
#: a group named by what it is, before the place it serves ("Carers' Voice Swale", "Disability Forum Medway")
_GROUP_OF_PLACE = re.compile(r"(?<![\w&'’-])(?P<name>(?:[A-Z][\w&'’-]*[ \t]+){1,3}(?:Voices?|Forum|Network))(?=[ \t]*$|[ \t]+[A-Z])")
#: names that may end with the place they serve ("... Action Alliance Kent", "... Carers Association Medway")
_ENDS_BEFORE_A_PLACE = re.compile(r"\b(?:Alliance|Association|Society)$")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ \t]+$")


def _tail_of_longer_name(text: str, start: int, printed: str, names: list[str]) -> bool:
    """Is the known name ``printed`` at ``text[start:]`` only the end of a longer name read on
    the same line ("Crossways Carers Trust" is not "Carers Trust")?"""
    if not _NAME_WORD_BEFORE.search(text, 0, start):
        return False
    before = text[:start]
    for name in names:
        if name.endswith(" " + printed) and before.rstrip().endswith(name[: -len(printed)].rstrip()):
            return True
    return False


def _may_read_across(prev: str, line: str, nxt: str) -> bool:
    """Could a reading of :func:`scan_organisations` that joins ``line`` to its neighbours
    find anything: a name-shaped mention (every one has a ``_MENTION_WORD``), a list of
    providers or a trustee's body? If not, the line is read the same joined or not. (No
    such word spans a line break: lines are joined with a space or a line break.)"""
    return (_has_mention_word(line) or _has_mention_word(prev) or _has_mention_word(nxt)
            or "roviders" in line or "roviders" in nxt or "trustee" in line or "trustee" in nxt)


@lru_cache(maxsize=4096)
def _has_mention_word(text: str) -> bool:
    """Does ``text`` hold a ``_MENTION_WORD``? (Remembered: each line is asked about as
    itself and as the neighbour of the lines before and after it.)"""
    return _MENTION_WORD.search(text) is not None


def scan_organisations(ctx: ParseContext, start: int, end: int) -> list[Ref]:
    """A cg:Organisation for each named external body on lines ``start``..``end``.

    Names are recognised by shape ("... Ltd", "... Trust", "... Council",
    "Department for ...", "NHS ... Trust") and defined abbreviations ("KMPT"
    after "(KMPT)"); they are not made providers here. A name wrapped over a
    line break is read whole: each line is matched with its neighbours, and
    only names that start on the line itself are taken.
    """
    src = ctx.source
    aliases = aliases_for(ctx)
    out: list[Ref] = []
    prevs, nexts = _neighbours(src, start, end)
    raw_prevs, raw_nexts = _raw_neighbours(src, start, end)
    lines = src.lines  # (line n is lines[n - 1]: read directly in this loop over every line)
    for n in range(start, end + 1):
        line = lines[n - 1].replace("**", "").rstrip()
        if not line.strip():
            continue
        prev = prevs[n]
        nxt = nexts[n]
        # (whether the line joins its neighbours matters only to readings that may cross a line
        # break, and to the known names read before a blank line: worked out only for those)
        crossing = _may_read_across(prev, line, nxt)
        if not crossing and not _CAPITAL.search(line):
            continue  # every other reading below needs a capital on the line itself
        next_blank = bool(nxt) and n < end and not lines[n].strip()
        joins_prev = crossing and bool(prev) and _wraps(prev, line, lambda: _adjacent(src, n, -1)) \
            and not _column_break(raw_prevs[n], line)
        joins_next = (crossing or next_blank) and bool(nxt) and _wraps(line, nxt, lambda: _adjacent(src, n, +1)) \
            and not _column_break(line, raw_nexts[n])
        before = f"{prev} " if joins_prev else (f"{prev}\n" if prev else "")
        after = f" {nxt}" if joins_next else (f"\n{nxt}" if nxt else "")
        if crossing:
            window = before + line + after
            lo, hi = len(before), len(before) + len(line)
            joined = before + line + (f" {nxt}" if nxt else "")
            # no mention crosses a line break, so after "prev\n" the scan may start at the line
            # itself (look-behinds still see the break); mentions starting past it are not wanted
            # (nor may it run past the line unless the next line continues it)
            own_line_only = not before.endswith(" ") and not after.startswith(" ")
            scan_from, scan_to = (0 if before.endswith(" ") else lo), (len(window) if after.startswith(" ") else hi)
            if own_line_only and not _CAPITAL.search(line):
                mentions = ()  # every mention has a capital, and this one would be on this line alone
            elif not _MENTION_WORD.search(window, scan_from, scan_to):
                mentions = ()  # every mention has one of these words
            else:
                mentions = ORG_MENTION.finditer(window, scan_from, scan_to)
        else:
            mentions = ()  # no mention word on the line or its neighbours
        named_here: list[str] = []  # names read on this line, longest first when checked
        for m in mentions:
            if m.start() >= hi:
                break
            if m.start() < lo:
                continue
            if m.group("name") and m.start() == lo + (len(line) - len(line.lstrip())) and before.endswith("\n") \
                    and _NAME_BEGAN_BEFORE.search(prev) and not _column_break(raw_prevs[n], line):
                # "... to Ableway" / "Equipment Services Ltd for ...": the name began on the line before
                continue
            if m.end() == hi and nxt and not after.startswith(" "):
                # a name cut at the line end ("Department of Health and Social" / "Care")
                longer = ORG_MENTION.match(joined, m.start())
                if longer is not None and longer.end() > m.end():
                    extra = joined[m.end(): longer.end()].split()
                    if len(extra) <= 2 and not _HEAD_WORDS.intersection(extra):
                        m = longer
            raw = (m.group("name") or m.group("dept") or m.group("office") or m.group("uni") or m.group("mind")
                   or m.group("nhs") or "").strip().rstrip(",")
            if m.group("name") and _ENDS_BEFORE_A_PLACE.search(raw):
                place = place_after(window, m.end())  # "Dementia Action Alliance Kent": the place ends the name
                if place is not None and not raw.endswith(" " + place.split()[0]):
                    raw = f"{raw} {place}"
            for name in (_split_possessive(_split_pair(raw)) if m.group("name") else [raw]):
                name = _LEADING_CONNECTIVE.sub("", name.strip())
                name = _UP_TO_ARTICLE.sub("", name)  # "Recommendations The Council"
                # "Chief Executive of Maidstone and Tunbridge Wells NHS Trust": the post is not the body
                name = _POST_OF.sub("", name)
                while NOT_ORG_START.match(name) and " " in name:
                    name = name.split(" ", 1)[1]
                name = _LEADING_CONNECTIVE.sub("", name)
                council_and = _ABBREVIATION_AND.match(name)
                if council_and and council_and.group("left") != "NHS" and (
                        is_council(ctx, council_and.group("left")) or council_and.group("left").isupper()):
                    name = council_and.group("right")  # "KCC and Medway Council": the council, then the body
                if len(name.split()) < 2 or _GENERIC.search(name) or _COLUMN_GAP.search(name.strip()):
                    continue  # (a name never spans a gap between table columns)
                if _COMPANY_END.search(name) and not has_own_word(name.split()[:-1]):
                    continue  # "Services Ltd": the end of a name cut at a line break or a cell, not a company
                doubled = _DOUBLED_WORDS.search(name)
                if doubled:
                    # "East Kent Kent Coast Trust": a table's area column run into the name after it
                    name = name[doubled.start(2):]
                if re.search(r"\sCCG$", name) and not name.startswith("NHS") and any(w.isupper() for w in name.split()[:-1]):
                    continue  # "Year KCC CCG": a table's column headings, not a commissioning group

                name = _without_glued_cell(src, name)
                # (a company's name wrapped over a blank line in a double-spaced text ends two lines down)
                over_blank = after.startswith(" ") and not src.line(n + 1).strip() and _COMPANY_END.search(name)
                ev = src.find(name, n, min(end, n + (2 if over_blank else 1)))
                if ev is None:
                    continue
                ref = note_organisation(ctx, name, ev)
                if ref is not None:
                    out.append(ref)
                    named_here.append(name)
        for m in (_ATTRIBUTIVE_BODY.finditer(line) if "lliance" in line or "ssociation" in line or "ociety" in line else ()):
            name = m.group("name")
            while NOT_ORG_START.match(name) and " " in name:
                name = name.split(" ", 1)[1]
            words = name.split()
            if len(words) < 3 or not has_own_word(words[:-1]) or any(name in t or t in name for t in named_here):
                continue
            ev = src.find(name, n, n)
            ref = note_organisation(ctx, name, ev) if ev is not None else None
            if ref is not None:
                out.append(ref)
                named_here.append(name)
        for m in (_GROUP_OF_PLACE.finditer(line) if "Voice" in line or "Forum" in line or "Network" in line else ()):
            # "Carers' Voice Larkshire" / "Kent": a group named by what it is, then its place
            # (over a line break only in prose wrapped at the margin, not from one list item to the next)
            wrapped = len(line.strip()) >= _PROSE_LINE and nxt and n < end and src.line(n + 1).strip()
            joined_next = line + " " + nxt if wrapped else line
            place = place_after(joined_next, m.end())
            name = m.group("name")
            while NOT_ORG_START.match(name) and " " in name:
                name = name.split(" ", 1)[1]
            if place is None or any(name in t for t in named_here):
                continue
            name = f"{name} {place}"
            ev = src.find(name, n, min(end, n + 1))
            ref = note_organisation(ctx, name, ev, named=True) if ev is not None else None
            if ref is not None:
                out.append(ref)
                named_here.append(name)
        for printed in (_listed_bodies(line + after, len(line)) if crossing else ()):
            ev = src.find(printed, n, min(end, n + 3))
            if ev is not None:
                ref = note_organisation(ctx, printed, ev, named=True)
                if ref is not None:
                    out.append(ref)
        trustee_of = set()
        for m in (_TRUSTEE_OF.finditer(line + after) if crossing and "trustee" in line + after else ()):
            if m.start() >= len(line):
                continue
            for org in tidy_party(m.group("org")):
                if NOT_ORG_START.match(org) or NOT_A_PARTY.match(org) or is_council(ctx, org) or len(org.split()) < 2:
                    continue
                ev = src.find(org, n, min(end, n + 1))
                ref = note_organisation(ctx, org, ev, named=True) if ev is not None else None
                if ref is not None:
                    out.append(ref)
                    trustee_of.add(org)
        # (a known name does not cross a line break: after "\n" the line alone is enough)
        known_text = line + after if after.startswith(" ") else line
        if known_text is line and nxt and n < end and lines[n].strip():
            # a gazetteer name is read whole across a line break ("National Lottery" / "Community Fund")
            known_text = line + " " + nxt
        for k_start, k_end, printed, known in find_known_bodies(known_text):
            if k_start >= len(line):
                continue
            if _tail_of_longer_name(known_text, k_start, printed, named_here):
                continue  # "Crossways Carers Trust" names a body of its own, not "Carers Trust"
            if any(t.startswith(printed + " ") for t in trustee_of):
                continue  # "a trustee of Age UK Thanet": the local body, not the national one
            branch = local_branch(known_text, k_start, k_end, known)  # "Age UK Kent", not "Age UK"
            kind = org_kind(known) if branch else None
            printed = branch or printed
            ev = src.find(printed, n, min(end, n + 3))
            if ev is None:
                continue
            ref = note_organisation(ctx, printed, ev, kind=kind)
            if ref is not None:
                out.append(ref)
        for m in _ABBREVIATION.finditer(line):
            abbr = m.group(1)
            canonical = aliases.resolve(abbr)
            if canonical == abbr or not (looks_like_org_name(canonical) or is_body_shape(canonical)
                                         or org_kind(re.sub(r"\bVoluntary\b", "", canonical))):
                continue  # "Voluntary Ex Ante Transparency (VEAT) notice": the initials of no body
            ev = src.evidence(n, n, abbr)
            ref = note_organisation(ctx, abbr, ev)
            if ref is not None:
                out.append(ref)
    out.extend(scan_listed_organisations(ctx, start, end))
    return out


# --- one contract per authorising decision and title ----------------------------------
