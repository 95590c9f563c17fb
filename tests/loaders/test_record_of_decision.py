"""PROPOSED RECORD OF DECISION sheets."""

from __future__ import annotations

from councilgraph.loaders.parsers.record_of_decision import key_decision_value
from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import extract_text, extracted, quote_is_verbatim


def test_key_decision_values():
    assert key_decision_value("Yes") is True
    assert key_decision_value("YES.") is True
    assert key_decision_value("No") is False
    assert key_decision_value("Affects more than 2 Electoral Divisions and expenditure of more than £1m") is True
    assert key_decision_value("For publication") is None
    assert key_decision_value("Not a key decision") is False
    assert key_decision_value("Non-key") is False
    assert key_decision_value("This is a Key Decision as it affects two divisions") is True
    assert key_decision_value("N/A") is None
    assert key_decision_value("No - it involves expenditure of less than £1m") is False


def test_sheet_with_number_lines_later_and_post_as_maker():
    x = extracted("003_4b3e521f3552e908")
    d = x.entities.get(Ref("Decision", ("19/00011",)))
    assert d.first("cg:keyDecision") is True  # "Key decision   Affects more than 2 Electoral Divisions"
    maker = x.entities.get(d.first("cg:decisionMaker"))
    assert maker.schema == "Post" and maker.first("rdfs:label") == "Cabinet Member for Adult Social Care and Public Health"
    assert str(d.first("cg:text")).startswith("As Cabinet Member for Adult Social Care and Public Health, I propose to:")
    assert "proposed" in d.values("cg:status")
    for statements in d.properties.values():
        for st in statements:
            assert all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def test_named_decision_maker_is_a_person():
    x = extracted("001_03b3e409ff055485")
    d = x.entities.get(Ref("Decision", ("22/00096",)))
    person = x.entities.get(d.first("cg:decisionMaker"))
    assert person.schema == "Person" and person.first("rdfs:label") == "Clair Bell"
    assert d.first("dct:title") == "Technology Enabled Care Service"


def test_synthetic_sheet_key_decision_no_and_page_marker_in_text():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\nCabinet Member for\n\n"
        "Highways and Transport\n\nDECISION NO:\n\n\n\n24/00101\n\nFor publication\n\nKey decision: No\n\n"
        "Title of Decision: Bridge Repairs\n\nDecision: As Cabinet Member I propose to:\n"
        "a) APPROVE the repairs. Page 7\n\nReason(s) for decision: Safety.\n\nFinancial Implications: None.\n"
    )
    x = extract_text(text)
    d = x.entities.get(Ref("Decision", ("24/00101",)))
    assert d.first("cg:keyDecision") is False
    assert d.first("dct:title") == "Bridge Repairs"
    assert d.first("cg:text") == "As Cabinet Member I propose to: a) APPROVE the repairs."
    assert x.entities.get(d.first("cg:decisionMaker")).first("rdfs:label") == "Cabinet Member for Highways and Transport"


def test_record_not_headed_proposed_is_a_taken_decision_with_its_date():
    text = (
        "KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION TAKEN BY:\nLeader of the Council\n\n"
        "DECISION NO:\n24/00300\n\nKey decision: Yes\n\nTitle of Decision: Library Opening Hours\n\n"
        "Decision: I agree to change the opening hours.\n\nReason(s) for decision: Demand.\n\n"
        "......................................\nsigned\n\nDate: 3 June 2024\n"
    )
    x = extract_text(text)
    d = x.entities.get(Ref("Decision", ("24/00300",)))
    assert d.values("cg:status") == ["taken"]
    from datetime import date

    assert d.first("cg:date") == date(2024, 6, 3)
    assert x.entities.get(d.first("cg:decisionMaker")).first("rdfs:label") == "Leader of the Council"


def test_report_headed_by_instead_of_from():
    text = (
        "KENT COUNTY COUNCIL\n\nBy: Jane Doe, Cabinet Member for Roads\n\nTo: Cabinet – 5 October 2023\n\n"
        "Subject: ROAD REPAIRS\n\nDecision No: 23/00150\n\nClassification: Unrestricted\n\n1. Introduction\n\n1.1 Text.\n"
    )
    x = extract_text(text)
    (r,) = x.entities.of("Report")
    assert r.first("dct:title") == "ROAD REPAIRS" and r.first("cg:proposes") == Ref("Decision", ("23/00150",))


def test_proposed_on_the_line_above_the_heading_is_still_proposed():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED\nRECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\nLeader of the Council\n\n"
        "DECISION NO:\n24/00301\n\nKey decision: No\n\nTitle of Decision: Parking Charges\n\n"
        "Decision: I propose to agree the charges.\n"
    )
    d = extract_text(text).entities.get(Ref("Decision", ("24/00301",)))
    assert d.values("cg:status") == ["proposed"]


