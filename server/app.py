"""The Flask application: SPARQL endpoint and linked-data browser.

``create_app(settings)`` builds the app around one :class:`~councilgraph.store.Store`;
blueprints reach data only through that store interface (``current_store()``).
"""

from __future__ import annotations

from flask import Flask, current_app

from ..store import Store

__all__ = ["create_app", "current_store"]


def current_store() -> Store:
    """The store of the running app (the only way views reach data)."""
    return current_app.extensions["councilgraph.store"]


def create_app(store: Store, **settings) -> Flask:
    app = Flask(__name__)
    app.config.update({f"COUNCILGRAPH_{k.upper()}": v for k, v in settings.items()})
    app.extensions["councilgraph.store"] = store

    from . import sparql, browser  # noqa: PLC0415 - blueprints import the app helpers

    app.register_blueprint(sparql.bp)
    app.register_blueprint(browser.bp)
    return app
