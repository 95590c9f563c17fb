"""PROPOSED RECORD OF DECISION sheets.

Layout (labels and values may be split over lines and blank lines)::

    KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION
    DECISION TO BE TAKEN BY:      <post, or "Name, post">
    DECISION NO: | DECISION REFERENCE: <number, often lines later>
    For publication [Yes]
    Key decision[:] <Yes | No | the key-decision criteria met>
    Title of Decision: | Subject: | Subject Matter: <title>
    Decision: <text>
    Reason(s) for decision: <text>
    Financial Implications: ...

Records a ``cg:Decision`` with status "proposed": cg:decisionNumber,
dct:title, cg:decisionMaker (the person when named - "Name, post", the name on
the line above the post, or name and post run together - or when the sheet
itself names the one holder of the post it gives; else the post),
cg:keyDecision (also from a label printed in a second column, "For publication
   Key decision: NO"), cg:text (the decision wording), cg:reasons, and what
the sheet says about earlier decisions it cites. Contracts the decision
authorises are read from the sheet by :mod:`.contracts`.
"""

from __future__ import annotations

import re

from ..context import ParseContext
from ..decisions import (
    complete_once,
    note_decision,
    note_key_decision,
    number_on_lines,
    read_cited_decisions,
    scan_decision_mentions,
)
from ..sections import Section, SectionSpec
from . import contracts
from .labels import clean_value, note_person, note_post, note_post_holding, read_fields, split_name_post

__all__ = ["SPEC", "parse", "key_decision_value"]

_START = re.compile(r"\bRECORD OF DECISION\b")

LABELS: dict[str, re.Pattern[str]] = {
    "maker": re.compile(r"^DECISION\s+(?:TO\s+BE\s+)?TAKEN\s+BY\s*:?", re.I),
    "number": re.compile(r"^DECISION\s*(?:NO\.?|NUMBER|REF(?:ERENCE)?\.?(?:\s+(?:NO\.?|NUMBER))?)\s*:?", re.I),
    "publication": re.compile(r"^For\s+publication\b", re.I),
    "key": re.compile(r"^Key\s+decision\b(?!\s+criteria)\s*:?", re.I),  # ("Key decision criteria. The decision will:" lists them)
    "title": re.compile(r"^(?:(?:Subject(?:\s+Matter)?\s*/\s*)?Title\s+of\s+(?:the\s+)?Decision|Subject(?:\s+Matter)?)\s*:?", re.I),
    "decision": re.compile(r"^Decision\s*:", re.I),
    "reasons": re.compile(r"^Reasons?\s*(?:\(s\))?\s+for\s+(?:the\s+)?decision\s*:?", re.I),
    "financial": re.compile(r"^Financial\s+Implications\s*:?", re.I),
    "legal": re.compile(r"^Legal\s+Implications\s*:?", re.I),
    "equality": re.compile(r"^Equality\s+Implications\s*:?", re.I),
    "data": re.compile(r"^Data\s+Protection\s+Implications\s*:?", re.I),
    "consultation": re.compile(r"^Cabinet\s+Committee\s+recommendations\b", re.I),
    "alternatives": re.compile(r"^Any\s+alternatives\s+considered", re.I),
    "interest": re.compile(r"^Any\s+interest\s+declared", re.I),
}

_STOP = re.compile(r"^\.{10,}|^signed\b", re.I)

def _lookahead(source, n: int) -> bool:
    """A "RECORD OF DECISION" heading is a sheet when its "DECISION NO" or "DECISION
    (TO BE) TAKEN BY" label follows within 30 lines (not a line of a report listing
    its appendices) and the heading is short."""
    head = source.line(n).strip()
    if len(head) > 90 or re.match(r"^(?:Appendi(?:x|ces)|Annex|Background)\b", head, re.I):
        return False
    for k in range(n + 1, min(len(source), n + 30) + 1):
        line = source.line(k).strip().replace("*", "")
        if LABELS["number"].match(line) or LABELS["maker"].match(line):
            return True
        if _START.search(line):
            return False  # another sheet's heading comes first
    return False


SPEC = SectionSpec(kind="record_of_decision", start=_START, parse=lambda s, c: parse(s, c), priority=10,
                   lookahead=_lookahead)

