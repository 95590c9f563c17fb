"""Labelled blocks ("From:", "DECISION NO:", "Title of Decision:") and the
entities that reports and decision sheets share (council, committee, meeting,
post, people).

Not a section parser (no ``SPEC``): a helper module for ``report``,
``record_of_decision``, ``outside_cycle``, ``work_programme`` and
``contracts``. Owned by the reports engineer.

A label block is read structurally: a line that starts with a known label
opens a field; the field's value runs over the following lines (blank lines
and page markers included, as printed in PDFs) until the next label or a stop
line. A second label printed in a column of the same line after a wide gap
("For publication        Key decision: NO") opens its own field. Every field
keeps the line numbers it was read from, so evidence quotes the real lines;
:func:`line_value` cuts a field to a one-line value (classification, electoral
division) so a paragraph printed after it is not part of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ..context import ParseContext
from ..document import SourceText, normalise_ws
from ..records import Entity, Evidence, Ref
from ..text.dates import find_dates
from ..text.layout import is_page_marker

__all__ = [
    "Field",
    "read_fields",
    "line_value",
    "clean_value",
    "council_ref",
    "committee_ref",
    "meeting_ref",
    "note_meeting",
    "note_post",
    "note_person",
    "split_name_post",
    "post_key_text",
    "note_post_holding",
]


@dataclass
class Field:
    """One labelled value: the label as printed, the value lines (number, text)."""

    label: str
    name: str
    line: int
    parts: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The value with lines joined, page markers and markdown emphasis removed."""
        return clean_value(" ".join(t for n, t in self.parts if not _furniture(t)))

    @property
    def first_line(self) -> int:
        return self.parts[0][0] if self.parts else self.line

    @property
    def last_line(self) -> int:
        nonblank = [n for n, t in self.parts if t.strip()]
        return nonblank[-1] if nonblank else self.line

    def evidence(self, source: SourceText) -> Evidence:
        """The label line through the last non-blank value line."""
        return source.evidence(self.line, max(self.line, self.last_line))


#: a value that visibly goes on: it ends on a separator or a connecting word (in lower
#: case: "Appendix A" ends a value, "... and a" does not)
_UNFINISHED_END = re.compile(r"(?:[,;:&(\-–—/]|\b(?:and|or|of|the|to|for|with|by|under|in|from|as|is|are|not|a|an))$")


def line_value(f: Field, *, wraps: bool = False) -> Field:
    """``f`` cut to a one-line value ("Classification: Unrestricted - Exempt Appendix 1",
    "Electoral Division: All"): the value ends at the end of its first printed line, so a
    following explanation or paragraph is not part of it, unless it visibly goes on - a
    bracket left open, a line ending on a separator or connecting word ("Sittingbourne
    South;", "... is not"), a next line starting in lower case, or a short tail of at most
    three words printed right below ("Unrestricted Report – Restricted" / "Appendix A"). With ``wraps`` (a list
    of names that a PDF wraps at any word) the value also runs on over lines of names
    printed directly below it, up to a blank line or a line of prose. Blank lines and page markers before the value
    are passed over."""
    kept: list[tuple[int, str]] = []
    blank_before = False
    for n, text in f.parts:
        t = clean_value(text)
        if not t or _furniture(text):
            blank_before = blank_before or (not t and bool(kept))
            continue
        if kept:
            so_far = clean_value(" ".join(x for _, x in kept))
            goes_on = so_far.count("(") > so_far.count(")") or _UNFINISHED_END.search(so_far) or t[:1].islower()
            short_tail = not blank_before and len(t.split()) <= 3 and len(t) <= 25 and not so_far.endswith(".")
            if not (goes_on or short_tail or (wraps and not blank_before and _names_only(t))):
                break
        kept.append((n, text))
        blank_before = False
    return Field(f.label, f.name, f.line, kept)


_NAME_LIST_SMALL = frozenset("and & of the upon on with by in divisions division wards ward".split())


def _names_only(text: str) -> bool:
    """A line of place names ("East, Swanscombe and Greenhithe"), not a sentence: every
    word capitalised or a small joining word."""
    words = [w.strip(",;:.()'’") for w in text.split()]
    return all(not w or w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_LIST_SMALL for w in words)


