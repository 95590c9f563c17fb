"""Contracts: decision-anchored terms and values, named providers only, never an invented one."""

from __future__ import annotations

import random
import re
from datetime import date
from decimal import Decimal

import pytest

from councilgraph.loaders.document import SourceText, normalise_ws
from councilgraph.loaders.extract import NotACommitteePaper, extract_document
from councilgraph.loaders.parsers.contracts import contract_clauses
from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import STEMS, extract_text, extracted, quote_is_verbatim

WITHHELD = re.compile(r"successful|exempt|bidder|recommended provider", re.I)


def _contract(x, key):
    c = x.entities.get(Ref("Contract", key))
    assert c is not None, [e.key for e in x.entities.of("Contract")]
    return c



def organisations_and_providers(extraction):
    """Organisations by label, and the labels of those typed cg:Provider."""
    orgs = {str(o.first("rdfs:label")): o for o in extraction.entities.of("Organisation")}
    return orgs, {name for name, o in orgs.items() if "Provider" in o.types}

def test_withheld_provider_is_never_invented():
    x = extracted("000_85e50b6c2a77ab48")
    c = _contract(x, ("23/00074", "contract"))
    assert c.values("cg:provider") == []  # "the successful bidder" / exempt Appendix A
    assert c.first("cg:valueGBP") == Decimal(1600000)
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 12, 1), date(2025, 11, 30))
    assert c.first("cg:authorisedBy") == Ref("Decision", ("23/00074",))
    assert c.first("cg:awardedBy") == Ref("Council", ("kent-county-council",))
    assert str(c.first("cg:term")).startswith("for a maximum of four years (initial two-year contract")


def test_value_with_extension_is_the_maximum():
    x = extracted("000_85e50b6c2a77ab48")
    c = _contract(x, ("23/00078", "contract"))
    assert c.first("cg:valueGBP") == Decimal(82500000)
    assert c.first("cg:maxValueGBP") == Decimal(115500000)
    assert c.first("cg:extensionOptions").startswith("with the option for a contract extension of a further two years")


def test_agreement_with_a_named_partner_and_alias():
    x = extracted("003_4b3e521f3552e908")
    sla = _contract(x, ("19/00011", "service-level-agreement"))
    kmpt = x.entities.get(sla.first("cg:provider"))
    assert kmpt.first("rdfs:label") == "Kent and Medway NHS and Social Care Partnership Trust"
    assert {"Provider", "NHSBody"} <= kmpt.types
    s75 = _contract(x, ("19/00011", "section-75-agreement"))
    assert s75.values("cg:authorisedBy") == []  # the decision terminates it


def test_described_contracts_with_annual_values():
    x = extracted("001_03b3e409ff055485")
    telecare = _contract(x, ("careium", "telecare"))
    assert telecare.first("cg:annualValueGBP") == Decimal(621900) and telecare.values("cg:valueGBP") == []
    assert x.entities.get(telecare.first("cg:provider")).first("rdfs:label") == "Careium"


def test_direct_award_from_minuted_resolution():
    x = extracted("001_03b3e409ff055485")
    c = _contract(x, ("22/00093", "contract"))
    assert c.first("cg:procurementRoute") == "direct award"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 4, 1), date(2024, 3, 31))
    assert c.values("cg:provider") == []


def test_contract_clauses_skip_delegations():
    text = ("As Cabinet Member I propose to: a) AWARD the contract to Acme Care Ltd for a period of two years; and "
            "b) DELEGATE authority to the Corporate Director to enter into contracts.")
    assert contract_clauses(text) == ["AWARD the contract to Acme Care Ltd for a period of two years"]


def test_named_provider_in_a_decision_sheet():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\nCabinet Member for Adult Social Care\n\n"
        "DECISION NO:\n24/00200\n\nKey decision: Yes\n\nTitle of Decision: Home Care Contract\n\n"
        "Decision: As Cabinet Member I propose to:\na) AWARD the contract to Acme Care Ltd for a period of two years from\n"
        "1 April 2024 to 31 March 2026; and\nb) DELEGATE authority to the Corporate Director.\n\n"
        "Reason(s) for decision: Needed.\n\nFinancial Implications: The total contract value is £2,400,000.\n"
    )
    x = extract_text(text)
    c = _contract(x, ("24/00200", "contract"))
    org = x.entities.get(c.first("cg:provider"))
    assert org.first("rdfs:label") == "Acme Care Ltd" and {"Provider", "Company"} <= org.types
    assert c.first("cg:valueGBP") == Decimal(2400000)
    assert c.first("cg:endDate") == date(2026, 3, 31)


@pytest.mark.parametrize("stem", STEMS)
def test_every_contract_and_organisation_has_verbatim_evidence(stem):
    x = extracted(stem)
    for e in x.entities.of("Contract") + x.entities.of("Organisation") + x.entities.of("Report"):
        assert e.evidence, e.ref
        for statements in e.properties.values():
            for st in statements:
                assert st.evidence, (e.ref, st)
                assert all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def _providers(x):
    for c in x.entities.of("Contract"):
        for st in c.properties.get("cg:provider", []):
            yield x.entities.get(st.value), st


@pytest.mark.parametrize("seed", range(6))
def test_fuzz_shuffled_and_truncated_documents_never_invent_a_provider(seed):
    rng = random.Random(seed)
    stem = STEMS[seed % len(STEMS)]
    lines = extracted(stem).source.lines
    blocks = [lines[i:i + rng.randint(5, 80)] for i in range(0, len(lines), 40)]
    rng.shuffle(blocks)
    kept = [line for block in blocks[: rng.randint(1, len(blocks))] for line in block]
    if seed % 2:
        kept = [line[: rng.randint(0, len(line))] if rng.random() < 0.1 else line for line in kept]
    text = "\n".join(kept) + "\n"
    if not text.strip():
        return
    try:
        x = extract_document(SourceText(f"fuzz-{seed}", f"fuzz-{seed}.txt", text))
    except NotACommitteePaper:
        return
    flat = normalise_ws(text).casefold()
    for org, st in _providers(x):
        label = str(org.first("rdfs:label"))
        assert not WITHHELD.search(label)
        printed = [str(v) for v in org.values("skos:altLabel")] + [label]
        assert any(normalise_ws(p).casefold() in flat for p in printed), label
        assert all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def test_lots_awarded_to_named_providers():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\nCabinet Member for Adult Social Care\n\n"
        "DECISION NO:\n24/00210\n\nKey decision: Yes\n\nTitle of Decision: Day Services\n\n"
        "Decision: As Cabinet Member I propose to:\na) AWARD the contract in two lots, Lot 1 (North Kent) to Acme Care Ltd and\n"
        "Lot 2 (South Kent) to the successful bidder identified in the exempt appendix; and\nb) DELEGATE authority to the Director.\n\n"
        "Reason(s) for decision: Needed.\n"
    )
    x = extract_text(text)
    lot1 = _contract(x, ("24/00210", "contract", "lot-1"))
    assert lot1.first("cg:lotOf") == Ref("Contract", ("24/00210", "contract"))
    assert x.entities.get(lot1.first("cg:provider")).first("rdfs:label") == "Acme Care Ltd"
    lot2 = _contract(x, ("24/00210", "contract", "lot-2"))  # the lot is awarded: a contract ...
    assert lot2.values("cg:provider") == []  # ... whose withheld bidder is never a provider
    assert _contract(x, ("24/00210", "contract")).values("cg:provider") == []


