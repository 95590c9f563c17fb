"""The linked-data browser: entity pages, documents, search, trace, network view, query editor.

Routes (blueprint ``bp``, registered by :func:`councilgraph.server.app.create_app`):

* ``/id/<path>``      303 to ``/page/<path>`` or ``/data/<path>.<ext>`` by Accept (``Vary: Accept``)
* ``/page/<path>``    the HTML page of a data IRI (one template per kind)
* ``/data/<path>[.ttl|.jsonld|.rdf|.nt]``  the concise bounded description
* ``/document/<id>``  a source document's text with numbered, anchored lines
* ``/ontology``       the ontology, HTML or RDF by Accept (``/ontology.ttl`` ...)
* ``/search``, ``/trace``, ``/network``, ``/query`` and their JSON helpers under ``/api/``

Every view reaches data only through :func:`~councilgraph.server.app.current_store`.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict

from flask import Blueprint, Response, abort, current_app, jsonify, redirect, render_template, request, url_for

from .. import config
from ..store import QuerySyntaxError, StoreError
from . import linked_data as ld
from .app import current_store
from .page_sections import sections_for
from .pages import KIND_NAMES, labels_for, load_entity

bp = Blueprint("browser", __name__, template_folder="templates", static_folder="static", static_url_path="/browser-static")

__all__ = ["bp"]


#: pages of the browser run only their own script files: injected markup could not run script
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'")


@bp.after_request
def _security_headers(response: Response) -> Response:
    if response.mimetype == "text/html" and request.endpoint != "browser.ontology":
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


@bp.app_template_filter("page_url")
def _page_url_filter(iri: str) -> str:
    return ld.page_url(iri) or iri


@bp.app_context_processor
def _globals():
    return {"kind_names": KIND_NAMES, "data_base": ld.data_base()}


#: paths of the protocol blueprints, whose errors stay plain text
_PROTOCOL_PATHS = ("/sparql", "/update", "/store", "/dumps", "/.well-known")


def _want_html() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json", "text/plain"])
    return best == "text/html"


@bp.app_errorhandler(404)
def _not_found(error):
    if request.path.startswith(_PROTOCOL_PATHS) or not _want_html():
        from .responses import problem  # noqa: PLC0415

        return problem(404, getattr(error, "description", None) or f"Not found: {request.path}")
    description = getattr(error, "description", "") or ""
    return render_template("404.html", path=request.path, description=description), 404


# -- home -------------------------------------------------------------------
@bp.get("/")
def home():
    store = current_store()
    rows = store.select(f"""PREFIX cg: <{config.ONTOLOGY_NS}>
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?type FILTER(STRSTARTS(STR(?type), STR(cg:))) }} GROUP BY ?type""")
    counts = sorted(((str(r["type"])[len(config.ONTOLOGY_NS):], int(r["n"])) for r in rows), key=lambda x: -x[1])
    providers = store.select(f"""PREFIX cg: <{config.ONTOLOGY_NS}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?label (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c cg:provider ?p . OPTIONAL {{ ?p rdfs:label ?label }} }}
