"""Quality categories for reports, decisions, contracts and organisations.

Registers four extractors with :func:`councilgraph.loaders.quality.register`
(importing this module is enough; the lead's ``quality`` module or the test
imports it). Gold files: ``tests/loaders/gold/<file stem>.decisions.json``,
``.contracts.json``, ``.organisations.json``, ``.reports.json`` in the format
documented in :mod:`councilgraph.loaders.quality`.

Rows (flat objects of strings):

* ``decisions``: number, title, status (the furthest: taken > endorsed >
  proposed), key_decision ("true"/"false"), considered_at / endorsed_at
  (ISO dates, comma-joined), decision_maker (person forms or post label);
* ``contracts``: title, decision, provider, value, annual_value, max_value,
  start, end (the initial term), extension_start, extension_end, extension_value
  (an extension's period and cost), route, term;
* ``organisations``: name (label), kind (Company/Charity/NHSBody/PublicBody),
  provider ("yes"/"no");
* ``reports``: subject, meeting (ISO date), decision, classification, division.
"""

from __future__ import annotations

from .quality import register
from .records import EntitySet, Ref

__all__ = ["decision_rows", "contract_rows", "organisation_rows", "report_rows"]

_STATUS_ORDER = {"taken": 3, "endorsed": 2, "proposed": 1}
_KINDS = ("Company", "Charity", "NHSBody", "PublicBody")


def _date_of(entities: EntitySet, ref) -> str | None:
    e = entities.get(ref) if isinstance(ref, Ref) else None
    d = e.first("cg:date") if e is not None else None
    return d.isoformat() if d else None


def _dates(entities: EntitySet, refs) -> str | None:
    ds = sorted({d for d in (_date_of(entities, r) for r in refs) if d})
    return ",".join(ds) if ds else None


def _label(entities: EntitySet, ref):
    e = entities.get(ref) if isinstance(ref, Ref) else None
    if e is None:
        return None
    if e.schema == "Person":
        return [str(v) for v in e.values("rdfs:label") + e.values("skos:altLabel")]
    v = e.first("rdfs:label")
    return str(v) if v is not None else None


def _lines(e) -> list[int]:
    return sorted({n for ev in e.evidence for n in range(ev.start_line, ev.end_line + 1)})


def decision_rows(entities: EntitySet) -> list[dict]:
    out = []
    for d in entities.of("Decision"):
        statuses = [str(s) for s in d.values("cg:status")]
        status = max(statuses, key=lambda s: _STATUS_ORDER.get(s, 0)) if statuses else None
        key = d.first("cg:keyDecision")
        makers = d.values("cg:decisionMaker")
        out.append({
            "number": d.first("cg:decisionNumber"),
            "title": d.first("dct:title"),
            "status": status,
            "key_decision": None if key is None else str(bool(key)).lower(),
            "considered_at": _dates(entities, d.values("cg:consideredAt")),
            "endorsed_at": _dates(entities, d.values("cg:endorsedAt")),
            "decision_maker": _label(entities, makers[0]) if makers else None,
            "_lines": _lines(d),
        })
    return out


def _money(e, prop):
    v = e.first(prop)
    return None if v is None else format(v, "f")


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def contract_rows(entities: EntitySet) -> list[dict]:
    out = []
    for c in entities.of("Contract"):
        dec = c.first("cg:authorisedBy")
        start, end = c.first("cg:startDate"), c.first("cg:endDate")
        out.append({
            "title": c.first("dct:title"),
            "decision": dec.key[0] if isinstance(dec, Ref) else None,
            "provider": _label(entities, c.first("cg:provider")),
            "value": _money(c, "cg:valueGBP"),
            "annual_value": _money(c, "cg:annualValueGBP"),
            "max_value": _money(c, "cg:maxValueGBP"),
            "extension_value": _money(c, "cg:extensionValueGBP"),
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "extension_start": _iso(c.first("cg:extensionStartDate")),
            "extension_end": _iso(c.first("cg:extensionEndDate")),
            "route": c.first("cg:procurementRoute"),
            "term": c.first("cg:term"),
            "_lines": _lines(c),
        })
    return out


def organisation_rows(entities: EntitySet) -> list[dict]:
    out = []
    for o in entities.of("Organisation"):
        kinds = [k for k in _KINDS if k in o.types]
        out.append({
            "name": o.first("rdfs:label"),
            "kind": kinds[0] if kinds else None,
            "provider": "yes" if "Provider" in o.types else "no",
            "_lines": _lines(o),
        })
    return out


def report_rows(entities: EntitySet) -> list[dict]:
    out = []
    for r in entities.of("Report"):
        dec = r.first("cg:proposes")
        out.append({
            "subject": r.first("dct:title"),
            "meeting": _date_of(entities, r.first("cg:reportTo")),
            "decision": dec.key[0] if isinstance(dec, Ref) else None,
            "classification": r.first("cg:classification"),
            "division": r.first("cg:electoralDivision"),
            "_lines": _lines(r),
        })
    return out


register("decisions", decision_rows)
register("contracts", contract_rows)
register("organisations", organisation_rows)
register("reports", report_rows)
