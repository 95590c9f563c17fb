"""Work programmes: future meeting dates of the committee (status "planned").

Called by :mod:`.report` for a report whose subject is "Work Programme ...".
A planned meeting is a line of the appendix that *starts* with a date and is
a heading, not a sentence: "15 NOVEMBER 2023 at 2pm", "18 MAY 2022",
"17-May-19 Adult Social Care Green" (a table whose first column is the date).
Dates inside sentences ("Added by Mrs Cole at 22 June mtg", "ASC CC 1/12/21")
are not meetings. Meetings already held or scheduled keep their status; the
date must be after the report's own meeting date when that is known.

The programme's "Terms of Reference" paragraph names the committee whose terms
the council agreed: when that name is not the committee's own ("... agreed the
following terms of reference for the Adult Social Care and Health Cabinet
Committee"), it is a former name of the committee (``cg:formerName``).

Decisions listed in the programme ("6 22/00028 - Discharge Pathway 1 Services
Procurement  Key Decision") are recorded by the report's decision scan; a row whose
last column reads "Key Decision" makes its decision a key decision.
"""

from __future__ import annotations

import re
from datetime import date

from ..context import ParseContext
from ..records import Entity, Ref
from ..sections import Section
from ..text.dates import find_dates
from ..decisions import decision_ref, find_decision_numbers, note_key_decision
from .labels import note_meeting

__all__ = ["is_work_programme", "parse_body", "planned_date"]

_SUBJECT = re.compile(r"^\W*work\s+programme\b", re.I)
# a date heading: day month-name year (upper case or title case), optional time
_HEADING = re.compile(
    r"^\s*(?:\*\*)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}\b"
    r"(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))?(?:\s*\(.*\))?\s*(?:\*\*)?\s*$",
    re.I,
)
# a table row starting with "17-May-19" / "12-July-19" / "27-Sept-19"
_ROW = re.compile(r"^\s*\d{1,2}-[A-Za-z]{3,9}-\d{2,4}\b")
# "terms of reference for the Adult Social Care and Health Cabinet Committee"
_TERMS_OF_REFERENCE = re.compile(
    r"terms\s+of\s+reference\s+for\s+the\s+(?P<name>(?:[A-Z][\w'’-]*\s+(?:and\s+|&\s+)?){1,10}Committee)\b"
)


def is_work_programme(subject: str) -> bool:
    return bool(_SUBJECT.search(subject or ""))


def planned_date(line: str) -> date | None:
    """The meeting date a work-programme line is a heading for, or None."""
    text = line.strip()
    if _HEADING.match(text) or _ROW.match(text):
        dates = find_dates(text)
        if dates and dates[0].start <= 4:
            return dates[0].value
    return None


def _former_names(section: Section, ctx: ParseContext, committee: Ref, body_start: int) -> None:
    entity = ctx.entities.get(committee)
    if entity is None:
        return
    own = {_words(str(v)) for v in entity.values("rdfs:label")}
    src = section.source
    for first in range(body_start, section.end + 1):
        if "terms of reference" not in src.line(first).lower():
            continue
        text = " ".join(src.line(n).strip() for n in range(first, min(first + 3, section.end) + 1))
        m = _TERMS_OF_REFERENCE.search(text)
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        ev = src.find(name, first, first + 3)
        if ev is not None and _words(name) not in own:
            entity.add("cg:formerName", name, ev)


def _words(name: str) -> str:
    return " ".join(name.lower().replace("the ", "").split())


#: a table row's last column: "<tab>Key Decision" or "   Key Decision" at the end of the line (one
#: space where the PDF's columns were flattened: "1 23/00112 - Charging Policy Key decision")
_KEY_COLUMN = re.compile(r"(?<![Nn]on-)(?<![Nn]on )(?<![Nn]ot a )(?:\t|\s+)Key\s+Decision\s*$", re.I)


def _key_decision_rows(section: Section, ctx: ParseContext, body_start: int) -> None:
    """"6<tab>22/00028 - Discharge Pathway 1 Services Procurement<tab>Key Decision": the
    one decision numbered on the row is a key decision."""
    src = section.source
    for n in range(body_start, section.end + 1):
        line = src.line(n)
        m = _KEY_COLUMN.search(line)
        numbers = find_decision_numbers(line) if m else []
        if m and not numbers and n > body_start:
            # a row wrapped onto a second line that carries the column: "6 22/00078 – X – Extension and" /
            # "Recommissioning  Key decision"
            above = src.line(n - 1)
            if not _KEY_COLUMN.search(above) and not find_decision_numbers(line[: m.start()]):
                numbers = find_decision_numbers(above)
        if len(numbers) != 1:
            continue
        decision = ctx.entities.get(decision_ref(numbers[0][1]))
        if decision is not None:
            note_key_decision(ctx, decision, True, src.evidence(n, n))


def parse_body(section: Section, ctx: ParseContext, report: Entity, meeting: Ref | None, body_start: int) -> None:
    # a programme printed straight after its recommendation has no numbered body: its table is
    # read from the top of the report (front-matter lines never start with a date or end in a
    # "Key decision" column)
    body_start = min(body_start, section.start + 1)
    _key_decision_rows(section, ctx, body_start)
    if meeting is None:
        return  # without the report's meeting the committee is unknown
    committee = Ref("Committee", meeting.key[:-1])
    _former_names(section, ctx, committee, body_start)
    try:
        after = date.fromisoformat(meeting.key[-1])
    except ValueError:
        after = None
    src = section.source
    for n in range(body_start, section.end + 1):
        line = src.line(n)
        day = planned_date(line)
        if day is None or (after is not None and day <= after):
            continue
        existing = ctx.entities.get(Ref("Meeting", committee.key + (day.isoformat(),)))
        status = None if existing is not None and existing.values("cg:status") else "planned"
        ev = src.evidence(n, n, find_dates(line)[0].printed)
        note_meeting(ctx, committee, day, ev, status)
