"""Money parser: printed forms, qualifiers, periods, scaled tables (examples and properties)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from councilgraph.loaders.text.money import find_money, parse_money, parse_table_amount, table_scale


def test_printed_forms():
    assert parse_money("£1,600,000").value == Decimal(1600000)
    assert parse_money("£6,757,945.50").value == Decimal("6757945.50")
    assert parse_money("£3.1m").value == Decimal(3100000)
    assert parse_money("£87million").value == Decimal(87000000)
    assert parse_money("£2.5 million").value == Decimal(2500000)
    assert parse_money("£1.2bn").value == Decimal(1200000000)
    assert parse_money("£300k").value == Decimal(300000)


def test_qualified_sums_are_not_exact():
    m = parse_money("The contract value was over £3 million of which")
    assert m.value == Decimal(3000000) and not m.exact and m.qualifier == "over"
    assert not parse_money("approximately £2m").exact
    assert not parse_money("up to £82.5m").exact
    assert parse_money("in excess of £1,000,000").qualifier == "in excess of"
    assert parse_money("the total contract value being £1,600,000.").exact


def test_periods():
    assert parse_money("£20,000 per year").annual
    assert parse_money("£3.2m per annum").period == "year"
    assert parse_money("£500 per week").period == "week"
    assert parse_money("Annual contract value: £621,900.").period is None  # the label, not the sum, says annual


def test_several_sums_and_none():
    sums = find_money("recorded as £4.16m and not £4.6m")
    assert [s.value for s in sums] == [Decimal(4160000), Decimal(4600000)]
    assert parse_money("recorded as £4.16m and not £4.6m") is None
    assert find_money("3.2 million per year, 2023/2024, 14/05/2019") == []


def test_table_scale():
    assert table_scale("Budget £000") == 1000
    assert table_scale("£'000") == 1000
    assert table_scale("(£m)") == 1_000_000
    assert table_scale("Cost £") is None
    assert parse_table_amount("1,234.5", 1000) == Decimal(1234500)
    assert parse_table_amount("(250)", 1000) == Decimal(-250000)
    assert parse_table_amount("n/a", 1000) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_property_grouped_pounds_round_trip(n):
    m = parse_money(f"a total of £{n:,} was agreed")
    assert m is not None and m.exact and m.value == Decimal(n)
    assert m.text == f"£{n:,}"


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_property_pence(pounds, pence):
    m = parse_money(f"£{pounds:,}.{pence:02d}")
    assert m.value == Decimal(f"{pounds}.{pence:02d}")


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("m", 10**6), ("million", 10**6), (" million", 10**6), ("bn", 10**9), ("k", 10**3)]))
def test_property_multipliers(whole, tenth, mult):
    word, factor = mult
    m = parse_money(f"£{whole}.{tenth}{word} in funding")
    assert m.value == Decimal(f"{whole}.{tenth}") * factor


@given(st.sampled_from(["over", "approximately", "around", "up to", "circa", "more than", "less than", "nearly"]),
       st.integers(min_value=1, max_value=10**8))
def test_property_qualifier_never_exact(q, n):
    m = parse_money(f"{q} £{n:,}")
    assert m is not None and not m.exact and m.value == Decimal(n)


@settings(max_examples=300)
@given(st.text())
def test_property_never_crashes_and_values_are_quoted(text):
    for m in find_money(text):
        assert text[m.start:m.end] == m.text
        assert "£" in m.text and m.value >= 0


def test_a_thousands_table_unit_is_not_an_amount():
    from councilgraph.loaders.text.money import find_money, table_scale

    assert find_money("Table 1: Contract costs (£000)") == []
    assert table_scale("Table 1: Contract costs (£000)") == 1000
    assert [m.value for m in find_money("£000 and £1,000")] == [1000]
