"""The agenda front-sheet parser: scheduled meeting, membership by party, agenda items."""

from __future__ import annotations

from datetime import date, time

import pytest

from councilgraph.loaders.document import SourceText, read_source
from councilgraph.loaders.extract import extract_document
from councilgraph.loaders.quality import EXTRACTORS

from councilgraph import config

FRONT = """AGENDA

ADULT SOCIAL CARE CABINET COMMITTEE

Tuesday, 12 March 2019 at 10.00 am Ask for: Emma West
Darent Room - Sessions House Telephone: 03000 412421

Membership (6)

Conservative (4): Mrs P T Cole (Chairman), Mrs C Bell (Vice-Chairman),
Mrs A D Allen, MBE, Mr P J Homewood and Conservative
Vacancy

Green and
Independent (1): Mr S R Campkin

Labour (1) Dr L Sullivan

UNRESTRICTED ITEMS
(During these items the meeting is likely to be open to the public)

1 Introduction/Webcasting Announcement

2 Apologies and Substitutes
To receive apologies for absence and notification of any substitutes present.

3 18/00067 - Proposed Revision of Rates Payable and Charges Levied for Adult
Services in 2019-20 (Pages 17 - 32)
To receive a report which sets out the proposed rates.

4 Community Day Opportunities for Individuals with Disabilities (SS15087) (Pages
77 - 84)

EXEMPT ITEMS

Benjamin Watts
General Counsel
"""


def _extract(text):
    return extract_document(SourceText("front", "front.txt", text)).entities


def test_scheduled_meeting_time_and_venue():
    entities = _extract("KENT COUNTY COUNCIL\n\n" + FRONT)
    (m,) = entities.of("Meeting")
    assert m.first("cg:date") == date(2019, 3, 12) and m.first("cg:startTime") == time(10)
    assert m.first("cg:venue") == "Darent Room - Sessions House"
    assert m.values("cg:status") == ["scheduled"]


def test_membership_by_party_with_roles():
    entities = _extract("KENT COUNTY COUNCIL\n\n" + FRONT)
    rows = {r["person"][0]: (r["role"], r["party"], r["meeting"]) for r in EXTRACTORS["memberships"](entities)}
    assert rows == {
        "Mrs P T Cole": ("Chairman", "Conservative", "2019-03-12"),
        "Mrs C Bell": ("Vice-Chairman", "Conservative", "2019-03-12"),
        "Mrs A D Allen": ("Member", "Conservative", "2019-03-12"),
        "Mr P J Homewood": ("Member", "Conservative", "2019-03-12"),
        "Mr S R Campkin": ("Member", "Green and Independent", "2019-03-12"),
        "Dr L Sullivan": ("Member", "Labour", "2019-03-12"),
    }
    assert not any("Vacancy" in str(p.first("rdfs:label")) for p in entities.of("Person"))


def test_agenda_items_with_wrapped_titles_pages_and_decisions():
    entities = _extract("KENT COUNTY COUNCIL\n\n" + FRONT)
    items = [(r["item"], r["title"], r["pages"]) for r in EXTRACTORS["agenda_items"](entities)]
    assert items == [
        ("1", "Introduction/Webcasting Announcement", None),
        ("2", "Apologies and Substitutes", None),
        ("3", "18/00067 - Proposed Revision of Rates Payable and Charges Levied for Adult Services in 2019-20", "17 - 32"),
        ("4", "Community Day Opportunities for Individuals with Disabilities (SS15087)", "77 - 84"),
    ]
    (decision,) = entities.of("Decision")
    assert decision.key == ("18/00067",)


def test_bundled_pack_front_sheet_and_minutes_are_two_meetings():
    path = next(config.BUNDLED_DOCUMENTS.glob("004_*.txt"))
    entities = extract_document(read_source(path)).entities
    statuses = {m.first("cg:date").isoformat(): m.values("cg:status") for m in entities.of("Meeting")}
    assert statuses["2022-03-31"] == ["scheduled"] and statuses["2022-01-18"] == ["held"]
    members = EXTRACTORS["memberships"](entities)
    assert len(members) == 15
    assert {r["party"] for r in members} == {"Conservative", "Labour", "Liberal Democrat", "Green and Independent"}


