"""What a report says about the decisions it cites: a key decision, taken, endorsed at an
earlier meeting; "This was a key decision" under a decision's heading; titles printed
after "Key Decision NN/NNNNN" or in a table cell. Every fragment is invented."""

from __future__ import annotations

from datetime import date

import pytest

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import extract_text, quote_is_verbatim

HEADER = "KENT COUNTY COUNCIL\n\nADULT SOCIAL CARE CABINET COMMITTEE\n\n"


def _report(body: str, subject: str = "Orchard Day Service – Contract Award") -> str:
    return HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        f"Subject: {subject}\n\nDecision No: 23/00500\n\nClassification: Unrestricted\n\n"
        "Electoral Division: All\n\nSummary: Day services.\n\n1. Introduction\n\n" + body
    )


def _decision(x, number):
    return x.entities.get(Ref("Decision", (number,)))


def _cited_evidence_is_verbatim(x, d):
    return all(quote_is_verbatim(x.source, ev) for sts in d.properties.values() for st in sts for ev in st.evidence)


def test_committee_endorsed_an_earlier_decision_at_a_dated_meeting():
    x = extract_text(_report(
        "1.1 On 14 March 2022 the Committee endorsed decision 22/00412 - Orchard Day Service:\n"
        "Commencement of Procurement. A tender followed.\n"
    ))
    d = _decision(x, "22/00412")
    assert d.values("cg:status") == ["endorsed"]
    (meeting,) = d.values("cg:endorsedAt")
    assert x.entities.get(meeting).first("cg:date") == date(2022, 3, 14)
    assert meeting.key[:-1] == ("kent-county-council", "adult-social-care-cabinet-committee")
    assert d.first("dct:title") == "Orchard Day Service: Commencement of Procurement"
    assert _cited_evidence_is_verbatim(x, d)


def test_endorsement_without_a_full_date_or_after_the_meeting_makes_no_meeting():
    x = extract_text(_report(
        "1.1 In March 2022 the Committee endorsed decision 22/00413 and work began.\n\n"
        "1.2 On 9 November 2023 the Committee endorsed decision 22/00414 again.\n"
    ))
    for number in ("22/00413", "22/00414"):
        assert _decision(x, number).values("cg:endorsedAt") == [], number


def test_cabinet_member_agreed_a_cited_decision_so_it_was_taken():
    x = extract_text(_report(
        "1.1 Costs rose sharply. 1.2 In May 2021 the Cabinet Member agreed (decision 21/00311) that\n"
        "the service should be re-let as three lots.\n"
    ))
    d = _decision(x, "21/00311")
    assert d.values("cg:status") == ["taken"]
    ev = d.properties["cg:status"][0].evidence[0]
    assert ev.quote.startswith("1.2 In May 2021 the Cabinet Member agreed") and quote_is_verbatim(x.source, ev)


def test_key_decision_taken_on_a_date_is_key_and_taken():
    x = extract_text(_report(
        "2.1 Following the key decision to re-tender taken in June 2021 (21/00312), a notice was published.\n"
    ))
    d = _decision(x, "21/00312")
    assert d.first("cg:keyDecision") is True
    assert d.values("cg:status") == ["taken"]


def test_a_decision_only_cited_gets_no_status_and_no_key():
    x = extract_text(_report(
        "1.1 The framework was set up under decision 20/00313. The contracts will be awarded in 2025\n"
        "(decision 19/00314) in four lots. A decision will be taken in July 2024 (24/00315) on\n"
        "the next steps. The Cabinet Committee agreed (decision 21/00316) to defer. This is not a\n"
        "key decision (21/00317). The report was taken to the Committee; decision 21/00318 was taken\n"
        "to the Scrutiny Committee in May.\n"
    ))
    for number in ("20/00313", "19/00314", "24/00315", "21/00316", "21/00317", "21/00318"):
        d = _decision(x, number)
        assert d is not None, number
        assert d.values("cg:status") == [] and d.first("cg:keyDecision") is None, number


