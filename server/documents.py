"""Browser: a source document as numbered lines, with the facts read from each line."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..store import Store
from .linked_data import page_url, sparql_iri
from .pages import PREFIX_BLOCK, fallback_label, labels_for

__all__ = ["DocumentView", "load_document", "split_lines", "render_lines", "document_lines", "all_document_lines"]


def split_lines(text: str) -> list[str]:
    """Lines exactly as the loader numbers them (``\\n``, ``\\r\\n`` and ``\\r`` only)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass
class DocumentView:
    iri: str
    label: str
    lines: list[str]
    metadata: list[tuple[str, str]]
    #: line number → labels of the entities with evidence starting on that line
    annotations: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    #: every line covered by some evidence
    evidenced: set[int] = field(default_factory=set)


_texts_lock = threading.Lock()
#: (id(store), version) → document IRI → its lines; cleared when the version changes
_texts: dict[int, tuple[str, dict[str, list[str]]]] = {}


def _text_cache(store: Store) -> dict[str, list[str]]:
    version = store.version
    with _texts_lock:
        cached = _texts.get(id(store))
        if cached is None or cached[0] != version:
            cached = (version, {})
            _texts[id(store)] = cached
        return cached[1]


def document_lines(store: Store, iri: str) -> list[str] | None:
    """The lines of one document's ``cg:text`` (kept until the store changes); None if it has none."""
    cache = _text_cache(store)
    lines = cache.get(iri)
    if lines is None:
        rows = store.select(f"{PREFIX_BLOCK}SELECT ?text WHERE {{ {sparql_iri(iri)} cg:text ?text }} LIMIT 1")
        if not rows:
            return None
        lines = cache[iri] = split_lines(str(rows[0]["text"]))
    return lines


def all_document_lines(store: Store) -> dict[str, list[str]]:
    """The lines of every document (one query, kept until the store changes)."""
    cache = _text_cache(store)
    if not cache.get("*complete*"):
        rows = store.select(f"{PREFIX_BLOCK}SELECT ?doc ?text WHERE {{ ?doc a cg:SourceDocument ; cg:text ?text }}")
        for r in rows:
            cache.setdefault(str(r["doc"]), split_lines(str(r["text"])))
        cache["*complete*"] = ["yes"]
    return {k: v for k, v in cache.items() if k != "*complete*"}


def render_lines(view: DocumentView, max_links: int = 6) -> Markup:
    """The numbered, anchored lines as HTML (every piece of text escaped).

    Done in Python rather than a template loop: documents have tens of thousands of lines.
    """
    out = []
    for n, line in enumerate(view.lines, 1):
        cls = "ln has-ev" if n in view.evidenced else "ln"
        ann = ""
        notes = view.annotations.get(n)
        if notes:
            links = "".join(f'<a href="{escape(page_url(iri) or iri)}">{escape(label)}</a>' for iri, label in notes[:max_links])
            extra = f" +{len(notes) - max_links}" if len(notes) > max_links else ""
            ann = f'<span class="ann">{links}{extra}</span>'
        out.append(f'<div class="{cls}" id="L{n}"><a class="num" href="#L{n}" aria-label="Line {n}">{n}</a>'
                   f'<span class="tx">{escape(line)}</span>{ann}</div>')
    return Markup("\n".join(out))


def _plain_rows(store: Store, query: str) -> list[dict[str, str]]:
    """SELECT rows as plain strings (lexical values), straight from SPARQL JSON results."""
    data = json.loads(store.query_raw(query, "application/sparql-results+json").body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def load_document(store: Store, iri: str) -> DocumentView | None:
    ref = sparql_iri(iri)
    rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?label ?file ?kind ?format ?sha ?count WHERE {{ {ref} a cg:SourceDocument .
  OPTIONAL {{ {ref} rdfs:label ?label }} OPTIONAL {{ {ref} cg:fileName ?file }}
  OPTIONAL {{ {ref} cg:documentKind ?kind }} OPTIONAL {{ {ref} dct:format ?format }}
  OPTIONAL {{ {ref} cg:sha256 ?sha }} OPTIONAL {{ {ref} cg:lineCount ?count }} }} LIMIT 1""")
    if not rows:
        return None
    r = rows[0]
    meta = [(name, str(r[var])) for name, var in
            (("File", "file"), ("Kind", "kind"), ("Format", "format"), ("Lines", "count"), ("SHA-256", "sha")) if var in r]
    view = DocumentView(iri, str(r.get("label") or fallback_label(iri)), document_lines(store, iri) or [], meta)
    # thousands of rows: read the JSON results directly rather than as rdflib terms
    ev_rows = _plain_rows(store, f"""{PREFIX_BLOCK}
SELECT DISTINCT ?s ?start ?end WHERE {{ ?ev cg:sourceDocument {ref} ; cg:startLine ?start ; cg:endLine ?end .
  ?s cg:evidence ?ev . }}""")
    labels = labels_for(store, {e["s"] for e in ev_rows if "s" in e})
    for e in ev_rows:
        try:
            start, end, s = int(e["start"]), int(e["end"]), e["s"]
        except (KeyError, TypeError, ValueError):
            continue
        entry = (s, labels.get(s) or fallback_label(s))
        bucket = view.annotations.setdefault(start, [])
        if entry not in bucket:
            bucket.append(entry)
        view.evidenced.update(range(start, min(end, len(view.lines)) + 1))
    for bucket in view.annotations.values():
        bucket.sort(key=lambda x: x[1])
    return view
