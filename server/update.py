"""SPARQL 1.1 Update at ``/update`` (also accepted on ``POST /sparql``).

``POST`` with ``application/sparql-update`` (the body is the update) or
form-encoded ``update=``. Every update needs the bearer token (see
:mod:`.auth`); SERVICE targets must be allow-listed and ``LOAD`` is refused
(:mod:`.federation`). Each request runs as one transaction: a malformed or
failing update changes nothing. Success answers ``204 No Content``.

``using-graph-uri`` / ``using-named-graph-uri`` become ``USING`` / ``USING
NAMED`` clauses of every ``DELETE``/``INSERT ... WHERE`` operation; an update
that has its own ``USING`` or ``WITH`` together with them is refused (400), as
the protocol requires. Relative IRIs resolve against the endpoint URL.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from ..store import QuerySyntaxError, StoreError
from .auth import write_refusal
from .federation import FederationRefused, check_update, token_spans
from .responses import problem

__all__ = ["bp", "run_protocol_update", "apply_protocol_dataset", "with_base", "DatasetConflict"]

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
    try:
        text = apply_protocol_dataset(text, params.getlist("using-graph-uri"), params.getlist("using-named-graph-uri"))
    except DatasetConflict as exc:
        return problem(400, str(exc))
    text, shift = with_base(text, request.base_url)
    try:
        check_update(text, current_app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ())
    except FederationRefused as exc:
        return problem(400, str(exc))
    from .app import current_store  # noqa: PLC0415
    from .sparql import error_response  # noqa: PLC0415

    try:
        current_store().update(text)
    except QuerySyntaxError as exc:
        return error_response(_unshift(exc, shift), "Update")
    except StoreError as exc:
        return error_response(exc, "Update")
    except Exception as exc:  # noqa: BLE001 - pyoxigraph evaluation errors; the transaction rolled back
        return problem(500, f"Update failed: {exc}")
    return Response(status=204)


class DatasetConflict(ValueError):
    """Protocol dataset parameters given for an update that sets its own dataset, or bad IRIs."""


def apply_protocol_dataset(text: str, using: list[str], using_named: list[str]) -> str:
    """``text`` with ``USING``/``USING NAMED`` clauses for the protocol's dataset parameters.

    They go before the ``WHERE`` of every ``DELETE``/``INSERT`` operation
    (``DELETE WHERE`` shorthand and ``*DATA`` operations have no dataset).
    """
    if not using and not using_named:
        return text
    for iri in [*using, *using_named]:
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise DatasetConflict(f"using-graph-uri / using-named-graph-uri must be IRIs: {exc}") from exc
    spans = token_spans(text)
    if any(kind == "word" and value.upper() in ("USING", "WITH") for kind, value, _ in spans):
        raise DatasetConflict("the update sets its own dataset (USING / USING NAMED / WITH): "
                              "do not also send using-graph-uri / using-named-graph-uri")
    clause = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named]) + " "
    positions = []
    depth = 0
    previous = ""
    for kind, value, start in spans:
        if kind == "other" and value == "{":
            depth += 1
        elif kind == "other" and value == "}":
            depth -= 1
            if depth == 0:
                previous = "}"
        elif depth == 0 and kind == "word" and value.upper() == "WHERE" and previous != "DELETE":
            positions.append(start)
        if depth == 0 and not (kind == "other" and value in ("{", "}")):
            previous = value.upper() if kind == "word" else value
    for start in reversed(positions):
        text = text[:start] + clause + text[start:]
    return text


_SCHEME = re.compile(r"^<[A-Za-z][A-Za-z0-9+.\-]*:")


def with_base(text: str, base: str) -> tuple[str, int]:
    """``text`` with ``BASE <base>`` in front when it has relative IRIs; and how far line 1 shifted."""
    if not any(kind == "iri" and not _SCHEME.match(value) for kind, value, _ in token_spans(text)):
        return text, 0
    prefix = f"BASE <{base}> "
    return prefix + text, len(prefix)


def _unshift(exc: QuerySyntaxError, shift: int) -> QuerySyntaxError:
    """The syntax error's position in the text the client sent (undo :func:`with_base`)."""
    if not shift or exc.line != 1 or exc.column is None:
        return exc
    column = max(1, exc.column - shift)
    message = re.sub(r"at 1:(\d+)", f"at 1:{column}", exc.message, count=1)
    return QuerySyntaxError(message, 1, column)
