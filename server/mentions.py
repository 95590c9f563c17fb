"""Browser: where documents name something — line numbers of each name in each document's text.

The texts come from :func:`.documents.all_document_lines` (read once per ``store.version``);
the lower-cased lines are kept here too, so a provider page can list every line that names
it without scanning megabytes of text in SPARQL on each view.
"""

from __future__ import annotations

import threading

from ..store import Store
from .documents import all_document_lines

__all__ = ["mentions_for"]

_lock = threading.Lock()
_cache: dict[int, tuple[str, dict[str, list[str]]]] = {}


def _lowered(store: Store) -> dict[str, list[str]]:
    version = store.version
    with _lock:
        cached = _cache.get(id(store))
        if cached and cached[0] == version:
            return cached[1]
    texts = {doc: [" ".join(line.split()).lower() for line in lines] for doc, lines in all_document_lines(store).items()}
    with _lock:
        _cache[id(store)] = (version, texts)
    return texts


def mentions_for(store: Store, names: list[str]) -> dict[str, list[int]]:
    """Document IRI → the 1-based numbers of the lines naming any of ``names`` (case-insensitive)."""
    wanted = [" ".join(n.split()).lower() for n in names if n.strip()]
    if not wanted:
        return {}
    out: dict[str, list[int]] = {}
    for doc, lines in _lowered(store).items():
        hits = [i for i, line in enumerate(lines, 1) if any(w in line for w in wanted)]
        if hits:
            out[doc] = hits
    return out
