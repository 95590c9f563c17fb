"""A small SPARQL lexer: what a request names before anyone runs it.

Finds ``SERVICE`` targets, ``FROM`` clauses and called function IRIs by a
lexical scan that honours comments, strings, IRIs, prefixed names,
``PREFIX``/``BASE`` declarations and ``\\u`` escapes. Used by the stores (the
dataset a query names) and by the server (federation allow-listing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

__all__ = ["ServiceCall", "service_calls", "token_spans", "tokens", "query_shape", "unescape_codepoints"]


@dataclass(frozen=True)
class ServiceCall:
    """One ``SERVICE`` found in a request: its resolved IRI (None when it is not a constant IRI)."""

    iri: str | None
    written: str
    silent: bool


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%\\]))*)
  | (?P<var>[?$][\w]+)
  | (?P<word>[^\W\d][\w]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def unescape_codepoints(text: str) -> str:
    def replace(m: re.Match) -> str:
        return chr(int(m.group(1) or m.group(2), 16))

    return _CODEPOINT.sub(replace, text)


def token_spans(text: str) -> list[tuple[str, str, int]]:
    """The SPARQL tokens of ``text`` as (kind, text, start offset), whitespace and comments left out.

    Kinds: ``string``, ``iri``, ``pname``, ``var``, ``word`` (keywords, ``a``,
    booleans), ``other`` (punctuation, operators, numbers digit by digit).
    """
    spans = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        spans.append((kind, m.group(), m.start()))
    return spans


def tokens(text: str) -> list[tuple[str, str]]:
    return [(kind, value) for kind, value, _ in token_spans(text)]


def _local_unescape(local: str) -> str:
    return re.sub(r"\\(.)", r"\1", local)


def service_calls(text: str) -> list[ServiceCall]:
    """Every SERVICE in a query or update, with its target resolved where it is a constant IRI."""
    toks = tokens(unescape_codepoints(text))
    prefixes: dict[str, str] = {}
    base: str | None = None
    calls: list[ServiceCall] = []
    i = 0
    while i < len(toks):
        kind, value = toks[i]
        upper = value.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(toks) and toks[i + 1][0] == "pname" and toks[i + 2][0] == "iri":
            name = toks[i + 1][1].split(":", 1)[0]
            prefixes[name] = _resolve(toks[i + 2][1][1:-1], base)
            i += 3
            continue
        if upper == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = _resolve(toks[i + 1][1][1:-1], base)
            i += 2
            continue
        if upper == "SERVICE":
            j = i + 1
            silent = False
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                silent = True
                j += 1
            target_kind, written = toks[j] if j < len(toks) else ("end", "")
            iri = None
            if target_kind == "iri":
                iri = _resolve(written[1:-1], base)
            elif target_kind == "pname":
                prefix, local = written.split(":", 1)
                if prefix in prefixes:
                    iri = prefixes[prefix] + _local_unescape(local)
            calls.append(ServiceCall(iri, written, silent))
            i = j + 1
            continue
        i += 1
    return calls


_XSD = "http://www.w3.org/2001/XMLSchema#"


def query_shape(text: str) -> tuple[bool, set[str]]:
    """(whether the query has its own FROM / FROM NAMED, the IRIs it calls as functions).

    Function IRIs are those written as ``<iri>(`` or ``prefix:name(`` outside
    strings and comments, XSD casts left out; a collection object after a
    predicate may be listed too, which is harmless.
    """
    toks = tokens(unescape_codepoints(text))
    prefixes: dict[str, str] = {}
    base: str | None = None
    has_from = False
    functions: set[str] = set()
    for i, (kind, value) in enumerate(toks):
        upper = value.upper() if kind == "word" else ""
        following = toks[i + 1] if i + 1 < len(toks) else ("end", "")
        if upper == "PREFIX" and following[0] == "pname" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[following[1].split(":", 1)[0]] = _resolve(toks[i + 2][1][1:-1], base)
        elif upper == "BASE" and following[0] == "iri":
            base = _resolve(following[1][1:-1], base)
        elif upper == "FROM":
            has_from = True
        elif kind in ("iri", "pname") and following == ("other", "("):
            if i > 0 and toks[i - 1][0] == "word" and toks[i - 1][1].upper() == "PREFIX":
                continue
            if kind == "iri":
                iri = _resolve(value[1:-1], base)
            else:
                prefix, local = value.split(":", 1)
                if prefix not in prefixes:
                    continue
                iri = prefixes[prefix] + _local_unescape(local)
            if not iri.startswith(_XSD):
                functions.add(iri)
    return has_from, functions


def _resolve(iri: str, base: str | None) -> str:
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", iri):
        return iri
    if base is None:
        return iri  # relative and unresolvable: it will not match an absolute allow-listed URL
    return urljoin(base, iri)