def _furniture(line: str) -> bool:
    """A page marker, but not a year that ends a wrapped date ("13 September" / "2023")."""
    return is_page_marker(line) and not re.fullmatch(r"(?:19|20)\d\d", line.strip())


_GLUED_PAGE = re.compile(r"(?<=[\w.,;:)])\s+Page \d{1,4}\b(?=\s|$)")


@lru_cache(maxsize=32768)
def clean_value(text: str) -> str:
    """A value as read: markdown emphasis and glued page markers removed, white space
    collapsed (pure, so remembered: the same lines are cleaned by many readers)."""
    text = text.replace("**", "").replace("__", "")
    if "Page " in text:  # (every glued marker has it)
        text = _GLUED_PAGE.sub("", text)
    return normalise_ws(text).strip(" :")


def read_fields(
    source: SourceText,
    start: int,
    end: int,
    labels: dict[str, re.Pattern[str]],
    stop: re.Pattern[str] | None = None,
) -> dict[str, Field]:
    """Read labelled fields from lines ``start``..``end``.

    ``labels`` maps a field name to a pattern matched at the start of a
    stripped line (its match is the label; the rest of the line starts the
    value). Reading ends at a line matching ``stop``. The first occurrence of
    each label wins.
    """
    out: dict[str, Field] = {}
    current: Field | None = None
    skip_to = 0
    for n in range(start, end + 1):
        if n < skip_to:
            continue  # the second line of a label split across lines, already read
        line = _field_line(source, n)
        if stop is not None and current is not None and stop.search(line):
            break
        hit = _label_hit(line, labels)
        value_line = n
        if hit is None:
            split = _split_label(source, n, end, line, labels)
            if split is not None:
                hit, line, value_line = split
                skip_to = value_line + 1
        if hit:
            name, m = hit
            if name in out:  # a repeated label ends the block
                break
            current = Field(m.group(0).strip(), name, n)
            rest = line[m.end():]
            column = _second_column(rest, labels, set(out) | {name})
            if column is not None:  # "For publication        Key decision: NO": two labels in columns
                at, (name2, m2) = column
                if rest[:at].strip():
                    current.parts.append((value_line, rest[:at].strip()))
                out[name] = current
                current = Field(m2.group(0).strip(), name2, n)
                name, rest = name2, rest[at:][m2.end():]
            rest = rest.strip()
            if rest:
                current.parts.append((value_line, rest))
            out[name] = current
            continue
        if current is not None:
            current.parts.append((n, line))
    return out


def _field_line(source: SourceText, n: int) -> str:
    line = source.line(n).strip().replace("**", "")
    return re.sub(r"^[-*•]\s+", "", line)


def _label_hit(line: str, labels: dict[str, re.Pattern[str]]) -> tuple[str, re.Match[str]] | None:
    for name, pattern in labels.items():
        m = pattern.match(line)
        if m:
            return name, m
    return None


def _second_column(
    rest: str, labels: dict[str, re.Pattern[str]], seen: set[str]
) -> tuple[int, tuple[str, re.Match[str]]] | None:
    """A second label printed in a column of the same line, after a gap of two or more
    spaces, ending in a colon ("For publication      Key decision: NO"): (its offset in
    ``rest``, (name, match)). Labels already read are not looked for again."""
    for gap in re.finditer(r"\s{2,}(?=\S)", rest):
        at = gap.end()
        hit = _label_hit(rest[at:], labels)
        if hit is not None and hit[0] not in seen and hit[1].group(0).rstrip().endswith(":"):
            return at, hit
    return None


#: the first word(s) of a label a PDF wrapped onto two lines ("Decision" / "Number: 20/00103")
_LABEL_HEAD = re.compile(r"^[A-Z][A-Za-z]*(?:\s+[A-Za-z]+)?$")


