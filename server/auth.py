"""Bearer-token check for every write (SPARQL Update, Graph Store writes).

Writes are off unless a token is configured (``councilgraph serve
--update-token`` or ``COUNCILGRAPH_UPDATE_TOKEN``): then 403. With a token,
a request without ``Authorization: Bearer <token>`` or with a wrong one gets
401 with ``WWW-Authenticate: Bearer``. Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac

from flask import Response, current_app, request

from .responses import problem

__all__ = ["write_refusal", "writes_enabled"]

_REALM = 'Bearer realm="councilgraph"'


def writes_enabled() -> bool:
    """Whether this server accepts writes at all (a token is configured)."""
    return bool(current_app.config.get("COUNCILGRAPH_UPDATE_TOKEN"))


def write_refusal() -> Response | None:
    """None when the request may write; otherwise the 401/403 response to send."""
    token = current_app.config.get("COUNCILGRAPH_UPDATE_TOKEN")
    if not token:
        return problem(403, "Writes are disabled on this server: it was started without an update token "
                            "(councilgraph serve --update-token TOKEN or COUNCILGRAPH_UPDATE_TOKEN).")
    header = request.headers.get("Authorization", "")
    scheme, _, offered = header.partition(" ")
    if scheme.lower() != "bearer" or not offered.strip():
        return problem(401, "Writing needs the update token: send 'Authorization: Bearer <token>'.",
                       WWW_Authenticate=_REALM)
    if not hmac.compare_digest(offered.strip().encode(), str(token).encode()):
        return problem(401, "Wrong update token.", WWW_Authenticate=_REALM + ', error="invalid_token"')
    return None
