"""Splitting a document into typed sections, table-driven.

Every parser module in :mod:`councilgraph.loaders.parsers` declares a
:class:`SectionSpec`: the section kind it reads and a regular expression that
recognises the first line of such a section. :func:`split_sections` walks the
document once; a section runs from its start line to the line before the next
section starts. Lines before the first recognised start form an ``"unknown"``
section that no parser reads.

To add a parser: write ``loaders/parsers/<kind>.py`` with a ``SPEC`` and add
the module to ``PARSER_MODULES`` in ``loaders/parsers/__init__.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .document import SourceText

if TYPE_CHECKING:  # pragma: no cover
    from .context import ParseContext

__all__ = ["Section", "SectionSpec", "split_sections"]


@dataclass(frozen=True)
class SectionSpec:
    """What a parser reads: a section ``kind`` that starts at a line matching ``start``.

    ``start`` is matched against the line with surrounding white space stripped;
    ``lookahead`` optionally vets a candidate start with the following lines
    (e.g. a "From:" line is only a report when "To:" and "Subject:" follow).
    ``priority`` orders specs whose patterns could match the same line (higher first).
    """

    kind: str
    start: re.Pattern[str]
    parse: Callable[[Section, ParseContext], None]
    lookahead: Callable[[SourceText, int], bool] | None = None
    priority: int = 0


@dataclass(frozen=True)
class Section:
    """Lines ``start``..``end`` (1-based, inclusive) of ``source``, of one ``kind``."""

    kind: str
    source: SourceText
    start: int
    end: int

    def numbered(self) -> Iterator[tuple[int, str]]:
        """(line number, line) for every line of the section."""
        for n in range(self.start, self.end + 1):
            yield n, self.source.line(n)

    @property
    def text(self) -> str:
        return self.source.span(self.start, self.end)


def split_sections(source: SourceText, specs: list[SectionSpec]) -> list[Section]:
    """Cut ``source`` into sections at every line some spec recognises."""
    ordered = sorted(specs, key=lambda s: -s.priority)
    starts: list[tuple[int, str]] = []
    for n, line in enumerate(source.lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        for spec in ordered:
            if spec.start.search(stripped) and (spec.lookahead is None or spec.lookahead(source, n)):
                starts.append((n, spec.kind))
                break
    sections: list[Section] = []
    if not starts or starts[0][0] > 1:
        first = starts[0][0] - 1 if starts else len(source)
        if first >= 1:
            sections.append(Section("unknown", source, 1, first))
    for i, (n, kind) in enumerate(starts):
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else len(source)
        sections.append(Section(kind, source, n, end))
    return sections


@lru_cache(maxsize=16384)
def _flow_piece(raw: str, next_raw: str) -> str:
    """A kept line as it goes into a :class:`TextFlow`: a glued page marker removed, white
    space collapsed. (Pure, so remembered: flows over overlapping ranges are built often.)"""
    from .text.layout import strip_glued_page_marker

    return " ".join(strip_glued_page_marker(raw, next_raw).split())


class TextFlow:
    """Lines joined into one string (single spaces), mapping character spans back to lines.

    Parsers read wrapped lists and sentences from :attr:`text` and cite them with
    :meth:`evidence`, whose quote is the exact span of :attr:`text` - white space
    normalised, so it always passes :meth:`SourceText.evidence`'s check.
    Page markers ("Page 19", a lone "4") and blank lines are skipped.
    """

    def __init__(self, source: SourceText, lines: list[tuple[int, str]]) -> None:
        from .text.layout import is_page_marker

        self.source = source
        parts: list[str] = []
        self._starts: list[int] = []  # char offset of each kept line in text
        self._numbers: list[int] = []
        kept = []
        for n, line in lines:
            raw = line.replace("**", "")
            if raw.strip() and not is_page_marker(raw):
                kept.append((n, raw))
        pos = 0
        for i, (n, raw) in enumerate(kept):
            nxt = kept[i + 1][1] if i + 1 < len(kept) else ""
            clean = _flow_piece(raw, nxt)
            if not clean:
                continue
            if parts:
                pos += 1
            self._starts.append(pos)
            self._numbers.append(n)
            parts.append(clean)
            pos += len(clean)
        self.text = " ".join(parts)

    @classmethod
    def of(cls, source: SourceText, start: int, end: int) -> TextFlow:
        return cls(source, [(n, source.line(n)) for n in range(start, end + 1)])

    def line_at(self, offset: int) -> int:
        """The source line number of the character at ``offset``."""
        import bisect

        i = bisect.bisect_right(self._starts, max(0, offset)) - 1
        return self._numbers[max(0, i)]

    def evidence(self, start: int, end: int):
        """Evidence quoting ``text[start:end]`` (stripped) with its source lines."""
        quote = self.text[start:end]
        lead = len(quote) - len(quote.lstrip())
        quote = quote.strip()
        if not quote:
            raise ValueError("empty span")
        a = self.line_at(start + lead)
        b = self.line_at(start + lead + len(quote) - 1)
        try:
            return self.source.evidence(a, b, quote)
        except ValueError:
            # the span crosses a skipped page marker ("Page 3", "4"): quote the source
            # as printed, marker included, from the first to the last word of the span
            window = " ".join(self.source.span(a, b).split())
            import bisect

            qa, qb = start + lead, start + lead + len(quote)
            first = bisect.bisect_right(self._starts, qa) - 1
            last = bisect.bisect_right(self._starts, qb - 1) - 1
            first_end = self._starts[first + 1] - 1 if first + 1 < len(self._starts) else len(self.text)
            head = self.text[qa: min(qb, first_end)].strip()
            tail = self.text[max(qa, self._starts[last]): qb].strip()
            i = window.find(head)
            j = window.rfind(tail)
            if not head or not tail or i < 0 or j < 0 or j + len(tail) <= i:
                raise
            return self.source.evidence(a, b, window[i: j + len(tail)])