def test_in_house_services_are_not_providers_and_names_end_with_their_sentence():
    text = (
        "KENT COUNTY COUNCIL\n\nFrom: Jane Doe, Cabinet Member for Roads\n\nTo: Cabinet – 5 October 2023\n\n"
        "Subject: CARE SERVICES\n\nClassification: Unrestricted\n\n1. Introduction\n\n"
        "1.1 The contract is provided by Adult Social Care in-house teams.\n\n"
        "1.2 Telecare: the contract is provided by Careium Ltd. Annual contract value: £100,000.\n"
    )
    x = extract_text(text)
    providers = {str(o.first("rdfs:label")) for o in x.entities.of("Organisation") if "Provider" in o.types}
    assert providers == {"Careium Ltd"}
    c = _contract(x, ("careium-ltd", "telecare"))
    assert c.first("cg:annualValueGBP") == Decimal(100000)


# --- report and minutes phrasings (small invented fragments, not the bundled papers) ----------

def _report(subject: str, recommendation: str, body: str, number: str = "24/00091") -> str:
    return (
        "KENT COUNTY COUNCIL\n\nFrom: Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\n"
        "To: Adult Social Care Cabinet Committee – 14 November 2024\n\n"
        f"Subject: {number} - {subject}\n\nDecision no: {number}\n\nKey decision: Yes\n\nClassification: Unrestricted\n\n"
        "Electoral Division: All\n\nSummary: This report sets out the proposed decision.\n\n"
        "Recommendation(s): The Adult Social Care Cabinet Committee is asked to consider and endorse the proposed "
        f"decision to:\n{recommendation}\nb) DELEGATE authority to the Corporate Director Adult Social Care and Health to take "
        "other relevant actions.\n\n1. Introduction\n\n" + body
    )


def _only_contract(x):
    made = [c for c in x.entities.of("Contract") if not c.values("cg:lotOf")]
    assert len(made) >= 1, made
    return made[0]


def test_award_report_provider_term_value_route_and_award_date():
    x = extract_text(_report(
        "Supported Living Services - Contract Award",
        "a) AWARD the contract for Supported Living Services to Brightwell Care Ltd for a period of three years from "
        "1st April 2025 to 31.03.2028, with the option to extend for a further two years; and",
        "1.1 An open tender was run under the Public Contracts Regulations 2015 and five bids were received.\n\n"
        "2. Financial Implications\n\n2.1 The total contract value is £48.6m over the initial three-year term.\n\n"
        "2.2 The maximum value of the contract including the two-year extension is £81m.\n\n"
        "2.3 The contract was awarded on 3 February 2025, subject to the standstill period.\n",
    ))
    c = _contract(x, ("24/00091", "contract"))
    assert c.first("dct:title") == "Supported Living Services"  # no decision number, no action
    assert x.entities.get(c.first("cg:provider")).first("rdfs:label") == "Brightwell Care Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 4, 1), date(2028, 3, 31))
    assert c.first("cg:extensionOptions") == "with the option to extend for a further two years"
    assert c.first("cg:valueGBP") == Decimal("48600000") and c.first("cg:maxValueGBP") == Decimal("81000000")
    assert c.first("cg:procurementRoute") == "open tender"
    assert c.first("cg:awardDate") == date(2025, 2, 3)
    assert c.first("cg:awardedBy") == Ref("Council", ("kent-county-council",))


def test_annual_value_only_when_no_total_is_stated_and_only_for_the_new_contract():
    rec = "a) AWARD the contract for Home Care to Acme Care Ltd for a period of two years; and"
    x = extract_text(_report("Home Care", rec, "2. Financial Implications\n\n2.1 The contract will cost £3 million per annum.\n"))
    assert _only_contract(x).first("cg:annualValueGBP") == Decimal(3000000)
    assert _only_contract(x).values("cg:valueGBP") == []
    x = extract_text(_report("Home Care", rec, "2.1 The current contract costs £2.5m per annum.\n\n2.2 The 2023/24 annual value of the contract was £2.6m.\n"))
    assert _only_contract(x).values("cg:annualValueGBP") == []  # the contract being replaced
    x = extract_text(_report("Home Care", rec, "2.1 The contract will cost £3 million per annum.\n\n2.2 The annual value of the contract is £16.2m.\n"))
    assert _only_contract(x).values("cg:annualValueGBP") == []  # two figures: cannot tell which
    x = extract_text(_report("Home Care", rec, "2.1 The annual value of the contract is £16.2m. The total contract value is £32.4m.\n"))
    c = _only_contract(x)
    assert c.first("cg:valueGBP") == Decimal(32400000) and c.values("cg:annualValueGBP") == []


def test_inexact_and_other_contracts_values_are_never_stored():
    rec = "a) AWARD the contract for Day Care to Acme Care Ltd for a period of two years; and"
    x = extract_text(_report("Day Care", rec, "2.1 The total contract value is over £3 million.\n\n2.2 The current contract value is £2,000,000.\n"))
    c = _only_contract(x)
    assert c.values("cg:valueGBP") == [] and c.values("cg:maxValueGBP") == []


def test_withheld_provider_and_value_in_the_award_clause():
    rec = ("a) AWARD the contract to the successful bidder as set out in exempt Appendix B for a total contract value "
           "of £2.4m; and")
    x = extract_text(_report("Day Opportunities - Contract Award", rec, "1.1 Text.\n"))
    c = _only_contract(x)
    assert c.values("cg:provider") == []
    assert c.first("cg:valueGBP") == Decimal(2400000)
    assert c.values("cg:term") == []  # "for a total contract value of £2.4m" is not a term
    assert not any("Provider" in o.types for o in x.entities.of("Organisation"))


def test_award_to_a_month_or_the_council_is_not_a_provider():
    rec = "a) AWARD the contract for Meals on Wheels to commence on 1 April 2025 and extend it to March 2027; and"
    x = extract_text(_report("Meals on Wheels", rec, "1.1 Text.\n"))
    assert _only_contract(x).values("cg:provider") == []


def test_route_from_the_body_only_when_one_and_not_the_old_contracts_story():
    rec = "a) PROCURE a new Community Support Service contract for a period of five years; and"
    body = ("1.1 The existing contract was let through an open tender in 2018.\n\n"
            "1.2 A competitive procedure with negotiation was used to select the partners.\n\n"
            "1.3 It is proposed that the new service is procured through a dynamic purchasing system.\n")
    x = extract_text(_report("Community Support Service", rec, body))
    assert _only_contract(x).first("cg:procurementRoute") == "dynamic purchasing system"


def test_current_contract_described_with_its_lots():
    body = (
        "1.1 The Council and the NHS jointly commissioned a wellbeing offer, which came to be known as Bright Minds Kent (BMK).\n\n"
        "1.2 The service commenced on 1 April 2017 and ends on 31 March 2024.\n\n"
        "1.3 The service is delivered by two Strategic Partners, Lanternlight and Harbour Homes Ltd. The Contract was split "
        "into three Lots based on districts.\n"
        " - Lot 1 - North Kent (Lanternlight)\n - Lot 2 - West Kent (Harbour Homes Ltd)\n - Lot 3 - East Kent (Coastal Trust)\n\n"
        "1.4 Text.\n"
    )
    x = extract_text(_report("Wellbeing Services", "a) PROCURE a new Wellbeing Service contract; and", body))
    parent = _contract(x, ("current", "bright-minds-kent"))
    assert parent.first("dct:title") == "Bright Minds Kent"
    assert (parent.first("cg:startDate"), parent.first("cg:endDate")) == (date(2017, 4, 1), date(2024, 3, 31))
    lot1 = _contract(x, ("current", "bright-minds-kent", "lot-1"))
    assert lot1.first("cg:lotOf") == parent.ref
    assert x.entities.get(lot1.first("cg:provider")).first("rdfs:label") == "Lanternlight"
    assert "Provider" in x.entities.get(lot1.first("cg:provider")).types
    # the third lot names a body the sentence did not name as a partner: no lot invented
    assert x.entities.get(Ref("Contract", ("current", "bright-minds-kent", "lot-3"))) is None


