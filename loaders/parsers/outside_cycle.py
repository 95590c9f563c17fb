"""Reports on "decisions taken outside the (Cabinet Committee) meeting cycle".

Called by :mod:`.report` for a report whose subject says so. Every
"NN/NNNNN – Title" line in the report is a decision that has been *taken*
(status "taken"), reported to the meeting of the report's "To:" line
(cg:consideredAt). Where the text gives the date it was taken ("taken on
10 June 2022", "signed on ...") on the decision's own lines, that is cg:date;
no date is guessed.
"""

from __future__ import annotations

import re

from .. import decisions
from ..context import ParseContext
from ..decisions import (
    find_decision_numbers,
    note_decision,
    note_maker_post,
    split_numbered_title,
)
from ..records import Entity, Ref
from ..sections import Section
from ..text.dates import find_dates
from .contracts import (
    contract_for_decision_title,
    contract_from_decision_paragraph,
    paragraph_under,
)
from .paragraphs import paragraph_text

__all__ = ["is_outside_cycle", "parse_body"]

_TAKEN_ON = re.compile(r"\b(?:taken|signed|made|agreed)\s+(?:on|dated)\s+", re.I)


#: "decision 19/00087 - Winter Discharge to Assess Beds was taken": a decision and its title in prose
_TAKEN_IN_PROSE = re.compile(
    r"\bdecision\s+(?P<num>\d{2}/\d{5})\s*[-–—]\s*(?P<title>[A-Z](?:(?!\d{2}\s?/\s?\d{4,5}|\band\s+\d)[^.;]){2,120}?)\s+(?:was|has\s+been|had\s+been)\s+taken\b")
_BACKGROUND = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?Background\s+(?:Documents|Papers|Information)\b", re.I)
# a table row: the number, then the title in the next column (a tab or 3+ spaces)
_TABLE_ROW = re.compile(r"^(?P<num>\d{2}/0\d{3,4})(?:\t+|\s{3,})(?P<title>[A-Z][^\t]*?)(?:\t|\s{3,}|$)")


def _table_row(line: str) -> tuple[str, str] | None:
    """("22/00075", "Title") from a table row "22/00075    Title    10 June 2022"."""
    from ..decisions import normalise_decision_number

    m = _TABLE_ROW.match(line)
    if not m or not re.search(r"[a-z]{3}", m.group("title")):
        return None
    return normalise_decision_number(m.group("num")), m.group("title").strip()  # type: ignore[return-value]


def is_outside_cycle(subject: str) -> bool:
    return decisions.is_outside_cycle(subject)


def parse_body(section: Section, ctx: ParseContext, report: Entity, meeting: Ref | None, body_start: int) -> None:
    src = section.source
    taken: dict[Ref, tuple[str, object, bool]] = {}
    body_end = section.end
    for n in range(section.start, section.end + 1):
        line = src.line(n).replace("**", "").strip()
        if _BACKGROUND.match(line):
            body_end = n - 1
            break  # earlier decisions listed as background were not taken outside this cycle
        if not find_decision_numbers(line):
            continue
        bare = re.sub(r"^(?:\d+(?:\.\d+)*\.?\s+)", "", line)
        split = split_numbered_title(bare) or _table_row(bare)
        if split is None:
            # "To note that decision 19/00087 - Winter Beds was taken ...": a title told in a sentence
            window = f"{line} {src.line(n + 1).strip()}" if n < section.end else line
            pm = _TAKEN_IN_PROSE.search(window)
            split = (decisions.normalise_decision_number(pm.group("num")), pm.group("title").strip()) if pm else None
        if split is None or split[0] is None:
            continue
        number, title = split
        # "NOTE that decisions ... and 20/00009 – X – Contract Variation have been / taken ...":
        # the sentence goes on after the title
        title = re.sub(r"\s+(?:have|has)\s+been(?:\s+taken)?\b.*$|\s+(?:was|were)\s+taken\b.*$", "", title).strip()
        if not title:
            continue
        printed = find_decision_numbers(line)[0][0]
        ev = src.evidence(n, n)
        decision = note_decision(ctx, number, ev, title=title, status="taken", considered_at=meeting)
        contract_for_decision_title(ctx, decision.ref, title, ev)
        under = paragraph_under(src, n)
        read = False
        if under is not None:
            # "... the Cabinet Member agreed a direct award of a block contract to Acme Ltd ..."
            read = contract_from_decision_paragraph(ctx, decision.ref, title, ev, *under) is not None
            note_maker_post(ctx, decision.ref, paragraph_text(src, *under), src.evidence(*under), taken=True)
        if decision.ref not in taken:
            taken[decision.ref] = (title, ev, read)
        else:
            taken[decision.ref] = (title, taken[decision.ref][1], taken[decision.ref][2] or read)
        # a date the decision was taken, stated on the next few lines of its own paragraph
        for k in range(n, min(section.end, n + 3) + 1):
            text = src.line(k)
            m = _TAKEN_ON.search(text)
            if m:
                dates = [d for d in find_dates(text[m.end():]) if d.start == 0]
                if dates:
                    decision.add("cg:date", dates[0].value, src.evidence(k, k, text[m.start(): m.end() + dates[0].end]))
                    break
        _ = printed
    if len(taken) == 1:
        # a report on one decision tells it in its own numbered paragraphs ("2. Decision" / "2.1 On
        # 5 May the Cabinet Member took the decision to directly award ..."), not under its title line
        (ref, (title, ev, read)), = taken.items()
        if not read and body_end >= body_start:
            contract_from_decision_paragraph(ctx, ref, title, ev, body_start, body_end)
        if body_end >= body_start:
            note_maker_post(ctx, ref, paragraph_text(src, body_start, body_end), src.evidence(body_start, body_end), taken=True)
