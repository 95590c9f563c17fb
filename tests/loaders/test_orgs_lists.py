"""Organisations in lists and tables, partner councils, names glued to a table cell or cut short;
providers named in tables of providers. Every fragment is invented."""

from __future__ import annotations

from councilgraph.loaders.parsers.organisations import listed_body_name
from councilgraph.loaders.text.orgs import canonical_org_name, find_known_bodies, org_kind

from tests.loaders.test_orgs import _orgs  # the same report head and reader


# --- partner councils and names that end before a lower-case word -----------------------

def test_partner_councils_before_any_word_and_across_a_line_break():
    orgs = _orgs(
        "1.1 The Director thanked Larkford Borough \nCouncil and Fenbridge Borough Council for their help with the\n"
        "housing pathway. Under the Mental Health Act 1983 Brayminster Council commissions its own service.\n\n"
        "1.2 Advice came from the Kent Council for Voluntary Service and the Full Council agreed it.\n"
    )
    for name in ("Larkford Borough Council", "Fenbridge Borough Council", "Brayminster Council"):
        assert name in orgs and "PublicBody" in orgs[name].types, (name, sorted(orgs))
    assert not any(n in ("Kent Council", "Full Council", "Council") or n.startswith("and ") for n in orgs), sorted(orgs)


def test_a_trust_name_is_not_cut_before_for_or_before_the_rest_of_its_name():
    orgs = _orgs(
        "1.1 The Chairman thanked colleagues at Westmere Hospitals University NHS Foundation Trust \n"
        "for their work, and Larkford Community Health NHS Foundation Trust for two years of support.\n\n"
        "Trust Social care NHS Total\n"
        "Westmere Hospitals University NHS FT 611 1,402 2,013\n"
    )
    assert "Westmere Hospitals University NHS Foundation Trust" in orgs
    assert "Larkford Community Health NHS Foundation Trust" in orgs
    assert not any(n.endswith(("Foundation", "University")) for n in orgs), sorted(orgs)
    assert canonical_org_name("Westmere Hospitals University NHS FT") == "Westmere Hospitals University NHS Foundation Trust"


def test_a_wrapped_tail_of_a_trust_name_is_not_a_body_of_its_own():
    orgs = _orgs(
        "1.1 The work is aligned with the Kent and Medway NHS and\n"
        "Social Care Partnership Trust community mental health programme.\n"
    )
    assert "Kent and Medway NHS and Social Care Partnership Trust" in orgs
    assert "NHS and Social Care Partnership Trust" not in orgs


def test_two_bodies_joined_by_and_after_an_abbreviation():
    orgs = _orgs(
        "1.1 Hospital discharge continued; the CCG and Larkford Community Health NHS \n"
        "Foundation Trust were jointly funding the hubs.\n"
    )
    assert "Larkford Community Health NHS Foundation Trust" in orgs
    assert not any(n.startswith("CCG") for n in orgs), sorted(orgs)


def test_the_integrated_care_boards_own_name_is_the_board_but_not_the_old_ccg():
    orgs = _orgs(
        "1.1 Staff thanked colleagues at NHS Kent and Medway (the Integrated Care Board) and the service is\n"
        "commissioned with NHS Kent and \nMedway, which pays a share.\n"
    )
    icb = orgs["NHS Kent and Medway Integrated Care Board"]
    assert "NHSBody" in icb.types
    assert "NHS Kent and Medway" in [str(v) for v in icb.values("skos:altLabel")]
    assert find_known_bodies("with NHS Kent and Medway Clinical Commissioning Group") == []
    assert [p for _, _, p, _ in find_known_bodies("with NHS Kent and Medway, which")] == ["NHS Kent and Medway"]


# --- table columns, cells and glued names ------------------------------------------------