def test_current_contract_provider_named_in_the_body():
    body = "1.1 The current Supported Living contract is delivered by Harbour Homes Ltd and ends in 2025.\n"
    x = extract_text(_report("Supported Living", "a) PROCURE a new Supported Living contract; and", body))
    c = _contract(x, ("harbour-homes-ltd", "supported-living"))
    assert x.entities.get(c.first("cg:provider")).first("rdfs:label") == "Harbour Homes Ltd"


MINUTES = (
    " KENT COUNTY COUNCIL \n\nADULT SOCIAL CARE CABINET COMMITTEE \n\n"
    "MINUTES of a meeting of the Adult Social Care Cabinet Committee held at Council \n"
    "Chamber, Sessions House, County Hall, Maidstone on Wednesday, 10th May, \n2023. \n\n"
    "PRESENT: Mr A Baker (Chairman), Mrs P Cole, Mr N Collor and Ms S Hamilton \n\n"
    "UNRESTRICTED ITEMS \n\n"
    "12. Section 75 Partnership Agreement for Learning Disability \n(Item. 5) \n\n"
    "1. The Senior Commissioner introduced the report. The agreement was ready to be signed on 1 June 2023. \n\n"
    "2. RESOLVED the recommendations were agreed as outlined in the report. \n\n"
    "13. Contract Monitoring Update \n(Item. 6) \n\n"
    "1. Members discussed the contract and partnership agreement monitoring arrangements. \n\n"
    "2. RESOLVED that the report be noted. \n\n"
)
REPORT_TAIL = (
    "\nFrom: Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\n"
    "To: Adult Social Care Cabinet Committee – 7 July 2023\n\nSubject: Performance Dashboard\n\n"
    "Classification: Unrestricted\n\nSummary: The dashboard.\n\n1. Introduction\n\n1.1 Text.\n"
)


def test_agreement_named_by_a_minuted_items_title_but_not_a_monitoring_item():
    x = extract_text(MINUTES + REPORT_TAIL)
    titles = [str(c.first("dct:title")) for c in x.entities.of("Contract")]
    assert titles == ["Section 75 Partnership Agreement for Learning Disability"]
    c = x.entities.of("Contract")[0]
    assert c.values("cg:startDate") == [] and c.values("cg:awardDate") == []  # "ready to be signed on" is neither


def test_providers_named_in_prose_but_not_in_case_studies_or_withheld():
    body = (
        "1.1 The incumbent provider, Brightwell Care Ltd, has delivered the service since 2019.\n\n"
        "1.2 Harbour Homes Ltd is the current provider of the night service.\n\n"
        "1.3 The Council's contract with Lanternlight ends on 31 March 2025.\n\n"
        "1.4 The current provider, the successful bidder of the 2019 tender, is named in the exempt appendix.\n\n"
        "1.5 Case study: Mrs B said Riverside Matters, a local charity, helped her with her shopping, and\n"
        "Hearts First Ltd ran a coffee morning she enjoyed.\n"
    )
    x = extract_text(_report("Night Care", "a) PROCURE a new Night Care contract; and", body))
    orgs, providers = organisations_and_providers(x)
    assert providers == {"Brightwell Care Ltd", "Harbour Homes Ltd", "Lanternlight"}
    assert "Riverside Matters" in orgs and "Hearts First Ltd" in orgs  # organisations, not providers


MINUTES_WITH_DECISION = (
    " KENT COUNTY COUNCIL \n\nADULT SOCIAL CARE CABINET COMMITTEE \n\n"
    "MINUTES of a meeting of the Adult Social Care Cabinet Committee held at Council \n"
    "Chamber, Sessions House, County Hall, Maidstone on Wednesday, 10th May, \n2023. \n\n"
    "PRESENT: Mr A Baker (Chairman), Mrs P Cole, Mr N Collor and Ms S Hamilton \n\n"
    "UNRESTRICTED ITEMS \n\n"
    "12. 23/00051 - Home Care Framework - Contract Award \n(Item. 5) \n\n"
    "1. Ms Rowe introduced the report and said the new service would be provided by \n"
    "Brightwater Care Ltd from 1 August 2023. \n\n"
    "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social \n"
    "Care and Public Health to: \n\n"
    "(a) Award the Home Care Framework contract for a period of three years from 1st August 2023 to \n"
    "31.07.2026; and \n\n(b) Delegate authority to the Corporate Director \n\nbe endorsed. \n\n"
    "13. Enablement Services \n(Item. 6) \n\n"
    "1. The Kent Night Support contract with Hillview Homecare Limited was due to end on 31 October 2024. \n\n"
    "2. RESOLVED that the report be noted. \n\n"
    "14. Day Services - Contract Award \n(Item. 7) \n\n"
    "1. Members heard that the contract had been awarded to the successful bidder named in the exempt appendix. \n\n"
    "2. RESOLVED that the report be noted. \n\n"
)


def test_minutes_name_the_provider_of_a_decisions_contract_and_contracts_with_a_provider():
    x = extract_text(MINUTES_WITH_DECISION + REPORT_TAIL)
    [c] = [k for k in x.entities.of("Contract") if k.first("cg:authorisedBy") == Ref("Decision", ("23/00051",))]
    assert x.entities.get(c.first("cg:provider")).first("rdfs:label") == "Brightwater Care Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 8, 1), date(2026, 7, 31))
    night = [k for k in x.entities.of("Contract") if str(k.first("dct:title")) == "Kent Night Support contract"]
    assert len(night) == 1
    assert x.entities.get(night[0].first("cg:provider")).first("rdfs:label") == "Hillview Homecare Limited"
    assert night[0].values("cg:endDate") == []  # "was due to end": not stated as the initial term
    providers = {str(o.first("rdfs:label")) for o in x.entities.of("Organisation") if "Provider" in o.types}
    assert providers == {"Brightwater Care Ltd", "Hillview Homecare Limited"}  # never "the successful bidder"
    [day] = [k for k in x.entities.of("Contract") if str(k.first("dct:title")) == "Day Services"]
    assert day.values("cg:provider") == []  # named by the item's title; its provider is withheld