COVER = """KENT COUNTY COUNCIL

AGENDA

GROWTH, ECONOMIC DEVELOPMENT AND COMMUNITIES CABINET
COMMITTEE

Wednesday, 8th March, 2023

10.00 am

Council Chamber, Sessions House, County Hall, Maidstone

Membership (2)

Conservative (2): Mr H Rayner (Chairman) and Mr D Jeffrey
"""


def test_cover_style_sheet_with_wrapped_heading_and_time_line():
    entities = _extract(COVER)
    (m,) = entities.of("Meeting")
    committee = entities.get(m.first("cg:committee"))
    assert committee.first("rdfs:label") == "Growth, Economic Development and Communities Cabinet Committee"
    assert m.first("cg:date") == date(2023, 3, 8) and m.first("cg:startTime") == time(10)
    assert m.first("cg:venue") == "Council Chamber, Sessions House, County Hall, Maidstone"


def test_agenda_items_numbered_by_part():
    text = FRONT.replace("1 Introduction/Webcasting Announcement", "A1 Introduction/Webcasting Announcement").replace(
        "2 Apologies and Substitutes", "A2 Apologies and Substitutes").replace(
        "3 18/00067 - Proposed", "B1 18/00067 - Proposed").replace("4 Community Day", "B2 Community Day")
    entities = _extract("KENT COUNTY COUNCIL\n\n" + text)
    assert [r["item"] for r in EXTRACTORS["agenda_items"](entities)] == ["A1", "A2", "B1", "B2"]


COLUMNS = """KENT COUNTY COUNCIL

AGENDA

HIGHWAYS CABINET COMMITTEE

Tuesday, 14th May, 2024 at 10.00 am                     Ask for: Anna Long
Council Chamber, Sessions House, County Hall,            Telephone: 03000 416000
Maidstone

Membership (9)

Conservative (6): Mrs P Lane (Chair), Mr D Frost (Vice-Chair), Mr P Cooper,
                  Mr A Kerr, Mr R G Streatfeild, MBE, Conservative
                  Vacancy

Labour (1):       Ms J Hale

Liberal Democrat (1): Mr J Hale

Green and
Independent (1):  Mr M Holt

Webcasting Notice

Please note: this meeting may be filmed for the live or subsequent broadcast.

UNRESTRICTED ITEMS
(During these items the meeting is likely to be open to the public)

1 Introduction/Webcasting Announcement

2 Apologies and Substitutes
To receive apologies for absence and notification of any substitutes present

3 Declarations of Interest by Members in items on the Agenda

4 Minutes of the meeting held on 1 March 2024 (Pages 1 - 8)

5 24/00012 - Road Safety Strategy (Pages 9 -
24)

6 Work Programme (Page 25)

EXEMPT ITEMS
(At the time of preparing the agenda there were no exempt items during which the press
and public are likely to be excluded)

Benjamin Watts
General Counsel
03000 416814

Monday, 6 May 2024
"""


def test_venue_beside_a_contact_column_and_wrapped_party_lists():
    ents = _extract(COLUMNS)
    (m,) = ents.of("Meeting")
    assert m.first("cg:venue") == "Council Chamber, Sessions House, County Hall, Maidstone"
    for st in m.properties["cg:venue"]:
        assert all("Telephone" not in ev.quote for ev in st.evidence)
    rows = {r["person"][0]: (r["role"], r["party"]) for r in EXTRACTORS["memberships"](ents)}
    assert rows["Mrs P Lane"] == ("Chairman", "Conservative")
    assert rows["Mr D Frost"] == ("Vice-Chairman", "Conservative")
    assert rows["Mr M Holt"] == ("Member", "Green and Independent")
    # "Conservative Vacancy" and the honour "MBE" are not members; Ms and Mr J Hale are two people
    assert not any(p in ("MBE", "Conservative Vacancy", "Vacancy") for p in rows)
    assert rows["Ms J Hale"][1] == "Labour" and rows["Mr J Hale"][1] == "Liberal Democrat"
    items = {r["item"]: (r["title"], r["pages"]) for r in EXTRACTORS["agenda_items"](ents)}
    assert items["5"] == ("24/00012 - Road Safety Strategy", "9 - 24") and items["6"] == ("Work Programme", "25")
    assert "To receive apologies" not in items["2"][0]


