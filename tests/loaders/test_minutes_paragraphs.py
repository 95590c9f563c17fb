"""Minutes written as numbered paragraphs "(1) ...", changes of chair during the meeting,
declarations referred back to, recorded-vote lists followed by their outcome, and
councillors of other bodies named in the narrative. Invented fragments only."""

from __future__ import annotations

import pytest
from councilgraph.loaders.document import SourceText
from councilgraph.loaders.extract import extract_document
from councilgraph.loaders.quality import EXTRACTORS

MINUTES = """NORTHSHIRE COUNTY COUNCIL

LIBRARIES CABINET COMMITTEE

MINUTES of a meeting of the Libraries Cabinet Committee held in the Oak Room, Shire Hall,
Northtown on Thursday, 9th October, 2025 at 2.00 pm.

PRESENT: Mrs E Harrowgate (Chairman), Mr N Pellingham (Vice-Chairman), Mr T Quenby,
Ms R Odunsi, Mr K Cranleigh, Mrs W Fairlop, Mr J Tamworth and Dr S Okorafor

IN ATTENDANCE: Mr L Vexley (Head of Libraries), Ms P Garrow (Democratic Services Officer)

UNRESTRICTED ITEMS

31. Apologies and Substitutes
(Item 2)

(1) Apologies for absence had been received from Mr Ambrose.

32. Declarations of Interest by Members in items on the agenda
(Item 3)

(1) Mrs Harrowgate declared an interest in item 5 as her brother was a volunteer at
the Northtown reading café.

(2) Ms Odunsi declared that her partner was employed by a book supplier.

33. Library Opening Hours
(Item 5)

Mrs Harrowgate, having declared an interest, left the room and took no part in the
discussion. The Vice-Chairman, Mr Pellingham, took the chair for this item.

(1) Mr Vexley introduced the report.

(2) RESOLVED that the revised opening hours be endorsed.

(3) Ms Odunsi and Mr Cranleigh asked that their votes against the recommendation
be recorded in the minutes.

34. Mobile Library Service
(Item 6)

Mr Pellingham left the meeting at 3.40 pm. In the absence of the Chairman and the
Vice-Chairman, it was proposed by Mrs Fairlop, seconded by Mr Quenby and agreed that
Mr Tamworth take the chair for the remainder of the meeting.

Mr Tamworth in the Chair

(1) Cllr Ottoline Merrivane, Leader of Southvale Borough Council, said that the
borough supported the service.

(2) A recorded vote was taken on the recommendation, as follows:

For (4)

Mr T Quenby, Mrs W Fairlop, Mr J Tamworth and
Dr S Okorafor

Against (2)

Ms R Odunsi and Mr K Cranleigh

Abstain (1)

Mr N Pellingham

Recommendation carried.

(3) RESOLVED that the mobile library timetable be agreed.
"""


def _rows(text: str) -> dict:
    ex = extract_document(SourceText("paras", "paras.txt", text))
    return {c: [{k: v for k, v in r.items() if k != "_lines"} for r in f(ex.entities)] for c, f in EXTRACTORS.items()}


@pytest.fixture(scope="module")
def rows():
    return _rows(MINUTES)


def test_declarations_in_parenthesised_paragraphs(rows):
    decl = sorted((r["person"][0], r["item"]) for r in rows["declarations"])
    assert decl == [("Mrs E Harrowgate", "5"), ("Ms R Odunsi", None)]
    texts = {r["person"][0]: r["text"] for r in rows["declarations"]}
    assert texts["Ms R Odunsi"] == "Ms Odunsi declared that her partner was employed by a book supplier."
    assert not texts["Mrs E Harrowgate"].startswith("(1)")


def test_having_declared_refers_back_and_is_not_a_second_declaration(rows):
    (decl,) = [r for r in rows["declarations"] if r["person"][0] == "Mrs E Harrowgate"]
    assert decl["text"].startswith("Mrs Harrowgate declared an interest in item 5")


def test_having_declared_without_an_earlier_declaration_is_one():
    text = MINUTES.replace("(1) Mrs Harrowgate declared an interest in item 5 as her brother was a volunteer at\n"
                           "the Northtown reading café.\n\n", "")
    decl = {r["person"][0]: r for r in _rows(text)["declarations"]}
    assert decl["Mrs E Harrowgate"]["item"] == "5"
    assert decl["Mrs E Harrowgate"]["text"].startswith("Mrs Harrowgate, having declared an interest")


