"""The minutes parser on a synthetic set of minutes with the variants unseen papers use
(chair changes, virtual attendance lists, counted and named votes, declared items)."""

from __future__ import annotations

from datetime import date, time

import pytest
from councilgraph.loaders.document import SourceText
from councilgraph.loaders.extract import extract_document
from councilgraph.loaders.quality import EXTRACTORS

MINUTES = """KENT COUNTY COUNCIL

SCRUTINY COMMITTEE

MINUTES of a meeting of the Scrutiny Committee held in the Council Chamber, Sessions
House, County Hall, Maidstone on Wednesday, 8th March, 2023 at 10.00 am.

PRESENT: Mr A Booth (Chair), Mr P Bartlett (Vice-Chair in the Chair), Mrs R Binks,
Mr T Bond, Mr R G Streatfeild, MBE

PRESENT (Virtually): Ms J Hawkins, Mr A Brady

ALSO PRESENT: Mr R Gough (Leader of the Council)

IN ATTENDANCE: Mrs A Beer (Chief Executive), Mr D Whittle (Director of Strategy,
Policy, Relationships and Corporate Assurance), Mr M Dentten (Democratic Services Officer)

UNRESTRICTED ITEMS

1. Apologies and Substitutes
(Item 2)

Apologies were received from Mr Hood and Mr Streatfeild. Mr Hook was present as a
substitute for Mr Hood.

2. Declarations of Interest
(Item 3)

Mr Bond declared an interest in Item 5 as a governor of a local school.

Page 2

3. Budget
(Item 5)

Mr Booth took the chair for this item. Ms Sue Smith, Head of Finance, and Mr Mark
Jones, Senior Accountant, were in attendance for this item.

RESOLVED that the report be noted, 8 for, 3 against and 1 abstention.

Mrs Binks asked for her vote against to be recorded.
"""


@pytest.fixture(scope="module")
def rows():
    ex = extract_document(SourceText("synthetic-minutes", "synthetic-minutes.txt", MINUTES))
    out = {c: [{k: v for k, v in r.items() if k != "_lines"} for r in f(ex.entities)] for c, f in EXTRACTORS.items()}
    out["_entities"] = ex.entities
    return out


def _people(rows, category):
    return sorted(r["person"][0] for r in rows[category])


def test_meeting(rows):
    (m,) = rows["_entities"].of("Meeting")
    assert m.first("cg:date") == date(2023, 3, 8)
    assert m.first("cg:startTime") == time(10)
    assert m.first("cg:venue") == "Council Chamber, Sessions House, County Hall, Maidstone"
    assert m.values("cg:status") == ["held"]
    assert m.key == ("kent-county-council", "scrutiny-committee", "2023-03-08")


def test_chair_in_the_chair_and_chair_change(rows):
    assert _people(rows, "chair") == ["Mr A Booth", "Mr P Bartlett"]


def test_present_and_virtual(rows):
    present = _people(rows, "present")
    assert "Ms J Hawkins" in present and "Mr Hook" in present and "Mr T Bond" in present
    assert not any("MBE" == p for p in present)
    assert _people(rows, "attended_virtually") == ["Mr A Brady", "Ms J Hawkins"]


def test_also_present_and_in_attendance_with_roles(rows):
    assert _people(rows, "also_present") == ["Mr R Gough"]
    roles = {r["person"][0]: r["role"] for r in rows["in_attendance"]}
    assert roles["Mrs A Beer"] == "Chief Executive"
    assert roles["Mr D Whittle"] == "Director of Strategy, Policy, Relationships and Corporate Assurance"


def test_apologies_and_substitutes(rows):
    assert sorted(r["person"][0] for r in rows["apologies"]) == ["Mr Hood", "Mr R G Streatfeild"]
    (sub,) = rows["substitutes"]
    assert sub["person"] == ["Mr Hook"] and sub["for"] == ["Mr Hood"]


def test_declaration_with_item(rows):
    (d,) = rows["declarations"]
    assert d["person"][0] == "Mr T Bond" and d["item"] == "5"
    assert d["text"] == "Mr Bond declared an interest in Item 5 as a governor of a local school."