def test_a_table_cell_is_not_glued_to_the_name_in_the_next_row():
    orgs = _orgs(
        "Table 4: Suppliers, January 2024\n\n"
        "Supplier                                  Area(s)                 Listed\n"
        "Fernleigh Support Ltd                     North Kent              29/01/2024\n"
        "Quillon Living Ltd                        Larkford, Fenbridge     29/01/2024\n"
        "                                          and Brayminster\n"
        "Tansy Court Care Ltd                      Upfield                 31/01/2024\n"
    )
    for name in ("Fernleigh Support Ltd", "Quillon Living Ltd", "Tansy Court Care Ltd"):
        assert name in orgs, (name, sorted(orgs))
    assert not any(n.startswith(("Listed", "Brayminster")) for n in orgs), sorted(orgs)


def test_a_person_in_a_column_is_not_part_of_a_name():
    orgs = _orgs(
        "Tuesday, 12 March 2024 at 10.00 am          Ask for:   Nerys Fallow\n"
        "Council Chamber, Sessions House, County     Telephone: 03000 000000\n\n"
        "Control Title                                           Control Owner\n"
        "Contingency arrangements with Kent Homecare Providers   Tobin Ashgrove\n"
        "Association\n"
    )
    assert not any("Fallow" in n or "Ashgrove" in n for n in orgs), sorted(orgs)


def test_a_lot_cell_above_a_whole_name_is_not_part_of_it():
    orgs = _orgs(
        "Table 2: Shortlisted suppliers\n"
        "Lot 1 – North Kent\n"
        " Bramblewick Care Ltd\n"
        " Corvel Home Support Ltd\n"
        "Lot 2 – South Kent\n"
        " Pennyroyal Domiciliary Care Ltd\n"
    )
    assert {"Bramblewick Care Ltd", "Corvel Home Support Ltd", "Pennyroyal Domiciliary Care Ltd"} <= set(orgs)
    assert not any(n.startswith(("North Kent", "South Kent")) for n in orgs), sorted(orgs)


def test_a_name_glued_to_its_lot_cell_is_read_as_printed_elsewhere():
    orgs = _orgs(
        "Lot Supplier Annual value\n"
        "Lot 1 – East Riding Thornbury Homecare \nLtd \n\n£1,620,000\n\n"
        "Lot 3 – West Riding Pellow \nCommunity Care CIC \n\n£1,410,000\n\n"
        "2.4 Thornbury Homecare Ltd and Pellow Community Care CIC are already on the framework.\n"
    )
    assert {"Thornbury Homecare Ltd", "Pellow Community Care CIC"} <= set(orgs)
    assert not any("Riding" in n or n == "Community Care CIC" for n in orgs), sorted(orgs)


def test_a_glued_name_printed_nowhere_else_is_left_as_it_is():
    """Without another printing of the shorter name, nothing says which words are the cell's."""
    orgs = _orgs("Lot 1 – East Riding Thornbury Homecare Ltd £1,620,000\n")
    assert "East Riding Thornbury Homecare Ltd" in orgs


# --- bodies listed after "the following organisations and groups" ----------------------

def test_bodies_listed_after_a_lead_in_that_says_so():
    orgs = _orgs(
        "Who was consulted?\n"
        "The following groups and organisations were engaged during the design of the\nservice:\n\n"
        "• Larkford Carers' Forum\n"
        "• Brayminster Self Advocates\n"
        "• Upfield Open Doors Club\n"
        "• Millbourne Wellbeing Together\n"
        "• Fenbridge, Larkford and Upfield Personal Assistants' Network\n"
        "• Older People's Forum\n"
        "• service users and carers through three online sessions\n"
        "• Larkford Learning Disability Partnership Board\n"
        "• Mr Tom Fennimore\n"
        "• district council housing teams, including Larkford Borough Council and\n"
        "  Upfield Borough Council (for adaptations)\n\n"
        "Protected characteristic     Impact      Mitigation\n"
    )
    for name in ("Larkford Carers' Forum", "Brayminster Self Advocates", "Upfield Open Doors Club",
                 "Millbourne Wellbeing Together", "Fenbridge, Larkford and Upfield Personal Assistants' Network"):
        assert name in orgs, (name, sorted(orgs))
        assert "Provider" not in orgs[name].types  # consulted, not contracted
    assert not any(n.startswith(("Older", "service", "Mr ", "Tom")) or n.endswith("Board") for n in orgs), sorted(orgs)
    assert {"Larkford Borough Council", "Upfield Borough Council"} <= set(orgs)


