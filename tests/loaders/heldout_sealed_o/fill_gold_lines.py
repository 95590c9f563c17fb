"""Hand-written gold for pack O. This script only looks up each quote's line (first line at or
after the item's ``_from`` hint that contains the quote) and writes gold/*.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_o.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")
FRONT, MIN = "2023-09-20", "2023-07-12"
VENUE = "Council Chamber, Sessions House, County Hall, Maidstone"
CM = "Cabinet Member for Adult Social Care and Public Health"


def locate(item):
    start = item.pop("_from", 1)
    for i in range(start - 1, len(LINES)):
        if item["quote"] in LINES[i]:
            item["line"] = i + 1
            return item
    raise SystemExit(f"quote not found: {item['quote']!r} from {start}")


def write(area, checked_by, categories):
    for spec in categories.values():
        spec["items"] = [locate(dict(it)) for it in spec["items"]]
    out = {"document": DOC, "area": area, "checked_by": checked_by, "categories": categories}
    (HERE / "gold" / f"heldout_o.{area}.json").write_text(
        json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- minutes
MEMBERS = [  # (person, role, party, quote)
    ("Mr H J Aldington", "Chairman", "Conservative", "Mr H J Aldington (Chairman)"),
    ("Mrs S M Varley", "Vice-Chairman", "Conservative", "Mrs S M Varley (Vice-Chairman)"),
    ("Mr K P Beddow", "Member", "Conservative", "Mr K P Beddow"),
    ("Mrs T A Crouch", "Member", "Conservative", "Mrs T A Crouch"),
    ("Mr D W Elphick", "Member", "Conservative", "Mr D W Elphick"),
    ("Ms F Gillanders", "Member", "Conservative", "Ms F Gillanders"),
    ("Mr R Hatherleigh", "Member", "Conservative", "Mr R Hatherleigh"),
    ("Mr M J Kettering", "Member", "Conservative", "Mr M J Kettering"),
    ("Mr P O Lindqvist", "Member", "Conservative", "Mr P O Lindqvist"),
    ("Mrs J Marwood", "Member", "Conservative", "Mrs J Marwood"),
    ("Mr C Ruddock", "Member", "Conservative", "Mr C Ruddock"),
    ("Mr G Twelvetrees", "Member", "Conservative", "Mr G Twelvetrees"),
    ("Ms A Okonjo", "Member", "Labour", "Ms A Okonjo"),
    ("Mr B Sefton", "Member", "Labour", "Mr B Sefton"),
    ("Mr I T Penhaligon", "Member", "Liberal Democrat", "Mr I T Penhaligon, MBE"),
    ("Mrs R Castellan", "Member", "Green and Independent", "Independent (1): Mrs R Castellan"),
]
memberships = [{"meeting": FRONT, "person": p, "role": r, "party": pa, "quote": q, "_from": 26}
               for p, r, pa, q in MEMBERS]
memberships[-1]["_note"] = "party label wrapped: 'Green and' / 'Independent (1):'"
memberships[-2]["_note"] = "'MBE' is an honour, not part of the name"

AGENDA = [
    ("1", "Introduction/Webcasting Announcement", None, "- 1 Introduction/Webcasting"),
    ("2", "Apologies and Substitutes", None, "- 2 Apologies and Substitutes"),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "- 3 Declarations of Interest"),
    ("4", "Minutes of the meeting held on 12 July 2023", "1 - 14", "- 4 Minutes of the meeting held on 12 July 2023"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None, "- 5 Verbal Updates"),
    ("6", "23/00081 - Care and Support in the Home Services (Lot 2 West Kent) - Contract Extension", "15 - 32", "- 6 23/00081"),
    ("7", "23/00084 - Integrated Community Equipment Service - Contract Award", "33 - 60", "- 7 23/00084"),
    ("8", "23/00086 - Carers' Short Breaks - Dynamic Purchasing System", "61 - 84", "- 8 23/00086"),
    ("9", "Adult Social Care and Health Performance Q1 2023/24", "85 - 100", "- 9 Adult Social Care and Health Performance"),
    ("10", "Risk Management: Adult Social Care and Health", "101 - 114", "- 10 Risk Management"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "115 - 118", "- 11 Decisions Taken Outside"),
    ("12", "Work Programme 2023/24", "119 - 122", "- 12 Work Programme 2023/24"),
    ("13", "Integrated Community Equipment Service - Exempt Appendix A", "123 - 126", "- 13 Integrated Community Equipment Service"),
]
agenda = [{"meeting": FRONT, "item": i, "title": t, "pages": p, "quote": q} for i, t, p, q in AGENDA]
agenda[-1]["_note"] = "exempt item, listed under EXEMPT ITEMS"

PRESENT = [
    ("Mr H J Aldington", "Mr H J Aldington (Chairman)", None),
    ("Mrs S M Varley", "Mrs S M Varley (Vice-Chairman)", None),
    ("Mr K P Beddow", "Mr K P Beddow", None),
    ("Mrs T A Crouch", "Mrs T A Crouch", None),
    ("Ms F Gillanders", "Ms F Gillanders", None),
    ("Mr R Hatherleigh", "Mr R Hatherleigh", None),
    ("Mr M J Kettering", "Mr M J ", "name wrapped: 'Mr M J' / 'Kettering'"),
    ("Mrs J Marwood", "Mrs J Marwood", None),
    ("Ms A Okonjo", "Ms A Okonjo", None),
    ("Mr I T Penhaligon", "Mr I T Penhaligon, MBE", None),
    ("Mr C Ruddock", "Mr C Ruddock", None),
    ("Mrs R Castellan", "Mrs R Castellan", "attended virtually (minute 41)"),
    ("Mr N A Fairbrass", "Mr N A Fairbrass", "substitute for Mr Twelvetrees"),
]
present = []
for p, q, n in PRESENT:
    it = {"meeting": MIN, "person": p, "quote": q, "_from": 82}
    if n:
        it["_note"] = n
    present.append(it)

in_att = [
    {"meeting": MIN, "person": "Rebecca Hollins", "role": "Corporate Director Adult Social Care and Health",
     "quote": "IN ATTENDANCE: Rebecca Hollins (Corporate Director Adult Social Care and Health)"},
    {"meeting": MIN, "person": "Dr Anjali Rao", "role": "Director of Public Health",
     "quote": "Dr Anjali Rao (Director of Public Health)", "_from": 89},
    {"meeting": MIN, "person": "Martin Ashworth-Lee", "role": "Director of Adult Social Care and Health North and West Kent",
     "quote": "Martin Ashworth-Lee (Director of Adult ", "_from": 89, "_note": "role wrapped onto the next line"},
    {"meeting": MIN, "person": "Caroline Stebbings", "role": "Senior Commissioner",
     "quote": "Caroline Stebbings (Senior ", "_from": 89, "_note": "role wrapped: '(Senior' / 'Commissioner)'"},
    {"meeting": MIN, "person": "Thomas Olufemi", "role": "Democratic Services Officer",
     "quote": "Thomas Olufemi (Democratic Services Officer)", "_from": 89},
]

apologies = [
    {"meeting": MIN, "person": "Mr Daniel Elphick", "quote": "Mr Daniel Elphick", "_note": "= Mr D W Elphick"},
    {"meeting": MIN, "person": "Mr Peter Lindqvist", "quote": "Mr Peter Lindqvist"},
    {"meeting": MIN, "person": "Mr Graham Twelvetrees", "quote": "Mr Graham ", "_from": 100,
     "_note": "name wrapped: 'Mr Graham' / 'Twelvetrees'"},
    {"meeting": MIN, "person": "Mr Ben Sefton", "quote": "Mr Ben Sefton"},
]

minute_items = [
    ("41", "2", "Apologies and Substitutes", "41. Apologies and Substitutes"),
    ("42", "3", "Declarations of Interest by Members in items on the agenda", "42. Declarations of Interest"),
    ("43", "4", "Minutes of the meeting held on 17 May 2023", "43. Minutes of the meeting held on 17 May 2023"),
    ("44", "5", "Verbal Updates by Cabinet Member and Corporate Director", "44. Verbal Updates"),
    ("45", "6", "23/00058 - Extra Care Housing Care and Support Services - Contract Extension", "45. 23/00058"),
    ("46", "7", "23/00061 - Adult Social Care Charging Policy - Disability Related Expenditure", "46. 23/00061"),
    ("47", "8", "23/00063 - NHS Health Check Programme - Contract Award", "47. 23/00063"),
    ("48", "9", "Adult Social Care and Health Performance Q4 2022/23", "48. Adult Social Care and Health Performance"),
    ("49", "10", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "49. Decisions Taken Outside"),
    ("50", "11", "Work Programme 2023/24", "50. Work Programme 2023/24"),
]
minute_items = [{"meeting": MIN, "minute": m, "item": i, "title": t, "quote": q} for m, i, t, q in minute_items]
minute_items[4]["_note"] = "title wrapped onto the next line ('Extension')"
minute_items[5]["_note"] = "title wrapped onto the next line ('Expenditure')"

RES = [
    ("43", "RESOLVED that the minutes of the meeting held on 17 May 2023 were correctly recorded and a paper copy be signed by the Chairman.",
     "RESOLVED that the minutes of the meeting held on 17 May 2023 were correctly"),
    ("44", "RESOLVED that the verbal updates be noted.", "RESOLVED that the verbal updates be noted."),
    ("45", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to extend the Extra Care Housing Care and Support Services contract, as shown at Appendix A to the report, be endorsed.",
     "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult"),
    ("46", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to introduce a standard disability related expenditure allowance, as shown at Appendix A to the report, be endorsed.",
     "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult"),
    ("47", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to award the contract for the NHS Health Check Programme, as shown at Appendix A to the report, be endorsed.",
     "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult"),
    ("48", "RESOLVED that the performance of services in Q4 2022/23 be noted.", "RESOLVED that the performance of services in Q4 2022/23 be noted."),
    ("49", "RESOLVED that decision 23/00044 - Hospital Discharge Home Care Block Hours, taken in accordance with the process in Section 7.18 of the Constitution, be noted.",
     "RESOLVED that decision 23/00044"),
    ("50", "RESOLVED that the work programme for 2023/24 be noted.", "RESOLVED that the work programme for 2023/24 be noted."),
]
FROMS = {"45": 151, "46": 169, "47": 203}
resolutions = []
for m, t, q in RES:
    it = {"meeting": MIN, "minute": m, "text": t, "quote": q}
    if m in FROMS:
        it["_from"] = FROMS[m]
    resolutions.append(it)

VOTES = [("for", p) for p in ["Mr H J Aldington", "Mrs S M Varley", "Mr K P Beddow", "Mrs T A Crouch",
                              "Ms F Gillanders", "Mr R Hatherleigh", "Mr M J Kettering", "Mrs J Marwood", "Mr C Ruddock"]] + \
        [("against", p) for p in ["Ms A Okonjo", "Mr I T Penhaligon", "Mrs R Castellan"]] + [("abstain", "Mr N A Fairbrass")]
votes = [{"minute": "46", "position": pos, "person": p, "quote": p, "_from": 180} for pos, p in VOTES]

attended_item = [
    {"person": "Jasper Quilley", "minute": "47", "item": "8",
     "quote": "Jasper Quilley (Consultant in Public Health) and Nadia Fenwick (Commissioning"},
    {"person": "Nadia Fenwick", "minute": "47", "item": "8",
     "quote": "Jasper Quilley (Consultant in Public Health) and Nadia Fenwick (Commissioning",
     "_note": "role wrapped: '(Commissioning' / 'Manager) were in attendance for this item.'"},
]

PEOPLE = [
    ("H J Aldington", ["Mr H J Aldington"], "Mr H J Aldington"),
    ("S M Varley", ["Mrs S M Varley"], "Mrs S M Varley"),
    ("K P Beddow", ["Mr K P Beddow"], "Mr K P Beddow"),
    ("T A Crouch", ["Mrs T A Crouch", "Mrs Crouch"], "Mrs T A Crouch"),
    ("Daniel Elphick", ["Mr D W Elphick", "Mr Daniel Elphick"], "Mr D W Elphick"),
    ("F Gillanders", ["Ms F Gillanders"], "Ms F Gillanders"),
    ("R Hatherleigh", ["Mr R Hatherleigh"], "Mr R Hatherleigh"),
    ("M J Kettering", ["Mr M J Kettering"], "Mr M J Kettering"),
    ("Peter Lindqvist", ["Mr P O Lindqvist", "Mr Peter Lindqvist"], "Mr P O Lindqvist"),
    ("J Marwood", ["Mrs J Marwood"], "Mrs J Marwood"),
    ("C Ruddock", ["Mr C Ruddock"], "Mr C Ruddock"),
    ("Graham Twelvetrees", ["Mr G Twelvetrees", "Mr Graham Twelvetrees", "Mr Twelvetrees"], "Mr G Twelvetrees"),
    ("A Okonjo", ["Ms A Okonjo", "Ms Okonjo"], "Ms A Okonjo"),
    ("Ben Sefton", ["Mr B Sefton", "Mr Ben Sefton"], "Mr B Sefton"),
    ("I T Penhaligon", ["Mr I T Penhaligon", "Mr Penhaligon"], "Mr I T Penhaligon"),
    ("Rosalind Castellan", ["Mrs R Castellan", "Mrs Rosalind Castellan"], "Mrs R Castellan"),
    ("Nigel Fairbrass", ["Mr N A Fairbrass", "Mr Nigel Fairbrass"], "Mr N A Fairbrass"),
    ("Desmond Pargeter", ["Mr D Pargeter", "Mr Desmond Pargeter", "Mr Pargeter"], "Mr D Pargeter"),
    ("Rebecca Hollins", ["Rebecca Hollins"], "Rebecca Hollins"),
    ("Anjali Rao", ["Dr Anjali Rao", "Dr Rao"], "Dr Anjali Rao"),
    ("Martin Ashworth-Lee", ["Martin Ashworth-Lee"], "Martin Ashworth-Lee"),
    ("Caroline Stebbings", ["Caroline Stebbings", "Ms Stebbings"], "Caroline Stebbings"),
    ("Thomas Olufemi", ["Thomas Olufemi"], "Thomas Olufemi"),
    ("Jasper Quilley", ["Jasper Quilley", "Mr Quilley"], "Jasper Quilley"),
    ("Nadia Fenwick", ["Nadia Fenwick"], "Nadia Fenwick"),
    ("Benjamin Watts", ["Benjamin Watts"], "Benjamin Watts"),
]
people = [{"name": n, "forms": f, "quote": q} for n, f, q in PEOPLE]
people[-1]["_note"] = "General Counsel, signs the front sheet"
people[-4]["_note"] = "front sheet 'Ask for' (line 22) and minutes IN ATTENDANCE"

write("minutes",
      "heldout author (sealed pack O), by hand against lines 1-245 (front sheet of 20 September 2023 and minutes of 12 July 2023), before any extractor was run",
      {
          "meetings": {"match": ["date", "status"], "scope": [1, 245], "items": [
              {"date": FRONT, "status": "scheduled", "venue": VENUE, "start_time": "10:00",
               "quote": "Wednesday, 20 September 2023 at 10.00 am"},
              {"date": MIN, "status": "held", "venue": VENUE,
               "quote": "Chamber, Sessions House, County Hall, Maidstone on Wednesday, 12th July, 2023.",
               "_note": "'held at Council' at the end of the line above"},
          ]},
          "memberships": {"match": ["meeting", "person"], "items": memberships},
          "agenda_items": {"match": ["meeting", "item"], "items": agenda},
          "chair": {"items": [{"meeting": MIN, "person": "Mr H J Aldington",
                               "quote": "PRESENT: Mr H J Aldington (Chairman)"}]},
          "present": {"items": present},
          "also_present": {"items": [{"meeting": MIN, "person": "Mr D Pargeter",
                                      "quote": "ALSO PRESENT:  Mr D Pargeter",
                                      "_note": "Cabinet Member (Mr Desmond Pargeter, minute 44)"}]},
          "in_attendance": {"match": ["meeting", "person"], "items": in_att},
          "apologies": {"items": apologies},
          "attended_virtually": {"items": [{"meeting": MIN, "person": "Mrs Rosalind Castellan",
                                            "quote": "Mrs Rosalind Castellan was in attendance virtually",
                                            "_note": "= Mrs R Castellan, also listed in PRESENT"}]},
          "substitutes": {"items": [{"meeting": MIN, "person": "Mr Nigel Fairbrass", "for": "Mr Graham Twelvetrees",
                                     "quote": "Mr Nigel Fairbrass was in attendance as substitute for Mr Graham Twelvetrees"}]},
          "declarations": {"match": ["meeting", "person"], "items": [
              {"meeting": MIN, "person": "Mrs Crouch",
               "text": "Mrs Crouch declared that she was a trustee of Sheppey Carers Link.",
               "quote": "Mrs Crouch declared that she was a trustee of Sheppey Carers Link."},
              {"meeting": MIN, "person": "Ms Okonjo", "item": "8",
               "text": "Ms Okonjo declared an interest in Item 8 as her son was employed by Kent Community Health NHS Foundation Trust.",
               "quote": "Ms Okonjo", "_from": 110,
               "_note": "'Ms Okonjo' at the end of line 110, 'declared an interest in Item 8 ...' continues on 111-112"},
          ]},
          "minute_items": {"items": minute_items},
          "resolutions": {"items": resolutions},
          "votes": {"_note": "recorded vote at minute 46 (lines 179-194); only named votes are gold (the counts 9/3/1 restate them); the lost motion to defer (175-177) was not a recorded vote",
                    "items": votes},
          "attended_item": {"match": ["person", "minute"], "items": attended_item},
          "people": {"scope": [1, 245],
                     "_note": "front sheet (1-75) and minutes of 12 July 2023 (76-245); 'MBE' is not a person; officers named only in the reports (Ellis Brannigan, Imogen Thackeray) are outside the scope",
                     "items": people},
      })

# ---------------------------------------------------------------- decisions
decisions = [
    {"number": "23/00081", "title": "Care and Support in the Home Services (Lot 2 West Kent) – Contract Extension",
     "status": "proposed", "key_decision": "true", "considered_at": FRONT, "decision_maker": "Desmond Pargeter",
     "quote": "Decision Number: 23/00081", "_lines": "front sheet 49, report 260-265, sheet 376-431 (title wrapped 399-401)"},
    {"number": "23/00084", "title": "Integrated Community Equipment Service – Contract Award",
     "status": "proposed", "key_decision": "true", "considered_at": FRONT, "decision_maker": CM,
     "quote": "23/00084", "_from": 440,
     "_lines": "front sheet 50, report 445-452 ('Decision Number' then the number after a blank line), sheet 562-614"},
    {"number": "23/00086", "title": "Carers' Short Breaks – Dynamic Purchasing System",
     "status": "proposed", "key_decision": "true", "considered_at": FRONT, "decision_maker": CM,
     "quote": "Decision No: 23/00086", "_lines": "front sheet 51, report 663-667, sheet 770-820"},
    {"number": "23/00058", "title": "Extra Care Housing Care and Support Services - Contract Extension",
     "status": "endorsed", "endorsed_at": MIN, "quote": "45. 23/00058"},
    {"number": "23/00061", "title": "Adult Social Care Charging Policy - Disability Related Expenditure",
     "status": "endorsed", "endorsed_at": MIN, "quote": "46. 23/00061", "_note": "endorsed after a recorded vote (9-3-1)"},
    {"number": "23/00063", "title": "NHS Health Check Programme - Contract Award",
     "status": "endorsed", "endorsed_at": MIN, "quote": "47. 23/00063"},
    {"number": "23/00044", "title": "Hospital Discharge Home Care Block Hours",
     "quote": "RESOLVED that decision 23/00044 - Hospital Discharge Home Care Block Hours",
     "_note": "taken outside the cycle, noted in minute 49; no status asserted"},
    {"number": "23/00069", "title": "Technology Enabled Care Service – Call-off from Framework",
     "status": "taken", "considered_at": FRONT, "decision_maker": CM,
     "quote": "23/00069 – Technology Enabled Care Service – Call-off from Framework", "_from": 960,
     "_note": "taken 26 July 2023 outside the meeting cycle; reported for noting on 20 September 2023"},
    {"number": "23/00072", "title": "Market Sustainability and Improvement Fund – Workforce Fund Allocation",
     "status": "taken", "considered_at": FRONT, "decision_maker": CM,
     "quote": "23/00072 – Market Sustainability and Improvement Fund – Workforce Fund", "_from": 960,
     "_note": "taken 14 August 2023 outside the cycle; title wrapped ('Allocation' on the next line); not a contract"},
    {"number": "18/00036", "title": "Care and Support in the Home Services - Contract Award",
     "quote": "Key Decision 18/00036 - Care and Support in the Home Services - Contract Award",
     "_note": "background document; also cited in 1.2 with the title wrapped"},
    {"number": "21/00102", "quote": "decision 21/00102", "_note": "a previous extension; its title is not printed"},
    {"number": "23/00097", "title": "Care and Support in the Home – Countywide Re-commissioning",
     "quote": "23/00097 - Care and Support in the Home – Countywide",
     "_note": "work programme, 23 November 2023; title wrapped onto the next line"},
    {"number": "23/00101", "title": "Mental Health Supported Accommodation Framework",
     "quote": "23/00101 - Mental Health Supported Accommodation",
     "_note": "work programme, 18 January 2024; title wrapped onto the next line"},
]
reports = [
    {"subject": "CARE AND SUPPORT IN THE HOME SERVICES (LOT 2 WEST KENT) – CONTRACT EXTENSION", "meeting": FRONT,
     "decision": "23/00081", "classification": "Unrestricted", "quote": "Subject: CARE AND SUPPORT IN THE HOME SERVICES (LOT",
     "_note": "division 'Sevenoaks, Tonbridge and Malling and Tunbridge Wells divisions' (wrapped), not All"},
    {"subject": "INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT AWARD", "meeting": FRONT, "decision": "23/00084",
     "division": "All", "quote": "Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE –",
     "_note": "classification 'Unrestricted Report - Restricted Appendix A (Exempt ...' over several lines: not asserted"},
    {"subject": "CARERS' SHORT BREAKS – DYNAMIC PURCHASING SYSTEM", "meeting": FRONT, "decision": "23/00086",
     "classification": "Unrestricted", "division": "All", "quote": "Subject: CARERS' SHORT BREAKS – DYNAMIC PURCHASING"},
    {"subject": "ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q1 2023/24", "meeting": FRONT, "classification": "Unrestricted",
     "division": "All", "quote": "Subject: ADULT SOCIAL CARE AND HEALTH PERFORMANCE"},
    {"subject": "RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH", "meeting": FRONT, "classification": "Unrestricted",
     "division": "All", "quote": "Subject: RISK MANAGEMENT: ADULT SOCIAL CARE AND"},
    {"subject": "DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", "meeting": FRONT,
     "classification": "Unrestricted", "division": "All", "quote": "Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET"},
    {"subject": "WORK PROGRAMME 2023/24", "meeting": FRONT, "classification": "Unrestricted",
     "quote": "Subject: WORK PROGRAMME 2023/24"},
]
write("decisions",
      "heldout author (sealed pack O), by reading every line printing a NN/NNNNN decision number, the three proposed record of decision sheets and every report front matter, before any extractor was run",
      {"decisions": {"match": ["number"], "items": decisions},
       "reports": {"match": ["subject", "meeting"], "items": reports}})

# ---------------------------------------------------------------- contracts
contracts = [
    {"title": "Extra Care Housing Care and Support Services", "decision": "23/00058", "provider": "Larkspur Living Ltd",
     "extension_value": "1630000", "extension_start": "2023-10-01", "extension_end": "2024-09-30",
     "quote": "the Extra Care Housing Care and Support Services contract with Larkspur Living",
     "_note": "minute 45 only: twelve-month extension at 'an estimated cost of £1,630,000'; original term not stated, so no start/end/value"},
    {"title": "NHS Health Check Programme", "decision": "23/00063", "provider": "Healthy Horizons Kent CIC",
     "value": "4200000", "start": "2024-04-01", "route": "open tender",
     "quote": "as an open tender. The contract would be awarded to Healthy Horizons Kent CIC for",
     "_note": "minute 47 only: initial term of three years from 1 April 2024 (end not printed, so not asserted; it would be 31 March 2027); '£4.2 / million' wrapped over two lines is the initial-term value; extensions 2 x 12 months, no max value stated"},
    {"title": "Care and Support in the Home Services (Lot 2 West Kent)", "decision": "23/00081",
     "provider": "Weald Valley Homecare Limited",
     "extension_value": "7400000", "extension_start": "2023-12-01", "extension_end": "2024-11-30",
     "route": "Regulation 72 modification",
     "quote": "for Lot 2 (West Kent) with Weald Valley Homecare Limited from 1 December 2023 to",
     "_note": "twelve-month extension, 'up to £7.4m' (recommendation) = 'up to £7,400,000' (4.1); £142m a year (all home care) and £7.1m a year (current Lot 2 spend) are distractors; the original term (award 18/00036) is not stated, so no start/end"},
    {"title": "Integrated Community Equipment Service", "decision": "23/00084", "provider": None,
     "value": "49250000", "annual_value": "9850000", "max_value": "68950000",
     "start": "2024-04-01", "end": "2029-03-31", "route": "open tender",
     "quote": "a) AWARD the contract for the Integrated Community Equipment Service to the",
     "_note": "provider withheld ('successful bidder identified in Exempt Appendix A'); Mediquip Community Solutions Ltd holds the CURRENT contract, not this one; '£49.25m' (3.2) = 49,250 in Table 1 (£000); the KCC share £26.6m and the £1.1m recycling credit are distractors"},
    {"title": "Carers' Short Breaks Dynamic Purchasing System", "decision": "23/00086", "provider": None,
     "value": "9600000", "annual_value": "2400000", "start": "2024-04-01", "end": "2028-03-31",
     "route": "dynamic purchasing system",
     "quote": "a) APPROVE the establishment of a Dynamic Purchasing System for Carers' Short",
     "_note": "a DPS (no single provider); 'up to £9.6 million' for the initial four years, '£2.4 million per annum'; end 31 March 2028 from 2.2; optional further two years has no stated value"},
    {"title": "Carers' Short Breaks Service", "decision": "23/00086", "provider": "Harbourside Carers Trust",
     "value": "310000", "start": "2023-10-01", "end": "2024-03-31", "route": "direct award",
     "quote": "b) APPROVE a direct award of the Carers' Short Breaks Service contract to",
     "_note": "six-month direct award under Regulation 32(2)(c); provider on the next line ('Harbourside Carers Trust')"},
    {"title": "Technology Enabled Care Service", "decision": "23/00069", "provider": "Careline Connect Solutions Ltd",
     "value": "3360000", "start": "2023-08-01", "end": "2026-07-31", "route": "framework call-off",
     "quote": "with Careline Connect Solutions Ltd for the period 1 August 2023 to 31 July",
     "_note": "outside-cycle decision (2.2): call-off from the ESPO Telecare and Telehealth framework; '£3.36m'"},
]
write("contracts",
      "heldout author (sealed pack O), minutes 45 and 47 (151-222), the three reports and sheets (247-820) and the outside-cycle report (950-1029), before any extractor was run; not gold contracts: the Section 75 pooled budget (3.1 of 23/00084, no value of its own), the current ICES contract with Mediquip (only its expiry is stated), the current short breaks contract (superseded by the direct award), the assessment capacity bought from Novus Assessment Partners Ltd (performance report, no value or term), work programme items 23/00097 and 23/00101 and the 23/00072 grant allocation",
      {"contracts": {"match": ["title"], "items": contracts}})

# ---------------------------------------------------------------- organisations
orgs = [
    {"name": "Sheppey Carers Link", "kind": "Charity", "provider": "yes", "quote": "trustee of Sheppey Carers Link",
     "_note": "declaration (110); runs a café (minute 44) and delivers a grant-funded sitting service (1.2 of 23/00086)"},
    {"name": "Kent Community Health NHS Foundation Trust", "kind": "NHSBody", "quote": "declared an interest in Item 8 as her son was employed by Kent Community Health",
     "_note": "wrapped over 111-112; also 47, ICES evaluation panel and EqIA list"},
    {"name": "Department of Health and Social Care", "kind": "PublicBody", "quote": "The Department of Health and Social Care (DHSC)",
     "_note": "acronym DHSC"},
    {"name": "Care Quality Commission", "kind": "PublicBody", "quote": "The Care Quality Commission (CQC)"},
    {"name": "NHS Kent and Medway", "kind": "NHSBody", "quote": "Work with NHS Kent and Medway, the Integrated Care Board (ICB)",
     "_note": "the ICB; co-commissioner of ICES (pooled budget), also in Table 1"},
    {"name": "Larkspur Living Ltd", "kind": "Company", "provider": "yes", "quote": "Care and Support Services contract with Larkspur Living",
     "_note": "wrapped: 'Larkspur Living' / 'Ltd'"},
    {"name": "Swale Borough Council", "kind": "PublicBody", "quote": "Swale Borough Council"},
    {"name": "Healthy Horizons Kent CIC", "provider": "yes", "quote": "Healthy Horizons Kent CIC",
     "_note": "a community interest company: kind not asserted (neither clearly Company nor Charity)"},
    {"name": "Weald Valley Homecare Limited", "kind": "Company", "provider": "yes", "quote": "Weald Valley Homecare Limited"},
    {"name": "Maidstone and Tunbridge Wells NHS Trust", "kind": "NHSBody", "quote": "works alongside Maidstone and Tunbridge Wells",
     "_note": "wrapped: 'Maidstone and Tunbridge Wells' / 'NHS Trust'"},
    {"name": "Invicta Law", "quote": "Invicta Law has advised", "_note": "legal adviser; kind not asserted"},
    {"name": "Mediquip Community Solutions Ltd", "kind": "Company", "provider": "yes",
     "quote": "The current contract is held by Mediquip Community Solutions Ltd",
     "_note": "holds the current ICES contract (expires 31 March 2024)"},
    {"name": "East Kent Hospitals University NHS Foundation Trust", "kind": "NHSBody",
     "quote": "Foundation Trust and East Kent Hospitals University NHS Foundation",
     "_note": "wrapped: '... NHS Foundation' / 'Trust.'"},
    {"name": "Healthwatch Kent", "quote": "Healthwatch Kent", "_note": "EqIA consultation list (bullet glyph)"},
    {"name": "Kent Association for the Blind", "kind": "Charity", "quote": "Kent Association for the Blind", "_note": "EqIA consultation list"},
    {"name": "Medway Valley Sensory Trust", "kind": "Charity", "quote": "Medway Valley Sensory Trust", "_note": "EqIA consultation list"},
    {"name": "Thanet Disability Forum", "quote": "Thanet Disability Forum", "_note": "EqIA consultation list"},
    {"name": "Dover District Council", "kind": "PublicBody", "quote": "Dover District Council (Disabled Facilities Grant team)Page 49",
     "_note": "EqIA consultation list, 'Page 49' glued to the entry"},
    {"name": "Harbourside Carers Trust", "kind": "Charity", "provider": "yes", "quote": "Harbourside Carers Trust for six months",
     "_note": "current short breaks provider (1.2) and direct award"},
    {"name": "Kent Integrated Care Alliance", "quote": "the Kent Integrated Care Alliance, a membership body for care providers",
     "_note": "membership body; also in the risk report (2.2)"},
    {"name": "Kent Carers' Partnership Board", "quote": "Kent Carers' Partnership Board",
     "_note": "a partnership board: borderline, kept as in pack D's gold"},
    {"name": "Swale and Sittingbourne Carers Network", "quote": "Swale and Sittingbourne Carers"},
    {"name": "Thanet Carers Forum", "quote": "Thanet Carers Forum"},
    {"name": "Young Carers Kent Collective", "quote": "Young Carers Kent Collective"},
    {"name": "Novus Assessment Partners Ltd", "kind": "Company", "provider": "yes", "quote": "Novus Assessment",
     "_note": "wrapped: 'Novus Assessment' / 'Partners Ltd'; assessment capacity 'bought from' it (2.1 of the performance report)"},
    {"name": "Greenacre Domiciliary Services Ltd", "kind": "Company", "quote": "Greenacre Domiciliary Services Ltd",
     "_note": "a home care provider that entered administration (risk report 2.1); provider not asserted: the text does not say it held a council contract"},
    {"name": "ESPO", "kind": "PublicBody", "quote": "ESPO Telecare and Telehealth framework",
     "_note": "public buying organisation; named only as the framework's owner; name printed as 'ESPO' only"},
    {"name": "Careline Connect Solutions Ltd", "kind": "Company", "provider": "yes", "quote": "Careline Connect Solutions Ltd"},
]
write("organisations",
      "heldout author (sealed pack O), by reading the whole pack (1-1072) for external bodies, before any extractor was run",
      {"organisations": {"match": ["name"],
                         "_note": "not gold (places, funds, frameworks, council's own bodies): Kent County Council, Sessions House, Swale Wellbeing Café, Kent Business Portal, Better Care Fund, Discharge Fund, Market Sustainability and Improvement Fund, Commissioning Advisory Board, Kent and Medway Joint Commissioning Management Group, primary care networks (unnamed)",
                         "items": orgs}})
print("written")