def test_named_votes_after_a_paragraph_number(rows):
    votes = {(r["position"], (r.get("person") or [None])[0]) for r in rows["votes"] if r["minute"] == "33"}
    assert votes == {("against", "Ms R Odunsi"), ("against", "Mr K Cranleigh")}


def test_recorded_vote_lists_followed_by_their_outcome(rows):
    votes = {(r["position"], r.get("count"), (r.get("person") or [None])[0]) for r in rows["votes"] if r["minute"] == "34"}
    named = {(p, who) for p, c, who in votes if who}
    assert named == {("for", "Mr T Quenby"), ("for", "Mrs W Fairlop"), ("for", "Mr J Tamworth"),
                     ("for", "Dr S Okorafor"), ("against", "Ms R Odunsi"), ("against", "Mr K Cranleigh"),
                     ("abstain", "Mr N Pellingham")}
    # the printed counts are stated facts too, kept beside the names
    assert {(p, c) for p, c, who in votes if who is None} == {("for", 4), ("against", 2), ("abstain", 1)}


@pytest.mark.parametrize("outcome", ["Carried", "Motion lost", "The recommendation was carried."])
def test_a_single_name_before_an_outcome_word_is_read(outcome):
    text = MINUTES.replace("Recommendation carried.", outcome + "\n\n(4) Mr Quenby thanked the officers.")
    votes = {(r["position"], (r.get("person") or [None])[0]) for r in _rows(text)["votes"] if r["minute"] == "34"}
    assert ("abstain", "Mr N Pellingham") in votes


def test_chairs_changing_during_the_meeting(rows):
    chairs = sorted(r["person"][0] for r in rows["chair"])
    assert chairs == ["Mr J Tamworth", "Mr N Pellingham", "Mrs E Harrowgate"]


@pytest.mark.parametrize("sentence,chair", [
    ("Mr Tamworth was elected to the chair for the remainder of the meeting.", True),
    ("RESOLVED that Mr Tamworth be elected to the chair.", True),
    ("Mr Tamworth was elected Chairman for the remainder of the meeting.", True),
    ("It was proposed that Mr Tamworth take the chair, but the proposal was not seconded.", False),
    ("It was not agreed that Mr Tamworth take the chair.", False),
    ("Mr Tamworth was elected Chairman of the Committee for the ensuing year.", False),
])
def test_chair_elected_or_agreed_during_the_meeting(sentence, chair):
    text = MINUTES.replace(
        "Mr Pellingham left the meeting at 3.40 pm. In the absence of the Chairman and the\n"
        "Vice-Chairman, it was proposed by Mrs Fairlop, seconded by Mr Quenby and agreed that\n"
        "Mr Tamworth take the chair for the remainder of the meeting.\n\nMr Tamworth in the Chair\n",
        sentence + "\n")
    chairs = {r["person"][0] for r in _rows(text)["chair"]}
    assert ("Mr J Tamworth" in chairs) is chair


def test_a_councillor_of_another_body_named_in_the_narrative_is_a_person(rows):
    people = {r["name"]: r["forms"] for r in rows["people"]}
    assert "Cllr Ottoline Merrivane" in people["Ottoline Merrivane"]
    # a bare "Councillor Surname" in the narrative is not a person on its own
    text = MINUTES.replace("Cllr Ottoline Merrivane", "Councillor Merrivane")
    assert not any("Merrivane" in n for n in {r["name"] for r in _rows(text)["people"]})


@pytest.mark.parametrize("sentence", [
    "In the absence of the Chairman and the Vice-Chairman, Mr Tamworth presided.",
    "Mr Tamworth chaired the remainder of the meeting.",
])
def test_chair_presiding_or_chairing_the_rest_of_the_meeting(sentence):
    text = MINUTES.replace("Mr Tamworth in the Chair\n", sentence + "\n").replace(
        "and agreed that\nMr Tamworth take the chair", "and agreed that\nMr Tamworth speak first")
    assert "Mr J Tamworth" in {r["person"][0] for r in _rows(text)["chair"]}


