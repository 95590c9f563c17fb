"""The endpoint's limits and their defaults, read from the app settings.

* ``query_timeout`` (s, default 30): every query is stopped at this deadline; a
  request's ``timeout`` parameter may only lower it. A timed-out query answers
  **503** with a text body starting "Query timed out" (what Fuseki does).
* ``max_rows`` (default 100 000): SELECT solutions / CONSTRUCT triples beyond
  this are cut off; the response then carries ``X-SPARQL-MaxRows: N`` (as
  Virtuoso does) and ``X-CouncilGraph-Truncated: true``. ``0`` or None: no limit.
* ``max_request_bytes`` (default 10 MiB): a bigger body answers 413, a longer
  URL query string 414.
* ``workers`` (default 2) query worker processes and ``max_waiting`` (default
  4 × workers) waiting requests; beyond that **503** with ``Retry-After``.
* ``cors_origin`` (default ``*``): ``Access-Control-Allow-Origin`` on the read
  endpoints; empty string disables CORS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from flask import current_app

__all__ = ["Limits", "current_limits", "request_timeout", "BadParameter"]

DEFAULT_QUERY_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024


class BadParameter(ValueError):
    """A request parameter with a value the endpoint cannot use."""


@dataclass(frozen=True)
class Limits:
    query_timeout: float | None = DEFAULT_QUERY_TIMEOUT
    max_rows: int | None = DEFAULT_MAX_ROWS
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    cors_origin: str = "*"


def current_limits() -> Limits:
    """The limits of the running app (from ``create_app`` settings)."""
    return limits_of(current_app.config)


def limits_of(config) -> Limits:
    """The limits an app's configuration sets (``create_app`` settings)."""
    timeout = config.get("COUNCILGRAPH_QUERY_TIMEOUT", DEFAULT_QUERY_TIMEOUT)
    max_rows = config.get("COUNCILGRAPH_MAX_ROWS", DEFAULT_MAX_ROWS)
    return Limits(
        query_timeout=float(timeout) if timeout else None,
        max_rows=int(max_rows) if max_rows else None,
        max_request_bytes=int(config.get("COUNCILGRAPH_MAX_REQUEST_BYTES") or DEFAULT_MAX_REQUEST_BYTES),
        cors_origin=config.get("COUNCILGRAPH_CORS_ORIGIN", "*") or "",
    )


def request_timeout(value: str | None, limits: Limits) -> float | None:
    """The timeout for one request: the server's, or a lower ``timeout`` parameter (seconds)."""
    if value is None or value.strip() == "":
        return limits.query_timeout
    try:
        seconds = float(value)
    except ValueError as exc:
        raise BadParameter(f"timeout must be a number of seconds, not {value!r}") from exc
    if not math.isfinite(seconds) or seconds <= 0:
        raise BadParameter(f"timeout must be a positive number of seconds, not {value!r}")
    if limits.query_timeout is None:
        return seconds
    return min(seconds, limits.query_timeout)
