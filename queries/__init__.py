"""Example SPARQL queries: the competency questions researchers and journalists start from.

Each ``*.rq`` file in this folder starts with a comment header::

    # title: All contracts over £1m with provider, decision and decision maker
    # description: Every contract whose stated total value exceeds one million pounds ...

followed by the query. :func:`example_queries` loads them, sorted by file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["ExampleQuery", "example_queries", "QUERIES_DIR", "parse_example"]

QUERIES_DIR = Path(__file__).resolve().parent
_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class ExampleQuery:
    name: str
    title: str
    description: str
    text: str


def parse_example(name: str, text: str) -> ExampleQuery:
    """An :class:`ExampleQuery` from a file's text; its header must give a title and a description."""
    fields: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            current = m.group(1).lower()
            fields[current] = [m.group(2).strip()]
        elif current:
            fields[current].append(line.lstrip("#").strip())
    missing = [f for f in ("title", "description") if not " ".join(fields.get(f, [])).strip()]
    if missing:
        raise ValueError(f"queries/{name}.rq: the comment header lacks {' and '.join(missing)}")
    return ExampleQuery(name, " ".join(fields["title"]).strip(), " ".join(fields["description"]).strip(), text)


@lru_cache(maxsize=1)
def example_queries() -> list[ExampleQuery]:
    """Every example query in this folder, sorted by file name."""
    return [parse_example(p.stem, p.read_text(encoding="utf-8")) for p in sorted(QUERIES_DIR.glob("*.rq"))]