def test_a_chair_line_with_the_role_in_brackets():
    text = MINUTES.replace("Mr Tamworth in the Chair\n", "Mr Pellingham (Vice-Chairman) in the Chair\n").replace(
        "Mr Pellingham left the meeting at 3.40 pm. In the absence of the Chairman and the\n"
        "Vice-Chairman, it was proposed by Mrs Fairlop, seconded by Mr Quenby and agreed that\n"
        "Mr Tamworth take the chair for the remainder of the meeting.\n", "").replace(
        "The Vice-Chairman, Mr Pellingham, took the chair for this item.", "")
    assert sorted(r["person"][0] for r in _rows(text)["chair"]) == ["Mr N Pellingham", "Mrs E Harrowgate"]


def test_councillors_present_label():
    text = MINUTES.replace("PRESENT: Mrs E Harrowgate", "COUNCILLORS PRESENT: Mrs E Harrowgate")
    assert "Mr T Quenby" in {r["person"][0] for r in _rows(text)["present"]}


ROLL_VARIANTS = {
    "labels without counts": (
        "For: Mr T Quenby, Mrs W Fairlop and Mr J Tamworth. Against: Ms R Odunsi and Mr K Cranleigh.",
        {("for", "Mr T Quenby"), ("for", "Mrs W Fairlop"), ("for", "Mr J Tamworth"),
         ("against", "Ms R Odunsi"), ("against", "Mr K Cranleigh")}, set()),
    "capitals with counts": (
        "FOR (2): Mr T Quenby and Mrs W Fairlop\n\nAGAINST (1): Ms R Odunsi\n\nThe motion was carried.",
        {("for", "Mr T Quenby"), ("for", "Mrs W Fairlop"), ("against", "Ms R Odunsi")}, {("for", 2), ("against", 1)}),
    "recorded that he voted": (
        "Mr Cranleigh asked that it be recorded that he had voted against the recommendation.",
        {("against", "Mr K Cranleigh")}, set()),
    "recorded that she voted in favour": (
        "Ms Odunsi asked for it to be recorded that she voted in favour.",
        {("for", "Ms R Odunsi")}, set()),
    "the following members": (
        "The following Members voted against the recommendation: Ms R Odunsi and Mr K Cranleigh.",
        {("against", "Ms R Odunsi"), ("against", "Mr K Cranleigh")}, set()),
}


@pytest.mark.parametrize("variant", sorted(ROLL_VARIANTS))
def test_named_vote_variants(variant):
    printed, named, counts = ROLL_VARIANTS[variant]
    start = MINUTES.index("(2) A recorded vote was taken")
    end = MINUTES.index("(3) RESOLVED that the mobile library timetable")
    text = MINUTES[:start] + "(2) " + printed + "\n\n" + MINUTES[end:]
    rows = [r for r in _rows(text)["votes"] if r["minute"] == "34"]
    assert {(r["position"], r["person"][0]) for r in rows if r.get("person")} == named
    assert {(r["position"], r["count"]) for r in rows if "count" in r} == counts


@pytest.mark.parametrize("printed", [
    "For: the reasons set out in the report, the officers recommended option B. Against: none were given.",
    "Reasons for: cost and access.",
])
def test_for_and_against_labels_that_are_not_vote_lists(printed):
    start = MINUTES.index("(2) A recorded vote was taken")
    end = MINUTES.index("(3) RESOLVED that the mobile library timetable")
    text = MINUTES[:start] + "(2) " + printed + "\n\n" + MINUTES[end:]
    assert [r for r in _rows(text)["votes"] if r["minute"] == "34"] == []


def test_a_councillor_speaking_in_the_narrative_is_a_mention_of_the_listed_member():
    text = MINUTES.replace("(1) Mr Vexley introduced the report.", "(1) Councillor Odunsi asked about Sunday opening.")
    (odunsi,) = [r for r in _rows(text)["people"] if "Odunsi" in r["name"]]
    assert "Cllr Odunsi" in odunsi["forms"]