def test_decisions_whose_titles_name_a_contract_get_one_but_not_terminations_or_fees():
    minutes = MINUTES_WITH_DECISION.replace(
        "14. Day Services - Contract Award",
        "14. Decisions taken outside the meeting cycle",
    ).replace(
        "1. Members heard that the contract had been awarded to the successful bidder named in the exempt appendix. \n\n"
        "2. RESOLVED that the report be noted. \n\n",
        "1. RESOLVED that the decision 23/00036 - Kent Sensory Services Contract Extension, taken in accordance with "
        "the urgency process, be noted. \n\n"
        "2. RESOLVED that the decision 23/00039 - Care Home Contracts Fee Uplift, taken in accordance with the urgency process, be noted. \n\n",
    )
    x = extract_text(minutes + REPORT_TAIL)
    by_decision = {c.first("cg:authorisedBy"): c for c in x.entities.of("Contract") if c.first("cg:authorisedBy")}
    sensory = by_decision.get(Ref("Decision", ("23/00036",)))
    assert sensory is not None and "Kent Sensory Services Contract Extension" in str(sensory.first("dct:title"))
    assert sensory.values("cg:provider") == [] and sensory.values("cg:valueGBP") == []
    assert Ref("Decision", ("23/00039",)) not in by_decision  # a fee uplift is not a contract


def test_minuted_discussion_gives_value_and_term_the_decision_text_lacks():
    minutes = MINUTES_WITH_DECISION.replace(
        "1. Ms Rowe introduced the report and said the new service would be provided by \n"
        "Brightwater Care Ltd from 1 August 2023. \n\n",
        "1. Ms Rowe introduced the report. The current contract had been extended from 1 April 2023 to \n"
        "31 July 2023. The new contract would run from 1 September 2023 to 31 August 2026. The total contract \n"
        "value over the initial term is £6.2m. \n\n",
    ).replace(
        "(a) Award the Home Care Framework contract for a period of three years from 1st August 2023 to \n31.07.2026; and \n\n",
        "(a) Award the Home Care Framework contract to the successful bidder; and \n\n",
    )
    x = extract_text(minutes + REPORT_TAIL)
    [c] = [k for k in x.entities.of("Contract") if k.first("cg:authorisedBy") == Ref("Decision", ("23/00051",))]
    assert c.first("cg:valueGBP") == Decimal(6200000)
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2023, 9, 1), date(2026, 8, 31))
    assert c.values("cg:provider") == []


def test_start_from_the_body_and_total_after_an_annual_figure():
    rec = "a) AWARD the contract for Extra Care Housing to Acme Care Ltd; and"
    body = (
        "1.1 The existing contract will end on 31 March 2025 after its extension from 1 April 2024 to 31 March 2025.\n\n"
        "1.2 The new contract will commence on 1 April 2025 and run until 31 March 2030.\n\n"
        "2. Financial Implications\n\n2.1 The contract will cost £3 million per annum, a total contract value of £15m "
        "(£21m including the two-year extension).\n"
    )
    c = _only_contract(extract_text(_report("Extra Care Housing", rec, body)))
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2025, 4, 1), date(2030, 3, 31))
    assert c.first("cg:valueGBP") == Decimal(15000000) and c.first("cg:maxValueGBP") == Decimal(21000000)
    assert c.values("cg:annualValueGBP") == []  # a total is stated


def test_value_from_a_table_in_thousands_but_not_a_table_without_a_total_column():
    rec = "a) AWARD the contract for Respite Care to Acme Care Ltd; and"
    table = ("2. Financial Implications\n\nTable 1: Contract costs (£000)\n\n"
             "Year 2025-26 2026-27 2027-28 Total\n\nTotal contract value 1,200 1,250 1,300.5 3,750.5\n\n3. Next\n")
    c = _only_contract(extract_text(_report("Respite Care", rec, table)))
    assert c.first("cg:valueGBP") == Decimal(3750500)
    no_total = table.replace(" Total\n", "\n").replace(" 3,750.5", "")
    c = _only_contract(extract_text(_report("Respite Care", rec, no_total)))
    assert c.values("cg:valueGBP") == []


# ---------------------------------------------------------------- phase 2: minuted extensions, terms, sums

def _minutes(items: str) -> str:
    return (
        " KENT COUNTY COUNCIL \n\nADULT SOCIAL CARE CABINET COMMITTEE \n\n"
        "MINUTES of a meeting of the Adult Social Care Cabinet Committee held at Council \n"
        "Chamber, Sessions House, County Hall, Maidstone on Thursday, 6th June, \n2024. \n\n"
        "PRESENT: Mr A Baker (Chairman), Mrs P Cole and Mr N Collor \n\n"
        "UNRESTRICTED ITEMS \n\n"
        "30. Declarations of Interest \n(Item. 3) \n\n"
        "1. Mrs Cole declared an interest in Item 5 as a trustee of a local charity. \n\n"
        + items
    )


EXTENSION_MINUTE = (
    "31. 24/00105 - Night Visiting Service - Contract Extension \n(Item. 5) \n\n"
    "1. Ms Rowe introduced the report and said the Night Visiting Service contract with \n"
    "Larkspur Nursing Ltd would be extended from 1 July 2024 to 31.12.2025 at a cost of £412,000. \n\n"
    "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
    "and Public Health to EXTEND the Night Visiting Service contract be endorsed. \n\n"
    "32. 24/00106 - Befriending Service \n(Item. 6) \n\n"
    "1. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
    "and Public Health to EXTEND the Befriending Service contracts for up to 9 months from \n"
    "1 August 2024 to 30 April 2025 be endorsed. \n\n"
    "33. 24/00107 - Advice Line Service \n(Item. 7) \n\n"
    "1. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
    "and Public Health to COMMENCE the procurement of a new Advice Line Service be endorsed. \n\n"
)


def _by_decision(x, number):
    found = [c for c in x.entities.of("Contract") if c.first("cg:authorisedBy") == Ref("Decision", (number,))]
    assert len(found) == 1, [c.key for c in x.entities.of("Contract")]
    return found[0]


def test_unlettered_minuted_decision_texts_name_their_contract_and_extension_period():
    """"2. RESOLVED that the decision to be taken by ... to EXTEND the X contract(s) ... be endorsed":
    the clause after "to be taken by ... to"; the period and the cost the minutes state for an
    extension are the extension's (cg:extensionStartDate/EndDate, cg:extensionValueGBP), never
    the initial term or the contract's total value; the current holder is its provider. A
    declaration naming the item elsewhere does not move where the item's text starts."""
    x = extract_text(_minutes(EXTENSION_MINUTE))
    night = _by_decision(x, "24/00105")
    assert x.entities.get(night.first("cg:provider")).first("rdfs:label") == "Larkspur Nursing Ltd"
    assert night.first("cg:extensionValueGBP") == Decimal(412000) and night.values("cg:valueGBP") == []
    # an extension's period is the extension's, not the initial term (cg:startDate/endDate stay empty)
    assert (night.first("cg:extensionStartDate"), night.first("cg:extensionEndDate")) == (date(2024, 7, 1), date(2025, 12, 31))
    assert night.values("cg:startDate") == [] and night.values("cg:endDate") == []
    befriending = _by_decision(x, "24/00106")
    assert (befriending.first("cg:extensionStartDate"), befriending.first("cg:extensionEndDate")) == (date(2024, 8, 1), date(2025, 4, 30))
    assert befriending.values("cg:provider") == [] and befriending.values("cg:valueGBP") == []
    advice = _by_decision(x, "24/00107")  # a contract to be procured: no provider, no dates
    assert advice.values("cg:provider") == [] and advice.values("cg:startDate") == []
    for c in (night, befriending):
        for prop in ("cg:extensionStartDate", "cg:extensionEndDate"):
            ev = c.properties[prop][0].evidence[0]
            assert quote_is_verbatim(x.source, ev)


