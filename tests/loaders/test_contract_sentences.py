"""Contract facts told in sentences of their own: a value "expected to be worth up to £X over the
initial term", an end "The contract will end on D unless extended", a term printed in the clause
that delegates the award, an outside-cycle report telling its one decision in numbered
paragraphs, minutes that endorse "a direct award of the X contract to Y" or extend "the X
contract with Y", and a recommendation whose wrapped line starts "recommendations to ...".
Small invented fragments, not the bundled or held-out papers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import (
    OUTSIDE_CYCLE_HEAD,
    assert_contract_evidence_verbatim,
    decided_contract,
    extract_text,
    provider_label,
)
from tests.loaders.test_contracts import MINUTES, _minutes, _report

_by_decision = decided_contract
_provider = provider_label
_verbatim = assert_contract_evidence_verbatim


WHEELCHAIR = _report(
    "Wheelchair Service - Contract Award",
    "a) AWARD a call-off contract for the Wheelchair Service to Tamsin Mobility Limited under the national "
    "framework, for an initial term of four years commencing 1st June 2025 with the option to extend for a "
    "further two years; and",
    "1.1 The current contract ends on 31 May 2025.\n\n2. Financial Implications\n\n"
    "2.1 The contract is expected to be worth up to £24.6 million over the initial four-year term\n"
    "(£6.15 million per annum). With the two-year extension the maximum value would be\n£36.9 million.\n\n"
    "3. Legal Implications\n\n3.1 Calling off from a framework is permitted. The contract will end on 31 May 2029 unless extended.\n",
)


def test_a_value_expected_to_be_worth_up_to_a_sum_over_the_term_and_a_maximum_in_the_next_sentence():
    x = extract_text(WHEELCHAIR)
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("24600000")
    assert c.first("cg:maxValueGBP") == Decimal("36900000")  # never the yearly £6.15m
    _verbatim(x)


def test_the_end_said_on_its_own_after_the_start_is_known_but_not_the_current_contracts_end():
    c = _by_decision(extract_text(WHEELCHAIR), "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 6, 1), date(2029, 5, 31))
    earlier = WHEELCHAIR.replace("The contract will end on 31 May 2029 unless extended.",
                                 "The contract will end on 31 May 2024 as planned.")
    assert _by_decision(extract_text(earlier), "24/00091").values("cg:endDate") == []  # before the start: not this term
    with_extensions = WHEELCHAIR.replace("31 May 2029 unless extended.", "31 May 2031 if both extensions are used.")
    assert _by_decision(extract_text(with_extensions), "24/00091").values("cg:endDate") == []


DELEGATED = _report(
    "Sexual Health Service - Recommissioning",
    "a) APPROVE the procurement of a Sexual Health Service through a competitive tender;\n\n"
    "b) DELEGATE authority to the Director of Public Health to award the contract, for an initial\n"
    "term of four years from 1 October 2025 to 30 September 2029 with an option to extend for up to\n"
    "two years, to the successful bidder; and",
    "1.1 Text.\n\n2. Financial Implications\n\n2.1 The total contract value is £8m over the initial term.\n",
)


def test_the_term_printed_in_the_clause_that_delegates_the_award():
    x = extract_text(DELEGATED)
    c = _by_decision(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 10, 1), date(2029, 9, 30))
    assert c.values("cg:provider") == []  # "the successful bidder" is never a provider
    _verbatim(x)


def test_a_delegated_extension_period_is_not_the_initial_term():
    text = DELEGATED.replace("for an initial\nterm of four years from 1 October 2025 to 30 September 2029 with an option to extend for up to\ntwo years",
                             "for an initial\nterm of four years with an option to extend from 1 October 2029 to 30 September\n2031")
    c = _by_decision(extract_text(text), "24/00091")
    assert c.values("cg:startDate") == [] and c.values("cg:endDate") == []


OUTSIDE_CYCLE_ONE_DECISION = MINUTES + OUTSIDE_CYCLE_HEAD + (
    "Recommendation(s): The Committee is asked to NOTE that the following decision was taken in accordance with "
    "the process in Part 2 paragraph 12.35 of the Constitution:\n\n"
    "23/00104 – Step-Down Beds – Direct Award\n\n1. Introduction\n\n1.1 Text about guidance.\n\n2. Decision\n\n"
    "2.1 On 3 May 2023 the Cabinet Member for Adult Social Care and Public Health took the\n"
    "decision to directly award a block contract to Hollin Care Homes Ltd for 18 step-down\n"
    "beds at two homes in Dover from 8 May 2023 to 31 August 2023. The contract\n"
    "value is £654,000, funded by the discharge fund; the weekly rate of £1,200\nper bed is above the usual rate.\n\n"
    "3. Background Documents\n\nRecord of Decision 23/00104\n"
)


def test_an_outside_cycle_report_on_one_decision_tells_its_contract_in_numbered_paragraphs():
    x = extract_text(OUTSIDE_CYCLE_ONE_DECISION)
    c = _by_decision(x, "23/00104")
    assert _provider(x, c) == "Hollin Care Homes Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 5, 8), date(2023, 8, 31))
    assert c.first("cg:valueGBP") == Decimal("654000")  # never the weekly rate
    _verbatim(x)


def test_an_outside_cycle_report_on_two_decisions_does_not_give_one_the_others_paragraphs():
    two = OUTSIDE_CYCLE_ONE_DECISION.replace(
        "23/00104 – Step-Down Beds – Direct Award\n\n",
        "23/00104 – Step-Down Beds – Direct Award\n\n23/00105 – Winter Grants to Care Homes\n\n")
    x = extract_text(two)
    for c in x.entities.of("Contract"):
        assert c.values("cg:provider") == [] or Ref("Decision", ("23/00104",)) not in c.values("cg:authorisedBy")


def test_minutes_endorsing_a_direct_award_of_the_named_contract_to_a_provider():
    x = extract_text(_minutes(
        "31. 24/00105 - Night Sitting Service \n(Item. 5) \n\n"
        "1. Mr Hale introduced the report which set out the proposal to make a direct award of the\n"
        "Night Sitting Service contract to Harrowgate Care Ltd for one year from 1 May 2024 to\n"
        "30 April 2025 at a value of £0.9 million. The service supported people at night.\n\n"
        "2. RESOLVED that the proposed decision to make a direct award of the Night Sitting\n"
        "Service contract to Harrowgate Care Ltd, as shown at Appendix A, be endorsed. \n\n"))
    c = _by_decision(x, "24/00105")
    assert _provider(x, c) == "Harrowgate Care Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 5, 1), date(2025, 4, 30))
    assert c.first("cg:valueGBP") == Decimal("900000")
    _verbatim(x)


def test_minutes_extending_the_lower_case_named_contract_with_a_provider_and_the_extensions_value():
    x = extract_text(_minutes(
        "31. 24/00105 - Night Sitting Service - Contract Extension\n(Item. 5) \n\n"
        "1. Mr Hale introduced the report which set out the proposal to extend the night sitting\n"
        "contract with Harrowgate Care Ltd for the Swale and Medway localities for a\n"
        "further twelve months, from 1 April 2024 to 31 March 2025, under Regulation 72 of the Public\n"
        "Contracts Regulations 2015. The value of the extension was £2.3m. Page 4\n"
        "2. RESOLVED that the Committee endorse the proposed decision to extend the contract for the "
        "Night Sitting Service. \n\n"))
    c = _by_decision(x, "24/00105")
    assert _provider(x, c) == "Harrowgate Care Ltd"
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2024, 4, 1), date(2025, 3, 31))
    assert c.first("cg:extensionValueGBP") == Decimal("2300000")
    assert c.values("cg:valueGBP") == [] and c.values("cg:startDate") == []  # the extension's, not the contract's
    _verbatim(x)


def test_a_recommendation_wrapped_onto_a_line_starting_recommendations_is_read_whole():
    text = _report(
        "Day Care Service - Contract Award",
        "a) AWARD the Day Care Service contract to Orrin Care Ltd for three years from 1 June 2025 to 31 May 2028; and",
        "1.1 Text.\n",
    ).replace("is asked to consider and endorse the proposed decision to:",
              "is asked to consider and endorse, or make\nrecommendations to the Cabinet Member on, the proposed decision to:")
    x = extract_text(text)
    c = _by_decision(x, "24/00091")
    assert _provider(x, c) == "Orrin Care Ltd"
    [report] = x.entities.of("Report")
    rec = str(report.first("cg:recommendation"))
    assert rec.startswith("The Adult Social Care Cabinet Committee is asked") and "AWARD the Day Care Service" in rec


ADVOCACY = _report(
    "Kent Advocacy Service - Contract Award",
    "a) DELEGATE authority to the Corporate Director of Adult Social Care and\n"
    "Health to award the contract for the Kent Advocacy Service to the successful\n"
    "bidder identified in Exempt Appendix B, for a term of four years from 1 November\n"
    "2025, with the option to extend for a further 24 months; and",
    "1.1 Text.\n\n3. Financial Implications\n\n3.1 The total contract value is over £3 million.\n\n"
    "Table 2: Kent Advocacy Service – contract value (£000)\n"
    "Year Period Value\n2025/26 1 Nov 2025 – 31 Mar 2026 412\n2026/27 Full year 990\n"
    "Total (initial term) 3,960\nOptional extension 1 Nov 2029 – 31 Oct 2031 1,980\nTotal including extension 5,940\n\n"
    "4. Legal Implications\n\n4.1 The contract will run from 1 November 2025 to 31 October 2029.\n",
)


def test_a_delegated_award_is_the_decisions_contract_when_no_clause_acts_on_one_itself():
    x = extract_text(ADVOCACY)
    c = _by_decision(x, "24/00091")
    assert c.values("cg:provider") == []  # withheld
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 11, 1), date(2029, 10, 31))
    _verbatim(x)


def test_a_table_captioned_as_the_contract_value_gives_its_initial_total_and_maximum():
    x = extract_text(ADVOCACY)
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("3960000")  # never the yearly rows or "over £3 million"
    assert c.first("cg:maxValueGBP") == Decimal("5940000")
    uncaptioned = ADVOCACY.replace("Table 2: Kent Advocacy Service – contract value (£000)", "Table 2: Spend by year (£000)")
    assert _by_decision(extract_text(uncaptioned), "24/00091").values("cg:valueGBP") == []


def test_has_a_value_of_up_to_and_an_initial_term_ending_after_a_commencement():
    x = extract_text(_report(
        "Weight Management Service - Contract Award",
        "a) AWARD the contract for the Weight Management Service to the successful bidder named in exempt Appendix A; and",
        "1.1 The current service ends on 31 January 2025.\n\n3. The new contract\n\n"
        "3.1 The contract will commence on 1 February 2025. The initial term will end on\n"
        "31 January 2027, with an option to extend for a further 12 months.\n\n"
        "3.2 The contract has a value of up to £2.1 million over the initial two-year\n"
        "term, approximately £1.05m per annum. Including the extension period, the\nmaximum contract value is £3.15m.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 2, 1), date(2027, 1, 31))
    assert (c.first("cg:valueGBP"), c.first("cg:maxValueGBP")) == (Decimal("2100000"), Decimal("3150000"))
    _verbatim(x)


def test_a_numbered_paragraph_after_a_table_footnote_is_a_sentence_of_its_own():
    x = extract_text(_report(
        "Recovery Service - Contract Award",
        "a) AWARD the contract for the Recovery Service to Saltings Recovery CIC for an initial term of\n"
        "three years from 1 April 2025, with the option to extend for up to two further years; and",
        "4. Financial Implications\n\nTable 2: Contract value (£000)\n\n"
        "Year        2025/26    2026/27    2027/28    2028/29*   2029/30*   Total\n"
        "Contract value   100   100   100   100   100   500\n* optional extension years\n\n"
        "4.3 The contract will run from 1 April 2025 to 31 March 2028 (initial term).\n",
    ))
    c = _by_decision(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 4, 1), date(2028, 3, 31))


def test_an_outside_cycle_call_off_whose_next_sentence_names_the_holder_and_value():
    x = extract_text(MINUTES + OUTSIDE_CYCLE_HEAD + (
        "Recommendation(s): The Committee is asked to NOTE that decisions 23/00104 – Step-Down Beds – Direct\n"
        "Award and 23/00106 – Telecare Equipment – Call-off Contract have been taken.\n\n"
        "1. 23/00104 – Step-Down Beds – Direct Award\n\n1.1 Text about beds.\n\n"
        "2. 23/00106 – Telecare Equipment – Call-off Contract\n\n"
        "2.1 On 24 April 2023 the Cabinet Member agreed to call off a contract for the\n"
        "supply of telecare equipment from the national framework.\n"
        "The call-off contract, with Brackenfold Systems \nUK Ltd, runs for two years from 01/05/2023 to 30/04/2025 and has a value of\n"
        "up to £480,000. Urgent action was needed.\n\n3. Recommendation(s)\n\n3.1 NOTE.\n"))
    c = _by_decision(x, "23/00106")
    assert _provider(x, c) == "Brackenfold Systems UK Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 5, 1), date(2025, 4, 30))
    assert c.first("cg:valueGBP") == Decimal("480000")
    _verbatim(x)


def test_a_partnership_agreement_keeps_every_word_of_its_name():
    x = extract_text(_report(
        "Public Health Partnership Agreement - Extension",
        "a) APPROVE the extension of the Public Health Partnership Agreement with Kent Community Health NHS\n"
        "Foundation Trust for 12 months from 1 April 2025 to 31 March 2026; and",
        "1.1 The Public Health Partnership Agreement with KCHFT commenced on 1 April 2020 for an initial\n"
        "term of five years ending on 31 March 2025.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert str(c.first("dct:title")).startswith("Public Health Partnership Agreement")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2020, 4, 1), date(2025, 3, 31))
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2025, 4, 1), date(2026, 3, 31))


def _award_with_body(body):
    return _report(
        "Navigation Service - Contract Award",
        "a) AWARD the contract for the Navigation Service to Orrin Care Ltd for an initial term of five years from\n"
        "1 October 2025, with the option to extend for up to two years; and",
        body,
    )


def test_the_end_of_a_term_said_in_the_bodys_own_words():
    for body, end in (
        ("4.1 The contract will start on 1 October 2025 and end on 30 September 2030, an initial term of five years.\n",
         date(2030, 9, 30)),
        ("4.1 The procurement follows the regulations. The initial term ends on 30 September 2030.\n", date(2030, 9, 30)),
        ("2.3 The new contract will run from 1 October 2025, ending 30 September 2030, with an option to extend.\n",
         date(2030, 9, 30)),
    ):
        c = _by_decision(extract_text(_award_with_body(body)), "24/00091")
        assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 10, 1), end), body


def test_a_term_from_another_start_gives_no_end():
    body = "4.1 The contract will start on 1 April 2026 and end on 31 March 2031.\n"
    c = _by_decision(extract_text(_award_with_body(body)), "24/00091")
    assert c.first("cg:startDate") == date(2025, 10, 1) and c.values("cg:endDate") == []


def _highest_scoring(body, rec="a) AWARD the contract for the Navigation Service to the highest scoring bidder following the open tender; and"):
    return _report("Navigation Service - Contract Award", rec, body)


def test_the_highest_scoring_bidder_named_by_the_body_is_the_provider():
    for body in (
        "2.2 The highest scoring bid was submitted by Cobley Community Partnership, a registered charity. The scores are below.\n",
        "2.1 A mini-competition was run. Subject to endorsement the contract will be awarded to\nAllard Day Services Ltd.\n",
        "2.2 Four bids were received. Allard Day Services Ltd is recommended as the provider of the new service.\n",
    ):
        x = extract_text(_highest_scoring(body))
        c = _by_decision(x, "24/00091")
        assert _provider(x, c) in ("Cobley Community Partnership", "Allard Day Services Ltd"), body
        _verbatim(x)


def test_no_provider_from_the_body_when_it_names_two_or_the_award_is_withheld():
    two = ("2.2 The highest scoring bid was submitted by Cobley Community Partnership. Subject to the\n"
           "call-in period the contract will be awarded to Allard Day Services Ltd.\n")
    assert _by_decision(extract_text(_highest_scoring(two)), "24/00091").values("cg:provider") == []
    withheld = _highest_scoring(
        "2.2 The highest scoring bid was submitted by Cobley Community Partnership.\n",
        rec="a) AWARD the contract for the Navigation Service to the successful bidder named in exempt Appendix A; and")
    assert _by_decision(extract_text(withheld), "24/00091").values("cg:provider") == []


def test_a_table_of_key_contract_details_and_a_recommendation_wrapped_before_its_to():
    text = _report(
        "Home Care Services - Contract Award",
        "(a) AWARD the contract for Home Care Services in Thanet to the successful bidder identified in Exempt Appendix A; and",
        "2.2 Key contract details are summarised below.\n\nTable 1: Key contract details\n\n"
        "Contract element | Detail\nRoute to market | Open procedure\nContract start date | 01/07/2025\n"
        "Initial term end | 30/06/2028\nExtension options | Up to 2 x 12 months\n"
        "Estimated value (initial term) | £14.4m\nMaximum value incl. extensions | £24.0m\n",
    ).replace("is asked to consider and endorse the proposed decision to:",
              "is asked to CONSIDER and ENDORSE or make RECOMMENDATIONS on the proposed decision\nto:")
    x = extract_text(text)
    c = _by_decision(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 7, 1), date(2028, 6, 30))
    assert (c.first("cg:valueGBP"), c.first("cg:maxValueGBP")) == (Decimal("14400000"), Decimal("24000000"))
    assert c.values("cg:provider") == []
    _verbatim(x)


def test_key_detail_rows_printed_twice_with_different_values_are_not_read():
    text = _report(
        "Home Care Services - Contract Award",
        "(a) AWARD the contract for Home Care Services in Thanet to the successful bidder; and",
        "Table 1\n\nContract start date | 01/07/2025\nInitial term end | 30/06/2028\n\n"
        "Table 2 (current contract)\n\nContract start date | 01/07/2019\nInitial term end | 30/06/2022\n",
    )
    c = _by_decision(extract_text(text), "24/00091")
    assert c.values("cg:startDate") == [] and c.values("cg:endDate") == []


def test_financial_implications_opening_with_the_sum_over_the_term():
    x = extract_text(_report(
        "Employment Service - Dynamic Purchasing System",
        "a) ESTABLISH a Dynamic Purchasing System for Supported Employment Services for four years from 1 February 2026; and",
        "1.1 Text.\n",
    ) + (
        "\n\nKENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\n"
        "Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\nDECISION NO:\n\n24/00091\n\n"
        "Title of Decision: Supported Employment Services - Dynamic Purchasing System\n\n"
        "Decision: As Cabinet Member, I agree to:\n\na) ESTABLISH a Dynamic Purchasing System for Supported Employment Services"
        " for four years from 1 February 2026; and\n\nb) DELEGATE authority to the Corporate Director to take other actions.\n\n"
        "Financial Implications: Estimated £3.6m over four years.\n\nReason(s) for decision: text.\n"
    ))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("3600000")
    _verbatim(x)


CALL_OFF = _report(
    "Discharge Home Care - Call-Off from the Home Care Framework",
    "a) APPROVE a call-off contract from Lot 3 of the Home Care Framework for the Discharge Home Care\n"
    "Service, for an initial term of two years with the option to extend for a further 12 months;",
    "3.1 It is proposed to call off the Discharge Home Care Service with the highest ranked provider in Table 2.\n"
    "The call-off contract will run for an initial term of two years, from 1st May 2025 to 30th April 2027.\n\n"
    "Table 2: Mini-competition outcome - Lot 3\n\n"
    "Rank   Provider                                Quality (60)   Price (40)   Total\n"
    "1      Mayfield Home Care Ltd                  51.0           36.4         87.4\n"
    "2      Oakhurst Domiciliary Services Ltd       47.5           38.1         85.6\n\n"
    "4. Financial Implications\n\n4.1 The estimated value of the call-off contract is £2.4m per annum, or £4.8m over\n"
    "the initial term.\n",
)


def test_a_call_off_contract_from_a_framework_is_the_call_off_not_the_framework():
    x = extract_text(CALL_OFF)
    c = _by_decision(x, "24/00091")
    assert c.key[-1] == "contract"
    assert str(c.first("dct:title")) == "Discharge Home Care"  # not the framework's name, not "- Call-Off from ..."
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 5, 1), date(2027, 4, 30))
    assert c.first("cg:valueGBP") == Decimal("4800000")  # the sum over the term, not the yearly £2.4m
    _verbatim(x)


def test_the_provider_ranked_first_in_the_table_the_text_names():
    x = extract_text(CALL_OFF)
    assert _provider(x, _by_decision(x, "24/00091")) == "Mayfield Home Care Ltd"
    rank_last = CALL_OFF.replace(
        "Rank   Provider                                Quality (60)   Price (40)   Total\n"
        "1      Mayfield Home Care Ltd                  51.0           36.4         87.4\n"
        "2      Oakhurst Domiciliary Services Ltd       47.5           38.1         85.6\n",
        "Supplier Quality Price Total Rank\nOakhurst Domiciliary Services Ltd 47.5 38.1 85.6 2\n"
        "Mayfield Home Care Ltd 51.0 36.4 87.4 1\n")
    x = extract_text(rank_last)
    assert _provider(x, _by_decision(x, "24/00091")) == "Mayfield Home Care Ltd"
    unnamed = CALL_OFF.replace("with the highest ranked provider in Table 2", "with a provider on the framework")
    assert _by_decision(extract_text(unnamed), "24/00091").values("cg:provider") == []


def test_a_delegated_call_off_award():
    x = extract_text(_report(
        "Telecare Service - Call-Off Contract",
        "a) DELEGATE authority to the Corporate Director to award a call-off contract for the Telecare Service,\n"
        "following the mini-competition described in this report, for an initial term of four years; and",
        "3.1 The call-off contract will start on 1 April 2025 and run until 31 March 2029.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 4, 1), date(2029, 3, 31))


def test_an_outside_cycle_award_whose_provider_is_the_one_row_of_a_table():
    x = extract_text(_outside_cycle_report(
        "2.1 The Cabinet Member agreed a direct award of a block contract for 30 designated beds from 1 May 2025 to\n"
        "30 September 2025, at a total cost of up to £1,170,000. The beds are provided by:\n\n"
        "Provider Home Beds Weekly rate\nAshby Nursing Homes Ltd Ashby House, Herne Bay 30 £1,750\n"))
    c = _by_decision(x, "23/00104")
    assert _provider(x, c) == "Ashby Nursing Homes Ltd"
    assert c.first("cg:valueGBP") == Decimal("1170000")  # never the weekly rate
    _verbatim(x)


def _outside_cycle_report(paragraph: str) -> str:
    return MINUTES + OUTSIDE_CYCLE_HEAD + (
        "Recommendation(s): The Committee is asked to NOTE that the following decision was taken.\n\n"
        "2. Decision\n\n2.1 23/00104 – Designated Beds – Direct Award\n\n" + paragraph.replace("2.1 ", "", 1)
        + "\n2.2 The decision could not wait.\n\n3. Background Documents\n\nNone\n"
    )


def test_a_body_is_never_named_with_what_follows_its_name():
    x = extract_text(_report(
        "Recovery Service - Contract Extension",
        "a) EXTEND the Recovery Service contract for 12 months from 1 April 2025 to 31 March 2026; and",
        "1.1 The Mental Health Recovery Service was awarded to Oakhurst\nRecovery Partnership, a charity, following an"
        " open tender in 2019.\n",
    ))
    names = [str(o.first("rdfs:label")) for o in x.entities.of("Organisation")]
    assert not any("," in n or " a charity" in n or "following" in n for n in names), names


def test_the_term_in_a_delegating_clause_that_names_the_contract():
    text = DELEGATED.replace("to award the contract, for an initial",
                             "to award the Sexual Health Service contract to the successful bidder, for an initial")
    c = _by_decision(extract_text(text), "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 10, 1), date(2029, 9, 30))


def test_lots_named_after_their_providers():
    x = extract_text(_report(
        "Supported Living Services (East and West Kent) - Contract Award",
        "a) AWARD the contracts for Supported Living Services to Havenway Support Ltd\n"
        "(Lot 1 – East Kent) and Cedarfield Care Services Limited (Lot 2 – West Kent) for\n"
        "an initial term of three years from 1 October 2025 to 30 September 2028; and",
        "1.1 Text.\n",
    ))
    lots = {str(c.first("dct:title")): c for c in x.entities.of("Contract") if c.values("cg:lotOf")}
    assert set(lots) == {"Supported Living Services – Lot 1 (East Kent)", "Supported Living Services – Lot 2 (West Kent)"}
    assert _provider(x, lots["Supported Living Services – Lot 1 (East Kent)"]) == "Havenway Support Ltd"
    assert _provider(x, lots["Supported Living Services – Lot 2 (West Kent)"]) == "Cedarfield Care Services Limited"
    for lot in lots.values():
        assert (lot.first("cg:startDate"), lot.first("cg:endDate")) == (date(2025, 10, 1), date(2028, 9, 30))
    parent = [c for c in x.entities.of("Contract") if not c.values("cg:lotOf")]
    assert all(c.values("cg:provider") == [] for c in parent)  # neither provider holds the whole
    _verbatim(x)


def test_framework_places_by_lot_are_not_one_provider_a_lot():
    x = extract_text(_report(
        "Community Support Framework - Award",
        "a) AWARD places on the Community Support Framework to Bellway Care Ltd,\n"
        "Orchard Rise Homecare Limited and Stourmouth Support CIC (Lot 1) and to Hopton Support\n"
        "Services Ltd and Kingsfold Care Ltd (Lot 2) for an initial term of three years from 1 July 2025; and",
        "1.1 Text.\n",
    ))
    for c in x.entities.of("Contract"):
        assert c.values("cg:provider") == [], (c.key, c.values("cg:provider"))


def test_a_call_off_under_a_frameworks_lot_names_its_provider():
    x = extract_text(_report(
        "Discharge Home Care - Call-Off Contract",
        "a) AWARD a call-off contract under the Home Care Services Framework (Lot 2 - West Kent) for Discharge\n"
        "to Assess Home Care to Wealdholm Homecare Ltd; and",
        "1.1 Text.\n",
    ))
    assert _provider(x, _by_decision(x, "24/00091")) == "Wealdholm Homecare Ltd"


def test_the_value_named_before_a_yearly_sum_and_an_initial_term_of_n_years_in_brackets():
    x = extract_text(_award_with_body(
        "4.1 The contract value is £920,000 per annum, £4,600,000 over the initial five years.\n\n"
        "4.2 The contract will be worth up to £4.6 million over the initial term of five years\n"
        "(1 October 2025 to 30 September 2030).\n"))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("4600000")
    assert c.first("cg:endDate") == date(2030, 9, 30)


def test_an_outside_cycle_award_with_a_contract_value_of():
    x = extract_text(_outside_cycle_report(
        "2.1 On 19 May 2025 the Cabinet Member agreed a direct award of a contract for the service to Sightway\n"
        "Sensory Support, a local charity, for 12 months from 1 June 2025 to 31 May 2026, with a contract value of\n"
        "£612,000.\n"))
    assert _by_decision(x, "23/00104").first("cg:valueGBP") == Decimal("612000")


def test_a_decision_taken_outside_the_cycle_told_in_the_minutes():
    x = extract_text(_minutes(
        "31. Decisions Taken Outside of the Cabinet Committee Meeting Cycle\n(Item. 9)\n\n"
        "1. Mr Pell said that decision 24/00029 - Interim Block Contracts for Home Care in Thanet had been taken as an\n"
        "urgent decision. Block contracts with Coastway Homecare Services Ltd and Marsh Community Care CIC, together\n"
        "worth £930,000, would run from 1 April 2024 to 31 October 2024 while the market was re-procured.\n\n"
        "2. It was RESOLVED that the decision taken outside the meeting cycle be noted.\n\n"))
    d = x.entities.get(Ref("Decision", ("24/00029",)))
    assert d is not None and "taken" in [str(v) for v in d.values("cg:statedStatus") + d.values("cg:status")]
    c = _by_decision(x, "24/00029")
    assert c.first("cg:valueGBP") == Decimal("930000")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 4, 1), date(2024, 10, 31))
    assert c.values("cg:provider") == []  # two providers: neither holds the whole
    _verbatim(x)


def test_a_purchasing_system_and_a_block_contract_extension_in_one_decision_stay_apart():
    x = extract_text(_report(
        "Short Breaks for Adults - Dynamic Purchasing System",
        "a) ESTABLISH a Dynamic Purchasing System for Short Breaks for Adults for a\n"
        "period of four years from 1 June 2025 to 31 May 2029, with an estimated total value\nof up to £18,000,000;\n\n"
        "c) APPROVE the extension of the existing block contract with Greenway Respite\n"
        "Care Ltd for the Meadowfield short breaks unit for up to six months, to 30 November 2025.",
        "1.1 Text.\n",
    ))
    found = {str(c.first("dct:title")): c for c in x.entities.of("Contract")}
    dps = found["Short Breaks for Adults Dynamic Purchasing System"]
    assert dps.values("cg:provider") == [] and dps.first("cg:valueGBP") == Decimal("18000000")
    block = found["Meadowfield short breaks unit block contract"]
    assert _provider(x, block) == "Greenway Respite Care Ltd"
    assert block.first("cg:extensionEndDate") == date(2025, 11, 30)
    _verbatim(x)


def test_a_total_over_a_maximum_term_is_the_maximum_and_a_lots_yearly_sum_is_no_annual_value():
    x = extract_text(_report(
        "Drug and Alcohol Services - Recommissioning",
        "a) APPROVE the procurement of Drug and Alcohol Services in two lots; and",
        "3.1 Table 2: Estimated contract values\n\n Lot Annual value Initial term (5 years) Including extensions\n"
        " East Kent £4,630,000 £23,150,000 £32,410,000\n West Kent £3,670,000 £18,350,000 £25,690,000\n"
        " Total £8,300,000 £41,500,000 £58,100,000\n\n"
        "3.2 The total value of the contracts is therefore up to £58.1 million over a maximum of\nseven years.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:maxValueGBP") == Decimal("58100000")
    assert Decimal("58100000") not in c.values("cg:valueGBP")
    assert Decimal("4630000") not in c.values("cg:annualValueGBP")


def test_the_value_for_the_term_beside_an_annual_value_and_a_maximum_including_the_extension():
    x = extract_text(_report(
        "Sexual Health Service - Contract Award",
        "a) AWARD a contract for the Sexual Health Service to Larchwood Health Ltd for three years from 1 April 2026 to\n"
        "31 March 2029 with the option to extend for a further two years; and",
        "3.2 The annual value is £4.15m and the value for the three-year term is £12.45 million. The maximum value\n"
        "including the extension is £20.75 million. The contract is funded from the Public Health Grant.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("12450000")
    assert c.first("cg:maxValueGBP") == Decimal("20750000")
    assert c.values("cg:annualValueGBP") == []  # (a total is stated)
    _verbatim(x)


def test_a_table_of_the_contract_value_in_pounds_with_the_initial_term_and_maximum_rows():
    x = extract_text(_report(
        "Advocacy Service - Procurement",
        "a) APPROVE the procurement of an Advocacy Service for adults; and",
        "4.1 The estimated annual value is approximately £1.26m per annum.\n\n"
        "Table 1 – Estimated contract value\n\nPeriod Value (£)\n"
        "Initial term 1 October 2026 – 30 September 2029 3,780,000\nExtension 1 (12 months) 1,260,000\n"
        "Extension 2 (12 months) 1,260,000\nMaximum 6,300,000\n\n5. Equality Implications\n",
    ))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("3780000") and c.first("cg:maxValueGBP") == Decimal("6300000")
    _verbatim(x)


def test_a_decision_extending_a_contract_and_procuring_a_dps_reads_each_ones_sentences():
    x = extract_text(_report(
        "Home Care - Extension and Dynamic Purchasing System",
        "a) APPROVE the extension of the Home Support Services contract for a period of up to 12 months, from\n"
        "1 November 2026 to 31 October 2027;\n"
        "b) APPROVE the commencement of procurement of a Home Care Dynamic Purchasing System to replace the current\n"
        "contract from 1 November 2027; and",
        "1.1 The Home Support Services contract is the main route for arranging home care. It began on 1 November\n"
        "2022 and is due to end on 31 October 2026.\n\n"
        "5.2 The DPS would run for an initial period of four years, from 1 November 2027 to 31 October 2031, with\n"
        "the option to extend for up to two further periods of 12 months.\n",
    ))
    made = {str(c.key[-1]): c for c in x.entities.of("Contract")}
    dps = made["dynamic-purchasing-system"]
    assert (dps.first("cg:startDate"), dps.first("cg:endDate")) == (date(2027, 11, 1), date(2031, 10, 31))
    extended = made["contract"]
    assert extended.first("cg:startDate") == date(2022, 11, 1)
    assert (extended.first("cg:extensionStartDate"), extended.first("cg:extensionEndDate")) == (date(2026, 11, 1), date(2027, 10, 31))
    _verbatim(x)


def test_the_value_over_a_term_whose_length_wraps_with_a_hyphen():
    x = extract_text(_report(
        "Advocacy Service - Contract Award",
        "a) AWARD the contract for the Advocacy Service to Larchwood Support Ltd; and",
        "3.1 The contract value is £1,650,000 per annum. The value over the initial three-\n"
        "year term is £4,950,000 and the maximum value, if both extensions are used, is\n£8,250,000.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal("4950000") and c.first("cg:maxValueGBP") == Decimal("8250000")
    _verbatim(x)


def test_a_delegated_award_gives_the_start_and_the_initial_term_row_the_end():
    x = extract_text(_report(
        "Telecare Service - Procurement",
        "a) APPROVE the procurement of a Telecare Service through a further competition under a framework;\n"
        "b) DELEGATE authority to the Corporate Director to award the call-off contract to the successful bidder\n"
        "for an initial period of two years from 1 June 2026, with the option to extend by a further 12 months; and",
        "Table 1 – Estimated contract value\n\nPeriod Value (£)\n"
        "Initial term 1 June 2026 – 31 May 2028 2,200,000\nMaximum 3,400,000\n",
    ))
    c = _by_decision(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2026, 6, 1), date(2028, 5, 31))
    _verbatim(x)


def test_a_rough_yearly_cost_first_does_not_hide_the_total_including_the_extension():
    x = extract_text(_report(
        "Telecare Service - Procurement",
        "a) APPROVE the procurement of a Telecare Service through a further competition under a framework; and",
        "3.1 The service will cost around £1.1 million per annum, and the total contract value\n"
        "including the optional extension will not exceed £3.4 million.\n",
    ))
    c = _by_decision(x, "24/00091")
    assert c.first("cg:maxValueGBP") == Decimal("3400000")
    assert c.values("cg:valueGBP") == []
    _verbatim(x)
