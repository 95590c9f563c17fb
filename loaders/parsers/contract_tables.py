"""Tables of the contracts a council holds now, one row per contract.

Reports that replace several contracts with one often print them::

    Table 1 – Current arrangements

    Service Provider Annual value End date
    Befriending (East Kent) Harbour Good
    Neighbours
    £212,000 31/03/2025
    Falls prevention classes Active Motion CIC £246,000 31/03/2025

or with ``|`` between the cells. This module reads such a table into :class:`ContractRow`
records: the service, the provider as printed, the value column's printed sum and whether the
column holds (yearly or total), the end date, and the lines the row stands on. It only reads; turning a row
into a contract (and checking that the provider is a body) is the contract parser's job.

A table is read only when the lines before its header say it is what there is now ("current",
"existing", "at present") and its header names a service column, a provider column and at
least one of a value and an end-date column (without them a row's end cannot be told). When the
printed text runs the service and the provider together, they are split where a lower-case
word or a closing bracket is followed by a run of capitalised words to the row's end, or where
the row ends with a provider another row of the table names; a row that cannot be split so is
left out, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.dates import find_dates
from ..text.money import find_money, parse_table_amount, table_scale

__all__ = ["ContractRow", "current_contract_rows"]

_SERVICE_COLUMN = r"(?:Service(?:\s+area)?|Contract|Lot|Service\s+type)"
_PROVIDER_COLUMN = r"(?:Current\s+|Incumbent\s+)?(?:Provider|Contractor|Holder)s?"
_VALUE_COLUMN = r"(?P<val>(?:Annual|Yearly|Contract|Total)?\s*(?:contract\s+)?(?:value|cost|spend)(?:\s*\((?:£|£000|£'000|£k)\))?)"
_END_COLUMN = r"(?P<end>(?:Contract\s+)?(?:End\s+date|Expiry(?:\s+date)?|Ends|End))"
_HEADER = re.compile(
    rf"^\s*(?:{_SERVICE_COLUMN}\s*\|?\s*{_PROVIDER_COLUMN}|(?P<pfirst>{_PROVIDER_COLUMN})\s*\|?\s*{_SERVICE_COLUMN})"
    rf"(?:\s*\|?\s*{_VALUE_COLUMN})?(?:\s*\|?\s*{_END_COLUMN})?\s*\|?\s*$",
    re.I,
)
#: the lines before the table say its contracts are held now (or are to be extended)
_NOW = re.compile(r"\b(?:current|currently|existing|at\s+present|present\s+arrangements|in\s+place|proposed\s+for\s+extension|to\s+be\s+extended)\b", re.I)
_YEARLY = re.compile(r"\b(?:annual|yearly)\b|per\s+annum", re.I)
#: a word that may join a body's name without being capitalised
_CONNECTOR = {"and", "of", "&", "the", "for", "on", "in"}
#: a numbered paragraph or a page marker: the table has ended
_TABLE_ENDS = re.compile(r"^\s*(?:\d+(?:\.\d+)+\s|\d+\.\s+[A-Z]|Page\s+\d+\s*$|Table\s+\d)")
_MAX_ROW_LINES = 4


@dataclass(frozen=True)
class ContractRow:
    """One row: a contract held now."""

    service: str
    provider: str
    #: the value column's sum in pounds (scaled for "£000" headers), or None
    value: object | None
    #: what the value column holds: "annual" ("Annual value", "Annual cost (£)"), "total"
    #: ("Total value", "Contract value") or None (a bare "Value": not told)
    value_kind: str | None
    end: object | None
    first_line: int
    last_line: int
    #: the row's text as printed (white space normalised), for evidence
    quote: str


def _is_capitalised(word: str) -> bool:
    w = word.lstrip("(\"'‘“")
    return bool(w) and (w[0].isupper() or w[0].isdigit())


def _name_run(words: Sequence[str]) -> bool:
    """Capitalised words, possibly joined by "and"/"of"/"&", from the first to the last."""
    if not words or not _is_capitalised(words[0]) or not _is_capitalised(words[-1]):
        return False
    return all(_is_capitalised(w) or w.lower() in _CONNECTOR for w in words)


def _split_at_case(lead: str) -> tuple[str, str] | None:
    """"Falls prevention classes Active Motion CIC" → ("Falls prevention classes", "Active
    Motion CIC"): the last lower-case word (or closing bracket) ends the service."""
    words = lead.split()
    for i in range(len(words) - 1, 0, -1):
        before = words[i - 1]
        if before.endswith(")") or (before[0].islower() and before.lower() not in _CONNECTOR):
            right = words[i:]
            return (" ".join(words[:i]), " ".join(right)) if _name_run(right) and len(right) >= 2 else None
    return None


def _split_provider_first(lead: str) -> tuple[str, str] | None:
    """"Thanet Lighthouse Housing Ltd Mental health floating support" → ("Mental health floating
    support", "Thanet Lighthouse Housing Ltd"): the service starts at the capitalised word right
    before the row's first lower-case word; the body is the capitalised run before it."""
    words = lead.split()
    first_lower = next((i for i, w in enumerate(words) if w[0].islower() and w.lower() not in _CONNECTOR), None)
    if first_lower is None or first_lower < 3:
        return None
    provider, service = words[: first_lower - 1], words[first_lower - 1:]
    if not _name_run(provider) or len(provider) < 2:
        return None
    return " ".join(service), " ".join(provider)


def _split_at_known(lead: str, known: set[str]) -> tuple[str, str] | None:
    """A row ending with a provider another row names ("IMCA (West) and Care Act Kent Voice")."""
    for name in sorted(known, key=len, reverse=True):
        if lead.endswith(" " + name) and len(lead) > len(name) + 1:
            return lead[: -len(name) - 1].strip(), name
    return None


def _header_at(lines: Sequence[str], i: int) -> re.Match[str] | None:
    m = _HEADER.match(lines[i])
    if m is None or not (m.group("val") or m.group("end")):
        return None
    before = [ln for ln in lines[max(0, i - 6): i] if ln.strip()][-3:]
    return m if any(_NOW.search(ln) for ln in before) else None


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def current_contract_rows(lines: Sequence[str], first_line: int = 1) -> list[ContractRow]:
    """Every row of every table of current contracts in ``lines`` (``first_line`` is the
    1-based number of ``lines[0]``)."""
    out: list[ContractRow] = []
    i = 0
    while i < len(lines):
        header = _header_at(lines, i)
        if header is None:
            i += 1
            continue
        rows, i = _read_table(lines, i, header)
        out.extend(ContractRow(**{**r, "first_line": r["first_line"] + first_line, "last_line": r["last_line"] + first_line})
                   for r in rows)
    return out


def _read_table(lines: Sequence[str], at: int, header: re.Match[str]) -> tuple[list[dict], int]:
    """The rows under the header on line ``at``; returns them and the index after the table."""
    piped = "|" in lines[at]
    provider_first = bool(header.group("pfirst"))
    width = len(_cells(lines[at])) if piped else 0
    wants_value, wants_end = bool(header.group("val")), bool(header.group("end"))
    scale = table_scale(header.group("val") or "") or 1
    column = header.group("val") or ""
    kind = "annual" if _YEARLY.search(column) else "total" if re.search(r"\b(?:total|contract)\b", column, re.I) else None
    raw: list[tuple[str, int, int]] = []  # (row text, first index, last index)
    extra: dict[int, str] = {}  # a row's service wrapped onto a line of its own after the row
    buffer: list[str] = []
    begin = None
    i = at + 1
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            if buffer or raw:
                break
            i += 1
            continue
        if _TABLE_ENDS.match(line) and not buffer:
            break
        if not buffer and raw and not piped and (line[0].islower() or line[0] == "(") and _tail(line, wants_value, wants_end) is None:
            # " housing (West Kent)": the rest of the row above's service, wrapped under it
            extra[len(raw) - 1] = f"{extra.get(len(raw) - 1, '')} {line}".strip()
            text, b, _ = raw[-1]
            raw[-1] = (text, b, i)
            i += 1
            continue
        if begin is None:
            begin = i
        buffer.append(line)
        text = " ".join(buffer)
        done = (len(_cells(text)) >= width) if piped else _tail(text, wants_value, wants_end) is not None
        if done:
            raw.append((text, begin, i))
            buffer, begin = [], None
        elif len(buffer) >= _MAX_ROW_LINES:
            return [], i + 1  # not rows of this table: read nothing rather than guess
        i += 1
    parsed = [_row(text, piped, wants_value, wants_end, scale) for text, _, _ in raw]
    known = {p[1] for p in parsed if p is not None and p[1]}  # (a piped table's provider cells)
    known |= {split[1] for p in parsed if p is not None and not p[1] for split in [_split_at_case(p[0])] if split}
    rows: list[dict] = []
    for k, ((text, b, e), p) in enumerate(zip(raw, parsed)):
        if p is None:
            continue
        lead, provider, value, end = p
        if provider:
            split = (lead, provider)
        elif provider_first:
            split = _split_provider_first(lead)
        else:
            split = _split_at_case(lead) or _split_at_known(lead, known)
        if split is None or not split[0] or not split[1]:
            continue
        service = f"{split[0]} {extra[k]}" if k in extra else split[0]
        quote = " ".join(f"{text} {extra.get(k, '')}".split())  # the row as printed, with its wrapped rest
        rows.append({"service": service, "provider": split[1], "value": value, "value_kind": kind if value is not None else None,
                     "end": end, "first_line": b, "last_line": e, "quote": quote})
    return rows, i


def _tail(text: str, wants_value: bool, wants_end: bool) -> tuple[str, object | None, object | None] | None:
    """A spaced row's lead (service and provider) and its value and end, or None while the row
    is not complete."""
    rest = text.rstrip()
    end = None
    if wants_end:
        ds = find_dates(rest)
        if not ds or rest[ds[-1].end:].strip():
            return None
        end, rest = ds[-1].value, rest[: ds[-1].start].rstrip()
    value = None
    if wants_value:
        ms = find_money(rest)
        if not ms or rest[ms[-1].end:].strip():
            return None
        value, rest = ms[-1].value, rest[: ms[-1].start].rstrip()
    return (rest, value, end) if rest else None


def _row(text: str, piped: bool, wants_value: bool, wants_end: bool, scale: int):
    """(lead, provider or "", value, end) of one row's text, or None."""
    if not piped:
        tail = _tail(text, wants_value, wants_end)
        return None if tail is None else (tail[0], "", tail[1], tail[2])
    cells = _cells(text)
    if len(cells) < 2 + wants_value + wants_end:
        return None
    service, provider = cells[0], cells[1]
    value = end = None
    k = 2
    if wants_value:
        cell = cells[k]
        k += 1
        found = find_money(cell)
        value = found[0].value if len(found) == 1 else parse_table_amount(cell, scale)
        if value is None:
            return None
    if wants_end:
        ds = find_dates(cells[k])
        if len(ds) != 1:
            return None
        end = ds[0].value
    return (service, provider, value, end) if service and provider else None
