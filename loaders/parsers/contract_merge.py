"""One record per contract: records of one document that name the same contract are
folded together (see :func:`merge_split_contracts`)."""

from __future__ import annotations

import re

from ..context import ParseContext
from ..records import Entity, EntitySet, Ref, Statement
from .contracts import is_extension
from .labels import clean_value

__all__ = [
    "SINGLE_VALUED_CONTRACT_PROPERTIES",
    "merge_split_contracts",
    "same_contract_titles",
]


#: a title's ending that says what the decision does to the contract, not what it is called
_TITLE_ACTION_SUFFIX = re.compile(
    r"\s*(?:[-–—:]\s*)?(?:(?:proposed|urgent|new)\s+)?(?:(?:contract|agreement)\s+)?"
    r"(?:award|extension|direct\s+award|variation|renewal|re-?procurement|procurement)s?\s*$",
    re.I,
)
#: values a contract has at most one of: two records stating different ones cannot both be right
SINGLE_VALUED_CONTRACT_PROPERTIES = (
    "cg:valueGBP", "cg:annualValueGBP", "cg:maxValueGBP", "cg:startDate", "cg:endDate", "cg:awardDate",
    "cg:extensionStartDate", "cg:extensionEndDate",
    "cg:term", "cg:extensionOptions", "cg:procurementRoute", "cg:lotOf",
)


def _title_words(title: str) -> list[str]:
    """A contract title reduced for comparison: lower case, words only, "the" and an action
    suffix ("- Contract Extension", "Direct Award") dropped."""
    plain = clean_value(title)
    while True:
        cut = _TITLE_ACTION_SUFFIX.sub("", plain)
        if cut == plain or not cut.strip():
            break
        plain = cut
    words = re.findall(r"[a-z0-9]+", plain.lower().replace("’", "'").replace("'", ""))
    return [w for w in words if w != "the"]


