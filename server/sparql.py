"""The SPARQL 1.1 Protocol endpoint at ``/sparql``.

* query by ``GET ?query=``, by ``POST`` form-encoded (``query=``) or by ``POST``
  ``application/sparql-query`` (dataset parameters in the URL);
* ``default-graph-uri`` / ``named-graph-uri`` (repeatable) set the dataset;
  without them the default graph is the union of all named graphs;
* results negotiated from ``Accept`` or ``format=`` (see :mod:`.negotiation`);
* a bare ``GET /sparql`` returns the SPARQL 1.1 Service Description;
* an update POSTed here (``update=`` or ``application/sparql-update``) is
  handled exactly as at ``/update`` (same token rule).

Status codes: 400 malformed query (parser message with line/column), refused
SERVICE, bad parameters; 405 other methods; 406 nothing acceptable; 413/414
oversized request; 415 wrong Content-Type; 503 timeout ("Query timed out") or
saturation (with ``Retry-After``); 500 evaluation failure.
"""

from __future__ import annotations

import hashlib
import logging

from flask import Blueprint, Response, current_app, request
from werkzeug.wsgi import get_current_url
from urllib.parse import quote

from ..store import QuerySyntaxError, StoreError
from ..store.union_graph import DefaultGraphWrite
from . import negotiation
from .app import current_store
from .federation import FederationRefused, check_query, token_spans
from .limits import BadParameter, current_limits, request_timeout
from .responses import problem
from .workers import NotAcceptableResult, QueryJob, QueryTimeout, Saturated, execute_query

__all__ = ["bp", "run_protocol_query", "error_response", "decode_body", "base_url", "etag_for", "volatile"]

bp = Blueprint("sparql", __name__)
log = logging.getLogger("councilgraph.server")


class _BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def decode_body(kind: str) -> str:
    """The request body as text (UTF-8 only, as the protocol requires)."""
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise _BadRequest(415, f"{kind} must be sent in UTF-8, not {charset}")
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadRequest(400, f"{kind} is not valid UTF-8: {exc}") from exc


def _single(values, name: str) -> str | None:
    found = values.getlist(name)
    if len(found) > 1:
        raise _BadRequest(400, f"exactly one '{name}' parameter is allowed, got {len(found)}")
    return found[0] if found else None


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    """Dispatch a SPARQL Protocol request (query, update, or the service description)."""
    try:
        if request.method == "GET":
            if "update" in request.args:
                return problem(400, "SPARQL Update must be sent with POST (to /update or /sparql), not GET")
            query = _single(request.args, "query")
            if query is None:
                from .service_description import service_description_response  # noqa: PLC0415

                return service_description_response()
            return run_protocol_query(query, request.args)
        mimetype = request.mimetype
        if mimetype == "application/x-www-form-urlencoded":
            form = request.form
            if "update" in form:
                from .update import run_protocol_update  # noqa: PLC0415

                return run_protocol_update()
            query = _single(form, "query")
            if query is None:
                return problem(400, "a form-encoded POST needs a 'query' parameter (or 'update')")
            if "query" in request.args:
                return problem(400, "give the query once: in the form body, not also in the URL")
            return run_protocol_query(query, form, request.args)
        if mimetype == "application/sparql-query":
            if "query" in request.args:
                return problem(400, "give the query once: in the body, not also in the URL")
            return run_protocol_query(decode_body("The query"), request.args)
        if mimetype == "application/sparql-update":
            from .update import run_protocol_update  # noqa: PLC0415

            return run_protocol_update()
        return problem(415, f"Unsupported Content-Type {mimetype or '(none)'!r} for POST /sparql: use "
                            "application/x-www-form-urlencoded, application/sparql-query or application/sparql-update")
    except _BadRequest as exc:
        return problem(exc.status, exc.message)


