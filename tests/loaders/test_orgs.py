"""Organisation names: aliases, kinds, keys."""

from __future__ import annotations

from councilgraph.loaders.text.orgs import AliasTable, canonical_org_name, org_key, org_kind


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
    assert org_kind("Careium") is None


def test_learn_abbreviations_from_the_text():
    table = AliasTable()
    learnt = table.learn("run by Live Well Kent (LWK) and the Health Care Research Group (HCRG); Kent (2019)")
    assert ("LWK", "Live Well Kent") in learnt and ("HCRG", "Health Care Research Group") in learnt
    assert table.resolve("HCRG") == "Health Care Research Group"
    assert table.resolve("2019") == "2019"


def test_keys_do_not_depend_on_spacing_or_case_of_ampersand():
    assert org_key("Kent Fire & Rescue") == org_key("Kent  Fire and Rescue")
