"""Extraction quality: score a document's records against hand-written gold files.

Gold file format
================

One JSON file per document and *area*, ``tests/loaders/gold/<file stem>.<area>.json``
(e.g. ``000_85e50b6c2a77ab48.attendance.json``; the file stem is the document's
file name without its suffix)::

    {
      "document": "000_85e50b6c2a77ab48.txt",
      "area": "attendance",
      "checked_by": "who checked it, against which lines",
      "categories": {
        "present": {
          "match": ["meeting", "person"],          # fields that decide a match
          "items": [
            {"meeting": "2023-07-06", "person": "Mr A M Ridgers", "line": 11},
            ...
          ]
        },
        ...
      }
    }

* Every item is a flat object. ``line`` (1-based line where the fact is printed),
  ``quote`` and any field starting with ``_`` are documentation: never compared.
* ``match`` lists the fields that decide whether an extracted item is the gold
  item (default: every non-documentation field). Other fields present in a gold
  item are *attributes*: among matched items, the share whose attribute equals
  the gold value is reported per field (e.g. a contract's provider, value, dates).
* Field comparison depends on the field name:

  - person fields (``person``, ``for``, ``chair``, ``holder``, ``from``,
    ``decision_maker``, any name ending ``_person``): two printed names match when
    their surnames agree (fuzzy ≥ 85), their first initials agree where both are
    printed and their titles do not contradict (Mr ≠ Mrs/Ms);
  - text fields (``title``, ``text``, ``subject``, ``resolution``, ``name``,
    any name ending ``_text``): white space and case are normalised, then the gold
    text must be contained in the extracted text or the other way round, or the
    two be ≥ 90 similar;
  - ``persons`` / ``forms`` (lists of names): see the ``people`` category;
  - everything else: equal after white space / case normalisation (numbers are
    compared as numbers: "3000000" equals "3000000.00").

* ``"scope": [first line, last line]`` (optional, per category) limits the
  extracted records scored to those with evidence in that line range (for
  categories whose rows carry ``_lines``: ``meetings``, ``people``), so a gold
  file for the minutes part of a pack is not penalised by people read from its
  reports.
* The ``people`` category is special: an item is ``{"name": <fullest form>,
  "forms": [every printed form ...]}``; an extracted ``cg:Person`` matches it when
  any of its labels matches any form (person rule above). Each gold person can be
  matched once, so a person split into two records costs precision.

Categories produced by the extraction (see :data:`EXTRACTORS`; other modules
register more with :func:`register`, e.g. ``quality_reports`` for decisions,
contracts, organisations and reports): ``meetings`` (date, status, venue,
start_time, committee), ``chair``, ``present``, ``also_present``,
``in_attendance`` (+ ``role``), ``apologies``, ``attended_virtually``,
``substitutes`` (person, for), ``declarations`` (person, item, text),
``minute_items`` (minute, item, title), ``agenda_items`` (front-sheet items:
item, title, pages), ``resolutions`` (minute, text), ``votes`` (minute, position
= for/against/abstain, person or count), ``attended_item`` (person, minute, item),
``people``, ``memberships`` (meeting = the date it is stated for, person, role,
party). Attendance rows carry ``meeting`` = the ISO date of the meeting.

:func:`score` returns ``{category: CategoryScore}``; :func:`format_table`
prints it and :func:`format_misses` lists its false negatives / positives.

Held-out set: ``tests/loaders/heldout/*.txt`` are invented packs of the same kind
whose gold (``tests/loaders/heldout/gold/``) was written and committed before the
extractor was run on them; :func:`report_heldout` scores them separately, so the
bundled table (an upper bound: its gold was written by the parser authors) stays
as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rapidfuzz import fuzz

from .document import SourceText, read_source
from .records import Entity, EntitySet, Ref
from .text.names import gender_class, parse_name

__all__ = ["EXTRACTORS", "HELDOUT_FOLDER", "CategoryScore", "combine", "format_misses", "format_table", "load_gold", "register",
           "report", "report_heldout", "score", "score_extraction"]

PERSON_FIELDS = {"person", "for", "chair", "holder", "from", "decision_maker", "declarant", "substitute"}
TEXT_FIELDS = {"title", "text", "subject", "resolution", "name", "venue", "term", "role"}
DOC_FIELDS = {"line", "quote", "lines", "note"}


@dataclass
class CategoryScore:
    category: str
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    #: field -> (correct, compared) among matched items
    attributes: dict[str, list[int]] = field(default_factory=dict)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    #: (gold item, extracted row, [attribute fields that differ]) for matched items with a wrong attribute
    wrong_attributes: list[tuple[dict, dict, list[str]]] = field(default_factory=list)
    #: every (gold item, extracted row) pair counted as a hit
    pairs: list[tuple[dict, dict]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------- comparison


def _norm(text) -> str:
    return " ".join(str(text).replace("’", "'").replace("–", "-").split()).casefold().strip(" .,;:")


def names_match(a: str, b: str) -> bool:
    """Do two printed names denote the same person (see module docstring)?"""
    pa, pb = parse_name(a), parse_name(b)
    if pa is None or pb is None:
        return _norm(a) == _norm(b)
    if fuzz.ratio(pa.surname.casefold(), pb.surname.casefold()) < 85:
        return False
    if pa.first_initial and pb.first_initial and pa.first_initial != pb.first_initial:
        return False
    ga, gb = gender_class(pa.title), gender_class(pb.title)
    return ga == gb or "x" in (ga, gb)


def _texts_match(gold: str, got: str) -> bool:
    g, e = _norm(gold), _norm(got)
    if not g or not e:
        return g == e
    return g in e or e in g or fuzz.ratio(g, e) >= 90


def _numbers_match(gold, got) -> bool | None:
    try:
        return Decimal(str(gold).replace(",", "").replace("£", "")) == Decimal(str(got).replace(",", "").replace("£", ""))
    except (InvalidOperation, ValueError):
        return None


def field_matches(name: str, gold, got) -> bool:
    if got is None:
        return gold is None
    if isinstance(gold, list):
        return isinstance(got, list) and len(gold) == len(got) and all(field_matches(name, g, e) for g, e in zip(gold, got))
    if name in PERSON_FIELDS or name.endswith("_person"):
        if isinstance(got, (list, tuple, set)):
            return any(names_match(str(gold), str(x)) for x in got)
        return names_match(str(gold), str(got))
    if name in TEXT_FIELDS or name.endswith("_text"):
        return _texts_match(str(gold), str(got))
    num = _numbers_match(gold, got)
    if num is not None:
        return num
    return _norm(gold) == _norm(got)


# --------------------------------------------------------------------------- extraction side


def _label_forms(entities: EntitySet, ref) -> list[str]:
    """Every printed form of a person (label + altLabels), or [] if ``ref`` is not a person."""
    if not isinstance(ref, Ref):
        return []
    e = entities.get(ref)
    if e is None:
        return []
    return [str(v) for v in e.values("rdfs:label") + e.values("skos:altLabel")]


def _person_value(entities: EntitySet, ref) -> list[str]:
    return _label_forms(entities, ref)


def _meeting_date(entities: EntitySet, ref: Ref) -> str | None:
    m = entities.get(ref)
    d = m.first("cg:date") if m else None
    return d.isoformat() if d else None


def _meetings(entities: EntitySet) -> Iterable[Entity]:
    return entities.of("Meeting")


def _attendance(prop: str) -> Callable[[EntitySet], list[dict]]:
    def extract(entities: EntitySet) -> list[dict]:
        out = []
        for m in _meetings(entities):
            d = m.first("cg:date")
            for ref in m.values(prop):
                out.append({"meeting": d.isoformat() if d else None, "person": _person_value(entities, ref)})
        return out

    return extract


def _in_attendance(entities: EntitySet) -> list[dict]:
    out = []
    holdings = entities.of("PostHolding")
    for m in _meetings(entities):
        d = m.first("cg:date")
        for ref in m.values("cg:inAttendance"):
            roles = []
            for h in holdings:
                if h.first("cg:holder") == ref and h.first("cg:asOf") == d:
                    post = entities.get(h.first("cg:post"))
                    if post is not None:
                        roles.append(str(post.first("rdfs:label")))
            out.append({"meeting": d.isoformat() if d else None, "person": _person_value(entities, ref),
                        "role": roles[0] if roles else None})
    return out


def _lines(entity: Entity) -> list[int]:
    """Start lines of every piece of evidence of an entity (for scoped categories)."""
    lines = {ev.start_line for ev in entity.evidence}
    for statements in entity.properties.values():
        lines.update(ev.start_line for st in statements for ev in st.evidence)
    return sorted(lines)


def _meeting_rows(entities: EntitySet) -> list[dict]:
    out = []
    for m in _meetings(entities):
        d, t = m.first("cg:date"), m.first("cg:startTime")
        committee = entities.get(m.first("cg:committee")) if m.first("cg:committee") else None
        out.append({
            "_lines": _lines(m),
            "date": d.isoformat() if d else None,
            "status": m.first("cg:status"),
            "venue": m.first("cg:venue"),
            "start_time": t.strftime("%H:%M") if t else None,
            "committee": committee.first("rdfs:label") if committee else None,
        })
    return out


def _substitutes(entities: EntitySet) -> list[dict]:
    out = []
    for m in _meetings(entities):
        d = m.first("cg:date")
        for ref in m.values("cg:substitution"):
            s = entities.get(ref)
            if s is None:
                continue
            out.append({"meeting": d.isoformat() if d else None,
                        "person": _person_value(entities, s.first("cg:substitute")),
                        "for": _person_value(entities, s.first("cg:substituteFor"))})
    return out


def _item_numbers(entities: EntitySet, ref) -> tuple[str | None, str | None]:
    item = entities.get(ref) if isinstance(ref, Ref) else None
    if item is None:
        return None, None
    minute, number = item.first("cg:minuteNumber"), item.first("cg:itemNumber")
    return (str(minute) if minute is not None else None, str(number) if number is not None else None)


def _declarations(entities: EntitySet) -> list[dict]:
    out = []
    for m in _meetings(entities):
        d = m.first("cg:date")
        for ref in m.values("cg:declaration"):
            decl = entities.get(ref)
            if decl is None:
                continue
            _, item = _item_numbers(entities, decl.first("cg:aboutItem"))
            out.append({"meeting": d.isoformat() if d else None,
                        "person": _person_value(entities, decl.first("cg:declarant")),
                        "item": item, "text": decl.first("cg:text")})
    return out


def _minute_items(entities: EntitySet) -> list[dict]:
    out = []
    for m in _meetings(entities):
        d = m.first("cg:date")
        for ref in m.values("cg:agendaItem"):
            item = entities.get(ref)
            if item is None or item.first("cg:minuteNumber") is None:
                continue
            out.append({"meeting": d.isoformat() if d else None, "minute": str(item.first("cg:minuteNumber")),
                        "item": None if item.first("cg:itemNumber") is None else str(item.first("cg:itemNumber")),
                        "title": item.first("dct:title")})
    return out


def _agenda_items(entities: EntitySet) -> list[dict]:
    out = []
    for m in _meetings(entities):
        d = m.first("cg:date")
        for ref in m.values("cg:agendaItem"):
            item = entities.get(ref)
            if item is None or item.first("cg:itemNumber") is None or item.first("cg:minuteNumber") is not None:
                continue  # minuted items are the minute_items category
            out.append({"meeting": d.isoformat() if d else None, "item": str(item.first("cg:itemNumber")),
                        "title": item.first("dct:title"), "pages": item.first("cg:pages")})
    return out


def _resolutions(entities: EntitySet) -> list[dict]:
    out = []
    for m in _meetings(entities):
        d = m.first("cg:date")
        for ref in m.values("cg:agendaItem"):
            item = entities.get(ref)
            if item is None:
                continue
            for text in item.values("cg:resolution"):
                out.append({"meeting": d.isoformat() if d else None,
                            "minute": None if item.first("cg:minuteNumber") is None else str(item.first("cg:minuteNumber")),
                            "text": text})
    return out


def _votes(entities: EntitySet) -> list[dict]:
    out = []
    positions = {"cg:votedFor": "for", "cg:votedAgainst": "against", "cg:abstained": "abstain"}
    counts = {"cg:forCount": "for", "cg:againstCount": "against", "cg:abstainCount": "abstain"}
    for v in entities.of("Vote"):
        minute, _ = _item_numbers(entities, v.first("cg:aboutItem"))
        for prop, pos in positions.items():
            for ref in v.values(prop):
                out.append({"minute": minute, "position": pos, "person": _person_value(entities, ref)})
        for prop, pos in counts.items():
            for n in v.values(prop):
                out.append({"minute": minute, "position": pos, "count": n})
    return out


def _attended_item(entities: EntitySet) -> list[dict]:
    out = []
    for p in entities.of("Person"):
        for ref in p.values("cg:attendedItem"):
            minute, item = _item_numbers(entities, ref)
            out.append({"person": _label_forms(entities, p.ref), "minute": minute, "item": item})
    return out


def _memberships(entities: EntitySet) -> list[dict]:
    out = []
    for ms in entities.of("Membership"):
        org = entities.get(ms.first("org:organization")) if ms.first("org:organization") else None
        if org is None or org.schema != "Committee":
            continue
        person = ms.first("org:member")
        party = None
        pe = entities.get(person) if isinstance(person, Ref) else None
        if pe is not None and pe.first("cg:party") is not None:
            pp = entities.get(pe.first("cg:party"))
            party = pp.first("rdfs:label") if pp else None
        as_of = ms.first("cg:asOf")
        out.append({"meeting": as_of.isoformat() if as_of else None, "person": _person_value(entities, person),
                    "role": ms.first("org:role"), "party": party})
    return out


def _people(entities: EntitySet) -> list[dict]:
    return [{"forms": _label_forms(entities, p.ref), "name": p.first("rdfs:label"), "_lines": _lines(p)}
            for p in entities.of("Person")]


EXTRACTORS: dict[str, Callable[[EntitySet], list[dict]]] = {
    "meetings": _meeting_rows,
    "chair": _attendance("cg:chair"),
    "present": _attendance("cg:present"),
    "also_present": _attendance("cg:alsoPresent"),
    "in_attendance": _in_attendance,
    "apologies": _attendance("cg:apologies"),
    "attended_virtually": _attendance("cg:attendedVirtually"),
    "substitutes": _substitutes,
    "declarations": _declarations,
    "minute_items": _minute_items,
    "agenda_items": _agenda_items,
    "resolutions": _resolutions,
    "votes": _votes,
    "attended_item": _attended_item,
    "memberships": _memberships,
    "people": _people,
}


def register(category: str, extractor: Callable[[EntitySet], list[dict]]) -> None:
    """Add a category: ``extractor(entities) -> list of flat dicts`` in the gold item shape."""
    EXTRACTORS[category] = extractor


# --------------------------------------------------------------------------- scoring


def _compared_fields(item: dict) -> list[str]:
    return [k for k in item if k not in DOC_FIELDS and not k.startswith("_")]


def _item_matches(gold: dict, got: dict, fields: list[str]) -> bool:
    return all(field_matches(f, gold.get(f), got.get(f)) for f in fields)


def _people_match(gold: dict, got: dict) -> bool:
    forms = gold.get("forms", []) + ([gold["name"]] if gold.get("name") else [])
    return any(names_match(g, e) for g in forms for e in got.get("forms", []))


def _in_scope(row: dict, scope) -> bool:
    if not scope or "_lines" not in row:
        return True
    a, b = scope
    return any(a <= n <= b for n in row["_lines"])


def _closeness(gold: dict, got: dict, fields: list[str]) -> tuple[int, float]:
    """How well a matching extracted row fits a gold item: the number of its other fields
    that agree, then how similar its matching text fields are (0-100)."""
    agree = sum(1 for f in _compared_fields(gold) if f not in fields and field_matches(f, gold.get(f), got.get(f)))
    texts = [fuzz.ratio(_norm(gold.get(f)), _norm(got.get(f))) for f in fields
             if (f in TEXT_FIELDS or f.endswith("_text")) and gold.get(f) is not None and got.get(f) is not None]
    return agree, (sum(texts) / len(texts) if texts else 100.0)


def _assign(category: str, spec: dict, gold_items: list[dict], extracted: list[dict]) -> dict[int, int]:
    """Gold item index -> extracted row index, each used once. Every pair that matches (the
    ``match`` fields agree) is a candidate; the closest pairs are taken first (most other fields
    agreeing, then the most similar text), so a loose containment match ("Supported
    Independence Service" inside "... Lot 1 - East Kent") does not take a row that fits
    another gold item exactly."""
    pairs = []
    for k, g in enumerate(gold_items):
        fields = spec.get("match") or _compared_fields(g)
        for i, row in enumerate(extracted):
            ok = _people_match(g, row) if category == "people" else _item_matches(g, row, fields)
            if ok:
                agree, similar = (0, 100.0) if category == "people" else _closeness(g, row, fields)
                pairs.append((-agree, -similar, k, i))
    pairs.sort()
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, k, i in pairs:
        if k not in out and i not in taken:
            out[k] = i
            taken.add(i)
    return out


def score_category(category: str, spec: dict, extracted: list[dict]) -> CategoryScore:
    gold_items = spec.get("items", [])
    extracted = [row for row in extracted if _in_scope(row, spec.get("scope"))]
    result = CategoryScore(category, gold=len(gold_items), extracted=len(extracted))
    unused = list(range(len(extracted)))
    assigned = _assign(category, spec, gold_items, extracted)
    for k, g in enumerate(gold_items):
        fields = spec.get("match") or _compared_fields(g)
        hit = assigned.get(k)
        if hit is None:
            result.missed.append(g)
            continue
        unused.remove(hit)
        result.matched += 1
        result.pairs.append((g, extracted[hit]))
        wrong = []
        for f in _compared_fields(g):
            if f in fields or category == "people":
                continue
            stat = result.attributes.setdefault(f, [0, 0])
            stat[1] += 1
            if field_matches(f, g.get(f), extracted[hit].get(f)):
                stat[0] += 1
            else:
                wrong.append(f)
        if wrong:
            result.wrong_attributes.append((g, extracted[hit], wrong))
    result.spurious = [extracted[i] for i in unused]
    return result


def load_gold(document_path: Path | str, gold_dir: Path | str) -> dict[str, dict]:
    """All gold categories for a document, merged over its area files."""
    stem = Path(document_path).stem
    categories: dict[str, dict] = {}
    for path in sorted(Path(gold_dir).glob(f"{stem}.*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, spec in data.get("categories", {}).items():
            if name in categories:
                raise ValueError(f"{path}: category {name!r} is also defined in another gold file")
            categories[name] = spec
    return categories


#: modules (in this package) that register more categories when imported
EXTENSIONS = ["quality_reports"]


def _load_extensions() -> None:
    import importlib

    here = Path(__file__).resolve().parent
    for name in EXTENSIONS:
        if (here / f"{name}.py").is_file():
            importlib.import_module(f"{__package__}.{name}")


def score_extraction(entities: EntitySet, gold: dict[str, dict]) -> dict[str, CategoryScore]:
    _load_extensions()
    out = {}
    for category, spec in gold.items():
        extractor = EXTRACTORS.get(category)
        if extractor is None:
            raise KeyError(f"no extractor registered for gold category {category!r}")
        out[category] = score_category(category, spec, extractor(entities))
    return out


def score(document_path: Path | str, gold_dir: Path | str, source: SourceText | None = None) -> dict[str, CategoryScore]:
    """Extract ``document_path`` and score it against its gold files in ``gold_dir``."""
    from .extract import extract_document

    source = source or read_source(document_path)
    extraction = extract_document(source)
    return score_extraction(extraction.entities, load_gold(document_path, gold_dir))


def format_table(scores: dict[str, CategoryScore], title: str | None = None) -> str:
    """A fixed-width table: category, gold, extracted, matched, P, R, F1 (+ attribute accuracy)."""
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'category':<20}{'gold':>6}{'got':>6}{'hit':>6}{'P':>7}{'R':>7}{'F1':>7}  attributes")
    for name in sorted(scores):
        s = scores[name]
        attrs = ", ".join(f"{f} {c}/{n}" for f, (c, n) in sorted(s.attributes.items()))
        lines.append(f"{name:<20}{s.gold:>6}{s.extracted:>6}{s.matched:>6}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}  {attrs}")
    return "\n".join(lines)





def combine(all_scores: Iterable[dict[str, CategoryScore]]) -> dict[str, CategoryScore]:
    """Micro-average several documents' scores per category."""
    total: dict[str, CategoryScore] = {}
    for scores in all_scores:
        for name, s in scores.items():
            t = total.setdefault(name, CategoryScore(name))
            t.gold += s.gold
            t.extracted += s.extracted
            t.matched += s.matched
            for f, (c, n) in s.attributes.items():
                stat = t.attributes.setdefault(f, [0, 0])
                stat[0] += c
                stat[1] += n
    return total


#: the blind held-out test set: invented packs whose gold was written before the extractor was run on them
HELDOUT_FOLDER = Path(__file__).resolve().parents[1] / "tests" / "loaders" / "heldout"


def _row_lines(row: dict) -> str:
    if "line" in row:
        return f"line {row['line']}"
    lines = row.get("_lines")
    if lines:
        return f"lines {lines[0]}-{lines[-1]}" if len(lines) > 1 else f"line {lines[0]}"
    return "no line"


def _row_text(row: dict) -> str:
    shown = {k: v for k, v in row.items() if k not in DOC_FIELDS and not k.startswith("_") and v not in (None, [], "")}
    return json.dumps(shown, ensure_ascii=False, default=str)


def format_misses(scores: dict[str, CategoryScore], title: str | None = None) -> str:
    """Every miss of a scored document: gold items not extracted (FN), extracted rows matching no gold
    item (FP), matched items with a wrong attribute (ATTR: the attribute columns of the table) and hits
    whose organisation name differs from the gold name (LOOSE: accepted by the lenient text rule)."""
    lines = [title] if title else []
    for name in sorted(scores):
        s = scores[name]
        for g in s.missed:
            lines.append(f"  {name:<18} FN  {_row_lines(g):<14} {_row_text(g)}")
        for e in s.spurious:
            lines.append(f"  {name:<18} FP  {_row_lines(e):<14} {_row_text(e)}")
        for g, e in s.pairs:
            # a hit by the lenient text rule (containment) whose organisation name differs: e.g. a truncated
            # "Care Ltd" for "Oakleaf Home Care Ltd" -- counted as a hit, listed so it can be judged
            if name != "people" and "name" in g and isinstance(e.get("name"), str) and _norm(g["name"]) != _norm(e["name"]):
                lines.append(f"  {name:<18} LOOSE {_row_lines(g):<12} gold {g['name']!r} matched by extracted {e['name']!r}")
        for g, e, wrong in s.wrong_attributes:
            diffs = "; ".join(f"{f}: gold {g.get(f)!r} got {e.get(f)!r}" for f in wrong)
            key = {f: g[f] for f in _compared_fields(g) if f not in wrong}
            lines.append(f"  {name:<18} ATTR {_row_lines(g):<13} {json.dumps(key, ensure_ascii=False, default=str)} -> {diffs}")
    if len(lines) == (1 if title else 0):
        lines.append("  (no misses)")
    return "\n".join(lines)


def report_heldout(folder: Path | str = HELDOUT_FOLDER, misses: bool = False) -> str:
    """The quality table of the held-out packs in ``folder`` (gold in ``folder/gold``), marked as such."""
    folder = Path(folder)
    if not (folder / "gold").is_dir():
        return f"no held-out gold folder {folder / 'gold'}"
    body = report(folder / "gold", [folder], misses=misses)
    return f"######## HELD-OUT documents ({folder}): gold written blind, before running the extractor\n\n{body}"


def report(gold_dir: Path | str, documents: Iterable[Path | str], misses: bool = False) -> str:
    """The quality table of every document (file or folder) that has gold files, and the total.

    With ``misses``, each document's table is followed by its false negatives and false positives.
    """
    from .document import DOCUMENT_SUFFIXES

    files: list[Path] = []
    for d in documents:
        p = Path(d)
        if p.is_dir():
            files.extend(sorted(x for x in p.iterdir() if x.suffix.lower() in DOCUMENT_SUFFIXES))
        else:
            files.append(p)
    parts: list[str] = []
    per_doc = []
    for f in files:
        if not any(Path(gold_dir).glob(f"{f.stem}.*.json")):
            continue
        scores = score(f, gold_dir)
        per_doc.append(scores)
        parts.append(format_table(scores, title=f"== {f.name}"))
        if misses:
            parts.append(format_misses(scores, title=f"-- misses in {f.name} (FN: gold not extracted; FP: extracted, no gold; ATTR: wrong attribute; LOOSE: hit with a different name)"))
    if not per_doc:
        return f"no gold files in {gold_dir} for the given documents"
    if len(per_doc) > 1:
        parts.append(format_table(combine(per_doc), title=f"== total over {len(per_doc)} documents (micro-averaged)"))
    return "\n\n".join(parts)