def test_minute_items_across_a_page_marker(rows):
    assert [(r["minute"], r["item"], r["title"]) for r in rows["minute_items"]] == [
        ("1", "2", "Apologies and Substitutes"), ("2", "3", "Declarations of Interest"), ("3", "5", "Budget")]


def test_votes_named_and_counted(rows):
    votes = {(r["position"], r.get("count"), (r.get("person") or [None])[0]) for r in rows["votes"]}
    assert votes == {("for", 8, None), ("against", 3, None), ("abstain", 1, None), ("against", None, "Mrs R Binks")}


def test_attended_item_with_comma_roles(rows):
    assert sorted(r["person"][0] for r in rows["attended_item"]) == ["Mark Jones", "Sue Smith"]


def test_resolution(rows):
    (r,) = rows["resolutions"]
    assert r["minute"] == "3" and r["text"].startswith("RESOLVED that the report be noted")


def test_minutes_without_item_marks():
    text = MINUTES.replace("(Item 2)\n", "").replace("(Item 3)\n", "").replace("(Item 5)\n", "")
    ex = extract_document(SourceText("unmarked", "unmarked.txt", text))
    titles = [r["title"] for r in EXTRACTORS["minute_items"](ex.entities)]
    assert titles == ["Apologies and Substitutes", "Declarations of Interest", "Budget"]


def test_correction_of_an_earlier_record_is_not_a_vote():
    text = MINUTES.replace("Mrs Binks asked for her vote against to be recorded.",
                           "Mr Bond asked for the minutes to be corrected to show he voted against, rather than abstained.")
    ex = extract_document(SourceText("corr", "corr.txt", text))
    assert not any(r.get("person") for r in EXTRACTORS["votes"](ex.entities))


VARIANTS = """KENT COUNTY COUNCIL

CABINET

MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall,
Maidstone on Monday, 27th March, 2023.

Present: Mr R Gough (Chairman), Mr P Oakford, Mrs C Bell, Mr D Murphy

In attendance: Mrs A Beer (Chief Executive)

UNRESTRICTED ITEMS

10. Apologies
(Item 1)

Apologies were received from Mrs S Chandler. Mr D Watkins substituted for Mrs S Chandler.
The following Members attended virtually: Mr P Oakford and Mr D Murphy.

11. A very long item title that runs over the first line and on to the second line and
then still further to a third line of the
minutes heading
(Item 2)

In the absence of the Chairman, Mr P Oakford took the chair.

RESOLVED that the proposal be agreed, the motion being carried by 6 votes to 2.

12. Recorded vote
(Item 3)

RESOLVED that the budget be approved. For (3): Mr R Gough, Mrs C Bell and Mr D Murphy.
Against (1): Mr P Oakford. Abstain (0).
"""


def test_variants_of_unseen_minutes():
    ex = extract_document(SourceText("variants", "variants.txt", VARIANTS))
    rows = {c: [{k: v for k, v in r.items() if k != "_lines"} for r in f(ex.entities)] for c, f in EXTRACTORS.items()}
    assert sorted(r["person"][0] for r in rows["present"])[:2] == ["Mr D Murphy", "Mr D Watkins"]
    assert [r["person"][0] for r in rows["in_attendance"]] == ["Mrs A Beer"]
    assert [(r["person"][0], r["for"][0]) for r in rows["substitutes"]] == [("Mr D Watkins", "Mrs S Chandler")]
    assert sorted(r["person"][0] for r in rows["attended_virtually"]) == ["Mr D Murphy", "Mr P Oakford"]
    assert sorted(r["person"][0] for r in rows["chair"]) == ["Mr P Oakford", "Mr R Gough"]
    titles = {r["minute"]: r["title"] for r in rows["minute_items"]}
    assert titles["11"].endswith("minutes heading") and titles["11"].startswith("A very long item title")
    votes = {(r["minute"], r["position"], r.get("count"), (r.get("person") or [None])[0]) for r in rows["votes"]}
    assert ("11", "for", 6, None) in votes and ("11", "against", 2, None) in votes
    assert {("12", "for", 3, None), ("12", "against", 1, None), ("12", "abstain", 0, None),
            ("12", "for", None, "Mr R Gough"), ("12", "for", None, "Mrs C Bell"), ("12", "for", None, "Mr D Murphy"),
            ("12", "against", None, "Mr P Oakford")} <= votes