def same_contract_titles(a: str, b: str) -> bool:
    """Do two titles name one contract? Equal once action suffixes are dropped, or the
    shorter (two words at least) is a run of whole words of the longer."""
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) < 2:
        return False
    return any(long_[i: i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def merge_split_contracts(ctx: ParseContext) -> list[tuple[Ref, Ref]]:
    """One record per contract: records of one document that share the authorising decision
    (cg:authorisedBy) and whose titles name the same contract (:func:`same_contract_titles`)
    are folded into one - the record with most statements keeps its key and title; every
    statement keeps its own evidence; references to the folded record are redirected.
    Where the records state *different* values of a single-valued property, neither value
    is kept (a warning says which). Lots are never folded. Then two further, narrower
    folds: a decision's only two records (:func:`_merge_one_contract_decisions`) and a
    record without a decision into its one decided namesake
    (:func:`_merge_undecided_records`). Records of different decisions are never folded.
    Returns (folded, kept) pairs."""
    contracts = [c for c in ctx.entities.of("Contract") if not c.values("cg:lotOf")]
    groups: dict[Ref, list[Entity]] = {}
    for c in contracts:
        decisions = [d for d in c.values("cg:authorisedBy") if isinstance(d, Ref)]
        if len(decisions) == 1 and c.values("dct:title"):
            groups.setdefault(decisions[0], []).append(c)
    folded: dict[Ref, Entity] = {}
    pairs: list[tuple[Ref, Ref]] = []
    for members in groups.values():
        conflicts: dict[Ref, set[str]] = {}
        members.sort(key=lambda c: (-sum(len(v) for v in c.properties.values()), c.key))
        while members:
            keep = members.pop(0)
            rest = []
            for other in members:
                if any(same_contract_titles(str(t), str(u)) for t in keep.values("dct:title") for u in other.values("dct:title")):
                    _fold_contract(ctx, keep, other, conflicts.setdefault(keep.ref, set()))
                    folded[other.ref] = keep
                    pairs.append((other.ref, keep.ref))
                else:
                    rest.append(other)
            members = rest
    if folded:
        _drop_and_redirect(ctx, folded)
    pairs += _merge_one_contract_decisions(ctx)
    pairs += _merge_undecided_records(ctx)
    return pairs


def _decision_of(c: Entity) -> Ref | None:
    """The one decision a contract record is authorised by (None: none, or several)."""
    decisions = [d for d in c.values("cg:authorisedBy") if isinstance(d, Ref)]
    return decisions[0] if len(decisions) == 1 else None


def _providers_agree(a: Entity, b: Entity) -> bool:
    """Can two records be one contract as far as their providers go? Not when each names
    providers and they have none in common (merging would give the contract both)."""
    pa, pb = set(map(str, a.values("cg:provider"))), set(map(str, b.values("cg:provider")))
    return not (pa and pb and not pa & pb)


def _corroborated(a: Entity, b: Entity) -> bool:
    """Do two records state at least one fact alike (a provider, or a value, date or term)?"""
    if set(map(str, a.values("cg:provider"))) & set(map(str, b.values("cg:provider"))):
        return True
    return any(a.values(p) and set(map(str, a.values(p))) == set(map(str, b.values(p)))
               for p in SINGLE_VALUED_CONTRACT_PROPERTIES if p != "cg:lotOf")


def _name_only(c: Entity) -> bool:
    """A record that only names a contract: no provider, value, date or term of its own."""
    return not c.values("cg:provider") and not any(c.values(p) for p in SINGLE_VALUED_CONTRACT_PROPERTIES)


def _names_the_decision(ctx: ParseContext, decision: Ref, a: Entity, b: Entity) -> bool:
    """Is exactly one of a decision's two records only the decision's own title read as a
    contract (an agenda line "21/00092 - Section 75 Partnership Agreement for ...") beside the
    record its clause made? Then both are the decision's one contract."""
    d = ctx.entities.get(decision)
    d_titles = [str(t) for t in d.values("dct:title")] if d is not None else []
    named = [c for c in (a, b) if _name_only(c)
             and any(same_contract_titles(str(t), dt) for t in c.values("dct:title") for dt in d_titles)]
    return len(named) == 1 and not _name_only(b if named[0] is a else a)


def _front_matter_first(ctx: ParseContext, decision: Ref, records: list[Entity]) -> list[Entity]:
    """Order two records of one decision so that the one to keep comes first: the one whose
    title names the decision's own title (the record of decision / report front matter),
    else the one read first in the document."""
    d = ctx.entities.get(decision)
    d_titles = [str(t) for t in d.values("dct:title")] if d is not None else []

    def rank(c: Entity) -> tuple[int, int, tuple[str, ...]]:
        named = any(same_contract_titles(str(t), dt) for t in c.values("dct:title") for dt in d_titles)
        first_line = min((ev.start_line for ev in c.evidence), default=10**9)
        return (0 if named else 1, first_line, c.key)

    return sorted(records, key=rank)


_GENERIC_KINDS = ("contract", "framework", "dynamic-purchasing-system")


def _told_apart(decision: Ref, a: Entity, b: Entity) -> bool:
    """Were two records keyed apart by their decision's own clauses ("ESTABLISH a Dynamic
    Purchasing System ...", "APPROVE the extension of the existing block contract ..."): the
    decision number and two different kinds of agreement, or two agreements of one kind that
    the clauses name apart ("the X Service contract with A ...; the remaining Y contracts")?"""
    kinds = []
    for c in (a, b):
        if len(c.key) != 2 or c.key[0] != decision.key[0]:
            return False
        kinds.append(re.sub(r"-\d+$", "", c.key[1]))
    # (two clauses of one text each naming its own contract are keyed "contract" and "contract-2")
    return all(k in _GENERIC_KINDS for k in kinds) and (kinds[0] != kinds[1] or a.key[1] != b.key[1])


def _merge_one_contract_decisions(ctx: ParseContext) -> list[tuple[Ref, Ref]]:
    """Two records of one decision whose titles differ ("Section 75 Partnership Agreement
    for Mental Health Social Care" / "Partnership Agreement with <the Trust>") are one
    contract when the decision authorises nothing else in the document: exactly these two
    records, neither a lot nor the parent of a lot, providers not disjoint and at least one
    fact stated alike. The title from the decision / front matter is kept; conflicting
    single values are dropped with a warning."""
    contracts = ctx.entities.of("Contract")
    lot_parents = {v for c in contracts for v in c.values("cg:lotOf") if isinstance(v, Ref)}
    by_decision: dict[Ref, list[Entity]] = {}
    for c in contracts:
        for d in c.values("cg:authorisedBy"):
            if isinstance(d, Ref):
                by_decision.setdefault(d, []).append(c)
    folded: dict[Ref, Entity] = {}
    pairs: list[tuple[Ref, Ref]] = []
    for decision, members in by_decision.items():
        if len(members) != 2 or any(c.values("cg:lotOf") or c.ref in lot_parents for c in members):
            continue
        if any(_decision_of(c) != decision or not c.values("dct:title") for c in members):
            continue
        a, b = members
        if _told_apart(decision, a, b):
            continue  # one decision text acting on two kinds of agreement (a DPS, and a block contract)
        if not (_providers_agree(a, b) and (_corroborated(a, b) or _names_the_decision(ctx, decision, a, b))):
            continue
        keep, other = _front_matter_first(ctx, decision, members)
        _fold_contract(ctx, keep, other, set())
        folded[other.ref] = keep
        pairs.append((other.ref, keep.ref))
    if folded:
        _drop_and_redirect(ctx, folded)
    return pairs


def _merge_undecided_records(ctx: ParseContext) -> list[tuple[Ref, Ref]]:
    """A record no decision authorises ("<Service> in West Kent", read from a report's body or
    the minutes) is folded into the one record of the document that a decision authorises
    and whose title names the same contract (:func:`same_contract_titles`) - only when there
    is exactly one such record, neither is a lot, their providers are not disjoint and the
    decision extends the contract (the one the body describes is then the one decided on;
    a body's "current contract" beside a decision to procure or award is another contract)."""
    contracts = [c for c in ctx.entities.of("Contract") if not c.values("cg:lotOf") and c.values("dct:title")]
    decided = [c for c in contracts if _decision_of(c) is not None]
    folded: dict[Ref, Entity] = {}
    pairs: list[tuple[Ref, Ref]] = []
    conflicts: dict[Ref, set[str]] = {}
    for c in contracts:
        if c.values("cg:authorisedBy"):
            continue
        candidates = [d for d in decided
                      if any(same_contract_titles(str(t), str(u)) for t in c.values("dct:title") for u in d.values("dct:title"))]
        if len(candidates) != 1 or not _providers_agree(candidates[0], c):
            continue
        if not is_extension(candidates[0]):
            continue  # "the current Supported Living contract is delivered by X" is not the one to be procured
        keep = candidates[0]
        _fold_contract(ctx, keep, c, conflicts.setdefault(keep.ref, set()))
        folded[c.ref] = keep
        pairs.append((c.ref, keep.ref))
    if folded:
        _drop_and_redirect(ctx, folded)
    return pairs


def _fold_contract(ctx: ParseContext, keep: Entity, other: Entity, conflicts: set[str]) -> None:
    """Fold ``other``'s statements into ``keep`` (title: ``keep``'s; conflicts: neither, and
    ``conflicts`` remembers them so a third record does not bring one back)."""
    for prop, statements in other.properties.items():
        if prop == "dct:title":
            continue
        mine = keep.values(prop)
        theirs = [st.value for st in statements]
        if prop in SINGLE_VALUED_CONTRACT_PROPERTIES and mine and set(map(str, mine)) != set(map(str, theirs)):
            line = min((ev.start_line for st in statements for ev in st.evidence), default=1)
            ctx.warn(line, f"contract {'/'.join(keep.key)} and {'/'.join(other.key)} are one contract but state "
                           f"different {prop} ({', '.join(map(str, mine))} / {', '.join(map(str, theirs))}): neither kept")
            del keep.properties[prop]
            conflicts.add(prop)
            continue
        if prop in conflicts:
            continue
        for st in statements:
            keep.add(prop, st.value, *st.evidence)
    keep.add_source(*other.evidence)
    keep.types |= other.types


def _drop_and_redirect(ctx: ParseContext, folded: dict[Ref, Entity]) -> None:
    """Remove the folded records from the document's entities and point every reference
    to one of them at the record it was folded into."""
    kept = [e for e in ctx.entities if e.ref not in folded]
    for e in kept:
        for prop, statements in e.properties.items():
            for i, st in enumerate(statements):
                if isinstance(st.value, Ref) and st.value in folded:
                    statements[i] = Statement(folded[st.value].ref, st.evidence, st.lang)
    ctx.entities = EntitySet(kept)
