"""Checks every extraction test shares: evidence quotes are verbatim where they say they are."""

from __future__ import annotations

from councilgraph.loaders.document import normalise_ws


def assert_quotes_verbatim(extractions: dict) -> int:
    """Assert each evidence quote is in its own lines (whitespace normalised); the number checked."""
    checked = 0
    for d, ex in extractions.items():
        text = normalise_ws(ex.source.text)
        lines = ex.source.lines
        for entity in ex.entities:
            evidence = list(entity.evidence)
            for statements in entity.properties.values():
                for st in statements:
                    evidence.extend(st.evidence)
            for ev in evidence:
                assert ev.document_id == ex.source.document_id
                assert 1 <= ev.start_line <= ev.end_line <= len(lines)
                window = normalise_ws("\n".join(lines[ev.start_line - 1: ev.end_line]))
                assert ev.quote in window, f"{d.name}:{ev.start_line}: {ev.quote!r}"
                assert ev.quote in text
                checked += 1
    return checked