def test_a_resolution_across_a_page_break_is_quoted_as_printed():
    text = MINUTES.replace("RESOLVED that the report be noted, 8 for, 3 against and 1 abstention.",
                           "RESOLVED that the report be noted and that the\n\nPage 7\n\n8\n\nCabinet Member be informed.")
    ex = extract_document(SourceText("pagebreak", "pagebreak.txt", text))
    (item,) = [e for e in ex.entities.of("AgendaItem") if e.first("cg:minuteNumber") == "3"]
    (st,) = item.properties["cg:resolution"]
    assert st.value == "RESOLVED that the report be noted and that the Cabinet Member be informed."
    (ev,) = st.evidence
    assert "Page 7" in ev.quote and ev.quote.startswith("RESOLVED") and ev.quote.endswith("informed.")


def test_it_was_resolved_is_quoted_as_printed():
    text = MINUTES.replace("RESOLVED that the report be noted, 8 for, 3 against and 1 abstention.",
                           "It was RESOLVED that the report be noted.")
    ex = extract_document(SourceText("itwas", "itwas.txt", text))
    (item,) = [e for e in ex.entities.of("AgendaItem") if e.first("cg:minuteNumber") == "3"]
    (st,) = item.properties["cg:resolution"]
    assert st.value == "It was RESOLVED that the report be noted."
    assert st.evidence[0].quote == "It was RESOLVED that the report be noted."


def test_venue_printed_after_the_date():
    text = MINUTES.replace(
        "held in the Council Chamber, Sessions\nHouse, County Hall, Maidstone on Wednesday, 8th March, 2023 at 10.00 am.",
        "held on Wednesday, 8th March, 2023 at 10.00 am in the Darent Room, Sessions House.")
    ex = extract_document(SourceText("after", "after.txt", text))
    (m,) = ex.entities.of("Meeting")
    assert m.first("cg:venue") == "Darent Room, Sessions House" and m.first("cg:startTime") == time(10)


def test_two_substitutions_in_one_sentence_and_virtual_notes():
    text = MINUTES.replace(
        "Mr Hook was present as a\nsubstitute for Mr Hood.",
        "Mr Hook was present as a\nsubstitute for Mr Hood and Mrs Parfitt-Reid was present as a substitute for Mr Streatfeild.",
    ).replace("Mrs R Binks,\n", "Mrs R Binks (virtually),\n")
    ex = extract_document(SourceText("two-subs", "two-subs.txt", text))
    subs = sorted((r["person"][0], r["for"][0]) for r in EXTRACTORS["substitutes"](ex.entities))
    assert subs == [("Mr Hook", "Mr Hood"), ("Mrs Parfitt-Reid", "Mr R G Streatfeild")]
    virtual = sorted(r["person"][0] for r in EXTRACTORS["attended_virtually"](ex.entities))
    assert virtual == ["Mr A Brady", "Mrs R Binks", "Ms J Hawkins"]


def test_officer_lists_without_parentheses():
    text = MINUTES.replace(
        "IN ATTENDANCE: Mrs A Beer (Chief Executive), Mr D Whittle (Director of Strategy,\nPolicy, Relationships and Corporate Assurance), Mr M Dentten (Democratic Services Officer)",
        "IN ATTENDANCE: Mrs A Beer - Chief Executive, Mr D Whittle, Director of Strategy, Mr M Dentten and Ms K Smith",
    )
    ex = extract_document(SourceText("officers", "officers.txt", text))
    roles = {r["person"][0]: r["role"] for r in EXTRACTORS["in_attendance"](ex.entities)}
    assert roles == {"Mrs A Beer": "Chief Executive", "Mr D Whittle": "Director of Strategy",
                     "Mr M Dentten": None, "Ms K Smith": None}


def test_attendance_for_one_item_variants():
    text = MINUTES.replace(
        "Mr Booth took the chair for this item. Ms Sue Smith, Head of Finance, and Mr Mark\nJones, Senior Accountant, were in attendance for this item.",
        "1. Ms Sue Smith attended for this item. Also in attendance for this item were Mr Mark Jones (Senior Accountant) and Ms Ann Lee.",
    )
    ex = extract_document(SourceText("for-item", "for-item.txt", text))
    people = sorted(r["person"][0] for r in EXTRACTORS["attended_item"](ex.entities))
    assert people == ["Ann Lee", "Mark Jones", "Sue Smith"]


