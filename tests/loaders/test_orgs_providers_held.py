"""Providers, second round: a contract or service "is held by" a body, a decision that
AWARDs a lot or contract "to" a body, a body "which had delivered care"; never a grant, a
withheld bidder, or a body that only gave support. Every fragment is invented."""

from __future__ import annotations

from tests.loaders.test_orgs_lists import _orgs


def _providers(orgs):
    return {n for n, o in orgs.items() if "Provider" in o.types}


def test_a_contract_or_service_held_by_a_company_or_charity():
    orgs = _orgs(
        "1.1 The current Community Wheelchair Service contract is held by Birchwood Mobility Logistics Ltd. It\n"
        "commenced on 1 April 2019 and will expire on 31 March 2024.\n\n"
        "1.2 The largest of these, the Village Links Service held by Upfield Good Living Trust, has been extended.\n\n"
        "1.3 The meeting was held by Larkford Borough Council in its chamber.\n"
    )
    assert {"Birchwood Mobility Logistics Ltd", "Upfield Good Living Trust"} <= _providers(orgs), sorted(orgs)
    assert "Larkford Borough Council" not in _providers(orgs)


def test_a_decision_that_awards_a_lot_to_a_body_and_not_a_grant():
    orgs = _orgs(
        "Decision: As Cabinet Member I propose to:\n\n"
        "a) AWARD Lot 1 (North Kent) of the Larkford Carers' Support Service to Hillcrest and Vale Carers \n"
        "Partnership;\n\n"
        "b) AWARD Lot 2 (South Kent) of the Larkford Carers' Support Service to the successful bidder\n"
        "identified in Exempt Appendix A; and\n\n"
        "c) award a grant to Brayford Friendship Trust for its lunch club.\n\n"
        "2.1 Hillcrest and Vale Carers Partnership, a registered charity, scored highest.\n"
    )
    provs = _providers(orgs)
    assert "Hillcrest and Vale Carers Partnership" in provs, sorted(orgs)
    assert "Brayford Friendship Trust" not in provs, sorted(provs)
    assert not any(n.startswith("Hillcrest and Vale Carers") and n != "Hillcrest and Vale Carers Partnership" for n in orgs)


def test_a_body_which_had_delivered_care_but_not_one_that_gave_support():
    orgs = _orgs(
        "1.1 Following the closure of Seaview Domiciliary Care Ltd, which had delivered care in the home to 90\n"
        "people, everyone was moved to other providers. Fenmoor Research Trust, which provided support to the\n"
        "review, was thanked.\n"
    )
    provs = _providers(orgs)
    assert "Seaview Domiciliary Care Ltd" in provs, sorted(orgs)
    assert "Fenmoor Research Trust" in orgs and "Fenmoor Research Trust" not in provs, sorted(provs)


def test_a_company_a_call_off_contract_is_made_with():
    orgs = _orgs(
        "2.2 To support discharge from hospital, the Cabinet Member agreed on 3 May to a call-off contract from the\n"
        "Home Care Services framework with Meadowlark Domiciliary Services Ltd, for a team of carers. A separate\n"
        "call-off contract was discussed with Larkford Borough Council officers.\n"
    )
    provs = _providers(orgs)
    assert "Meadowlark Domiciliary Services Ltd" in provs, sorted(orgs)
    assert not any("Council" in n for n in provs), sorted(provs)


def test_companies_listed_lot_by_lot_under_a_decision_that_awards_places_to_them():
    orgs = _orgs(
        "Decision: As Cabinet Member I agree to:\n\n"
        "a) AWARD places on the Home Support Framework to the providers listed below for each of the two\n"
        "lots, for an initial term of four years:\n\n"
        "Lot 1 – Coast: Upfield Homecare Ltd, Brayford Living CIC, Orchard \n"
        "Lane Home Support Services Ltd and Larkford Care LLP; \n\n"
        "Lot 2 – Weald: Fenmoor Home Care Ltd and a further provider to be confirmed; \n\n"
        "Lot 3 – Downs: Sheppey Lunch Club, Hillside Care Ltd. \n"
    )
    provs = _providers(orgs)
    for name in ("Upfield Homecare Ltd", "Brayford Living CIC", "Orchard Lane Home Support Services Ltd",
                 "Larkford Care LLP", "Fenmoor Home Care Ltd", "Hillside Care Ltd"):
        assert name in provs, (name, sorted(orgs))
    assert not any("further" in n or "Lunch Club" in n for n in provs), sorted(provs)


def test_lot_lists_without_an_award_to_them_name_no_providers():
    orgs = _orgs(
        "2.1 Bids were received as follows:\n\n"
        "Lot 1 – Coast: Upfield Homecare Ltd, Brayford Living CIC and Larkford Care LLP; \n"
    )
    assert not _providers(orgs), sorted(orgs)


def test_services_currently_delivered_by_one_body_and_by_another():
    orgs = _orgs(
        "1. Dr Smith introduced the report, which proposed that the treatment and recovery services\n"
        "currently delivered by Lantern Recovery Swale and by Larkford and \n"
        "Fenmoor NHS and Social Care Partnership Trust be brought together into one contract. The day\n"
        "services currently delivered by the successful bidder will follow.\n"
    )
    provs = _providers(orgs)
    assert {"Lantern Recovery Swale", "Larkford and Fenmoor NHS and Social Care Partnership Trust"} <= provs, sorted(orgs)
    assert not any("bidder" in n for n in orgs), sorted(orgs)


def test_a_body_under_a_contract_with_it_is_a_provider_and_a_consortium_is_a_body():
    orgs = _orgs(
        "1.1 Since 1 October 2015 advocacy has been delivered under a single contract with Harwick Advocacy\n"
        "Collective, a consortium of local charities. The new service will start in 2026.\n"
    )
    assert "Provider" in orgs["Harwick Advocacy Collective"].types


def test_an_area_cell_run_into_the_name_after_it_is_cut_off():
    orgs = _orgs(
        "Lot Area Provider\n3 East Kent Kent Coast Day Trust\n4 South Kent Coast Kent Coast Day Trust\n"
    )
    assert "Kent Coast Day Trust" in orgs
    assert not [n for n in orgs if n.startswith(("East Kent", "South Kent"))]