def run_protocol_query(query: str, params, extra=None) -> Response:
    """Evaluate a query with the protocol parameters in ``params`` (and ``extra``: URL args)."""
    limits = current_limits()

    def get(name):
        value = params.get(name)
        if value is None and extra is not None:
            value = extra.get(name)
        return value

    def getlist(name):
        found = params.getlist(name)
        if not found and extra is not None:
            found = extra.getlist(name)
        return tuple(found)

    try:
        timeout = request_timeout(get("timeout"), limits)
        fmt = get("format") or get("output")
        results_type = negotiation.choose(request.headers.get("Accept"), fmt, negotiation.RESULTS)
        graph_type = negotiation.choose(request.headers.get("Accept"), fmt, negotiation.GRAPH, graph=True)
    except (BadParameter, negotiation.UnknownFormat) as exc:
        return problem(400, str(exc))
    if results_type is None and graph_type is None:
        return _not_acceptable()
    try:
        services = check_query(query, current_app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ())
    except FederationRefused as exc:
        return problem(400, str(exc))
    job = QueryJob(
        query=query,
        results_media_type=results_type,
        graph_media_type=graph_type,
        default_graph_uris=getlist("default-graph-uri"),
        named_graph_uris=getlist("named-graph-uri"),
        base_iri=base_url(request.environ),
        max_rows=limits.max_rows,
        stream=True,
    )
    store = current_store()
    cacheable = request.method in ("GET", "HEAD") and not services and not volatile(query)
    etag = etag_for(store, job, current_app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ()) if cacheable else None
    if etag is not None and etag in request.if_none_match:
        return Response(status=304, headers={"ETag": f'"{etag}"', "Vary": "Accept", "Cache-Control": "no-cache"})
    try:
        result = execute_query(store, job, timeout)
    except NotAcceptableResult:
        return _not_acceptable()
    except StoreError as exc:
        if isinstance(exc, (QueryTimeout, Saturated)) or not isinstance(exc, QuerySyntaxError):
            log.warning("%s: %s | query: %s", type(exc).__name__, exc, " ".join(query.split())[:300])
        return error_response(exc, "Query")
    response = Response(result.body, status=200, content_type=result.media_type)
    response.headers["Vary"] = "Accept"
    if etag is not None:
        response.headers["ETag"] = f'"{etag}"'
        response.headers["Cache-Control"] = "no-cache"  # cache, but revalidate: the data may change
    if getattr(result, "truncated", False):
        response.headers["X-SPARQL-MaxRows"] = str(limits.max_rows)
        response.headers["X-CouncilGraph-Truncated"] = "true"
    return response


_VOLATILE = frozenset({"NOW", "RAND", "UUID", "STRUUID", "BNODE"})


def volatile(query: str) -> bool:
    """Whether the query calls a function whose value changes from one run to the next."""
    return any(kind == "word" and value.upper() in _VOLATILE for kind, value, _ in token_spans(query))


def base_url(environ) -> str:
    """The request URL without its query string (the base IRI of relative IRIs in the query)."""
    host = environ.get("HTTP_HOST")
    if not host:
        return get_current_url(environ, strip_querystring=True)
    path = quote(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""), safe="/:@!$&'()*+,;=~-._")
    return f"{environ.get('wsgi.url_scheme', 'http')}://{host}{path}"


def etag_for(store, job: QueryJob, allow_service) -> str | None:
    """A validator for a GET query: same store version, same query, dataset and media types → same result.

    Only for the embedded store (a remote store's version cannot be trusted to
    change with every write made elsewhere).
    """
    from ..store import OxigraphStore  # noqa: PLC0415
    from .workers import PooledStore  # noqa: PLC0415

    if not isinstance(store, (PooledStore, OxigraphStore)) or not getattr(store, "path", None):
        return None
    key = "\n".join([store.version, job.query, "\t".join(job.default_graph_uris), "\t".join(job.named_graph_uris),
                     job.results_media_type or "", job.graph_media_type or "", job.base_iri or "",
                     str(job.max_rows), ",".join(allow_service)])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _not_acceptable() -> Response:
    offered = sorted(set(negotiation.RESULTS) | set(negotiation.GRAPH))
    return problem(406, "None of the media types in Accept/format can represent this result; this endpoint offers: "
                   + ", ".join(offered))


def error_response(exc: StoreError, what: str) -> Response:
    """The HTTP answer for a store failure (syntax 400, timeout/saturation 503, other 500)."""
    if isinstance(exc, QuerySyntaxError):
        where = ""
        if exc.line is not None and exc.column is not None:
            where = f" (line {exc.line}, column {exc.column})"
        elif exc.line is not None:
            where = f" (line {exc.line})"
        return problem(400, f"Malformed {what.lower()}{where}: {exc.message}")
    if isinstance(exc, DefaultGraphWrite):  # a well-formed update this dataset cannot take
        return problem(400, f"{what} refused: {exc}")
    if isinstance(exc, Saturated):
        return problem(503, str(exc), Retry_After=str(exc.retry_after))
    if isinstance(exc, QueryTimeout):
        return problem(503, str(exc))
    return problem(500, f"{what} failed: {exc}")
