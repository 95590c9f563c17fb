"""Browser: where documents name something — line numbers of each name in each document's text.

The texts (``cg:text`` of each ``cg:SourceDocument``) are read once per ``store.version``
and kept lower-cased by line, so a provider page can list every line that names it
without scanning megabytes of text in SPARQL on each view.
"""

from __future__ import annotations

import threading

from ..store import Store
from .documents import split_lines
from .pages import PREFIX_BLOCK

__all__ = ["mentions_for"]

_lock = threading.Lock()
_cache: dict[int, tuple[str, dict[str, list[str]]]] = {}


def _texts(store: Store) -> dict[str, list[str]]:
    version = store.version
    with _lock:
        cached = _cache.get(id(store))
        if cached and cached[0] == version:
            return cached[1]
        rows = store.select(f"{PREFIX_BLOCK}SELECT ?doc ?text WHERE {{ ?doc a cg:SourceDocument ; cg:text ?text }}")
        texts = {str(r["doc"]): [" ".join(line.split()).lower() for line in split_lines(str(r["text"]))] for r in rows}
        _cache[id(store)] = (version, texts)
        return texts


def mentions_for(store: Store, names: list[str]) -> dict[str, list[int]]:
    """Document IRI → the 1-based numbers of the lines naming any of ``names`` (case-insensitive)."""
    wanted = [" ".join(n.split()).lower() for n in names if n.strip()]
    if not wanted:
        return {}
    out: dict[str, list[int]] = {}
    for doc, lines in _texts(store).items():
        hits = [i for i, line in enumerate(lines, 1) if any(w in line for w in wanted)]
        if hits:
            out[doc] = hits
    return out
