"""Dates and times as printed in committee papers.

* :func:`parse_date` reads one date: "Thursday, 6th July, 2023", "6 July 2023",
  "July 6, 2023", "17-May-19", "06/07/23", "06/07/2023", "2023-07-06" → ``date``
  (or ``None``; never guesses a missing year or an impossible day).
* :func:`find_dates` finds every such date inside a longer text, with its span.
* :func:`parse_time` reads "2.00 pm", "10.00 am", "10am", "14:30", "noon" → ``time``.

Numeric dates are read day-first (British usage); two-digit years are 20YY
(these papers are from this century).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

__all__ = ["MONTHS", "DateMatch", "find_dates", "find_times", "parse_date", "parse_time"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = [
    # Thursday, 6th July, 2023 / 6 July 2023 / 6th of July 2023
    re.compile(_WEEKDAY + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR4 + r"\b", re.IGNORECASE),
    # July 6, 2023 / Thursday, July 6th 2023
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR4 + r"\b", re.IGNORECASE),
    # 17-May-19 / 17-May-2019 / 17 May 19 is too ambiguous: hyphens only
    re.compile(r"\b" + _DAY + r"-" + _MONTH + r"-(?P<year>(?:19|20)?\d\d)\b", re.IGNORECASE),
    # 06/07/23, 06/07/2023, 6.7.2023
    re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<nmonth>[01]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\d/])"),
    # ISO 2023-07-06
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
]


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: the value and the character span of its printed form."""

    value: date
    start: int
    end: int
    printed: str


def _build(m: re.Match[str]) -> date | None:
    gd = m.groupdict()
    try:
        day = int(gd["day"])
        month = MONTHS[gd["month"].lower().rstrip(".")] if gd.get("month") else int(gd["nmonth"])
        year = int(gd["year"])
    except (KeyError, ValueError, TypeError):
        return None
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date printed in ``text``, in order of appearance, without overlaps."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            value = _build(m)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMatch(value, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda d: d.start)
    return found


def parse_date(text: str) -> date | None:
    """The date printed in ``text`` when ``text`` is (essentially) just one date."""
    if not text:
        return None
    cleaned = " ".join(text.split()).strip(" .,;:()")
    matches = find_dates(cleaned)
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = (cleaned[: m.start] + cleaned[m.end :]).strip(" .,;:-")
    return m.value if not rest else None


_TIME = re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?<![\d.:])(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)


def _time_of(m: re.Match[str]) -> time | None:
    if m.group("noon"):
        return time(12, 0)
    if m.group("h24"):
        return time(int(m.group("h24")), int(m.group("m24")))
    h = int(m.group("h"))
    minute = int(m.group("m") or 0)
    if not 1 <= h <= 12:
        return None
    pm = m.group("ampm").lower().startswith("p")
    if pm and h != 12:
        h += 12
    if not pm and h == 12:
        h = 0
    return time(h, minute)


def find_times(text: str) -> list[tuple[time, int, int]]:
    """(time, start, end) for every clock time printed in ``text``."""
    out = []
    for m in _TIME.finditer(text):
        value = _time_of(m)
        if value is not None:
            out.append((value, m.start(), m.end()))
    return out


def parse_time(text: str) -> time | None:
    """"2.00 pm" → 14:00, "10.00 am" → 10:00, "14:30" → 14:30; ``None`` if not one time."""
    if not text:
        return None
    cleaned = " ".join(text.split()).strip(" .,;")
    found = find_times(cleaned)
    if len(found) != 1:
        return None
    value, a, b = found[0]
    return value if not (cleaned[:a] + cleaned[b:]).strip(" .,;") else None