def test_sheet_without_proposed_or_taken_wording_states_no_status():
    text = (
        "KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION MAKER:\nLeader of the Council\n\n"
        "DECISION NO:\n24/00302\n\nTitle of Decision: Parking Charges\n\nDecision: To agree the charges.\n"
    )
    d = extract_text(text).entities.get(Ref("Decision", ("24/00302",)))
    assert d is not None and d.values("cg:status") == []


def test_a_report_line_naming_the_sheet_does_not_start_one():
    text = (
        "From: Leader of the Council\n\nTo: Cabinet – 3 June 2024\n\nSubject: Parking Charges\n\n"
        "Appendices: Appendix A – PROPOSED RECORD OF DECISION\n\nThe report continues with its text about parking.\n"
    )
    from councilgraph.loaders.document import SourceText
    from councilgraph.loaders.parsers import all_specs
    from councilgraph.loaders.sections import split_sections

    kinds = [s.kind for s in split_sections(SourceText("r", "r.txt", text), all_specs())]
    assert "record_of_decision" not in kinds
    sheet = text + "\nKENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION NO:\n24/00303\n"
    kinds = [s.kind for s in split_sections(SourceText("r", "r.txt", sheet), all_specs())]
    assert kinds.count("record_of_decision") == 1


def test_number_broken_after_the_slash_and_maker_name_on_its_own_line():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\n"
        "Jane Roe,\nCabinet Member for Highways and Transport\n\nDECISION NO:\n\n24/\n\n00077\n\n"
        "Key decision: Yes\n\nTitle of Decision: Bridge Repairs\n\nDecision: I propose to agree.\n"
    )
    x = extract_text(text)
    d = x.entities.get(Ref("Decision", ("24/00077",)))
    assert d is not None and d.values("cg:status") == ["proposed"]
    maker = x.entities.get(d.first("cg:decisionMaker"))
    assert maker.schema == "Person" and maker.first("rdfs:label") == "Jane Roe"
    # no post is named after the person
    assert not any("Jane Roe" in str(l) for p in x.entities.of("Post") for l in p.values("rdfs:label"))


def test_a_year_then_a_slash_is_not_half_a_decision_number():
    from councilgraph.loaders.decisions import number_on_lines
    from councilgraph.loaders.document import SourceText

    src = SourceText("n", "n.txt", "Budget 2023/\n2024 figures\n\nsee 14/\n05/2023\n")
    assert number_on_lines(src, 1, len(src)) is None


def _sheet(maker: str, publication: str = "For publication\n\nKey decision: Yes", tail: str = "") -> str:
    """An invented PROPOSED RECORD OF DECISION sheet."""
    return (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\n"
        f"DECISION TO BE TAKEN BY:\n{maker}\n\nDECISION NO:\n25/00401\n\n{publication}\n\n"
        "Subject: Playground Resurfacing\n\n"
        "Decision: As Cabinet Member for Parks and Open Spaces, I propose to:\na) APPROVE the resurfacing.\n\n"
        "Reason(s) for decision: Wear and tear.\n\n"
        "..............................................\n signed date\n" + tail
    )


def _decision(text: str):
    x = extract_text(text)
    return x, x.entities.get(Ref("Decision", ("25/00401",)))


def test_key_decision_printed_in_a_second_column():
    """"For publication      Key decision: NO" on one line: the key decision label is read."""
    x, d = _decision(_sheet("Cabinet Member for Parks and Open Spaces", "For publication             Key decision: NO"))
    assert d.first("cg:keyDecision") is False
    (st,) = d.properties["cg:keyDecision"]
    assert "Key decision: NO" in st.evidence[0].quote
    x, d = _decision(_sheet("Cabinet Member for Parks and Open Spaces", "For publication    Key decision: YES"))
    assert d.first("cg:keyDecision") is True


def test_maker_name_on_its_own_line_above_the_post_is_the_person():
    x, d = _decision(_sheet("Tobias Quenby\nCabinet Member for Parks and Open Spaces"))
    maker = x.entities.get(d.first("cg:decisionMaker"))
    assert maker.schema == "Person" and maker.first("rdfs:label") == "Tobias Quenby"


def test_post_as_maker_is_the_person_the_sheet_itself_names_with_that_post():
    x, d = _decision(_sheet("Cabinet Member for Parks and Open Spaces",
                            tail="Tobias Quenby, Cabinet Member for Parks and\nOpen Spaces\n"))
    maker = x.entities.get(d.first("cg:decisionMaker"))
    assert maker.schema == "Person" and maker.first("rdfs:label") == "Tobias Quenby"
    ev = d.properties["cg:decisionMaker"][0].evidence[0]
    assert quote_is_verbatim(x.source, ev) and "Tobias Quenby" in ev.quote


