"""Serialise everything extraction reads from a document, to compare runs byte for byte.

Used to prove that a speed-up changed no extracted fact: dump every document before the
change, dump again after, and compare (``--check DIR``). The dump lists every entity -
schema, key, extra types, entity evidence, every statement's property, value, language and
evidence (lines and quote) - plus the document kind and warnings, sorted, as JSON.

    .venv/bin/python benchmarks/extraction_dump.py --out var/dump-before FILE...
    .venv/bin/python benchmarks/extraction_dump.py --check var/dump-before FILE...
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from councilgraph.loaders.document import read_source
from councilgraph.loaders.extract import Extraction, extract_document
from councilgraph.loaders.records import Evidence, Ref

__all__ = ["dump_extraction", "dump_file"]


def _value(value) -> list:
    """A value as a JSON list tagged with its Python type (so 1, True and "1" differ)."""
    if isinstance(value, Ref):
        return ["ref", value.schema, list(value.key)]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, (int, Decimal, date, time)):
        return [type(value).__name__, str(value)]
    return [type(value).__name__, value]


def _evidence(ev: Evidence) -> list:
    return [ev.document_id, ev.start_line, ev.end_line, ev.quote]


def _entity(entity) -> dict:
    return {
        "schema": entity.schema,
        "key": list(entity.key),
        "types": sorted(entity.types),
        "evidence": [_evidence(e) for e in entity.evidence],
        "properties": {
            prop: [
                {"value": _value(st.value), "lang": st.lang, "evidence": [_evidence(e) for e in st.evidence]}
                for st in statements
            ]
            for prop, statements in sorted(entity.properties.items())
        },
    }


def dump_extraction(extraction: Extraction) -> str:
    """The extraction as sorted, indented JSON text (entity order does not matter; the
    order of a property's statements and of their evidence does, and is kept)."""
    entities = sorted((_entity(e) for e in extraction.entities),
                      key=lambda d: json.dumps([d["schema"], d["key"]]))
    payload = {
        "document": extraction.source.document_id,
        "kind": extraction.kind,
        "sections": [[s.kind, s.start, s.end] for s in extraction.sections],
        "warnings": list(extraction.warnings),
        "entities": entities,
    }
    return json.dumps(payload, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def dump_file(path: Path) -> str:
    """Extract ``path`` and return its dump."""
    return dump_extraction(extract_document(read_source(path)))


def _dump_name(path: Path) -> str:
    return f"{path.parent.name}__{path.stem}.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--out", type=Path, help="write one dump per file into this folder")
    mode.add_argument("--check", type=Path, help="compare with the dumps in this folder")
    args = parser.parse_args(argv)
    differing = 0
    for path in args.files:
        text = dump_file(path)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / _dump_name(path)).write_text(text, encoding="utf-8")
            continue
        expected = (args.check / _dump_name(path)).read_text(encoding="utf-8")
        same = expected == text
        differing += not same
        print(f"{'same' if same else 'DIFFERENT'}  {path}")
    if args.check:
        print(f"{len(args.files) - differing} of {len(args.files)} identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
