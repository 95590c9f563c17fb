"""Paragraphs of a source text: lines grouped the way a reader sees them (a blank line,
then a line that ends a sentence or opens a numbered point, starts a new one), memoised
per document because many readers ask for the same ranges."""

from __future__ import annotations

import re

from ..document import SourceText
from .labels import clean_value

__all__ = [
    "PER_SOURCE",
    "paragraph_text",
    "paragraphs",
]


class _PerSource:
    """Results worked out once per document and asked for again and again (the same
    ranges are split into paragraphs by many readers). Holds one document at a time:
    a new ``SourceText`` starts a fresh memo, so nothing outlives its document."""

    def __init__(self) -> None:
        self._current: tuple[SourceText | None, dict] = (None, {})

    def memo(self, src: SourceText) -> dict:
        """The memo of ``src`` (one tuple swapped at once: safe if two threads extract)."""
        current = self._current
        if current[0] is not src:
            current = (src, {})
            self._current = current
        return current[1]


PER_SOURCE = _PerSource()
_OPENS_POINT = re.compile(r"^(?:[\uf0b7\uf0a7•▪●\-–]\s|\d+(?:\.\d+)*\.?\s+[A-Z]|\([a-z]\)\s|[a-z]\)\s)")
_ENDS_SENTENCE = re.compile(r"[.:;?!)”\"]\s*$")


def paragraphs(src: SourceText, start: int, end: int) -> list[tuple[int, int]]:
    """(first, last) line ranges of paragraphs.

    A run of blank lines ends a paragraph when the text before it ends a
    sentence (". : ; ?") or the text after it opens a numbered point or a
    bullet; otherwise (a PDF page or column break inside a sentence, "end-to-" /
    "end technology") the paragraph goes on.
    """
    memo = PER_SOURCE.memo(src)
    key = ("paragraphs", start, end)
    if key not in memo:
        memo[key] = _split_paragraphs(src, start, end)
    return list(memo[key])


def paragraph_text(src: SourceText, first: int, last: int) -> str:
    """Lines ``first``..``last`` as one cleaned text (once per document and range)."""
    memo = PER_SOURCE.memo(src)
    key = ("text", first, last)
    if key not in memo:
        memo[key] = clean_value(" ".join(src.line(n) for n in range(first, last + 1)))
    return memo[key]


def _split_paragraphs(src: SourceText, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    lines = src.lines  # (line n is lines[n - 1]: read directly in this loop over a whole range)
    first = last = None
    pending_break = False
    for n in range(start, end + 1):
        line = lines[n - 1].strip()
        if not line:
            if first is not None:
                pending_break = True
            continue
        if first is None:
            first = last = n
        elif pending_break and (_ENDS_SENTENCE.search(lines[last - 1].strip()) or _OPENS_POINT.match(line)):
            out.append((first, last))
            first = last = n
        else:
            last = n
        pending_break = False
    if first is not None:
        out.append((first, last))
    return out

