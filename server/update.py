"""SPARQL 1.1 Update at ``/update`` (also accepted on ``POST /sparql``).

``POST`` with ``application/sparql-update`` (the body is the update) or
form-encoded ``update=``. Every update needs the bearer token (see
:mod:`.auth`); SERVICE targets must be allow-listed and ``LOAD`` is refused
(:mod:`.federation`). Each request runs as one transaction: a malformed or
failing update changes nothing. Success answers ``204 No Content``.

``using-graph-uri`` / ``using-named-graph-uri`` are not supported (400):
write ``USING`` / ``USING NAMED`` in the update itself.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from ..store import StoreError
from .auth import write_refusal
from .federation import FederationRefused, check_update
from .responses import problem

__all__ = ["bp", "run_protocol_update"]

bp = Blueprint("update", __name__)


@bp.route("/update", methods=["GET", "POST"])
def endpoint() -> Response:
    """Accept a SPARQL Update by POST."""
    if request.method == "GET":
        return problem(405, "SPARQL Update must be sent with POST", Allow="POST")
    return run_protocol_update()


def _update_text() -> tuple[str | None, Response | None]:
    mimetype = request.mimetype
    if mimetype == "application/sparql-update":
        charset = (request.mimetype_params.get("charset") or "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            return None, problem(415, f"The update must be sent in UTF-8, not {charset}")
        try:
            return request.get_data(cache=True).decode("utf-8"), None
        except UnicodeDecodeError as exc:
            return None, problem(400, f"The update is not valid UTF-8: {exc}")
    if mimetype == "application/x-www-form-urlencoded":
        updates = request.form.getlist("update")
        if len(updates) != 1:
            return None, problem(400, f"exactly one 'update' parameter is needed, got {len(updates)}")
        if "query" in request.form:
            return None, problem(400, "send either 'query' or 'update', not both")
        return updates[0], None
    return None, problem(415, f"Unsupported Content-Type {mimetype or '(none)'!r} for an update: use "
                              "application/sparql-update or application/x-www-form-urlencoded")


def run_protocol_update() -> Response:
    """Check the token, then run the update in the request as one transaction."""
    refusal = write_refusal()
    if refusal is not None:
        return refusal
    text, error = _update_text()
    if error is not None:
        return error
    params = request.form if request.mimetype == "application/x-www-form-urlencoded" else request.args
    if params.getlist("using-graph-uri") or params.getlist("using-named-graph-uri"):
        return problem(400, "using-graph-uri / using-named-graph-uri are not supported: "
                            "write USING / USING NAMED in the update itself")
    try:
        check_update(text, current_app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ())
    except FederationRefused as exc:
        return problem(400, str(exc))
    from .app import current_store  # noqa: PLC0415
    from .sparql import error_response  # noqa: PLC0415

    try:
        current_store().update(text)
    except StoreError as exc:
        return error_response(exc, "Update")
    except Exception as exc:  # noqa: BLE001 - pyoxigraph evaluation errors; the transaction rolled back
        return problem(500, f"Update failed: {exc}")
    return Response(status=204)