_YES = re.compile(r"^\s*(?:yes|y)\b(?!\s*/)|^\s*(?:this|it)\s+is\s+a\s+key\s+decision\b", re.I)
_NO = re.compile(r"^\s*(?:no|n)\b(?!\.?\s*\d)(?!\s*/)|^\s*(?:(?:this|it)\s+is\s+)?not\s+a\s+key\s+decision\b|^\s*non[-\s]key\b", re.I)
_CRITERIA = re.compile(
    r"affects?\s+(?:more\s+than\s+)?(?:2|two)\s+(?:or\s+more\s+)?electoral|expenditure|savings?\s+of\s+more|significant\s+effect|"
    r"in\s+excess\s+of\s+£|result\s+in\s+expenditure",
    re.I,
)


def key_decision_value(text: str) -> bool | None:
    """True for "Yes", "YES.", "This is a key decision" or a stated key-decision
    criterion; False for "No", "Not a key decision", "Non-key"; else None ("N/A")."""
    t = clean_value(text or "")
    if not t:
        return None
    if _YES.match(t):
        return True
    if _NO.match(t):
        return False
    if _CRITERIA.search(t):
        return True
    return None


def parse(section: Section, ctx: ParseContext) -> None:
    complete_once(ctx)
    src = section.source
    end = min(section.end, section.start + 400)
    fields = read_fields(src, section.start + 1, end, LABELS, stop=_STOP)
    num_field = fields.get("number")
    if num_field is None:
        ctx.warn(section.start, "record of decision without a decision number - skipped")
        return
    number = None
    found = number_on_lines(src, num_field.line, min(num_field.line + 8, end))
    if found is not None:
        number, _, last = found
        number_ev = src.evidence(num_field.line, last)
        number_line = last
    if number is None:
        ctx.warn(num_field.line, "DECISION NO: without a number - skipped")
        return

    title_field = fields.get("title")
    title = title_field.text if title_field is not None else None
    title_ev = title_field.evidence(src) if title_field is not None else None
    status = _status(src, section.start, fields)
    decision = note_decision(ctx, number, number_ev, title=title or None, title_evidence=title_ev, status=status)
    if status == "taken":
        _date_taken(src, decision, section.start, min(section.end, section.start + 400))

    key_field = fields.get("key")
    if key_field is not None:
        kv = key_decision_value(key_field.text)
        if kv is not None:
            note_key_decision(ctx, decision, kv, key_field.evidence(src))

    maker = fields.get("maker")
    if maker is not None and maker.text:
        _decision_maker(ctx, decision, maker, src, (section.start, _sheet_end(src, fields, end)))

    for name, prop in (("decision", "cg:text"), ("reasons", "cg:reasons")):
        f = fields.get(name)
        if f is not None and f.text:
            decision.add(prop, f.text, f.evidence(src))

    last_line = max(f.last_line for f in fields.values())
    scan_decision_mentions(ctx, src, section.start, min(section.end, last_line), skip_lines={number_line})
    # earlier decisions the sheet cites ("following the key decision taken in May 2021 (21/00012)")
    read_cited_decisions(ctx, src, section.start, min(section.end, last_line), skip_lines={number_line})
    contracts.parse_record_of_decision(section, ctx, decision.ref, fields)
    # appendices printed after the sheet (impact assessments ...) up to the next section
    contracts.parse_appendix(section, ctx, last_line + 1)


def _sheet_end(src, fields, end: int) -> int:
    """The last line of the sheet itself: its signature block (a few lines after the
    dotted "signed" line), else its last field - not the appendices printed after it."""
    last = max(f.last_line for f in fields.values())
    for n in range(last + 1, min(end, last + 40) + 1):
        if _STOP.search(src.line(n).strip()):
            return min(end, n + 6)
    return last


def _status(src, start: int, fields) -> str | None:
    """"proposed" for a sheet headed PROPOSED (on the heading line or the two lines
    above it) or whose maker label reads "DECISION TO BE TAKEN BY"; "taken" for a sheet
    headed without PROPOSED whose label reads "DECISION TAKEN BY"; else unknown."""
    header = " ".join(src.line(k) for k in range(max(1, start - 2), start + 1))
    maker = fields.get("maker")
    label = src.line(maker.line) if maker is not None else ""
    if re.search(r"PROPOSED", header, re.I) or re.search(r"\bTO\s+BE\s+TAKEN\b", label, re.I):
        return "proposed"
    if re.search(r"\bDECISION\s+TAKEN\s+BY\b", label, re.I):
        return "taken"
    return None


