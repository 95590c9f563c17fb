"""Reports to a meeting: the front matter ("From:", "To:", "Subject:",
"Decision No", "Classification:", "Electoral Division:", "Summary:",
"Recommendation(s):") and what the body says about decisions and contracts.

A report section starts at a "From:" line that is followed, within a few
lines, by "To:" and "Subject:" (so a "From:" inside running text is not a
report). It runs until the next recognised section.

Records: ``cg:Report`` (dct:title, cg:reportFrom people, cg:reportTo the
meeting, cg:proposes the decision, cg:classification, cg:electoralDivision,
cg:summary, cg:recommendation); the meeting of the "To:" line (status
"scheduled"); posts of the "From:" people dated by that meeting
(``cg:PostHolding`` with ``cg:asOf``); every decision number in the body, and
what the body's sentences say about the earlier decisions they cite (a key
decision, taken, endorsed at a dated earlier meeting of the committee:
:func:`..decisions.read_cited_decisions`). Classification and Electoral Division
are one-line values (an explanation or paragraph printed after them is not part
of them); a report affecting every division has the division "All", however it
is printed ("All divisions", "All Electoral Divisions" - the evidence keeps the
printed words).
Subject-specific bodies are handed on: decisions taken outside the meeting
cycle (:mod:`.outside_cycle`), the work programme (:mod:`.work_programme`),
contracts (:mod:`.contracts`).
"""

from __future__ import annotations

import re

from ..context import ParseContext
from ..decisions import (
    DECISION_NUMBER,
    complete_once,
    note_decision,
    note_key_decision,
    number_on_lines,
    read_cited_decisions,
    read_key_statements,
    read_own_key_statement,
    scan_decision_mentions,
)
from ..document import SourceText
from ..records import Entity, Ref
from ..sections import Section, SectionSpec
from . import contracts, outside_cycle, work_programme
from .labels import (
    Field,
    committee_ref,
    line_value,
    note_meeting,
    note_person,
    note_post_holding,
    read_fields,
    split_committee_date,
    split_name_post,
)

__all__ = ["SPEC", "parse", "read_front_matter", "all_divisions"]

_FROM = re.compile(r"^\**(?:From|By)\s*:", re.I)
# (case matters: a recommendation wrapped before its "to:" - "... on the proposed decision" / "to:" - is no label)
_TO = re.compile(r"^\**(?:To|TO)\s*:")
_SUBJECT = re.compile(r"^\**Subject\s*:", re.I)

LABELS: dict[str, re.Pattern[str]] = {
    "from": _FROM,
    "to": _TO,
    "subject": _SUBJECT,
    "decision": re.compile(
        r"^(?:Key\s+)?(?:Decision\s*(?:No\.?|Number|Ref(?:erence)?)|DECISION\s*(?:NO|NUMBER))\b\.?\s*:?", re.I),
    "key": re.compile(r"^Key\s+decision\b\s*:?", re.I),
    "classification": re.compile(r"^Classification\s*:", re.I),
    "past": re.compile(r"^(?:Past|Previous)\s+Pathway\b[^:]*:", re.I),
    "future": re.compile(r"^Future\s+Pathway\b[^:]*:", re.I),
    "division": re.compile(
        r"^(?:Electoral\s+Divisions?(?:\s*\(s\))?(?:\s+affected)?|Divisions?(?:\s*\(s\))?\s+affected)\s*:", re.I),
    # a wrapped line "recommendations to the Cabinet Member ..." (lower case) is not the label
    "summary": re.compile(r"^(?-i:(?![a-z]))Summary\b\s*:?", re.I),
    "recommendation": re.compile(r"^(?-i:(?![a-z]))\d*\.?\d*\s*Recommendations?(?:\s*\(s\))?(?!\w)\s*:?", re.I),
}

#: the decision label or number says it is a key decision ("Key Decision No:", "(Key decision)")
_KEY_BY_NUMBER = re.compile(r"(?<!non-)(?<!non )(?<!not a )\bkey\s+decision\b", re.I)

# the body starts at the first numbered heading ("1. Introduction", "1.1 ...")
# (not a wrapped line that starts with a date: "1 October 2025 to 31 March 2027, under ...")
_BODY = re.compile(
    r"^\s*1\.?\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{2,4}\b)[A-Z]|^\s*1\.1\s|^\s*#+\s*1\b"
)


def _lookahead(source: SourceText, n: int) -> bool:
    """A "From:" line opens a report only when "To:" and "Subject:" follow closely."""
    window = [source.line(i).strip().replace("**", "") for i in range(n + 1, min(len(source), n + 30) + 1)]
    to = next((i for i, line in enumerate(window) if _TO.match(line)), None)
    subject = next((i for i, line in enumerate(window) if _SUBJECT.match(line)), None)
    return to is not None and subject is not None and to < subject


SPEC = SectionSpec(kind="report", start=_FROM, parse=lambda s, c: parse(s, c), lookahead=_lookahead, priority=5)


def read_front_matter(section: Section) -> tuple[dict[str, Field], int]:
    """The labelled fields of the report and the first line of its body."""
    src = section.source
    body_start = section.end + 1
    limit = min(section.end, section.start + 150)
    fields = read_fields(src, section.start, limit, LABELS, stop=_BODY)
    last = max((f.last_line for f in fields.values()), default=section.start)
    for n in range(section.start, limit + 1):
        if n > last or (n > section.start and _BODY.match(src.line(n))):
            body_start = n
            break
    # the summary/recommendations of a report end at its first numbered heading
    return fields, body_start


