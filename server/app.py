"""The Flask application: SPARQL endpoint and linked-data browser.

``create_app(store, **settings)`` builds the app around one
:class:`~councilgraph.store.Store`; blueprints reach data only through that
store interface (``current_store()``).

Settings (all optional; each becomes ``app.config["COUNCILGRAPH_<NAME>"]``):
``update_token`` (writes off without it), ``allow_service`` (SERVICE
allow-list), ``query_timeout`` (s, default 30), ``max_rows`` (default 100 000),
``max_request_bytes`` (default 10 MiB), ``cors_origin`` (default ``*``; empty
disables), ``dump_dir`` (where dumps are cached; a temporary folder by default).
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException

from ..store import Store

__all__ = ["create_app", "current_store"]

#: paths that answer cross-origin requests (reads only; writes never get CORS)
_CORS_PATHS = ("/sparql", "/.well-known/void", "/dumps/")
_CORS_METHODS = "GET, POST, OPTIONS"


def current_store() -> Store:
    """The store of the running app (the only way views reach data)."""
    return current_app.extensions["councilgraph.store"]


def create_app(store: Store, **settings) -> Flask:
    """The CouncilGraph web app over ``store`` (see the module docstring for settings)."""
    from .limits import DEFAULT_MAX_REQUEST_BYTES  # noqa: PLC0415

    app = Flask(__name__)
    app.config.update({f"COUNCILGRAPH_{k.upper()}": v for k, v in settings.items()})
    app.extensions["councilgraph.store"] = store
    max_bytes = int(settings.get("max_request_bytes") or DEFAULT_MAX_REQUEST_BYTES)
    app.config["MAX_CONTENT_LENGTH"] = max_bytes
    app.config["MAX_FORM_MEMORY_SIZE"] = max_bytes
    app.config.setdefault("COUNCILGRAPH_CORS_ORIGIN", "*")
    if app.config["COUNCILGRAPH_CORS_ORIGIN"] is None:
        app.config["COUNCILGRAPH_CORS_ORIGIN"] = "*"
    allow = app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ()
    app.config["COUNCILGRAPH_ALLOW_SERVICE"] = tuple(allow)

    from . import browser, graph_store, sparql, update, void  # noqa: PLC0415 - blueprints import the app helpers

    app.register_blueprint(sparql.bp)
    app.register_blueprint(update.bp)
    app.register_blueprint(graph_store.bp)
    app.register_blueprint(void.bp)
    app.register_blueprint(browser.bp)
    app.before_request(_refuse_long_urls)
    app.after_request(_cors)
    app.register_error_handler(HTTPException, _plain_http_error)
    return app


def _refuse_long_urls() -> Response | None:
    from .responses import problem  # noqa: PLC0415

    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if len(request.query_string) > limit:
        return problem(414, f"The request URL is longer than this server's limit of {limit} bytes; "
                            "POST the query (application/sparql-query) instead")
    return None


def _cors(response: Response) -> Response:
    origin = current_app.config.get("COUNCILGRAPH_CORS_ORIGIN")
    if not origin or not request.path.startswith(_CORS_PATHS):
        return response
    allowed = [o.strip() for o in str(origin).split(",") if o.strip()]
    sent = request.headers.get("Origin")
    if "*" in allowed:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif sent and sent in allowed:
        response.headers["Access-Control-Allow-Origin"] = sent
        response.vary.add("Origin")
    else:
        return response
    response.headers["Access-Control-Expose-Headers"] = "X-SPARQL-MaxRows, X-CouncilGraph-Truncated, Retry-After"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = _CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = request.headers.get(
            "Access-Control-Request-Headers", "Accept, Content-Type")
        response.headers["Access-Control-Max-Age"] = "86400"
    return response


def _plain_http_error(exc: HTTPException) -> Response:
    """Protocol errors as plain text (browser pages may register their own handlers)."""
    from .responses import problem  # noqa: PLC0415

    if exc.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return problem(413, f"The request body is larger than this server's limit of {limit} bytes")
    response = exc.get_response()
    if exc.code == 405 or not request.path.startswith(("/sparql", "/update", "/store")):
        return response
    return problem(exc.code or 500, exc.description or exc.name)