def _decision_maker(ctx: ParseContext, decision, maker, src, sheet: tuple[int, int]) -> None:
    """The person when named ("Clair Bell, Cabinet Member for ...", or the name on one
    line and the post on the next), else the post - or the person the same sheet names
    elsewhere as holding exactly that post (a signature block "Clair Bell, Cabinet Member
    for ..."). A person named only in another document part (a report's "From:") is not
    taken: the sheet states who is to decide by post, and the post holder may change
    before the decision is signed."""
    ev = maker.evidence(src)
    text = maker.text
    pairs = split_name_post([t for _, t in maker.parts])
    if pairs:
        name, post = pairs[0]
        person = note_person(ctx, name, ev, role=post or None)
        if person is not None:
            decision.add("cg:decisionMaker", person, ev)
            if post:
                note_post_holding(ctx, person, post, _meeting_date(decision), ev)
            return
        post_ref = note_post(ctx, post, ev)
        if post_ref is not None:
            decision.add("cg:decisionMaker", post_ref, ev)
        return
    # "Dominic Corbin," on one line, the post on the next: a person, never a post named after them
    from ..text.names import parse_name
    from .labels import looks_like_post

    nm = re.match(r"^(?P<name>[^,]{3,60}),\s*(?P<post>.+)$", text)
    if nm and parse_name(nm.group("name")) is not None and looks_like_post(nm.group("post")):
        person = note_person(ctx, nm.group("name").strip(), ev, role=nm.group("post").strip())
        if person is not None:
            decision.add("cg:decisionMaker", person, ev)
            note_post_holding(ctx, person, nm.group("post").strip(), _meeting_date(decision), ev)
        return
    if nm and parse_name(nm.group("name")) is not None:
        return  # a name with something that is not a post: nothing we can be sure of
    post_text = re.sub(r"\s*\(.*$", "", text).strip()
    holder = _holder_on_sheet(src, sheet, maker, post_text)
    if holder is not None:
        name, holder_ev = holder
        person = note_person(ctx, name, holder_ev, role=post_text)
        if person is not None:
            decision.add("cg:decisionMaker", person, holder_ev)
            note_post_holding(ctx, person, post_text, _meeting_date(decision), holder_ev)
            return
    post_ref = note_post(ctx, post_text, ev)
    if post_ref is not None:
        decision.add("cg:decisionMaker", post_ref, ev)


def _holder_on_sheet(src, sheet: tuple[int, int], maker, post: str):
    """(name, evidence) of the one person the sheet's other lines name with exactly
    ``post`` ("Clair Bell, Cabinet Member for ...", the post possibly wrapped or on the
    next line); None when nobody, or more than one person, is named so."""
    from ..sections import TextFlow
    from ..text.names import parse_name
    from .labels import looks_like_post

    words = post.split()
    if len(words) < 2:
        return None
    pattern = re.compile(
        r"(?<![\w,])(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’.-]*){1,3}),?\s+"
        + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])"
    )
    own = range(maker.line, maker.last_line + 1)
    first, last = sheet
    flow = TextFlow(src, [(n, src.line(n)) for n in range(first, last + 1) if n not in own])
    found = {}
    for m in pattern.finditer(flow.text):
        name = m.group("name")
        if parse_name(name) is None or looks_like_post(name):
            continue
        try:
            found.setdefault(name, flow.evidence(m.start(), m.end()))
        except ValueError:
            continue
    if len(found) != 1:
        return None
    return next(iter(found.items()))


_DATED = re.compile(r"^\s*(?:Date(?:\s+of\s+decision)?|Dated|Decision\s+date)\s*:?\s*(?P<d>.+)$", re.I)


def _date_taken(src, decision, start: int, end: int) -> None:
    """cg:date of a taken decision from a "Date: 12 March 2019" line of its sheet."""
    from ..text.dates import parse_date

    for n in range(start, end + 1):
        m = _DATED.match(src.line(n))
        if m:
            day = parse_date(m.group("d"))
            if day is not None:
                decision.add("cg:date", day, src.evidence(n, n))
                return


def _meeting_date(decision):
    """The date of the meeting the decision goes to (read from its report's "To:" line)."""
    from datetime import date

    for ref in decision.values("cg:consideredAt"):
        try:
            return date.fromisoformat(ref.key[-1])
        except (ValueError, AttributeError):
            continue
    return None