def test_the_holder_of_an_extended_contract_keeps_a_printed_the():
    minute = EXTENSION_MINUTE.replace("contract with \nLarkspur Nursing Ltd would", "contract with \nThe Lantern People would")
    x = extract_text(_minutes(minute))
    night = _by_decision(x, "24/00105")
    assert x.entities.get(night.first("cg:provider")).first("rdfs:label") == "The Lantern People"


def test_contract_with_its_current_holder_is_not_the_provider_of_a_new_award():
    minute = (
        "31. 24/00108 - Day Opportunities - Contract Award \n(Item. 5) \n\n"
        "1. Ms Rowe said the current contract with Larkspur Nursing Ltd would not be extended. \n\n"
        "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
        "and Public Health to AWARD the Day Opportunities contract to the successful bidder be endorsed. \n\n"
    )
    x = extract_text(_minutes(minute))
    assert _by_decision(x, "24/00108").values("cg:provider") == []


@pytest.mark.parametrize("clause, start", [
    ("a) AWARD places on the Care Homes framework to the successful bidders, for four years from 1st August 2025; and", date(2025, 8, 1)),
    ("a) AWARD the Care Homes contract to the successful bidder for a period of three years commencing on 1 April 2026; and", date(2026, 4, 1)),
    ("a) AWARD the Care Homes contract to the successful bidder, with an option to extend for two years from 1 April 2029; and", None),
])
def test_a_period_from_a_date_gives_the_start_only(clause, start):
    x = extract_text(_report("Care Homes - Contract Award", clause, "1.1 Text.\n"))
    c = _only_contract(x)
    assert c.first("cg:startDate") == start
    assert c.values("cg:endDate") == []  # never computed from the period


@pytest.mark.parametrize("sentence, expected", [
    ("The annual value of the contract is £1.2m, giving a value of £3.6m over the initial three years and a "
     "maximum of £6,000,000 if the extension is used.",
     {"cg:annualValueGBP": Decimal(1200000), "cg:valueGBP": Decimal(3600000), "cg:maxValueGBP": Decimal(6000000)}),
    ("The contract value is £2.4m over the initial three-year term and up to £4m including the extension.",
     {"cg:valueGBP": Decimal(2400000), "cg:maxValueGBP": Decimal(4000000)}),
    ("The estimated annual value of the new contract is £1.5m, giving an estimated total value of £7.5 million over the "
     "five-year initial term and £10,500,000 including the two optional extension years.",
     {"cg:annualValueGBP": Decimal(1500000), "cg:valueGBP": Decimal(7500000), "cg:maxValueGBP": Decimal(10500000)}),
    ("The new contract will cost £1.2m per year over three years.", {"cg:annualValueGBP": Decimal(1200000)}),
    ("The new service will cost £3 million per annum.", {"cg:annualValueGBP": Decimal(3000000)}),
    ("The contract is expected to cost around £2m over the initial term.", {}),
    ("The current contract value is £1.1m over the three-year term.", {}),
    ("The new contract is expected to save £1.1m over the three-year term.", {}),
    ("The pilot of the new service was run at a cost of £50,000.", {}),
])
def test_sums_over_a_term_extensions_and_per_annum(sentence, expected):
    body = "1.1 Text.\n\n2. Financial Implications\n\n2.1 " + sentence + "\n"
    x = extract_text(_report("Supported Living Services - Contract Award",
                             "a) AWARD the contract for Supported Living Services to Brightwell Care Ltd; and", body))
    c = _only_contract(x)
    got = {p: c.first(p) for p in ("cg:valueGBP", "cg:maxValueGBP", "cg:annualValueGBP") if c.first(p) is not None}
    assert got == expected


def test_start_and_run_until_gives_start_and_end():
    body = ("1.1 The new contract will start on 1 March 2026 and run for three years until 28\n"
            "February 2029, with an option to extend.\n")
    x = extract_text(_report("Supported Living Services - Contract Award",
                             "a) AWARD the contract for Supported Living Services to Brightwell Care Ltd; and", body))
    c = _only_contract(x)
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2026, 3, 1), date(2029, 2, 28))


def test_bodies_delivering_a_service_are_providers_but_not_funders_case_studies_or_partners():
    body = (
        "1.1 The service is currently delivered in North Kent by Brambleway Carers Trust, and the pilot\n"
        "arrangements, delivered by Quayside Telecare Ltd, end in March. The Safe Havens are run by Mind in Ashford.\n\n"
        "1.2 The Night Sitting contract with Elmstead Homecare Limited ends in 2025.\n\n"
        "1.3 Funding was provided by Kent Community Foundation. The evaluation was run by Southbank Research Ltd.\n\n"
        "1.4 The crisis line is delivered by Medway Council and by Kent and Medway NHS and Social Care Partnership Trust.\n\n"
        "1.5 Case study: Mr E said the\nsessions provided by Hearthside Befriending Trust were a great help.\n"
    )
    x = extract_text(_report("Carers Services", "a) PROCURE a new Carers Support contract; and", body))
    orgs, providers = organisations_and_providers(x)
    assert providers == {"Brambleway Carers Trust", "Quayside Telecare Ltd", "Mind in Ashford", "Elmstead Homecare Limited"}
    assert "Hearthside Befriending Trust" in orgs and "Kent Community Foundation" in orgs  # organisations, not providers


OUTSIDE_CYCLE_AND_PROGRAMME = (
    "\nFrom: Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\n"
    "To: Adult Social Care Cabinet Committee – 7 July 2023\n\n"
    "Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE\n\n"
    "Classification: For Information Only\n\n"
    "Recommendation: The Adult Social Care Cabinet Committee is asked to NOTE that the following decision has been "
    "taken in accordance with the process as set out in Part 2 paragraph 12.35 of the Constitution:\n\n"
    "23/00111 - Urgent Extension of the Kent Night Response Service\n\n1. Decision\n\n"
    "1.1 23/00111 - Urgent Extension of the Kent Night Response Service\n\n"
    "From: Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\n"
    "To: Adult Social Care Cabinet Committee – 7 July 2023\n\nSubject: Work Programme 2023\n\n"
    "Classification: Unrestricted\n\nSummary: The planned items.\n\n1. Introduction\n\n"
    "1.1 The planned items for 20 September 2023 are listed below.\n\n"
    "20 SEPTEMBER 2023\n\n6\t23/00123 - Home Support Service - Contract Extension\tKey Decision\n"
)


def test_a_decided_service_extension_is_a_contract_but_a_listed_one_is_not():
    x = extract_text(MINUTES + OUTSIDE_CYCLE_AND_PROGRAMME)
    by_decision = {c.first("cg:authorisedBy"): c for c in x.entities.of("Contract") if c.first("cg:authorisedBy")}
    night = by_decision.get(Ref("Decision", ("23/00111",)))
    assert night is not None and "Kent Night Response Service" in str(night.first("dct:title"))
    assert Ref("Decision", ("23/00123",)) not in by_decision  # only planned in a work programme


def test_recommissioning_and_a_direct_award_named_by_its_title_are_contracts():
    assert contract_clauses("a) RE-COMMISSION the adult befriending services jointly with NHS Kent and Medway for a "
                            "period of three years from 1 April 2026; and") != []
    minutes = MINUTES_WITH_DECISION.replace(
        "14. Day Services - Contract Award",
        "14. Decisions taken outside the meeting cycle",
    ).replace(
        "1. Members heard that the contract had been awarded to the successful bidder named in the exempt appendix. \n\n"
        "2. RESOLVED that the report be noted. \n\n",
        "1. RESOLVED that decision 23/00044 - Step Down Beds - Direct Award, taken in accordance with "
        "the urgency process, be noted. \n\n",
    )
    x = extract_text(minutes + REPORT_TAIL)
    by_decision = {c.first("cg:authorisedBy"): c for c in x.entities.of("Contract") if c.first("cg:authorisedBy")}
    beds = by_decision.get(Ref("Decision", ("23/00044",)))
    assert beds is not None and beds.first("cg:procurementRoute") == "direct award"
    assert beds.values("cg:provider") == []


