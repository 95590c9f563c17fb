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

from typing import Iterable

from ..sparql_text import ServiceCall, service_calls, token_spans, tokens, unescape_codepoints

__all__ = ["FederationRefused", "ServiceCall", "service_calls", "check_query", "check_update", "token_spans"]


class FederationRefused(ValueError):
    """The request would make the server fetch a URL it may not fetch."""


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
    for kind, value in tokens(unescape_codepoints(text)):
        if kind == "word" and value.upper() == "LOAD":
            raise FederationRefused("LOAD refused: this server does not fetch remote documents; "
                                    "send the data with the Graph Store Protocol (/store) instead")
    return check_query(text, allowed)


def _allow_hint(allow: set[str]) -> str:
    if not allow:
        return " (none is configured; see `councilgraph serve --allow-service URL`)"
    return " (" + ", ".join(f"<{a}>" for a in sorted(allow)) + ")"
