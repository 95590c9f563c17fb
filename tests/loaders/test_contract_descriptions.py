"""Contracts a paper *describes* rather than decides in a lettered clause: a report body's
term, the current contract and its holder, a summary's subject, an outside-cycle decision's
paragraph, a minuted extension. Small invented fragments, not the bundled or held-out papers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import extract_text, quote_is_verbatim
from tests.loaders.test_contracts import MINUTES, OUTSIDE_CYCLE_AND_PROGRAMME, _minutes, _report


def _label(x, ref):
    return str(x.entities.get(ref).first("rdfs:label"))


def _decided(x, number):
    found = [c for c in x.entities.of("Contract") if Ref("Decision", (number,)) in c.values("cg:authorisedBy")]
    assert len(found) == 1, [(c.key, c.values("dct:title")) for c in x.entities.of("Contract")]
    return found[0]


def _all_evidence_verbatim(x):
    for e in x.entities.of("Contract"):
        for st in (s for values in e.properties.values() for s in values):
            for ev in st.evidence:
                assert quote_is_verbatim(x.source, ev), (e.key, ev)


def test_a_body_term_from_d1_to_d2_is_the_new_contracts_start_and_end():
    x = extract_text(_report(
        "Reablement Service - Contract Award",
        "a) AWARD the Reablement Service contract to Lindenfield Care Ltd; and",
        "1.1 The contract will run for an initial term of four years from 1 May 2025 \n"
        "to 30 April 2029, with the option to extend for a further two years.\n\n"
        "1.2 The current contract started on 1 May 2018 and ends on 30 April 2025.\n",
    ))
    c = _decided(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 5, 1), date(2029, 4, 30))
    _all_evidence_verbatim(x)


def test_an_extension_or_the_current_contracts_range_is_not_the_new_term():
    x = extract_text(_report(
        "Reablement Service - Contract Award",
        "a) AWARD the Reablement Service contract to Lindenfield Care Ltd; and",
        "1.1 The current contract will run for an initial term from 1 May 2018 to 30 April 2025.\n\n"
        "1.2 Any extension would run for a period from 1 May 2029 to 30 April 2031.\n",
    ))
    c = _decided(x, "24/00091")
    assert c.values("cg:startDate") == [] and c.values("cg:endDate") == []


def test_the_current_contract_under_which_a_provider_serves_is_a_contract_with_its_term():
    x = extract_text(_report(
        "Hoists and Beds Service - Contract Award",
        "a) AWARD the Hoists and Beds Service contract to Lindenfield Care Ltd; and",
        "1.1 The current service is provided by Greywell Mobility Ltd under the Kent Lifting Equipment\n"
        "contract, which started on 1 June 2016 and ends on 31 May 2025.\n",
    ))
    [old] = [c for c in x.entities.of("Contract") if not c.values("cg:authorisedBy")]
    assert str(old.first("dct:title")) == "Kent Lifting Equipment"
    assert _label(x, old.first("cg:provider")) == "Greywell Mobility Ltd"
    assert (old.first("cg:startDate"), old.first("cg:endDate")) == (date(2016, 6, 1), date(2025, 5, 31))
    new = _decided(x, "24/00091")
    assert _label(x, new.first("cg:provider")) == "Lindenfield Care Ltd"  # the two are never merged
    assert new.values("cg:startDate") == []
    _all_evidence_verbatim(x)


def test_a_summary_names_the_service_its_holder_and_term_and_the_extension_decision_takes_them():
    text = _report(
        "Young Carers Support Service - Contract Extension",
        "a) EXTEND the contract for 6 months; and",
        "1.1 Nothing else is said here.\n",
    ).replace(
        "Summary: This report sets out the proposed decision.",
        "Summary: The Young Carers Support Service is delivered by Hollowbrook Trust, a registered charity,\n"
        "under a contract which began on 1 July 2019 and is due to end on 30 June 2025. This report seeks\n"
        "an extension.",
    )
    x = extract_text(text)
    c = _decided(x, "24/00091")
    assert _label(x, c.first("cg:provider")) == "Hollowbrook Trust"
    assert c.first("cg:startDate") == date(2019, 7, 1)
    assert len([e for e in x.entities.of("Contract") if not e.values("cg:lotOf")]) == 1
    _all_evidence_verbatim(x)


def test_a_summary_label_is_not_a_contract_title():
    text = _report(
        "Advocacy Service - Contract Award",
        "a) AWARD the Advocacy Service contract to Lindenfield Care Ltd; and",
        "1.1 Nothing else is said here.\n",
    ).replace(
        "Summary: This report sets out the proposed decision.",
        "Summary: The service is delivered by Hollowbrook Trust under a contract.",
    )
    x = extract_text(text)
    assert not any("Summary" in str(c.first("dct:title")) for c in x.entities.of("Contract"))


def test_a_clause_contract_with_the_named_body_and_an_extension_at_a_value_of():
    x = extract_text(_report(
        "Sight Loss Service - Contract Extension",
        "a) EXTEND the Sight Loss Service contract with the Medway Vale Sight\nTrust for six months, from 1 October "
        "2024 to 31 March 2025, at a value of £214,500; and",
        "1.1 The annual value of the contract is currently £400,000.\n",
    ))
    c = _decided(x, "24/00091")
    assert _label(x, c.first("cg:provider")) == "Medway Vale Sight Trust"
    assert c.first("cg:extensionValueGBP") == Decimal(214500)  # the extension's cost
    assert c.values("cg:valueGBP") == []
    assert c.values("cg:annualValueGBP") == []  # the current contract's figure
    _all_evidence_verbatim(x)


def test_a_clause_that_establishes_a_dynamic_purchasing_system():
    x = extract_text(_report(
        "Supported Living - Dynamic Purchasing System",
        "a) ESTABLISH a Supported Living Dynamic Purchasing System from 1 February 2025 until 31 January 2029; and",
        "1.1 Nothing else is said here.\n",
    ))
    c = _decided(x, "24/00091")
    assert c.first("cg:procurementRoute") == "dynamic purchasing system"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 2, 1), date(2029, 1, 31))


def _outside_cycle(paragraph: str) -> str:
    """The outside-cycle report fixture with decision 23/00111 retitled and told in ``paragraph``."""
    retitled = OUTSIDE_CYCLE_AND_PROGRAMME.replace(
        "Urgent Extension of the Kent Night Response Service", "Winter Step-Down Beds - Block Purchase"
    )
    return retitled.replace(
        "1.1 23/00111 - Winter Step-Down Beds - Block Purchase\n\n",
        "1.1 23/00111 - Winter Step-Down Beds - Block Purchase\n\n" + paragraph,
    )


def test_a_taken_decisions_paragraph_that_tells_a_direct_award():
    report = _outside_cycle(
        "To keep beds open over the winter the Cabinet Member agreed a direct award of a block\n"
        "contract to Marshgate Nursing Ltd, which runs two homes in Dover, from 4 November 2023 to\n"
        "31 March 2024, at a total cost of £620,000 (£980 per bed per week).\n\n",
    )
    x = extract_text(MINUTES + report)
    c = _decided(x, "23/00111")
    assert str(c.first("dct:title")) == "Winter Step-Down Beds - Block Purchase"
    assert _label(x, c.first("cg:provider")) == "Marshgate Nursing Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 11, 4), date(2024, 3, 31))
    assert c.first("cg:valueGBP") == Decimal(620000)
    assert c.first("cg:procurementRoute") == "direct award"
    _all_evidence_verbatim(x)


def test_a_taken_decisions_paragraph_without_an_action_makes_no_contract():
    report = _outside_cycle(
        "Marshgate Nursing Ltd told the Council it had beds free over the winter.\n\n",
    )
    x = extract_text(MINUTES + report)
    assert [c for c in x.entities.of("Contract") if Ref("Decision", ("23/00111",)) in c.values("cg:authorisedBy")] == []


def test_a_minuted_proposal_to_extend_names_the_holder_and_the_extension_period():
    x = extract_text(_minutes(
        "31. 24/00105 - Day Opportunities - Contract Extension \n(Item. 5) \n\n"
        "1. Ms Rowe introduced the report which set out the proposal to extend the Day Opportunities \n"
        "contract with Fernhill Community Interest Company for a further twelve months, from 1 August 2024 \n"
        "to 31 July 2025, at a cost of £512,000. \n\n"
        "2. RESOLVED that the proposed decision to extend the Day Opportunities contract be endorsed. \n\n"
    ))
    c = _decided(x, "24/00105")
    assert _label(x, c.first("cg:provider")) == "Fernhill Community Interest Company"
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2024, 8, 1), date(2025, 7, 31))
    assert c.values("cg:startDate") == [] and c.values("cg:endDate") == []
    _all_evidence_verbatim(x)


def test_an_agenda_title_and_the_clause_of_one_decision_are_one_contract():
    front = (
        "KENT COUNTY COUNCIL\n\nADULT SOCIAL CARE CABINET COMMITTEE\n\n"
        "A meeting of the Adult Social Care Cabinet Committee will be held in the Council Chamber, Sessions House, "
        "County Hall, Maidstone on Thursday, 14 November 2024 at 10.00 am\n\n"
        "Membership (3)\n\nConservative (3): Mr A Baker (Chairman), Mrs P Cole, Mr N Collor\n\n"
        "A - Committee Business\n\n"
        "A1 Introduction/Webcast announcement\n\n"
        "B - Key or Significant Cabinet/Executive Decision(s) for Recommendation or Endorsement\n\n"
        "B1 24/00091 - Section 75 Agreement for Memory Services (Pages 1 - 10)\n\n"
    )
    x = extract_text(front + _report(
        "Section 75 Agreement for Memory Services",
        "a) ENTER into a new Partnership Agreement with Medway Vale NHS Trust for memory services from 1 April 2025 "
        "to 31 March 2028; and",
        "1.1 Nothing else is said here.\n",
    ))
    c = _decided(x, "24/00091")
    assert _label(x, c.first("cg:provider")) == "Medway Vale NHS Trust"


# --- lots, lists of parties, novations, bare agreement labels, minuted awards -----------------

def test_lot_labels_after_a_list_of_names_and_lists_of_parties_name_no_provider():
    x = extract_text(_report(
        "Day Support Framework - Award of Framework Agreement",
        "a) AWARD places on the Day Support Framework to Alder Care Ltd, Birchwood Homecare Limited and Cedar "
        "Support CIC (Lot 1) and to Dunmore Care Ltd and Elmside Living Ltd (Lot 2) for three years; and",
        "1.1 Nothing else is said here.\n",
    ))
    assert [c for c in x.entities.of("Contract") if c.values("cg:lotOf")] == []
    assert [c for c in x.entities.of("Contract") if c.values("cg:provider")] == []


def test_each_lot_takes_the_clauses_term_a_title_without_the_action_and_its_row_in_a_value_table():
    x = extract_text(_report(
        "Community Support Service - Contract Award",
        "a) AWARD contracts for the Community Support Service as follows, each for an initial term of three years "
        "from 1 April 2025 to 31 March 2028: Lot 1 (North Kent) to Alder Care Ltd and Lot 2 (South Kent) to Dunmore "
        "Care Ltd; and",
        "1.1 The recommended providers are set out below.\n\n"
        "Table 2: Recommended provider and contract value by lot\n\n"
        "Lot Recommended provider Annual value Total value\n(initial 3 years)\n\n"
        "Lot 1 – North Kent Alder Care\nLtd\n\n£1,100,000 £3,300,000\n\n"
        "Lot 2 – South Kent Dunmore\nCare Ltd\n\n£500,000 £1,500,000\n\n"
        "Total £1,600,000 £4,800,000\n\n2. Next steps\n",
    ))
    lots = {str(c.first("dct:title")): c for c in x.entities.of("Contract") if c.values("cg:lotOf")}
    assert set(lots) == {"Community Support Service – Lot 1 (North Kent)", "Community Support Service – Lot 2 (South Kent)"}
    one = lots["Community Support Service – Lot 1 (North Kent)"]
    assert _label(x, one.first("cg:provider")) == "Alder Care Ltd"
    assert (one.first("cg:startDate"), one.first("cg:endDate")) == (date(2025, 4, 1), date(2028, 3, 31))
    assert one.first("cg:valueGBP") == Decimal(3300000) and one.values("cg:annualValueGBP") == []
    assert lots["Community Support Service – Lot 2 (South Kent)"].first("cg:valueGBP") == Decimal(1500000)
    [parent] = [c for c in x.entities.of("Contract") if not c.values("cg:lotOf")]
    assert parent.values("cg:valueGBP") == []  # the table's first sum is a lot's annual figure, not the whole
    _all_evidence_verbatim(x)


def test_a_novation_names_the_new_holder():
    x = extract_text(_report(
        "Home Care (Thanet) - Novation of Contract",
        "a) APPROVE the novation of the Home Care Services contract (Lot 3 - Thanet) from Ashgrove Care Ltd "
        "(in administration) to Briarwood Care Services Ltd, with effect from 1 May 2025 for the remainder of the "
        "contract term; and",
        "1.1 Nothing else is said here.\n",
    ))
    c = _decided(x, "24/00091")
    assert _label(x, c.first("cg:provider")) == "Briarwood Care Services Ltd"
    assert c.values("cg:startDate") == []  # the novation's date is not the contract's start
    assert [e for e in x.entities.of("Contract") if e.values("cg:lotOf")] == []


def test_a_bare_agreement_label_takes_the_decisions_title_and_the_award_names_the_partner():
    x = extract_text(_report(
        "Memory Support Service - Section 75 Partnership Agreement",
        "a) APPROVE the direct award of the Memory Support Service to Medway Vale NHS Trust through a Section 75 "
        "Partnership Agreement for five years from 1 October 2025 to 30 September 2030;",
        "1.1 Nothing else is said here.\n",
    ))
    c = _decided(x, "24/00091")
    assert str(c.first("dct:title")) == "Memory Support Service - Section 75 Partnership Agreement"
    assert _label(x, c.first("cg:provider")) == "Medway Vale NHS Trust"


def test_a_start_followed_by_the_length_of_the_term():
    x = extract_text(_report(
        "Befriending Service - Contract Award",
        "a) AWARD the contract for the Befriending Service to Lindenfield Care Ltd from 1st April 2025 for three years; and",
        "1.1 Nothing else is said here.\n",
    ))
    c = _decided(x, "24/00091")
    assert c.first("cg:startDate") == date(2025, 4, 1) and c.values("cg:endDate") == []  # never computed


def test_a_minuted_past_award_names_its_holder_dates_and_ceiling():
    x = extract_text(_minutes(
        "31. Winter Block Beds - Outcome of Procurement \n(Item. 5) \n\n"
        "1. Mr Tolley introduced the report. A contract had been awarded to Marshgate Nursing Ltd for an \n"
        "initial 12 months from 1 November 2024 to 31 October 2025 at a cost of up to £1.4 million. \n\n"
        "2. RESOLVED that the report be noted. \n\n"
    ))
    [c] = [e for e in x.entities.of("Contract")]
    assert str(c.first("dct:title")) == "Winter Block Beds"  # the service, not the action
    assert _label(x, c.first("cg:provider")) == "Marshgate Nursing Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 11, 1), date(2025, 10, 31))
    assert c.first("cg:valueGBP") == Decimal(1400000)
    _all_evidence_verbatim(x)


def test_a_current_contract_with_a_bracketed_name_and_an_expiry_after_extensions():
    x = extract_text(_report(
        "Alarm Service - Commissioning",
        "a) PROCURE a new Alarm Service; and",
        "1.1 The current Kent Alarm Service contract with Beacon Response (South East) Ltd expires on 30 June 2025,\n"
        "having been extended to the maximum permitted.\n\n"
        "1.2 The current Falls Service contract with Warden Care Ltd expires on 31 March 2026.\n",
    ))
    alarm = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == "Kent Alarm Service"]
    assert len(alarm) == 1 and _label(x, alarm[0].first("cg:provider")) == "Beacon Response (South East) Ltd"
    assert alarm[0].values("cg:endDate") == []  # the extended expiry is not the initial term's end
    [falls] = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == "Falls Service"]
    assert falls.first("cg:endDate") == date(2026, 3, 31)
    _all_evidence_verbatim(x)


def test_a_described_contract_that_started_on_a_date_for_a_term():
    x = extract_text(_report(
        "Equipment Service - Contract Award",
        "a) AWARD the Equipment Service contract to Lindenfield Care Ltd; and",
        "1.1 The equipment service is currently delivered by Greywell Mobility Ltd under the Kent Lifting\n"
        "Contract, which started on 1 April 2017 for an initial term of five years.\n",
    ))
    [old] = [c for c in x.entities.of("Contract") if not c.values("cg:authorisedBy")]
    assert old.first("cg:startDate") == date(2017, 4, 1) and old.values("cg:endDate") == []


def test_a_taken_decisions_later_paragraph_and_a_numbered_sub_paragraph_belong_to_it():
    report = _outside_cycle(
        "The Winter Beds contract with Marshgate Nursing Ltd provides 30 beds.\n\n"
        "On 9 February 2024 the Cabinet Member took the decision to extend the contract with\n"
        "Marshgate Nursing Ltd for 12 months, from 1 April 2024 to 31 March 2025, at a cost\n"
        "of £2.75m, as a modification under Regulation 72.\n\n",
    )
    x = extract_text(MINUTES + report)
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Marshgate Nursing Ltd"
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2024, 4, 1), date(2025, 3, 31))
    assert str(c.first("cg:term")) == "for 12 months, from 1 April 2024 to 31 March 2025"


def test_a_variation_states_the_new_total_and_an_extension_cost_is_not_the_total():
    x = extract_text(_report(
        "Reablement Service - Contract Variation",
        "a) VARY the Reablement Service contract with Lindenfield Care Ltd to increase the total contract value "
        "by £1.2m, from £8.4m to £9.6m; and",
        "1.1 The contract was extended in 2023. The extension will cost £2,100,000 over the two years, bringing the "
        "total contract value to £11.7m.\n",
    ))
    c = _decided(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal(9600000)  # the varied total, never the £1.2m change
    assert c.values("cg:maxValueGBP") == []


def test_a_cost_after_an_option_to_extend_is_the_contracts_own():
    x = extract_text(_minutes(
        "31. 24/00105 - Memory Cafe Service - Contract Award \n(Item. 5) \n\n"
        "1. Ms Rowe introduced the report. The contract would run from 1st April 2024 for three years, with the option \n"
        "to extend for a further two years, at a total cost of £1.26 million over the three years. \n\n"
        "2. RESOLVED that the proposed decision to award the Memory Cafe Service contract be endorsed. \n\n"
    ))
    c = _decided(x, "24/00105")
    assert c.first("cg:valueGBP") == Decimal(1260000) and c.values("cg:extensionValueGBP") == []


# --- taken decisions told in sentences, value phrasings, lots clause by clause -----------------

def test_a_taken_call_off_agreed_to_and_its_later_sentence():
    x = extract_text(MINUTES + _outside_cycle(
        "To speed up discharges, the Cabinet Member agreed on 12 March 2024 to a call-off contract from the\n"
        "Home Support framework with Fernbrook Care Ltd for a team of carers. The call-off contract runs from\n"
        "1 April 2024 to 30 September 2024, at a cost of £640,000.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Fernbrook Care Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 4, 1), date(2024, 9, 30))
    assert c.first("cg:valueGBP") == Decimal(640000)
    _all_evidence_verbatim(x)


def test_a_decision_taken_on_a_date_to_award_an_interim_contract_up_to_a_ceiling():
    x = extract_text(MINUTES + _outside_cycle(
        "The Cabinet Member took the decision on 3 March 2024 to award an interim contract to Seaview\n"
        "Homecare Ltd to provide care in Dover from 1/4/24 until 30/9/24, at a cost of up to £1.2m.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Seaview Homecare Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 4, 1), date(2024, 9, 30))
    assert c.first("cg:valueGBP") == Decimal(1200000)


def test_an_agreed_extension_to_a_date_at_a_cost():
    x = extract_text(MINUTES + _outside_cycle(
        "The Cabinet Member agreed the extension of the Health Check contract with Medway Vale NHS Trust for\n"
        "six months to 31 March 2025, at a cost of £0.9m.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert c.first("cg:extensionEndDate") == date(2025, 3, 31) and c.values("cg:endDate") == []
    assert c.first("cg:extensionValueGBP") == Decimal(900000) and c.values("cg:valueGBP") == []


def test_value_phrasings_of_a_new_contract():
    x = extract_text(_report(
        "Wellbeing Service - Contract Award",
        "a) AWARD the Wellbeing Service contract to Lindenfield Care Ltd at a value of up to £2.7m; and",
        "1.1 Nothing else is said here.\n",
    ))
    assert _decided(x, "24/00091").first("cg:valueGBP") == Decimal(2700000)
    x = extract_text(_report(
        "Wellbeing Service - Contract Award",
        "a) AWARD the Wellbeing Service contract to Lindenfield Care Ltd; and",
        "1.1 The contract is valued at £4.2m per year (£21m over five years).\n\n"
        "Table 1: Contract value\n\nPeriod Dates Value (£)\nInitial term 1 April 2025 – 31 March 2030 21,000,000\n",
    ))
    c = _decided(x, "24/00091")
    assert c.first("cg:valueGBP") == Decimal(21000000) and c.values("cg:annualValueGBP") == []
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 4, 1), date(2030, 3, 31))


def test_a_minuted_new_contract_start_term_end_and_ceiling():
    x = extract_text(_minutes(
        "31. 24/00105 - Recovery Service - Contract Award \n(Item. 5) \n\n"
        "1. Dr Rowe said that a new contract would start on 1 April 2025 for an initial term of three years, to \n"
        "31 March 2028, with the option to extend. The value would be up to £9.6m over the initial term. \n\n"
        "2. RESOLVED that the proposed decision to award the Recovery Service contract be endorsed. \n\n"
    ))
    c = _decided(x, "24/00105")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 4, 1), date(2028, 3, 31))
    assert c.first("cg:valueGBP") == Decimal(9600000)


def test_lots_awarded_clause_by_clause_one_withheld():
    x = extract_text(_report(
        "Carers Support Service - Contract Award",
        "a) AWARD Lot 1 (North Kent) of the Carers Support Service to Alder Care Partnership;\n"
        "b) AWARD Lot 2 (South Kent) of the Carers Support Service to the successful bidder identified in Exempt "
        "Appendix A; and",
        "1.1 Nothing else is said here.\n",
    ))
    lots = {str(c.first("dct:title")): c for c in x.entities.of("Contract") if c.values("cg:lotOf")}
    assert _label(x, lots["Carers Support Service – Lot 1 (North Kent)"].first("cg:provider")) == "Alder Care Partnership"
    assert lots["Carers Support Service – Lot 2 (South Kent)"].values("cg:provider") == []


def test_a_current_contract_held_by_a_body_that_commenced_on_a_date():
    x = extract_text(_report(
        "Equipment Service - Contract Award",
        "a) AWARD the Equipment Service contract to Lindenfield Care Ltd; and",
        "1.1 The current Kent Lifting Service contract is held by Greywell Mobility Ltd. It commenced on 1 April 2016 and,\n"
        "following the use of both extension options, will expire on 31 March 2023.\n\n"
        "1.2 The Short Breaks service is currently delivered by Hollowbrook Trust until 31 March 2024.\n",
    ))
    [lifting] = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == "Kent Lifting Service"]
    assert _label(x, lifting.first("cg:provider")) == "Greywell Mobility Ltd"
    assert lifting.first("cg:startDate") == date(2016, 4, 1) and lifting.values("cg:endDate") == []
    [breaks] = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == "Short Breaks service"]
    assert _label(x, breaks.first("cg:provider")) == "Hollowbrook Trust" and breaks.values("cg:endDate") == []
    _all_evidence_verbatim(x)


def test_lot_values_by_column_and_the_term_both_contracts_share():
    x = extract_text(_report(
        "Carers Support Service - Contract Award",
        "a) AWARD Lot 1 (North Kent) of the Carers Support Service to Alder Care Partnership;\n"
        "b) AWARD Lot 2 (South Kent) of the Carers Support Service to the successful bidder identified in Exempt "
        "Appendix A; and",
        "1.1 Both contracts will run for an initial period of three years, commencing 1st April 2025 and ending\n"
        "31st March 2028.\n\n"
        "Table 1: Contract values\n\nLot  Annual value  Initial term (3 years)  Maximum (5 years)\n"
        "Lot 1 – North Kent  £1,000,000  £3,000,000  £5,000,000\nLot 2 – South Kent  £500,000  £1,500,000  £2,500,000\n"
        "Total  £1,500,000  £4,500,000  £7,500,000\n\n2. Next steps\n",
    ))
    lots = {str(c.first("dct:title")): c for c in x.entities.of("Contract") if c.values("cg:lotOf")}
    two = lots["Carers Support Service – Lot 2 (South Kent)"]
    assert two.first("cg:valueGBP") == Decimal(1500000) and two.first("cg:maxValueGBP") == Decimal(2500000)
    assert two.values("cg:annualValueGBP") == []  # a total is stated
    assert (two.first("cg:startDate"), two.first("cg:endDate")) == (date(2025, 4, 1), date(2028, 3, 31))
    assert lots["Carers Support Service – Lot 1 (North Kent)"].first("cg:valueGBP") == Decimal(3000000)
    _all_evidence_verbatim(x)


def test_a_direct_award_made_on_a_date_and_its_value_in_the_next_numbered_paragraph():
    x = extract_text(MINUTES + _outside_cycle(
        "2.1 To create step-down capacity the Cabinet Member agreed on 17 January 2024 to make a direct award of a\n"
        "contract for 20 nursing beds to Brookfield Nursing\nHome Ltd, for the period 22 January 2024 to 31 March 2024.\n\n"
        "2.2 The value of the contract is £486,000, funded from the winter grant.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Brookfield Nursing Home Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 1, 22), date(2024, 3, 31))
    assert c.first("cg:valueGBP") == Decimal(486000)


def test_a_varied_contracts_holder_named_before_the_decision_across_a_page_marker():
    x = extract_text(MINUTES + _outside_cycle(
        "3.1 The Discharge Support Service helps people settle at home. The service is provided by Heronbrook Care\n"
        " Page 75 \nPartnership Ltd under a contract awarded in 2018.\n\n"
        "3.2 On 3 February 2024 the Cabinet Member agreed to vary the contract to increase the total contract value\n"
        "from £2.1m to £2.6m.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Heronbrook Care Partnership Ltd"
    assert c.first("cg:valueGBP") == Decimal(2600000)
    _all_evidence_verbatim(x)


def test_a_directly_awarded_service_whose_name_contains_to():
    x = extract_text(MINUTES + _outside_cycle(
        "On 25 March 2024 the Cabinet Member decided to directly award a contract for the Discharge to Assess Service\n"
        "to Medway Vale NHS Foundation Trust from 1st April 2024 until 31st March 2025 at a value of £6,350,000.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Medway Vale NHS Foundation Trust"  # never "Assess Service"
    assert c.first("cg:procurementRoute") == "direct award" and c.first("cg:valueGBP") == Decimal(6350000)


def test_a_resolution_endorsing_the_decision_proposed_to_be_taken_and_the_narrative_terms():
    x = extract_text(_minutes(
        "31. 24/00105 - Refuge Support Service - Contract Award \n(Item. 5) \n\n"
        "1. The Committee was told that the support service in refuges would be delivered by Harbourside\n"
        "Women's Aid, a registered charity, from 1 January 2025 until 31 December 2027. The annual value was\n"
        "£780,000, giving a total of £2,340,000 for the three years. \n\n"
        "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult Social Care and Public\n"
        "Health to award the contract, as set out in the report, be endorsed. \n\n"
    ))
    c = _decided(x, "24/00105")
    assert _label(x, c.first("cg:provider")) == "Harbourside Women's Aid"
    assert c.first("cg:valueGBP") == Decimal(2340000)
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 1, 1), date(2027, 12, 31))


def test_two_current_contracts_described_in_one_paragraph():
    x = extract_text(_report(
        "Recovery Services - Commissioning",
        "a) PROCURE a new Recovery Service; and",
        "1.1 There are currently two contracts. The West Kent Drug Service has been held by Harbourline Recovery Trust\n"
        "since 2017 and the East Kent Recovery Service has been delivered by Orchard Row Treatment Services Ltd since\n"
        "October 2015. The annual contract value is £1,200,000.\n",
    ))
    held = {str(c.first("dct:title")): _label(x, c.first("cg:provider")) for c in x.entities.of("Contract") if c.values("cg:provider")}
    assert held == {"West Kent Drug Service": "Harbourline Recovery Trust",
                    "East Kent Recovery Service": "Orchard Row Treatment Services Ltd"}
    west = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == "West Kent Drug Service"][0]
    assert west.values("cg:annualValueGBP") == []  # a figure after the next contract's "delivered by" is not its own


def test_one_decision_two_different_agreements_each_named_by_its_clause():
    x = extract_text(_report(
        "Respite Breaks - Dynamic Purchasing System",
        "a) APPROVE the establishment of a Dynamic Purchasing System for Respite Breaks, for an initial period of four\n"
        "years from 1 April 2025, with an estimated value of up to £9.6 million;\n"
        "b) APPROVE a direct award of the Respite Breaks Service contract to the Harbourline Carers Trust for six months,\n"
        "from 1 October 2024 to 31 March 2025, at a value of £310,000; and",
        "1.1 Nothing else is said here.\n",
    ))
    by_title = {str(c.first("dct:title")): c for c in x.entities.of("Contract")}
    dps = by_title["Respite Breaks Dynamic Purchasing System"]
    award = by_title["Respite Breaks Service"]
    assert dps.values("cg:provider") == [] and dps.first("cg:valueGBP") == Decimal(9600000)
    assert dps.first("cg:startDate") == date(2025, 4, 1) and dps.values("cg:endDate") == []
    assert _label(x, award.first("cg:provider")) == "Harbourline Carers Trust"
    assert award.first("cg:valueGBP") == Decimal(310000)
    assert (award.first("cg:startDate"), award.first("cg:endDate")) == (date(2024, 10, 1), date(2025, 3, 31))


def test_an_approved_extension_of_a_contract_with_its_holder_period_and_ceiling():
    x = extract_text(_report(
        "Home Support - Contract Extension",
        "a) APPROVE the extension of the Home Support Services contract with Weald Vale Homecare Limited from 1\n"
        "December 2024 to 30 November 2025, at an estimated cost of up to £7.4m; and",
        "1.1 Nothing else is said here.\n",
    ))
    c = _decided(x, "24/00091")
    assert (c.first("cg:extensionStartDate"), c.first("cg:extensionEndDate")) == (date(2024, 12, 1), date(2025, 11, 30))
    assert c.first("cg:extensionValueGBP") == Decimal(7400000)
    assert c.values("cg:startDate") == [] and c.values("cg:valueGBP") == []


def test_a_minuted_award_to_a_named_body_with_a_start_and_a_taken_call_off():
    x = extract_text(_minutes(
        "31. 24/00105 - Health Checks - Contract Award \n(Item. 5) \n\n"
        "1. Dr Rao said the contract would be awarded to Healthy Shores Kent CIC for an initial term of three years \n"
        "from 1 April 2025, with the option to extend. \n\n"
        "2. RESOLVED that the proposed decision to award the Health Checks contract be endorsed. \n\n"
    ))
    c = _decided(x, "24/00105")
    assert _label(x, c.first("cg:provider")) == "Healthy Shores Kent CIC"
    assert c.first("cg:startDate") == date(2025, 4, 1) and c.values("cg:endDate") == []
    x = extract_text(MINUTES + _outside_cycle(
        "On 26 July 2024 the Cabinet Member agreed to call off a contract from the ESPO Telecare framework with\n"
        "Careline Link Solutions Ltd for the period 1 August 2024 to 31 July 2027, to a total value of £3.36m.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Careline Link Solutions Ltd"
    assert c.first("cg:valueGBP") == Decimal(3360000)
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 8, 1), date(2027, 7, 31))


def test_a_taken_call_off_awarded_in_the_next_sentence_and_an_initial_term_in_brackets():
    x = extract_text(MINUTES + _outside_cycle(
        "On 9 June 2024 the Cabinet Member agreed to a call-off from the Crown Commercial Service framework for\n"
        "digital care records in care homes. The contract was awarded to Tessera Digital Ltd, for two years from 1\n"
        "July 2024 to 30 June 2026, for a value of up to £420,000.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Tessera Digital Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 7, 1), date(2026, 6, 30))
    assert c.first("cg:valueGBP") == Decimal(420000)
    x = extract_text(_report(
        "Short Breaks - Re-procurement",
        "a) AWARD the contract for the Short Breaks Service to the successful bidder, as identified in Exempt Appendix "
        "A, for an initial term of three years from 1 November 2024 with the option to extend; and",
        "3.1 The contract will cost £1,950,000 per annum, a total of £5.85m over the initial three-year term\n"
        "(1 November 2024 to 31 October 2027).\n",
    ))
    c = _decided(x, "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 11, 1), date(2027, 10, 31))
    assert c.first("cg:valueGBP") == Decimal(5850000) and c.values("cg:provider") == []


def test_a_report_whose_decision_number_is_the_key_decision_value():
    text = _report("Reablement - Section 75 Agreement", "a) ENTER into a Section 75 Partnership Agreement with Medway "
                   "Vale NHS Trust for three years from 1 October 2025 to 30 September 2028; and", "1.1 Nothing.\n")
    text = text.replace("Decision no: 24/00091\n\nKey decision: Yes", "Key decision: 24/00091\n Expenditure of more than £1m")
    c = _decided(extract_text(text), "24/00091")
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 10, 1), date(2028, 9, 30))


def test_a_yearly_figure_in_brackets_is_never_the_maximum():
    x = extract_text(_minutes(
        "31. 24/00105 - Telecare Service - Contract Award \n(Item. 5) \n\n"
        "1. It was proposed to AWARD the contract for the Telecare Service to Beaconway Telecare Ltd for an initial \n"
        "term of three years from 1 January 2026 to 31 December 2028. The contract value over the initial term was \n"
        "£6.3m (£2.1m per annum), and the maximum value including both extensions was £10.5m. \n\n"
        "2. RESOLVED that the proposed decision to award the Telecare Service contract be endorsed. \n\n"
    ))
    c = _decided(x, "24/00105")
    assert c.first("cg:valueGBP") == Decimal(6300000) and c.first("cg:maxValueGBP") == Decimal(10500000)
    assert _label(x, c.first("cg:provider")) == "Beaconway Telecare Ltd"


def test_a_taken_decision_with_lettered_clauses_and_a_call_off_awarded_for_a_period():
    x = extract_text(MINUTES + _outside_cycle(
        "On 3 October 2024 the Cabinet Member agreed to:\n(a) directly award a block contract for 24 beds to Oakfield Care\n"
        "Group Ltd from 6 October 2024 to 31 March 2025, at a total cost of £1,176,000; and\n"
        "(b) delegate authority to the Corporate Director to implement the decision.\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Oakfield Care Group Ltd"
    assert c.first("cg:valueGBP") == Decimal(1176000)
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 10, 6), date(2025, 3, 31))
    x = extract_text(MINUTES + _outside_cycle(
        "The Cabinet Member agreed on 12 January 2024 to call off 60 beds from the Council's Care Home Dynamic Purchasing\n"
        "System. The call-off was awarded to Lindenvale Care Group Ltd for the period 16 January 2024 to 31 March 2024,\n"
        "at a total cost of £2,340,000 (£1,150 per bed per week).\n\n"
    ))
    c = _decided(x, "23/00111")
    assert _label(x, c.first("cg:provider")) == "Lindenvale Care Group Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 1, 16), date(2024, 3, 31))
    assert c.first("cg:valueGBP") == Decimal(2340000)


def _described(x, title):
    found = [c for c in x.entities.of("Contract") if str(c.first("dct:title")) == title]
    assert len(found) == 1, [(c.key, c.values("dct:title")) for c in x.entities.of("Contract")]
    return found[0]


def test_a_current_contract_named_then_its_holder_with_its_story():
    x = extract_text(_report(
        "Wheelchair Service - Contract Award",
        "a) AWARD the Wheelchair Service contract to Lindenfield Care Ltd; and",
        "1.1 The service is currently delivered under the Kent Mobility Aids Service contract, held by\n"
        "Thornbury Logistics Ltd, which commenced on 1 October 2017 for a five-year term and expires on\n"
        "30 September 2022. The contract contains no further extension options.\n\n"
        "1.2 The existing West Kent Hoists contract is held by Pellow Services Ltd. It was let under decision\n"
        "17/00047 for a fixed term which started on 1 March 2018, and it expires on 28 February 2023.\n\n"
        "1.3 The current East Kent Seating Service is delivered by Ardley Seating Ltd. The contract commenced on\n"
        "1 November 2016 and, following the use of all available extensions, expires on 31 March 2022.\n",
    ))
    mobility = _described(x, "Kent Mobility Aids Service")
    assert _label(x, mobility.first("cg:provider")) == "Thornbury Logistics Ltd"
    assert (mobility.first("cg:startDate"), mobility.first("cg:endDate")) == (date(2017, 10, 1), date(2022, 9, 30))
    hoists = _described(x, "West Kent Hoists")
    assert _label(x, hoists.first("cg:provider")) == "Pellow Services Ltd"
    assert (hoists.first("cg:startDate"), hoists.first("cg:endDate")) == (date(2018, 3, 1), date(2023, 2, 28))
    seating = _described(x, "East Kent Seating Service")
    assert _label(x, seating.first("cg:provider")) == "Ardley Seating Ltd"
    assert seating.first("cg:startDate") == date(2016, 11, 1)
    assert seating.values("cg:endDate") == []  # reached after its extensions: not the initial term's end
    _all_evidence_verbatim(x)


def test_a_current_contract_let_under_a_decision_the_paper_numbers_is_authorised_by_it():
    x = extract_text(_report(
        "Wheelchair Service - Contract Award",
        "a) AWARD the Wheelchair Service contract to Lindenfield Care Ltd; and",
        "1.1 The existing West Kent Hoists contract is held by Pellow Services Ltd. It was let under decision\n"
        "17/00047 for a fixed term which started on 1 March 2018, and it expires on 28 February 2023.\n",
    ))
    hoists = _described(x, "West Kent Hoists")
    assert hoists.first("cg:authorisedBy") == Ref("Decision", ("17/00047",))


def test_an_expiry_before_the_printed_start_is_not_an_end():
    x = extract_text(_report(
        "Wheelchair Service - Contract Award",
        "a) AWARD the Wheelchair Service contract to Lindenfield Care Ltd; and",
        "1.1 The existing West Kent Hoists contract is held by Pellow Services Ltd. It started on\n"
        "1 March 2018 and the previous one expires on 28 February 2017.\n",
    ))
    assert _described(x, "West Kent Hoists").values("cg:endDate") == []


def test_listed_services_with_their_providers_and_stories():
    x = extract_text(_report(
        "Technology Enabled Lives Service - Contract Award",
        "a) AWARD the Technology Enabled Lives Service contract to Lindenfield Care Ltd; and",
        "2.1 There are currently two technology contracts in Adult Social Care:\n\n"
        "\uf0b7 Telecare: provided by Lifeway Response Services Ltd. The contract\n"
        "started on 1 June 2018 and ends on 31 May 2025. It supports around 6,300 people.\n\n"
        "\uf0b7 Virtual Care Line: a video carephone service provided by Holloway Digital\nCare Ltd since April 2021."
        " Annual contract value: £480,000.\n\n"
        "2.2 The current Alarms contract is held by Greyfield Community Alarms Limited and has run since\n"
        "1 April 2014. It will end on 31 March 2025.\n",
    ))
    telecare = _described(x, "Telecare")
    assert _label(x, telecare.first("cg:provider")) == "Lifeway Response Services Ltd"
    assert (telecare.first("cg:startDate"), telecare.first("cg:endDate")) == (date(2018, 6, 1), date(2025, 5, 31))
    line = _described(x, "Virtual Care Line")
    assert _label(x, line.first("cg:provider")) == "Holloway Digital Care Ltd"
    assert line.values("cg:startDate") == []  # "since April 2021": no day, no date
    alarms = _described(x, "Alarms")
    assert alarms.first("cg:startDate") == date(2014, 4, 1)
    _all_evidence_verbatim(x)


def test_a_framework_whose_story_the_paper_tells():
    x = extract_text(_report(
        "Discharge Home Care - Call-Off Contract",
        "a) APPROVE a call-off contract from Lot 3 of the Care at Home Framework for the Discharge Service; and",
        "2.1 The Care at Home Framework was awarded under decision 22/00044 - Care at Home Services. The framework\n"
        "commenced on 1 August 2022 and runs for six years until 31 July 2028. It has 41 providers.\n\n"
        "2.2 Most supported living is purchased through the Supported Living Framework Agreement, which\n"
        "commenced on 1 October 2018 and, following its extension, expires on 30 September 2023.\n\n"
        "2.3 The new Community Framework will start on 1 April 2026.\n",
    ))
    home = _described(x, "Care at Home Framework")
    assert (home.first("cg:startDate"), home.first("cg:endDate")) == (date(2022, 8, 1), date(2028, 7, 31))
    assert home.first("cg:authorisedBy") == Ref("Decision", ("22/00044",))
    assert home.values("cg:provider") == []
    living = _described(x, "Supported Living Framework Agreement")
    assert living.first("cg:startDate") == date(2018, 10, 1) and living.values("cg:endDate") == []
    assert not any("Community Framework" in str(c.first("dct:title")) for c in x.entities.of("Contract"))
    _all_evidence_verbatim(x)