def test_an_extension_taken_outside_the_cycle_reads_holder_end_and_cost_under_its_title():
    report = OUTSIDE_CYCLE_AND_PROGRAMME.replace(
        "1.1 23/00111 - Urgent Extension of the Kent Night Response Service\n\n",
        "1.1 23/00111 - Urgent Extension of the Kent Night Response Service\n"
        "The Kent Night Response contract with Fernbrook Care Ltd was due to end on 31/10/2023. The Cabinet\n"
        "Member agreed to extend it for five months, to 31 March 2024, at a cost of £180,000.\n\n",
    )
    x = extract_text(MINUTES + report)
    [night] = [c for c in x.entities.of("Contract") if c.first("cg:authorisedBy") == Ref("Decision", ("23/00111",))]
    assert x.entities.get(night.first("cg:provider")).first("rdfs:label") == "Fernbrook Care Ltd"
    assert night.first("cg:extensionEndDate") == date(2024, 3, 31) and night.values("cg:startDate") == []
    assert night.values("cg:endDate") == []  # the date it now runs to is not the initial term's end
    assert night.first("cg:extensionValueGBP") == Decimal(180000) and night.values("cg:valueGBP") == []


def test_a_name_is_not_joined_to_a_persons_name_on_the_line_before():
    body = ("1.1 The item was introduced by Councillor Hartwell\nCouncil Tax support was then discussed with Mr Brook\n"
            "Trust officers.\n")
    x = extract_text(_report("Council Tax Support", "a) AWARD the contract for Support Services to Brightwell Care Ltd; and", body))
    names = {str(o.first("rdfs:label")) for o in x.entities.of("Organisation")}
    assert not any("Hartwell" in n or "Brook" in n for n in names), names


# --- one record per contract: records of one decision that name the same contract are merged ----

from councilgraph.loaders.context import ParseContext  # noqa: E402
from councilgraph.loaders.parsers.contract_merge import merge_split_contracts, same_contract_titles  # noqa: E402
from councilgraph.loaders.records import Entity  # noqa: E402

_MERGE_TEXT = (
    "Decision 25/00412 - Riverside Befriending Service - Contract Extension\n"
    "EXTEND the Riverside Befriending Service contract with Lanternway Care Ltd from 1 June 2025 to 31 May 2026\n"
    "at an annual value of £210,000.\n"
    "The Riverside Befriending Service is valued at £630,000.\n"
    "A summary of the Riverside Befriending Service, £640,000 in one table.\n"
)


def _merge_ctx():
    src = SourceText("merge-fragment", "merge-fragment.txt", _MERGE_TEXT)
    return src, ParseContext(src)


def _contract_record(src, key, title, line, **props):
    e = Entity("Contract", key)
    ev = src.evidence(line, line)
    e.add("dct:title", title, src.evidence(1, 1))
    e.add("cg:authorisedBy", Ref("Decision", ("25/00412",)), src.evidence(1, 1))
    for prop, (value, at) in props.items():
        e.add(prop.replace("_", ":", 1), value, src.evidence(at, at))
    e.add_source(ev)
    return e


def test_titles_name_one_contract_once_action_suffixes_are_dropped():
    assert same_contract_titles("Riverside Befriending Service - Contract Extension", "Riverside Befriending Service")
    assert same_contract_titles("Riverside Befriending – Direct Award", "the Riverside Befriending Service Contract")
    assert same_contract_titles("Orchard Day Opportunities - Contract Award", "ORCHARD DAY OPPORTUNITIES")
    assert not same_contract_titles("Riverside Befriending Service", "Hillside Befriending Service")
    assert not same_contract_titles("Befriending - Contract Extension", "Advocacy Befriending Hub")  # one word only
    assert not same_contract_titles("Contract Extension", "Riverside Befriending Service - Contract Extension")


def test_records_of_one_decision_naming_one_contract_become_one_with_all_their_evidence():
    src, ctx = _merge_ctx()
    a = ctx.put(_contract_record(src, ("25/00412", "contract"), "Riverside Befriending Service - Contract Extension", 2,
                                 cg_annualValueGBP=(Decimal(210000), 3), cg_startDate=(date(2025, 6, 1), 2),
                                 cg_endDate=(date(2026, 5, 31), 2)))
    ctx.put(_contract_record(src, ("25/00412", "service"), "Riverside Befriending Service", 4,
                             cg_valueGBP=(Decimal(630000), 4)))
    lot = Entity("Contract", ("25/00412", "service", "lot-1"))
    lot.add("cg:lotOf", Ref("Contract", ("25/00412", "service")), src.evidence(4, 4))
    ctx.put(lot)
    pairs = merge_split_contracts(ctx)
    assert pairs == [(Ref("Contract", ("25/00412", "service")), a.ref)]
    contracts = [c for c in ctx.entities.of("Contract") if not c.values("cg:lotOf")]
    assert [c.ref for c in contracts] == [a.ref]
    c = contracts[0]
    assert c.values("dct:title") == ["Riverside Befriending Service - Contract Extension"]
    assert c.first("cg:annualValueGBP") == Decimal(210000) and c.first("cg:valueGBP") == Decimal(630000)
    assert c.properties["cg:valueGBP"][0].evidence[0].start_line == 4  # each statement keeps its own evidence
    assert c.properties["cg:annualValueGBP"][0].evidence[0].start_line == 3
    assert {ev.start_line for ev in c.evidence} == {2, 4}
    # a reference to the merged record now points at the one kept
    assert ctx.entities.get(lot.ref).values("cg:lotOf") == [a.ref]
    assert ctx.warnings == []


def test_conflicting_single_values_are_both_dropped_with_a_warning():
    src, ctx = _merge_ctx()
    ctx.put(_contract_record(src, ("25/00412", "contract"), "Riverside Befriending Service", 2,
                             cg_valueGBP=(Decimal(630000), 4), cg_startDate=(date(2025, 6, 1), 2)))
    ctx.put(_contract_record(src, ("25/00412", "agreement"), "Riverside Befriending Service - Direct Award", 5,
                             cg_valueGBP=(Decimal(640000), 5)))
    merge_split_contracts(ctx)
    [c] = ctx.entities.of("Contract")
    assert c.values("cg:valueGBP") == []  # £630,000 or £640,000: neither is guessed
    assert c.first("cg:startDate") == date(2025, 6, 1)
    assert len(ctx.warnings) == 1 and "cg:valueGBP" in ctx.warnings[0]


def test_different_contracts_or_decisions_are_not_merged():
    src, ctx = _merge_ctx()
    ctx.put(_contract_record(src, ("25/00412", "contract"), "Riverside Befriending Service", 2))
    ctx.put(_contract_record(src, ("25/00412", "contract-2"), "Hillside Advocacy Service", 4))
    other = _contract_record(src, ("25/00413", "contract"), "Riverside Befriending Service", 4)
    other.properties["cg:authorisedBy"] = []
    other.add("cg:authorisedBy", Ref("Decision", ("25/00413",)), src.evidence(1, 1))
    ctx.put(other)
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 3