GROUP BY ?p ?label ORDER BY DESC(?n) ?label LIMIT 12""")
    from .query_editor import example_list  # noqa: PLC0415

    return render_template("home.html", counts=counts, providers=providers, examples=example_list()[:8])


# -- linked data ------------------------------------------------------------
def _resolve(rest: str) -> str:
    iri = ld.iri_for_path(rest)
    if not ld.is_safe_iri(iri):
        abort(404, description="That is not a valid identifier.")
    return iri


@bp.get("/id/<path:rest>")
def dereference(rest: str):
    iri = _resolve(rest)
    ext = ld.negotiate(request.accept_mimetypes)
    if ext is None:
        resp = Response("Not acceptable: offer text/html, " + ", ".join(ld.RDF_FORMATS.values()) + "\n", 406, mimetype="text/plain")
        resp.headers["Vary"] = "Accept"
        return resp
    if not ld.exists(current_store(), iri):
        abort(404, description=f"No resource {iri} in this graph.")
    target = ld.page_url(iri) if ext == "html" else f"/data/{rest}.{ext}"
    resp = redirect(target, code=303)
    resp.headers["Vary"] = "Accept"
    return resp


@bp.get("/data/<path:rest>")
def data(rest: str):
    stem, dot, ext = rest.rpartition(".")
    if dot and ext in ld.RDF_FORMATS:
        media_type = ld.RDF_FORMATS[ext]
        vary = False
    else:
        stem = rest
        ext = ld.negotiate(request.accept_mimetypes)
        if ext in (None, "html"):
            ext = "ttl"
        media_type = ld.RDF_FORMATS[ext]
        vary = True
    iri = _resolve(stem)
    store = current_store()
    if not ld.exists(store, iri):
        abort(404, description=f"No resource {iri} in this graph.")
    body = ld.describe(store, iri, media_type)
    resp = Response(body, mimetype=media_type)
    if media_type.startswith("text/"):
        resp.headers["Content-Type"] = f"{media_type}; charset=utf-8"
    if vary:
        resp.headers["Vary"] = "Accept"
    resp.headers["Link"] = f'<{iri}>; rel="describes"'
    return resp


_page_cache: "OrderedDict[tuple, str]" = OrderedDict()
_page_cache_lock = threading.Lock()
_page_cache_chars = 0
#: rendered pages are kept per store version (data changes only with the version), up to
#: this many characters in all (least recently used pages go first)
PAGE_CACHE_CHARS = 64 * 1024 * 1024


def cached_page(view):
    """Keep the HTML a view renders until ``store.version`` changes (LRU, per store)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        store = current_store()
        key = (id(store), store.version, request.full_path)
        with _page_cache_lock:
            body = _page_cache.get(key)
            if body is not None:
                _page_cache.move_to_end(key)
                return body
        body = view(*args, **kwargs)
        if isinstance(body, str) and len(body) < PAGE_CACHE_CHARS // 8:
            global _page_cache_chars
            with _page_cache_lock:
                if key not in _page_cache:
                    _page_cache[key] = body
                    _page_cache_chars += len(body)
                while _page_cache_chars > PAGE_CACHE_CHARS:
                    _, dropped = _page_cache.popitem(last=False)
                    _page_cache_chars -= len(dropped)
        return body

    return wrapper


@bp.get("/page/<path:rest>")
@cached_page
def page(rest: str):
    iri = _resolve(rest)
    if rest.startswith("document/"):
        return redirect(url_for("browser.document", doc_id=rest[len("document/"):]), code=301)
    store = current_store()
    entity = load_entity(store, iri)
    if entity is None:
        abort(404, description=f"No resource {iri} in this graph.")
    names = [entity.label]
    alt = entity.fact("skos:altLabel")
    if alt:
        names += [v.text for v in alt.values]
    sections = sections_for(store, entity.kind, iri, names)
    template = f"kinds/{entity.kind}.html"
    return render_template([template, "entity.html"], entity=entity, sections=sections, rest=rest)


@bp.get("/document/<doc_id>")
@cached_page
def document(doc_id: str):
    from .documents import load_document, render_lines  # noqa: PLC0415

    iri = _resolve(f"document/{doc_id}")
    doc = load_document(current_store(), iri)
    if doc is None:
        abort(404, description=f"No source document {doc_id!r}.")
    return render_template("document.html", doc=doc, lines_html=render_lines(doc), rest=f"document/{doc_id}")


# -- ontology ---------------------------------------------------------------
_ONTOLOGY_EXT = {"ttl": "text/turtle", "rdf": "application/rdf+xml", "owl": "application/rdf+xml",
                 "jsonld": "application/ld+json", "nt": "application/n-triples", "html": "text/html"}


@bp.get("/ontology")
@bp.get("/ontology.<ext>")
def ontology(ext: str | None = None):
    from .. import ontology as onto  # noqa: PLC0415

    if ext is not None:
        if ext not in _ONTOLOGY_EXT:
            abort(404)
        media_type = _ONTOLOGY_EXT[ext]
    else:
        offers = ["text/html", "text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"]
        media_type = request.accept_mimetypes.best_match(offers) if request.accept_mimetypes else "text/html"
        if media_type is None:
            return Response("Not acceptable\n", 406, mimetype="text/plain", headers={"Vary": "Accept"})
    if media_type == "text/html":
        body = _ontology_html()
    else:
        body = onto.serialize_ontology(onto.MEDIA_TYPES[media_type])
    resp = Response(body, mimetype=media_type)
    if ext is None:
        resp.headers["Vary"] = "Accept"
    return resp


def _ontology_html() -> str:
    from .. import ontology as onto  # noqa: PLC0415

    if onto.HTML_PATH.exists():
        html = onto.HTML_PATH.read_text(encoding="utf-8")
    else:
        from ..ontology.docs import render_html  # noqa: PLC0415

        html = render_html()
    # term links (/ontology#Decision) must land whatever the case of the generated anchors
    script = f'<script src="{url_for("browser.static", filename="fragment.js")}"></script>'
    head, sep, tail = html.rpartition("</body>")
    return f"{head}{script}{sep}{tail}" if sep else html + script