def test_officers_who_remained_for_the_next_item_attended_it():
    text = MINUTES.replace(
        "Mr Booth took the chair for this item. Ms Sue Smith, Head of Finance, and Mr Mark\nJones, Senior Accountant, were in attendance for this item.",
        "Ms Sue Smith and Mr Mark Jones remained for this item.",
    )
    ex = extract_document(SourceText("remained", "remained.txt", text))
    people = sorted(r["person"][0] for r in EXTRACTORS["attended_item"](ex.entities))
    assert people == ["Mark Jones", "Sue Smith"]


ONLINE = """KENT COUNTY COUNCIL

HIGHWAYS CABINET COMMITTEE

MINUTES of a meeting of the Highways Cabinet Committee held Online on
Tuesday, 14th May, 2024 at 2.00 pm.

PRESENT: Mrs P Lane (Chair), Mr D Frost (Vice-Chair), Mr P Cooper, Ms J Hale,
Mr J Hale, Mr A Kerr

ALSO PRESENT: Mr D Wren (Cabinet Member for Highways and Transport)

OFFICERS IN ATTENDANCE: Mr R Stone (Corporate Director Growth, Environment and Transport),
Ms S Hart (Director of Highways)

APOLOGIES FOR ABSENCE: Mrs L Gray

SUBSTITUTES: none recorded here

UNRESTRICTED ITEMS

20 Introduction/Webcast announcement
(Item 1)

21 Apologies and Substitutes
(Agenda Item 2)

Apologies for absence had been received from Mr Bream. Mr M Holt was present as a
substitute for Mrs Gray.

22 Declarations of Interests by Members in Items on the Agenda
(Item 3)

Ms J Hale made a declaration of an Other Significant Interest in Item 5 as her son
works for a contractor. There were no other declarations.

23 Minutes of the meeting held on 1 March 2024
(Item 4)

RESOLVED unanimously that the minutes of the meeting held on 1 March 2024 are
correctly recorded and that they be signed by the Chair.

24 Road Strategy
(Item 5)

Mr Angell asked whether the strategy had been consulted on. Mr X, a resident, had
complained. Madam Chair said the point was noted. Mr Cooper asked about costs.
The officers were not unanimous in their view of the options.

RESOLVED that the report be noted.

25 Fees
(Item 6)

The Committee unanimously agreed to endorse the proposed decision.
"""


@pytest.fixture(scope="module")
def online():
    ex = extract_document(SourceText("online", "online.txt", ONLINE))
    out = {c: [{k: v for k, v in r.items() if k != "_lines"} for r in f(ex.entities)] for c, f in EXTRACTORS.items()}
    out["_entities"] = ex.entities
    return out


def test_minute_numbers_without_a_full_stop_and_agenda_item_marks(online):
    assert sorted((int(r["minute"]), r["item"], r["title"]) for r in online["minute_items"]) == [
        (20, "1", "Introduction/Webcast announcement"), (21, "2", "Apologies and Substitutes"),
        (22, "3", "Declarations of Interests by Members in Items on the Agenda"),
        (23, "4", "Minutes of the meeting held on 1 March 2024"), (24, "5", "Road Strategy"), (25, "6", "Fees")]


def test_officers_in_attendance_and_apologies_for_absence_labels(online):
    roles = {r["person"][0]: r["role"] for r in online["in_attendance"]}
    assert roles == {"Mr R Stone": "Corporate Director Growth, Environment and Transport",
                     "Ms S Hart": "Director of Highways"}
    # the officers are not "also present", and an unread label does not join the list above it
    assert [r["person"][0] for r in online["also_present"]] == ["Mr D Wren"]
    assert sorted(r["person"][0] for r in online["apologies"]) == ["Mr Bream", "Mrs L Gray"]
    (sub,) = online["substitutes"]
    assert sub["person"] == ["Mr M Holt"] and sub["for"][0] == "Mrs L Gray"
    assert [r["person"][0] for r in online["chair"]] == ["Mrs P Lane"]