def test_a_list_after_a_lead_in_about_something_else_names_no_bodies():
    orgs = _orgs(
        "The review found:\n\n"
        "• Larkford Carers' Forum Meetings\n"
        "• Brayminster Wellbeing Together\n"
    )
    assert "Brayminster Wellbeing Together" not in orgs


def test_listed_body_names():
    assert listed_body_name("Larkford Carers' Forum;") == "Larkford Carers' Forum"
    assert listed_body_name("Upfield Borough Council (Housing Services)") == "Upfield Borough Council"
    assert listed_body_name("Parent Carers Forum") is None  # people, not a named body
    assert listed_body_name("Larkford Provider Network – email sent to 160 members") is None  # prose
    assert listed_body_name("Cllr Ada Larkford, Chair of the Forum") is None
    assert listed_body_name("Larkford and Upfield") is None  # places alone


# --- providers in tables and in prose --------------------------------------------------

def test_bodies_in_a_table_of_providers_are_providers():
    orgs = _orgs(
        "2.1 Five applicants passed and have been admitted, as set out below.\n"
        "Table 2: Providers admitted to the DPS, January 2024\n\n"
        "Provider                                  Area(s)                 Admitted\n"
        "Fernleigh Support Ltd                     North Kent              29/01/2024\n"
        "The Quillon Lodge Trust                   Larkford                29/01/2024\n"
        "Larkford Borough Council                  Larkford                29/01/2024\n\n"
        "2.2 Six applications did not meet the minimum standard. Tansy Court Care Ltd has asked for feedback.\n\n"
        "1.1 Four providers deliver more than half of all hours:\n\n"
        "Provider                                 Hours per week\n"
        "Corvel Home Support Ltd                   9,420\n"
        "Marram Care Partnership LLP               3,760\n"
    )
    for name in ("Fernleigh Support Ltd", "Quillon Lodge Trust", "Corvel Home Support Ltd", "Marram Care Partnership LLP"):
        assert "Provider" in orgs[name].types, name
    assert "Provider" not in orgs["Larkford Borough Council"].types  # a public body in the table
    assert "Provider" not in orgs["Tansy Court Care Ltd"].types  # after the table


def test_a_table_of_unsuccessful_bidders_names_no_providers():
    orgs = _orgs(
        "Table 3: Unsuccessful providers\n"
        "Provider                                  Score\n"
        "Fernleigh Support Ltd                     41%\n"
    )
    assert "Provider" not in orgs["Fernleigh Support Ltd"].types


def test_companies_awarded_or_holding_a_contract_are_providers_but_not_grant_holders():
    orgs = _orgs(
        "1.1 Mr Ash introduced the report. A \ncontract had been awarded to Glenmoor Care Homes Ltd for an initial 18 months\n"
        "at a cost of up to £2.1 million.\n\n"
        "1.2 On 8 February Rowanfield Homecare Ltd, which holds the Home Care contract for Lot 7, went into\n"
        "administration.\n\n"
        "1.3 A grant of £5,000 was awarded to Hillcrest Carers Trust for a lunch club.\n"
    )
    assert "Provider" in orgs["Glenmoor Care Homes Ltd"].types
    assert "Provider" in orgs["Rowanfield Homecare Ltd"].types
    assert "Provider" not in orgs["Hillcrest Carers Trust"].types


# --- local branches and gazetteer bodies -------------------------------------------------

def test_a_local_branch_of_a_national_charity_is_read_whole():
    orgs = _orgs(
        "1.1 Mr Quill said that Age UK Faversham and the Citizens Advice in South and East Kent had been\n"
        "consulted, with the Mencap Dartford Family Forum. Age UK Larkford also replied.\n"
    )
    for name in ("Age UK Faversham", "Citizens Advice in South and East Kent", "Mencap Dartford Family Forum"):
        assert name in orgs and "Charity" in orgs[name].types, (name, sorted(orgs))
    assert "Mencap" not in orgs and "Citizens Advice" not in orgs
    assert "Age UK Larkford" not in orgs  # not a Kent area: only the national name is certain


