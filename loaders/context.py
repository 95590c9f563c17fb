"""What parsers share while reading one document: the entities found so far and
who is who. One :class:`ParseContext` per document; parsers add to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import SourceText
from .records import Entity, EntitySet, Ref

__all__ = ["ParseContext"]


@dataclass
class ParseContext:
    source: SourceText
    entities: EntitySet = field(default_factory=EntitySet)
    #: the meeting the document is for (agenda pack / minutes), once known
    meeting: Ref | None = None
    council: Ref | None = None
    committee: Ref | None = None
    warnings: list[str] = field(default_factory=list)

    def put(self, entity: Entity) -> Entity:
        return self.entities.put(entity)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(f"{self.source.file_name}:{line}: {message}")
