"""Lots a record of decision awards and what the report before it tells of them: two lots to one
provider, "each for an initial term ... from D", the report's "Each contract will have an
initial term ... from D1 to D2", and a lot table in £000 whose rows start with the lot's bare
number. Small invented fragments, not the bundled or held-out papers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import extract_text, provider_label, quote_is_verbatim
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
