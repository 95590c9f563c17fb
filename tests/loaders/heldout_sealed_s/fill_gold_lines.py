"""Hand-written gold for heldout_s.txt (sealed pack S). Items and quotes are the writer's;
this script only looks up each quote's line (first line containing the quote after the
line containing the item's optional `_after` anchor) and writes gold/*.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_s.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")


def find(quote, after=None, start=0):
    if after:
        start = next(i for i, l in enumerate(LINES) if after in l) + 1
    for i in range(start, len(LINES)):
        if quote in LINES[i]:
            return i + 1
    raise SystemExit(f"quote not found: {quote!r} after {after!r}")


def items(rows):
    out = []
    for r in rows:
        r = dict(r)
        after = r.pop("_after", None)
        r["line"] = find(r["quote"], after)
        out.append(r)
    return out


def write(area, checked_by, cats):
    data = {"document": DOC, "area": area, "checked_by": checked_by, "categories": {}}
    for name, spec in cats.items():
        spec = dict(spec)
        spec["items"] = items(spec["items"])
        data["categories"][name] = spec
    (HERE / "gold" / f"heldout_s.{area}.json").write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


SEP = "2019-09-25"
JUL = "2019-07-10"
M = "MINUTES of a meeting"

# ---------------------------------------------------------------- minutes
members = [
    ("Mr C P Wexcombe", "Chairman", "Conservative", "Mr C P Wexcombe (Chairman)"),
    ("Mrs J Aldersey-Hunt", "Vice-Chairman", "Conservative", "Mrs J Aldersey-Hunt (Vice-"),
    ("Mr M J Beddow", "Member", "Conservative", "Mr M J Beddow"),
    ("Mrs L Brightwell", "Member", "Conservative", "Mrs L Brightwell"),
    ("Mr D Cheeseman", "Member", "Conservative", "Mr D Cheeseman"),
    ("Mr P J Dunstall", "Member", "Conservative", "Mr P J Dunstall"),
    ("Mr A Farrant", "Member", "Conservative", "Mr A Farrant"),
    ("Ms M Ogunleye", "Member", "Conservative", "Ms M Ogunleye"),
    ("Mr R H Pelling", "Member", "Conservative", "Mr R H Pelling"),
    ("Mr S Treharne", "Member", "Conservative", "Mr S Treharne"),
    ("Mr I Chatterton", "Member", "Liberal Democrat", "Mr I Chatterton"),
    ("Mrs T Lumsden", "Member", "Liberal Democrat", "Mrs T Lumsden"),
    ("Mrs R Okafor", "Member", "Labour", "Labour (1): Mrs R Okafor"),
    ("Mr B F Marlowe", "Member", "Independents", "Independents (1): Mr B F Marlowe"),
]
memberships = []
for p, role, party, q in members:
    it = {"meeting": SEP, "person": p, "role": role, "party": party, "quote": q, "_after": "Membership (14)"}
    if role == "Vice-Chairman":
        it["_note"] = "'(Vice-' / 'Chairman)' wrapped over two lines"
    if party == "Independents":
        it["_note"] = "party label printed as 'Independents'"
    memberships.append(it)

agenda = [
    ("1", "Introduction/Webcasting Announcement", None, "1   Introduction/Webcasting Announcement"),
    ("2", "Apologies and Substitutes", None, "2   Apologies and Substitutes"),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "3   Declarations of Interest by Members"),
    ("4", "Minutes of the meeting held on 10 July 2019", "1 - 12", "4   Minutes of the meeting held on 10 July 2019"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None, "5   Verbal Updates by Cabinet Member"),
    ("6", "19/00052 - Section 75 Partnership Agreement for Integrated Reablement and Intermediate Care", "13 - 34", "6   19/00052 - Section 75 Partnership Agreement"),
    ("7", "19/00057 - Carers' Short Breaks Service - Contract Award", "35 - 58", "7   19/00057 - Carers' Short Breaks Service"),
    ("8", "19/00060 - Sensory Services - Contract Extension", "59 - 70", "8   19/00060 - Sensory Services"),
    ("9", "Adult Social Care Performance Dashboard", "71 - 80", "9   Adult Social Care Performance Dashboard"),
    ("10", "Risk Management: Adult Social Care and Health", "81 - 92", "10  Risk Management"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "93 - 96", "11  Decisions Taken Outside"),
    ("12", "Work Programme 2019/20", "97 - 100", "12  Work Programme 2019/20"),
]
agenda_items = []
for n, t, pages, q in agenda:
    it = {"meeting": SEP, "item": n, "title": t, "pages": pages, "quote": q}
    if n == "6":
        it["_note"] = "title wrapped; '(Pages 13 - 34)' on the next line"
    agenda_items.append(it)

present_names = [
    ("Mr C P Wexcombe", "Mr C P Wexcombe (Chairman)"), ("Mrs J Aldersey-Hunt", "Mrs J Aldersey-Hunt (Vice-Chairman)"),
    ("Mr M J Beddow", "Mr M J Beddow"), ("Mrs L Brightwell", "Mrs L Brightwell"), ("Mr I Chatterton", "Mr I Chatterton"),
    ("Mr P J Dunstall", "Mr P J Dunstall"), ("Mr A Farrant", "Mr A Farrant"), ("Mrs T Lumsden", "Mrs T Lumsden"),
    ("Mr B F Marlowe", "Mr B F Marlowe"), ("Mrs R Okafor", "Mrs R Okafor"), ("Mr R H Pelling", "Mr R H Pelling"),
    ("Mr S Treharne", "Mr S Treharne"), ("Mr G K Lindqvist", "Mr G K Lindqvist"),
]
present = [{"meeting": JUL, "person": p, "quote": q, "_after": M} for p, q in present_names]
present[-1]["_note"] = "substitute for Mr Cheeseman (minute 121)"

in_att = [
    ("Ms P Arkwright", "Corporate Director Adult Social Care and Health", "Ms P Arkwright (Corporate Director Adult Social Care and Health)", None),
    ("Mr N Ferrabee", "Director of Integrated Commissioning", "Mr N Ferrabee (Director of Integrated Commissioning)", None),
    ("Mrs H Quartermain", "Director of Adult Social Care and Health North and West Kent", "Mrs H Quartermain (Director of", "role wrapped onto the next line"),
    ("Ms J Ollerenshaw", "Head of Finance Operations", "Ms J Ollerenshaw (Head of Finance", "role wrapped onto the next line"),
    ("Mr T Gwilliam", "Democratic Services Officer", "Mr T Gwilliam (Democratic Services Officer)", None),
]
in_attendance = []
for p, r, q, n in in_att:
    it = {"meeting": JUL, "person": p, "role": r, "quote": q, "_after": M}
    if n:
        it["_note"] = n
    in_attendance.append(it)

against = ["Mrs J Aldersey-Hunt", "Mr M J Beddow", "Mrs L Brightwell", "Mr P J Dunstall", "Mr A Farrant",
           "Mr G K Lindqvist", "Mr R H Pelling", "Mr S Treharne", "Mr C P Wexcombe"]
votes = [{"minute": "126", "position": "for", "person": p, "quote": p, "_after": "For (4)"}
         for p in ["Mr I Chatterton", "Mrs T Lumsden", "Mr B F Marlowe", "Mrs R Okafor"]]
votes += [{"minute": "126", "position": "against", "person": p, "quote": p, "_after": "Against (9)"} for p in against]

people = [
    ("C P Wexcombe", ["Mr C P Wexcombe"]), ("J Aldersey-Hunt", ["Mrs J Aldersey-Hunt"]), ("M J Beddow", ["Mr M J Beddow"]),
    ("L Brightwell", ["Mrs L Brightwell"]), ("Dennis Cheeseman", ["Mr D Cheeseman", "Mr Dennis Cheeseman", "Mr Cheeseman"]),
    ("P J Dunstall", ["Mr P J Dunstall"]), ("A Farrant", ["Mr A Farrant"]),
    ("Marion Ogunleye", ["Ms M Ogunleye", "Ms Marion Ogunleye"]), ("R H Pelling", ["Mr R H Pelling"]),
    ("S Treharne", ["Mr S Treharne"]), ("I Chatterton", ["Mr I Chatterton", "Mr Chatterton"]),
    ("T Lumsden", ["Mrs T Lumsden"]), ("R Okafor", ["Mrs R Okafor", "Mrs Okafor"]),
    ("B F Marlowe", ["Mr B F Marlowe", "Mr Marlowe"]), ("Gareth Lindqvist", ["Mr G K Lindqvist", "Mr Gareth Lindqvist"]),
    ("C M Tranter", ["Mrs C M Tranter", "Mrs Tranter"]), ("D Ruffell-Hay", ["Mr D Ruffell-Hay"]),
    ("P Arkwright", ["Ms P Arkwright", "Ms Arkwright"]), ("N Ferrabee", ["Mr N Ferrabee", "Mr Ferrabee"]),
    ("H Quartermain", ["Mrs H Quartermain", "Mrs Quartermain"]), ("J Ollerenshaw", ["Ms J Ollerenshaw"]),
    ("Theo Gwilliam", ["Theo Gwilliam", "Mr T Gwilliam"]), ("Benjamin Watts", ["Benjamin Watts"]),
    ("Kwame Ashby", ["Mr Kwame Ashby", "Mr Ashby"]), ("Simeon Blackwood-Reid", ["Mr Simeon Blackwood-Reid"]),
]
people_items = []
for name, forms in people:
    people_items.append({"name": name, "forms": forms, "quote": forms[0]})

write("minutes",
      "heldout author (sealed pack S), by hand against lines 1-229 (front sheet of 25 September 2019 and minutes of 10 July 2019), before any extractor was run",
      {
          "meetings": {"match": ["date", "status"], "scope": [1, 229], "items": [
              {"date": SEP, "status": "scheduled", "venue": "Darent Room - Sessions House", "start_time": "10:00",
               "quote": "Wednesday, 25 September 2019 at 10.00 am"},
              {"date": JUL, "status": "held", "venue": "Darent Room, Sessions House, County Hall, Maidstone",
               "quote": "Darent Room, Sessions House, County Hall, Maidstone on Wednesday, 10th July, 2019.",
               "_note": "'held in the' at the end of the line above"},
          ]},
          "memberships": {"match": ["meeting", "person"], "items": memberships},
          "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
          "chair": {"items": [{"meeting": JUL, "person": "Mr C P Wexcombe", "quote": "PRESENT: Mr C P Wexcombe (Chairman)"}]},
          "present": {"items": present},
          "also_present": {"items": [
              {"meeting": JUL, "person": "Mrs C M Tranter", "quote": "ALSO PRESENT: Mrs C M Tranter"},
              {"meeting": JUL, "person": "Mr D Ruffell-Hay", "quote": "and Mr D Ruffell-Hay"}]},
          "in_attendance": {"match": ["meeting", "person"], "items": in_attendance},
          "apologies": {"items": [
              {"meeting": JUL, "person": "Mr Dennis Cheeseman", "quote": "Mr Dennis Cheeseman"},
              {"meeting": JUL, "person": "Ms Marion Ogunleye", "quote": "Ms Marion",
               "_note": "name wrapped: 'Ms Marion' / 'Ogunleye.'"}]},
          "attended_virtually": {"_note": "none: a 2019 meeting held in person", "items": []},
          "substitutes": {"items": [
              {"meeting": JUL, "person": "Mr Gareth Lindqvist", "for": "Mr Cheeseman",
               "quote": "Mr Gareth Lindqvist was present as a substitute for Mr Cheeseman."}]},
          "declarations": {"match": ["meeting", "person"], "items": [
              {"meeting": JUL, "person": "Mrs Okafor", "item": "7",
               "text": "Mrs Okafor declared an interest in Item 7 as her husband was a volunteer driver for Thanet Community Transport Association.",
               "quote": "Mrs Okafor declared an interest in Item 7"},
              {"meeting": JUL, "person": "Mr Marlowe",
               "text": "Mr Marlowe declared that he was a non-executive director of Kent Community Health NHS Foundation Trust.",
               "quote": "Mr Marlowe declared that he was a non-executive director of Kent Community"}]},
          "minute_items": {"items": [
              {"meeting": JUL, "minute": "121", "item": "2", "title": "Apologies and Substitutes", "quote": "121. Apologies and Substitutes"},
              {"meeting": JUL, "minute": "122", "item": "3", "title": "Declarations of Interest by Members in items on the agenda", "quote": "122. Declarations of Interest"},
              {"meeting": JUL, "minute": "123", "item": "4", "title": "Minutes of the meeting held on 16 May 2019", "quote": "123. Minutes of the meeting held on 16 May 2019"},
              {"meeting": JUL, "minute": "124", "item": "5", "title": "Verbal Updates by Cabinet Member and Corporate Director", "quote": "124. Verbal Updates"},
              {"meeting": JUL, "minute": "125", "item": "6", "title": "19/00038 - Integrated Community Equipment Service - Contract Award", "quote": "125. 19/00038 - Integrated Community Equipment Service"},
              {"meeting": JUL, "minute": "126", "item": "7", "title": "19/00041 - Adult Day Services in Thanet - Redesign", "quote": "126. 19/00041 - Adult Day Services in Thanet"},
              {"meeting": JUL, "minute": "127", "item": "8", "title": "Adult Social Care Performance Dashboard", "quote": "127. Adult Social Care Performance Dashboard"},
              {"meeting": JUL, "minute": "128", "item": "9", "title": "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "quote": "128. Decisions Taken Outside"},
              {"meeting": JUL, "minute": "129", "item": "10", "title": "Work Programme 2019/20", "quote": "129. Work Programme 2019/20"}]},
          "resolutions": {"items": [
              {"meeting": JUL, "minute": "123", "text": "RESOLVED that the minutes of the meeting held on 16 May 2019 are correctly recorded and they be signed by the Chairman.",
               "quote": "RESOLVED that the minutes of the meeting held on 16 May 2019 are correctly recorded"},
              {"meeting": JUL, "minute": "124", "text": "RESOLVED that the verbal updates be noted.", "quote": "RESOLVED that the verbal updates be noted."},
              {"meeting": JUL, "minute": "125", "text": "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult Social Care to: a) AWARD the contract for the Integrated Community Equipment Service to Ablehaven Equipment Services Ltd; and b) DELEGATE authority to the Corporate Director Adult Social Care and Health to take other relevant actions, including but not limited to finalising the terms of and entering into required contracts or other legal agreements, as necessary to implement the decision, be endorsed.",
               "quote": "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult", "_after": "125. 19/00038"},
              {"meeting": JUL, "minute": "126", "text": "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult Social Care to approve the redesign of Adult Day Services in Thanet, as set out in the report, be endorsed, and that the Committee receive a progress report in March 2020.",
               "quote": "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult", "_after": "Abstain (0)"},
              {"meeting": JUL, "minute": "127", "text": "RESOLVED that the performance dashboard be noted.", "quote": "RESOLVED that the performance dashboard be noted."},
              {"meeting": JUL, "minute": "128", "text": "RESOLVED that the decision 19/00033 had been taken in accordance with the process as set out in Part 2 paragraph 12.35 of the Constitution, be noted.",
               "quote": "RESOLVED that the decision 19/00033 had been taken in accordance with the"},
              {"meeting": JUL, "minute": "129", "text": "RESOLVED that the work programme for 2019/20 be noted.", "quote": "RESOLVED that the work programme for 2019/20 be noted."}]},
          "votes": {"_note": "recorded vote on the motion to defer at minute 126 (LOST 4-9-0); only named votes are gold; 'Abstain (0)' names nobody",
                    "items": votes},
          "attended_item": {"match": ["person", "minute"], "items": [
              {"person": "Mr Kwame Ashby", "minute": "125", "item": "6", "quote": "Mr Kwame Ashby (Senior Commissioner) was in attendance for this item."},
              {"person": "Mrs H Quartermain", "minute": "126", "item": "7", "quote": "Mrs H Quartermain (Director of Adult Social Care and Health North and West Kent) and", "_after": "126. 19/00041"},
              {"person": "Mr Simeon Blackwood-Reid", "minute": "126", "item": "7", "quote": "Mr Simeon Blackwood-Reid (Service Manager, Thanet) were in attendance for this item."}]},
          "people": {"scope": [1, 229], "_note": "front sheet (1-72) and minutes of 10 July 2019 (73-229); officers named only in the reports (Clare Tranter as report author, Jonah Pettifer, Hazel Quartermain in the risk register...) are outside the scope",
                     "items": people_items},
      })

# ---------------------------------------------------------------- decisions
CM = "Clare Tranter"
write("decisions",
      "heldout author (sealed pack S), by reading every line printing a NN/NNNNN decision number and the three proposed record of decision sheets, before any extractor was run",
      {
          "decisions": {"match": ["number"], "items": [
              {"number": "19/00052", "title": "Section 75 Partnership Agreement for Integrated Reablement and Intermediate Care",
               "status": "proposed", "key_decision": "true", "considered_at": SEP, "decision_maker": CM,
               "quote": "Key decision: 19/00052", "_lines": "front sheet 6, report front matter ('Key decision:' label), sheet (number on its own line after 'DECISION NO:')"},
              {"number": "19/00057", "title": "Carers' Short Breaks Service - Contract Award",
               "status": "proposed", "key_decision": "true", "considered_at": SEP, "decision_maker": CM,
               "quote": "Decision Number: 19/00057"},
              {"number": "19/00060", "title": "Sensory Services - Contract Extension",
               "status": "proposed", "key_decision": "true", "considered_at": SEP, "decision_maker": CM,
               "quote": "Decision Number: 19/00060"},
              {"number": "19/00049", "title": "Interim Discharge Beds - Direct Award", "status": "taken", "considered_at": SEP,
               "decision_maker": "Cabinet Member for Adult Social Care",
               "quote": "19/00049 – Interim Discharge Beds - Direct Award",
               "_note": "taken 9 August 2019 outside the meeting cycle; reported for noting"},
              {"number": "19/00038", "title": "Integrated Community Equipment Service - Contract Award", "status": "endorsed", "endorsed_at": JUL,
               "quote": "125. 19/00038"},
              {"number": "19/00041", "title": "Adult Day Services in Thanet - Redesign", "status": "endorsed", "endorsed_at": JUL,
               "quote": "126. 19/00041", "_note": "endorsed after a recorded vote lost a motion to defer"},
              {"number": "19/00033", "title": "Home from Hospital Support Service - Contract Extension", "status": "taken",
               "quote": "decision 19/00033 - Home from Hospital Support",
               "_note": "taken urgently outside the cycle, noted at minute 128 (10 July 2019); title wrapped onto the next line"},
              {"number": "16/00071", "title": "Integrated Reablement Services - Section 75 Agreement",
               "quote": "Key Decision 16/00071 - Integrated Reablement Services", "_note": "background document; also in 2.1"},
              {"number": "18/00024", "quote": "decision 18/00024", "_note": "a previous variation; title not printed"},
              {"number": "18/00011", "quote": "decision 18/00011", "_note": "an earlier extension of the Sensory Services contract; title not printed"},
              {"number": "19/00068", "title": "Supported Living Framework - Procurement Approach",
               "quote": "19/00068 - Supported Living Framework", "_note": "work programme, 14 November 2019"},
              {"number": "19/00071", "title": "Mental Health Enablement and Recovery Service - Contract Extension",
               "quote": "19/00071 - Mental Health Enablement and Recovery", "_note": "work programme, 15 January 2020; title wrapped"},
          ]},
          "reports": {"match": ["subject", "meeting"], "items": [
              {"subject": "SECTION 75 PARTNERSHIP AGREEMENT FOR INTEGRATED REABLEMENT AND INTERMEDIATE CARE", "meeting": SEP,
               "decision": "19/00052", "classification": "Unrestricted", "division": "All",
               "quote": "Subject:       SECTION 75 PARTNERSHIP AGREEMENT FOR INTEGRATED", "_note": "subject wrapped; the 'To:' date is wrapped too ('25 September' / '2019')"},
              {"subject": "CARERS' SHORT BREAKS SERVICE - CONTRACT AWARD", "meeting": SEP, "decision": "19/00057",
               "classification": "Unrestricted", "division": "All",
               "quote": "Subject:    CARERS' SHORT BREAKS SERVICE - CONTRACT AWARD",
               "_note": "classification line continues '- Appendix A is exempt under paragraph 3 of Schedule 12A ...'; the classification of the report itself is Unrestricted"},
              {"subject": "SENSORY SERVICES - CONTRACT EXTENSION", "meeting": SEP, "decision": "19/00060",
               "classification": "Unrestricted", "division": "All", "quote": "Subject:      SENSORY SERVICES - CONTRACT EXTENSION"},
              {"subject": "ADULT SOCIAL CARE PERFORMANCE DASHBOARD", "meeting": SEP, "classification": "Unrestricted",
               "quote": "Subject:    ADULT SOCIAL CARE PERFORMANCE DASHBOARD"},
              {"subject": "RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH", "meeting": SEP, "classification": "Unrestricted",
               "quote": "Subject:    RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH"},
              {"subject": "DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", "meeting": SEP, "classification": "Unrestricted",
               "quote": "Subject:    DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE"},
              {"subject": "Work Programme 2019/20", "meeting": SEP, "classification": "Unrestricted",
               "quote": "Subject:    Work Programme 2019/20"},
          ]},
      })

# ---------------------------------------------------------------- contracts
write("contracts",
      "heldout author (sealed pack S), minutes 125 and 128, the three reports and sheets, the outside-cycle report, before any extractor was run; the eleven carers' grant agreements (not contracts, no values), the Signpost Interpreting CIC sub-contract (held by Weald Sensory Trust, not KCC) and work-programme items 19/00068 / 19/00071 are not gold contracts",
      {"contracts": {"match": ["title"], "items": [
          {"title": "Integrated Community Equipment Service", "decision": "19/00038", "provider": "Ablehaven Equipment Services Ltd",
           "value": "22000000", "annual_value": "5500000", "start": "2019-11-01", "end": "2023-10-31",
           "quote": "a)  AWARD the contract for the Integrated Community Equipment Service to",
           "_note": "minutes only (minute 125): open tender; 'estimated at £22 million over the initial term (approximately £5.5 million per annum)' is the Council's share; option to extend up to two further years, no max value stated"},
          {"title": "Home from Hospital Support Service", "decision": "19/00033", "provider": "Elder Friends Kent",
           "extension_value": "210000", "extension_start": "2019-04-01", "extension_end": "2019-09-30",
           "quote": "decision 19/00033 - Home from Hospital Support",
           "_note": "minutes only (minute 128): six-month extension 'from 1 April 2019 to 30 September 2019, at a cost of £210,000'; original term not stated; provider named on the next lines"},
          {"title": "Section 75 Partnership Agreement for Integrated Reablement and Intermediate Care", "decision": "19/00052",
           "provider": "Kent Community Health NHS Foundation Trust",
           "value": "26400000", "annual_value": "8800000", "max_value": "44000000", "start": "2019-10-01", "end": "2022-09-30",
           "quote": "a)  ENTER into a Section 75 Partnership Agreement with Kent Community Health NHS",
           "_note": "'£26.4m over the initial period' / '£8.8m per annum' / 'total would be £44m' with both optional years (4.1); funding table in £000 (half years 4,400)"},
          {"title": "Carers' Short Breaks Service", "decision": "19/00057", "provider": None,
           "value": "3780000", "annual_value": "1260000", "max_value": "6300000", "start": "2020-04-01", "end": "2023-03-31",
           "quote": "a)  AWARD the contract for the Carers' Short Breaks Service to the successful bidder",
           "_note": "provider withheld ('successful bidder as detailed in Exempt Appendix A'); open procedure; £45,000 mobilisation payment and £1.42m carers' budget are distractors; maximum end date 31 March 2025"},
          {"title": "Sensory Services", "decision": "19/00060", "provider": "Weald Sensory Trust",
           "extension_value": "1140000", "extension_start": "2020-04-01", "extension_end": "2021-03-31",
           "quote": "a)  APPROVE the extension of the Sensory Services contract with Weald Sensory",
           "_note": "extension under Regulation 72(1)(b); '£1.14m' = '£1,140,000' (2.1); the current £1.09m per annum is not the extension value; original term (awarded 2015) not stated"},
          {"title": "Interim Discharge Beds", "decision": "19/00049", "provider": "Orchard Vale Care Homes Ltd",
           "value": "975000", "start": "2019-08-19", "end": "2020-03-31",
           "quote": "contract for 24 interim nursing beds to Orchard Vale Care Homes Ltd, under the",
           "_note": "outside-cycle decision; direct award (call-off) under the Care Home DPS; '£812 per bed' weekly rate is a distractor; title is the decision's 'Interim Discharge Beds - Direct Award'"},
      ]}})

# ---------------------------------------------------------------- organisations
orgs = [
    ("Thanet Community Transport Association", None, None, "for Thanet Community Transport Association.", None, "declaration"),
    ("Kent Community Health NHS Foundation Trust", "NHSBody", "yes", "Kent Community", "122. Declarations", "declaration, wrapped 'Kent Community' / 'Health NHS Foundation Trust'; delivers reablement under the Section 75 agreement (KCHFT)"),
    ("Department of Health and Social Care", "PublicBody", None, "Department of Health and Social Care (DHSC)", None, None),
    ("Kent Parents and Carers Together", None, None, "organised by Kent Parents and Carers Together", None, "also in the EqIA consultation list"),
    ("Care Quality Commission", "PublicBody", None, "Care Quality Commission (CQC)", None, None),
    ("East Kent Hospitals University NHS Foundation Trust", "NHSBody", None, "including East Kent Hospitals University NHS Foundation Trust", None, "also wrapped in the EqIA list"),
    ("Medway Council", "PublicBody", None, "commissioning groups and Medway", None, "wrapped 'Medway' / 'Council under the existing pooled fund' (minute 125); also 'Medway Council' in report 19/00052 (2.3)"),
    ("Ablehaven Equipment Services Ltd", "Company", "yes", "bidder was Ablehaven Equipment Services Ltd", None, None),
    ("Elder Friends Kent", None, "yes", "Elder Friends Kent", None, "holds the Home from Hospital Support contract"),
    ("Kent and Medway NHS and Social Care Partnership Trust", "NHSBody", None, "Kent and Medway NHS and Social Care Partnership Trust", None, None),
    ("Invicta Law", None, None, "Invicta Law", None, None),
    ("Carers' Link Kent", None, "yes", "Carers' Link Kent", None, "EqIA list; delivers short breaks under a current grant agreement (1.2)"),
    ("Healthwatch Kent", None, None, "Healthwatch Kent", None, "EqIA consultation list"),
    ("Dover District Council", "PublicBody", None, "Dover District Council", None, "EqIA list, '(housing options team)' after it"),
    ("Weald Crossroads Care", None, "yes", "Weald Crossroads Care", None, "current short breaks grant"),
    ("Swale Carers' Centre", None, "yes", "Swale Carers' Centre", None, "current short breaks grant"),
    ("Weald Sensory Trust", None, "yes", "It is delivered by Weald Sensory Trust", None, None),
    ("Signpost Interpreting CIC", None, "yes", "Signpost Interpreting CIC", None, "sub-contractor delivering the deaf communication service"),
    ("Dartford and Gravesham NHS Trust", "NHSBody", None, "Dartford and Gravesham", None, None),
    ("Kent Integrated Care Alliance", None, None, "Kent Integrated Care Alliance", None, "risk register control text"),
    ("Skills for Care", None, None, "Skills for Care", None, None),
    ("Orchard Vale Care Homes Ltd", "Company", "yes", "Orchard Vale Care Homes Ltd", None, None),
]
org_items = []
for name, kind, prov, q, after, note in orgs:
    it = {"name": name}
    if kind:
        it["kind"] = kind
    if prov:
        it["provider"] = prov
    it["quote"] = q
    if after:
        it["_after"] = after
    if note:
        it["_note"] = note
    org_items.append(it)
org_items[18]["_note"] = "performance commentary (2.2); wrapped 'Dartford and Gravesham' / 'NHS Trust and the Council'"
write("organisations",
      "heldout author (sealed pack S), by reading the whole pack (1-886) for external bodies, before any extractor was run",
      {"organisations": {"match": ["name"],
                         "_note": "not gold (places, funds, unnamed bodies, council's own services): Kent County Council, Sessions House, Westwood Cross Community Hub, Darent Valley Hospital, William Harvey Hospital, Kent Business Portal, Better Care Fund, Kent Enablement at Home, 'the seven Kent clinical commissioning groups', 'the CQC local inspection team'; kind left out where the text does not say what the body is (charity, company)",
                         "items": org_items}})
print("written")