def test_the_councils_legal_company_and_a_company_named_after_a_known_body():
    orgs = _orgs(
        "5.1 Invicta Law has advised on the terms of the framework. The procurement complies with the\n"
        "Public Contracts Regulations 2015 and the Council's own rules for spending money, and the\n"
        "contract will be monitored quarterly by the commissioning team. Performance will be\n"
        "reported to this Committee each year, with the views of the people who use the service\n"
        "and of their carers, gathered by the provider and checked by the Council's own officers.\n\n"
        "Lot 2a Community Navigation in North Kent\n\nInvolve Kent Ltd\n"
    )
    assert "Invicta Law" in orgs and org_kind("Invicta Law") == "Company"
    assert "Involve Kent Ltd" in orgs and "Involve Kent" not in orgs


def test_a_blank_line_parts_a_cell_from_a_name_unless_the_text_is_double_spaced():
    single = _orgs(
        "3.1 The two lots were let in April. The procurement complies with the Public Contracts\n"
        "Regulations 2015 and the Council's own rules for spending money, and each contract will\n"
        "be monitored quarterly by the commissioning team. Performance will be reported to this\n"
        "Committee each year, with the views of the people who use the service and of carers.\n"
        "3.2 The new service model was designed with people who draw on care and support, with\n"
        "their families and with the voluntary sector, over six months of workshops and visits,\n"
        "and it was tested with the operational teams before the tender was published in May.\n"
        "3.3 Bids were evaluated on quality, social value and price by a panel of officers.\n\n"
        "Lot 2b Community Navigation for Carers in Upper Riding\n\nCorvel Kent Ltd\n"
    )
    assert "Corvel Kent Ltd" in single, sorted(single)
    double = _orgs(
        "2.1 Mr A declared an interest as his son was employed by Tamsworth Home \n\n"
        "Care Ltd. The Committee noted the declaration and the item went on. \n\n"
        "2.2 The Chairman thanked the officers for the report and for their work. \n\n"
        "2.3 RESOLVED that the report be noted. \n\n"
        "Brayminster Council \n\n"
        "Brayminster Council in the 4 years of its partnership supported 9,600 people. \n\n"
    )
    assert "Tamsworth Home Care Ltd" in double and "Care Ltd" not in double, sorted(double)
    assert "Brayminster Council" in double and "Brayminster Council Brayminster Council" not in double


def test_providers_named_in_delivery_and_agreement_sentences():
    orgs = _orgs(
        "1.1 Ms Vale introduced the report. The service was currently delivered in North Riding by Larkford\n"
        "Carers' Support, a registered charity, and in the west of the county by Upfield Carers Trust.\n\n"
        "1.2 It has been delivered since 1 April 2017 by Brayminster Advocacy Trust, a registered charity.\n\n"
        "1.3 The Cabinet Member extended the block bed contracts with 14 care homes, including those run by Tansy\n"
        "Grange Care Ltd and Marram Bay Nursing Homes Limited, until 31 March 2021 at a total cost of £2.9m.\n\n"
        "1.4 To receive a report which proposes a partnership agreement under section 75 of\n"
        "the National Health Service Act 2006 with Larkford Community Health NHS\nFoundation Trust.\n\n"
        "1.5 The Friends of Upfield Hospice Trust raised £4,000, provided by Hillcrest Community Trust.\n"
    )
    for name in ("Upfield Carers Trust", "Brayminster Advocacy Trust", "Tansy Grange Care Ltd",
                 "Marram Bay Nursing Homes Limited", "Larkford Community Health NHS Foundation Trust"):
        assert "Provider" in orgs[name].types, (name, sorted(orgs))
    assert "Provider" not in orgs["Hillcrest Community Trust"].types  # money given, not a service


