"""A contract being extended: what it costs to extend it (never the contract's value), the
initial term and value its story tells ("The contract commenced on D1 for an initial term of
three years ending on D2", "The original contract value ... was £X"), its holder ("delivered
across the county by X under a contract"), two named contracts extended by one decision, and a
route a report only weighs as an option. Small invented fragments, not the bundled or held-out
papers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.loaders.reports_support import (
    OUTSIDE_CYCLE_HEAD,
    assert_contract_evidence_verbatim,
    decided_contract,
    decided_contracts,
    extract_text,
    provider_label,
)
from tests.loaders.test_contracts import MINUTES, _minutes, _report

_contracts = decided_contracts
_one = decided_contract
_provider = provider_label
_verbatim = assert_contract_evidence_verbatim


EXTENSION_REPORT = _report(
    "Befriending Service - Contract Extension",
    "a) APPROVE the extension of the Befriending Service contract with Quillan Trust for 18 months from\n"
    "1 October 2025 to 31 March 2027, under Regulation 72(1)(b) of the Public Contracts Regulations 2015; and",
    "1.1 The contract was awarded to Quillan Trust, a registered charity, following an open tender, and\n"
    "commenced on 1 October 2020 for an initial term of three years with the option to extend for 12 months.\n\n"
    "2. Options\n\n Option 1 – Do nothing. Rejected.\n Option 2 – A short-term direct award to a different provider. Rejected:\n"
    "no provider could mobilise in time.\n\n"
    "3. Financial Implications\n\n3.1 The total cost of the 18-month extension is up to £1,260,000, which will be met from the\n"
    "existing budget.\n\n3.2 The original contract value over the four years to 30 September 2025 was £3.3m.\n",
)


def test_what_an_extension_costs_is_its_value_never_the_contracts():
    x = extract_text(EXTENSION_REPORT)
    c = _one(x, "24/00091")
    assert c.first("cg:extensionValueGBP") == Decimal("1260000")
    assert c.first("cg:valueGBP") == Decimal("3300000")  # the original contract's value, said so
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2025, 10, 1), date(2027, 3, 31))
    _verbatim(x)


def test_the_extended_contracts_own_start_from_its_story_but_no_end_it_does_not_print():
    c = _one(extract_text(EXTENSION_REPORT), "24/00091")
    assert c.first("cg:startDate") == date(2020, 10, 1)
    assert c.values("cg:endDate") == []  # "an initial term of three years": never computed


def test_a_route_only_weighed_as_an_option_is_not_the_contracts_route():
    c = _one(extract_text(EXTENSION_REPORT), "24/00091")
    assert "direct award" not in [str(v) for v in c.values("cg:procurementRoute")]


def test_an_award_reports_story_of_another_contract_is_not_its_start():
    text = _report(
        "Befriending Service - Contract Award",
        "a) AWARD the Befriending Service contract to Quillan Trust for three years from 1 October 2025; and",
        "1.1 The previous contract commenced on 1 October 2020 and ends on 30 September 2025.\n",
    )
    c = _one(extract_text(text), "24/00091")
    assert c.first("cg:startDate") == date(2025, 10, 1)


def test_minuted_extension_initial_term_holder_and_cost():
    x = extract_text(_minutes(
        "31. 24/00105 - Carers' Support Service - Contract Extension \n(Item. 5) \n\n"
        "1. Ms Rowe introduced the report and said the Carers' Support Service was delivered\n"
        "across the county by Medlow Carers Partnership under a contract that began on 1 October 2019.\n"
        "The contract commenced on 1 October 2019 for an initial term of four years ending on\n"
        "30 September 2023. A 12-month extension, from 1 October 2024 to 30 September 2025, was proposed.\n"
        "The extension would cost £1.2m, which was within the existing budget. \n\n"
        "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
        "and Public Health to EXTEND the Carers' Support Service contract for 12 months be endorsed. \n\n"))
    c = _one(x, "24/00105")
    assert _provider(x, c) == "Medlow Carers Partnership"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2019, 10, 1), date(2023, 9, 30))
    assert c.first("cg:extensionValueGBP") == Decimal("1200000")
    assert c.values("cg:valueGBP") == []
    _verbatim(x)


def test_two_named_contracts_extended_by_one_decision_are_two_contracts_titled_by_their_clauses():
    x = extract_text(_report(
        "Housing Support Services - Contract Extensions",
        "a) approve the extension of the Floating Support Service contract with Ambry Housing Trust\n"
        "for 12 months from 1 April 2025;\n\n"
        "b) approve the extension of the Accommodation-based Support Service (West Kent)\n"
        "contract with Corvel Homes Ltd until 30 September 2025; and",
        "1.1 Text.\n",
    ))
    found = {str(c.first("dct:title")): c for c in _contracts(x, "24/00091")}
    assert set(found) == {"Floating Support Service", "Accommodation-based Support Service (West Kent)"}
    assert _provider(x, found["Floating Support Service"]) == "Ambry Housing Trust"
    assert found["Floating Support Service"].first("cg:extensionStartDate") == date(2025, 4, 1)
    west = found["Accommodation-based Support Service (West Kent)"]
    assert _provider(x, west) == "Corvel Homes Ltd"
    assert west.first("cg:extensionEndDate") == date(2025, 9, 30)
    _verbatim(x)


def test_two_clauses_on_the_same_named_contract_stay_one_contract():
    x = extract_text(_report(
        "Floating Support Service - Contract Extension",
        "a) approve the extension of the Floating Support Service contract with Ambry Housing Trust\n"
        "for 12 months from 1 April 2025;\n\n"
        "b) approve the variation of the Floating Support Service contract to add a hospital discharge pathway; and",
        "1.1 Text.\n",
    ))
    assert len(_contracts(x, "24/00091")) == 1


def test_a_varied_and_extended_contract_its_story_told_with_it():
    x = extract_text(_report(
        "Recovery Service - Contract Variation and Extension",
        "a) VARY the Recovery Service contract with Fernway Recovery Trust, under Regulation 72(1)(b) of the\n"
        "Public Contract Regulations 2015, to add an outreach element from 1 April 2025;\n"
        "b) EXTEND the contract for 12 months, from 1 October 2025 to 30 September 2026;\nand",
        "1.1 The contract was awarded to Fernway Recovery Trust following an open tender in 2020. It started on\n"
        "1 October 2020 for an initial term of five years ending on 30 September 2025.\n\n"
        "4.2 The cost of the extension, including the outreach element, is £3,480,000.\n\n"
        "4.3 The cost of the 18-month option is estimated at £9.3 million across all partners.\n",
    ))
    c = _one(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2020, 10, 1), date(2025, 9, 30))
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2025, 10, 1), date(2026, 9, 30))
    assert c.first("cg:extensionValueGBP") == Decimal("3480000")
    assert c.values("cg:valueGBP") == []
    _verbatim(x)


def test_an_extension_cost_estimated_at_a_sum():
    x = extract_text(EXTENSION_REPORT.replace(
        "3.1 The total cost of the 18-month extension is up to £1,260,000",
        "3.1 The cost of the 18-month extension is estimated at £1,260,000"))
    assert _one(x, "24/00091").first("cg:extensionValueGBP") == Decimal("1260000")


def test_a_contract_with_its_holder_and_its_story_in_a_list():
    x = extract_text(_report(
        "Home Care Reablement Service - Contract Award",
        "a) AWARD the Home Care Reablement Service contract to Lindenfield Care Ltd; and",
        "1.2 Reablement is supplemented by two externally commissioned contracts:\n\n"
        " the Reablement Support Service contract with Harbourview Homecare Ltd, which\n"
        "began on 1 October 2016 and expires on 30 September 2021, covering East Kent; and\n"
        " a spot-purchase arrangement with Penford Care Services Ltd for West Kent.\n",
    ))
    found = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == "Reablement Support Service"]
    assert len(found) == 1
    c = found[0]
    assert _provider(x, c) == "Harbourview Homecare Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2016, 10, 1), date(2021, 9, 30))
    _verbatim(x)


def test_the_last_minute_ends_with_its_minutes_not_in_the_report_after_them():
    text = _minutes(
        "31. Work Programme \n(Item. 11) \n\n1. RESOLVED that the Work Programme be noted. \n\n"
    ) + (
        "\nFrom: Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\n"
        "To: Adult Social Care Cabinet Committee – 14 November 2024\n\nSubject: Home Care - Update\n\n"
        "Classification: Unrestricted\n\nSummary: An update.\n\n1. Introduction\n\n"
        "1.1 The Kent Night Support contract with Hillview Homecare Limited was due to end on 31 October 2024.\n"
    )
    x = extract_text(text)
    assert not any(c.key[0] == "item" for c in x.entities.of("Contract")), [c.key for c in x.entities.of("Contract")]


def test_minutes_on_a_further_extension_of_the_named_contract_with_its_holder():
    x = extract_text(_minutes(
        "31. 24/00105 - Carers' Short Breaks Service - Contract Extension \n(Item. 5) \n\n"
        "1. Ms Lutter introduced the report which sought a further extension of\n"
        "the Carers' Short Breaks contract with Hearthway Respite Care CIC for 12 months\n"
        "from 1 October 2024 to 30 September 2025, at a cost of £1,240,000. \n\n"
        "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
        "and Public Health to EXTEND the Carers' Short Breaks contract be endorsed. \n\n"))
    assert _provider(x, _one(x, "24/00105")) == "Hearthway Respite Care CIC"


def test_an_extended_contract_awarded_with_a_value_for_its_initial_term():
    x = extract_text(EXTENSION_REPORT.replace(
        "3.2 The original contract value over the four years to 30 September 2025 was £3.3m.",
        "3.2 The contract was awarded with a value of £3,300,000 for the initial three-year\nterm (£1,100,000 per annum)."))
    assert _one(x, "24/00091").first("cg:valueGBP") == Decimal("3300000")


def test_minutes_on_extending_a_contract_held_by_a_body_commissioned_with_partners():
    x = extract_text(_minutes(
        "31. 24/00105 - Equipment Service - Contract Extension \n(Item. 5) \n\n"
        "1. Mr Ingle introduced the report, which set out the proposal to extend the\n"
        "Equipment Service contract held by Hollinford Mobility\nServices Ltd for a further 12 months, from 1 April 2025 to"
        " 31 March 2026. The contract was jointly commissioned with Medway Council. The cost of the extension to the\n"
        "Council would be £6.8m. \n\n"
        "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
        "and Public Health to EXTEND the Equipment Service contract be endorsed. \n\n"))
    c = _one(x, "24/00105")
    assert _provider(x, c) == "Hollinford Mobility Services Ltd"
    assert c.first("cg:extensionValueGBP") == Decimal("6800000")


def test_minutes_proposing_to_award_the_named_contract_to_a_body():
    x = extract_text(_minutes(
        "31. 24/00105 - Recovery Service - Contract Award \n(Item. 5) \n\n"
        "1. Dr Mell introduced the report. Following an open tender, it was proposed to\n"
        "award the Adult Recovery Service contract to\nPathfield Recovery Partnership, a registered charity, for an initial"
        " term of five years from 1 April 2025.\n\n"
        "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
        "and Public Health to AWARD the Adult Recovery Service contract be endorsed. \n\n"))
    assert _provider(x, _one(x, "24/00105")) == "Pathfield Recovery Partnership"


def test_an_outside_cycle_extension_of_the_contract_with_a_body_named_without_its_kind():
    x = extract_text(MINUTES + OUTSIDE_CYCLE_HEAD + (
        "Recommendation(s): The Committee is asked to NOTE the decisions.\n\n"
        "2.2 23/00091 – Integrated Advocacy Service – Contract Extension\n\n"
        "The Integrated Advocacy Service contract with Voiceway Advocacy Kent was\n"
        "due to end on 31 December 2023. On 2 November 2023 the Cabinet Member\n"
        "agreed to extend it for six months, from 1 January 2024 to 30 June 2024, at a cost\nof £410,000.\n\n"
        "3. Background Documents\n\nNone\n"))
    c = _one(x, "23/00091")
    assert _provider(x, c) == "Voiceway Advocacy Kent"
    assert c.first("cg:extensionValueGBP") == Decimal("410000")


def test_a_recommendation_whose_decision_is_attached_as_an_appendix_and_the_story_in_the_summary():
    text = _report(
        "Short Breaks Service - Contract Extension", "", "1.1 Text.\n",
    ).replace(
        "Summary: This report sets out the proposed decision.",
        "Summary: The Short Breaks Service is provided across Kent by the Weald Carers\nTrust under a contract which began on"
        " 1 October 2019 and ends on 30 September\n2024. This report proposes a twelve month extension.",
    ).replace(
        "is asked to consider and endorse the proposed decision to:\n\nb) DELEGATE authority to the Corporate Director Adult"
        " Social Care and Health to take other relevant actions.",
        "is asked to consider and endorse the proposed decision (attached as Appendix A) to approve the extension of the"
        " Short Breaks Service contract with the Weald Carers Trust for a period of 12 months\nfrom 1 October 2024 to"
        " 30 September 2025.",
    )
    assert "(attached as Appendix A)" in text
    x = extract_text(text)
    c = _one(x, "24/00091")
    assert _provider(x, c) == "Weald Carers Trust"
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2024, 10, 1), date(2025, 9, 30))
    assert c.first("cg:startDate") == date(2019, 10, 1)
    _verbatim(x)


def test_the_extended_contracts_initial_term_ran_from_and_its_total_over_the_years_it_ran():
    x = extract_text(EXTENSION_REPORT.replace(
        "1.1 The contract was awarded to Quillan Trust, a registered charity, following an open tender, and\n"
        "commenced on 1 October 2020 for an initial term of three years with the option to extend for 12 months.",
        "1.1 The contract was awarded to Quillan Trust in 2020. The initial term ran from 1 October 2020 to 30 September\n"
        "2023 at a total value of £3,300,000, with the option to extend for up to two years.",
    ).replace("3.2 The original contract value over the four years to 30 September 2025 was £3.3m.", ""))
    c = _one(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2020, 10, 1), date(2023, 9, 30))
    assert c.first("cg:valueGBP") == Decimal("3300000")
    told = extract_text(EXTENSION_REPORT.replace(
        "3.2 The original contract value over the four years to 30 September 2025 was £3.3m.",
        "3.2 The total value of the contract over five years was £3.3m."))
    assert _one(told, "24/00091").first("cg:valueGBP") == Decimal("3300000")


def test_minutes_on_extending_the_contract_in_an_area_with_its_holder():
    x = extract_text(_minutes(
        "31. 24/00105 - Home Care Support Services - Contract Extension \n(Item. 5) \n\n"
        "1. Mr Trent introduced the report, which set out the proposal to extend the\n"
        "Home Care Support Services contract in Ashford and Shepway with Orchard Dale\n"
        "Homecare Ltd for six months, from 1 April 2025 to 30 September 2025, at a cost of £1.6m. \n\n"
        "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
        "and Public Health to EXTEND the Home Care Support Services contract be endorsed. \n\n"))
    assert _provider(x, _one(x, "24/00105")) == "Orchard Dale Homecare Ltd"


def test_contracts_extended_with_two_holders_by_area_give_no_single_provider():
    x = extract_text(_report(
        "Extension of Carers' Short Breaks Service Contracts",
        "a) approve the extension of the Carers' Short Breaks Service contracts with\n"
        "Harbourview Carers Trust (East Kent) and Weald Respite Partners Ltd (West\n"
        "Kent) for a period of 12 months from 1 October 2024 to 30 September 2025; and",
        "3.1 The total cost of the extensions is £1,840,000, met from the existing budget.\n\n"
        "Table 1: Cost of the 12 month extension\nContract Provider Annual Value\n"
        "East Kent Harbourview Carers Trust £1,040,000\nWest Kent Weald Respite Partners Ltd £800,000\n",
    ))
    for c in _contracts(x, "24/00091"):
        assert c.values("cg:provider") == [], c.key
        assert c.values("cg:valueGBP") == []  # the extensions' cost is not the contracts' value
        assert Decimal("1040000") not in c.values("cg:annualValueGBP")  # one row of two
    assert any(c.first("cg:extensionValueGBP") == Decimal("1840000") for c in _contracts(x, "24/00091"))


@pytest.mark.parametrize("told", ["The value of the contract over the five years was £2.1 million.",
                                   "The contract value at award was £2.1 million."])
def test_the_replacement_contracts_start_is_not_the_extended_contracts_and_its_value_over_the_years_is(told):
    x = extract_text(_report(
        "Hearing Support Service - Contract Extension",
        "a) approve the extension of the Hearing Support Service contract with Ollerton Sound CIC for twelve\n"
        "months, from 1 April 2026 to 31 March 2027, at a cost of £420,000; and",
        "1.1 The current contract was awarded to Ollerton Sound CIC following a competitive tender and began on\n"
        f"1 April 2021 for a term of five years. {told}\n\n"
        "2.1 During the extension the service will be recommissioned. A new contract is expected to start on\n"
        "1 April 2027.\n",
    ))
    c = _one(x, "24/00091")
    assert c.first("cg:startDate") == date(2021, 4, 1)
    assert c.first("cg:valueGBP") == Decimal("2100000")
    assert c.first("cg:extensionValueGBP") == Decimal("420000")
    _verbatim(x)


def test_a_minuted_outside_cycle_extension_names_its_holder_and_period():
    x = extract_text(_minutes(
        "31. Decisions Taken Outside of the Cabinet Committee Meeting Cycle \n(Item. 9) \n\n"
        "1. The Committee noted that decision 24/00109 - Extension of the Kent Hearing Support \n"
        "Contract had been taken by the Cabinet Member on 13 October 2024, extending the contract \n"
        "with Ollerton Sound CIC for six months, from 1 November 2024 to 30 April 2025, at a cost of £318,000. \n\n"
        "2. RESOLVED that the decision taken outside of the meeting cycle be noted. \n"
    ))
    c = _one(x, "24/00109")
    assert c.first("dct:title") == "Kent Hearing Support Contract"  # (not "Extension of the ...")
    assert _provider(x, c) == "Ollerton Sound CIC"
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2024, 11, 1), date(2025, 4, 30))
    assert c.first("cg:extensionValueGBP") == Decimal("318000") and c.values("cg:startDate") == []
    _verbatim(x)


def test_a_sum_over_the_extension_is_its_cost_and_the_initial_terms_total_the_value():
    x = extract_text(_report(
        "Hearing Support Service - Contract Extension",
        "a) APPROVE the extension of the Hearing Support Service contract with Ollerton Sound CIC for two years,\n"
        "from 1 April 2027 to 31 March 2029; and",
        "2.1 The contract started on 1 April 2021 for an initial term of six years to 31 March 2027. The total value\n"
        "of the initial term was £68.4m.\n\n"
        "4.1 The current annual contract value is £11.4m. The extension for two years will cost £23.6m, funded\n"
        "from the Public Health Grant.\n",
    ) + (
        "\n\nKENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\n"
        "Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\nDECISION NO:\n\n24/00091\n\n"
        "Title of Decision: Hearing Support Service - Contract Extension\n\n"
        "Decision: As Cabinet Member, I agree to APPROVE the extension of the Hearing Support Service contract with\n"
        "Ollerton Sound CIC for two years, from 1 April 2027 to 31 March 2029.\n\n"
        "Financial Implications: £23.6m over the two-year extension, from the Public Health Grant.\n\n"
        "Reason(s) for decision: text.\n"
    ))
    c = _one(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("68400000")  # never the extension's £23.6m
    assert c.first("cg:extensionValueGBP") == Decimal("23600000")
    _verbatim(x)


def test_two_clauses_extending_two_named_contracts_of_one_decision_stay_apart():
    x = extract_text(_report(
        "Housing Support Contracts - Contract Extensions",
        "a) APPROVE the extension of the Homeless Floating Support Service contract with the Weald Haven Trust\n"
        "from 1 April 2025 to 31 March 2026;\n"
        "b) APPROVE the extension of the remaining Housing Support contracts listed in Table 2 for the same period; and",
        "1.1 Text.\n",
    ))
    made = {str(c.first("dct:title")): c for c in _contracts(x, "24/00091")}
    assert set(made) == {"Homeless Floating Support Service", "Housing Support"}
    assert _provider(x, made["Homeless Floating Support Service"]) == "Weald Haven Trust"
    assert made["Housing Support"].values("cg:provider") == []  # never the other clause's holder


def test_one_clause_extending_two_named_contracts_with_their_own_holders():
    x = extract_text(_report(
        "Advocacy Hubs - Contract Extensions",
        "a) approve the extension of the Advocacy Hub (East) contract with Speak Freely Thanet and the Advocacy\n"
        "Hub (West) contract with Weald Voices Partnership for a period of twelve months, from 1 April 2025 to\n"
        "31 March 2026, under Regulation 72 of the Public Contracts Regulations 2015; and",
        "1.1 Text.\n",
    ))
    made = {str(c.first("dct:title")): c for c in _contracts(x, "24/00091")}
    assert set(made) == {"Advocacy Hub (East)", "Advocacy Hub (West)"}
    assert _provider(x, made["Advocacy Hub (East)"]) == "Speak Freely Thanet"
    assert _provider(x, made["Advocacy Hub (West)"]) == "Weald Voices Partnership"
    for c in made.values():
        assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2025, 4, 1), date(2026, 3, 31))
    _verbatim(x)


@pytest.mark.parametrize("told, end", [
    ("It began on 1 November 2022 and is due to end on 31 October 2026.", date(2026, 10, 31)),
    ("It began on 1 November 2022 and, following two extensions, is due to end on 31 October 2026.", None),
    ("It began on 1 November 2022 and is due to end on 31 March 2026.", None),  # not the day before the extension
])
def test_the_initial_end_of_an_extended_contract_is_the_day_before_its_extension(told, end):
    x = extract_text(_report(
        "Home Support Services - Contract Extension",
        "a) APPROVE the extension of the Home Support Services contract for up to 12 months, from 1 November\n"
        "2026 to 31 October 2027; and",
        f"1.1 The Home Support Services contract is the main route for arranging home care. {told}\n",
    ))
    c = _one(x, "24/00091")
    assert c.first("cg:endDate") == end
    _verbatim(x)


def test_contracts_in_the_plural_that_started_for_an_initial_term_ending_on_a_date():
    x = extract_text(_report(
        "Supported Living Services - Extension of Contracts",
        "a) APPROVE the extension of the Supported Living Services contracts for a period of twelve months, from\n"
        "1 October 2024 to 30 September 2025; and",
        "1.1 The Supported Living Services contracts started on 1 October 2020 for an\n"
        "initial term of four years ending on 30 September 2024. There are 41 providers.\n",
    ))
    c = _one(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2020, 10, 1), date(2024, 9, 30))
    _verbatim(x)