# --- a decision that names one contract; a record without a decision and its one decided namesake ----

_ONE_CONTRACT_TEXT = (
    "Decision 21/00092 - Section 75 Partnership Agreement for Mental Health Social Care\n"
    "AGREE the Section 75 Partnership Agreement for Mental Health Social Care with Marshgate Health Trust\n"
    "from 1 April 2022 to 31 March 2027 at an annual value of £9,100,000.\n"
    "Partnership Agreement with Marshgate Health Trust: £9,100,000 a year, 1 April 2022 to 31 March 2027.\n"
    "Decision 21/00093 - Hillside Advocacy Service - Contract Award\n"
    "The Hillside Advocacy Service in West Kent is provided by Marshgate Health Trust.\n"
    "Decision 21/00094 - Orchard Day Opportunities in West Kent - Contract Extension\n"
    "Decision 21/00094 - Orchard Day Opportunities in West Kent - Procurement\n"
)
_TRUST = Ref("Organisation", ("marshgate-health-trust",))


def _one_contract_ctx(decision_titles=None):
    src = SourceText("one-contract-fragment", "one-contract-fragment.txt", _ONE_CONTRACT_TEXT)
    ctx = ParseContext(src)
    for number, (title, line) in (decision_titles or {}).items():
        d = Entity("Decision", (number,))
        d.add("dct:title", title, src.evidence(line, line))
        ctx.put(d)
    return src, ctx


def _record(src, key, title, line, decision=None, **props):
    """A contract record built by hand: ``decision`` None means no decision authorises it."""
    e = Entity("Contract", key)
    e.add("dct:title", title, src.evidence(line, line))
    if decision is not None:
        e.add("cg:authorisedBy", Ref("Decision", (decision,)), src.evidence(line, line))
    for prop, (value, at) in props.items():
        e.add(prop.replace("_", ":", 1), value, src.evidence(at, at))
    e.add_source(src.evidence(line, line))
    return e


def _section_75_pair(src, ctx, *, body_value=Decimal(9100000), body_provider=_TRUST):
    front = ctx.put(_record(src, ("21/00092", "contract"), "Section 75 Partnership Agreement for Mental Health Social Care",
                            2, "21/00092", cg_provider=(_TRUST, 2), cg_annualValueGBP=(Decimal(9100000), 3),
                            cg_startDate=(date(2022, 4, 1), 3), cg_endDate=(date(2027, 3, 31), 3)))
    body = ctx.put(_record(src, ("21/00092", "agreement"), "Partnership Agreement with Marshgate Health Trust",
                           4, "21/00092", cg_provider=(body_provider, 4), cg_annualValueGBP=(body_value, 4),
                           cg_startDate=(date(2022, 4, 1), 4), cg_endDate=(date(2027, 3, 31), 4)))
    return front, body


def test_a_decision_naming_one_contract_keeps_one_record_with_its_front_matter_title():
    src, ctx = _one_contract_ctx({"21/00092": ("Section 75 Partnership Agreement for Mental Health Social Care", 1)})
    front, body = _section_75_pair(src, ctx)
    assert not same_contract_titles(str(front.first("dct:title")), str(body.first("dct:title")))
    assert merge_split_contracts(ctx) == [(body.ref, front.ref)]
    [c] = ctx.entities.of("Contract")
    assert c.values("dct:title") == ["Section 75 Partnership Agreement for Mental Health Social Care"]
    assert c.values("cg:provider") == [_TRUST] and c.values("cg:authorisedBy") == [Ref("Decision", ("21/00092",))]
    assert c.first("cg:annualValueGBP") == Decimal(9100000) and c.first("cg:endDate") == date(2027, 3, 31)
    assert {ev.start_line for ev in c.evidence} == {2, 4}
    assert ctx.warnings == []


def test_the_front_matter_title_is_kept_even_when_the_other_record_was_read_first():
    src, ctx = _one_contract_ctx({"21/00092": ("Section 75 Partnership Agreement for Mental Health Social Care", 1)})
    body = ctx.put(_record(src, ("21/00092", "agreement"), "Partnership Agreement with Marshgate Health Trust",
                           1, "21/00092", cg_provider=(_TRUST, 4)))
    front = ctx.put(_record(src, ("21/00092", "contract"), "Section 75 Partnership Agreement for Mental Health Social Care",
                            2, "21/00092", cg_provider=(_TRUST, 2)))
    assert merge_split_contracts(ctx) == [(body.ref, front.ref)]


def test_one_contract_of_a_decision_stating_two_values_keeps_neither():
    src, ctx = _one_contract_ctx({"21/00092": ("Section 75 Partnership Agreement for Mental Health Social Care", 1)})
    _section_75_pair(src, ctx, body_value=Decimal(9200000))
    merge_split_contracts(ctx)
    [c] = ctx.entities.of("Contract")
    assert c.values("cg:annualValueGBP") == [] and c.first("cg:startDate") == date(2022, 4, 1)
    assert len(ctx.warnings) == 1 and "cg:annualValueGBP" in ctx.warnings[0]


def test_two_records_of_one_decision_with_different_providers_stay_apart():
    src, ctx = _one_contract_ctx()
    _section_75_pair(src, ctx, body_provider=Ref("Organisation", ("lanternway-care-ltd",)))
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 2


def test_two_records_of_one_decision_stating_nothing_alike_stay_apart():
    src, ctx = _one_contract_ctx()
    ctx.put(_record(src, ("21/00092", "contract"), "Section 75 Partnership Agreement", 2, "21/00092",
                    cg_provider=(_TRUST, 2)))
    ctx.put(_record(src, ("21/00092", "contract-2"), "Hillside Advocacy Service", 6, "21/00092",
                    cg_valueGBP=(Decimal(50000), 6)))
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 2


def test_lots_of_one_decision_are_never_merged():
    src, ctx = _one_contract_ctx()
    parent = ctx.put(_record(src, ("21/00093", "contract"), "Hillside Advocacy Service", 5, "21/00093"))
    for n, title in ((1, "Advocacy in West Kent"), (2, "Advocacy in East Kent")):
        lot = _record(src, ("21/00093", "contract", f"lot-{n}"), title, 6, "21/00093",
                      cg_provider=(_TRUST, 6), cg_startDate=(date(2022, 4, 1), 3))
        lot.add("cg:lotOf", parent.ref, src.evidence(6, 6))
        ctx.put(lot)
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 3
    # two lots alone under their decision (the parent authorised by none) stay two as well
    ctx.entities.get(parent.ref).properties["cg:authorisedBy"] = []
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 3


def test_a_decision_authorising_three_records_merges_none_of_the_unmatched():
    src, ctx = _one_contract_ctx()
    _section_75_pair(src, ctx)
    ctx.put(_record(src, ("21/00092", "contract-3"), "Hillside Advocacy Service", 6, "21/00092", cg_provider=(_TRUST, 6)))
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 3


def test_two_services_of_two_decisions_are_not_merged_even_with_one_provider():
    src, ctx = _one_contract_ctx()
    ctx.put(_record(src, ("21/00093", "contract"), "Hillside Advocacy Service - Contract Award", 5, "21/00093",
                    cg_provider=(_TRUST, 6), cg_startDate=(date(2022, 4, 1), 3)))
    ctx.put(_record(src, ("21/00094", "contract"), "Orchard Day Opportunities in West Kent - Contract Extension", 7,
                    "21/00094", cg_provider=(_TRUST, 6), cg_startDate=(date(2022, 4, 1), 3)))
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 2