@pytest.mark.parametrize("printed,position", [
    ("Mr Cranleigh asked for his abstention to be recorded.", "abstain"),
    ("Mr Cranleigh asked that his vote against be recorded.", "against"),
    ("Mr Cranleigh asked that it be recorded that he had abstained.", "abstain"),
])
def test_recorded_positions_are_told_apart(printed, position):
    start = MINUTES.index("(2) A recorded vote was taken")
    end = MINUTES.index("(3) RESOLVED that the mobile library timetable")
    text = MINUTES[:start] + "(2) " + printed + "\n\n" + MINUTES[end:]
    rows = [r for r in _rows(text)["votes"] if r["minute"] == "34"]
    assert [(r["position"], r["person"][0]) for r in rows] == [(position, "Mr K Cranleigh")]


@pytest.mark.parametrize("printed,expected", [
    ("(1) Apologies for absence were noted from Mr Ambrose and Mrs Lindqvist.", ["Mr Ambrose", "Mrs Lindqvist"]),
    ("(1) Mr Ambrose and Mrs Lindqvist had sent their apologies.", ["Mr Ambrose", "Mrs Lindqvist"]),
    ("(1) The Chairman said that she had sent apologies to the Mayor.", []),
])
def test_apologies_sent_or_noted(printed, expected):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.", printed)
    assert sorted(r["person"][0] for r in _rows(text)["apologies"]) == expected


def test_a_declaration_about_a_minute_number_of_these_minutes():
    text = MINUTES.replace("(2) Ms Odunsi declared that her partner was employed by a book supplier.",
                           "(2) Ms Odunsi declared an interest in Minute 34 as she used the mobile library.")
    (decl,) = [r for r in _rows(text)["declarations"] if r["person"][0] == "Ms R Odunsi"]
    assert decl["item"] == "6"


def test_a_declaration_about_a_minute_of_another_meeting_has_no_item():
    text = MINUTES.replace("(2) Ms Odunsi declared that her partner was employed by a book supplier.",
                           "(2) Ms Odunsi declared an interest in relation to Minute 12 of the previous meeting.")
    (decl,) = [r for r in _rows(text)["declarations"] if r["person"][0] == "Ms R Odunsi"]
    assert decl["item"] is None


@pytest.mark.parametrize("printed", ["carried by 6 votes for and 2 against, with 1 abstention",
                                     "carried with 6 in favour, 2 against and 1 abstained"])
def test_counted_votes_with_their_abstentions(printed):
    start = MINUTES.index("(2) A recorded vote was taken")
    end = MINUTES.index("(3) RESOLVED that the mobile library timetable")
    text = MINUTES[:start] + "(2) The recommendation was " + printed + ".\n\n" + MINUTES[end:]
    rows = [r for r in _rows(text)["votes"] if r["minute"] == "34"]
    assert {(r["position"], r["count"]) for r in rows} == {("for", 6), ("against", 2), ("abstain", 1)}


def test_a_double_barrelled_name_wrapped_in_the_list_and_in_the_narrative():
    text = MINUTES.replace("Mr J Tamworth and Dr S Okorafor", "Mr J Tamworth, Mrs B Ashcombe-\nTrew and Dr S Okorafor").replace(
        "(1) Mr Vexley introduced the report.", "(1) Mr Vexley introduced the report. Mrs Ashcombe-\nTrew asked about staffing.")
    rows = _rows(text)
    assert "Mrs B Ashcombe-Trew" in {r["person"][0] for r in rows["present"]}
    # the narrative form is read, quoted as printed over its two lines
    entities = extract_document(SourceText("wrap", "wrap.txt", text)).entities
    (person,) = [p for p in entities.of("Person") if "Ashcombe" in str(p.first("rdfs:label"))]
    (form,) = [st for st in person.properties["skos:altLabel"] if st.value == "Mrs Ashcombe-Trew"]
    assert {ev.quote for ev in form.evidence} == {"Mrs Ashcombe- Trew"}


@pytest.mark.parametrize("sentence", [
    "Mr Tamworth, who presided over the Southvale Reading Partnership, welcomed the report.",
    "Mr Tamworth chaired the meeting of the Southvale Reading Partnership last week.",
    "It was agreed that Mr Tamworth should take the chair at the next meeting.",
    "Mr Tamworth was elected to the chair for the following meeting.",
    "Mr Tamworth took the chair of the Southvale Reading Partnership in May.",
    "Mr Tamworth did not take the chair.",
])
def test_chairs_elsewhere_or_later_are_not_chairs_of_this_meeting(sentence):
    text = MINUTES.replace(
        "Mr Pellingham left the meeting at 3.40 pm. In the absence of the Chairman and the\n"
        "Vice-Chairman, it was proposed by Mrs Fairlop, seconded by Mr Quenby and agreed that\n"
        "Mr Tamworth take the chair for the remainder of the meeting.\n\nMr Tamworth in the Chair\n",
        sentence + "\n")
    assert "Mr J Tamworth" not in {r["person"][0] for r in _rows(text)["chair"]}


