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


def test_a_clause_contract_with_the_named_body_and_at_a_value_of():
    x = extract_text(_report(
        "Sight Loss Service - Contract Extension",
        "a) EXTEND the Sight Loss Service contract with the Medway Vale Sight\nTrust for six months, from 1 October "
        "2024 to 31 March 2025, at a value of £214,500; and",
        "1.1 The annual value of the contract is currently £400,000.\n",
    ))
    c = _decided(x, "24/00091")
    assert _label(x, c.first("cg:provider")) == "Medway Vale Sight Trust"
    assert c.first("cg:valueGBP") == Decimal(214500)
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
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2024, 8, 1), date(2025, 7, 31))
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