# -- search -------------------------------------------------------------------
@bp.get("/search")
def search():
    from .search import index_for  # noqa: PLC0415

    q = request.args.get("q", "").strip()
    kind = request.args.get("kind", "").strip() or None
    results, facets = [], {}
    if q:
        index = index_for(current_store())
        results, facets = index.search(q, kind=kind, limit=50)
    return render_template("search.html", q=q, kind=kind, results=results, facets=facets)


@bp.get("/api/search")
def api_search():
    from .search import index_for  # noqa: PLC0415

    q = request.args.get("q", "").strip()
    kind = request.args.get("kind", "").strip() or None
    if not q:
        return jsonify([])
    results, _ = index_for(current_store()).search(q, kind=kind, limit=_int_arg("limit", 10, 1, 50))
    return jsonify([r.as_dict() for r in results])


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    """An integer URL argument clamped to [low, high]; the default when missing or malformed."""
    try:
        return max(low, min(high, int(request.args.get(name, default))))
    except ValueError:
        return default


# -- trace and network -----------------------------------------------------------
def _pick(arg: str) -> tuple[str | None, str]:
    """An IRI chosen in a trace form: a full IRI, an /id/ or /page/ path, or a search phrase."""
    from .search import index_for  # noqa: PLC0415

    text = request.args.get(arg, "").strip()
    if not text:
        return None, ""
    for prefix in ("/page/", "/id/"):
        if text.startswith(prefix):
            return ld.iri_for_path(text[len(prefix):]), text
    if "://" in text:
        return (text if ld.is_safe_iri(text) else None), text
    hits, _ = index_for(current_store()).search(text, limit=1)
    return (hits[0].iri if hits else None), text


@bp.get("/trace")
def trace():
    from .trace import graph_for  # noqa: PLC0415

    a, a_text = _pick("from")
    b, b_text = _pick("to")
    paths, error = [], None
    if a_text and b_text:
        if not a or not b:
            error = f"Nothing found for {a_text!r}." if not a else f"Nothing found for {b_text!r}."
        else:
            paths = graph_for(current_store()).paths(a, b, limit=_int_arg("limit", 5, 1, 20))
            if not paths:
                error = "These two are not connected in the graph."
    labels = labels_for(current_store(), [x for x in (a, b) if x])
    return render_template("trace.html", a=a, b=b, a_text=a_text, b_text=b_text, paths=paths, error=error, labels=labels)


@bp.get("/network")
def network():
    iri, text = _pick("iri")
    depth = 2 if request.args.get("depth") == "2" else 1
    label = labels_for(current_store(), [iri]).get(iri) if iri else None
    return render_template("network.html", iri=iri, text=text, depth=depth, label=label)


@bp.get("/api/neighbourhood")
def api_neighbourhood():
    from .trace import graph_for  # noqa: PLC0415

    iri = request.args.get("iri", "")
    if not ld.is_safe_iri(iri):
        abort(404)
    depth = 2 if request.args.get("depth") == "2" else 1
    data = graph_for(current_store()).neighbourhood(iri, depth=depth)
    if data is None:
        abort(404)
    return jsonify(data)


# -- query editor --------------------------------------------------------------
@bp.get("/query")
def query_editor():
    from . import query_editor as qe  # noqa: PLC0415

    text = request.args.get("query", "")
    example = request.args.get("example", "")
    if not text and example:
        found = qe.example_by_name(example)
        if found is None:
            abort(404, description=f"No example query {example!r}.")
        text = found.text
    result = error = None
    if text.strip() and request.args.get("run", "1") != "0":
        from .federation import FederationRefused, check_query  # noqa: PLC0415 - same rule as /sparql

        try:
            check_query(text, current_app.config.get("COUNCILGRAPH_ALLOW_SERVICE") or ())
            result = qe.run(current_store(), text)
        except FederationRefused as exc:
            error = str(exc)
        except QuerySyntaxError as exc:
            error = f"Syntax error: {exc.message}"
        except StoreError as exc:
            error = str(exc)
    return render_template("query.html", text=text or qe.DEFAULT_QUERY, examples=qe.example_list(), result=result,
                           error=error, prefixes=qe.PREFIXES, ran=bool(text.strip()), download=qe.download_urls(text))
