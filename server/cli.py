"""``councilgraph serve``: the command-line options and the runner.

The main CLI calls :func:`add_serve_arguments` on its ``serve`` sub-parser and
:func:`run_serve` with the parsed arguments. This module also runs on its own
(``python -m councilgraph.server.cli --store DIR ...``) with the same options.
"""

from __future__ import annotations

import argparse
import os
import sys

__all__ = ["add_serve_arguments", "run_serve", "options_from_args", "main"]


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {text}")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` options to ``parser``."""
    parser.add_argument("--store", metavar="DIR", help="the store folder (default: COUNCILGRAPH_STORE or var/store)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to listen on (default 5000)")
    parser.add_argument("--update-token", metavar="TOKEN", default=None,
                        help="bearer token that allows writes (/update, /store); default: the "
                             "COUNCILGRAPH_UPDATE_TOKEN environment variable; without one writes are off")
    parser.add_argument("--allow-service", metavar="URL", action="append", default=[],
                        help="a SPARQL endpoint SERVICE may call (repeatable; default: none)")
    parser.add_argument("--query-timeout", metavar="SECONDS", type=_positive_float, default=30.0,
                        help="stop queries after this many seconds (default 30; requests may lower it "
                             "with timeout=); a timed-out query answers 503")
    parser.add_argument("--max-rows", type=_non_negative_int, default=100_000,
                        help="cut results after this many rows, flagged by the X-SPARQL-MaxRows header "
                             "(default 100000; 0 = no limit)")
    parser.add_argument("--max-request-bytes", type=_non_negative_int, default=10 * 1024 * 1024,
                        help="refuse bigger request bodies (413) and longer URLs (414) (default 10 MiB)")
    parser.add_argument("--workers", type=int, default=2,
                        help="query worker processes per HTTP process, for queries that are not cheap by "
                             "shape (default 2)")
    parser.add_argument("--http-workers", type=int, default=None,
                        help="HTTP processes, each with its own read-only view, query workers and result "
                             "cache (default: one per CPU core; 1 for a remote store)")
    parser.add_argument("--cache-bytes", type=_non_negative_int, default=64 * 1024 * 1024,
                        help="per-process cache of query results, keyed by store version (default 64 MiB; "
                             "0 disables)")
    parser.add_argument("--max-waiting", type=_non_negative_int, default=None,
                        help="requests that may wait for a busy worker before 503 + Retry-After "
                             "(default 4 x workers)")
    parser.add_argument("--threads", type=int, default=None, help="HTTP threads (default: enough for the queue)")
    parser.add_argument("--cors-origin", default="*",
                        help="Access-Control-Allow-Origin for the read endpoints: '*' (default), a comma-"
                             "separated list of origins, or '' to disable CORS")
    parser.add_argument("--dump-dir", metavar="DIR", default=None,
                        help="where generated dumps are cached (default: a temporary folder)")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    remote = parser.add_argument_group("remote store (instead of --store)")
    remote.add_argument("--backend", choices=["oxigraph", "sparql"], default="oxigraph",
                        help="the embedded store (default) or a remote SPARQL 1.1 store")
    remote.add_argument("--query-url", help="remote store: its SPARQL query endpoint URL")
    remote.add_argument("--update-url", help="remote store: its SPARQL update endpoint URL (writes)")
    remote.add_argument("--graph-store-url", help="remote store: its Graph Store Protocol URL (optional)")


def options_from_args(args: argparse.Namespace):
    """:class:`~.serve.ServeOptions` from parsed arguments (environment defaults applied)."""
    from .. import config  # noqa: PLC0415
    from .serve import ServeOptions  # noqa: PLC0415

    backend = getattr(args, "backend", None) or "oxigraph"
    backend_options = {}
    for name in ("query_url", "update_url", "graph_store_url"):
        value = getattr(args, name, None)
        if value:
            backend_options[name] = value
    store = args.store
    if store is None and backend == "oxigraph":
        store = str(config.DEFAULT_STORE)
    if backend == "sparql" and not backend_options.get("query_url"):
        raise SystemExit("--backend sparql needs --query-url")
    if args.workers < 1:
        raise SystemExit("--workers must be at least 1")
    if args.http_workers is not None and args.http_workers < 1:
        raise SystemExit("--http-workers must be at least 1")
    return ServeOptions(
        store=store,
        host=args.host,
        port=args.port,
        update_token=args.update_token or os.environ.get("COUNCILGRAPH_UPDATE_TOKEN") or None,
        allow_service=list(args.allow_service or []),
        query_timeout=args.query_timeout,
        max_rows=args.max_rows or None,
        max_request_bytes=args.max_request_bytes or 10 * 1024 * 1024,
        workers=args.workers,
        http_workers=args.http_workers,
        cache_bytes=args.cache_bytes,
        max_waiting=args.max_waiting,
        threads=args.threads,
        cors_origin=args.cors_origin,
        dump_dir=args.dump_dir,
        backend=backend,
        backend_options=backend_options,
        access_log=args.access_log,
    )


def run_serve(args: argparse.Namespace) -> int:
    """Serve in the foreground until SIGTERM / SIGINT; return the exit status."""
    from .serve import http_workers, serve  # noqa: PLC0415

    options = options_from_args(args)
    where = options.store if options.backend == "oxigraph" else options.backend_options.get("query_url")
    print(f"councilgraph: serving {where} at http://{options.host}:{options.port}/sparql "
          f"(writes {'on' if options.update_token else 'off'}, query timeout {options.query_timeout:g} s, "
          f"{http_workers(options)} HTTP processes x {options.workers} query workers)", file=sys.stderr, flush=True)
    serve(options)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point with the ``serve`` options."""
    parser = argparse.ArgumentParser(prog="councilgraph-serve", description="Serve CouncilGraph over HTTP")
    add_serve_arguments(parser)
    return run_serve(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