def test_a_record_without_a_decision_joins_its_one_decided_namesake():
    src, ctx = _one_contract_ctx()
    decided = ctx.put(_record(src, ("21/00094", "contract"), "Orchard Day Opportunities in West Kent - Contract Extension",
                              7, "21/00094", cg_annualValueGBP=(Decimal(400000), 7), cg_startDate=(date(2022, 4, 1), 3)))
    loose = ctx.put(_record(src, ("orchard-day-opportunities-in-west-kent",), "Orchard Day Opportunities in West Kent", 6,
                            cg_provider=(_TRUST, 6)))
    other = ctx.put(_record(src, ("21/00093", "contract"), "Hillside Advocacy Service - Contract Award", 5, "21/00093"))
    assert merge_split_contracts(ctx) == [(loose.ref, decided.ref)]
    assert {c.ref for c in ctx.entities.of("Contract")} == {decided.ref, other.ref}
    c = ctx.entities.get(decided.ref)
    assert c.values("dct:title") == ["Orchard Day Opportunities in West Kent - Contract Extension"]
    assert c.values("cg:provider") == [_TRUST] and c.values("cg:authorisedBy") == [Ref("Decision", ("21/00094",))]
    assert c.properties["cg:provider"][0].evidence[0].start_line == 6
    assert ctx.entities.get(other.ref).values("cg:provider") == []


def test_a_record_without_a_decision_and_two_decided_namesakes_stays_alone():
    src, ctx = _one_contract_ctx()
    ctx.put(_record(src, ("21/00093", "contract"), "Orchard Day Opportunities in West Kent - Contract Award", 5, "21/00093"))
    ctx.put(_record(src, ("21/00094", "contract"), "Orchard Day Opportunities in West Kent - Contract Extension", 7, "21/00094"))
    ctx.put(_record(src, ("orchard-day-opportunities-in-west-kent",), "Orchard Day Opportunities in West Kent", 6,
                    cg_provider=(_TRUST, 6)))
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 3


def test_a_record_without_a_decision_naming_another_provider_stays_alone():
    src, ctx = _one_contract_ctx()
    ctx.put(_record(src, ("21/00094", "contract"), "Orchard Day Opportunities in West Kent - Contract Extension", 7,
                    "21/00094", cg_provider=(_TRUST, 6)))
    ctx.put(_record(src, ("orchard-day-opportunities-in-west-kent",), "Orchard Day Opportunities in West Kent", 6,
                    cg_provider=(Ref("Organisation", ("lanternway-care-ltd",)), 6)))
    assert merge_split_contracts(ctx) == []
    assert len(ctx.entities.of("Contract")) == 2


@pytest.mark.parametrize("sentence", [
    "The total contract value is £1,360,000 (excluding VAT) per annum, £4.08m over the three-year initial term.",
    "The total value of the contract is £1.36m in each year, £4.08m over the three-year initial term.",
    "The contract is worth £1.36m, paid annually, and £4.08m over the three-year initial term.",
])
def test_a_sum_with_per_annum_in_its_clause_is_never_the_total_the_sum_over_the_term_is(sentence):
    rec = "a) AWARD the contract for Meadow Lane Day Services to Acme Care Ltd for a period of three years; and"
    x = extract_text(_report("Meadow Lane Day Services - Contract Award", rec, "2. Financial Implications\n\n2.1 " + sentence + "\n"))
    c = _only_contract(x)
    # £1.36m is a year's cost; the value is the sum the sentence gives over the initial term
    assert c.values("cg:valueGBP") == [Decimal(4080000)]
    assert Decimal(1360000) not in c.values("cg:valueGBP") + c.values("cg:maxValueGBP")


def test_a_total_with_a_later_annual_figure_keeps_both():
    rec = "a) AWARD the contract for Meadow Lane Day Services to Acme Care Ltd for a period of three years; and"
    body = "2.1 The total contract value is £4.08m over the three-year initial term, £1.36m per annum.\n"
    c = _only_contract(extract_text(_report("Meadow Lane Day Services - Contract Award", rec, body)))
    assert c.first("cg:valueGBP") == Decimal(4080000) and c.first("cg:annualValueGBP") == Decimal(1360000)


def _agreement_title_and_provider(recommendation):
    x = extract_text(_report("Community Wellbeing Support", recommendation, "1.1 Text.\n"))
    [c] = [c for c in x.entities.of("Contract") if c.key[1] != "contract"] or x.entities.of("Contract")
    return c.first("dct:title"), [x.entities.get(p).first("rdfs:label") for p in c.values("cg:provider")]


def test_a_title_naming_the_partner_is_not_cut_at_a_line_break_inside_the_name():
    whole = "a) ENTER INTO a Partnership Agreement with Kent and Medway NHS and Social Care Partnership Trust for three years; and"
    wrapped = "a) ENTER INTO a Partnership Agreement with Kent\nand Medway NHS and Social Care Partnership Trust for three years; and"
    for rec in (whole, wrapped):
        title, providers = _agreement_title_and_provider(rec)
        assert title == "Partnership Agreement with Kent and Medway NHS and Social Care Partnership Trust"
        assert providers == ["Kent and Medway NHS and Social Care Partnership Trust"]


def test_a_name_does_not_run_on_into_the_next_sentence():
    title, providers = _agreement_title_and_provider(
        "a) ENTER INTO a Partnership Agreement with Hollybank Care\nThe agreement runs for three years; and")
    assert title == "Partnership Agreement with Hollybank Care"
    assert providers == ["Hollybank Care"]


def test_a_sum_an_annual_value_phrase_announces_is_never_the_total():
    from councilgraph.loaders.parsers.contracts import _clause_money

    sentence = ("The annual value of the contract is £2,150,000, giving a total contract value of "
                "£6,450,000 for the initial three-year term.")
    annual, total = _clause_money(sentence)
    assert annual.annual and annual.value == _clause_money("£2,150,000 per annum")[0].value
    assert not total.annual


def test_a_current_contract_beside_a_decision_to_procure_a_new_one_stays_apart():
    src, ctx = _one_contract_ctx()
    ctx.put(_record(src, ("21/00094", "contract"), "Orchard Day Opportunities in West Kent - Procurement", 8, "21/00094"))
    ctx.put(_record(src, ("marshgate-health-trust", "orchard-day-opportunities-in-west-kent"),
                    "Orchard Day Opportunities in West Kent", 6, cg_provider=(_TRUST, 6)))
    assert merge_split_contracts(ctx) == []  # the body's current contract is not the one to be let
    assert len(ctx.entities.of("Contract")) == 2


def test_a_described_charity_is_named_whole_or_not_at_all():
    body = (
        "1.1 The service is delivered by Brookfield Carers Together\n"
        "Network, a registered charity, under a contract which began in 2018.\n\n"
        "1.2 Ms Hale asked about the Sensory contract with the North Downs Sight and Hearing Trust, a\n"
        "registered charity, which was due to expire in March.\n"
    )
    x = extract_text(_report("Carers Services", "a) PROCURE a new Carers Support contract; and", body))
    orgs, _ = organisations_and_providers(x)
    assert "North Downs Sight and Hearing Trust" in orgs
    assert "Network" not in orgs and "Hearing Trust" not in orgs  # never a tail of a name