def test_presided_alone_is_a_chair():
    text = MINUTES.replace("Mr Tamworth in the Chair\n", "Mr Tamworth presided.\n").replace(
        "and agreed that\nMr Tamworth take the chair for the remainder of the meeting.",
        "and agreed that\nthe meeting continue.")
    assert "Mr J Tamworth" in {r["person"][0] for r in _rows(text)["chair"]}


@pytest.mark.parametrize("printed", ["(1) Mr Ambrose had sent his apologies for lateness.",
                                     "(1) Mr Ambrose sent his apologies for the delay in circulating the papers."])
def test_apologies_for_something_else_are_not_absence(printed):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.", printed)
    assert _rows(text)["apologies"] == []


def test_a_declaration_restated_in_its_item_is_the_same_declaration():
    text = MINUTES.replace("Mrs Harrowgate, having declared an interest, left the room",
                           "Mrs Harrowgate declared an interest in this item and left the room")
    decl = [(r["person"][0], r["item"]) for r in _rows(text)["declarations"]]
    assert sorted(decl) == [("Mrs E Harrowgate", "5"), ("Ms R Odunsi", None)]


def test_a_declaration_about_another_item_is_a_new_one():
    text = MINUTES.replace("Mr Pellingham left the meeting at 3.40 pm.",
                           "Mrs Harrowgate declared an interest in this item as a mobile library user. "
                           "Mr Pellingham left the meeting at 3.40 pm.")
    decl = sorted((r["person"][0], r["item"]) for r in _rows(text)["declarations"])
    assert decl == [("Mrs E Harrowgate", "5"), ("Mrs E Harrowgate", "6"), ("Ms R Odunsi", None)]


@pytest.mark.parametrize("printed,subs", [
    ("(2) Mrs Lindqvist was present in place of Mr Ambrose.", [("Mrs Lindqvist", "Mr Ambrose")]),
    ("(2) Mrs Lindqvist had been appointed to the Committee in place of Mr Ambrose.", []),
])
def test_present_in_place_of_is_a_substitution(printed, subs):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.",
                           "(1) Apologies for absence had been received from Mr Ambrose.\n\n" + printed)
    rows = _rows(text)
    assert [(r["person"][0], r["for"][0]) for r in rows["substitutes"]] == subs
    assert ("Mrs Lindqvist" in {r["person"][0] for r in rows["present"]}) is bool(subs)


@pytest.mark.parametrize("printed,virtual", [
    ("Mr Quenby participated in the meeting remotely.", True),
    ("Mr Quenby attended the meeting via Microsoft Teams.", True),
    ("Mr Quenby joined by video link.", True),
    ("Mr Quenby said that the video link to the branch libraries had failed.", False),
])
def test_virtual_attendance_phrasings(printed, virtual):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.",
                           "(1) Apologies for absence had been received from Mr Ambrose.\n\n(2) " + printed)
    assert ("Mr T Quenby" in {r["person"][0] for r in _rows(text)["attended_virtually"]}) is virtual


def test_the_vice_chairman_with_the_name_in_brackets_takes_the_chair():
    text = MINUTES.replace("The Vice-Chairman, Mr Pellingham, took the chair for this item.",
                           "The Vice-Chairman (Mr Pellingham) took the chair for this item.").replace(
        "PRESENT: Mrs E Harrowgate (Chairman), Mr N Pellingham (Vice-Chairman)", "PRESENT: Mrs E Harrowgate (Chairman), Mr N Pellingham")
    assert "Mr N Pellingham" in {r["person"][0] for r in _rows(text)["chair"]}


def test_a_titled_full_name_with_dame_in_the_narrative_is_a_person():
    text = MINUTES.replace("Cllr Ottoline Merrivane, Leader of Southvale Borough Council,",
                           "Dame Ottoline Merrivane, Leader of Southvale Borough Council,")
    assert "Ottoline Merrivane" in {r["name"] for r in _rows(text)["people"]}


