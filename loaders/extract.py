"""One document in, typed records out: the extraction entry point.

documents → sections → typed records (with their evidence). No RDF here.

:func:`extract_document` runs, in order:

1. :func:`detect_council` - the council heading ("KENT COUNTY COUNCIL") becomes
   ``ctx.council``, so every parser keys committees and meetings the same way;
2. every recognised section through its parser, in the order of
   ``loaders/parsers/__init__.py`` (front sheet, minutes, then reports and decision
   sheets); a parser that fails costs only its section (a warning);
3. :func:`finalize` - the document-wide decision step
   (:func:`councilgraph.loaders.decisions.complete_once`: decision numbers,
   organisations, providers and the contracts resolutions act on - run here so a
   minutes-only pack gets them too; idempotent if a parser already ran it), then
   person resolution over the whole document
   (:mod:`councilgraph.loaders.people`): parsers hand out provisional person refs
   from ``ctx.people.mention(printed, evidence)`` and this step rewrites them into
   stable ``cg:Person`` IRIs.
   Between the two, :func:`councilgraph.loaders.parsers.contract_merge.merge_split_contracts`
   folds contract records of one authorising decision that name the same contract, and
   :func:`councilgraph.loaders.parsers.contracts.lot_values_from_tables` reads each lot's
   value from a table by lot.

A text with no recognisable section raises :class:`NotACommitteePaper`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .context import ParseContext
from .decisions import complete_once, decision_makers_from_text
from .document import DocumentError, SourceText
from .parsers import all_specs
from .parsers.contract_merge import merge_split_contracts
from .parsers.contracts import lot_terms_from_parent, lot_values_from_tables
from .records import EntitySet
from .sections import Section, split_sections

__all__ = ["Extraction", "NotACommitteePaper", "detect_council", "extract_document", "finalize"]


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
    ctx.section_spans = [(s.kind, s.start, s.end) for s in known]
    detect_council(ctx)
    for kind, spec in specs.items():  # parse in registry order
        for section in known:
            if section.kind == kind:
                _parse_section(spec, section, ctx)
    finalize(ctx)
    kind = "agenda pack" if len({s.kind for s in known}) > 1 else known[0].kind
    return Extraction(source, ctx.entities, sections, kind, ctx.warnings)


def _parse_section(spec, section: Section, ctx: ParseContext) -> None:
    """Run one section parser; a parser failure on an odd layout costs that section
    (reported as a warning with file and line), never the whole document."""
    try:
        spec.parse(section, ctx)
    except Exception as exc:  # noqa: BLE001 - any parser bug: keep the other sections
        ctx.warn(section.start, f"{section.kind} section (lines {section.start}-{section.end}) not read: "
                                f"{type(exc).__name__}: {exc}")


_COUNCIL_LINE = re.compile(
    r"^(?:[A-Z][A-Za-z'&-]*\s+){1,4}(?:COUNTY|BOROUGH|DISTRICT|CITY|METROPOLITAN BOROUGH|TOWN|PARISH)?\s*COUNCIL$"
)
_COUNCIL_PHRASE = re.compile(
    r"\b((?:[A-Z][a-z]+(?:\s+and\s+|\s+|-))?[A-Z][a-z]+\s+(?:County|Borough|District|City|Metropolitan Borough)\s+Council)\b"
)


def detect_council(ctx: ParseContext) -> None:
    """Find the council the document belongs to and make it ``ctx.council``.

    First choice: a heading line that is a council's name in capitals within the
    first 200 lines ("KENT COUNTY COUNCIL"); otherwise the council name printed
    most often in the document ("Kent County Council"), if printed at least 3 times.
    """
    source = ctx.source
    for n in range(1, min(len(source), 200) + 1):
        line = source.line(n).replace("*", "").replace("#", "").strip()
        if line.isupper() and _COUNCIL_LINE.match(line):
            ctx.council_entity(line, source.evidence(n, n, line))
            return
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, line in enumerate(source.lines, start=1):
        for m in _COUNCIL_PHRASE.finditer(line):
            counts[m.group(1)] += 1
            first.setdefault(m.group(1), n)
    if counts:
        name, count = counts.most_common(1)[0]
        if count >= 3:
            ctx.council_entity(name, source.evidence(first[name], quote=name))


def finalize(ctx: ParseContext) -> None:
    """Cross-section steps once every section is parsed: complete the document's
    decisions, organisations and contracts (once per document), then resolve person
    mentions into ``cg:Person`` records and rewrite every provisional person reference."""
    try:
        complete_once(ctx)
    except Exception as exc:  # noqa: BLE001 - a bug here costs the completion, not the document
        ctx.warn(1, f"document-wide decision/contract completion not run: {type(exc).__name__}: {exc}")
    try:
        decision_makers_from_text(ctx)
    except Exception as exc:  # noqa: BLE001 - a bug here costs the makers read from text, not the document
        ctx.warn(1, f"decision makers named in the text not read: {type(exc).__name__}: {exc}")
    try:
        merge_split_contracts(ctx)
        lot_terms_from_parent(ctx)
        lot_values_from_tables(ctx)
    except Exception as exc:  # noqa: BLE001 - a bug here costs the merge, not the document
        ctx.warn(1, f"contract records not merged or lot tables not read: {type(exc).__name__}: {exc}")
    ctx.people.finalize(ctx.entities, warn=ctx.warn, source=ctx.source)