def test_bodies_in_case_studies_are_not_providers():
    orgs = _orgs(
        "7. Case Studies\n\n"
        "7.1 Mr K attends a weekly cookery group run by the Upfield Friendship Circle.\n\n"
        "7.2 Mrs R uses her support hours to swim at a leisure centre run by Larkford Leisure Trust and to\n"
        "attend a peer group.\n\n"
        "8. Recommendations\n\n"
        "8.1 The service is delivered by Brayminster Homecare Ltd.\n"
    )
    assert "Provider" not in orgs["Larkford Leisure Trust"].types
    assert "Provider" in orgs["Brayminster Homecare Ltd"].types


def test_community_groups_named_in_prose_by_what_they_are():
    orgs = _orgs(
        "2.2 The panel included two experts by experience recruited through Larkford Advocacy Voices.\n"
        "2.3 Dr Q referred to the social prescribing pilot run with Upfield\n"
        "Community Connectors and said that early results were encouraging. Mrs R attends a peer group\n"
        "organised by the Brayminster MS Support Group and a lunch at the Tansy Friendship Circle.\n"
        "2.4 A Peer Support Group meets monthly and the Carers' Forum was told. The Fenbridge Disability\n"
        "Voices Network replied.\n"
    )
    for name in ("Larkford Advocacy Voices", "Upfield Community Connectors", "Brayminster MS Support Group",
                 "Tansy Friendship Circle"):
        assert name in orgs, (name, sorted(orgs))
        assert not ({"Provider", "Charity", "Company"} & orgs[name].types)  # nothing says more
    assert not any(n.startswith(("Peer", "A Peer", "Community Connectors")) or n == "Carers' Forum" for n in orgs), sorted(orgs)
    assert "Fenbridge Disability Voices" not in orgs  # the name goes on: "... Voices Network"


def test_a_renamed_company_is_one_body_under_its_new_name():
    orgs = _orgs(
        "1.2 The contract was awarded following an open tender to Larkford and Upfield Advocacy\n"
        "Partnership, which changed its name to Tansy Advocacy Ltd in October 2018 (formerly Larkford and\n"
        "Upfield Advocacy Partnership Ltd). Tansy Advocacy Ltd has delivered the service since.\n\n"
        "1.3 Brayminster Council (formerly Brayminster Borough Council) was consulted.\n"
    )
    assert "Tansy Advocacy Ltd" in orgs
    assert not any(n.startswith("Larkford and Upfield") for n in orgs), sorted(orgs)
    assert "Larkford and Upfield Advocacy Partnership Ltd" in [str(v) for v in orgs["Tansy Advocacy Ltd"].values("skos:altLabel")]


def test_bodies_providing_under_an_agreement_or_holding_beds_are_providers():
    orgs = _orgs(
        "2.1 The total value over the initial term was £9.6 million. Larkford Community Health NHS Foundation\n"
        "Trust would provide clinical triage for falls calls under a separate agreement.\n\n"
        "2.2 On 28 March the Cabinet Member agreed to call off 24 respite beds from the framework, including 10 beds with\n"
        "Tansy Court Care Ltd (trading as Tansy Court Nursing Home), for twelve months.\n\n"
        "2.3 Upfield Hospice Trust will provide training to staff.\n"
    )
    assert "Provider" in orgs["Larkford Community Health NHS Foundation Trust"].types
    assert "Provider" in orgs["Tansy Court Care Ltd"].types
    assert "Provider" not in orgs["Upfield Hospice Trust"].types  # no agreement or contract named


def test_bodies_listed_as_admitted_or_awarded_are_providers():
    orgs = _orgs(
        "3.1 Following evaluation, the following providers have been admitted to the DPS:\n\n"
        "• Fernleigh Support Ltd\n"
        "• Quillon Lodge Trust\n\n"
        "3.2 It is recommended that places on the framework are awarded to:\n"
        "• Corvel Home Support CIC\n\n"
        "3.3 The following providers did not meet the quality threshold:\n"
        "• Tansy Court Care Ltd\n\n"
        "3.4 The following organisations were awarded grants from the Community Fund:\n"
        "• Hillcrest Homecare Ltd\n"
    )
    assert "Provider" not in orgs["Hillcrest Homecare Ltd"].types  # a grant is not a contract
    for name in ("Fernleigh Support Ltd", "Quillon Lodge Trust", "Corvel Home Support CIC"):
        assert "Provider" in orgs[name].types, name
    assert "Provider" not in orgs["Tansy Court Care Ltd"].types


