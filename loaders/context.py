"""What parsers share while reading one document: the entities found so far and
who is who. One :class:`ParseContext` per document; parsers add to it.

Helpers here mint the organisational records every parser needs with the same
keys: :meth:`ParseContext.council_entity`, :meth:`committee_entity`,
:meth:`meeting_entity`. Person names go through ``ctx.people.mention(...)``
(see :mod:`councilgraph.loaders.people`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from .document import SourceText
from .people import PeopleRegistry
from .records import Entity, EntitySet, Evidence, Ref

__all__ = ["ParseContext", "display_name", "slug"]

_SMALL = {"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by"}


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (the same rule as IRI minting)."""
    ascii_text = unicodedata.normalize("NFKD", str(text).replace("&", " and ")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def display_name(text: str) -> str:
    """A body's name for display: "ADULT SOCIAL CARE CABINET COMMITTEE" → "Adult Social Care Cabinet Committee";
    mixed-case text is kept as printed (white space normalised)."""
    text = " ".join(text.split()).strip(" .,:;")
    if text.isupper():
        words = text.lower().split()
        return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return text


@dataclass
class ParseContext:
    source: SourceText
    entities: EntitySet = field(default_factory=EntitySet)
    #: the meeting the document is for (agenda pack / minutes), once known
    meeting: Ref | None = None
    council: Ref | None = None
    committee: Ref | None = None
    warnings: list[str] = field(default_factory=list)
    people: PeopleRegistry = field(default_factory=PeopleRegistry)
    #: every meeting read so far, by ISO date (a pack's front sheet and the minutes
    #: inside it describe different meetings)
    meetings: dict[str, Ref] = field(default_factory=dict)
    #: (kind, first line, last line) of every section read, in document order
    section_spans: list[tuple[str, int, int]] = field(default_factory=list)

    def section_end(self, line: int) -> int | None:
        """The last line of the section that holds ``line``, or None."""
        return next((end for _, start, end in self.section_spans if start <= line <= end), None)

    def put(self, entity: Entity) -> Entity:
        return self.entities.put(entity)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(f"{self.source.file_name}:{line}: {message}")

    # ------------------------------------------------------------------ organisations and meetings

    def council_entity(self, name: str, evidence: Evidence) -> Entity:
        """The council (key: slug of its name); becomes ``ctx.council`` if none is set."""
        label = display_name(name)
        council = Entity("Council", (slug(label),))
        council.add("rdfs:label", label, evidence)
        council.add_source(evidence)
        council = self.put(council)
        if self.council is None:
            self.council = council.ref
        return council

    def committee_entity(self, name: str, evidence: Evidence) -> Entity | None:
        """A committee of ``ctx.council`` (key: council slug, committee slug); ``None`` without a council."""
        if self.council is None:
            return None
        label = display_name(name)
        committee = Entity("Committee", (*self.council.key, slug(label)))
        committee.add("rdfs:label", label, evidence)
        committee.add("org:unitOf", self.council, evidence)
        committee.add_source(evidence)
        committee = self.put(committee)
        if self.committee is None:
            self.committee = committee.ref
        return committee

    def meeting_entity(self, committee: Ref, day: date, evidence: Evidence, status: str | None = None) -> Entity:
        """The meeting of ``committee`` on ``day`` (key: council, committee, ISO date)."""
        meeting = Entity("Meeting", (*committee.key, day.isoformat()))
        meeting.add("cg:committee", committee, evidence)
        meeting.add("cg:date", day, evidence)
        meeting.add("cg:status", status, evidence)
        meeting.add_source(evidence)
        meeting = self.put(meeting)
        self.meetings.setdefault(day.isoformat(), meeting.ref)
        return meeting
