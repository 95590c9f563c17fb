"""Which remote endpoints a query may reach: SERVICE allow-listing, checked before execution.

pyoxigraph evaluates ``SERVICE <iri>`` itself (it POSTs the sub-query to the
IRI), and ``LOAD <iri>`` in an update fetches the IRI. The server must never be
made to fetch arbitrary URLs, so every request is scanned *before* it reaches
the store: a lexical scan that honours SPARQL's comments, strings, IRIs,
prefixed names, ``PREFIX``/``BASE`` declarations and ``\\u`` escapes finds
each ``SERVICE`` and resolves its target. A target not on the allow-list, a
variable in SERVICE position, or anything the scan cannot resolve is refused
(fail closed). ``LOAD`` is refused in updates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urljoin

__all__ = ["FederationRefused", "ServiceCall", "service_calls", "check_query", "check_update", "token_spans", "query_shape"]


class FederationRefused(ValueError):
    """The request would make the server fetch a URL it may not fetch."""


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


def _unescape_codepoints(text: str) -> str:
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


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(kind, value) for kind, value, _ in token_spans(text)]


def _local_unescape(local: str) -> str:
    return re.sub(r"\\(.)", r"\1", local)


def service_calls(text: str) -> list[ServiceCall]:
    """Every SERVICE in a query or update, with its target resolved where it is a constant IRI."""
    tokens = _tokens(_unescape_codepoints(text))
    prefixes: dict[str, str] = {}
    base: str | None = None
    calls: list[ServiceCall] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        upper = value.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 1][0] == "pname" and tokens[i + 2][0] == "iri":
            name = tokens[i + 1][1].split(":", 1)[0]
            prefixes[name] = _resolve(tokens[i + 2][1][1:-1], base)
            i += 3
            continue
        if upper == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = _resolve(tokens[i + 1][1][1:-1], base)
            i += 2
            continue
        if upper == "SERVICE":
            j = i + 1
            silent = False
            if j < len(tokens) and tokens[j][0] == "word" and tokens[j][1].upper() == "SILENT":
                silent = True
                j += 1
            target_kind, written = tokens[j] if j < len(tokens) else ("end", "")
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
    tokens = _tokens(_unescape_codepoints(text))
    prefixes: dict[str, str] = {}
    base: str | None = None
    has_from = False
    functions: set[str] = set()
    for i, (kind, value) in enumerate(tokens):
        upper = value.upper() if kind == "word" else ""
        following = tokens[i + 1] if i + 1 < len(tokens) else ("end", "")
        if upper == "PREFIX" and following[0] == "pname" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            prefixes[following[1].split(":", 1)[0]] = _resolve(tokens[i + 2][1][1:-1], base)
        elif upper == "BASE" and following[0] == "iri":
            base = _resolve(following[1][1:-1], base)
        elif upper == "FROM":
            has_from = True
        elif kind in ("iri", "pname") and following == ("other", "("):
            if i > 0 and tokens[i - 1][0] == "word" and tokens[i - 1][1].upper() == "PREFIX":
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


def check_query(text: str, allowed: Iterable[str]) -> list[ServiceCall]:
    """Refuse (raise :class:`FederationRefused`) a query whose SERVICE targets are not all allowed."""
    allow = set(allowed)
    calls = service_calls(text)
    for call in calls:
        if call.iri is None:
            raise FederationRefused(
                f"SERVICE {call.written or '(nothing)'} refused: the endpoint must be a constant IRI on this "
                f"server's allow-list" + _allow_hint(allow)
            )
        if call.iri not in allow:
            raise FederationRefused(
                f"SERVICE <{call.iri}> refused: this server only federates with allow-listed endpoints"
                + _allow_hint(allow)
            )
    return calls


def check_update(text: str, allowed: Iterable[str]) -> list[ServiceCall]:
    """Like :func:`check_query`, and refuse ``LOAD`` (the server fetches no documents)."""
    for kind, value in _tokens(_unescape_codepoints(text)):
        if kind == "word" and value.upper() == "LOAD":
            raise FederationRefused("LOAD refused: this server does not fetch remote documents; "
                                    "send the data with the Graph Store Protocol (/store) instead")
    return check_query(text, allowed)


def _allow_hint(allow: set[str]) -> str:
    if not allow:
        return " (none is configured; see `councilgraph serve --allow-service URL`)"
    return " (" + ", ".join(f"<{a}>" for a in sorted(allow)) + ")"
