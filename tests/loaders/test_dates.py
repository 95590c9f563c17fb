"""Dates and times as printed in committee papers."""

from __future__ import annotations

from datetime import date, time

import pytest
from councilgraph.loaders.text.dates import find_dates, parse_date, parse_time
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thursday, 6th July, 2023", date(2023, 7, 6)),
        ("6 July 2023", date(2023, 7, 6)),
        ("17-May-19", date(2019, 5, 17)),
        ("06/07/23", date(2023, 7, 6)),
        ("06/07/2023", date(2023, 7, 6)),
        ("Wednesday, 28th September, 2022.", date(2022, 9, 28)),
        ("July 6, 2023", date(2023, 7, 6)),
        ("2023-07-06", date(2023, 7, 6)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/23", "the meeting", "2023", "13 Smarch 2023", "6 July", "23/00061"])
def test_not_a_date(text):
    assert parse_date(text) is None


def test_find_dates_across_a_wrapped_line():
    text = "held at County Hall on Wednesday, 28th September, \n2022."
    (found,) = find_dates(text)
    assert found.value == date(2022, 9, 28)
    assert text[found.start:found.end] == found.printed


@pytest.mark.parametrize("text, expected", [("2.00 pm", time(14)), ("10.00 am", time(10)), ("10am", time(10)),
                                            ("12.30 pm", time(12, 30)), ("14:30", time(14, 30))])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


_FORMATS = [
    lambda d: f"{d.strftime('%A')}, {d.day}{_suffix(d.day)} {d.strftime('%B')}, {d.year}",
    lambda d: f"{d.day} {d.strftime('%B')} {d.year}",
    lambda d: d.strftime("%d-%b-%y"),
    lambda d: d.strftime("%d/%m/%y"),
    lambda d: d.strftime("%d/%m/%Y"),
]


def _suffix(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(range(len(_FORMATS))))
def test_property_every_printed_form_reads_back(d, fmt):
    assert parse_date(_FORMATS[fmt](d)) == d


@given(st.text(max_size=60))
def test_property_never_crashes_and_spans_are_exact(text):
    for m in find_dates(text):
        assert text[m.start:m.end] == m.printed
    parse_date(text)
    parse_time(text)
