"""Plain-text error responses shared by the protocol endpoints."""

from __future__ import annotations

from flask import Response

__all__ = ["problem"]


def problem(status: int, message: str, **headers: str) -> Response:
    """A ``text/plain`` error response saying what went wrong (one line or a few)."""
    response = Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain")
    for name, value in headers.items():
        response.headers[name.replace("_", "-")] = value
    return response


def rdf_response(graph, *, default: str = "text/turtle") -> Response:
    """Serialise an rdflib graph in the media type negotiated from Accept / ``format=``."""
    from flask import request  # noqa: PLC0415

    from . import negotiation  # noqa: PLC0415

    offers = dict(negotiation.GRAPH)
    for dataset_type in negotiation.DATASET:
        offers.pop(dataset_type, None)
    if default in offers:
        offers = {default: offers[default], **offers}
    try:
        media_type = negotiation.choose(request.headers.get("Accept"), request.args.get("format"), offers, graph=True)
    except negotiation.UnknownFormat as exc:
        return problem(400, str(exc))
    if media_type is None:
        return problem(406, "no acceptable RDF media type; offered: " + ", ".join(offers))
    rdflib_format = _RDFLIB_FORMATS[media_type]
    body = graph.serialize(format=rdflib_format)
    if isinstance(body, str):
        body = body.encode("utf-8")
    response = Response(body, content_type=f"{media_type}; charset=utf-8" if media_type != "application/n-triples"
                        else media_type)
    response.headers["Vary"] = "Accept"
    return response


_RDFLIB_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}
