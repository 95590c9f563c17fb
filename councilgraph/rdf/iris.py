"""Minting stable, readable data IRIs from entity keys.

An IRI depends only on the entity's schema and key, never on load order:
``("Meeting", ("kent-county-council", "adult-social-care-cabinet-committee", "2023-07-06"))``
→ ``<base>meeting/kent-county-council/adult-social-care-cabinet-committee/2023-07-06``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .. import config
from ..loaders.records import Evidence, Ref

__all__ = ["slug", "schema_segment", "entity_iri", "document_iri", "evidence_iri", "parse_entity_iri"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("23/00074" → "23-00074")."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


#: path segments that are not simply the hyphenated schema name
_SEGMENTS = {"SourceDocument": "document", "AgendaItem": "item"}


def schema_segment(schema: str) -> str:
    """The path segment of a schema: "Meeting" → "meeting", "PostHolding" → "post-holding"."""
    local = schema.rpartition(":")[2]  # "org:Role" → "role"
    return _SEGMENTS.get(local) or _CAMEL.sub("-", local).lower()


def entity_iri(ref: Ref, base: str | None = None) -> str:
    base = base or config.DATA_BASE
    parts = [slug(k) for k in ref.key]
    if not ref.key or not all(parts):
        raise ValueError(f"cannot mint an IRI for {ref}: empty key part")
    return f"{base}{schema_segment(ref.schema)}/{'/'.join(parts)}"


def document_iri(document_id: str, base: str | None = None) -> str:
    return entity_iri(Ref("SourceDocument", (document_id,)), base)


def evidence_iri(subject_iri: str, evidence: Evidence, base: str | None = None) -> str:
    """One evidence node per (subject, place, quote): stable across loads."""
    base = base or config.DATA_BASE
    digest = hashlib.sha1(
        f"{subject_iri}\n{evidence.start_line}\n{evidence.end_line}\n{evidence.quote}".encode()
    ).hexdigest()[:12]
    return f"{base}evidence/{slug(evidence.document_id)}/L{evidence.start_line}-L{evidence.end_line}-{digest}"


def parse_entity_iri(iri: str, base: str | None = None) -> tuple[str, tuple[str, ...]] | None:
    """(schema segment, key parts) of a data IRI under ``base``, or None."""
    base = base or config.DATA_BASE
    if not iri.startswith(base):
        return None
    parts = iri[len(base):].split("/")
    if len(parts) < 2 or not all(parts):
        return None
    return parts[0], tuple(parts[1:])