@pytest.mark.parametrize("printed,named", [
    ("Ms Odunsi and Mr Cranleigh voted against the recommendation and Mr Pellingham abstained.",
     {("against", "Ms R Odunsi"), ("against", "Mr K Cranleigh"), ("abstain", "Mr N Pellingham")}),
    ("Mr Cranleigh voted against, whilst Mrs Fairlop and Dr Okorafor abstained.",
     {("against", "Mr K Cranleigh"), ("abstain", "Mrs W Fairlop"), ("abstain", "Dr S Okorafor")}),
    ("Mr Cranleigh voted against and said that the timetable was unfair.", {("against", "Mr K Cranleigh")}),
])
def test_several_voting_clauses_in_one_sentence(printed, named):
    start = MINUTES.index("(2) A recorded vote was taken")
    end = MINUTES.index("(3) RESOLVED that the mobile library timetable")
    text = MINUTES[:start] + "(2) " + printed + "\n\n" + MINUTES[end:]
    rows = [r for r in _rows(text)["votes"] if r["minute"] == "34"]
    assert {(r["position"], r["person"][0]) for r in rows} == named


@pytest.mark.parametrize("printed,declarants", [
    ("(1) Mrs Harrowgate and Dr Okorafor each declared an interest in item 5 as they were both\n"
     "volunteers at the Northtown reading café.",
     [("Dr S Okorafor", "5"), ("Mrs E Harrowgate", "5")]),
    ("(1) Mrs Harrowgate, Mr Quenby and Dr Okorafor declared an interest in item 5 as members\n"
     "of the Friends of Northtown Library.",
     [("Dr S Okorafor", "5"), ("Mr T Quenby", "5"), ("Mrs E Harrowgate", "5")]),
    ("(1) Both Mrs Harrowgate and Dr Okorafor declared an interest in item 5 as volunteers\n"
     "at the Northtown reading café.",
     [("Dr S Okorafor", "5"), ("Mrs E Harrowgate", "5")]),
    # which item is whose is not read: the first member only, about no item
    ("(1) Mrs Harrowgate and Dr Okorafor declared interests in items 5 and 6 respectively as\n"
     "volunteers at the Northtown reading café.",
     [("Mrs E Harrowgate", None)]),
    # the second name is not a declarant: the verb does not follow the names
    ("(1) Mrs Harrowgate declared an interest in item 5 as she and Dr Okorafor were both\n"
     "volunteers at the Northtown reading café.",
     [("Mrs E Harrowgate", "5")]),
])
def test_several_members_declaring_in_one_sentence(printed, declarants):
    text = MINUTES.replace("(1) Mrs Harrowgate declared an interest in item 5 as her brother was a volunteer at\n"
                           "the Northtown reading café.", printed)
    assert printed in text
    rows = _rows(text)["declarations"]
    got = sorted((r["person"][0], r["item"]) for r in rows if r["person"][0] != "Ms R Odunsi")
    assert got == declarants
    # each declaration carries the whole sentence as its text
    assert all(r["text"] == " ".join(printed[4:].split()) for r in rows if r["person"][0] != "Ms R Odunsi")


@pytest.mark.parametrize("printed,subs", [
    ("(1) Apologies for absence had been received from Mr Ambrose; Mrs Lindqvist attended as his\nsubstitute.",
     [("Mrs Lindqvist", "Mr Ambrose")]),
    ("(1) Apologies for absence had been received from Mr Ambrose. Mrs Lindqvist was present as a\n"
     "substitute for him.", [("Mrs Lindqvist", "Mr Ambrose")]),
    # two members sent apologies: whose substitute she was is not clear
    ("(1) Apologies for absence had been received from Mr Ambrose and Mr Brierley; Mrs Lindqvist\n"
     "attended as his substitute.", []),
    # the pronoun does not fit the one member named
    ("(1) Apologies for absence had been received from Mrs Ambrose; Mr Lindqvist attended as his\nsubstitute.", []),
    # no apology: nobody absent is named
    ("(1) Mr Quenby thanked the officers. Mrs Lindqvist attended as his substitute.", []),
])
def test_a_substitute_for_the_member_an_apology_just_named(printed, subs):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.", printed)
    assert printed in text
    rows = _rows(text)
    assert [(r["person"][0], r["for"][0]) for r in rows["substitutes"]] == subs