def test_roles_and_double_barrelled_names_wrapped_after_their_hyphen():
    """"(Vice-" / "Chairman)" and "Mrs B Ashcombe-" / "Trew" split over two lines."""
    text = FRONT.replace(
        "Conservative (4): Mrs P T Cole (Chairman), Mrs C Bell (Vice-Chairman),\nMrs A D Allen, MBE,",
        "Conservative (4): Mrs P T Cole (Chairman), Mrs C Bell (Vice-\nChairman), Mrs B Ashcombe-\nTrew,")
    entities = _extract("KENT COUNTY COUNCIL\n\n" + text)
    rows = {r["person"][0]: r["role"] for r in EXTRACTORS["memberships"](entities)}
    assert rows["Mrs C Bell"] == "Vice-Chairman"
    assert rows["Mrs B Ashcombe-Trew"] == "Member"
    # the evidence quotes the name as printed, over its two lines
    quotes = {(ev.quote, ev.end_line - ev.start_line) for m in entities.of("Membership") if "ashcombe" in "-".join(m.key)
              for st in m.properties["org:member"] for ev in st.evidence}
    assert quotes == {("Mrs B Ashcombe- Trew", 1)}


def test_a_wrapped_vice_chair_note_in_other_spellings():
    from councilgraph.loaders.parsers.front_sheet import _role

    assert _role("Vice- Chairman") == "Vice-Chairman"
    assert _role("Vice -Chair") == "Vice-Chairman"
    assert _role("Vice Chairwoman") == "Vice-Chairman"
    assert _role("Chair- man") == "Chairman" and _role("Vice-Chair- man") == "Vice-Chairman"
    assert _role("Chairman") == "Chairman"
    assert _role("Substitute for Mr A") == "Member"


@pytest.mark.parametrize("notice", [
    "Following a change in the regulations, Members who join the\nmeeting online will not count towards the quorum.\n",
    "Members are asked to note the following.\n",
])
def test_a_notice_after_the_party_lists_does_not_swallow_the_last_member(notice):
    text = COLUMNS.replace("Independent (1):  Mr M Holt\n", "Independent (1): Dr M Holt\n\n" + notice)
    assert "Dr M Holt" in text
    rows = {r["person"][0]: (r["role"], r["party"]) for r in EXTRACTORS["memberships"](_extract(text))}
    assert rows["Dr M Holt"] == ("Member", "Green and Independent")
    assert rows["Mr J Hale"] == ("Member", "Liberal Democrat")
    assert len(rows) == 8


def test_a_list_of_untitled_names_wrapped_onto_a_long_line_is_not_a_notice():
    text = COLUMNS.replace("Labour (1):       Ms J Hale\n",
                           "Labour (6): Jane Hale,\nAlan Pardew, Peter Quarrie, Mary Stobart, Susan Whitcombe and Tom Ashdown\n")
    rows = {r["person"][0]: r["party"] for r in EXTRACTORS["memberships"](_extract(text))}
    assert rows.get("Tom Ashdown") == "Labour" and rows.get("Mr M Holt") == "Green and Independent"


def test_a_start_time_wrapped_onto_the_next_line_and_the_venue_after_it():
    text = FRONT.replace("Tuesday, 12 March 2019 at 10.00 am Ask for: Emma West\nDarent Room - Sessions House Telephone: 03000 412421",
                         "Tuesday, 12th March, 2019, at 10.00\nam\n\nAsk for:\nEmma West\n\nDarent Room, Sessions House, County\nHall, Maidstone")
    (m,) = _extract("KENT COUNTY COUNCIL\n\n" + text).of("Meeting")
    assert m.first("cg:startTime") == time(10)
    (st,) = m.properties["cg:startTime"]
    assert st.evidence[0].quote == "10.00 am"
    assert m.first("cg:venue") == "Darent Room, Sessions House, County Hall, Maidstone"
