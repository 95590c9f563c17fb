"""The contract a report's decision replaces, told in one sentence of its body or summary:
"The night visiting service is currently provided by X under a contract that began on D1 ...",
"The Council currently purchases Y through a contract with X which started on D1 ...",
"the Z contract with X, which ends on D2", "the Z Service held by X". Small invented
fragments, not the bundled or held-out papers."""

from __future__ import annotations

from datetime import date

from tests.loaders.reports_support import (
    assert_contract_evidence_verbatim,
    extract_text,
    provider_label,
)
from tests.loaders.test_contracts import _report

AWARD = "a) AWARD the Wellbeing Visiting Service contract to Larchwood Support Ltd; and"


def _described(x, word: str):
    """The one contract whose title holds ``word`` and that no decision authorises."""
    found = [c for c in x.entities.of("Contract")
             if word.lower() in str(c.first("dct:title")).lower() and not c.values("cg:authorisedBy")]
    assert len(found) == 1, [(c.key, c.values("dct:title")) for c in x.entities.of("Contract")]
    return found[0]


def _no_described(x, word: str) -> None:
    assert not [c for c in x.entities.of("Contract")
                if word.lower() in str(c.first("dct:title")).lower() and not c.values("cg:authorisedBy")]


_evidence_verbatim = assert_contract_evidence_verbatim


def test_a_lower_case_service_currently_provided_under_a_contract_with_its_term():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The night visiting service is currently provided by Brambleford Care Ltd under a \n"
                             "contract that began on 1 June 2016 and expires on 31 May 2021.\n"))
    c = _described(x, "night visiting")
    assert str(c.first("dct:title")).lower() == "night visiting service"
    assert provider_label(x, c) == "Brambleford Care Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2016, 6, 1), date(2021, 5, 31))
    _evidence_verbatim(x)


def test_a_lower_case_current_contract_held_by_a_body_then_its_start_in_the_next_sentence():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The current hearing support contract is held by Ollerton Sound CIC. It started \n"
                             "on 1 March 2014 and, after both extension options, will expire on 28 February 2021.\n"))
    c = _described(x, "hearing support")
    assert provider_label(x, c) == "Ollerton Sound CIC"
    assert c.first("cg:startDate") == date(2014, 3, 1)
    assert c.values("cg:endDate") == []  # an expiry reached through extensions is not the initial term's end
    _evidence_verbatim(x)


def test_what_the_council_purchases_through_a_contract_with_a_body():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The Council currently purchases sensory equipment and repairs through a contract \n"
                             "with Quillmere Devices Ltd which started on 1 July 2016 and ends on 30 June 2021.\n"))
    c = _described(x, "sensory equipment")
    assert str(c.first("dct:title")).lower() == "sensory equipment and repairs"
    assert provider_label(x, c) == "Quillmere Devices Ltd"
    assert (c.first("cg:startDate"), c.first("cg:endDate")) == (date(2016, 7, 1), date(2021, 6, 30))
    _evidence_verbatim(x)


def test_a_named_contract_with_a_body_which_ends_on_a_date():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The Council buys day places through spot purchase and the Day Opportunities Service \n"
                             "contract with Kestle Vale Trust, which ends on 31 January 2026.\n"))
    c = _described(x, "Day Opportunities")
    assert c.first("dct:title") == "Day Opportunities Service"
    assert provider_label(x, c) == "Kestle Vale Trust"
    assert c.first("cg:endDate") == date(2026, 1, 31) and c.values("cg:startDate") == []
    _evidence_verbatim(x)


def test_a_named_service_held_by_a_body():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The Council funds four prevention contracts. The largest, the Home Visiting Service \n"
                             "held by Pennock Lane Trust, has been extended twice and cannot be extended again.\n"))
    c = _described(x, "Home Visiting")
    assert c.first("dct:title") == "Home Visiting Service"
    assert provider_label(x, c) == "Pennock Lane Trust"
    _evidence_verbatim(x)


def test_a_withheld_or_generic_holder_or_title_makes_no_contract():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The new visiting service will be provided by the successful bidder under a contract \n"
                             "that begins on 1 April 2025.\n\n"
                             "1.2 The current contract is held by Ollerton Sound CIC.\n\n"
                             "1.3 The Council currently purchases this through a contract with the successful bidder.\n"))
    assert [str(c.first("dct:title")) for c in x.entities.of("Contract") if not c.values("cg:authorisedBy")] == []


def test_the_new_contract_keeps_its_provider_when_the_old_one_is_described():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award", AWARD,
                             "1.1 The wellbeing visiting service is currently provided by Brambleford Care Ltd under \n"
                             "a contract that began on 1 June 2016 and expires on 31 May 2021.\n"))
    decided = [c for c in x.entities.of("Contract") if c.values("cg:authorisedBy")]
    assert [provider_label(x, c) for c in decided] == ["Larchwood Support Ltd"]


def test_a_minuted_update_tells_of_a_current_contract_and_a_course_only_considered_makes_none():
    from tests.loaders.test_contracts import _minutes
    x = extract_text(_minutes(
        "31. Public Health Commissioning Update \n(Item. 8) \n\n"
        "1. Dr Adeyemi introduced the report. The Kent Hearing Support Service for adults had been delivered by\n"
        "Ollerton Sound CIC since 1 April 2019 and the contract had been extended to 31 March 2025. A direct award\n"
        "of a further contract for two years, from 1 April 2025 to 31 March 2027, was being considered.\n\n"
        "2. RESOLVED that the update be noted. \n"
    ))
    c = _described(x, "Hearing Support")
    assert provider_label(x, c) == "Ollerton Sound CIC"
    assert c.first("cg:startDate") == date(2019, 4, 1) and c.values("cg:endDate") == []
    assert len(x.entities.of("Contract")) == 1  # the direct award only considered is no contract
    _evidence_verbatim(x)