@pytest.mark.parametrize("sentence,taken", [
    ("1.1 The service was awarded to Brightwater Care Ltd after a competitive process\n(decision 22/00421).", True),
    ("1.1 The contracts were extended in 2021 (Key Decision 22/00421) for two years.", True),
    ("1.1 The service is to be awarded to Brightwater Care Ltd after a competitive process\n(decision 22/00421).", False),
    ("1.1 The service was awarded in 2019 and this report proposes a variation (decision 22/00421).", False),
    ("1.1 An earlier change (decision 22/00421) added two beds.", False),
    ("1.1 The extension was approved by the Cabinet Member in May 2022 (decision 22/00421).", True),
    ("1.1 The service was extended by decision 22/00421.", True),
    ("1.1 In 2022 the Cabinet Member took the decision (22/00421) to re-tender the service.", True),
    ("1.1 The Leader agreed to extend the contract for a year (decision 22/00421).", True),
    ("1.1 The variation was agreed by the Cabinet Committee in May 2022 (decision 22/00421).", False),
    ("1.1 The Cabinet Member will be asked to approve the extension (decision 22/00421).", False),
    ("1.1 The Cabinet Member approved the extension and proposed a variation (decision 22/00421).", False),
])
def test_a_course_acted_on_with_its_decision_in_brackets_is_a_taken_decision(sentence, taken):
    x = extract_text(_report(sentence + "\n"))
    d = _decision(x, "22/00421")
    assert d is not None
    assert d.values("cg:status") == (["taken"] if taken else [])
    if taken:
        ev = d.properties["cg:status"][0].evidence[0]
        assert ev.quote == " ".join(sentence.split()) and quote_is_verbatim(x.source, ev)


def test_key_decision_before_the_number_and_its_background_title():
    x = extract_text(_report(
        "1.1 The service began in 2017 (Key Decision 17/00318) after an open tender.\n\n"
        "9. Background Documents\n\nKey Decision 17/00318 - Orchard Day Service - Contract Award\n"
        "https://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=1\n"
    ))
    d = _decision(x, "17/00318")
    assert d.first("cg:keyDecision") is True
    assert d.first("dct:title") == "Orchard Day Service - Contract Award"
    assert d.values("cg:status") == []


def test_key_decision_statement_under_an_outside_cycle_heading():
    x = extract_text(_report(
        "1.1 These decisions could not wait.\n\n2. Decisions\n\n"
        "2.1 24/00601 – Riverside Respite Contract Extension\n\n"
        "On 2 February 2024 the Cabinet Member extended the contract. This was a key decision as\n"
        "the value exceeds £1m.\n\n"
        "2.2 24/00602 – Winter Grant Distribution\n\n"
        "The Cabinet Member agreed the grant. It was not a key decision.\n\n"
        "2.3 24/00603 – Minor Fee Change\n\nThe fee rose by 2%.\n\n"
        "3. Recommendation\n\n3.1 This was a key decision list for noting.\n",
        subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE",
    ))
    assert _decision(x, "24/00601").first("cg:keyDecision") is True
    assert _decision(x, "24/00602").first("cg:keyDecision") is False
    assert _decision(x, "24/00603").first("cg:keyDecision") is None  # the recommendation is not its part
    ev = _decision(x, "24/00601").properties["cg:keyDecision"][0].evidence[0]
    assert ev.quote == "This was a key decision" and quote_is_verbatim(x.source, ev)


def test_title_in_a_table_cell_that_ends_at_a_blank_line():
    """A work-programme table: the date, the number and its title wrapped in a cell, then a
    blank line and the next cell."""
    x = extract_text(_report(
        "Work Programme\n\n14-Nov-23 23/00777 Orchard Day\nService - Contract\nAward\n\nPerformance Dashboard\n\n"
        "Risk Register\n",
        subject="Work Programme 2023/24",
    ))
    d = _decision(x, "23/00777")
    assert d.first("dct:title") == "Orchard Day Service - Contract Award"
    assert _cited_evidence_is_verbatim(x, d)


def test_a_label_after_a_number_is_not_a_title():
    x = extract_text(HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\nTo: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: ORCHARD DAY SERVICE\n\nDecision Number 23/00501\n\n"
        "Classification: Unrestricted Report - Restricted Appendix (Exempt\n\nfrom publication)\n\n1. Introduction\n"
    ))
    assert _decision(x, "23/00501").first("dct:title") in (None, "ORCHARD DAY SERVICE")


def test_decision_endorsed_by_this_committee_on_a_date_after_the_number():
    x = extract_text(_report(
        "1.1 The earlier decision 22/00415 was endorsed by this Committee on 6 July 2022 and the\n"
        "service was re-let.\n"
    ))
    d = _decision(x, "22/00415")
    (meeting,) = d.values("cg:endorsedAt")
    assert x.entities.get(meeting).first("cg:date") == date(2022, 7, 6)


def test_a_sheet_cites_an_earlier_key_decision_but_its_own_number_is_left_alone():
    text = (
        "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n"
        "Cabinet Member for Parks and Open Spaces\n\nDECISION NO:\n25/00402\n\nFor publication\n\n"
        "Key decision: No\n\nSubject: Playground Fencing\n\n"
        "Decision: As Cabinet Member for Parks and Open Spaces, I propose to APPROVE the fencing.\n\n"
        "Reason(s) for decision: Following the key decision taken in May 2024 (24/00207), the parks\n"
        "need new fencing.\n\n..............................................\n signed date\n"
    )
    x = extract_text(text)
    cited = _decision(x, "24/00207")
    assert cited.first("cg:keyDecision") is True and cited.values("cg:status") == ["taken"]
    own = _decision(x, "25/00402")
    assert own.first("cg:keyDecision") is False and own.values("cg:status") == ["proposed"]


