"""Lots a record of decision awards and what the report before it tells of them: two lots to one
provider, "each for an initial term ... from D", the report's "Each contract will have an
initial term ... from D1 to D2", and a lot table in £000 whose rows start with the lot's bare
number. Small invented fragments, not the bundled or held-out papers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import (
    extract_text,
    provider_label,
    quote_is_verbatim,
)
from tests.loaders.test_contracts import _report

REPORT = _report(
    "Day Services - Recommissioning",
    "a) AWARD contracts for Day Services Lots 1 to 3 to the providers set out in paragraph 5.2; and",
    "4.1 Each contract will have an initial term of three years from 1 April 2026 to\n"
    "31 March 2029, with the option to extend for a further year.\n\n"
    "5.2 The recommended providers and contract values are set out in Table 1.\n\n"
    "Table 1 – Lot values (£000)\n\n"
    "Lot Area Recommended provider Annual Initial term\n"
    " value (3 years)\n"
    "1 North Kent Alderbrook Day Services CIC 1,240 3,720\n"
    "2 West Kent Birchmere Community Care 1,585 4,755\n"
    " Ltd\n"
    "3 East Kent Birchmere Community Care Ltd 1,910 5,730\n"
    " Total 4,735 14,205\n\n"
    "6. Financial Implications\n\n6.1 The total value of the new contracts over the initial term is £14.2 million.\n",
    number="26/00011",
)
SHEET = (
    "\n\nKENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\n"
    "Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\nDECISION NO:\n\n26/00011\n\n"
    "Title of Decision: Day Services - Recommissioning\n\n"
    "Decision: As Cabinet Member, I agree to:\n\n"
    "a) AWARD contracts for Day Services Lots 1 to 3 as follows, each for an initial term of three years\n"
    "from 1 April 2026 with the option to extend for a further year:\n"
    " Lot 1 (North Kent) to Alderbrook Day Services CIC;\n"
    " Lot 2 (West Kent) and Lot 3 (East Kent) to Birchmere Community Care Ltd;\n\n"
    "b) DELEGATE authority to the Corporate Director to take other relevant actions.\n\n"
    "Reason(s) for decision: The current arrangements end.\n"
)


def _lots(x) -> dict[str, object]:
    return {str(c.key[-1]): c for c in x.entities.of("Contract") if c.values("cg:lotOf")}


def test_two_lots_to_one_provider_each_get_the_provider():
    lots = _lots(x := extract_text(REPORT + SHEET))
    assert sorted(lots) == ["lot-1", "lot-2", "lot-3"]
    assert [provider_label(x, lots[k]) for k in ("lot-1", "lot-2", "lot-3")] == [
        "Alderbrook Day Services CIC", "Birchmere Community Care Ltd", "Birchmere Community Care Ltd"]
    assert all(lot.first("cg:lotOf") == Ref("Contract", ("26/00011", "contract")) for lot in lots.values())


def test_lots_to_providers_respectively_are_not_paired_by_guess():
    sheet = SHEET.replace(" Lot 1 (North Kent) to Alderbrook Day Services CIC;\n", "").replace(
        " Lot 2 (West Kent) and Lot 3 (East Kent) to Birchmere Community Care Ltd;",
        " Lot 2 (West Kent) and Lot 3 (East Kent) to Birchmere Community Care Ltd and Alderbrook Day Services CIC\n respectively;")
    lots = _lots(x := extract_text(REPORT + sheet))
    assert all(lot.values("cg:provider") == [] for lot in lots.values()), [provider_label(x, v) for v in lots.values()]


def test_each_lot_has_the_term_each_contract_is_said_to_have():
    lots = _lots(x := extract_text(REPORT + SHEET))
    for lot in lots.values():
        assert (lot.first("cg:startDate"), lot.first("cg:endDate")) == (date(2026, 4, 1), date(2029, 3, 31))
        for prop in ("cg:startDate", "cg:endDate"):
            for st in lot.properties[prop]:
                assert all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def test_a_term_said_of_the_whole_award_only_is_not_each_lots():
    report = REPORT.replace("4.1 Each contract will have an initial term", "4.1 The service will have an initial term")
    sheet = SHEET.replace("as follows, each for an initial term of three years\nfrom 1 April 2026", "as follows")
    for lot in _lots(extract_text(report + sheet)).values():
        assert lot.values("cg:endDate") == []


def test_lot_values_from_a_thousands_table_whose_rows_start_with_the_lot_number():
    lots = _lots(x := extract_text(REPORT + SHEET))
    assert [lots[k].first("cg:valueGBP") for k in ("lot-1", "lot-2", "lot-3")] == [
        Decimal(3720000), Decimal(4755000), Decimal(5730000)]
    ev = lots["lot-2"].properties["cg:valueGBP"][0].evidence[0]
    assert (ev.start_line, ev.end_line) == (x.source.lines.index("2 West Kent Birchmere Community Care 1,585 4,755") + 1,
                                           x.source.lines.index(" Ltd") + 1)
    assert quote_is_verbatim(x.source, ev)


TWO_LOT_CONTRACTS = _report(
    "Hearing Services - Contract Award",
    "a) AWARD the contract for the Hearing Support Service (Lot 1) to Larchwood Health NHS Foundation Trust for an\n"
    "initial term of five years from 1 April 2026 to 31 March 2031; and\n"
    "b) AWARD the contract for the Online Hearing Test Service (Lot 2) to Quillmere Devices Ltd for an initial term of\n"
    "three years; and",
    "3.2 Lot 2 will commence on 1st April 2026 and end on 31st March 2029, with the option to extend for a year.\n\n"
    "4.2 Lot 2 has an annual value of £1.1 million, giving a total of £3.3 million for the initial term.\n\n"
    "Table 1: Contract values (£000)\n\n"
    "| Lot | Provider | Annual | Initial term | Including extensions |\n|---|---|---|---|---|\n"
    "| 1 – Hearing Support Service | Larchwood Health NHS Foundation Trust | 7,850 | 39,250 | 62,800 |\n"
    "| 2 – Online Hearing Tests | Quillmere Devices Ltd | 1,100 | 3,300 | 5,500 |\n"
    "| Total | | 8,950 | 42,550 | 68,300 |\n",
)


def test_each_clause_awarding_a_lot_by_name_is_its_own_contract_with_its_provider():
    x = extract_text(TWO_LOT_CONTRACTS)
    made = {str(c.first("dct:title")): c for c in x.entities.of("Contract")}
    assert set(made) == {"Hearing Support Service (Lot 1)", "Online Hearing Test Service (Lot 2)"}
    assert provider_label(x, made["Hearing Support Service (Lot 1)"]) == "Larchwood Health NHS Foundation Trust"
    assert provider_label(x, made["Online Hearing Test Service (Lot 2)"]) == "Quillmere Devices Ltd"


def test_sentences_about_one_lot_and_its_table_row_give_that_lots_term_and_values():
    x = extract_text(TWO_LOT_CONTRACTS)
    made = {str(c.first("dct:title")): c for c in x.entities.of("Contract")}
    one, two = made["Hearing Support Service (Lot 1)"], made["Online Hearing Test Service (Lot 2)"]
    assert (two.first("cg:startDate"), two.first("cg:endDate")) == (date(2026, 4, 1), date(2029, 3, 31))
    assert two.first("cg:valueGBP") == Decimal(3300000) and two.first("cg:maxValueGBP") == Decimal(5500000)
    assert one.first("cg:valueGBP") == Decimal(39250000) and one.first("cg:maxValueGBP") == Decimal(62800000)
    assert (one.first("cg:startDate"), one.first("cg:endDate")) == (date(2026, 4, 1), date(2031, 3, 31))
    for c in (one, two):
        for sts in c.properties.values():
            for st in sts:
                assert all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def test_three_parties_each_named_with_its_lot_in_a_comma_list():
    x = extract_text(_report(
        "Rural Home Care - Contract Award",
        "a) AWARD block contracts for the provision of Rural Home Care to Alderbrook Care Ltd (Lot 1 – Weald),\n"
        "Birchmere Community Care Ltd (Lot 2 – Marsh) and Cedarholt Support Ltd (Lot 3 – Downs) for an initial\n"
        "term of three years, from 1 May 2026 to 30 April 2029; and",
        "4.1 The total value of the contracts over the initial term is £14.7 million.\n",
    ))
    lots = _lots(x)
    assert [provider_label(x, lots[k]) for k in ("lot-1", "lot-2", "lot-3")] == [
        "Alderbrook Care Ltd", "Birchmere Community Care Ltd", "Cedarholt Support Ltd"]
    assert all((lot.first("cg:startDate"), lot.first("cg:endDate")) == (date(2026, 5, 1), date(2029, 4, 30)) for lot in lots.values())
    whole = [c for c in x.entities.of("Contract") if not c.values("cg:lotOf")]
    assert [c.first("cg:valueGBP") for c in whole] == [Decimal(14700000)]  # the award's total, not a lot's
    assert whole[0].values("cg:provider") == []


def test_a_comma_list_of_parties_before_one_lot_is_not_read_as_lots():
    x = extract_text(_report(
        "Home Care - Framework",
        "a) AWARD places on the framework to Alderbrook Care Ltd, Birchmere Community Care Ltd and Cedarholt\n"
        "Support Ltd (Lot 1 – Weald) and Dunmore Care Ltd (Lot 2 – Marsh); and",
        "4.1 Text.\n",
    ))
    assert all(lot.values("cg:provider") == [] for lot in _lots(x).values())
