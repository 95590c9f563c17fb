"""The ``councilgraph`` command line: load, query, serve, export, validate, documents, remove.

Exit codes: 0 success; 1 some input could not be loaded / validation failed;
2 a malformed query or bad usage; 3 the store could not be opened.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import config
from .store import QuerySyntaxError, Store, StoreError, open_store

err = Console(stderr=True)
# piped output (scripts, CI logs) is not cut to 80 columns
out = Console(width=None if sys.stdout.isatty() else 200)

QUERY_FORMATS = {
    "table": None,
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
#: what the load summary counts per document: (record schemas, column label)
SUMMARY_COLUMNS = [
    (("Meeting",), "meetings"),
    (("AgendaItem",), "items"),
    (("Person",), "people"),
    (("Decision",), "decisions"),
    (("Report",), "reports"),
    (("Contract",), "contracts"),
    (("Organisation", "Provider"), "orgs"),
    (("InterestDeclaration",), "declared"),
]
EXPORT_FORMATS = {
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


# -- store options ------------------------------------------------------------
def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("store")
    g.add_argument("--store", type=Path, default=config.DEFAULT_STORE, help="embedded store folder (default: %(default)s)")
    g.add_argument("--backend", choices=["oxigraph", "sparql"], default="oxigraph", help="embedded pyoxigraph store, or a remote SPARQL 1.1 store")
    g.add_argument("--query-url", help="remote store: SPARQL query endpoint URL")
    g.add_argument("--update-url", help="remote store: SPARQL update endpoint URL")
    g.add_argument("--graph-store-url", help="remote store: Graph Store Protocol URL (optional)")


def store_from_args(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    try:
        if args.backend == "sparql":
            if not args.query_url:
                raise CliError("--backend sparql needs --query-url (and --update-url to write)", 2)
            return open_store(backend="sparql", query_url=args.query_url, update_url=args.update_url, graph_store_url=args.graph_store_url)
        if read_only and not (args.store / "CURRENT").exists():
            raise CliError(f"no store at {args.store}: load documents first (councilgraph load PATH --store {args.store})", 3)
        return open_store(args.store, read_only=read_only)
    except StoreError as exc:
        message = str(exc)
        if "lock" in message.lower():
            message += " (is a server or another command using this store? stop it, or query the running server's /sparql)"
        raise CliError(message, 3) from exc


# -- commands -----------------------------------------------------------------
def cmd_load(args: argparse.Namespace) -> int:
    from .derived import refresh_derived
    from .pipeline import expand_paths, load_file

    files = list(expand_paths(args.paths))
    if not files:
        raise CliError("nothing to load: no supported files under " + ", ".join(args.paths))
    results = []
    with store_from_args(args) as store:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=args.quiet or not err.is_terminal) as progress:
            task = progress.add_task("loading", total=len(files))
            for path in files:
                progress.update(task, description=f"loading {path.name}")
                results.append(load_file(path, store, args.base))
                progress.advance(task)
            if any(r.ok for r in results):
                refresh_derived(store, args.base)
    table = Table(title="Loaded")
    table.add_column("file", no_wrap=True)
    table.add_column("kind")
    table.add_column("triples", justify="right")
    for _, label in SUMMARY_COLUMNS:
        table.add_column(label, justify="right")
    table.add_column("status", overflow="fold")
    for r in results:
        cells = [str(sum(r.counts.get(s, 0) for s in schemas)) if r.ok else "" for schemas, _ in SUMMARY_COLUMNS]
        table.add_row(r.path.name, r.kind, str(r.triples) if r.ok else "", *cells, "ok" if r.ok else "failed")
    if not args.quiet:
        out.print(table)
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"error: {r.error}", file=sys.stderr)
    if args.verbose:
        for r in results:
            for w in r.warnings:
                print(f"warning: {w}", file=sys.stderr)
    return 1 if failed else 0


def _read_query(text: str) -> str:
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot read query file {path}: {exc.strerror}", 2) from exc
    if text == "-":
        return sys.stdin.read()
    return text


def cmd_query(args: argparse.Namespace) -> int:
    query = _read_query(args.query)
    with store_from_args(args, read_only=True) as store:
        try:
            if args.format == "table":
                return _print_table(store, query)
            media = QUERY_FORMATS[args.format]
            result = store.query_raw(query, media)
            if result.kind == "graph" and args.format not in ("turtle", "ntriples"):
                raise CliError(f"a CONSTRUCT/DESCRIBE result is a graph: use --format turtle or ntriples, not {args.format}", 2)
            if result.kind != "graph" and args.format in ("turtle", "ntriples"):
                raise CliError(f"--format {args.format} is for CONSTRUCT/DESCRIBE; use table, csv, tsv, json or xml", 2)
        except QuerySyntaxError as exc:
            where = f" at line {exc.line}, column {exc.column}" if exc.line else ""
            raise CliError(f"malformed query{where}: {exc.message}", 2) from exc
        except StoreError as exc:
            raise CliError(str(exc), 2) from exc
    sys.stdout.buffer.write(result.body)
    if not result.body.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    return 0


def _print_table(store: Store, query: str) -> int:
    result = store.query_raw(query, "application/sparql-results+json")
    if result.kind == "graph":
        result = store.query_raw(query, "text/turtle")
        sys.stdout.buffer.write(result.body)
        return 0
    data = json.loads(result.body)
    if "boolean" in data:
        out.print("true" if data["boolean"] else "false")
        return 0
    names = data["head"]["vars"]
    table = Table(*names, show_lines=False)
    for row in data["results"]["bindings"]:
        table.add_row(*(row[n]["value"] if n in row else "" for n in names))
    out.print(table)
    out.print(f"{len(data['results']['bindings'])} rows")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    media = EXPORT_FORMATS[args.format]
    with store_from_args(args, read_only=True) as store:
        buf = io.BytesIO()
        if args.graph is None and args.format in ("turtle", "ntriples"):
            # a one-graph format for the whole dataset: the union graph
            result = store.query_raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", media)
            buf.write(result.body)
        else:
            if args.graph is not None and args.graph not in store.graphs():
                raise CliError(f"no graph {args.graph} in the store (see: councilgraph documents)")
            try:
                store.dump(buf, media, args.graph)
            except StoreError as exc:
                raise CliError(str(exc), 2) from exc
    data = buf.getvalue()
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _documents(store: Store) -> list[dict[str, str]]:
    rows = store.select(
        config.sparql_prefixes(("cg", "rdfs"))
        + "SELECT ?doc ?file ?kind ?lines WHERE { GRAPH ?doc { ?doc a cg:SourceDocument . "
        "OPTIONAL { ?doc cg:fileName ?file } OPTIONAL { ?doc cg:documentKind ?kind } OPTIONAL { ?doc cg:lineCount ?lines } } }"
    )
    return [{k: str(v) for k, v in r.items()} for r in rows]


def cmd_documents(args: argparse.Namespace) -> int:
    with store_from_args(args, read_only=True) as store:
        graphs = store.graphs()
        docs = {d["doc"]: d for d in _documents(store)}
    from .derived import derived_graph_iri

    derived = {derived_graph_iri(args.base): "derived: labels, statuses, same-person links"}
    table = Table("graph", "file", "kind", "lines", "triples")
    for g, n in graphs.items():
        d = docs.get(g, {})
        kind = d.get("kind", "") if g in docs else derived.get(g, "RDF")
        table.add_row(g, d.get("file", ""), kind, d.get("lines", ""), str(n))
    out.print(table)
    out.print(f"{len(graphs)} graphs, {sum(graphs.values())} triples")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from .derived import refresh_derived
    from .rdf.iris import document_iri

    with store_from_args(args) as store:
        graphs = store.graphs()
        docs = _documents(store)
        target = None
        for candidate in (args.document, document_iri(args.document, args.base)):
            if candidate in graphs:
                target = candidate
        for d in docs:
            if args.document in (d.get("file"), Path(d.get("file", "")).stem):
                target = d["doc"]
        if target is None:
            raise CliError(f"no loaded document or graph matches {args.document!r} (see: councilgraph documents)")
        store.remove_graph(target)
        refresh_derived(store, args.base)
    out.print(f"removed {target} ({graphs[target]} triples)")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """SHACL-validate each named graph on its own and their union (what /sparql serves)."""
    import rdflib

    from .ontology.validate import validate_graph

    with store_from_args(args, read_only=True) as store:
        buf = io.BytesIO()
        if args.graph:
            if args.graph not in store.graphs():
                raise CliError(f"no graph {args.graph} in the store (see: councilgraph documents)")
            store.dump(buf, "application/n-triples", args.graph)
            data: rdflib.Graph = rdflib.Graph().parse(data=buf.getvalue(), format="nt")
        else:
            store.dump(buf, "application/n-quads")
            data = rdflib.Dataset()
            data.parse(data=buf.getvalue(), format="nquads")
    conforms, report, _ = validate_graph(data)
    if conforms:
        out.print(f"conforms to ontology/shapes.ttl ({len(data)} triples)" if args.graph else "every graph and their union conform to ontology/shapes.ttl")
        return 0
    print(report)
    print("SHACL violations found", file=sys.stderr)
    return 1


def cmd_report_extraction(args: argparse.Namespace) -> int:
    from .loaders import quality

    misses = getattr(args, "misses", False)
    heldout = getattr(args, "heldout", None)
    if not (heldout and getattr(args, "heldout_only", False)):
        print(quality.report(args.gold, args.documents, misses=misses))
    if heldout:
        folder = quality.HELDOUT_FOLDER if heldout is True else heldout
        print("\n" + quality.report_heldout(folder, misses=misses))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .server.cli import run_serve

    return run_serve(args) or 0


# -- parser -------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="councilgraph", description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=config.DATA_BASE, help="base of data IRIs (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("load", help="extract committee papers and load RDF files into the store",
                       description="Load committee papers (.txt .md .pdf: extracted) and RDF files (.nq .trig .nt .ttl .jsonld .rdf: "
                                   "loaded as they are), files or folders. Each file is one named graph, replaced atomically on reload.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary table")
    p.add_argument("-v", "--verbose", action="store_true", help="print extraction warnings")
    add_store_arguments(p)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("query", help="run a SPARQL query against the store",
                       description="Run a SELECT/ASK/CONSTRUCT/DESCRIBE query (text, @FILE, or - for stdin) over the union of all graphs.")
    p.add_argument("query", metavar="QUERY_OR_@FILE")
    p.add_argument("--format", choices=list(QUERY_FORMATS), default="table", help="json is SPARQL 1.1 Query Results JSON (default: table)")
    add_store_arguments(p)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("serve", help="serve the SPARQL endpoint and the browser",
                       description="Serve /sparql, /update, /store and the browser with a production WSGI server.")
    from .server.cli import add_serve_arguments

    add_serve_arguments(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="write the dataset or one graph as RDF")
    p.add_argument("--format", choices=list(EXPORT_FORMATS), required=True)
    p.add_argument("--graph", metavar="IRI", help="one named graph (default: everything)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_store_arguments(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="validate the graphs against the SHACL shapes")
    p.add_argument("--graph", metavar="IRI", help="one named graph (default: every graph)")
    add_store_arguments(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("documents", help="list loaded documents and graphs with triple counts")
    add_store_arguments(p)
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("remove", help="drop a loaded document (by file name, id or graph IRI)")
    p.add_argument("document", metavar="DOC")
    add_store_arguments(p)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("report-extraction", help="score the extractor against the hand-checked gold files")
    p.add_argument("documents", nargs="*", type=Path, default=[config.BUNDLED_DOCUMENTS], help="documents or folders (default: bundled)")
    p.add_argument("--gold", type=Path, default=Path("tests/loaders/gold"), help="gold folder (default: %(default)s)")
    p.add_argument("--heldout", nargs="?", const=True, type=Path, metavar="FOLDER",
                   help="also score the blind held-out packs (FOLDER/*.txt, gold in FOLDER/gold; default: tests/loaders/heldout)")
    p.add_argument("--heldout-only", action="store_true", help="with --heldout: skip the bundled documents' table")
    p.add_argument("--misses", action="store_true", help="list every false negative / false positive under each document's table")
    p.set_defaults(func=cmd_report_extraction)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"councilgraph {args.command}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
