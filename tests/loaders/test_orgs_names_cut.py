"""Organisations, second round: names not cut short or glued (a known name inside a longer one,
a name's end alone, a name after a sentence's end, an area after "Alliance"), initials of no
body, bodies listed after an impact assessment's "Who have you ... consulted ...?", a body
introduced by "X is a local charity", a gazetteer name wrapped over a line. Every fragment is
invented."""

from __future__ import annotations

from tests.loaders.test_orgs_lists import _orgs


def test_initials_of_a_notice_name_no_body():
    orgs = _orgs(
        "1.1 Residential care falls within the Light Touch Regime and a direct award is permissible. A Voluntary \n"
        "Ex Ante Transparency (VEAT) notice will be published before the contract is signed. The VEAT period is ten days.\n"
    )
    assert not any("Transparency" in n or n == "VEAT" for n in orgs), sorted(orgs)


def test_a_known_name_that_ends_a_longer_name_is_not_named_on_its_own():
    orgs = _orgs(
        "1.1 The current service is delivered by Larchmere Carers Trust, a registered \n"
        "charity, under the Carers' Breaks contract.\n\n"
        "1.2 Larchmere Carers Trust (incumbent provider) was consulted.\n\n"
        "1.3 Separately, Carers Trust published national guidance.\n"
    )
    assert "Larchmere Carers Trust" in orgs, sorted(orgs)
    src_lines = [o for o in orgs if o == "Carers Trust"]
    # the national charity is named in 1.3 only: its evidence is that line, not 1.1 or 1.2
    assert src_lines, sorted(orgs)
    quotes = [ev.quote for st in orgs["Carers Trust"].properties.get("rdfs:label", []) for ev in st.evidence]
    assert quotes and all("Larchmere" not in q for q in quotes), quotes


def test_the_end_of_a_name_alone_is_no_company_and_a_name_wrapped_over_a_blank_line_is_whole():
    orgs = _orgs(
        "Table 3: Providers recommended for places \n\n"
        "Lot Rank Provider \n"
        "Lot 1 – North Kent 1 Upland Homecare Ltd \n\n"
        "2 Fernhill Homecare Ltd \n"
        "3 Brookside Domiciliary \n\n"
        "Services Ltd \n"
        "Lot 2 – South Kent \n\n"
        "1 Hazelmere Home Support Ltd \n"
    )
    assert "Services Ltd" not in orgs, sorted(orgs)
    assert "Brookside Domiciliary Services Ltd" in orgs, sorted(orgs)
    assert "Provider" in orgs["Brookside Domiciliary Services Ltd"].types


def test_a_name_after_a_sentence_end_and_a_place_after_alliance():
    orgs = _orgs(
        "1.1 The Cabinet Member had visited the Larkford and Brayminster Care Alliance summer \n"
        "conference, and not the Care Alliance meeting.\n\n"
        "1.2 Advice came from the Memory Action Alliance Swale, which runs cafes.\n\n"
        "1.3 Three tenders were evaluated on quality and price. Fernleigh \n"
        "Community Partnership CIC submitted the most advantageous tender. \n"
    )
    assert "Fernleigh Community Partnership CIC" in orgs and "Community Partnership CIC" not in orgs, sorted(orgs)
    assert "Larkford and Brayminster Care Alliance" in orgs, sorted(orgs)
    assert "Care Alliance" not in orgs, sorted(orgs)
    assert "Memory Action Alliance Swale" in orgs and "Memory Action Alliance" not in orgs, sorted(orgs)


def test_bodies_listed_after_who_was_consulted_with_bullets_lost():
    orgs = _orgs(
        "Who have you involved, consulted and engaged with? \n\n"
        " Carers (online survey and focus groups) \n"
        " Larkshire Association of Carers Groups \n"
        " Memory Action Alliance Swale \n"
        " Fenmoor Disability Forum \n"
        " Brayford Young Carers Project \n"
        " KCC Area Referral Service \n\n"
        "Analysis \n"
    )
    for name in ("Larkshire Association of Carers Groups", "Memory Action Alliance Swale",
                 "Fenmoor Disability Forum", "Brayford Young Carers Project"):
        assert name in orgs, (name, sorted(orgs))
    assert not any("Groups Memory" in n or n.startswith("Carers") or "Referral" in n for n in orgs), sorted(orgs)


def test_a_body_introduced_as_a_local_charity_and_a_gazetteer_name_over_a_line_break():
    orgs = _orgs(
        "Summary: Larkshire Memory Friends is a local charity which runs memory cafes and peer \n"
        "support. Its funding from the National Lottery \n"
        "Community Fund ends in September. The Trust is a charity too.\n"
    )
    assert "Larkshire Memory Friends" in orgs and "Charity" in orgs["Larkshire Memory Friends"].types, sorted(orgs)
    assert "National Lottery Community Fund" in orgs, sorted(orgs)
    assert "PublicBody" in orgs["National Lottery Community Fund"].types
    assert not any(n in ("The Trust", "Trust") for n in orgs), sorted(orgs)


def test_a_group_named_by_what_it_is_then_its_place_also_across_a_line_break():
    orgs = _orgs(
        "1.1 Carers Week had taken place in June and she thanked Carers' Voice \n"
        "Swale and the Larkshire Carers' Strategy Group for the events. Workshops were held with\n"
        "Disability Forum Thanet and the Carers' Network Meeting in Sevenoaks.\n\n"
        "Who was consulted?\n\n"
        " Fenmoor Disability Forum \n"
        " Kent and Medway NHS Foundation Trust \n"
    )
    assert "Fenmoor Disability Forum" in orgs and "Fenmoor Disability Forum Kent" not in orgs, sorted(orgs)
    assert "Carers' Voice Swale" in orgs and "Disability Forum Thanet" in orgs, sorted(orgs)
    assert not any(n.startswith("Carers' Network") or n in ("Carers' Voice", "Disability Forum") for n in orgs), sorted(orgs)


def test_a_place_that_may_begin_the_next_name_is_not_glued_on():
    orgs = _orgs("1.1 Thanks went to the Carers' Forum Thanet and Sheppey Friends for the venue.\n")
    assert not any(n.startswith("Carers' Forum") for n in orgs), sorted(orgs)


def test_partnership_and_safeguarding_boards_are_not_organisations():
    """The convention: a partnership board or a safeguarding adults board is a multi-agency
    meeting the council sets up with its partners, not an external body (cg:Organisation)."""
    orgs = _orgs(
        "1.1 Feedback from carers and from the Thanet Carers' Partnership Board is that breaks are hard to\n"
        "book. Workshops were held with Carers' Voice Swale and the Swale Learning Disability Partnership \n"
        "Board in May. An improvement plan has been agreed with the Medway Safeguarding Adults Board.\n"
    )
    assert "Carers' Voice Swale" in orgs, sorted(orgs)
    assert not any("Board" in n for n in orgs), sorted(orgs)


def test_initials_of_a_body_named_by_its_kind_word_still_name_it():
    orgs = _orgs(
        "1.1 Upfield Carers First (UCF) runs the carers' hub. UCF will also host the launch.\n"
    )
    assert "Upfield Carers First" in orgs, sorted(orgs)
