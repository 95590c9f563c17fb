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
    assert x.entities.get(Ref("Contract", ("24/00210", "contract", "lot-2"))) is None  # withheld: no lot invented
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
