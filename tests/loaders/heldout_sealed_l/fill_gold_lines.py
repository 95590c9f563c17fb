"""The hand-written gold for heldout_l.txt: items and quotes are written here by hand;
this script only looks up each quote's line (first line at or after `after`) and writes
gold/heldout_l.<area>.json. Run: python3 fill_gold_lines.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_l.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")
M, J = "2020-03-10", "2020-01-15"


def at(quote, after=1, **item):
    for i in range(after - 1, len(LINES)):
        if quote in LINES[i]:
            item["line"] = i + 1
            item["quote"] = quote
            return item
    raise SystemExit(f"quote not found: {quote!r} after {after}")


def write(area, checked_by, categories):
    data = {"document": DOC, "area": area, "checked_by": checked_by, "categories": categories}
    (HERE / "gold" / f"heldout_l.{area}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


# ------------------------------------------------------------------ minutes area
members = [  # (person, party, line-after, role)
    ("Mr R S Amberley", "Conservative", 19, "Chairman"),
    ("Mrs K Tillotson", "Conservative", 19, "Vice-Chairman"),
    ("Mr D Ashcombe", "Conservative", 20, None),
    ("Mrs V Burchett", "Conservative", 20, None),
    ("Mr P R Colquhoun", "Conservative", 21, None),
    ("Mr G Dorrington", "Conservative", 21, None),
    ("Mrs E Farrant", "Conservative", 21, None),
    ("Mr N Haselden", "Conservative", 22, None),
    ("Mrs M J Kettering", "Conservative", 22, None),
    ("Mr A Lomax", "Conservative", 22, None),
    ("Mr T Petherick", "Conservative", 23, None),
    ("Mrs H Quested", "Conservative", 23, None),
    ("Mr I Stanbridge", "Liberal Democrat", 25, None),
    ("Ms F Ullathorne", "Liberal Democrat", 25, None),
    ("Dr S Varga", "Labour", 27, None),
]
memberships = []
for person, party, after, role in members:
    it = at(person, after, meeting=M, person=person, party=party)
    if role:
        it["role"] = role
    if role == "Vice-Chairman":
        it["_note"] = "'(Vice-' / 'Chairman)' split across lines 19-20"
    memberships.append(it)
memberships[-1]["_note"] = "party label 'Labour (1)' printed without a colon"

agenda = [
    ("1", "Introduction/Webcasting Announcement", None, "1 Introduction/Webcasting Announcement"),
    ("2", "Apologies and Substitutes", None, "2 Apologies and Substitutes"),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "3 Declarations of Interest by Members in items on the agenda"),
    ("4", "Minutes of the meeting held on 15 January 2020", "1 - 10", "4 Minutes of the meeting held on 15 January 2020"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None, "5 Verbal Updates by Cabinet Member and Corporate Director"),
    ("6", "20/00021 - Residential and Nursing Care Block Beds (East Kent) - Contract Award", "11 - 24", "6 20/00021 - Residential and Nursing Care Block Beds (East Kent) - Contract"),
    ("7", "20/00024 - Home Care Services in Thanet, Dover and Folkestone - Contract Award", "25 - 40", "7 20/00024 - Home Care Services in Thanet, Dover and Folkestone - Contract"),
    ("8", "20/00026 - Kent Independent Advocacy Service - Contract Award", "41 - 54", "8 20/00026 - Kent Independent Advocacy Service - Contract Award (Pages 41 - 54)"),
    ("9", "20/00028 - Learning Disability Day Opportunities - Contract Award", "55 - 66", "9 20/00028 - Learning Disability Day Opportunities - Contract Award"),
    ("10", "Adult Social Care Performance Dashboard", "67 - 74", "10 Adult Social Care Performance Dashboard (Pages 67 - 74)"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "75 - 78", "11 Decisions Taken Outside of the Cabinet Committee Meeting Cycle (Pages 75 -"),
    ("12", "Work Programme 2020", "79 - 82", "12 Work Programme 2020 (Pages 79 - 82)"),
]
agenda_items = []
for item, title, pages, quote in agenda:
    it = at(quote, 40, meeting=M, item=item, title=title, pages=pages)
    if item in ("6", "7"):
        it["_note"] = "title wraps: 'Award (Pages ...)' on the next line"
    if item == "9":
        it["_note"] = "'(Pages 55 - 66)' on the next line"
    if item == "11":
        it["_note"] = "pages '75 -' / '78)' split across lines"
    agenda_items.append(it)

present_names = [("Mr R S Amberley", 104), ("Mrs K Tillotson", 104), ("Mr D Ashcombe", 105), ("Mrs V Burchett", 105),
                 ("Mr P R Colquhoun", 105), ("Mrs E Farrant", 105), ("Mr N Haselden", 105), ("Mrs M J Kettering", 106),
                 ("Mr A Lomax", 106), ("Mr T Petherick", 106), ("Mr I Stanbridge", 106), ("Ms F Ullathorne", 107),
                 ("Dr S Varga", 107), ("Mr K Wadhurst", 107)]
present = [at(p, a, meeting=J, person=p) for p, a in present_names]

in_att = [
    ("Ms A Holbrook", "Corporate Director of Adult Social Care and Health", "IN ATTENDANCE: Ms A Holbrook (Corporate Director of Adult Social Care and", "role wraps onto line 112"),
    ("Mr M Rushworth", "Director of Integrated Commissioning", "Mr M Rushworth (Director of Integrated Commissioning)", None),
    ("Ms P Odhiambo", "Finance Business Partner - Adult Social Care", "Ms P Odhiambo", "role on the next line"),
    ("Mr J Feltham", "Head of Commissioning Portfolio - Outcome 2 and 3", "Mr J Feltham (Head of", "role wraps onto line 114"),
    ("Miss R Cheverton", "Democratic Services Officer", "Miss R Cheverton (Democratic", "role wraps onto line 115"),
]
in_attendance = []
for p, role, q, note in in_att:
    it = at(q, 111, meeting=J, person=p, role=role)
    if note:
        it["_note"] = note
    in_attendance.append(it)

minute_defs = [
    ("151", "2", "Apologies and Substitutes", "151. Apologies and Substitutes"),
    ("152", "3", "Declarations of Interest by Members in items on the agenda", "152. Declarations of Interest by Members in items on the agenda"),
    ("153", "4", "Minutes of the meeting held on 20 November 2019", "153. Minutes of the meeting held on 20 November 2019"),
    ("154", "5", "Verbal Updates by Cabinet Member and Corporate Director", "154. Verbal Updates by Cabinet Member and Corporate Director"),
    ("155", "6", "19/00092 - Carers' Short Breaks Service - Contract Extension", "155. 19/00092 - Carers' Short Breaks Service - Contract Extension"),
    ("156", "7", "19/00095 - Proposed Changes to the Adult Social Care Charging Policy", "156. 19/00095 - Proposed Changes to the Adult Social Care Charging"),
    ("157", "8", "Adult Social Care Performance Dashboard", "157. Adult Social Care Performance Dashboard"),
    ("158", "9", "Work Programme 2020", "158. Work Programme 2020"),
]
minute_items = []
for mi, item, title, q in minute_defs:
    it = at(q, 100, meeting=J, minute=mi, item=item, title=title)
    if mi == "156":
        it["_note"] = "title wraps: 'Policy' on the next line"
    minute_items.append(it)

resolutions = [
    at("RESOLVED that the minutes of the meeting held on 20 November 2019 are", 130, meeting=J, minute="153",
       text="RESOLVED that the minutes of the meeting held on 20 November 2019 are correctly recorded and that they be signed by the Chairman."),
    at("RESOLVED that the verbal updates be noted.", 170, meeting=J, minute="154", text="RESOLVED that the verbal updates be noted."),
    at("3. RESOLVED that the decision to be taken by the Cabinet Member for Adult", 190, meeting=J, minute="155",
       text="RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care and Public Health to:",
       _note="continues a) EXTEND ... b) DELEGATE ... 'be endorsed.' (line 203)"),
    at("3. RESOLVED that the decision to be taken by the Cabinet Member for Adult", 215, meeting=J, minute="156",
       text="RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care and Public Health to adopt the proposed changes to the Adult Social Care Charging Policy, to take effect from 6 April 2020, be endorsed."),
    at("RESOLVED that the performance of services in 2019/20 be noted.", 225, meeting=J, minute="157",
       text="RESOLVED that the performance of services in 2019/20 be noted."),
    at("RESOLVED that the Work Programme 2020 be noted.", 235, meeting=J, minute="158", text="RESOLVED that the Work Programme 2020 be noted."),
]

people_defs = [  # name, forms, quote, after
    ("R S Amberley", ["Mr R S Amberley"], "Mr R S Amberley", 19),
    ("K Tillotson", ["Mrs K Tillotson"], "Mrs K Tillotson", 19),
    ("D Ashcombe", ["Mr D Ashcombe"], "Mr D Ashcombe", 20),
    ("V Burchett", ["Mrs V Burchett", "Mrs Burchett"], "Mrs V Burchett", 20),
    ("P R Colquhoun", ["Mr P R Colquhoun"], "Mr P R Colquhoun", 21),
    ("G Dorrington", ["Mr G Dorrington", "Mr Dorrington"], "Mr G Dorrington", 21),
    ("E Farrant", ["Mrs E Farrant"], "Mrs E Farrant", 21),
    ("N Haselden", ["Mr N Haselden"], "Mr N Haselden", 22),
    ("M J Kettering", ["Mrs M J Kettering"], "Mrs M J Kettering", 22),
    ("A Lomax", ["Mr A Lomax"], "Mr A Lomax", 22),
    ("T Petherick", ["Mr T Petherick"], "Mr T Petherick", 23),
    ("H Quested", ["Mrs H Quested", "Mrs Quested"], "Mrs H Quested", 23),
    ("I Stanbridge", ["Mr I Stanbridge", "Mr Stanbridge"], "Mr I Stanbridge", 25),
    ("F Ullathorne", ["Ms F Ullathorne", "Ms Ullathorne"], "Ms F Ullathorne", 25),
    ("S Varga", ["Dr S Varga", "Dr Varga"], "Dr S Varga", 27),
    ("K Wadhurst", ["Mr K Wadhurst", "Mr Wadhurst"], "Mr K Wadhurst", 107),
    ("Clive Harrowby", ["Mr C J Harrowby", "Mr Clive Harrowby", "Mr Harrowby"], "Mr C J Harrowby", 109),
    ("Anya Holbrook", ["Ms A Holbrook", "Ms Anya Holbrook"], "Ms A Holbrook", 111),
    ("M Rushworth", ["Mr M Rushworth", "Mr Rushworth"], "Mr M Rushworth", 112),
    ("P Odhiambo", ["Ms P Odhiambo"], "Ms P Odhiambo", 112),
    ("J Feltham", ["Mr J Feltham"], "Mr J Feltham", 113),
    ("R Cheverton", ["Miss R Cheverton"], "Miss R Cheverton", 114),
    ("Simon Pettigrew", ["Mr Simon Pettigrew", "Mr Pettigrew"], "Mr Simon Pettigrew", 180),
    ("Hollie Brandreth-Cole", ["Ms Hollie Brandreth-Cole", "Ms Brandreth-Cole"], "Ms Hollie Brandreth-Cole", 209),
    ("Lorna Tredgold", ["Lorna Tredgold"], "Lorna Tredgold", 12),
    ("Benjamin Tarrant-Jones", ["Benjamin Tarrant-Jones"], "Benjamin Tarrant-Jones", 82),
]
people = []
for name, forms, q, a in people_defs:
    it = at(q, a, name=name, forms=forms)
    people.append(it)
for it in people:
    if it["name"] == "Clive Harrowby":
        it["_note"] = "'Mr Clive' / 'Harrowby' wrapped at minute 154 (143-144)"
    if it["name"] == "Anya Holbrook":
        it["_note"] = "'Ms Anya' / 'Holbrook' wrapped at minute 154 (170-171)"

minutes_cats = {
    "meetings": {
        "match": ["date", "status"], "scope": [1, 243],
        "items": [
            at("Tuesday, 10 March 2020 at 10.00 am", 1, date=M, status="scheduled", venue="Darent Room - Sessions House", start_time="10:00"),
            at("MINUTES of a meeting of the Adult Social Care Cabinet Committee held in the", 90, date=J, status="held",
               venue="Darent Room, Sessions House, County Hall, Maidstone",
               _note="venue and date 'Wednesday, 15th' / 'January, 2020.' wrap over lines 101-102"),
        ],
    },
    "memberships": {"match": ["meeting", "person"], "items": memberships},
    "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
    "chair": {"items": [at("PRESENT: Mr R S Amberley (Chairman)", 100, meeting=J, person="Mr R S Amberley")]},
    "present": {"items": present},
    "also_present": {"items": [at("ALSO PRESENT: Mr C J Harrowby", 100, meeting=J, person="Mr C J Harrowby")]},
    "in_attendance": {"match": ["meeting", "person"], "items": in_attendance},
    "apologies": {"items": [
        at("Apologies for absence were received from Mr Dorrington and Mrs Quested.", 119, meeting=J, person="Mr Dorrington"),
        at("Apologies for absence were received from Mr Dorrington and Mrs Quested.", 119, meeting=J, person="Mrs Quested"),
    ]},
    "attended_virtually": {"_note": "nobody is said to attend virtually (January 2020, in person)", "items": []},
    "substitutes": {"items": [
        at("Mr Wadhurst was present as substitute for Mr Dorrington.", 119, meeting=J, person="Mr Wadhurst", **{"for": "Mr Dorrington"}),
    ]},
    "declarations": {"match": ["meeting", "person"], "items": [
        at("1. Mrs Burchett declared an interest in item 6 as her daughter was employed", 125, meeting=J, person="Mrs Burchett", item="6",
           text="Mrs Burchett declared an interest in item 6 as her daughter was employed as a support worker by a carers' organisation in Swale.",
           _note="text continues on line 129; item 6 = minute 155"),
        at("2. Dr Varga declared that she was a trustee of Swale Seniors Link, a", 125, meeting=J, person="Dr Varga",
           text="Dr Varga declared that she was a trustee of Swale Seniors Link, a charity supporting older people in Sittingbourne.",
           _note="no agenda item given: item left out; text continues on line 132"),
    ]},
    "minute_items": {"items": minute_items},
    "resolutions": {"items": resolutions},
    "votes": {
        "_note": "minute 156: recorded votes against and an abstention (224-225); the lost motion to defer (216-218) was not a recorded vote and gives no counts",
        "items": [
            at("4. Dr Varga and Ms Ullathorne asked that their votes against be recorded in the", 215, minute="156", position="against", person="Dr Varga"),
            at("4. Dr Varga and Ms Ullathorne asked that their votes against be recorded in the", 215, minute="156", position="against", person="Ms Ullathorne"),
            at("Mr Stanbridge asked that his abstention be recorded.", 215, minute="156", position="abstain", person="Mr Stanbridge"),
        ]},
    "attended_item": {"match": ["person", "minute"], "items": [
        at("Mr Simon Pettigrew (Senior Commissioning Manager) was in attendance for", 177, person="Mr Simon Pettigrew", minute="155", item="6"),
        at("Ms Hollie Brandreth-Cole (Head of Client Financial Services) was in", 205, person="Ms Hollie Brandreth-Cole", minute="156", item="7",
           _note="'attendance for this item.' on the next line"),
    ], "_note": "Mr Rushworth 'introduced the report' at minute 157 but is IN ATTENDANCE for the whole meeting: not an attended_item row"},
    "people": {"scope": [1, 243],
               "_note": "front sheet (1-91) and minutes of 15 January 2020 (93-243); report authors and signatories after line 243 are outside the scope",
               "items": people},
}
write("minutes", "pack author, by hand, before any extractor run: front sheet (1-91) and minutes of 15 January 2020 (93-243)", minutes_cats)

# ------------------------------------------------------------------ decisions area
decisions = [
    at("155. 19/00092 - Carers' Short Breaks Service - Contract Extension", 100, number="19/00092",
       title="Carers' Short Breaks Service - Contract Extension", status="endorsed", considered_at=J, endorsed_at=J),
    at("156. 19/00095 - Proposed Changes to the Adult Social Care Charging", 100, number="19/00095",
       title="Proposed Changes to the Adult Social Care Charging Policy", status="endorsed", considered_at=J, endorsed_at=J,
       _note="title wraps: 'Policy' on the next line; endorsed despite recorded votes against"),
    at("6 20/00021 - Residential and Nursing Care Block Beds (East Kent) - Contract", 40, number="20/00021",
       title="Residential and Nursing Care Block Beds (East Kent) - Contract Award", status="proposed", key_decision="true",
       considered_at=M, decision_maker="Clive Harrowby", _note="report 244-, record-of-decision sheet 375- with 'Key decision: YES'"),
    at("7 20/00024 - Home Care Services in Thanet, Dover and Folkestone - Contract", 40, number="20/00024",
       title="Home Care Services in Thanet, Dover and Folkestone - Contract Award", status="proposed", key_decision="true",
       considered_at=M, decision_maker="Clive Harrowby", _note="report header 'Decision' / 'Number: 20/00024' split (428-429); sheet 567-"),
    at("8 20/00026 - Kent Independent Advocacy Service - Contract Award (Pages 41 - 54)", 40, number="20/00026",
       title="Kent Independent Advocacy Service - Contract Award", status="proposed", key_decision="true",
       considered_at=M, decision_maker="Clive Harrowby", _note="sheet 722-; decision maker 'Clive Harrowby,' / post on the next line"),
    at("9 20/00028 - Learning Disability Day Opportunities - Contract Award", 40, number="20/00028",
       title="Learning Disability Day Opportunities - Contract Award", status="proposed", considered_at=M,
       _note="no record-of-decision sheet: key decision and decision maker not stated"),
    at("NOTE that decisions 20/00004 – Winter Capacity Block Beds – Direct Award and", 940, number="20/00004",
       title="Winter Capacity Block Beds - Direct Award", status="taken", considered_at=M,
       _note="taken 17 January 2020 outside the cycle by the Cabinet Member (not named in that report)"),
    at("20/00009 – Hospital Discharge Support Service – Contract Variation have been", 940, number="20/00009",
       title="Hospital Discharge Support Service - Contract Variation", status="taken", considered_at=M,
       _note="taken 3 February 2020 outside the cycle"),
    at("1.2 On 25 September 2019 the committee endorsed decision 19/00071 to go to", 440, number="19/00071",
       title="Home Care Recommissioning (East Kent)", status="endorsed",
       _note="earlier decision cited in report 20/00024 (463) and its background documents (553, title there); endorsed 25 September 2019 at a meeting not in this pack: dates left out"),
    at("contracts, which were extended to 30 September 2020 by decision 18/00054.", 600, number="18/00054",
       _note="earlier decision cited without title; status not stated"),
    at("20/00035 - Supported Living Services - Contract | Key decision", 1000, number="20/00035",
       title="Supported Living Services - Contract Extension", _note="work programme item for 13 May 2020; title wraps ('Extension |' next line)"),
    at("20/00038 - Kent Carers' Strategy 2020-2025 | Key decision", 1000, number="20/00038",
       title="Kent Carers' Strategy 2020-2025", _note="work programme item for 13 May 2020"),
    at("20/00044 - Sexual Health Services - Integrated | Key decision", 1000, number="20/00044",
       title="Sexual Health Services - Integrated Contract Award", _note="work programme item for 8 July 2020; title wraps"),
]
reports = [
    at("Subject: RESIDENTIAL AND NURSING CARE BLOCK BEDS", 240, subject="RESIDENTIAL AND NURSING CARE BLOCK BEDS (EAST KENT) – CONTRACT AWARD",
       meeting=M, decision="20/00021", classification="Unrestricted",
       _note="subject wraps onto 255; division 'Thanet and Dover divisions' (264), not All: left out"),
    at("Subject: Home Care Services in Thanet, Dover and", 420, subject="Home Care Services in Thanet, Dover and Folkestone – Contract Award",
       meeting=M, decision="20/00024",
       _note="'Decision' / 'Number: 20/00024' split; classification 'Unrestricted – Exempt Appendix A (...Schedule 12A...)' over 434-436 and division 'All divisions in Thanet, Dover and Folkestone and Hythe' over 442-443: both left out"),
    at("Subject: KENT INDEPENDENT ADVOCACY SERVICE –", 600, subject="KENT INDEPENDENT ADVOCACY SERVICE – CONTRACT AWARD",
       meeting=M, decision="20/00026", classification="Unrestricted", division="All", _note="'To:' line uses a hyphen, not an en dash"),
    at("Subject: Learning Disability Day Opportunities – Contract Award", 760, subject="Learning Disability Day Opportunities – Contract Award",
       meeting=M, decision="20/00028", classification="Unrestricted",
       _note="division 'Maidstone, Tonbridge and Malling and Tunbridge Wells divisions' (775-776): left out"),
    at("Subject: ADULT SOCIAL CARE PERFORMANCE DASHBOARD", 860, subject="ADULT SOCIAL CARE PERFORMANCE DASHBOARD",
       meeting=M, classification="Unrestricted", division="All"),
    at("Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE", 930, subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE",
       meeting=M, classification="Unrestricted", division="All"),
    at("Subject: WORK PROGRAMME 2020", 1000, subject="WORK PROGRAMME 2020", meeting=M, classification="Unrestricted",
       _note="no Electoral Division printed"),
]
write("decisions", "pack author, by hand, before any extractor run: every line printing a decision number, every report header",
      {"decisions": {"match": ["number"], "items": decisions}, "reports": {"match": ["subject", "meeting"], "items": reports}})

# ------------------------------------------------------------------ contracts area
contracts = [
    at("a) AWARD the block contract for Residential and Nursing Care Beds in East Kent", 270,
       title="Residential and Nursing Care Beds in East Kent", decision="20/00021", provider="Larkspur Court Care Homes Limited",
       value="6300000", start="2020-05-01",
       _note="block contract (report subject: 'Residential and Nursing Care Block Beds (East Kent)'); value only in 3.1 'estimated total cost over the three-year term is £6.3 million' (321); 'commence on 1 May 2020 and run for three years' (306): end not printed, left out; no extension; the CCG £350,000 a year contribution is not part of the contract value; open tender"),
    at("(a) AWARD the contract for Home Care Services in Thanet, Dover and", 440,
       title="Home Care Services in Thanet, Dover and Folkestone", decision="20/00024", provider=None,
       value="14400000", annual_value="4800000", max_value="24000000", start="2020-07-01", end="2023-06-30",
       _note="provider withheld (Exempt Appendix A); dates only in Table 1 ('Contract start date | 01/07/2020' 483, 'Initial term end | 30/06/2023' 484); values in Table 1 as 'Estimated annual value £4.8m', 'Estimated value (initial term) £14.4m', 'Maximum value incl. extensions £24.0m'; open procedure (light-touch), 2 x 12-month extensions"),
    at("a) AWARD the contract for the Kent Independent Advocacy Service to Advocacy", 620,
       title="Kent Independent Advocacy Service", decision="20/00026", provider="Advocacy Matters Kent",
       value="1164000", annual_value="582000", max_value="2328000", start="2020-10-01", end="2022-09-30",
       _note="'for a period of two years commencing 1 October 2020' (633), 'ending 30 September 2022' (661); values 3.1 (667-669); the current four contracts' £611,000 a year is a distractor; sub-contractor Signpost Deaf Community Services CIC is not the contract holder"),
    at("a) APPROVE the call-off of a contract for Learning Disability Day Opportunities", 780,
       title="Learning Disability Day Opportunities in West Kent", decision="20/00028", provider="Medway Valley Day Services Ltd",
       value="3679000", start="2020-06-01", end="2023-05-31",
       _note="framework call-off (Community Support Framework Lot 3); recommendation delegates award to 'the highest scoring framework provider', named in 2.1 (804-806); values only in Table 2 (£000 per year 1,202 / 1,226 / 1,251, total row 'Total contract value (3 years) 3,679' = £3,679,000); 'over £3.6 million' in 3.1; no single annual value: annual_value left out; dates 2.2 (808)"),
    at("a) EXTEND the Carers' Short Breaks Service contract with Respite Together", 190,
       title="Carers' Short Breaks Service", decision="19/00092", provider="Respite Together Kent",
       extension_start="2020-04-01", extension_end="2021-03-31",
       _note="appears only in the minutes (minute 155); extension of an existing contract whose original term is not stated: start/end left out; £742,000 is the extension cost, not the contract value: left out"),
    at("make a direct award of a contract for 20 nursing beds to Maplestead Nursing", 960,
       title="Winter Capacity Block Beds", decision="20/00004", provider="Maplestead Nursing Home Ltd",
       value="486000", start="2020-01-20", end="2020-03-31",
       _note="outside-cycle decision; provider name wraps ('Home Ltd,' on 969); direct award under Regulation 32(2)(c); value 2.2 (971)"),
    at("3.1 The Hospital Discharge Support Service helps people settle at home in the", 970,
       title="Hospital Discharge Support Service", decision="20/00009", provider="Heronsgate Care Partnership Ltd",
       value="2600000",
       _note="outside-cycle variation under Regulation 72(1)(c): 'increase the total contract value from £2.1m to £2.6m' (984-985), value = the varied total £2.6m (judgement call; £2.1m is the former value, £0.5m the increase); provider name split by 'Page 75' (978-980); awarded 2018, dates not stated"),
]
write("contracts", "pack author, by hand, before any extractor run: whole pack",
      {"contracts": {"match": ["title"], "items": contracts,
                     "_note": "not contracts: the Community Support Framework (a call-off route, no holder/value/dates), the 'four separate contracts' for advocacy (unnamed, no details), the Better Care Fund contribution"}})

# ------------------------------------------------------------------ organisations area
orgs = [
    at("Swale Seniors Link", 125, name="Swale Seniors Link", kind="Charity", provider="no", _note="declaration, minute 152: 'a charity supporting older people'"),
    at("Canterbury City Council", 140, name="Canterbury City Council", kind="PublicBody", provider="no"),
    at("discharge teams alongside East Kent Hospitals University NHS Foundation", 140, name="East Kent Hospitals University NHS Foundation Trust",
       kind="NHSBody", provider="no", _note="'Trust.' on the next line; also in the consultation list (531)"),
    at("Local Government Association", 150, name="Local Government Association", provider="no", _note="kind left out (association of councils)"),
    at("Department of Health and Social Care", 160, name="Department of Health and Social Care", kind="PublicBody", provider="no"),
    at("Holbrook, then gave a verbal update. She said that the Care Quality", 165, name="Care Quality Commission", kind="PublicBody", provider="no",
       _note="'Commission' on the next line; printed in full at 304"),
    at("the Carers' Short Breaks Service contract held by Respite Together Kent, a", 180, name="Respite Together Kent", kind="Charity", provider="yes",
       _note="'a registered charity'; holds the Carers' Short Breaks Service contract"),
    at("Kent and Medway Clinical Commissioning Groups", 280, name="Kent and Medway Clinical Commissioning Groups", kind="NHSBody", provider="no",
       _note="plural 'Groups'; funder, not provider. Queen Elizabeth The Queen Mother Hospital and William Harvey Hospital (288-289) are hospital sites, not organisations"),
    at("to Larkspur Court Care Homes Limited; and", 270, name="Larkspur Court Care Homes Limited", kind="Company", provider="yes",
       _note="Larkspur Court and Harbourside Lodge (303) are its homes, not organisations"),
    at("Invicta Law", 320, name="Invicta Law", provider="no", _note="legal adviser; kind left out"),
    at("Healthwatch Kent", 500, name="Healthwatch Kent", provider="no", _note="consultation lists (530, 690)"),
    at("Thanet District Council", 500, name="Thanet District Council", kind="PublicBody", provider="no"),
    at("Dover District Council", 500, name="Dover District Council", kind="PublicBody", provider="no"),
    at("Folkestone and Hythe District Council", 500, name="Folkestone and Hythe District Council", kind="PublicBody", provider="no"),
    at("Kent Integrated Care Alliance", 500, name="Kent Integrated Care Alliance", provider="no"),
    at("Carers' Support East Kent", 500, name="Carers' Support East Kent", provider="no", _note="consultee; kind not stated"),
    at("the Kent Home Care Providers' Forum", 530, name="Kent Home Care Providers' Forum", provider="no", _note="after the glued 'Page 26' line"),
    at("2.2 The highest scoring bid was submitted by Advocacy Matters Kent, a", 650, name="Advocacy Matters Kent", kind="Charity", provider="yes",
       _note="'a registered charity'; awarded the advocacy contract"),
    at("contract the deaf advocacy element to Signpost Deaf", 650, name="Signpost Deaf Community Services CIC", kind="Company", provider="yes",
       _note="name wraps onto 659; a CIC (company) that will deliver a sub-contracted service: provider yes (judgement call)"),
    at("Kent Learning Disability Partnership Board", 680, name="Kent Learning Disability Partnership Board", provider="no", _note="consultee; kind left out"),
    at("Kent and Medway NHS and Social Care Partnership Trust", 680, name="Kent and Medway NHS and Social Care Partnership Trust", kind="NHSBody", provider="no"),
    at("Mencap Kent Family Forum", 680, name="Mencap Kent Family Forum", provider="no"),
    at("Kent Sight Loss Network", 680, name="Kent Sight Loss Network", provider="no"),
    at("scoring bid was from Medway Valley Day Services Ltd, which already runs the", 800, name="Medway Valley Day Services Ltd", kind="Company", provider="yes"),
    at("2.3 Work with Kent Community Health NHS Foundation Trust on a shared", 900, name="Kent Community Health NHS Foundation Trust", kind="NHSBody", provider="no"),
    at("Home Ltd, for the period 20 January 2020 to 31 March 2020.", 960, name="Maplestead Nursing Home Ltd", kind="Company", provider="yes",
       _note="'Maplestead Nursing' at the end of 968"),
    at("first 72 hours after leaving hospital. The service is provided by Heronsgate Care", 970, name="Heronsgate Care Partnership Ltd", kind="Company", provider="yes",
       _note="'Page 75' between 'Heronsgate Care' and 'Partnership Ltd' (978-980)"),
]
write("organisations", "pack author, by hand, before any extractor run: external bodies named anywhere in the pack (Kent County Council itself not listed)",
      {"organisations": {"match": ["name"], "items": orgs,
                         "_note": "not organisations: Kent Business Portal, Community Support Framework, Better Care Fund, Integrated Discharge Teams, hospital sites, care home names, Commissioning Board / Directorate Management Team (KCC internal)"}})
print("written")
