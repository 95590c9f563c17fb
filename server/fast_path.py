"""A lean WSGI front for the most common request: ``GET /sparql?query=...``.

:class:`FastPath` wraps the Flask app. A plain protocol query by GET — one
``query``, optional ``default-graph-uri`` / ``named-graph-uri`` / ``timeout`` /
``format`` / ``output``, no ``If-None-Match``, a URL within the size limit,
CORS either ``*`` or off — is answered here with the same negotiation,
limits, SERVICE allow-listing, ETag, headers and error bodies as the Flask
view (:func:`.sparql.run_protocol_query`), without building a Flask request
context. Anything else (other paths and methods, odd parameters,
revalidation, per-origin CORS) goes to the Flask app unchanged.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qs

from ..store import QuerySyntaxError, StoreError
from . import negotiation
from .cheap_shape import cheap_shape
from .federation import FederationRefused, check_query
from .limits import BadParameter, Limits, limits_of, request_timeout
from .workers import (
    NotAcceptableResult,
    QueryJob,
    QueryTimeout,
    Saturated,
    execute_query,
)

__all__ = ["FastPath"]

log = logging.getLogger("councilgraph.server")

_PARAMS = frozenset({"query", "default-graph-uri", "named-graph-uri", "timeout", "format", "output"})
_SINGLE = ("query", "timeout", "format", "output")


class FastPath:
    """WSGI callable: plain GET queries answered directly, everything else by ``app``."""

    def __init__(self, app) -> None:
        self.app = app
        self.extensions = app.extensions  # the server closes the store through these

    def _limits(self) -> Limits:
        return limits_of(self.app.config)

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") != "/sparql" or environ.get("REQUEST_METHOD") != "GET":
            return self.app(environ, start_response)
        answer = self._answer(environ)
        if answer is None:
            return self.app(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return body

    def _answer(self, environ):
        """(status, headers, body) for a plain GET query, or None to let Flask answer."""
        query_string = environ.get("QUERY_STRING", "")
        if not query_string or "HTTP_IF_NONE_MATCH" in environ:
            return None
        limits = self._limits()
        if len(query_string.encode("latin-1", "replace")) > limits.max_request_bytes:
            return None
        cors = limits.cors_origin.strip()
        if cors not in ("", "*"):
            return None
        try:
            params = parse_qs(query_string, keep_blank_values=True, strict_parsing=False, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return None
        if not params.keys() <= _PARAMS or any(len(params.get(name, ())) > 1 for name in _SINGLE):
            return None
        if "query" not in params:
            return None
        query = params["query"][0]
        accept = environ.get("HTTP_ACCEPT")
        fmt = (params.get("format") or params.get("output") or [None])[0]
        headers = [("Vary", "Accept")]
        if cors == "*":
            headers += [("Access-Control-Allow-Origin", "*"),
                        ("Access-Control-Expose-Headers", "X-SPARQL-MaxRows, X-CouncilGraph-Truncated, Retry-After")]
        try:
            timeout = request_timeout((params.get("timeout") or [None])[0], limits)
            results_type = negotiation.choose(accept, fmt, negotiation.RESULTS)
            graph_type = negotiation.choose(accept, fmt, negotiation.GRAPH, graph=True)
        except (BadParameter, negotiation.UnknownFormat):
            return None  # Flask words the 400
        if results_type is None and graph_type is None:
            return None
        allow = self.app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ()
        from .sparql import base_url, etag_for, volatile

        if cheap_shape(query) is not None:
            services, changing = (), False  # its shape has no SERVICE and calls no function
        else:
            try:
                services = check_query(query, allow)
            except FederationRefused:
                return None
            changing = volatile(query)

        job = QueryJob(
            query=query,
            results_media_type=results_type,
            graph_media_type=graph_type,
            default_graph_uris=tuple(params.get("default-graph-uri", ())),
            named_graph_uris=tuple(params.get("named-graph-uri", ())),
            base_iri=base_url(environ),
            max_rows=limits.max_rows,
            stream=True,
        )
        store = self.app.extensions["councilgraph.store"]
        etag = None if services or changing else etag_for(store, job, allow)
        try:
            result = execute_query(store, job, timeout)
        except NotAcceptableResult:
            return None
        except StoreError as exc:
            if isinstance(exc, (QueryTimeout, Saturated)) or not isinstance(exc, QuerySyntaxError):
                log.warning("%s: %s | query: %s", type(exc).__name__, exc, " ".join(query.split())[:300])
            return _error(exc, headers)
        headers.append(("Content-Type", result.media_type))
        if etag is not None:
            headers += [("ETag", f'"{etag}"'), ("Cache-Control", "no-cache")]
        if getattr(result, "truncated", False):
            headers += [("X-SPARQL-MaxRows", str(limits.max_rows)), ("X-CouncilGraph-Truncated", "true")]
        body = result.body
        if isinstance(body, bytes):
            headers.append(("Content-Length", str(len(body))))
            return "200 OK", headers, [body]
        return "200 OK", headers, body


def _error(exc: StoreError, headers: list):
    from .sparql import error_response

    response = error_response(exc, "Query")
    body = response.get_data()
    out = [h for h in headers if h[0] != "Vary"]
    out += [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
    out.append(("Content-Length", str(len(body))))
    return response.status, out, [body]
