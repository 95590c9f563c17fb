"""Organisation names: aliases, kinds, keys."""

from __future__ import annotations

from councilgraph.loaders.text.orgs import (
    AliasTable,
    canonical_org_name,
    find_known_bodies,
    is_body_shape,
    org_key,
    org_kind,
)


def test_kmpt_aliases_are_one_organisation():
    full = "Kent and Medway NHS and Social Care Partnership Trust"
    assert canonical_org_name("KMPT") == full
    assert canonical_org_name("Kent and Medway Partnership Trust") == full
    assert org_key("KMPT") == org_key(full) == org_key("the Kent and Medway NHS and Social Care Partnership Trust")


def test_kinds_from_name_shapes():
    assert org_kind("Acme Care Ltd") == "Company"
    assert org_kind("Provide CIC") == "Company"
    assert org_kind("NHS Kent and Medway Integrated Care Board") == "NHSBody"
    assert org_kind("KMPT") == "NHSBody"
    assert org_kind("Medway Council") == "PublicBody"
    assert org_kind("Department for Levelling Up, Housing and Communities") == "PublicBody"
    assert org_kind("Kent Police") == "PublicBody"
    assert org_kind("Shaw Trust") == "Charity"
    assert org_kind("Mid-Kent Mind") == "Charity"
    assert org_kind("Brightwell Homecare Partners") is None  # nothing in the name says what it is


def test_learn_abbreviations_from_the_text():
    table = AliasTable()
    learnt = table.learn("run by Live Well Kent (LWK) and the Health Care Research Group (HCRG); Kent (2019)")
    assert ("LWK", "Live Well Kent") in learnt and ("HCRG", "Health Care Research Group") in learnt
    assert table.resolve("HCRG") == "Health Care Research Group"
    assert table.resolve("2019") == "2019"


def test_keys_do_not_depend_on_spacing_or_case_of_ampersand():
    assert org_key("Kent Fire & Rescue") == org_key("Kent  Fire and Rescue")


def test_known_bodies_whose_names_do_not_say_what_they_are():
    assert org_kind("Mencap") == "Charity"
    assert org_kind("Porchlight") == "Charity"
    assert org_kind("Careium") == "Company"
    found = [(printed, name) for _, _, printed, name in find_known_bodies(
        "The Council joined Mencap; the service is run by Porchlight and Shaw Trust; Change, Grow Live Maidstone")]
    assert found == [("Mencap", "Mencap"), ("Porchlight", "Porchlight"), ("Shaw Trust", "Shaw Trust"),
                     ("Change, Grow Live", "Change Grow Live")]


def test_known_bodies_are_whole_words_and_case_sensitive():
    assert find_known_bodies("a porchlight was fitted; Mencaps; the turning point came") == []


def test_local_nhs_trusts_are_nhs_bodies_however_printed():
    for printed in ("Maidstone and Tunbridge Wells Trust", "Maidstone & Tunbridge Wells Trust",
                    "Maidstone and Tunbridge Wells NHS Trust"):
        assert canonical_org_name(printed) == "Maidstone and Tunbridge Wells NHS Trust"
        assert org_kind(printed) == "NHSBody"
    assert org_key("EKHUFT") == org_key("East Kent Hospital University Foundation Trust")
    assert org_kind("Dartford and Gravesham NHS Trust") == "NHSBody"
    assert org_kind("Medway Foundation Trust") == "NHSBody"


def test_untyped_body_shapes():
    assert is_body_shape("Kent Housing Group") and is_body_shape("Health Care Research Group")
    assert not is_body_shape("Steering Group") and not is_body_shape("Tactical Group")
    assert org_kind("Kent Housing Group") is None


# --- organisations read from report text ------------------------------------------------

from tests.loaders.reports_support import extract_text  # noqa: E402

HEAD = (
    "KENT COUNTY COUNCIL\n\nFrom: Jane Doe, Cabinet Member for Adult Social Care\n\n"
    "To: Adult Social Care Cabinet Committee – 5 October 2023\n\nSubject: WELLBEING SERVICES\n\n"
    "Classification: Unrestricted\n\n1. Introduction\n\n"
)


def _orgs(text):
    x = extract_text(HEAD + text)
    return {str(o.first("rdfs:label")): o for o in x.entities.of("Organisation")}