def test_unanimous_resolutions_are_not_counted_votes(online):
    # "RESOLVED unanimously" prints no count and need not follow a vote: no cg:Vote, no
    # "0 against" the text never states; the wording stays in the resolution
    assert online["votes"] == []
    assert any("unanimously" in r["text"] for r in online["resolutions"] if r["minute"] == "23")


def test_narrative_speakers_are_people_but_not_anonymised_or_forms_of_address(online):
    labels = {r["name"] for r in online["people"]}
    assert "Mr Angell" in labels
    assert not any(l in ("Mr X", "Madam Chair", "Mr Cooper") for l in labels)  # Mr Cooper is Mr P Cooper
    (cooper,) = [r for r in online["people"] if r["name"] == "Mr P Cooper"]
    assert "Mr Cooper" in cooper["forms"]
    # Ms J Hale and Mr J Hale stay two people
    assert {"Ms J Hale", "Mr J Hale"} <= labels


def test_ambiguous_narrative_surname_is_not_a_person():
    text = ONLINE.replace("Mr Cooper asked about costs.", "Mr Hale asked about costs.").replace(
        "Mr J Hale, Mr A Kerr", "Mr J Hale, Mr K Hale, Mr A Kerr")
    ex = extract_document(SourceText("amb", "amb.txt", text))
    people = EXTRACTORS["people"](ex.entities)
    assert not any(r["name"] == "Mr Hale" for r in people)
    assert not any("Mr Hale" in r["forms"] for r in people)


@pytest.mark.parametrize("label,ok", [
    ("Corporate Director Adult Social Care and Health", True),
    ("Senior Commissioner", True),
    ("Democratic Services Officer", True),
    ("Assistant Director – Adult Social Care and Public Health", True),
    ("Chair of the Kent and Medway Safeguarding Adults Board", False),
    ("Deputy Director, NHS Kent and Medway", False),
    ("who presented the report", False),
    ("virtually", False),
    ("Kent resident", False),
    ("District Manager (Dover)", True),
])
def test_only_council_posts_become_posts(label, ok):
    from councilgraph.loaders.parsers.minutes import is_council_post

    assert is_council_post(label) is ok


def test_an_external_role_is_not_a_council_post():
    text = ONLINE.replace("Ms S Hart (Director of Highways)",
                          "Ms S Hart (Chair of the Kent Road Safety Partnership Board)")
    ex = extract_document(SourceText("ext", "ext.txt", text))
    roles = {r["person"][0]: r["role"] for r in EXTRACTORS["in_attendance"](ex.entities)}
    assert roles["Ms S Hart"] is None and "Ms S Hart" in roles  # attending, no post of the council
    posts = {str(l) for p in ex.entities.of("Post") for l in p.values("rdfs:label")}
    assert "Corporate Director Growth, Environment and Transport" in posts
    assert not any("Partnership Board" in p for p in posts)


def test_apologies_with_from_repeated_and_a_column_vote_before_the_next_sentence():
    text = ONLINE.replace(
        "Apologies for absence had been received from Mr Bream.",
        "Apologies were received from the Chair, Mrs Lane, and from Mr Bream.",
    ).replace(
        "The Committee unanimously agreed to endorse the proposed decision.",
        "RESOLVED that the fees be agreed.\n\nFor (2)      Mr P Cooper and Mr A Kerr\n\n"
        "Against (1)      Ms J Hale\n\nAbstain (1)     Mr J Hale\n\nThe motion was carried.",
    )
    ex = extract_document(SourceText("cols", "cols.txt", text))
    apologies = sorted(r["person"][0] for r in EXTRACTORS["apologies"](ex.entities))
    assert "Mr Bream" in apologies and not any(a.startswith("from") for a in apologies)
    votes = {(r["position"], r.get("count"), (r.get("person") or [None])[0])
             for r in EXTRACTORS["votes"](ex.entities) if r["minute"] == "25"}
    assert votes == {("for", 2, None), ("against", 1, None), ("abstain", 1, None), ("for", None, "Mr P Cooper"),
                     ("for", None, "Mr A Kerr"), ("against", None, "Ms J Hale"), ("abstain", None, "Mr J Hale")}


