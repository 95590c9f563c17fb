"""Loading files into a store: documents → sections → records → RDF → store.

Committee papers (``.txt``, ``.md``, ``.pdf``) are extracted, mapped to RDF and
stored as one named graph per document (graph IRI = document IRI). RDF files
are bulk-loaded as they are, one named graph per file (dataset files keep the
graphs they name). Each file is loaded atomically; a file that fails is
reported and the others still load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import config
from .loaders.document import DOCUMENT_SUFFIXES, DocumentError, read_source
from .derived import refresh_derived
from .loaders.extract import Extraction, extract_document
from .rdf.iris import document_iri, slug
from .rdf.mapping import source_document_entity, to_ntriples
from .store import DataSyntaxError, Store, StoreError

__all__ = ["FileResult", "load_paths", "expand_paths", "extract_file", "RDF_SUFFIXES", "rdf_graph_iri"]

#: RDF files loaded as they are, by suffix → media type
RDF_SUFFIXES = {
    ".nq": "application/n-quads",
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
}


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    graph: str | None = None
    kind: str = ""
    triples: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the supported files inside named folders (sorted)."""
    supported = set(DOCUMENT_SUFFIXES) | set(RDF_SUFFIXES)
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in supported)
        else:
            yield p  # missing or unsupported files are reported by the loader


def rdf_graph_iri(path: Path, base: str | None = None) -> str:
    """The named graph for an RDF file: ``<base>graph/<file-name-slug>``."""
    return f"{base or config.DATA_BASE}graph/{slug(path.name)}"


def extract_file(path: Path) -> Extraction:
    """Read and extract one committee paper (raises DocumentError)."""
    return extract_document(read_source(path))


def _load_document(path: Path, store: Store, base: str | None) -> FileResult:
    extraction = extract_file(path)
    source = extraction.source
    entities = list(extraction.entities) + [source_document_entity(source, extraction.kind)]
    graph = document_iri(source.document_id, base)
    triples = store.replace_graph(graph, to_ntriples(entities, source.document_id, base))
    return FileResult(path, graph, extraction.kind, triples, extraction.entities.counts(), extraction.warnings)


def _load_rdf(path: Path, store: Store, base: str | None) -> FileResult:
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    graph = rdf_graph_iri(path, base)
    counts = store.load_file(str(path), RDF_SUFFIXES[path.suffix.lower()], graph)
    return FileResult(path, graph if list(counts) == [graph] else f"{len(counts)} graphs", "RDF", sum(counts.values()))


def load_file(path: Path, store: Store, base: str | None = None) -> FileResult:
    """Load one file; never raises for bad input: the result carries the error."""
    suffix = path.suffix.lower()
    try:
        if suffix in RDF_SUFFIXES:
            return _load_rdf(path, store, base)
        if suffix in DOCUMENT_SUFFIXES:
            return _load_document(path, store, base)
        raise DocumentError(
            f"{path}: unsupported file type {suffix or '(none)'}; expected a committee paper "
            f"({', '.join(DOCUMENT_SUFFIXES)}) or RDF ({', '.join(RDF_SUFFIXES)})"
        )
    except (DocumentError, DataSyntaxError, StoreError) as exc:
        return FileResult(path, error=str(exc))


def load_paths(
    paths: Iterable[str | Path],
    store: Store,
    base: str | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Load every file under ``paths`` into ``store``; one result per file."""
    results = []
    for path in expand_paths(paths):
        result = load_file(path, store, base)
        results.append(result)
        if on_file is not None:
            on_file(result)
    if any(r.ok for r in results):
        refresh_derived(store, base)
    return results