def _split_label(
    source: SourceText, n: int, end: int, line: str, labels: dict[str, re.Pattern[str]]
) -> tuple[tuple[str, re.Match[str]], str, int] | None:
    """A label whose words are split over this line and the next printed one ("Decision" /
    "Number: 20/00103", "Electoral" / "Division: All"): (hit, joined line, line of the
    second part). Only when the joined label reaches into the second line - a line that is
    a label on its own is not joined."""
    if not _LABEL_HEAD.match(line):
        return None
    for k in range(n + 1, min(end, n + 2) + 1):
        nxt = _field_line(source, k)
        if not nxt:
            continue
        joined = f"{line} {nxt}"
        hit = _label_hit(joined, labels)
        if hit is not None and hit[1].end() > len(line) + 1 and ":" in joined[: hit[1].end()]:
            return hit, joined, k
        return None
    return None


# --- council, committee, meeting -------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower().replace("&", " and ")).strip("-")


_COUNCIL_LINE = re.compile(r"^\s*\**\s*([A-Z][A-Z ]*?(?:COUNTY|BOROUGH|DISTRICT|CITY|METROPOLITAN)?\s*COUNCIL)\b")


def council_ref(ctx: ParseContext) -> Ref | None:
    """The council the document belongs to: ``ctx.council`` or the first
    "XXX COUNTY COUNCIL" heading of the document (via ``ctx.council_entity``)."""
    if ctx.council is not None:
        return ctx.council
    src = ctx.source
    for n in range(1, len(src) + 1):
        m = _COUNCIL_LINE.match(src.line(n))
        if m and len(m.group(1).split()) >= 2:
            return ctx.council_entity(m.group(1), src.evidence(n, n, m.group(1))).ref
    return None


def committee_ref(ctx: ParseContext, name: str, evidence: Evidence) -> Ref | None:
    """The committee called ``name`` (as printed in a "To:" line) of the document's council."""
    if council_ref(ctx) is None:
        return None
    clean = clean_value(name)
    if not clean or not re.search(r"committee|cabinet|council|board|panel", clean, re.I):
        return None
    e = ctx.committee_entity(clean, evidence)
    return e.ref if e is not None else None


def meeting_ref(committee: Ref, day: date) -> Ref:
    """A meeting is its committee's key plus the ISO date (as ``ctx.meeting_entity``)."""
    return Ref("Meeting", committee.key + (day.isoformat(),))


def note_meeting(ctx: ParseContext, committee: Ref, day: date, evidence: Evidence, status: str | None) -> Ref:
    """Record a meeting of ``committee`` on ``day`` (status "scheduled"/"planned"/None)."""
    return ctx.meeting_entity(committee, day, evidence, status).ref


def split_committee_date(text: str) -> tuple[str, date | None]:
    """"Adult Social Care Cabinet Committee – 13 September 2023" → (name, date)."""
    dates = find_dates(text)
    if not dates:
        return clean_value(text), None
    d = dates[-1]
    name = text[: d.start].strip().rstrip(",–—-:").strip()
    return clean_value(name), d.value


# --- posts and people -----------------------------------------------------------

_POST_START = re.compile(
    r"\b(?:Cabinet Member|Deputy Cabinet Member|Leader|Deputy Leader|Corporate Director|Director|Assistant Director|"
    r"Deputy Director|General Counsel|Head of|Chief Executive|Strategic Commissioner|Senior Commissioner|Commissioner|"
    r"Interim|Executive Director|Monitoring Officer|Chairman|Chair|Lead Member|Senior Commissioning Manager|"
    r"Democratic Services Officer|Finance Business Partner|Commissioning Manager|Programme Lead|Service Manager)\b"
)


def post_key_text(post: str) -> str:
    """The identity of a post: "Corporate Director of Adult Social Care and Health"
    and "Corporate Director Adult Social Care and Health" are one post."""
    words = [w for w in re.split(r"[^A-Za-z0-9&]+", post.lower()) if w and w not in {"of", "the", "for"}]
    return "-".join(w.replace("&", "and") for w in words)


def looks_like_post(text: str) -> bool:
    return bool(_POST_START.search(text or ""))