def test_a_vote_list_that_does_not_add_up_keeps_only_its_count():
    text = ONLINE.replace(
        "The Committee unanimously agreed to endorse the proposed decision.",
        "RESOLVED that the fees be agreed.\n\nFor (3)      Mr P Cooper and Mr A Kerr\n\nAgainst (0)\n",
    )
    ex = extract_document(SourceText("short", "short.txt", text))
    votes = {(r["position"], r.get("count"), (r.get("person") or [None])[0])
             for r in EXTRACTORS["votes"](ex.entities) if r["minute"] == "25"}
    assert votes == {("for", 3, None), ("against", 0, None)}


def test_minutes_without_lists_and_without_full_stops_are_still_minutes():
    start = ONLINE.index("UNRESTRICTED ITEMS")
    head = ONLINE[:ONLINE.index("PRESENT:")]
    ex = extract_document(SourceText("bare", "bare.txt", head + ONLINE[start:]))
    assert [m.first("cg:status") for m in ex.entities.of("Meeting")] == ["held"]
    assert len(EXTRACTORS["minute_items"](ex.entities)) == 6


def test_declarations_listed_with_a_colon_and_counts_with_and():
    text = ONLINE.replace(
        "Ms J Hale made a declaration of an Other Significant Interest in Item 5 as her son\nworks for a contractor.",
        "Ms J Hale: Other Significant Interest in Item 5 as her son works for a contractor.\n"
        "Mr P Cooper: nothing to add on the agenda.",
    ).replace(
        "RESOLVED that the report be noted.",
        "RESOLVED that the report be noted, the motion being carried with 8 votes for and 3 against.",
    )
    ex = extract_document(SourceText("colon", "colon.txt", text))
    decl = [(r["person"][0], r["item"]) for r in EXTRACTORS["declarations"](ex.entities)]
    assert decl == [("Ms J Hale", "5")]  # the line without "interest" is not a declaration
    votes = {(r["position"], r.get("count")) for r in EXTRACTORS["votes"](ex.entities) if r["minute"] == "24"}
    assert votes == {("for", 8), ("against", 3)}


@pytest.mark.parametrize("printed,counts", [
    ("RESOLVED that the report be noted, 5 Members voting for and 2 against.", {("for", 5), ("against", 2)}),
    ("RESOLVED that the report be noted, 5 voting in favour, 2 voting against and 1 abstaining.",
     {("for", 5), ("against", 2), ("abstain", 1)}),
    ("RESOLVED that the report be noted (For 5, Against 2, Abstentions 1).", {("for", 5), ("against", 2), ("abstain", 1)}),
    # a number that is not a count of votes
    ("RESOLVED that the report be noted for 5 years, against the advice of 2 officers.", set()),
])
def test_counts_of_members_voting_and_labels_without_colons(printed, counts):
    text = ONLINE.replace("RESOLVED that the report be noted.", printed)
    assert printed in text
    ex = extract_document(SourceText("counts", "counts.txt", text))
    votes = {(r["position"], r.get("count")) for r in EXTRACTORS["votes"](ex.entities) if r["minute"] == "24"}
    assert votes == counts


def test_a_member_who_said_something_then_asked_for_a_vote_against_to_be_recorded():
    text = MINUTES.replace(
        "Mrs Binks asked for her vote against to be recorded.",
        "Mrs Binks said that the allowance remained too low and asked for her vote against the recommendation to be"
        " recorded. Mr Bond also asked that his vote against be recorded.")
    ex = extract_document(SourceText("recorded", "recorded.txt", text))
    against = sorted(r["person"][0] for r in EXTRACTORS["votes"](ex.entities) if r.get("person") and r["position"] == "against")
    assert against == ["Mr T Bond", "Mrs R Binks"]


def test_minutes_of_agenda_items_lettered_by_section():
    text = (MINUTES.replace("(Item 2)", "(Item. A2)").replace("(Item 3)", "(Item. A3)").replace("(Item 5)", "(Item. B1)")
            .replace("declared an interest in Item 5", "declared an interest in Item B1"))
    ex = extract_document(SourceText("lettered", "lettered.txt", text))
    items = [(r["minute"], r["item"]) for r in EXTRACTORS["minute_items"](ex.entities)]
    assert items == [("1", "A2"), ("2", "A3"), ("3", "B1")]
    (d,) = EXTRACTORS["declarations"](ex.entities)
    assert d["item"] == "B1"
