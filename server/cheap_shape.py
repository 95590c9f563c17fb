"""Which queries are cheap *by their shape*, so an HTTP process may run them itself.

A query runs in the HTTP process (no hop to a killable query worker) only
when its cost is bounded before it runs. :func:`cheap_shape` accepts exactly:

* a prologue of ``BASE`` / ``PREFIX`` declarations;
* ``SELECT [DISTINCT|REDUCED] (?vars | *)`` or ``ASK``, optional ``FROM`` /
  ``FROM NAMED`` clauses;
* a ``WHERE`` group holding nothing but triple patterns (``.``, ``;`` and
  ``,`` abbreviations, ``a``; IRIs, prefixed names, variables, strings with
  a language tag or datatype, ``true``/``false``) where **either there is one
  pattern with a constant subject or object** (one index range scan), **or every
  pattern has a constant subject** (at most 8: scans of the named resources);
* an optional ``LIMIT`` and ``OFFSET`` (decimal integers).

Everything else — FILTER, OPTIONAL, UNION, GRAPH, BIND, VALUES, MINUS,
SERVICE, sub-queries, property paths, blank-node or collection syntax,
numeric literals, expressions, aggregates, GROUP/ORDER BY, CONSTRUCT and
DESCRIBE — is *not* cheap and goes to the query workers, where the timeout is
enforced by killing the process. The row cut (``max_rows``) bounds the rest:
the in-process run asks for at most ``max_rows + 1`` solutions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..sparql_text import token_spans

__all__ = ["MAX_SUBJECT_PATTERNS", "CheapShape", "cheap_shape"]

#: most triple patterns a multi-pattern cheap query may have (each with a constant subject)
MAX_SUBJECT_PATTERNS = 8


@dataclass(frozen=True)
class CheapShape:
    """What the in-process runner needs to know about a cheap query."""

    form: str  # "SELECT" or "ASK"
    limit: int | None
    offset: int | None
    patterns: int
    has_from: bool = False


class _NotCheap(Exception):
    pass


class _Reader:
    def __init__(self, text: str) -> None:
        self.toks = [(kind, value) for kind, value, _ in token_spans(text)]
        self.i = 0

    def peek(self, ahead: int = 0) -> tuple[str, str]:
        j = self.i + ahead
        return self.toks[j] if j < len(self.toks) else ("end", "")

    def next(self) -> tuple[str, str]:
        tok = self.peek()
        if tok[0] == "end":
            raise _NotCheap
        self.i += 1
        return tok

    def keyword(self, *words: str) -> str | None:
        kind, value = self.peek()
        if kind == "word" and value.upper() in words:
            self.i += 1
            return value.upper()
        return None

    def punct(self, char: str) -> bool:
        if self.peek() == ("other", char):
            self.i += 1
            return True
        return False

    def expect_punct(self, char: str) -> None:
        if not self.punct(char):
            raise _NotCheap

    def iri(self) -> None:
        kind, value = self.next()
        if kind != "iri" and not (kind == "pname" and not value.startswith("_:")):
            raise _NotCheap

    def integer(self) -> int:
        digits = ""
        while self.peek()[0] == "other" and self.peek()[1].isdigit():
            digits += self.next()[1]
        if not digits:
            raise _NotCheap
        return int(digits)


def _term(r: _Reader, position: str) -> bool:
    """Read one term; True when it is a constant (IRI or literal)."""
    kind, value = r.next()
    if kind == "var":
        return False
    if kind == "iri":
        return True
    if kind == "pname":
        return not value.startswith("_:")  # a blank node label in a pattern is a variable
    if position == "predicate":
        if kind == "word" and value == "a":
            return True
        raise _NotCheap
    if kind == "word" and value.lower() in ("true", "false") and position == "object":
        return True
    if kind == "string" and position == "object":
        if r.punct("@"):
            if r.next()[0] != "word":
                raise _NotCheap
            while r.peek() == ("other", "-"):
                r.next()
                if r.next()[0] != "word":
                    raise _NotCheap
        elif r.peek() == ("other", "^") and r.peek(1) == ("other", "^"):
            r.i += 2
            r.iri()
        return True
    raise _NotCheap


def _triples(r: _Reader) -> list[tuple[bool, bool]]:
    """The triple patterns of a group up to its ``}``: (subject constant, object constant) each."""
    patterns: list[tuple[bool, bool]] = []
    while not r.punct("}"):
        subject = _term(r, "subject")
        while True:
            _term(r, "predicate")
            while True:
                patterns.append((subject, _term(r, "object")))
                if not r.punct(","):
                    break
            if not r.punct(";"):
                break
            if r.peek() in (("other", "."), ("other", "}")):
                break  # a trailing ';' is allowed
        if not r.punct("."):
            r.expect_punct("}")
            break
    return patterns


@lru_cache(maxsize=256)
def cheap_shape(query: str) -> CheapShape | None:
    """The shape of ``query`` when it is cheap (see the module docstring), else None.

    A query with ``\\u`` escapes (which may spell any keyword) is never cheap.
    Memoised: the fast path and the store ask about the same text.
    """
    if "\\u" in query or "\\U" in query:
        return None
    r = _Reader(query)
    has_from = False
    try:
        while True:
            if r.keyword("BASE"):
                r.iri()
            elif r.keyword("PREFIX"):
                kind, value = r.next()
                if kind != "pname" or not value.endswith(":"):
                    raise _NotCheap
                if r.next()[0] != "iri":
                    raise _NotCheap
            else:
                break
        form = r.keyword("SELECT", "ASK")
        if form is None:
            raise _NotCheap
        if form == "SELECT":
            r.keyword("DISTINCT", "REDUCED")
            if not r.punct("*"):
                if r.peek()[0] != "var":
                    raise _NotCheap
                while r.peek()[0] == "var":
                    r.next()
        while r.keyword("FROM"):
            has_from = True
            r.keyword("NAMED")
            r.iri()
        r.keyword("WHERE")
        r.expect_punct("{")
        patterns = _triples(r)
        limit = offset = None
        while True:
            if form == "SELECT" and limit is None and r.keyword("LIMIT"):
                limit = r.integer()
            elif form == "SELECT" and offset is None and r.keyword("OFFSET"):
                offset = r.integer()
            else:
                break
        if r.peek()[0] != "end" or not patterns:
            raise _NotCheap
    except _NotCheap:
        return None
    if len(patterns) == 1:
        if not (patterns[0][0] or patterns[0][1]):
            return None
    elif len(patterns) > MAX_SUBJECT_PATTERNS or not all(subject for subject, _ in patterns):
        return None
    return CheapShape(form, limit, offset, len(patterns), has_from)