def test_committee_endorsed_the_proposed_decision_at_its_meeting_then_the_number():
    x = extract_text(_report(
        "1.1 The Committee endorsed the proposed decision to re-let the service at its meeting on\n"
        "6 July 2022 (decision 22/00416). The Committee endorsed the proposed decision to extend,\n"
        "and the Cabinet Member took decision 22/00417 later.\n"
    ))
    (meeting,) = _decision(x, "22/00416").values("cg:endorsedAt")
    assert x.entities.get(meeting).first("cg:date") == date(2022, 7, 6)
    assert _decision(x, "22/00417").values("cg:endorsedAt") == []


def test_endorsement_by_the_committee_named_and_taken_by_the_cabinet_member_on_a_date():
    x = extract_text(_report(
        "1.1 On 6 July 2022 the Adult Social Care Cabinet Committee endorsed the proposed decision\n"
        "(22/00418). On 7 July 2022 the Children's Services Cabinet Committee endorsed decision\n"
        "22/00419. The earlier decision 21/00420, taken by the Cabinet Member on 3 March 2021, set\n"
        "the fees. The decision taken by the Cabinet Member for Roads in May 2021 (21/00421) followed.\n"
    ))
    (meeting,) = _decision(x, "22/00418").values("cg:endorsedAt")
    assert x.entities.get(meeting).first("cg:date") == date(2022, 7, 6)
    assert _decision(x, "22/00419").values("cg:endorsedAt") == []  # another committee
    assert _decision(x, "21/00420").values("cg:status") == ["taken"]
    assert _decision(x, "21/00421").values("cg:status") == ["taken"]


def test_a_report_says_the_decision_it_proposes_is_or_is_not_a_key_decision():
    x = extract_text(_report("1.1 This is a key decision as it affects more than two divisions.\n"))
    d = _decision(x, "23/00500")
    assert d.first("cg:keyDecision") is True
    assert d.properties["cg:keyDecision"][0].evidence[0].quote == "This is a key decision"
    x = extract_text(_report("1.1 The proposed decision is not a key decision.\n"))
    assert _decision(x, "23/00500").first("cg:keyDecision") is False
    # said both ways, or only in the past tense about an earlier decision: nothing
    x = extract_text(_report("1.1 This is a key decision. 1.2 It is not a key decision.\n"))
    assert _decision(x, "23/00500").first("cg:keyDecision") is None
    x = extract_text(_report("1.1 In 2021 the Cabinet Member agreed the fees. This was a key decision.\n"))
    assert _decision(x, "23/00500").first("cg:keyDecision") is None


def test_work_programme_row_marked_key_decision():
    x = extract_text(_report(
        "Work Programme\n\n6\t23/00778 - Orchard Day Service Recommissioning\tKey Decision\n"
        "7\t23/00779 - Orchard Day Service Fees\n"
        "Winter Pressures Update\tKey Decision - moved to a later meeting\n",
        subject="Work Programme 2023/24",
    ))
    d = _decision(x, "23/00778")
    assert d.first("cg:keyDecision") is True and d.first("dct:title") == "Orchard Day Service Recommissioning"
    assert _decision(x, "23/00779").first("cg:keyDecision") is None


def test_titles_of_decisions_in_the_cells_of_a_piped_work_programme_table():
    x = extract_text(_report(
        "1.1 The proposed work programme:\n\n| Date | Item |\n|---|---|\n"
        "| 12 March 2026 | 25/00131 - Day Care Charging Policy Update |\n"
        "| 12 March 2026 | Performance Dashboard Q3 |\n"
        "| 8 May 2026 | 26/00014 - Drug and Alcohol Treatment Services - Provider Selection Regime |\n"
    ))
    assert _decision(x, "25/00131").first("dct:title") == "Day Care Charging Policy Update"
    d = _decision(x, "26/00014")
    assert d.first("dct:title") == "Drug and Alcohol Treatment Services - Provider Selection Regime"
    assert _cited_evidence_is_verbatim(x, d)


@pytest.mark.parametrize("sentence, taken", [
    ("Following the decision of the Cabinet Member in May 2024 (24/00047) to recommission the service, a tender was run.", True),
    ("The Cabinet Member's decision (24/00047) set the new rates.", True),
    ("The proposed decision of the Cabinet Member (24/00047) is attached.", False),
    ("The decision to be taken by the Cabinet Member (24/00047) is attached.", False),
])
def test_the_decision_of_the_cabinet_member_cited_with_its_number_was_taken(sentence, taken):
    x = extract_text(_report(f"1.1 {sentence}\n"))
    assert (_decision(x, "24/00047").first("cg:status") == "taken") is taken
