"""One document in, typed records out: the extraction entry point.

documents → sections → typed records (with their evidence). No RDF here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import ParseContext
from .document import DocumentError, SourceText
from .parsers import all_specs
from .records import EntitySet
from .sections import Section, split_sections

__all__ = ["Extraction", "NotACommitteePaper", "extract_document"]


class NotACommitteePaper(DocumentError):
    """The text is readable but has none of the structure of a committee paper."""


@dataclass
class Extraction:
    source: SourceText
    entities: EntitySet
    sections: list[Section]
    kind: str
    warnings: list[str] = field(default_factory=list)


def extract_document(source: SourceText) -> Extraction:
    """Read every recognised section of ``source`` into records."""
    specs = {spec.kind: spec for spec in all_specs()}
    sections = split_sections(source, list(specs.values()))
    known = [s for s in sections if s.kind in specs]
    if not known:
        raise NotACommitteePaper(
            f"{source.file_name}: not a committee paper (no agenda front sheet, minutes, report or record of decision found)"
        )
    ctx = ParseContext(source)
    for kind in specs:  # parse in registry order
        for section in known:
            if section.kind == kind:
                specs[kind].parse(section, ctx)
    kind = "agenda pack" if len({s.kind for s in known}) > 1 else known[0].kind
    return Extraction(source, ctx.entities, sections, kind, ctx.warnings)