def test_post_as_maker_stays_the_post_when_only_another_part_names_a_holder():
    """A report "From:" line names the post holder, the sheet only the post: the sheet's
    fact is the post (the holder may change before the decision is signed)."""
    report = (
        "KENT COUNTY COUNCIL\n\nFrom: Tobias Quenby, Cabinet Member for Parks and Open Spaces\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2025\n\nSubject: Playground Resurfacing\n\n"
        "Decision No: 25/00401\n\nClassification: Unrestricted\n\n1. Introduction\n\n1.1 Text.\n\n"
    )
    x, d = _decision(report + _sheet("Cabinet Member for Parks and Open Spaces"))
    maker = x.entities.get(d.first("cg:decisionMaker"))
    assert maker.schema == "Post"
    # two different people named with the post on the sheet: nobody is chosen
    x, d = _decision(_sheet("Cabinet Member for Parks and Open Spaces",
                            tail="Tobias Quenby, Cabinet Member for Parks and Open Spaces\n"
                                 "Ursula Venn, Cabinet Member for Parks and Open Spaces\n"))
    assert x.entities.get(d.first("cg:decisionMaker")).schema == "Post"


def test_maker_name_run_into_the_post_is_the_person_not_a_post():
    """"Tobias Quenby Cabinet Member for ..." (no comma; two lines run together): the
    person decides; no post is named after him."""
    x, d = _decision(_sheet("Tobias Quenby Cabinet Member for Parks and Open Spaces"))
    maker = x.entities.get(d.first("cg:decisionMaker"))
    assert maker.schema == "Person" and maker.first("rdfs:label") == "Tobias Quenby"
    assert all("Quenby" not in str(p.first("rdfs:label")) for p in x.entities.of("Post"))
    x, d = _decision(_sheet("Mrs U Venn – Cabinet Member for Parks and Open Spaces"))
    assert x.entities.get(d.first("cg:decisionMaker")).schema == "Person"


def test_subject_matter_label_is_the_title_label():
    x, d = _decision(_sheet("Cabinet Member for Parks and Open Spaces").replace(
        "Subject: Playground Resurfacing", "Subject Matter: Playground Resurfacing – Contract\nAward"))
    assert d.first("dct:title") == "Playground Resurfacing – Contract Award"


def test_a_key_decision_stated_both_ways_is_left_unknown_with_a_warning():
    report = (
        "KENT COUNTY COUNCIL\n\nFrom: Tobias Quenby, Cabinet Member for Parks and Open Spaces\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2025\n\nSubject: Playground Resurfacing\n\n"
        "Decision No: 25/00401\n\nKey decision: Yes\n\nClassification: Unrestricted\n\n1. Introduction\n\n1.1 Text.\n\n"
    )
    x, d = _decision(report + _sheet("Cabinet Member for Parks and Open Spaces", "For publication\n\nKey decision: No"))
    assert d.first("cg:keyDecision") is None
    assert any("25/00401" in w and "key decision" in w for w in x.warnings)
    x, d = _decision(report + _sheet("Cabinet Member for Parks and Open Spaces", "For publication\n\nKey decision: YES"))
    assert d.first("cg:keyDecision") is True


def test_decision_reference_label_carries_the_number():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\nCabinet Member for\n\n"
        "Parks and Gardens\n\nDECISION REFERENCE:\n\n24/00711\n\nFor publication\n\nKey decision: Yes\n\n"
        "Title of Decision: Lakeside Pavilion\n\nDecision: As Cabinet Member I propose to:\n"
        "a) APPROVE the works.\n\nReason(s) for decision: Safety.\n"
    )
    x = extract_text(text)
    d = x.entities.get(Ref("Decision", ("24/00711",)))
    assert d is not None and d.first("dct:title") == "Lakeside Pavilion" and d.first("cg:keyDecision") is True
    assert d.values("cg:status") == ["proposed"]


def test_subject_matter_slash_title_of_decision_is_one_label():
    from tests.loaders.reports_support import extract_text

    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\nCabinet Member for Adult Social Care\n\n"
        "DECISION NO:\n24/00210\n\nKey decision: YES\n\nSubject Matter / Title of Decision\nDay Services – Re-procurement\n\n"
        "Decision:\nAs Cabinet Member I propose to:\na) AWARD the contract for the Day Services to the successful bidder; and\n"
        "b) DELEGATE authority to the Director.\n\nReason(s) for decision: Needed.\n"
    )
    x = extract_text(text)
    d = x.entities.get(Ref("Decision", ("24/00210",)))
    assert str(d.first("dct:title")) == "Day Services – Re-procurement"


def test_key_decision_criteria_listed_under_the_key_decision_do_not_end_the_sheet():
    x, d = _decision(_sheet(
        "Cabinet Member for Parks and Open Spaces",
        publication="For publication\n\nKey decision: YES\n\nKey decision criteria. The decision will:\n\n"
                    "a) result in savings or expenditure which is significant (in excess of £1,000,000); or\n\n"
                    "b) be significant in terms of its effects on communities in two or more electoral divisions",
    ))
    assert d.first("cg:keyDecision") is True
    assert str(d.first("cg:text")).startswith("As Cabinet Member for Parks and Open Spaces")
    assert d.first("cg:reasons") == "Wear and tear."
