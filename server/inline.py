"""Cheap queries evaluated in the HTTP process itself, over its own read-only view.

Only queries that :func:`.cheap_shape.cheap_shape` accepts come here: their
work is bounded by their shape and the row cut, so they need no killable
process. The view is opened read-only and reopened when the store version
(read under the shared lock of :mod:`.store_lock`) changes; every evaluation
holds that lock, so no write runs meanwhile.

No per-row Python work on this path: a SELECT without its own ``LIMIT`` is
asked for at most ``cap + 1`` solutions and serialised by pyoxigraph; since a
JSON solution takes at least 2 bytes and an XML one at least 17, solutions
shorter than that many bytes per ``cap + 1`` rows prove nothing was cut. A
bigger body (or a ``LIMIT`` above the cap) is left to the query workers, which
count rows exactly. CSV/TSV use the exact row-counting writers of
:mod:`.workers`.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

from ..store import StoreError
from .cheap_shape import CheapShape
from .store_lock import StoreLock

__all__ = ["InlineReader"]

#: per format: fewest bytes one solution takes in pyoxigraph's serialisation, where the
#: solutions start (after this marker) and how many bytes close the document after them
_ROW_BYTES = {
    "application/sparql-results+json": (2, b'"bindings":[', 3),  # "{}" ... ]}}
    "application/sparql-results+xml": (17, b"<results>", len(b"</results></sparql>")),  # <result></result>
}


def _maybe_cut(body: bytes, media_type: str, cut: int) -> bool:
    """Whether ``body`` may hold more than ``cut`` solutions (False proves it does not)."""
    least, marker, tail = _ROW_BYTES.get(media_type, (0, b"", 0))
    start = body.find(marker) if marker else -1
    if least == 0 or start < 0:
        return True
    return len(body) - (start + len(marker)) - tail >= least * (cut + 1)
_STALE_VIEW = re.compile(r"Corruption|No such file or directory|IO error")
_ATTEMPTS = 4


class InlineReader:
    """One process's read-only view of the store for cheap queries (thread-safe)."""

    def __init__(self, path: str | Path, lock: StoreLock) -> None:
        self.path = str(path)
        self.lock = lock
        self._view: ox.Store | None = None
        self._version: str | None = None
        self._reopen = threading.Lock()

    def _view_at(self, version: str, stale: bool = False) -> ox.Store:
        view = self._view
        if view is not None and self._version == version and not stale:
            return view
        with self._reopen:
            if self._view is None or self._version != version or (stale and self._view is view):
                self._view = None
                self._view = ox.Store.read_only(self.path)
                self._version = version
            return self._view

    def run(self, job, shape: CheapShape, cap: int, deadline: float | None):
        """The job's result, or None when the shape cannot be answered here within ``cap`` rows.

        Raises :class:`~.store_lock.LockTimeout` when a write holds the store past ``deadline``.
        """
        from .workers import (
            NotAcceptableResult,
            QueryResult,
            _csv,
            _evaluate,
            _results_format,
            _tsv,
        )

        if job.results_media_type is None:
            raise NotAcceptableResult("boolean" if shape.form == "ASK" else "bindings")
        fmt = _results_format(job.results_media_type)
        exact_writer = {ox.QueryResultsFormat.TSV: _tsv, ox.QueryResultsFormat.CSV: _csv}.get(fmt)
        query = job.query
        row_cut = job.max_rows if job.max_rows is not None else cap
        probe = False
        if shape.form == "SELECT" and exact_writer is None:
            if shape.limit is not None and shape.limit <= row_cut:
                pass  # its own LIMIT: nothing can be cut
            elif shape.limit is None and row_cut <= cap:
                query = f"{query}\nLIMIT {row_cut + 1}"
                probe = True
            else:
                return None
        elif exact_writer is not None and row_cut > cap:
            return None
        run_job = replace(job, query=query)
        with self.lock.reading(deadline) as version:
            stale = False
            for attempt in range(_ATTEMPTS):
                view = self._view_at(version, stale)
                try:
                    result = _evaluate(view, run_job)  # the store's own dataset rules
                    if isinstance(result, ox.QueryBoolean):
                        return QueryResult("boolean", result.serialize(format=fmt), fmt.media_type)
                    if exact_writer is not None:
                        body, truncated, rows = exact_writer(result, row_cut)
                        if truncated and job.max_rows is None:
                            return None  # the caller wants everything: the workers will do it
                        return QueryResult("bindings", body, fmt.media_type, truncated,
                                           rows if job.max_rows is not None else None)
                    body = result.serialize(format=fmt)
                except OSError as exc:
                    if attempt + 1 < _ATTEMPTS and _STALE_VIEW.search(str(exc)):
                        stale = True
                        time.sleep(0.02 * (attempt + 1))
                        continue
                    raise StoreError(f"query evaluation failed: {exc}") from exc
                except (StoreError, NotAcceptableResult):
                    raise
                except Exception as exc:
                    raise StoreError(f"query evaluation failed: {exc}") from exc
                break
        if probe and _maybe_cut(body, fmt.media_type, row_cut):
            return None  # perhaps more than the cut: let a worker count exactly
        return QueryResult("bindings", body, fmt.media_type, False, None)
