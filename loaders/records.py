"""Typed records: what a parser read, with the evidence of where it read it.

This module is the wall between reading documents and building RDF: it imports
no RDF library. Parsers produce :class:`Entity` records; ``councilgraph.rdf``
turns them into triples.

The model follows FollowTheMoney's "schema as data" idea:

* an :class:`Entity` has a ``schema`` (the local name of a ``cg:`` class such as
  ``"Meeting"``) and a ``key`` - the tuple of identity parts its IRI is minted
  from, so that the same meeting, person or decision gets the same IRI however
  often, and in whatever order, documents are loaded;
* its facts are :class:`Statement` s keyed by a CURIE from the public vocabulary
  (``"cg:date"``, ``"rdfs:label"``, ``"org:member"``); a value is a plain Python
  value (``str``, ``int``, ``Decimal``, ``bool``, ``date``, ``time``) or a
  :class:`Ref` to another entity;
* every statement may carry :class:`Evidence` - document, lines and a verbatim
  quote - attached at the moment the text is read, never reconstructed later.

Use :func:`Entity.add` (pupa's ``add_source`` idea) so evidence travels with
each fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Iterable, Iterator, Union

__all__ = ["Evidence", "Ref", "Statement", "Entity", "Value", "EntitySet"]


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was read: a document, 1-based inclusive lines, a verbatim quote.

    ``quote`` must occur in the document's text (whitespace may be normalised):
    build it with :meth:`councilgraph.loaders.document.SourceText.evidence`,
    which checks that.
    """

    document_id: str
    start_line: int
    end_line: int
    quote: str

    def __post_init__(self) -> None:
        if self.start_line < 1 or self.end_line < self.start_line:
            raise ValueError(f"bad evidence lines {self.start_line}-{self.end_line}")
        if not self.quote.strip():
            raise ValueError("evidence quote is empty")


@dataclass(frozen=True, order=True)
class Ref:
    """A reference to another entity by schema and identity key."""

    schema: str
    key: tuple[str, ...]


Value = Union[str, int, Decimal, bool, date, time, Ref]


@dataclass(frozen=True)
class Statement:
    """One value of one property, with the evidence for it (possibly none)."""

    value: Value
    evidence: tuple[Evidence, ...] = ()
    lang: str | None = None


@dataclass
class Entity:
    """One thing the graph describes, as read from one document."""

    schema: str
    key: tuple[str, ...]
    properties: dict[str, list[Statement]] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    #: extra rdf:types (cg: local names) beyond ``schema``, e.g. "Provider"
    types: set[str] = field(default_factory=set)

    @property
    def ref(self) -> Ref:
        return Ref(self.schema, self.key)

    def add(self, prop: str, value: Value | None, *evidence: Evidence | None) -> "Entity":
        """Add a value for ``prop`` with its evidence; ``None`` values are ignored.

        Duplicate values are merged (their evidence is unioned).
        """
        if value is None or (isinstance(value, str) and not value.strip()):
            return self
        ev = tuple(e for e in evidence if e is not None)
        values = self.properties.setdefault(prop, [])
        for i, st in enumerate(values):
            if st.value == value and type(st.value) is type(value):
                merged = tuple(dict.fromkeys(st.evidence + ev))
                values[i] = Statement(st.value, merged, st.lang)
                return self
        values.append(Statement(value, ev))
        return self

    def add_source(self, *evidence: Evidence | None) -> "Entity":
        """Record evidence for the entity as a whole (that it exists)."""
        for e in evidence:
            if e is not None and e not in self.evidence:
                self.evidence.append(e)
        return self

    def first(self, prop: str) -> Value | None:
        values = self.properties.get(prop)
        return values[0].value if values else None

    def values(self, prop: str) -> list[Value]:
        return [st.value for st in self.properties.get(prop, [])]

    def merge(self, other: "Entity") -> None:
        """Fold another record of the same entity into this one."""
        if (other.schema, other.key) != (self.schema, self.key):
            raise ValueError(f"cannot merge {other.ref} into {self.ref}")
        for prop, statements in other.properties.items():
            for st in statements:
                self.add(prop, st.value, *st.evidence)
        self.add_source(*other.evidence)
        self.types |= other.types


class EntitySet:
    """The entities read from one document, merged by (schema, key)."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._by_ref: dict[Ref, Entity] = {}
        for e in entities:
            self.put(e)

    def put(self, entity: Entity) -> Entity:
        """Add ``entity``, merging with an existing record of the same ref."""
        existing = self._by_ref.get(entity.ref)
        if existing is None:
            self._by_ref[entity.ref] = entity
            return entity
        if existing is not entity:
            existing.merge(entity)
        return existing

    def get(self, ref: Ref) -> Entity | None:
        return self._by_ref.get(ref)

    def of(self, schema: str) -> list[Entity]:
        return [e for e in self._by_ref.values() if e.schema == schema]

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._by_ref.values())

    def __len__(self) -> int:
        return len(self._by_ref)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self._by_ref.values():
            out[e.schema] = out.get(e.schema, 0) + 1
        return out
