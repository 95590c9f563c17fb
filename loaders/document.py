"""Reading a source file into numbered lines, and making checked evidence from them.

A :class:`SourceText` is the only way parsers see a document. Line numbers are
1-based and refer to the text exactly as stored in the graph (``cg:text`` of
the ``cg:SourceDocument``), so an evidence link ``/document/<id>#L120-L124``
always points at the quoted lines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .records import Evidence

__all__ = ["SourceText", "DocumentError", "read_source", "normalise_ws", "document_id_for", "DOCUMENT_SUFFIXES"]

DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf")


class DocumentError(ValueError):
    """A file that cannot be read as a committee paper; the message says what and where."""


def normalise_ws(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends.

    (The same as ``re.sub(r"\\s+", " ", text).strip()``: ``str.split`` and the pattern ``\\s``
    agree on what white space is, every Unicode space character; splitting is several times faster.)"""
    return " ".join(text.split())


def document_id_for(path: Path) -> str:
    """A stable, IRI-safe identifier from the file name (not its folder)."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if not slug:
        raise DocumentError(f"{path}: cannot derive a document id from the file name")
    return slug


@dataclass
class SourceText:
    """The text of one document as numbered lines."""

    document_id: str
    file_name: str
    text: str
    media_type: str = "text/plain"
    lines: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # splitlines() would also break on form feeds and other separators that
        # editors do not show as line breaks; only \n (and \r\n) count here.
        self.lines = self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def __len__(self) -> int:
        return len(self.lines)

    def line(self, number: int) -> str:
        """Line ``number`` (1-based)."""
        return self.lines[number - 1]

    def span(self, start: int, end: int) -> str:
        """Lines ``start``..``end`` (1-based, inclusive) joined with newlines."""
        return "\n".join(self.lines[start - 1 : end])

    def evidence(self, start: int, end: int | None = None, quote: str | None = None) -> Evidence:
        """Evidence for lines ``start``..``end``; the quote defaults to those lines.

        A given ``quote`` must occur verbatim (up to white space) within the
        lines, otherwise :class:`ValueError` is raised: a quote that is not in
        the source is a bug, never something to publish.
        """
        end = start if end is None else end
        if not (1 <= start <= end <= len(self.lines)):
            raise ValueError(f"{self.document_id}: lines {start}-{end} out of range 1-{len(self.lines)}")
        window = normalise_ws(self.span(start, end))
        q = normalise_ws(quote) if quote is not None else window
        if not q:
            raise ValueError(f"{self.document_id}:{start}-{end}: empty quote")
        if q not in window:
            raise ValueError(f"{self.document_id}:{start}-{end}: quote {q!r} is not in the source lines")
        return Evidence(self.document_id, start, end, q)

    def find(self, quote: str, start: int = 1, end: int | None = None) -> Evidence | None:
        """Evidence for the first occurrence of ``quote`` at or after line ``start``.

        The quote may wrap over line breaks; returns ``None`` if not found.
        """
        target = normalise_ws(quote)
        if not target:
            return None
        last = len(self.lines) if end is None else min(end, len(self.lines))
        head = target.split(" ", 1)[0]
        for first in range(max(1, start), last + 1):
            if head not in self.lines[first - 1]:
                continue
            acc = ""
            for stop in range(first, min(last, first + 40) + 1):
                acc = normalise_ws(acc + " " + self.lines[stop - 1])
                if target in acc:
                    # shrink from the left: the quote must start on `first`
                    if target in normalise_ws(self.span(first + 1, stop)) and first < stop:
                        break
                    return Evidence(self.document_id, first, stop, target)
                if len(acc) > len(target) + 2000:
                    break
        return None


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc})") from exc
    return "\n".join(pages)


def read_source(path: Path | str) -> SourceText:
    """Read a ``.txt``, ``.md`` or ``.pdf`` file into a :class:`SourceText`.

    Raises :class:`DocumentError` with the file name and the reason when the
    file is missing, of another type, not text, or empty.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise DocumentError(f"{path}: unsupported file type {suffix or '(none)'}; expected one of {', '.join(DOCUMENT_SUFFIXES)}")
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    if suffix == ".pdf":
        text, media = _read_pdf(path), "application/pdf"
    else:
        raw = path.read_bytes()
        if b"\x00" in raw[:4096]:
            raise DocumentError(f"{path}: binary content, not a text document")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc
        media = "text/markdown" if suffix == ".md" else "text/plain"
    if not text.strip():
        raise DocumentError(f"{path}: the document has no text")
    return SourceText(document_id_for(path), path.name, text, media)
