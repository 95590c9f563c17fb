"""Browser: the search index — one box over labels, alt labels, titles and decision numbers.

The index is built from the store (one SELECT) and kept per ``store.version``, so it is
rebuilt whenever the data changes. Ranking is fuzzy (rapidfuzz ``WRatio`` on normalised
text, so "Crosroads Care" finds "Crossroads Care Kent"), with boosts for exact, prefix and
whole-word matches and for display labels over alternative names; decision numbers are
matched in their normalised form ("22/0081" finds "22/00081").
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from ..store import Store
from .linked_data import page_url
from .pages import KIND_NAMES, PREFIX_BLOCK, best_label, kind_of

__all__ = ["SearchHit", "SearchIndex", "index_for", "normalise_decision_number"]

_FIELD_WEIGHT = {"label": 1.0, "number": 1.0, "title": 0.97, "alt": 0.95}
_DECISION = re.compile(r"^\s*(\d{2})\s*/\s*(\d{1,5})\s*$")


def normalise_decision_number(text: str) -> str | None:
    """"22/0081" → "22/00081"; None when ``text`` is not a decision number."""
    m = _DECISION.match(text)
    return f"{m.group(1)}/{int(m.group(2)):05d}" if m else None


@dataclass
class SearchHit:
    iri: str
    label: str
    kind: str
    score: float
    matched: str
    url: str

    def as_dict(self) -> dict:
        return {"iri": self.iri, "label": self.label, "kind": self.kind, "kindName": KIND_NAMES.get(self.kind, self.kind),
                "score": round(self.score, 1), "matched": self.matched, "url": self.url}


class SearchIndex:
    """Names of every labelled resource, searchable with typos."""

    def __init__(self, entries: list[tuple[str, str, str]], labels: dict[str, str], kinds: dict[str, str]) -> None:
        #: (iri, text, field)
        self.entries = entries
        self.labels = labels
        self.kinds = kinds
        self._choices = [utils.default_process(text) for _, text, _ in entries]

    @classmethod
    def build(cls, store: Store) -> "SearchIndex":
        rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?s ?text ?field WHERE {{
  {{ ?s rdfs:label ?text BIND("label" AS ?field) }} UNION {{ ?s skos:altLabel ?text BIND("alt" AS ?field) }}
  UNION {{ ?s dct:title ?text BIND("title" AS ?field) }} UNION {{ ?s cg:decisionNumber ?text BIND("number" AS ?field) }}
  FILTER(isIRI(?s))
}}""")
        type_rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?s ?type WHERE {{ ?s a ?type FILTER(?type != cg:Evidence)
  FILTER EXISTS {{ ?s rdfs:label|skos:altLabel|dct:title|cg:decisionNumber ?x }} }}""")
        types: dict[str, set[str]] = {}
        for r in type_rows:
            types.setdefault(str(r["s"]), set()).add(str(r["type"]))
        entries, names = [], {}
        prio = {"label": 0, "title": 1, "number": 2, "alt": 3}
        seen = set()
        for r in rows:
            iri, text, field = str(r["s"]), " ".join(str(r["text"]).split()), str(r["field"])
            if not text or len(text) > 400:
                continue
            names.setdefault(iri, [[], [], [], []])[prio[field]].append(text)
            if (iri, text) in seen:
                continue
            seen.add((iri, text))
            entries.append((iri, text, field))
        labels = {iri: next(best_label(ls) for ls in lists if ls) for iri, lists in names.items()}
        kinds = {iri: kind_of(ts) for iri, ts in types.items()}
        return cls(entries, labels, kinds)

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> tuple[list[SearchHit], dict[str, int]]:
        """Ranked hits (best first) and the number of hits per kind (before the kind filter)."""
        q = utils.default_process(query)
        if not q:
            return [], {}
        number = normalise_decision_number(query)
        best: dict[str, tuple[float, str]] = {}
        candidates = process.extract(q, self._choices, scorer=fuzz.WRatio, processor=None, limit=400, score_cutoff=70)
        for _, score, idx in candidates:
            iri, text, field = self.entries[idx]
            choice = self._choices[idx]
            if choice == q:
                score += 30
            elif choice.startswith(q):
                score += 15
            elif re.search(rf"\b{re.escape(q)}\b", choice):
                score += 8
            score *= _FIELD_WEIGHT.get(field, 0.9)
            if len(q) <= 3 and q not in choice:
                continue  # very short queries: exact substrings only
            if score > best.get(iri, (0, ""))[0]:
                best[iri] = (score, text)
        if number:
            for idx, (iri, text, field) in enumerate(self.entries):
                if field == "number" and text == number:
                    best[iri] = (200.0, text)
        facets = Counter(self.kinds.get(iri, "thing") for iri in best)
        hits = []
        for iri, (score, matched) in best.items():
            k = self.kinds.get(iri, "thing")
            if k == "evidence" or (kind and k != kind):
                continue
            hits.append(SearchHit(iri, self.labels.get(iri, matched), k, score, matched, page_url(iri) or iri))
        hits.sort(key=lambda h: (-h.score, len(h.label), h.label))
        facets.pop("evidence", None)
        return hits[:limit], dict(facets.most_common())


_lock = threading.Lock()
_cache: dict[int, tuple[str, SearchIndex]] = {}


def index_for(store: Store) -> SearchIndex:
    """The index of ``store``, rebuilt when ``store.version`` changes."""
    version = store.version
    key = id(store)
    with _lock:
        cached = _cache.get(key)
        if cached and cached[0] == version:
            return cached[1]
        index = SearchIndex.build(store)
        _cache[key] = (version, index)
        return index
