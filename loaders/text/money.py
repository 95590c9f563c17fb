"""Sums of money as printed in committee papers.

Handles "£1,600,000", "£6,757,945.50", "£3.1m", "£87million", "£2.5 million",
"£1.2bn", "£300k"; qualifiers that make a figure inexact ("over £3 million",
"approximately £2m", "up to £500,000"); periods ("£20,000 per year", "£3.2m per
annum", "a year", "annually"); and tables headed "£000" / "£'000" whose cells
are in thousands (:func:`table_scale`).

Precision first: a qualified figure is returned with ``exact=False`` and
callers must not store it as an exact value. Nothing is inferred that the text
does not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Money", "find_money", "parse_money", "table_scale", "parse_table_amount"]

_MULTIPLIERS = {
    "k": Decimal(1000),
    "thousand": Decimal(1000),
    "m": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "millions": Decimal(1_000_000),
    "bn": Decimal(1_000_000_000),
    "b": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
}

# £ 1,600,000.00 | £3.1m | £87million | £2.5 million | £300k
_AMOUNT = re.compile(
    r"£\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<mult>million|millions|billion|thousand|mn|bn|m|k|b)(?![a-z]))?",
    re.I,
)
_QUALIFIER = re.compile(
    r"(?P<q>\b(?:over|more than|in excess of|up to|upto|approximately|approx\.?|around|about|circa|c\.|almost|nearly|"
    r"under|less than|at least|at most|roughly|estimated(?: at)?|an estimated|some|just over|just under|"
    r"a maximum of|maximum of|a minimum of|minimum of|in the region of|excess of)\s*)$",
    re.I,
)
_PERIOD = re.compile(
    r"^\s*(?:\(?\s*)?(?P<p>per\s+(?:year|annum|month|week|day|hour)|a\s+(?:year|month|week|day)|each\s+(?:year|month|week)|"
    r"p\.?a\.?(?![a-z])|annually|pa(?![a-z])|per\s+person|per\s+hour)",
    re.I,
)
_PERIOD_NAMES = {
    "year": "year",
    "annum": "year",
    "annually": "year",
    "pa": "year",
    "p.a": "year",
    "p.a.": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "person": "person",
}


@dataclass(frozen=True)
class Money:
    """One printed sum: its value in pounds and how far it can be trusted.

    ``text`` is the verbatim printed form (qualifier and period included) and
    ``start``/``end`` its offsets in the searched string. ``exact`` is False
    when the figure is qualified ("over", "approximately", "up to" ...).
    ``period`` is "year", "month", "week", "day", "hour", "person" or None.
    """

    value: Decimal
    text: str
    start: int
    end: int
    exact: bool = True
    qualifier: str | None = None
    period: str | None = None

    @property
    def annual(self) -> bool:
        return self.period == "year"


def _to_decimal(num: str, mult: str | None) -> Decimal | None:
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if mult:
        value *= _MULTIPLIERS[mult.lower()]
    return value.normalize() if value == value.to_integral_value() else value


def _period_of(word: str) -> str:
    w = word.lower().replace(" ", "")
    for key, name in _PERIOD_NAMES.items():
        if w.endswith(key.replace(" ", "")):
            return name
    return "year"


def find_money(text: str) -> list[Money]:
    """Every sum in pounds in ``text``, left to right."""
    out: list[Money] = []
    for m in _AMOUNT.finditer(text or ""):
        num, mult = m.group("num"), m.group("mult")
        if re.fullmatch(r"000s?", num) and not mult:
            continue  # "£000": a table's unit (thousands), not an amount
        # "£1 m" is fine, but a single letter after a space is only a
        # multiplier when it is m/k/bn directly followed by a non-letter.
        value = _to_decimal(num, mult)
        if value is None:
            continue
        start, end = m.start(), m.end()
        qualifier = None
        q = _QUALIFIER.search(text[max(0, start - 30) : start])
        if q:
            qualifier = q.group("q").strip().lower()
            start = max(0, start - 30) + q.start("q")
        period = None
        p = _PERIOD.match(text[end : end + 20])
        if p:
            period = _period_of(p.group("p").strip().rstrip("."))
            end = end + p.end("p")
        out.append(Money(_normal(value), text[start:end], start, end, qualifier is None, qualifier, period))
    return out


def _normal(value: Decimal) -> Decimal:
    """Drop exponent forms ("1.6E+6") so the value prints as digits."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value


def parse_money(text: str) -> Money | None:
    """The single sum in ``text`` (e.g. a table cell or a phrase), or None.

    Returns None when there is no sum or more than one.
    """
    found = find_money(text)
    return found[0] if len(found) == 1 else None


_TABLE_THOUSANDS = re.compile(r"£\s?['’]?000s?\b|£k\b|\(£000\)|£\s?thousands?\b", re.I)
_TABLE_MILLIONS = re.compile(r"£\s?m\b(?!\w)|£\s?millions?\b|\(£m\)", re.I)


def table_scale(header: str) -> int | None:
    """1000 for a table header in "£000"/"£'000"/"£k", 1,000,000 for "£m"; else None."""
    if _TABLE_THOUSANDS.search(header or ""):
        return 1000
    if _TABLE_MILLIONS.search(header or ""):
        return 1_000_000
    return None


_CELL = re.compile(r"^\(?-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?$|^\(?-?\d+(?:\.\d+)?\)?$")


def parse_table_amount(cell: str, scale: int) -> Decimal | None:
    """A cell of a scaled table ("1,234.5" in a £000 table → 1234500); None if not a number.

    Bracketed cells are negative, as in accounts.
    """
    c = (cell or "").strip().replace("£", "")
    if not _CELL.match(c):
        return None
    negative = c.startswith("(") or c.startswith("-")
    c = c.strip("()").lstrip("-").replace(",", "")
    try:
        value = Decimal(c) * scale
    except InvalidOperation:
        return None
    return _normal(-value if negative else value)
