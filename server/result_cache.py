"""A per-process LRU cache of serialised query results, bounded in bytes.

Keyed by the store version and the whole :class:`~.workers.QueryJob` (query
text, dataset parameters, media types, base IRI, row cut): every write gives
the store a new version, so an entry made before a write can never answer a
request made after it (it just ages out). Queries that call ``SERVICE`` or a
function whose value changes between runs (``NOW``, ``RAND``, ``UUID``,
``STRUUID``, ``BNODE``) are never cached. Each HTTP process has its own cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache

from ..sparql_text import token_spans

__all__ = ["ResultCache", "cacheable"]

_UNCACHEABLE = frozenset({"SERVICE", "NOW", "RAND", "UUID", "STRUUID", "BNODE"})


@lru_cache(maxsize=256)
def cacheable(query: str) -> bool:
    """Whether the same query on the same store version always gives the same answer."""
    return not any(kind == "word" and value.upper() in _UNCACHEABLE for kind, value, _ in token_spans(query))


class ResultCache:
    """Results by key, least recently used dropped first; at most ``max_bytes`` of bodies."""

    def __init__(self, max_bytes: int, max_entry_bytes: int | None = None) -> None:
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes if max_entry_bytes is not None else max(1, max_bytes // 16)
        self._entries: OrderedDict = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        with self._lock:
            value = self._entries.get(key)
            if value is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key, value, size: int) -> None:
        if size > self.max_entry_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= old[1]
            self._entries[key] = (value, size)
            self._size += size
            while self._size > self.max_bytes and self._entries:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._size -= dropped

    def lookup(self, key):
        """The cached value for ``key`` or None."""
        entry = self.get(key)
        return None if entry is None else entry[0]

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._entries), "bytes": self._size, "hits": self.hits, "misses": self.misses}