def test_the_gap_after_a_bullet_is_not_a_table_column():
    orgs = _orgs(
        "The following groups were told:\n"
        "•   carers and the staff of the day service run by Larchfield Home\n"
        "Care Ltd, who asked for more notice of changes to the timetable this year\n"
    )
    assert "Larchfield Home Care Ltd" in orgs and "Care Ltd" not in orgs, sorted(orgs)


def test_more_national_and_local_bodies_whose_names_do_not_say_what_they_are():
    assert org_kind("Social Work England") == "PublicBody"
    assert org_kind("Health Education England") == "PublicBody"
    assert canonical_org_name("MTW") == "Maidstone and Tunbridge Wells NHS Trust"
    assert canonical_org_name("LGSCO") == "Local Government and Social Care Ombudsman"
    orgs = _orgs("1.1 Registration with Social Work England and a letter from the County Councils Network were noted.\n")
    assert {"Social Work England", "County Councils Network"} <= set(orgs)


def test_bodies_listed_with_lettered_points():
    orgs = _orgs(
        "The following organisations were consulted on the draft strategy:\n"
        "a) Larkford Carers' Forum\n"
        "b) Millbourne Wellbeing Together\n"
        "c) people who use the service and their families\n"
    )
    assert {"Larkford Carers' Forum", "Millbourne Wellbeing Together"} <= set(orgs)
    assert not any(n.startswith("people") for n in orgs)


def test_a_name_in_a_table_row_is_not_joined_to_the_cell_before_it():
    orgs = _orgs(
        "Table 3: Current providers and contract values\n\n"
        "Lot      Area                 Provider                               Annual value\n"
        "3        Rest of Riding       Tansy Support Services Limited         £1,200,000\n"
    )
    assert "Tansy Support Services Limited" in orgs and "Provider" in orgs["Tansy Support Services Limited"].types
    assert not any("Riding" in n for n in orgs), sorted(orgs)


def test_each_provider_of_a_service_delivered_area_by_area():
    orgs = _orgs(
        "2.1 The service is delivered in Larkford by Greenway Wellbeing CIC, in Upfield by Harbour Light\n"
        "Community Trust and in the rest of the county by Quillon Support Services Limited.\n"
    )
    for name in ("Greenway Wellbeing CIC", "Harbour Light Community Trust", "Quillon Support Services Limited"):
        assert "Provider" in orgs[name].types, (name, sorted(orgs))


def test_a_person_above_the_council_chamber_is_not_a_council():
    orgs = _orgs(
        "Tuesday, 12 March 2024 at 10.00 am\nAsk for: Nerys Fallow\n"
        "Council Chamber, Sessions House, County Hall, Maidstone\nTelephone: 03000 000000\n\n"
        "1.1 He thanked Larkford Borough \nCouncil and the Upfield \nCouncil for their help.\n"
    )
    assert not any("Fallow" in n for n in orgs), sorted(orgs)
    assert {"Larkford Borough Council", "Upfield Council"} <= set(orgs)


def test_the_council_and_a_body_and_plural_trusts_are_not_one_name():
    orgs = _orgs(
        "2.1 KCC and Brayminster Council agreed; the NHS Trusts and Foundation Trusts were thanked.\n"
        "2.2 The work is aligned with the programme of Larkford and Upfield\n"
        "NHS and Social Care Partnership Trust for the county.\n"
    )
    assert "Brayminster Council" in orgs
    assert "Larkford and Upfield NHS and Social Care Partnership Trust" in orgs
    assert not any(n.startswith(("KCC", "NHS Trusts", "Social Care")) for n in orgs), sorted(orgs)


