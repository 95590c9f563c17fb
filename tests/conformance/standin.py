"""A tiny stand-in SPARQL endpoint over pyoxigraph, for developing the harness only.

Not used by the committed tests unless ``COUNCILGRAPH_TEST_SERVE_CMD`` points at it
(``python tests/conformance/standin.py``); the tests are meant for the real
``councilgraph serve``.  Accepts ``--store DIR --host H --port P`` like the real CLI.
"""
import argparse

import pyoxigraph as ox
from flask import Flask, Response, request

parser = argparse.ArgumentParser()
for flag in ("--store", "--host", "--port", "--update-token"):
    parser.add_argument(flag)
parser.add_argument("--allow-service", action="append")
args = parser.parse_args()
store = ox.Store.read_only(args.store)
app = Flask(__name__)


@app.route("/sparql", methods=["GET", "POST"])
def sparql():
    values = request.values if request.mimetype != "application/sparql-query" else request.args
    query = values.get("query") if request.mimetype != "application/sparql-query" else request.get_data(as_text=True)
    if query is None:
        return Response("", 200, {"Content-Type": "text/turtle"})
    kwargs = {"use_default_graph_as_union": True}
    if values.getlist("default-graph-uri"):
        kwargs = {"default_graph": [ox.NamedNode(g) for g in values.getlist("default-graph-uri")]}
    if values.getlist("named-graph-uri"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in values.getlist("named-graph-uri")]
    try:
        result = store.query(query, **kwargs)
    except SyntaxError as exc:
        return Response(str(exc), 400)
    if isinstance(result, ox.QueryTriples):
        formats = [ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML]
    else:
        formats = [ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV]
    best = request.accept_mimetypes.best_match([f.media_type for f in formats]) or formats[0].media_type
    fmt = next(f for f in formats if f.media_type == best)
    return Response(result.serialize(format=fmt), 200, {"Content-Type": fmt.media_type})


app.run(host=args.host, port=int(args.port), threaded=True)