_POST_AT_START = re.compile(r"^(?:[Tt]he\s+)?" + _POST_START.pattern.removeprefix(r"\b"))
_NAME_ALONE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’.-]*){1,3},?$")


def _name_then_post(text: str) -> tuple[str, str] | None:
    """("Clair Bell", "Cabinet Member for ...") from a line where a name runs straight
    into a post title with no comma ("Clair Bell Cabinet Member for ..."); else None."""
    m = _POST_START.search(text)
    if m is None or m.start() == 0:
        return None
    name, post = text[: m.start()].strip(" -–—,"), text[m.start():]
    return (name, post) if _name_alone(name) else None


def _name_alone(text: str) -> bool:
    """A line that is a person's name and nothing else ("Clair Bell")."""
    from ..text.names import parse_name

    return bool(_NAME_ALONE.match(text)) and not looks_like_post(text) and parse_name(text.rstrip(",")) is not None


def split_name_post(lines: list[str] | str) -> list[tuple[str, str]]:
    """[(name, post)] from the lines of a "From:" / "DECISION TO BE TAKEN BY:" block.

    An entry starts at the beginning of a line (or of the block) with a
    person's name directly followed by a comma and a post title ("Clair Bell,
    Cabinet Member for ..."); the post runs over the following lines until the
    next entry. Names are never looked for in the middle of a line, so a post
    ending "... Public Health" is not read as part of the next name.
    """
    from ..text.names import parse_name

    if isinstance(lines, str):
        lines = [lines]
    entries: list[list[str]] = []
    head = re.compile(r"^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’.-]*){1,3}),\s+(.*)$")
    names: list[str] = []
    texts = [clean_value(raw) for raw in lines]
    texts = [t for t in texts if t and not _furniture(t)]
    for i, text in enumerate(texts):
        m = head.match(text)
        if m and parse_name(m.group(1)) is not None and looks_like_post(m.group(2)[:60]):
            names.append(m.group(1))
            entries.append([m.group(2)])
        elif not entries and i + 1 < len(texts) and _name_alone(text) and _POST_AT_START.match(texts[i + 1]):
            # "Clair Bell" on the first line, "Cabinet Member for ..." on the next
            names.append(text.rstrip(","))
            entries.append([])
        elif not entries and (glued := _name_then_post(text)) is not None:
            # "Clair Bell Cabinet Member for ...": the two lines run together
            names.append(glued[0])
            entries.append([glued[1]])
        elif entries:
            entries[-1].append(text)
    out = []
    for name, parts in zip(names, entries):
        post = clean_value(" ".join(parts)).strip(" ,;")
        post = re.sub(r"\s*\(.*$", "", post).strip()  # "(in consultation with ...)"
        out.append((name, post))
    return out


def note_post(ctx: ParseContext, post: str, evidence: Evidence) -> Ref | None:
    """A cg:Post of the document's council (the lead's :func:`people.post_key`)."""
    from ..people import post_key

    council = council_ref(ctx)
    clean = clean_value(post)
    if council is None or not clean or not looks_like_post(clean):
        return None
    e = Entity("Post", post_key(council.key, clean))
    e.add("rdfs:label", clean, evidence)
    e.add("org:postIn", council, evidence)
    e.add_source(evidence)
    return ctx.put(e).ref


def note_person(ctx: ParseContext, printed: str, evidence: Evidence, role: str | None = None) -> Ref | None:
    """The (provisional) person ref of ``printed`` from ``ctx.people``; None if not a person."""
    return ctx.people.mention(printed, evidence, role=role)


def note_post_holding(ctx: ParseContext, person: Ref, post_label: str, as_of: date | None, evidence: Evidence) -> Ref | None:
    """Person holds the post printed as ``post_label``, as stated on ``as_of``."""
    from ..people import post_holding

    council = council_ref(ctx)
    label = clean_value(post_label)
    if council is None or not label or not looks_like_post(label):
        return None
    return post_holding(ctx.entities, ctx.people, council, person, label, evidence, as_of).ref


def lines_of(source: SourceText, start: int, end: int) -> Iterable[tuple[int, str]]:
    for n in range(start, end + 1):
        yield n, source.line(n)