def test_single_word_and_paired_bodies_are_read_and_split():
    orgs = _orgs(
        "1.1 During Learning Disability Week the Council joined Mencap to share stories.\n\n"
        "1.2 The service is delivered by two Strategic Partners, Porchlight and Shaw Trust.\n"
    )
    assert {"Mencap", "Porchlight", "Shaw Trust"} <= set(orgs)
    assert "Porchlight and Shaw Trust" not in orgs
    assert all("Provider" not in o.types for o in orgs.values())  # named, but no contract read here


def test_bodies_introduced_by_what_they_are_but_never_people():
    orgs = _orgs(
        "1.1 Visits included Riverside Matters, a healthy living centre in Swale, and Hearts First, a local\n"
        "charity. Mr Hollis, a local resident, spoke.\n"
    )
    assert not ({"Charity", "Company", "NHSBody", "PublicBody", "Provider"} & orgs["Riverside Matters"].types)  # kind unknown
    assert "Charity" in orgs["Hearts First"].types
    assert not any("Hollis" in name for name in orgs)


def test_bodies_listed_as_a_services_providers_and_group_shapes():
    orgs = _orgs(
        "1.1 Consultees: Lead Providers of the Kent Floating Support Service (Brightside, Harbour Homes, Clearwater)\n"
        "and members of the Kent Housing Group and sub-groups; the Steering Group and the Tactical Group.\n"
        "Providers of the service (including domiciliary care) were also asked.\n"
    )
    assert {"Brightside", "Harbour Homes", "Clearwater", "Kent Housing Group"} <= set(orgs)
    assert not any("Steering" in n or "Tactical" in n or "domiciliary" in n for n in orgs)
    assert all("Provider" not in o.types for o in orgs.values())  # a consultation list names no contract


def test_nhs_trusts_typed_as_nhs_bodies_and_posts_stripped():
    orgs = _orgs(
        "1.1 A letter from the Chief Executive of Maidstone and\nTunbridge Wells NHS Trust was received, as was one from the\n"
        "Office of Police and Crime Commissioner.\n"
    )
    assert "NHSBody" in orgs["Maidstone and Tunbridge Wells NHS Trust"].types
    assert "PublicBody" in orgs["Office of the Police and Crime Commissioner"].types
    assert not any(n.startswith("Chief Executive") or n == "Office of Police" for n in orgs)


def test_company_suffix_ends_a_name_but_limited_as_an_adjective_does_not():
    orgs = _orgs("1.1 Hearts First Ltd ran a coffee morning. Weakness Limited income for the Authority.\n")
    assert "Hearts First Ltd" in orgs and "Company" in orgs["Hearts First Ltd"].types
    assert not any("Weakness" in n for n in orgs)


def test_a_company_name_wrapped_after_to_is_not_cut_and_limited_before_a_verb_ends_a_name():
    orgs = _orgs(
        "1.1 It is proposed to award the contract to Brightwater\nCare Services Ltd for a period of two years.\n\n"
        "1.2 The night service contract with Hillview Homecare Limited was due to end in 2024.\n"
    )
    assert "Care Services Ltd" not in orgs  # the name began on the line before
    assert "Hillview Homecare Limited" in orgs


def test_national_bodies_and_universities():
    orgs = _orgs(
        "1.1 Guidance from Skills for Care and the National Institute for Health and Care Excellence (NICE) was used;\n"
        "Canterbury Christ Church University has evaluated the pilot and Ofsted was told. NICE said so.\n"
    )
    assert {"Skills for Care", "National Institute for Health and Care Excellence", "Canterbury Christ Church University",
            "Ofsted"} <= set(orgs)
    assert "PublicBody" in orgs["Ofsted"].types


def test_names_wrapped_after_a_capitalised_word_are_read_whole():
    """A name broken after a capitalised word ("... employed by Larchfield Home" / "Care Ltd")
    is one body, not its tail; nor is the tail of a CIC ("Harbourside Community" / "Living CIC")."""
    orgs = _orgs(
        "1.1 Mr A declared an interest as his son was employed by Larchfield Home \n"
        "Care Ltd. The plan agreed with the Kent and Medway Integrated \n"
        "Care Board (ICB) was noted.\n\n"
        "1.2 The contract was awarded to Harbourside Community \nLiving CIC, the highest scoring bidder. Harbourside Community \n"
        "Living CIC was the only bidder.\n"
    )
    assert "Larchfield Home Care Ltd" in orgs and "Care Ltd" not in orgs
    assert any("Kent and Medway Integrated Care Board" in n for n in orgs)
    assert "Harbourside Community Living CIC" in orgs and "Living CIC" not in orgs


