"""A decision's maker named only in the text: the post a minuted endorsement names ("the decision
to be taken by the Cabinet Member for X to ..."), or the post a taken decision's paragraph names
("the Cabinet Member for X took the decision ..."); never a second maker beside the one a record
of decision sheet names, never one of two posts. Small invented fragments."""

from __future__ import annotations

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import (
    OUTSIDE_CYCLE_HEAD,
    extract_text,
    quote_is_verbatim,
)
from tests.loaders.test_contracts import MINUTES, _minutes


def _makers(x, number):
    d = x.entities.get(Ref("Decision", (number,)))
    assert d is not None
    out = []
    for st in d.properties.get("cg:decisionMaker", []):
        e = x.entities.get(st.value)
        out.append((e.schema, str(e.first("rdfs:label"))))
        for ev in st.evidence:
            assert quote_is_verbatim(x.source, ev)
    return out


ENDORSED = (
    "31. 24/00105 - Night Visiting Service - Contract Award \n(Item. 5) \n\n"
    "1. Ms Rowe introduced the report. \n\n"
    "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care \n"
    "and Public Health to AWARD the Night Visiting Service contract be endorsed. \n\n"
)


def test_a_minuted_endorsement_names_the_post_that_takes_the_decision():
    x = extract_text(_minutes(ENDORSED))
    assert _makers(x, "24/00105") == [("Post", "Cabinet Member for Adult Social Care and Public Health")]


def test_a_record_of_decision_sheet_naming_the_maker_wins():
    sheet = (
        "\n\nKENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\n"
        "Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\nDECISION NO:\n\n24/00105\n\n"
        "Title of Decision: Night Visiting Service - Contract Award\n\n"
        "Decision: As Cabinet Member, I agree to:\n\na) AWARD the Night Visiting Service contract; and\n\n"
        "b) DELEGATE authority to the Corporate Director to take other actions.\n\nReason(s) for decision: text.\n"
    )
    x = extract_text(_minutes(ENDORSED) + sheet)
    makers = _makers(x, "24/00105")
    assert len(makers) == 1 and makers[0][0] == "Person"


def _outside_cycle(paragraph: str) -> str:
    return MINUTES + OUTSIDE_CYCLE_HEAD + (
        "Recommendation(s): The Committee is asked to NOTE that the following decision was taken.\n\n"
        "23/00104 – Step-Down Beds – Direct Award\n\n1. Introduction\n\n1.1 Text about guidance.\n\n2. Decision\n\n"
        + paragraph + "\n\n3. Background Documents\n\nRecord of Decision 23/00104\n"
    )


def test_a_taken_decisions_paragraph_names_its_maker_by_post():
    x = extract_text(_outside_cycle(
        "2.1 On 3 May 2023 the Cabinet Member for Adult Social Care and Public Health took the\n"
        "decision to directly award a block contract to Hollin Care Homes Ltd for 18 beds."))
    assert _makers(x, "23/00104") == [("Post", "Cabinet Member for Adult Social Care and Public Health")]


def test_no_maker_from_a_bare_title_or_two_posts():
    bare = extract_text(_outside_cycle("2.1 On 3 May 2023 the Cabinet Member took the decision to award a block contract."))
    assert _makers(bare, "23/00104") == []
    two = extract_text(_outside_cycle(
        "2.1 The Cabinet Member for Adult Social Care and Public Health agreed the approach and the\n"
        "Cabinet Member for Finance and Procurement approved the funding."))
    assert _makers(two, "23/00104") == []
