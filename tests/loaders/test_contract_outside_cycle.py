"""Contracts let by decisions taken outside the meeting cycle, told in the report's own words:
"took an urgent decision on D to make a direct award to X for the Y Service", "took the decision
on D to approve a direct award of a new contract to X ...", "agreed to: (a) make an urgent direct
award of a block contract ... to X". Small invented fragments, not the held-out papers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.loaders.reports_support import (
    OUTSIDE_CYCLE_HEAD,
    assert_contract_evidence_verbatim,
    decided_contract,
    extract_text,
    provider_label,
)


def _outside(paragraphs: str) -> str:
    return "KENT COUNTY COUNCIL\n" + OUTSIDE_CYCLE_HEAD + "1. Introduction\n\n1.1 Decisions were taken.\n\n2. Decisions\n\n" + paragraphs


def test_an_urgent_decision_to_make_a_direct_award_to_a_body_for_a_service():
    x = extract_text(_outside(
        "2.1 23/00112 – Hoist Loan Service – Emergency Direct Award\n\n"
        "On 3 June 2023 the provider entered administration. The Cabinet Member for Adult Social Care and Public\n"
        "Health took an urgent decision on 6 June 2023 to make a direct award to Quillmere Devices Ltd for the Hoist\n"
        "Loan Service. The contract runs from 7 June 2023 to 31 March 2025 and its value is up to £2.4 million.\n"
    ))
    c = decided_contract(x, "23/00112")
    assert provider_label(x, c) == "Quillmere Devices Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 6, 7), date(2025, 3, 31))
    assert c.first("cg:valueGBP") == Decimal("2400000")
    assert_contract_evidence_verbatim(x)


def test_took_the_decision_to_approve_a_direct_award_of_a_new_contract():
    x = extract_text(_outside(
        "2.2 23/00119 – Respite Breaks – Direct Award\n\n"
        "The Respite Breaks contract held by Kestle Vale Trust was due to end on 30 September 2023. The Cabinet\n"
        "Member took the decision on 29 August 2023 to approve a direct award of a new contract to Kestle Vale\n"
        "Trust for twelve months, from 1 October 2023 to 30 September 2024, with a value of £1,380,000.\n"
    ))
    c = decided_contract(x, "23/00119")
    assert provider_label(x, c) == "Kestle Vale Trust"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 10, 1), date(2024, 9, 30))
    assert c.first("cg:valueGBP") == Decimal("1380000")
    assert_contract_evidence_verbatim(x)


def test_agreed_to_a_lettered_urgent_direct_award_of_a_block_contract():
    x = extract_text(_outside(
        "2. 23/00085 - Discharge Nursing Beds\n\n"
        "2.1 On 16 June 2023 the Cabinet Member for Adult Social Care and Public Health agreed to:\n"
        "(a) make an urgent direct award of a block contract for 36 nursing beds to Pelham Court\n"
        "Nursing Homes Ltd, for the period 21 June 2023 to 31 March 2024, at a total cost of £1,310,400; and\n"
        "(b) delegate authority to the Corporate Director to take relevant actions.\n"
    ))
    c = decided_contract(x, "23/00085")
    assert provider_label(x, c) == "Pelham Court Nursing Homes Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 6, 21), date(2024, 3, 31))
    assert c.first("cg:valueGBP") == Decimal("1310400")
    assert_contract_evidence_verbatim(x)


def test_took_the_decision_to_a_lettered_approve_a_direct_award():
    x = extract_text(_outside(
        "2. 23/00130 - Respite Breaks Service – Direct Award\n\n"
        "2.1 The Respite Breaks Service delivered by Kestle Vale Trust was due to end on 31 March 2024.\n\n"
        "2.2 On 9 February 2024 the Cabinet Member for Adult Social Care and Public Health took the decision to:\n\n"
        "a) APPROVE a direct award of a contract for the Respite Breaks Service to Kestle Vale Trust for six months,\n"
        "from 1 April 2024 to 30 September 2024, at a value of £640,000; and\n\n"
        "b) DELEGATE authority to the Corporate Director to finalise the terms of the contract.\n"
    ))
    c = decided_contract(x, "23/00130")
    assert provider_label(x, c) == "Kestle Vale Trust"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 4, 1), date(2024, 9, 30))
    assert c.first("cg:valueGBP") == Decimal("640000")
    assert_contract_evidence_verbatim(x)


def test_a_direct_call_off_to_a_body_names_the_provider():
    x = extract_text(_outside(
        "1. 23/00006 - Winter Pressures: Additional Beds\n\n"
        "1.1 On 28 January 2023 the Cabinet Member for Adult Social Care and Public Health\n"
        "took the decision to call off 30 additional beds from the council's Care Home Framework, by a direct\n"
        "call-off to Pelham Court Nursing Homes Ltd, from 4 February 2023 to 31 March 2023, at a cost of up to £412,000.\n"
    ))
    c = decided_contract(x, "23/00006")
    assert provider_label(x, c) == "Pelham Court Nursing Homes Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 2, 4), date(2023, 3, 31))
    assert_contract_evidence_verbatim(x)


def test_a_report_on_one_decision_named_only_in_a_sentence():
    x = extract_text(
        "KENT COUNTY COUNCIL\n" + OUTSIDE_CYCLE_HEAD.replace("Classification: Unrestricted\n\n", "")
        + "Classification: Unrestricted\n\nSummary: To note that decision 23/00087 - Winter Nursing Beds was\n"
        "taken outside the cabinet committee meeting cycle.\n\n"
        "Recommendation(s): The Committee is asked to NOTE that decision 23/00087 -\nWinter Nursing Beds was taken.\n\n"
        "1. Introduction\n\n1.1 To relieve hospital pressures over the winter, the Cabinet Member agreed on\n"
        "9 December 2023 a direct award of a block contract to Pelham Court Nursing Homes Ltd for 40 beds from\n"
        "16 December 2023 to 31 March 2024, at a total value of £624,000.\n"
    )
    c = decided_contract(x, "23/00087")
    assert c.first("dct:title") == "Winter Nursing Beds"
    assert provider_label(x, c) == "Pelham Court Nursing Homes Ltd"
    assert c.first("cg:valueGBP") == Decimal("624000")
    assert x.entities.get(c.first("cg:authorisedBy")).first("cg:status") == "taken"
    assert_contract_evidence_verbatim(x)