def test_community_bodies_named_by_what_they_are():
    orgs = _orgs(
        "1.1 Case study: a grant helped Hoo Men's Shed open on Fridays, and Mrs C had weekly calls from\n"
        "Deal Good Neighbours she values. A Director of Swale Carers' Centre spoke.\n\n"
        "1.2 Panel members came from the North Kent Health and Care Partnership (NKHCP), the Wessex Academic\n"
        "Health Science Network and the University of Kent's Centre for Health Services Research Unit.\n\n"
        "1.3 The Safe Haven is run by Mind in Thanet and Dover. The Kent Care Providers Association during the\n"
        "summer surveyed homes; the Sussex Integrated Care Board to improve flow.\n\n"
        "1.4 Ask the Kent Society for the Deaf. The Care Plan Unit and the Day Centre were reviewed.\n"
    )
    for name in ("Hoo Men's Shed", "Deal Good Neighbours", "Swale Carers' Centre", "North Kent Health and Care Partnership",
                 "Wessex Academic Health Science Network", "University of Kent", "Mind in Thanet and Dover",
                 "Kent Care Providers Association"):
        assert name in orgs, (name, sorted(orgs))
    assert "Charity" in orgs["Mind in Thanet and Dover"].types
    assert "Kent Society" not in orgs  # "Society for the Deaf": the name goes on after "for"
    assert not any("Care Plan" in n or "Day Centre" in n or n.endswith("'s Centre") for n in orgs)
    assert all("Provider" not in orgs[n].types for n in ("Hoo Men's Shed", "Deal Good Neighbours"))  # case studies
    assert is_body_shape("Hoo Men's Shed") and not is_body_shape("Men's Shed")


def test_a_printed_the_stays_when_the_rest_does_not_say_what_the_body_is():
    assert canonical_org_name("The Befriending People") == "The Befriending People"
    assert canonical_org_name("the Befriending People") == "Befriending People"  # lower case: an article
    assert canonical_org_name("The Shaw Trust") == "Shaw Trust" and canonical_org_name("The Council") == "Council"


def test_bodies_with_trustees_and_bodies_introduced_as_the_charity():
    orgs = _orgs(
        "1.1 Mrs F declared an interest as she was a trustee of\nWillowbank Carers Swale, which received a grant.\n\n"
        "1.2 Carers are supported nationally by Homeshare Circle, the membership charity for schemes.\n\n"
        "1.3 Mr G is a trustee of the Council's pension fund.\n\n"
        "1.4 Ms H was a trustee of Age UK Deal, and left the room.\n"
    )
    assert "Willowbank Carers Swale" in orgs and "Homeshare Circle" in orgs
    assert "Age UK Deal" in orgs and "Age UK" not in orgs  # the local charity, not the national one
    assert "Charity" in orgs["Homeshare Circle"].types
    assert not any("pension" in n.lower() or n.startswith("Council") for n in orgs)


def test_clinical_commissioning_groups_by_their_areas_and_abbreviation():
    orgs = _orgs(
        "1.1 The service is jointly funded with NHS Weald CCG, NHS Ashdown, Rother and Wealden CCG and \n"
        "NHS Hythe CCG under a pooled budget, with a share from Downland CCG. The CCG will review it.\n\n"
        "Table 1: Spend (£000)\n\nYear\tKCC\tCCG\tTotal\n2021/22\t5,240\t4,460\t9,700\n"
    )
    assert {"NHS Weald CCG", "NHS Ashdown, Rother and Wealden CCG", "NHS Hythe CCG", "Downland CCG"} <= set(orgs)
    assert all(orgs[n].types == {"NHSBody"} for n in ("NHS Weald CCG", "Downland CCG"))
    assert not [n for n in orgs if n.startswith("NHS Weald CCG,") or n in ("CCG", "The CCG") or "KCC" in n]
