"""Run the app under gunicorn (not Flask's development server), in the foreground.

``http_workers`` gunicorn worker processes (``gthread``; default: one per
CPU core) serve HTTP, each with its own :class:`~.workers.PooledStore` over
the same store folder: cheap lookups run in the HTTP process over its
read-only view, other queries in its pool of killable query worker processes,
and writes take the store's exclusive lock (:mod:`.store_lock`) so they are
serialised across all processes with no read running meanwhile. The store is
opened (created when missing) only in the workers, *after* the fork — never in
the arbiter: RocksDB's background threads do not survive a fork, and a store
closed in a forked child would wait for them forever. Each worker stops its
query workers when it exits. The WSGI
callable is :class:`~.fast_path.FastPath` in front of the Flask app (plain GET
queries skip Flask's request machinery). SIGTERM / SIGINT stop gunicorn
gracefully.
"""

from __future__ import annotations

import atexit
import logging
import os
from dataclasses import dataclass, field
from typing import Callable

from gunicorn.app.base import BaseApplication

from ..store import Store

__all__ = ["ServeOptions", "open_server_store", "build_app", "serve", "http_workers"]

log = logging.getLogger(__name__)


@dataclass
class ServeOptions:
    """Everything ``councilgraph serve`` configures."""

    store: str | None = None
    host: str = "127.0.0.1"
    port: int = 5000
    update_token: str | None = None
    allow_service: list[str] = field(default_factory=list)
    query_timeout: float | None = 30.0
    max_rows: int | None = 100_000
    max_request_bytes: int = 10 * 1024 * 1024
    workers: int = 2
    http_workers: int | None = None
    cache_bytes: int = 64 * 1024 * 1024
    max_waiting: int | None = None
    threads: int | None = None
    cors_origin: str = "*"
    dump_dir: str | None = None
    backend: str = "oxigraph"
    backend_options: dict = field(default_factory=dict)
    access_log: bool = False


def open_server_store(options: ServeOptions) -> Store:
    """The store the server runs on: a worker-pooled on-disk store, or any other backend in-process."""
    if options.backend == "oxigraph" and options.store:
        from .workers import PooledStore  # noqa: PLC0415

        return PooledStore(options.store, workers=options.workers, timeout=options.query_timeout,
                           max_waiting=options.max_waiting, max_rows=options.max_rows,
                           cache_bytes=options.cache_bytes)
    from ..store import open_store  # noqa: PLC0415

    return open_store(options.store, backend=options.backend, **options.backend_options)


def build_app(options: ServeOptions, store: Store | None = None):
    """The Flask app for ``options`` (opening the store unless one is given)."""
    from .app import create_app  # noqa: PLC0415

    store = store if store is not None else open_server_store(options)
    return create_app(
        store,
        update_token=options.update_token or None,
        allow_service=tuple(options.allow_service or ()),
        query_timeout=options.query_timeout,
        max_rows=options.max_rows,
        max_request_bytes=options.max_request_bytes,
        cors_origin=options.cors_origin,
        dump_dir=options.dump_dir,
    )


class _Gunicorn(BaseApplication):
    """gunicorn embedded: configuration from :class:`ServeOptions`, the app built in the worker."""

    def __init__(self, options: ServeOptions, app_factory: Callable) -> None:
        self.options = options
        self.app_factory = app_factory
        super().__init__()

    def load_config(self) -> None:
        o = self.options
        threads = o.threads or max(8, 2 * o.workers + (o.max_waiting if o.max_waiting is not None else 4 * o.workers))
        settings = {
            "bind": f"[{o.host}]:{o.port}" if ":" in o.host else f"{o.host}:{o.port}",
            "workers": http_workers(o),
            "worker_class": "gthread",
            "threads": threads,
            # a request may legitimately run up to the query timeout (plus statistics / dumps)
            "timeout": int(max(120, (o.query_timeout or 0) * 2 + 30)),
            "graceful_timeout": 10,
            "keepalive": 5,
            # our own limits apply (414/413 from the app); gunicorn's 4 KiB URL cap would cut long GET queries
            "limit_request_line": 0,
            "limit_request_field_size": 16384,
            "accesslog": "-" if o.access_log else None,
            "errorlog": "-",
            "loglevel": "info",
            "proc_name": "councilgraph-serve",
            # several servers may run on one machine (tests, staging): no shared control socket
            "control_socket_disable": True,
            "worker_exit": _close_store_on_exit,
        }
        for key, value in settings.items():
            self.cfg.set(key, value)

    def load(self):
        # timeouts, saturation and failures go to the gunicorn error log (stderr)
        logging.getLogger("councilgraph.server").setLevel(logging.INFO)
        if not logging.getLogger("councilgraph.server").handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("[%(asctime)s] [%(process)d] [%(levelname)s] %(message)s"))
            logging.getLogger("councilgraph.server").addHandler(handler)
        app = self.app_factory()
        atexit.register(_close_store, app)
        _APPS.append(app)
        from .fast_path import FastPath  # noqa: PLC0415

        return FastPath(app)


_APPS: list = []


def _close_store(app) -> None:
    store = app.extensions.get("councilgraph.store")
    if store is not None:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - best effort at exit
            log.exception("closing the store failed")
        app.extensions["councilgraph.store"] = None


def _close_store_on_exit(server, worker) -> None:
    for app in _APPS:
        _close_store(app)


def http_workers(options: ServeOptions) -> int:
    """How many HTTP processes: as asked, else one per CPU core; one for a non-embedded store."""
    if options.http_workers:
        return options.http_workers
    if options.backend != "oxigraph" or not options.store:
        return 1  # an in-memory store is per process; a remote one needs no more
    return max(1, os.cpu_count() or 1)


def serve(options: ServeOptions) -> None:
    """Serve in the foreground until SIGTERM / SIGINT."""
    _Gunicorn(options, lambda: build_app(options)).run()