def test_a_body_named_before_and_another_body_is_read_and_a_police_commissioner_is_not_cut():
    orgs = _orgs(
        "3.1 The Larkford Homecare Association, Upfield Integrated Care Alliance and Skills for Care supported\n"
        "the plan, as did the Office of the Police and Crime Commissioner. Thanks went to Healthwatch Kent's volunteers.\n"
    )
    assert {"Larkford Homecare Association", "Upfield Integrated Care Alliance", "Skills for Care",
            "Office of the Police and Crime Commissioner", "Healthwatch Kent"} <= set(orgs), sorted(orgs)
    assert "Office of Police" not in orgs and "Office of the Police" not in orgs


def test_a_housing_partnership_with_a_name_of_its_own_is_a_body():
    orgs = _orgs("1.1 The scheme had been developed with Larkford Homes Partnership and opened in May. "
                 "The Housing Partnership met.\n")
    assert "Larkford Homes Partnership" in orgs
    assert not any(n.startswith("Housing") for n in orgs)


def test_a_list_item_that_is_a_whole_known_body_is_not_joined_to_the_next():
    from tests.loaders.reports_support import extract_text

    text = (
        "KENT COUNTY COUNCIL\n\nFrom: Jane Doe, Cabinet Member for Roads\n\nTo: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: Widget Service\n\nClassification: Unrestricted\n\n1. Introduction\n\n1.1 Who has been consulted?\n\n"
        " Healthwatch Kent \n Kent Community Health NHS Foundation Trust therapy leads \n Age UK Canterbury \n"
    )
    names = {str(o.first("rdfs:label")) for o in extract_text(text).entities.of("Organisation")}
    assert not any(n.startswith("Healthwatch Kent Kent") for n in names), names
    assert {"Healthwatch Kent", "Kent Community Health NHS Foundation Trust"} <= names


# --- public buying organisations, gazetteer names inside longer ones, names a line each -----

def test_public_buying_organisations_and_national_services_are_public_bodies():
    orgs = _orgs(
        "1.1 The Crown Commercial Service framework, the YPO framework and the framework let by the\n"
        "Eastern Shires Purchasing Organisation (ESPO) were compared. HM Prison and Probation Service\n"
        "and Jobcentre Plus refer people to the service.\n"
    )
    for name in ("Crown Commercial Service", "YPO", "Eastern Shires Purchasing Organisation",
                 "HM Prison and Probation Service", "Jobcentre Plus"):
        assert name in orgs and "PublicBody" in orgs[name].types, (name, sorted(orgs))


def test_a_gazetteer_name_inside_a_longer_name_is_not_that_body():
    orgs = _orgs("1.1 The contract with Weald and Downs Carers Trust was extended. The Carers Trust network helped.\n")
    assert "Weald and Downs Carers Trust" in orgs, sorted(orgs)
    assert "Carers Trust" in orgs  # named on its own in the next sentence
    only_longer = _orgs("1.1 The contract with Weald and Downs Carers Trust was extended.\n")
    assert "Carers Trust" not in only_longer, sorted(only_longer)


def test_a_list_of_names_one_a_line_is_not_glued_into_one_name():
    orgs = _orgs(
        "The following groups were engaged during the design of the service:\n"
        " Mencap Kent Voices\n Larkford Carers' Centre\n Healthwatch Kent\n\n"
        "• NHS East Kent Hospitals University \nFoundation Trust \n"
    )
    assert "Larkford Carers' Centre" in orgs, sorted(orgs)
    assert not any("Voices Larkford" in n for n in orgs), sorted(orgs)
    assert "NHS East Kent Hospitals University Foundation Trust" in orgs or \
        "East Kent Hospitals University NHS Foundation Trust" in orgs, sorted(orgs)


def test_a_known_body_starting_the_next_list_item_is_not_glued_to_a_place_ending_the_last():
    orgs = _orgs(
        "The following were consulted:\n Users and carers through focus groups in Deal and \nSandwich\n"
        " Lantern Quay Recovery Café, Ramsgate\n Kent Police and the National Probation Service\n"
    )
    assert {"Kent Police", "National Probation Service"} <= set(orgs)
    assert not [n for n in orgs if "Ramsgate" in n]
