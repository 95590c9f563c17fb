"""Hand-written gold for sealed pack T. Items and quotes are written by hand; this script only
looks up each quote's line (the first line at or after `after` that contains the quote) and
writes gold/heldout_t.<area>.json. Run: python3 fill_gold_lines.py && python3 check_quotes.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_t.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")


def at(quote, after=1):
    for i in range(after - 1, len(LINES)):
        if quote in LINES[i]:
            return i + 1
    raise SystemExit(f"quote not found after {after}: {quote!r}")


def item(quote, after=1, **fields):
    d = dict(fields)
    d["quote"] = quote
    d["line"] = at(quote, after)
    return d


M, H = "2024-06-12", "2024-03-14"
MIN = at("MINUTES of a meeting")          # start of the minutes
VENUE = "Council Chamber, Sessions House, County Hall, Maidstone"

# ---------------------------------------------------------------- minutes area
members = [  # (person, role, party, quote)
    ("Mr J P Harrowfield", "Chair", "Conservative", "Mr J P Harrowfield (Chair)"),
    ("Mrs K L Denholm", "Vice-Chair", "Conservative", "Mrs K L Denholm (Vice-Chair)"),
    ("Mr D Ansty", "Member", "Conservative", "Mr D Ansty"),
    ("Mr M Ferrabee", "Member", "Conservative", "Mr M Ferrabee"),
    ("Ms R Lydgate", "Member", "Conservative", "Ms R Lydgate"),
    ("Mr B Oakhurst", "Member", "Conservative", "Mr B Oakhurst"),
    ("Mrs S Pellow", "Member", "Conservative", "Mrs S Pellow"),
    ("Mr T A Quarrington", "Member", "Conservative", "Mr T A Quarrington"),
    ("Mr C Rendall", "Member", "Conservative", "Mr C Rendall"),
    ("Mrs E Thackray", "Member", "Conservative", "Mrs E Thackray"),
    ("Mrs J Whitcombe", "Member", "Conservative", "Mrs J Whitcombe"),
    ("Ms A Okonjo", "Member", "Labour", "Ms A Okonjo"),
    ("Mr L Brennock", "Member", "Labour", "Mr L Brennock"),
    ("Mr H Selwood", "Member", "Liberal Democrat", "Mr H Selwood"),
    ("Mr F Castleton", "Member", "Green and Independent", "Mr F Castleton"),
]
memberships = [item(q, 12, meeting=M, person=p, role=r, party=pa) for p, r, pa, q in members]
memberships[-1]["_note"] = "party label wrapped: 'Green and' / 'Independent (1): Mr F Castleton'"

agenda = [
    ("1", "Introduction/Webcasting Announcement", None, "1 Introduction/Webcasting Announcement"),
    ("2", "Apologies and Substitutes", None, "2 Apologies and Substitutes"),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "3 Declarations of Interest by Members"),
    ("4", "Minutes of the meeting held on 14 March 2024", "1 - 10", "4 Minutes of the meeting held on 14 March 2024"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", "11 - 12", "5 Verbal Updates by Cabinet Member"),
    ("6", "24/00041 - Integrated Community Equipment Service - Contract Award", "13 - 34", "6 24/00041 - Integrated Community Equipment"),
    ("7", "24/00043 - Carers' Short Breaks Service - Re-procurement", "35 - 56", "7 24/00043 - Carers' Short Breaks Service"),
    ("8", "24/00044 - Supported Living Services in East Kent - Contract Extension", "57 - 70", "8 24/00044 - Supported Living Services"),
    ("9", "Adult Social Care Performance Dashboard - Quarter 4 2023/24", "71 - 86", "9 Adult Social Care Performance Dashboard"),
    ("10", "Adult Social Care and Health Directorate Risk Register", "87 - 100", "10 Adult Social Care and Health Directorate Risk"),
    ("11", "Decisions taken outside of the Cabinet Committee meeting cycle", "101 - 106", "11 Decisions taken outside of the Cabinet"),
    ("12", "Work Programme 2024/25", "107 - 110", "12 Work Programme 2024/25"),
    ("13", "Exempt Appendix A - Carers' Short Breaks Service - Evaluation Outcome", "111 - 114", "13 Exempt Appendix A"),
]
agenda_items = [item(q, 35, meeting=M, item=i, title=t, pages=p) for i, t, p, q in agenda]
for a in agenda_items:
    if a["item"] in ("6", "8", "13"):
        a["_note"] = "pages wrapped onto the next line"

present_q = [("Mr J P Harrowfield", "Mr J P Harrowfield (Chair)"), ("Mrs K L Denholm", "Mrs K L Denholm (Vice-Chair)"),
             ("Mr D Ansty", "Mr D Ansty"), ("Mr M Ferrabee", "Mr M Ferrabee"), ("Ms R Lydgate", "Ms R Lydgate"),
             ("Mr B Oakhurst", "Mr B Oakhurst"), ("Mrs S Pellow", "Mrs S Pellow"),
             ("Mr T A Quarrington", "Mr T A Quarrington"), ("Mr C Rendall", "Mr C Rendall"),
             ("Mrs E Thackray", "Mrs E Thackray"), ("Ms A Okonjo", "Ms A Okonjo"), ("Mr L Brennock", "Mr L Brennock"),
             ("Mr H Selwood", "Mr H Selwood"), ("Mr G Pardew", "Mr G Pardew")]
PRES = at("PRESENT: Mr J P Harrowfield")
present = [item(q, PRES, meeting=H, person=p) for p, q in present_q]
present[-1]["_note"] = "substitute for Mr Castleton (minute 101), listed last"

in_att = [("Rosalind Fenner", "Corporate Director Adult Social Care and Health", "Rosalind Fenner (Corporate Director Adult Social Care and Health)", None),
          ("Dr Anjali Mistry", "Director of Public Health", "Dr Anjali Mistry (Director of Public Health)", None),
          ("Callum Ormerod", "Director of Adult Social Care and Health, North and West Kent", "Callum Ormerod (Director of Adult Social", "role wrapped onto the next line"),
          ("Bethany Lowther", "Assistant Director Commissioning", "Bethany Lowther (Assistant Director", "role wrapped onto the next line"),
          ("Owen Trevelyan", "Finance Business Partner", "Owen Trevelyan (Finance Business Partner)", None),
          ("Harriet Colbourne", "Democratic Services Officer", "Harriet Colbourne", "role '(Democratic Services Officer)' on the next line")]
in_attendance = []
for p, r, q, n in in_att:
    d = item(q, at("IN ATTENDANCE:"), meeting=H, person=p, role=r)
    if n:
        d["_note"] = n
    in_attendance.append(d)

VOTE = at("For (9)")
votes = [item(p, VOTE, minute="106", position="for", person=p) for p in
         ["Mr J P Harrowfield", "Mrs K L Denholm", "Mr D Ansty", "Mr M Ferrabee", "Ms R Lydgate", "Mr B Oakhurst",
          "Mrs S Pellow", "Mr T A Quarrington", "Mrs E Thackray"]]
votes += [item(p, VOTE, minute="106", position="against", person=p) for p in ["Ms A Okonjo", "Mr L Brennock", "Mr G Pardew"]]
votes += [item("Mr H Selwood", VOTE, minute="106", position="abstain", person="Mr H Selwood")]

mi = [("101", "2", "Apologies and Substitutes"), ("102", "3", "Declarations of Interest by Members in items on the agenda"),
      ("103", "4", "Minutes of the meeting held on 17 January 2024"),
      ("104", "5", "Verbal Updates by Cabinet Member and Corporate Director"),
      ("105", "6", "24/00012 - Day Opportunities for Adults - Dynamic Purchasing System"),
      ("106", "7", "24/00014 - Adult Social Care Charging Policy - Disability Related Expenditure"),
      ("107", "8", "Adult Social Care Performance Dashboard - Quarter 3 2023/24"),
      ("108", "9", "Decisions taken outside of the Cabinet Committee meeting cycle"),
      ("109", "10", "Work Programme 2024/25")]
minute_items = []
for m, i, t in mi:
    q = f"{m}. " + t[:40]
    d = item(q, MIN, meeting=H, minute=m, item=i, title=t)
    if m in ("105", "106"):
        d["_note"] = "title wrapped over two lines"
    minute_items.append(d)

res = [("103", "RESOLVED that the minutes of the meeting held on 17 January 2024 are correctly recorded and a paper copy be signed by the Chair.", "RESOLVED that the minutes of the meeting held on 17 January 2024 are correctly"),
       ("104", "RESOLVED that the verbal updates be noted.", "RESOLVED that the verbal updates be noted."),
       ("105", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health, to establish a Dynamic Purchasing System for Day Opportunities for Adults, as shown at Appendix A to the report, be endorsed.", "RESOLVED that the proposed decision to be taken by the Cabinet Member for"),
       ("106", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health, to agree the revised Disability Related Expenditure allowance within the Adult Social Care Charging Policy, be endorsed.", "RESOLVED that the proposed decision to be taken by the Cabinet Member for"),
       ("107", "RESOLVED that the performance of services in Quarter 3 be noted.", "RESOLVED that the performance of services in Quarter 3 be noted."),
       ("108", "RESOLVED that decision 23/00118 - Winter Homecare Capacity - Block Purchase, taken outside of the meeting cycle, be noted.", "RESOLVED that decision 23/00118 - Winter Homecare Capacity - Block Purchase,"),
       ("109", "RESOLVED that the work programme for 2024/25 be noted.", "RESOLVED that the work programme for 2024/25 be noted.")]
resolutions = []
for m, t, q in res:
    start = at(f"{m}. ", MIN)
    resolutions.append(item(q, start, meeting=H, minute=m, text=t))
resolutions[-2]["_note"] = "the following sentence ('It was noted that the block hours ...') is not part of the resolution"

people_spec = [  # (name, forms, quote, after)
    ("J P Harrowfield", ["Mr J P Harrowfield"], "Mr J P Harrowfield", 1),
    ("K L Denholm", ["Mrs K L Denholm"], "Mrs K L Denholm", 1),
    ("D Ansty", ["Mr D Ansty"], "Mr D Ansty", 1),
    ("M Ferrabee", ["Mr M Ferrabee"], "Mr M Ferrabee", 1),
    ("R Lydgate", ["Ms R Lydgate"], "Ms R Lydgate", 1),
    ("B Oakhurst", ["Mr B Oakhurst"], "Mr B Oakhurst", 1),
    ("S Pellow", ["Mrs S Pellow"], "Mrs S Pellow", 1),
    ("T A Quarrington", ["Mr T A Quarrington"], "Mr T A Quarrington", 1),
    ("C Rendall", ["Mr C Rendall", "Mr Rendall"], "Mr C Rendall", 1),
    ("E Thackray", ["Mrs E Thackray"], "Mrs E Thackray", 1),
    ("Jennifer Whitcombe", ["Mrs J Whitcombe", "Mrs Jennifer Whitcombe"], "Mrs J Whitcombe", 1),
    ("A Okonjo", ["Ms A Okonjo", "Ms Okonjo"], "Ms A Okonjo", 1),
    ("L Brennock", ["Mr L Brennock", "Mr Brennock"], "Mr L Brennock", 1),
    ("H Selwood", ["Mr H Selwood", "Mr Selwood"], "Mr H Selwood", 1),
    ("Felix Castleton", ["Mr F Castleton", "Mr Felix Castleton", "Mr Castleton"], "Mr F Castleton", 1),
    ("Graham Pardew", ["Mr G Pardew", "Mr Graham Pardew"], "Mr G Pardew", 1),
    ("Dominic Halloran", ["Mr D Halloran", "Mr Dominic Halloran", "Mr Halloran"], "ALSO PRESENT: Mr D Halloran", 1),
    ("Rosalind Fenner", ["Rosalind Fenner", "Ms Fenner"], "Rosalind Fenner", 1),
    ("Anjali Mistry", ["Dr Anjali Mistry"], "Dr Anjali Mistry", 1),
    ("Callum Ormerod", ["Callum Ormerod", "Mr Ormerod"], "Callum Ormerod", 1),
    ("Bethany Lowther", ["Bethany Lowther", "Ms Lowther"], "Bethany Lowther", 1),
    ("Owen Trevelyan", ["Owen Trevelyan", "Mr Trevelyan"], "Owen Trevelyan", 1),
    ("Harriet Colbourne", ["Harriet Colbourne"], "Ask for: Harriet Colbourne", 1),
    ("Tamsin Ruddock", ["Tamsin Ruddock"], "Tamsin Ruddock (Policy", 1),
    ("Benjamin Ashcroft", ["Benjamin Ashcroft"], "Benjamin Ashcroft", 1),
]
people = [item(q, a, name=n, forms=f) for n, f, q, a in people_spec]
people[-1]["_note"] = "front sheet signatory (General Counsel)"

END_MIN = at("RESOLVED that the work programme for 2024/25 be noted.")
minutes = {
    "meetings": {"match": ["date", "status"], "scope": [1, END_MIN + 1], "items": [
        item("Wednesday, 12 June 2024 at 10.00 am", 1, date=M, status="scheduled", venue=VENUE, start_time="10:00",
             _note="venue wrapped over two lines after the date line ('Council Chamber, Sessions House, County Hall,' / 'Maidstone')"),
        item("14th March, 2024.", MIN, date=H, status="held", venue=VENUE,
             _note="header wrapped over three lines; 'held in the Council Chamber'"),
    ]},
    "memberships": {"match": ["meeting", "person"], "items": memberships},
    "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
    "chair": {"items": [item("PRESENT: Mr J P Harrowfield (Chair)", MIN, meeting=H, person="Mr J P Harrowfield")]},
    "present": {"items": present},
    "also_present": {"items": [item("ALSO PRESENT: Mr D Halloran", MIN, meeting=H, person="Mr D Halloran")]},
    "in_attendance": {"match": ["meeting", "person"], "items": in_attendance},
    "apologies": {"items": [
        item("Mrs Jennifer Whitcombe", MIN, meeting=H, person="Mrs Jennifer Whitcombe"),
        item("Felix Castleton.", MIN, meeting=H, person="Mr Felix Castleton", _note="name wrapped: 'Mr' / 'Felix Castleton.'"),
    ]},
    "attended_virtually": {"items": [item("Mr Rendall attended the meeting virtually.", MIN, meeting=H, person="Mr Rendall",
                                          _note="a present member attending virtually, not a substitute")]},
    "substitutes": {"items": [item("Mr Graham Pardew was present as substitute for Mr Castleton.", MIN, meeting=H,
                                   person="Mr Graham Pardew", **{"for": "Mr Castleton"})]},
    "declarations": {"match": ["meeting", "person"], "items": [
        item("Ms Okonjo declared an interest in item 7", MIN, meeting=H, person="Ms Okonjo", item="7",
             text="Ms Okonjo declared an interest in item 7 as her mother received domiciliary care arranged by the Council."),
        item("Mr Selwood declared that he was a trustee of Swale Carers Network.", MIN, meeting=H, person="Mr Selwood",
             text="Mr Selwood declared that he was a trustee of Swale Carers Network."),
    ]},
    "minute_items": {"items": minute_items},
    "resolutions": {"items": resolutions},
    "votes": {"_note": "recorded vote at minute 106 (named, 9/3/1); the lost motion to defer (Mr Brennock / Ms Okonjo) was not a recorded vote",
              "items": votes},
    "attended_item": {"match": ["person", "minute"], "items": [
        item("Bethany Lowther (Assistant Director Commissioning) was in attendance for", MIN, person="Bethany Lowther", minute="105", item="6"),
        item("Owen Trevelyan (Finance Business Partner) and Tamsin Ruddock (Policy", MIN, person="Owen Trevelyan", minute="106", item="7"),
        item("Tamsin Ruddock (Policy", MIN, person="Tamsin Ruddock", minute="106", item="7",
             _note="role wrapped; 'were in attendance for this item' on the next line"),
    ]},
    "people": {"scope": [1, END_MIN + 1],
               "_note": "front sheet and minutes of 14 March 2024; report authors in the reports are outside the scope",
               "items": people},
}

# ---------------------------------------------------------------- decisions area
CM = "Dominic Halloran"
SH1 = at("24/00041", at("PROPOSED RECORD OF DECISION"))
decisions = [
    item("Decision Number 24/00041", 1, number="24/00041", title="Integrated Community Equipment Service – Contract Award",
         status="proposed", key_decision="true", considered_at=M, decision_maker=CM,
         _lines="front sheet item 6, report front matter, sheet 'DECISION NO:' with the number on a later line"),
    item("24/00043", at("Decision No:", at("CARERS' SHORT BREAKS SERVICE")), number="24/00043",
         title="Carers' Short Breaks Service – Re-procurement", status="proposed", key_decision="true",
         considered_at=M, decision_maker=CM, _note="'Decision No:' label and number separated by a blank line"),
    item("Decision No: 24/00044", 1, number="24/00044", title="Supported Living Services in East Kent – Contract Extension",
         status="proposed", key_decision="true", considered_at=M, decision_maker=CM),
    item("105. 24/00012 - Day Opportunities for Adults", MIN, number="24/00012",
         title="Day Opportunities for Adults - Dynamic Purchasing System", status="endorsed",
         considered_at=H, endorsed_at=H, decision_maker="Cabinet Member for Adult Social Care and Public Health",
         _note="only in the minutes; key decision not stated"),
    item("106. 24/00014 - Adult Social Care Charging Policy", MIN, number="24/00014",
         title="Adult Social Care Charging Policy - Disability Related Expenditure", status="endorsed",
         considered_at=H, endorsed_at=H, decision_maker="Cabinet Member for Adult Social Care and Public Health",
         _note="endorsed after a recorded vote"),
    item("RESOLVED that decision 23/00118 - Winter Homecare Capacity - Block Purchase,", MIN, number="23/00118",
         title="Winter Homecare Capacity - Block Purchase", status="taken", considered_at=H,
         _note="taken outside the meeting cycle, noted at the March meeting"),
    item("24/00019 – Hospital Discharge Bridging Service – Direct Award", 1, number="24/00019",
         title="Hospital Discharge Bridging Service – Direct Award", status="taken", considered_at=M,
         decision_maker="Cabinet Member for Adult Social Care and Public Health",
         _note="taken 27 March 2024 outside the meeting cycle; reported for noting"),
    item("24/00026 – Integrated Sexual Health Service – Contract Extension", 1, number="24/00026",
         title="Integrated Sexual Health Service – Contract Extension", status="taken", considered_at=M,
         decision_maker="Cabinet Member for Adult Social Care and Public Health",
         _note="taken 8 May 2024 outside the meeting cycle; reported for noting"),
    item("1 24/00058 – Supported Living Framework – Commissioning", 1, number="24/00058",
         title="Supported Living Framework – Commissioning Approach", status="proposed", key_decision="true",
         _note="future key decision in the work programme (for 18 September 2024), title wrapped; also named in report 24/00044 (1.2)"),
]
reports = [
    item("Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE –", 1, subject="INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT AWARD",
         meeting=M, decision="24/00041", classification="Unrestricted", division="All"),
    item("Subject: CARERS' SHORT BREAKS SERVICE –", 1, subject="CARERS' SHORT BREAKS SERVICE – RE-PROCUREMENT",
         meeting=M, decision="24/00043", division="All",
         _note="classification 'Unrestricted – Exempt Appendix A (...)' wraps over three lines: not gold; 'Electoral Division:' label and 'All' on separate lines"),
    item("Subject: SUPPORTED LIVING SERVICES IN EAST KENT – CONTRACT", 1, subject="SUPPORTED LIVING SERVICES IN EAST KENT – CONTRACT EXTENSION",
         meeting=M, decision="24/00044", classification="Unrestricted",
         _note="division 'Canterbury, Dover, Folkestone and Hythe, Swale and Thanet divisions' (wrapped), not All"),
    item("Subject: ADULT SOCIAL CARE PERFORMANCE DASHBOARD –", 1, subject="ADULT SOCIAL CARE PERFORMANCE DASHBOARD – QUARTER 4 2023/24",
         meeting=M, classification="Unrestricted", division="All"),
    item("Subject: ADULT SOCIAL CARE AND HEALTH DIRECTORATE RISK REGISTER", 1,
         subject="ADULT SOCIAL CARE AND HEALTH DIRECTORATE RISK REGISTER", meeting=M, classification="Unrestricted", division="All"),
    item("Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING", 1,
         subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=M, classification="Unrestricted", division="All"),
    item("Subject: Work Programme 2024/25", 1, subject="Work Programme 2024/25", meeting=M, classification="Unrestricted"),
]
decisions_area = {
    "decisions": {"match": ["number"], "items": decisions},
    "reports": {"match": ["subject", "meeting"], "items": reports},
}

# ---------------------------------------------------------------- contracts area
contracts = [
    item("a) AWARD the contract for the Integrated Community Equipment Service to", 1,
         title="Integrated Community Equipment Service", decision="24/00041", provider="Ashworth Mobility Solutions Ltd",
         value="12480000", annual_value="2500000", max_value="17600000", start="2024-10-01", end="2029-09-30",
         _note="value: table total '12,480.0' in £000 (4.1) = '£12.48m' (sheet); 'approximately £2.5m per annum' (4.1); 'up to £17.6 million' with both extensions (4.2); the current contract's £2.31m a year and the £190,000 pressure are distractors; provider name wrapped onto the next line"),
    item("a) AWARD the contract for the Carers' Short Breaks Service to the successful bidder,", 1,
         title="Carers' Short Breaks Service", decision="24/00043", provider=None,
         value="5850000", annual_value="1950000", max_value="9750000", start="2024-11-01", end="2027-10-31",
         _note="provider withheld (Exempt Appendix A); Swale Carers Network and Carewell Kent CIC hold the old locality contracts, not this one; end date stated in 3.1; BCF £1.2m a year is funding, not value"),
    item("a) APPROVE the extension of the Supported Living Services in East Kent", 1,
         title="Supported Living Services in East Kent", decision="24/00044", provider="Meadowgate Support Ltd",
         extension_value="6200000", extension_start="2024-10-01", extension_end="2025-09-30",
         _note="12-month extension under Regulation 72(1)(b); original term not stated so no start/end; current annual value £5.9m is a distractor"),
    item("Dynamic Purchasing System (DPS) for day opportunities for adults with a", MIN,
         title="Day Opportunities for Adults Dynamic Purchasing System", decision="24/00012", provider=None,
         value="14200000", start="2024-05-01", end="2028-04-30",
         _note="only in minute 105; a DPS with no single provider; 'estimated total value of £14.2 million' over the four years"),
    item("service to Castlegate Homecare Ltd, for the period 1 April 2024 to 31 March", 1,
         title="Hospital Discharge Bridging Service", decision="24/00019", provider="Castlegate Homecare Ltd",
         value="840000", start="2024-04-01", end="2025-03-31",
         _note="outside-cycle direct award (call-off from the Care and Support in the Home framework); hourly rate £26.40 is a distractor"),
    item("Health Service contract with Kent Community Health NHS Foundation Trust for", 1,
         title="Integrated Sexual Health Service", decision="24/00026", provider="Kent Community Health NHS Foundation Trust",
         extension_value="7350000", extension_start="2025-04-01", extension_end="2026-03-31",
         _note="outside-cycle 12-month extension; original term not stated"),
]
contracts_area = {"contracts": {"match": ["title"], "items": contracts}}

# ---------------------------------------------------------------- organisations area
O = []
def org(name, quote, after=1, kind=None, provider=None, note=None):
    d = item(quote, after, name=name)
    if kind:
        d["kind"] = kind
    if provider:
        d["provider"] = provider
    if note:
        d["_note"] = note
    O.append(d)

org("Swale Carers Network", "trustee of Swale Carers Network", kind="Charity", provider="yes",
    note="declaration (minute 102) and a current short-breaks locality provider (report 24/00043, 1.1)")
org("Care Quality Commission", "Care Quality Commission", kind="PublicBody", provider="no")
org("Kent and Medway Care Alliance", "Kent and Medway Care Alliance", note="provider association; kind not stated")
org("Department of Health and Social Care", "Department of Health and Social Care", kind="PublicBody", provider="no")
org("NHS Kent and Medway", "NHS Kent and Medway on the discharge fund", kind="NHSBody", provider="no",
    note="also 'NHS Kent' / 'and Medway (the Integrated Care Board)' wrapped in the reports")
org("East Kent Hospitals University NHS Foundation Trust", "East Kent Hospitals", kind="NHSBody", provider="no",
    note="name wrapped: 'East Kent Hospitals' / 'University NHS Foundation Trust'")
org("Castlegate Homecare Ltd", "Castlegate Homecare Ltd and Oakfield Home Support Ltd", kind="Company", provider="yes",
    note="block hours (minute 108) and the bridging service contract (24/00019)")
org("Oakfield Home Support Ltd", "Oakfield Home Support Ltd", kind="Company", provider="yes")
org("Medway Council", "and Medway and Medway Council", kind="PublicBody", provider="no", note="partner council in the joint commissioning")
org("Ashworth Mobility Solutions Ltd", "Ashworth Mobility Solutions Ltd for an initial term", kind="Company", provider="yes")
org("Hartfield Medical Supplies Ltd", "Hartfield Medical Supplies Ltd", kind="Company", provider="yes",
    note="holds the current ICES contract ending 30 September 2024 (not a gold contract: no decision in this pack)")
org("Kent Community Health NHS Foundation Trust", "Kent Community Health NHS Foundation Trust", kind="NHSBody", provider="yes",
    note="employs prescribers; delivers reablement with the Council; holds the Integrated Sexual Health Service contract (24/00026)")
org("Invicta Law", "Invicta Law has advised", note="legal adviser to the Council; kind/provider not judged")
org("Healthwatch Kent", "Healthwatch Kent", provider="no", note="consultation list with bullet glyphs")
org("Kent Association for the Blind", "Kent Association for the Blind", kind="Charity", provider="no", note="consultation list")
org("Thanet Age Friends", "Thanet Age Friends", kind="Charity", provider="no", note="consultation list")
org("Maidstone Borough Council", "Maidstone Borough Council", kind="PublicBody", provider="no", note="consultation list")
org("Folkestone and Hythe District Council", "Folkestone and Hythe District Council", kind="PublicBody", provider="no", note="consultation list")
org("Carewell Kent CIC", "Carewell Kent CIC", kind="Company", provider="yes", note="current short-breaks locality provider; a community interest company")
org("Carers' Voice Kent", "Carers' Voice Kent", provider="no", note="facilitated focus groups; not said to hold a contract")
org("Meadowgate Support Ltd", "Meadowgate Support Ltd, is due to end", kind="Company", provider="yes")
org("Brightwater Independent Living CIC", "Brightwater Independent Living CIC", kind="Company", provider="yes",
    note="provides the direct payment support service (dashboard commentary)")
org("Local Government Association", "Local Government Association", kind="PublicBody", provider="no")
orgs_area = {"organisations": {"match": ["name"],
             "_note": "not gold (places, systems, funds, the council's own bodies): Kent County Council, Sessions House, Kent Business Portal, Better Care Fund, Public Health Grant, Market Sustainability and Improvement Fund, Mosaic, Area Referral Management Service, Commissioning Advisory Board, LG Inform, Care and Support in the Home framework",
             "items": O}}

CB = "heldout author (sealed pack T), by hand, before any extractor was run; "
for area, cats, cb in [
    ("minutes", minutes, f"front sheet of 12 June 2024 (1-{MIN - 1}) and minutes of 14 March 2024 ({MIN}-{END_MIN})"),
    ("decisions", decisions_area, "every line printing an NN/NNNNN decision number, the three proposed record of decision sheets and the report front matter"),
    ("contracts", contracts_area, "the minutes, the three reports and sheets, the outside-cycle report; not gold: 23/00118 winter homecare block hours (two providers, no value or period), the current ICES contract with Hartfield and the current carers' locality contracts (no decision here), 24/00058 framework (procurement not started; 'over £3 million a year')"),
    ("organisations", orgs_area, "the whole pack for named external bodies"),
]:
    out = {"document": DOC, "area": area, "checked_by": CB + cb, "categories": cats}
    (HERE / "gold" / f"heldout_t.{area}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("written")