def parse(section: Section, ctx: ParseContext) -> None:
    complete_once(ctx)
    src = section.source
    fields, body_start = read_front_matter(section)
    subject = fields.get("subject")
    to = fields.get("to")
    if subject is None or to is None or not subject.text:
        ctx.warn(section.start, "report without To:/Subject: - skipped")
        return

    title = subject.text
    title_ev = subject.evidence(src)

    # --- the meeting it is for -------------------------------------------------
    meeting: Ref | None = None
    meeting_date = None
    committee_name, meeting_date = split_committee_date(to.text)
    to_ev = to.evidence(src)
    if meeting_date is not None:
        committee = committee_ref(ctx, committee_name, to_ev)
        if committee is not None:
            meeting = note_meeting(ctx, committee, meeting_date, to_ev, "scheduled")

    key = (meeting.key[-2], meeting.key[-1], _slug(title)) if meeting else (src.document_id, _slug(title))
    report = Entity("Report", key)
    report.add_source(title_ev)
    report.add("dct:title", title, title_ev)
    if meeting is not None:
        report.add("cg:reportTo", meeting, to_ev)

    # --- who it is from ------------------------------------------------------------
    frm = fields.get("from")
    if frm is not None:
        for name, post in split_name_post([t for _, t in frm.parts]):
            ev = src.find(f"{name}, {post}", frm.line, frm.last_line) or src.find(name, frm.line, frm.last_line)
            if ev is None:
                continue
            person = note_person(ctx, name, ev, role=post or None)
            if person is not None:
                report.add("cg:reportFrom", person, ev)
                if post:
                    note_post_holding(ctx, person, post, meeting_date, ev)

    for name, prop in (("classification", "cg:classification"), ("division", "cg:electoralDivision"),
                       ("summary", "cg:summary"), ("recommendation", "cg:recommendation")):
        f = fields.get(name)
        if f is not None and name in ("classification", "division"):
            # a one-line value: the paragraph after it is not part of it (a list of
            # divisions may wrap onto the lines right below)
            f = line_value(f, wraps=name == "division")
        if f is not None and f.text:
            value = all_divisions(f.text) if name == "division" else f.text
            report.add(prop, value, f.evidence(src))

    # --- the decision it proposes --------------------------------------------------
    number_lines: set[int] = set()
    dec_field = fields.get("decision")
    key_field = fields.get("key")
    if dec_field is None and key_field is not None and DECISION_NUMBER.search(key_field.text or ""):
        dec_field = key_field  # "Key decision: 19/00052": the number printed as the key decision's value
    if dec_field is not None:
        number = None
        # the number is printed on the label's line or on the lines of its value (up to
        # the next label): "Decision No: N/A" and a number further down are not one
        last = min(max(dec_field.last_line, dec_field.line), dec_field.line + 6, section.end)
        if re.search(r"\b(?:n/?a|none|not\s+applicable|tbc)\b", dec_field.text or "", re.I) \
                and not DECISION_NUMBER.search(dec_field.text or ""):
            last = dec_field.line - 1
        found = number_on_lines(src, dec_field.line, last) if last >= dec_field.line else None
        if found is not None:
            number, _, n = found
            ev = src.evidence(dec_field.line, n)
            number_lines.update(range(dec_field.line, n + 1))
        if number:
            existing = ctx.entities.get(Ref("Decision", (number,)))
            has_title = existing is not None and existing.values("dct:title")
            decision = note_decision(
                ctx, number, ev,
                title=None if has_title else title, title_evidence=title_ev,
                status="proposed", considered_at=meeting,
            )
            report.add("cg:proposes", decision.ref, ev)
            key_field = fields.get("key")
            if key_field is not None:
                from .record_of_decision import key_decision_value

                kv = key_decision_value(key_field.text)
                if kv is not None:
                    note_key_decision(ctx, decision, kv, key_field.evidence(src))
            elif _KEY_BY_NUMBER.search(f"{dec_field.label} {dec_field.text}"):
                # "Key Decision No: 24/00017", "Decision No: 24/00017 (Key Decision)"
                note_key_decision(ctx, decision, True, ev)
    ctx.put(report)

    # --- the body --------------------------------------------------------------------
    if body_start <= section.end:
        scan_decision_mentions(ctx, src, section.start, section.end, skip_lines=number_lines)
        read_cited_decisions(ctx, src, section.start, section.end, meeting, skip_lines=number_lines)
        if outside_cycle.is_outside_cycle(title):
            read_key_statements(ctx, src, body_start, section.end)
        own = report.first("cg:proposes")
        if isinstance(own, Ref) and fields.get("key") is None:
            read_own_key_statement(ctx, src, body_start, section.end, own)
    proposed = report.first("cg:proposes")
    if outside_cycle.is_outside_cycle(title):
        outside_cycle.parse_body(section, ctx, report, meeting, body_start)
    elif work_programme.is_work_programme(title):
        work_programme.parse_body(section, ctx, report, meeting, body_start)
    else:
        contracts.parse_report_body(section, ctx, report, proposed if isinstance(proposed, Ref) else None, fields, body_start)


#: "All", "All divisions", "All Electoral Divisions", "All Kent divisions"
_ALL_DIVISIONS = re.compile(r"^all(?:\s+(?:kent|county|electoral|the))*(?:\s+(?:electoral\s+)?divisions?)?\s*\.?$", re.I)


def all_divisions(value: str) -> str:
    """One value for a report that affects every division: "All" however it is printed
    ("All divisions", "All Electoral Divisions"), so a query can ask for it; the
    evidence keeps the printed words. Any other value is kept as printed."""
    return "All" if _ALL_DIVISIONS.match(value.strip()) else value


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80].strip("-")
