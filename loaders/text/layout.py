"""Page layout noise in text extracted from PDFs.

Helpers that tell parsers which lines are page furniture and that join wrapped
text back into sentences. They never change the source: parsers use them to
*read*, and still quote the original lines as evidence (white space may be
normalised in quotes, so joining lines with a space is safe; dropping a page
marker from the middle of a quote is not - quote the pieces either side).

* :func:`is_page_marker` - "Page 19", "Page 3 of 12", a lone page number "4",
  and the split form "P" / "age 63" (a PDF artefact).
* :func:`strip_bullet` - odd bullet glyphs ("", "•", "▪", "-", "o ") at a line start.
* :func:`join_wrapped` - join lines into one string, de-hyphenating words
  broken at a line end ("mid-" + "appointment" stays hyphenated, "partner-" +
  "ship" is joined only when asked).
* :func:`content_lines` - (number, text) of the non-blank, non-marker lines of a range.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = ["BULLETS", "clean_line", "content_lines", "is_page_marker", "join_wrapped", "strip_bullet", "strip_glued_page_marker"]

BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪●◦‣∙·■□➢►✓o-–*"

_PAGE = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}|p|age\s+\d{1,4})$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪●◦‣∙·■□➢►✓*]|[-–](?=\s)|o(?=\s{1,3}[A-Z]))\s*")


@lru_cache(maxsize=16384)
def is_page_marker(line: str) -> bool:
    """True for a line that is only a page marker: "Page 19", "19", "P", "age 63".
    (Pure, so remembered: the same lines are asked about by many readers.)"""
    return bool(_PAGE.match(line.strip())) if line.strip() else False


_GLUED_PAGE = re.compile(r"(?:(?<=[^\s\d])|(?<=[.,;:!?”’)]\s)|\s{2,})Page\s+\d{1,4}\s*$")


@lru_cache(maxsize=16384)
def strip_glued_page_marker(line: str, next_line: str = "") -> str:
    """A line without a page marker glued to its end: "...networks. Page 24",
    "experiencesPage 113", and the "P" of a marker split as "P" / "age 63". (Pure, remembered.)"""
    text = (_GLUED_PAGE.sub("", line) if "Page" in line else line).rstrip()  # (every glued marker says "Page")
    if re.match(r"^age\s+\d{1,4}$", next_line.strip()) and re.search(r"(?:^|\s)P$", text):
        text = text[:-1].rstrip()
    return text


def strip_bullet(line: str) -> str:
    """The line without a leading bullet glyph (and the space after it)."""
    return _BULLET.sub("", line, count=1)


def clean_line(line: str) -> str:
    """Strip white space, markdown emphasis markers and a leading bullet."""
    return strip_bullet(line.replace("**", "").strip()).strip()


def content_lines(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The (number, line) pairs that carry text: no blanks, no page markers."""
    for n, line in lines:
        if line.strip() and not is_page_marker(line):
            yield n, line


def join_wrapped(parts: Iterable[str], dehyphenate: bool = False) -> str:
    """Join wrapped lines with single spaces; with ``dehyphenate``, "partner-" + "ship" → "partnership"."""
    out = ""
    for part in parts:
        text = " ".join(part.split())
        if not text:
            continue
        if dehyphenate and re.search(r"[a-z]-$", out) and text[:1].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out
