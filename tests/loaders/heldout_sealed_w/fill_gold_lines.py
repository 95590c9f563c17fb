"""Hand-written gold for heldout_w.txt: items and quotes are the writer's; this only looks up
each quote's line (first line at or after `at` containing the quote) and writes gold/*.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINES = (HERE / "heldout_w.txt").read_text(encoding="utf-8").split("\n")
CHECK = "heldout author (sealed pack W), written blind: before any extractor was run"


def find(quote, at=1):
    for i in range(at - 1, len(LINES)):
        if quote in LINES[i]:
            return i + 1
    raise SystemExit(f"quote not found: {quote!r} (from line {at})")


def items(rows):
    out = []
    for r in rows:
        r = dict(r)
        at = r.pop("_at", 1)
        r["line"] = find(r["quote"], at)
        out.append(r)
    return out


def write(area, checked_by, cats):
    data = {"document": "heldout_w.txt", "area": area, "checked_by": checked_by, "categories": {}}
    for name, spec in cats.items():
        spec = dict(spec)
        spec["items"] = items(spec["items"])
        data["categories"][name] = spec
    (HERE / "gold" / f"heldout_w.{area}.json").write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


NOV, SEP = "2025-11-19", "2025-09-24"
VENUE = "Council Chamber, Sessions House, County Hall, Maidstone"
M = 90  # minutes start

# ---------------------------------------------------------------- minutes
members = [
    ("Mr P Ashcombe", "Chair", "Reform UK", "Mr P Ashcombe (Chair)"),
    ("Mrs D Kellaway", "Vice-Chair", "Reform UK", "Mrs D Kellaway (Vice-Chair)"),
    ("Mr R Blythe", "Member", "Reform UK", "Mr R Blythe"),
    ("Ms T Carrow", "Member", "Reform UK", "Ms T Carrow"),
    ("Mr J Denholm", "Member", "Reform UK", "Mr J Denholm"),
    ("Mrs S Fairbairn", "Member", "Reform UK", "Mrs S Fairbairn"),
    ("Mr L Gostelow", "Member", "Reform UK", "Mr L Gostelow"),
    ("Mr N Hartigan", "Member", "Reform UK", "Mr N Hartigan"),
    ("Miss E Ormerod", "Member", "Reform UK", "Miss E Ormerod"),
    ("Mr C Penwarden", "Member", "Liberal Democrat", "Mr C Penwarden"),
    ("Ms H Quennell", "Member", "Liberal Democrat", "Ms H Quennell"),
    ("Mr A Rutherford-Lyle", "Member", "Conservative", "Conservative (1): Mr A Rutherford-"),
    ("Mr O Stainforth", "Member", "Green", "Mr O Stainforth"),
]
memberships = []
for p, role, party, q in members:
    r = {"meeting": NOV, "person": p, "role": role, "party": party, "quote": q}
    if p == "Mr A Rutherford-Lyle":
        r["_note"] = "hyphenated surname wrapped over 19-20 ('Mr A Rutherford-' / 'Lyle')"
    memberships.append(r)

agenda = [
    ("1", "Introduction/Webcasting Announcement", None, "1 Introduction/Webcasting Announcement"),
    ("2", "Apologies and Substitutes", None, "2 Apologies and Substitutes"),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "3 Declarations of Interest by Members"),
    ("4", "Minutes of the meeting held on 24 September 2025", "1-12", "4 Minutes of the meeting held on 24 September 2025"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None, "5 Verbal Updates by Cabinet Member"),
    ("6", "25/00091 - Kent Community Equipment Service - Contract Extension", "13-28", "6 25/00091 - Kent Community Equipment Service"),
    ("7", "25/00094 - Carers' Support Services - Contract Award", "29-48", "7 25/00094 - Carers' Support Services"),
    ("8", "25/00099 - Integrated Sexual Health Service - Direct Award", "49-66", "8 25/00099 - Integrated Sexual Health Service"),
    ("9", "Adult Social Care Performance Dashboard", "67-78", "9 Adult Social Care Performance Dashboard"),
    ("10", "Risk Management: Adult Social Care and Public Health", "79-92", "10 Risk Management: Adult Social Care"),
    ("11", "Decisions taken outside of the Cabinet Committee meeting cycle", "93-96", "11 Decisions taken outside of the Cabinet"),
    ("12", "Work Programme 2025/26", "97-100", "12 Work Programme 2025/26"),
    ("13", "Carers' Support Services - Exempt Appendix A", "101-104", "13 Carers' Support Services - Exempt"),
]
agenda_items = []
for item, title, pages, q in agenda:
    r = {"meeting": NOV, "item": item, "title": title, "pages": pages, "quote": q}
    if item in ("6", "11"):
        r["_note"] = "page range wrapped onto the next line"
    if item == "13":
        r["_note"] = "exempt item"
    agenda_items.append(r)

present_names = [
    ("Mr P Ashcombe", "PRESENT: Mr P Ashcombe (Chair)"),
    ("Mrs D Kellaway", "Mrs D Kellaway (Vice-Chair), Mr R Blythe"),
    ("Mr R Blythe", "Mr R Blythe, "),
    ("Ms T Carrow", "Ms T Carrow, Mr J Denholm"),
    ("Mr J Denholm", "Mr J Denholm, Mr L Gostelow"),
    ("Mr L Gostelow", "Mr L Gostelow, Mr N Hartigan"),
    ("Mr N Hartigan", "Mr N Hartigan, Miss E Ormerod"),
    ("Miss E Ormerod", "Miss E Ormerod, "),
    ("Mr C Penwarden", "Mr C Penwarden, Ms H Quennell"),
    ("Ms H Quennell", "Ms H Quennell, Mr A Rutherford-Lyle"),
    ("Mr A Rutherford-Lyle", "Mr A Rutherford-Lyle, Mr O Stainforth"),
    ("Mr O Stainforth", "Mr O Stainforth and Mr K"),
    ("Mr K Vosper", "Stainforth and Mr K"),
]
present = []
for p, q in present_names:
    r = {"meeting": SEP, "person": p, "quote": q, "_at": 101}
    if p == "Mr K Vosper":
        r["_note"] = "wrapped over 103-104 ('Mr K' / 'Vosper'); a substitute"
    present.append(r)

in_att = [
    ("Gareth Pellow", "Corporate Director Adult Social Care and Health", "IN ATTENDANCE: Gareth Pellow (Corporate Director Adult Social Care and Health)", None),
    ("Dr Anjali Mehra", "Director of Public Health", "Dr Anjali Mehra (Director of Public Health)", None),
    ("Fiona Cradock", "Director of Adult Social Care, West Kent", "Fiona Cradock (Director of Adult Social", "role wrapped over 109-110"),
    ("Lewis Arkwright", "Senior Commissioner", "Lewis Arkwright (Senior Commissioner)", None),
    ("Bethany Stroud", "Democratic Services Officer", "Bethany Stroud ", "role on the next line (111)"),
]
in_attendance = []
for p, role, q, note in in_att:
    r = {"meeting": SEP, "person": p, "role": role, "quote": q, "_at": 108}
    if note:
        r["_note"] = note
    in_attendance.append(r)

res = [
    ("43", "RESOLVED that the minutes of the meeting held on 16 July 2025 are correctly recorded and a paper copy be signed by the Chair.", "RESOLVED that the minutes of the meeting held on 16 July 2025 are correctly"),
    ("44", "RESOLVED that the verbal updates be noted.", "RESOLVED that the verbal updates be noted."),
    ("45", "RESOLVED that the proposed decision to extend the Care and Support in the Home Services contracts, as shown at Appendix A, be endorsed.", "RESOLVED that the proposed decision to extend the Care and Support in the Home"),
    ("46", "RESOLVED that the proposed decision to approve the Adult Social Care Charging Policy 2026/27, as shown at Appendix A, be endorsed.", "RESOLVED that the proposed decision to approve the Adult Social Care Charging"),
    ("47", "RESOLVED that the proposed decision to award the Technology Enabled Care Service contract, as shown at Appendix A, be endorsed.", "RESOLVED that the proposed decision to award the Technology Enabled Care"),
    ("48", "RESOLVED that the performance dashboard be noted.", "RESOLVED that the performance dashboard be noted."),
    ("49", "RESOLVED that the work programme for 2025/26 be noted.", "RESOLVED that the work programme for 2025/26 be noted."),
]
resolutions = [{"meeting": SEP, "minute": m, "text": t, "quote": q} for m, t, q in res]

vote_rows = [("for", p) for p in ["Mr P Ashcombe", "Mrs D Kellaway", "Mr R Blythe", "Ms T Carrow", "Mr J Denholm",
                                   "Mr L Gostelow", "Mr N Hartigan", "Miss E Ormerod", "Mr K Vosper"]]
vote_rows += [("against", p) for p in ["Mr C Penwarden", "Ms H Quennell", "Mr O Stainforth"]]
vote_rows += [("abstain", "Mr A Rutherford-Lyle")]
votes = [{"minute": "46", "position": pos, "person": p, "quote": p, "_at": 200} for pos, p in vote_rows]

minute_titles = [
    ("41", "2", "Apologies and Substitutes"),
    ("42", "3", "Declarations of Interest by Members in items on the agenda"),
    ("43", "4", "Minutes of the meeting held on 16 July 2025"),
    ("44", "5", "Verbal Updates by Cabinet Member and Corporate Director"),
    ("45", "6", "25/00072 - Care and Support in the Home Services - Contract Extension"),
    ("46", "7", "25/00075 - Adult Social Care Charging Policy 2026/27"),
    ("47", "8", "25/00078 - Technology Enabled Care Service - Contract Award"),
    ("48", "9", "Adult Social Care Performance Dashboard"),
    ("49", "10", "Work Programme 2025/26"),
]
minute_items = [{"meeting": SEP, "minute": m, "item": i, "title": t, "quote": f"{m}. {t}"} for m, i, t in minute_titles]

people = [
    ("P Ashcombe", ["Mr P Ashcombe"], "Mr P Ashcombe (Chair)"),
    ("D Kellaway", ["Mrs D Kellaway"], "Mrs D Kellaway (Vice-Chair)"),
    ("R Blythe", ["Mr R Blythe"], "Mr R Blythe"),
    ("T Carrow", ["Ms T Carrow"], "Ms T Carrow"),
    ("J Denholm", ["Mr J Denholm"], "Mr J Denholm"),
    ("Shona Fairbairn", ["Mrs S Fairbairn", "Mrs Shona Fairbairn", "Mrs Fairbairn"], "Mrs S Fairbairn"),
    ("L Gostelow", ["Mr L Gostelow"], "Mr L Gostelow"),
    ("N Hartigan", ["Mr N Hartigan"], "Mr N Hartigan"),
    ("E Ormerod", ["Miss E Ormerod"], "Miss E Ormerod"),
    ("C Penwarden", ["Mr C Penwarden", "Mr Penwarden"], "Mr C Penwarden"),
    ("H Quennell", ["Ms H Quennell", "Ms Quennell"], "Ms H Quennell"),
    ("A Rutherford-Lyle", ["Mr A Rutherford-Lyle"], "Mr A Rutherford-"),
    ("Oliver Stainforth", ["Mr O Stainforth", "Mr Oliver Stainforth"], "Mr O Stainforth"),
    ("Keith Vosper", ["Mr K Vosper", "Mr Keith Vosper"], "Stainforth and Mr K"),
    ("Maureen Tennant", ["Mrs M Tennant", "Mrs Maureen Tennant", "Mrs Tennant"], "ALSO PRESENT:  Mrs M Tennant"),
    ("Gareth Pellow", ["Gareth Pellow", "Mr Pellow"], "IN ATTENDANCE: Gareth Pellow"),
    ("Anjali Mehra", ["Dr Anjali Mehra", "Dr Mehra"], "Dr Anjali Mehra (Director of Public Health)"),
    ("Fiona Cradock", ["Fiona Cradock"], "Fiona Cradock"),
    ("Lewis Arkwright", ["Lewis Arkwright", "Mr Arkwright"], "Lewis Arkwright (Senior Commissioner)"),
    ("Bethany Stroud", ["Bethany Stroud"], "Ask for: Bethany Stroud"),
    ("Benjamin Watts", ["Benjamin Watts"], "Benjamin Watts"),
]
people_items = []
for name, forms, q in people:
    r = {"name": name, "forms": forms, "quote": q}
    if name == "Shona Fairbairn":
        r["_note"] = "front sheet membership (line 14); apologies 'Mrs Shona Fairbairn' (120); substitute line 'Mrs Fairbairn' (122)"
    if name == "Keith Vosper":
        r["_note"] = "present list wrapped 103-104; substitute 'Mr Keith Vosper' (122); not a member of the committee"
    people_items.append(r)

write("minutes", CHECK + ", by hand against lines 1-245 (front sheet of 19 November 2025 and minutes of 24 September 2025)", {
    "meetings": {"match": ["date", "status"], "scope": [1, 245], "items": [
        {"date": NOV, "status": "scheduled", "venue": VENUE, "start_time": "10:00",
         "quote": "Wednesday, 19 November 2025 at 10.00 am",
         "_note": "venue printed over 6-7 next to 'Telephone: 03000 416682' ('Council Chamber, Sessions House, County Hall,' / 'Maidstone')"},
        {"date": SEP, "status": "held", "venue": VENUE,
         "quote": "held at Council Chamber, Sessions House, County Hall, Maidstone on Wednesday,",
         "_note": "date on the next line: '24th September, 2025.' (99)"},
    ]},
    "memberships": {"match": ["meeting", "person"], "_note": "Membership (13) on the front sheet; Reform UK-led; 'Chair' / 'Vice-Chair'", "items": memberships},
    "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
    "chair": {"items": [{"meeting": SEP, "person": "Mr P Ashcombe", "quote": "PRESENT: Mr P Ashcombe (Chair)"}]},
    "present": {"items": present},
    "also_present": {"items": [{"meeting": SEP, "person": "Mrs M Tennant", "quote": "ALSO PRESENT:  Mrs M Tennant"}]},
    "in_attendance": {"match": ["meeting", "person"], "items": in_attendance},
    "apologies": {"items": [{"meeting": SEP, "person": "Mrs Shona Fairbairn", "quote": "Apologies had been received from Mrs Shona Fairbairn."}]},
    "attended_virtually": {"items": [{"meeting": SEP, "person": "Mr Oliver Stainforth", "quote": "Stainforth attended the meeting virtually.",
                                      "_note": "'Mr Oliver' at the end of line 122"}]},
    "substitutes": {"items": [{"meeting": SEP, "person": "Mr Keith Vosper", "for": "Mrs Fairbairn",
                               "quote": "Mr Keith Vosper was in attendance as substitute for Mrs Fairbairn."}]},
    "declarations": {"match": ["meeting", "person"], "items": [
        {"meeting": SEP, "person": "Ms Quennell", "item": "7",
         "text": "Ms Quennell declared an interest in Item 7 as she was a trustee of Medway Valley Carers Network, which received grant funding from the council.",
         "quote": "Ms Quennell declared an interest in Item 7"},
        {"meeting": SEP, "person": "Mr Penwarden",
         "text": "Mr Penwarden declared that his wife was employed by Kent Community Health NHS Foundation Trust.",
         "quote": "Mr Penwarden declared that his wife was employed by Kent Community Health NHS"},
    ]},
    "minute_items": {"items": minute_items},
    "resolutions": {"items": resolutions},
    "votes": {"_note": "recorded vote at minute 46 (195-206): For (9) / Against (3) / Abstain (1), named; the lost motion to defer (192-193) was not a recorded vote", "items": votes},
    "attended_item": {"match": ["person", "minute"], "items": [
        {"person": "Lewis Arkwright", "minute": "45", "item": "6", "quote": "Lewis Arkwright (Senior Commissioner) was in attendance for this item."},
    ]},
    "people": {"scope": [1, 245], "_note": "front sheet (1-88) and minutes of 24 September 2025 (90-245); officers in the reports (e.g. Priya Okonkwo, Tomasz Lewandowski) are outside the scope; 'Mr B' (case study, report) is anonymised", "items": people_items},
})

# ---------------------------------------------------------------- decisions
CM = "Cabinet Member for Adult Social Care and Public Health"
write("decisions", CHECK + ", by reading every line printing a NN/NNNNN decision number and the three proposed record of decision sheets", {
    "decisions": {"match": ["number"], "items": [
        {"number": "25/00091", "title": "Kent Community Equipment Service – Contract Extension", "status": "proposed", "key_decision": "true",
         "considered_at": NOV, "decision_maker": "Maureen Tennant", "quote": "Decision No:  25/00091",
         "_lines": "front sheet 52, report 256-262, sheet 397-418 (sheet names 'Maureen Tennant, Cabinet Member for Adult Social Care and Public Health')"},
        {"number": "25/00094", "title": "Carers' Support Services – Contract Award", "status": "proposed", "key_decision": "true",
         "considered_at": NOV, "decision_maker": CM, "quote": "Decision No:  25/00094", "_lines": "front sheet 57, report, sheet"},
        {"number": "25/00099", "title": "Integrated Sexual Health Service – Direct Award", "status": "proposed", "key_decision": "true",
         "considered_at": NOV, "decision_maker": CM, "quote": "Decision No:  25/00099", "_lines": "front sheet 61, report, sheet"},
        {"number": "25/00084", "title": "Hospital Discharge Step-Down Beds – Block Contract", "status": "taken", "considered_at": NOV,
         "quote": "25/00084 – Hospital Discharge Step-Down Beds – Block Contract",
         "_note": "taken 3 October 2025 outside the meeting cycle; reported for noting"},
        {"number": "25/00072", "title": "Care and Support in the Home Services - Contract Extension", "status": "endorsed", "endorsed_at": SEP,
         "quote": "45. 25/00072 - Care and Support in the Home Services"},
        {"number": "25/00075", "title": "Adult Social Care Charging Policy 2026/27", "status": "endorsed", "endorsed_at": SEP,
         "quote": "46. 25/00075 - Adult Social Care Charging Policy 2026/27", "_note": "endorsed after a recorded vote (9-3-1)"},
        {"number": "25/00078", "title": "Technology Enabled Care Service - Contract Award", "status": "endorsed", "endorsed_at": SEP,
         "quote": "47. 25/00078 - Technology Enabled Care Service - Contract Award"},
        {"number": "19/00046", "title": "Integrated Community Equipment Service - Contract Award",
         "quote": "Key Decision 19/00046 - Integrated Community Equipment Service - Contract Award",
         "_note": "original award, cited in 1.2 (title wrapped) and as a background document", "_at": 300},
        {"number": "23/00018", "quote": "decision 23/00018", "_note": "a previous extension; title not printed"},
        {"number": "20/00121", "title": "Sexual Health Services Contract Extension",
         "quote": "Key Decision 20/00121 - Sexual Health Services Contract Extension", "_note": "background document"},
        {"number": "26/00004", "title": "Extra Care Housing Support Services Procurement",
         "quote": "26/00004 - Extra Care Housing Support Services",
         "_note": "work programme item for 21 January 2026; 'Procurement' wrapped onto the next line"},
    ]},
    "reports": {"match": ["subject", "meeting"], "items": [
        {"subject": "KENT COMMUNITY EQUIPMENT SERVICE – CONTRACT EXTENSION", "meeting": NOV, "decision": "25/00091",
         "classification": "Unrestricted", "division": "All", "quote": "Subject:  KENT COMMUNITY EQUIPMENT SERVICE – CONTRACT",
         "_note": "subject wrapped over 256-257"},
        {"subject": "CARERS' SUPPORT SERVICES – CONTRACT AWARD", "meeting": NOV, "decision": "25/00094",
         "classification": "Unrestricted", "division": "All", "quote": "Subject:  CARERS' SUPPORT SERVICES – CONTRACT AWARD",
         "_note": "classification continues 'Exempt Appendix A is not for publication ...'"},
        {"subject": "INTEGRATED SEXUAL HEALTH SERVICE – DIRECT AWARD", "meeting": NOV, "decision": "25/00099",
         "classification": "Unrestricted", "division": "All", "quote": "Subject:  INTEGRATED SEXUAL HEALTH SERVICE – DIRECT AWARD"},
        {"subject": "ADULT SOCIAL CARE PERFORMANCE DASHBOARD", "meeting": NOV, "classification": "Unrestricted",
         "quote": "Subject:  ADULT SOCIAL CARE PERFORMANCE DASHBOARD"},
        {"subject": "RISK MANAGEMENT: ADULT SOCIAL CARE AND PUBLIC HEALTH", "meeting": NOV, "classification": "Unrestricted",
         "quote": "Subject:  RISK MANAGEMENT: ADULT SOCIAL CARE AND PUBLIC HEALTH"},
        {"subject": "DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", "meeting": NOV, "classification": "Unrestricted",
         "quote": "Subject:  DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE", "_note": "subject wrapped onto the next line"},
    ]},
})

# ---------------------------------------------------------------- contracts
write("contracts", CHECK + "; minutes 45 and 47, the three reports and sheets, the outside-cycle report. Not gold contracts: work-programme item 26/00004 (procurement not started), the seven locality carers' grant agreements (grants, unnamed), the KCHFT subcontract with Northgate Clinical Laboratories Ltd (a subcontract, no value), the Section 75 pooled budget (no agreement terms)", {
    "contracts": {"match": ["title"], "items": [
        {"title": "Care and Support in the Home Services", "decision": "25/00072", "provider": None,
         "extension_value": "38600000", "extension_start": "2026-04-01", "extension_end": "2027-03-31",
         "quote": "extend the Care and Support in the Home Services contracts for a further 12",
         "_note": "minute 45: contracts held by fourteen providers; Larkfield Homecare Ltd is named only as one of them ('including'), so no single provider; extension estimated at £38.6m; original term not stated"},
        {"title": "Technology Enabled Care Service", "decision": "25/00078", "provider": "Beaconlink Telecare Ltd",
         "value": "6300000", "annual_value": "2100000", "max_value": "10500000", "start": "2026-01-01", "end": "2028-12-31",
         "quote": "for the Technology Enabled Care Service to Beaconlink Telecare Ltd for an initial",
         "_note": "appears only in minute 47; open competitive tender under the Procurement Act 2023; 3 years + 2 x 12 months"},
        {"title": "Kent Community Equipment Service", "decision": "25/00091", "provider": "Halden Mobility Services Ltd",
         "extension_value": "27450000", "extension_start": "2026-04-01", "extension_end": "2027-09-30",
         "quote": "a) APPROVE the extension of the Kent Community Equipment Service contract",
         "_note": "18-month extension under Regulation 72 PCR 2015; '£27.45m' (recommendation) = '£27,450,000' (4.1) = Table 1 total 27,450 (£000); the current annual value £18.3m and KCC's share £19.2m are not the extension value; original term not stated (award 19/00046, extended once under 23/00018)"},
        {"title": "Carers' Support Services", "decision": "25/00094", "provider": None,
         "value": "9600000", "annual_value": "2400000", "max_value": "14400000", "start": "2026-04-01", "end": "2030-03-31",
         "quote": "a) AWARD the contract for Carers' Support Services to the successful bidder",
         "_note": "provider withheld ('successful bidder identified in Exempt Appendix A'); '£9,600,000' / '£2,400,000' (3.1), max '£14.4m' with both extensions; end date printed in 4.1 ('The initial term ends on 31 March 2030'); the £85,000 mobilisation payment is inside the value"},
        {"title": "Integrated Sexual Health Service", "decision": "25/00099", "provider": "Kent Community Health NHS Foundation Trust",
         "value": "42500000", "annual_value": "8500000", "start": "2026-04-01", "end": "2031-03-31",
         "quote": "a) APPROVE the direct award of the Integrated Sexual Health Service contract to",
         "_note": "Direct Award Process C under the Provider Selection Regime; 'up to £42.5 million' is the total value (stated as a cap, not a max including extensions: no extensions are mentioned); Public Health Grant £79.4m is a distractor"},
        {"title": "Hospital Discharge Step-Down Beds", "decision": "25/00084", "provider": "Oakhurst Care Group Ltd",
         "value": "1176000", "start": "2025-10-06", "end": "2026-03-31",
         "quote": "(a) directly award a block contract for 24 step-down beds to Oakhurst Care Group",
         "_note": "outside-cycle decision; provider name wrapped ('Oakhurst Care Group' / 'Ltd'); weekly rates £1,120 and £1,310 are distractors; direct award under s.41 Procurement Act 2023"},
    ]},
})

# ---------------------------------------------------------------- organisations
orgs = [
    ("Medway Valley Carers Network", "Charity", None, "trustee of Medway Valley", "name wrapped over 129-130; declaration; also a current locality grant recipient (1.2) - grant, not a contract, so provider not asserted", 1),
    ("Kent Community Health NHS Foundation Trust", "NHSBody", "yes", "employed by Kent Community Health NHS", "first in a declaration (wrapped over 132-133); provider of the sexual health service (KCHFT)", 1),
    ("NHS Kent and Medway", "NHSBody", None, "NHS Kent and Medway, the integrated care board (ICB)", "the ICB; a joint commissioner of the equipment service", 1),
    ("Care Quality Commission", "PublicBody", None, "Care Quality Commission", None, 1),
    ("Department of Health and Social Care", "PublicBody", None, "The Department of Health and Social Care", None, 1),
    ("Maidstone and Tunbridge Wells NHS Trust", "NHSBody", None, "Maidstone and Tunbridge Wells NHS Trust", None, 1),
    ("East Kent Hospitals University NHS Foundation Trust", "NHSBody", None, "East Kent", "wrapped over 158-159", 150),
    ("Skills for Care", None, None, "Skills for Care", None, 1),
    ("Larkfield Homecare Ltd", "Company", "yes", "Larkfield", "wrapped over 175-176 ('Larkfield' / 'Homecare Ltd'); one of the fourteen home care contract holders", 1),
    ("Governance and Audit Committee", None, None, None, None, 0),
    ("Beaconlink Telecare Ltd", "Company", "yes", "Beaconlink Telecare Ltd", None, 1),
    ("Medway Council", "PublicBody", None, "Medway Council", "joint commissioner of the equipment service", 1),
    ("Halden Mobility Services Ltd", "Company", "yes", "Halden Mobility Services Ltd", None, 1),
    ("Invicta Law", "Company", None, "Invicta Law", "legal adviser (KCC-owned company)", 1),
    ("Swale and Sheppey Carers' Trust", "Charity", None, "Swale and Sheppey Carers' Trust", "current locality grant recipient (1.2) and consultation list", 1),
    ("Thanet Older People's Forum", None, None, "Thanet Older", "wrapped over two lines ('Thanet Older' / \"People's Forum\"); grant recipient", 1),
    ("Healthwatch Kent", None, None, "Healthwatch Kent", "consultation list", 1),
    ("Kent Carers' Partnership Board", None, None, "Kent Carers' Partnership Board", "consultation list; a partnership board (judgement call: kept as a named external body)", 1),
    ("Folkestone Young Adult Carers Project", None, None, "Folkestone Young Adult Carers Project", "consultation list, 'Page 34' glued to the entry", 1),
    ("Dover District Council", "PublicBody", None, "Dover District Council", "consultation list", 1),
    ("Canterbury Christ Church University", None, None, "Canterbury Christ Church University", "consultation list", 1),
    ("Northgate Clinical Laboratories Ltd", "Company", None, "Northgate Clinical", "wrapped over two lines; a subcontractor of KCHFT, not a contract holder with the council (judgement call: provider not asserted)", 1),
    ("UK Health Security Agency", "PublicBody", None, "UK Health Security Agency", "risk register", 1),
    ("Oakhurst Care Group Ltd", "Company", "yes", "Oakhurst Care Group", "wrapped ('Oakhurst Care Group' / 'Ltd')", 800),
]
org_items = []
for name, kind, prov, q, note, at in orgs:
    if q is None:
        continue
    r = {"name": name}
    if kind:
        r["kind"] = kind
    if prov:
        r["provider"] = prov
    r["quote"] = q
    if note:
        r["_note"] = note
    r["_at"] = at
    org_items.append(r)
write("organisations", CHECK + ", by reading the whole pack for external bodies", {
    "organisations": {"match": ["name"],
                      "_note": "not gold (places, funds, services, the council's own bodies, legislation): Kent County Council, Sessions House, Governance and Audit Committee, Adult Social Care Commissioning Board, Darent Valley Hospital, Central Digital Platform, Better Care Fund, Public Health Grant, Market Sustainability and Improvement Fund, Kent and Medway Health Protection Board, the council's managed service provider (unnamed)",
                      "items": org_items},
})
print("written")
