"""Helpers for the reports engineer's tests: bundled documents extracted once per run."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from councilgraph import config
from councilgraph.loaders.document import SourceText, normalise_ws, read_source
from councilgraph.loaders.extract import Extraction, extract_document

DOCS = config.BUNDLED_DOCUMENTS
GOLD = Path(__file__).resolve().parent / "gold"
STEMS = ["000_85e50b6c2a77ab48", "001_03b3e409ff055485", "003_4b3e521f3552e908", "004_acb2a405277538a0"]


@lru_cache(maxsize=None)
def extracted(stem: str) -> Extraction:
    return extract_document(read_source(DOCS / f"{stem}.txt"))


def extract_text(text: str, name: str = "synthetic.txt") -> Extraction:
    return extract_document(SourceText(name.rsplit(".", 1)[0], name, text))


def quote_is_verbatim(source: SourceText, ev) -> bool:
    return normalise_ws(ev.quote) in normalise_ws(source.span(ev.start_line, ev.end_line))