@pytest.mark.parametrize("printed,subs", [
    ("(1) Apologies for absence had been received from Mr Ambrose and Mrs Brierley. Mrs Lindqvist\n"
     "and Mr Yarrow were present as substitutes for Mr Ambrose and Mrs Brierley respectively.",
     [("Mr Yarrow", "Mrs Brierley"), ("Mrs Lindqvist", "Mr Ambrose")]),
    # lists of different lengths: who stood in for whom is not clear
    ("(1) Apologies for absence had been received from Mr Ambrose and Mrs Brierley. Mrs Lindqvist\n"
     "and Mr Yarrow were present as substitutes for Mr Ambrose, Mrs Brierley and Mr Crouch respectively.", []),
])
def test_substitutes_paired_by_respectively(printed, subs):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.", printed)
    assert printed in text
    rows = _rows(text)
    assert sorted((r["person"][0], r["for"][0]) for r in rows["substitutes"]) == subs


@pytest.mark.parametrize("printed,absent", [
    ("(1) Apologies: Mr Ambrose, Mrs Brierley.", ["Mr Ambrose", "Mrs Brierley"]),
    ("(1) Apologies for absence received from: Mr Ambrose and Mrs Brierley", ["Mr Ambrose", "Mrs Brierley"]),
    ("(1) Apologies: none.", []),
    ("(1) Apologies: Mr Ambrose said the papers were late.", []),
])
def test_a_labelled_list_of_apologies(printed, absent):
    text = MINUTES.replace("(1) Apologies for absence had been received from Mr Ambrose.", printed)
    assert sorted(r["person"][0] for r in _rows(text)["apologies"]) == absent


@pytest.mark.parametrize("joint", [" and ", "; "])
def test_each_declaring_clause_of_a_sentence_is_its_own_declaration(joint):
    printed = ("(2) Ms Odunsi declared an interest in item 5 as a reading volunteer" + joint
               + "Mr Cranleigh declared an interest in item 6 as a school governor.")
    text = MINUTES.replace("(2) Ms Odunsi declared that her partner was employed by a book supplier.", printed)
    rows = {r["person"][0]: (r["item"], r["text"]) for r in _rows(text)["declarations"]}
    assert rows["Ms R Odunsi"] == ("5", "Ms Odunsi declared an interest in item 5 as a reading volunteer")
    assert rows["Mr K Cranleigh"] == ("6", "Mr Cranleigh declared an interest in item 6 as a school governor.")


def test_a_member_attending_virtually_after_a_vote_list_is_the_only_one():
    """"Ms D, who was attending virtually, was not able to vote." after a recorded vote's name
    lists: only Ms D attended virtually, never the members listed before her."""
    from councilgraph.loaders.document import SourceText
    from councilgraph.loaders.extract import extract_document

    text = (
        "KENT COUNTY COUNCIL\n\nADULT SOCIAL CARE CABINET COMMITTEE\n\n"
        "MINUTES of a meeting of the Adult Social Care Cabinet Committee held in the Council Chamber, Sessions House, "
        "County Hall, Maidstone on Wednesday, 18th May, 2022.\n\n"
        "PRESENT: Mr A Baker (Chairman), Mrs P Cole, Mr N Collor and Ms S Dowling\n\n"
        "21. Day Services\n(Item 5)\n\n"
        "1. A recorded vote was taken and the voting was as follows:\n\nFor (2)\n\nMr A Baker, Mrs P Cole\n\n"
        "Abstain (1)\n\nMr N Collor\n\nMs Dowling, who was attending virtually, was not able to vote.\n\n"
        "2. RESOLVED that the report be noted.\n"
    )
    x = extract_document(SourceText("virtual-after-vote", "virtual-after-vote.txt", text))
    [meeting] = x.entities.of("Meeting")
    virtual = {str(x.entities.get(r).first("rdfs:label") or r.key) for r in meeting.values("cg:attendedVirtually")}
    assert len(virtual) == 1 and "Dowling" in next(iter(virtual)), virtual
