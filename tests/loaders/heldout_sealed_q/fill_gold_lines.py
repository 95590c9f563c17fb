"""Hand-written gold for sealed pack Q: items and quotes are the writer's; this script only looks
up each quote's line number in heldout_q.txt (first line at or after `after` holding the quote)
and writes gold/heldout_q.<area>.json. Run: python3 fill_gold_lines.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_q.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")


def at(quote, after=1):
    for i in range(after - 1, len(LINES)):
        if quote in LINES[i]:
            return i + 1
    raise SystemExit(f"quote not found after {after}: {quote!r}")


MIN = at("MINUTES of a meeting")
M = {n: at(f"{n}. ", MIN) for n in range(45, 54)}
M[49] = at("49. 24/00118", MIN)
M[50] = at("50. 24/00121", MIN)
END_MIN = at("age 3", MIN)
REP_A = at("Subject: INTEGRATED COMMUNITY EQUIPMENT")
SHEET_A = at("PROPOSED RECORD OF DECISION", REP_A)
REP_B = at("Subject: SUPPORTED LIVING SERVICES")
SHEET_B = at("PROPOSED RECORD OF DECISION", REP_B)
REP_C = at("Subject: INTEGRATED SEXUAL HEALTH SERVICE")
SHEET_C = at("PROPOSED RECORD OF DECISION", REP_C)
PERF = at("Subject: ADULT SOCIAL CARE AND HEALTH PERFORMANCE")
RISK = at("Subject: RISK MANAGEMENT")
OUT = at("Subject: DECISIONS TAKEN OUTSIDE")
WP = at("Subject: WORK PROGRAMME 2025")


def item(quote, after=1, **fields):
    d = dict(fields)
    d["quote"] = quote
    d["line"] = at(quote, after)
    return d


def write(area, checked_by, categories):
    out = {"document": DOC, "area": area, "checked_by": checked_by, "categories": categories}
    (HERE / "gold" / f"heldout_q.{area}.json").write_text(
        json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- minutes
MEET = "2025-03-12"
HELD = "2025-01-22"
VENUE = "Council Chamber, Sessions House, County Hall, Maidstone"

meetings = [
    item("Wednesday, 12 March 2025 at 10.00 am", date=MEET, status="scheduled", venue=VENUE,
         start_time="10:00", _note="venue wrapped over the next two lines; also on the cover (7-11)"),
    item("Wednesday, 22nd January, 2025.", MIN, date=HELD, status="held", venue=VENUE,
         _note="'held in the Council Chamber, Sessions House, County Hall, Maidstone on' is on the line above"),
]

members = [
    ("Mrs L M Harcourt", "Chair", "Conservative", "Mrs L M Harcourt (Chair)"),
    ("Mr D J Okonjo", "Vice-Chair", "Conservative", "Mr D J Okonjo (Vice-Chair)"),
    ("Mr B Ashworth-Lyle", "Member", "Conservative", "Mr B Ashworth-Lyle"),
    ("Mrs C E Brindley", "Member", "Conservative", "Mrs C E Brindley"),
    ("Mr P Cattermole", "Member", "Conservative", "Mr P Cattermole"),
    ("Mr H Dunstable", "Member", "Conservative", "Mr H Dunstable"),
    ("Ms R Fairweather", "Member", "Conservative", "Ms R Fairweather"),
    ("Mr G Kingsnorth", "Member", "Conservative", "Mr G Kingsnorth"),
    ("Mrs A Lomax", "Member", "Conservative", "Mrs A Lomax"),
    ("Mr T P Merriday", "Member", "Conservative", "Mr T P Merriday"),
    ("Mr J Ruskin-Hale", "Member", "Conservative", "Mr J Ruskin-Hale"),
    ("Mrs S Whitcombe", "Member", "Conservative", "Mrs S Whitcombe"),
    ("Ms N Achterberg", "Member", "Labour", "Ms N Achterberg"),
    ("Mr K Barlow", "Member", "Labour", "Mr K Barlow"),
    ("Mr M A Penhaligon", "Member", "Liberal Democrat", "Mr M A Penhaligon, OBE"),
    ("Mrs J Tiller", "Member", "Liberal Democrat", "Mrs J Tiller"),
    ("Mr F Stroud", "Member", "Green and Independent", "Mr F Stroud"),
]
memberships = []
for person, role, party, q in members:
    it = item(q, at("Membership (17)"), meeting=MEET, person=person, role=role, party=party)
    if person == "Mr F Stroud":
        it["_note"] = "party label 'Green and' / 'Independent (1):' wrapped over two lines, the name after a blank line"
    if person == "Mr M A Penhaligon":
        it["_note"] = "'OBE' is an honour, not part of the name"
    memberships.append(it)

fs = at("UNRESTRICTED ITEMS")
agenda = [
    ("1", "Introduction/Webcasting Announcement", None, "1 Introduction/Webcasting Announcement", None),
    ("2", "Apologies and Substitutes", None, "2 Apologies and Substitutes", None),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "3 Declarations of Interest by Members", None),
    ("4", "Minutes of the meeting held on 22 January 2025", "1 - 14", "4 Minutes of the meeting held on 22 January 2025", None),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None, "5 Verbal Updates by Cabinet Member", None),
    ("6", "25/00011 - Integrated Community Equipment Service - Contract Award", "15 - 40", "6 25/00011 - Integrated Community Equipment Service",
     "pages on the line after a blank line"),
    ("7", "25/00014 - Supported Living Services - Recommissioning", "41 - 76", "7 25/00014 - Supported Living Services",
     "page range split: '(Pages 41 -' / '76)'"),
    ("8", "25/00017 - Integrated Sexual Health Service - Contract Extension", "77 - 94", "8 25/00017 - Integrated Sexual Health",
     "pages on the line after a blank line"),
    ("9", "Adult Social Care and Health Performance Q3 2024/25", "95 - 108", "9 Adult Social Care and Health Performance Q3", None),
    ("10", "Risk Management: Adult Social Care and Public Health", "109 - 122", "10 Risk Management: Adult Social Care",
     "page range split: '(Pages 109 -' / '122)'"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "123 - 126", "11 Decisions Taken Outside", None),
    ("12", "Work Programme 2025", "127 - 132", "12 Work Programme 2025", None),
    ("13", "Supported Living Services - Recommissioning - Exempt Appendix 2", "133 - 136", "13 Supported Living Services - Recommissioning",
     "exempt item; pages on the next line"),
]
agenda_items = []
for num, title, pages, q, note in agenda:
    it = item(q, fs, meeting=MEET, item=num, title=title, pages=pages)
    if note:
        it["_note"] = note
    agenda_items.append(it)

P = at("PRESENT: Mrs L M Harcourt", MIN)
present_list = [
    ("Mrs L M Harcourt", "Mrs L M Harcourt (Chair)", None),
    ("Mr D J Okonjo", "Mr D J Okonjo (Vice-Chair)", None),
    ("Ms N Achterberg", "Ms N Achterberg", None),
    ("Mr B Ashworth-Lyle", "Mr B Ashworth-Lyle", None),
    ("Mr K Barlow", "Mr K Barlow", None),
    ("Mrs C E Brindley", "Mrs C E Brindley", None),
    ("Mr P Cattermole", "Mr P Cattermole", None),
    ("Ms R Fairweather", "Ms R Fairweather", None),
    ("Mr G Kingsnorth", "Mr G Kingsnorth", None),
    ("Mrs A Lomax", "Mrs A Lomax", None),
    ("Mr T P Merriday", "Mr T P Merriday", None),
    ("Mr M A Penhaligon", "Mr M A ", "name wrapped: 'Mr M A' / 'Penhaligon, OBE'"),
    ("Mr R Quennell", "Mr R Quennell", "substitute for Mr Dunstable"),
    ("Mr F Stroud", "Mr F Stroud", None),
    ("Mrs J Tiller", "Mrs J Tiller", "attended virtually (minute 45)"),
    ("Mrs S Whitcombe", "Mrs S ", "name wrapped: 'Mrs S' / 'Whitcombe'"),
]
present = []
for person, q, note in present_list:
    it = item(q, P, meeting=HELD, person=person)
    if note:
        it["_note"] = note
    present.append(it)

AP = at("ALSO PRESENT:", MIN)
also_present = [
    item("Mr D Ferrier", AP, meeting=HELD, person="Mr D Ferrier", _note="Cabinet Member (Mr Dominic Ferrier, minute 48)"),
    item("Mrs P Ogunleye", AP, meeting=HELD, person="Mrs P Ogunleye"),
]

IA = at("IN ATTENDANCE:", MIN)
in_attendance = [
    item("IN ATTENDANCE: Marcus Delahaye (Corporate Director Adult Social Care and", IA, meeting=HELD,
         person="Marcus Delahaye", role="Corporate Director Adult Social Care and Health", _note="role wrapped: 'Health)' on the next line"),
    item("Dr Anjali Rao (Director of Public Health)", IA, meeting=HELD, person="Dr Anjali Rao", role="Director of Public Health"),
    item("Sinead Moynihan (Director of", IA, meeting=HELD, person="Sinead Moynihan",
         role="Director of Adult Social Care and Health, East Kent", _note="role wrapped onto the next line"),
    item("Tom Gresley (Head of Commissioning", IA, meeting=HELD, person="Tom Gresley",
         role="Head of Commissioning Portfolio – Outcome 3", _note="role wrapped: 'Portfolio – Outcome 3)' on the next line"),
    item("Gareth Innes-Wood (Head of Finance Operations)", IA, meeting=HELD, person="Gareth Innes-Wood", role="Head of Finance Operations"),
    item("Kirsty Vallance (Democratic Services Officer)", IA, meeting=HELD, person="Kirsty Vallance", role="Democratic Services Officer"),
]

apologies = [
    item("Mr Harold Dunstable", M[45], meeting=HELD, person="Mr Harold Dunstable", _note="= Mr H Dunstable"),
    item("Mr Julian", M[45], meeting=HELD, person="Mr Julian Ruskin-Hale", _note="name wrapped: 'Mr Julian' / 'Ruskin-Hale.'; = Mr J Ruskin-Hale"),
]
attended_virtually = [item("Mrs Tiller attended the meeting virtually.", M[45], meeting=HELD, person="Mrs Tiller")]
substitutes = [item("Mr Robert Quennell was present as a substitute for Mr Dunstable.", M[45], meeting=HELD,
                    person="Mr Robert Quennell", **{"for": "Mr Dunstable"})]
declarations = [
    item("Mr Barlow declared an interest in Item 7", M[46], meeting=HELD, person="Mr Barlow", item="7",
         text="Mr Barlow declared an interest in Item 7 as his daughter was employed by a domiciliary care provider in Thanet.",
         _note="text wrapped onto the next line"),
    item("Ms Achterberg declared that she was a trustee of the Weald Carers Alliance,", M[46], meeting=HELD, person="Ms Achterberg",
         text="Ms Achterberg declared that she was a trustee of the Weald Carers Alliance, which received grant funding from the Council.",
         _note="no item number given; text wrapped onto the next line"),
]
mi = [
    ("45", "2", "Apologies and Substitutes", "45. Apologies and Substitutes", None),
    ("46", "3", "Declarations of Interest by Members in items on the agenda", "46. Declarations of Interest by Members", None),
    ("47", "4", "Minutes of the meeting held on 27 November 2024", "47. Minutes of the meeting held on 27 November 2024", None),
    ("48", "5", "Verbal Updates by Cabinet Member and Corporate Director", "48. Verbal Updates by Cabinet Member", None),
    ("49", "6", "24/00118 - Care and Support in the Home Services - Contract Extension", "49. 24/00118 - Care and Support in the Home", None),
    ("50", "7", "24/00121 - Adult Community Drug and Alcohol Treatment Service (West Kent) - Contract Award",
     "50. 24/00121 - Adult Community Drug and Alcohol", "title wrapped: 'Kent) - Contract Award' on the next line, then '(Item 7)'"),
    ("51", "8", "Adult Social Care and Health Performance Q2 2024/25", "51. Adult Social Care and Health Performance Q2", None),
    ("52", "9", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "52. Decisions Taken Outside of the Cabinet", None),
    ("53", "10", "Work Programme 2025", "53. Work Programme 2025", None),
]
minute_items = []
for minute, it_no, title, q, note in mi:
    it = item(q, MIN, meeting=HELD, minute=minute, item=it_no, title=title)
    if note:
        it["_note"] = note
    minute_items.append(it)

resolutions = [
    item("RESOLVED that the minutes of the meeting held on 27 November 2024 are correctly", M[47], meeting=HELD, minute="47",
         text="RESOLVED that the minutes of the meeting held on 27 November 2024 are correctly recorded and a paper copy be signed by the Chair."),
    item("4. RESOLVED that the verbal updates be noted.", M[48], meeting=HELD, minute="48",
         text="RESOLVED that the verbal updates be noted."),
    item("3. RESOLVED that the proposed decision to be taken by the Cabinet Member for", M[49], meeting=HELD, minute="49",
         text="RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to: a) EXTEND the Care and Support in the Home Services contracts for a period of 12 months from 1 April 2025 to 31 March 2026; and b) DELEGATE authority to the Corporate Director Adult Social Care and Health to take other relevant actions, including but not limited to finalising the terms of and entering into required contracts or other legal agreements, as necessary to implement the decision, be endorsed.",
         _note="resolution with lettered sub-paragraphs, ending 'be endorsed.'"),
    item("4. RESOLVED that the proposed decision to be taken by the Cabinet Member for", M[50], meeting=HELD, minute="50",
         text="RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to AWARD the contract for the Adult Community Drug and Alcohol Treatment Service (West Kent) to Forward Harbour Recovery, and to delegate authority to the Director of Public Health to finalise the terms of the contract, be endorsed.",
         _note="'Page 2' glued to the end of the last line"),
    item("2. RESOLVED that the performance of services in Quarter 2 2024/25 be noted.", M[51], meeting=HELD, minute="51",
         text="RESOLVED that the performance of services in Quarter 2 2024/25 be noted."),
    item("RESOLVED that decision 24/00127 - Discharge Support Grant Allocation 2024/25,", M[52], meeting=HELD, minute="52",
         text="RESOLVED that decision 24/00127 - Discharge Support Grant Allocation 2024/25, taken in accordance with the process in Part 2 paragraph 12.35 of the Constitution, be noted."),
    item("RESOLVED that the work programme for 2025 be noted.", M[53], meeting=HELD, minute="53",
         text="RESOLVED that the work programme for 2025 be noted."),
]

V = at("For (13)", M[50])
VA = at("Against (2)", V)
VB = at("Abstain (1)", V)
vote_for = [("Mrs L M Harcourt", "Mrs L M Harcourt"), ("Mr D J Okonjo", "Mr D J Okonjo"), ("Mr B Ashworth-Lyle", "Mr B Ashworth-Lyle"),
            ("Mr K Barlow", "Mr K Barlow"), ("Mrs C E Brindley", "Mrs C E "), ("Mr P Cattermole", "Mr P Cattermole"),
            ("Ms R Fairweather", "Ms R Fairweather"), ("Mr G Kingsnorth", "Mr G Kingsnorth"), ("Mrs A Lomax", "Mrs A Lomax"),
            ("Mr T P Merriday", "Mr T P Merriday"), ("Mr M A Penhaligon", "Mr M A Penhaligon"), ("Mr R Quennell", "Mr R Quennell"),
            ("Mrs S Whitcombe", "Mrs S Whitcombe")]
votes = []
for person, q in vote_for:
    it = item(q, V, minute="50", position="for", person=person)
    if person == "Mrs C E Brindley":
        it["_note"] = "name wrapped: 'Mrs C E' / 'Brindley'"
    votes.append(it)
votes += [item("Ms N Achterberg", VA, minute="50", position="against", person="Ms N Achterberg"),
          item("Mr F Stroud", VA, minute="50", position="against", person="Mr F Stroud"),
          item("Mrs J Tiller", VB, minute="50", position="abstain", person="Mrs J Tiller")]

attended_item = [
    item("Tom Gresley (Head of Commissioning Portfolio – Outcome 3) and Lucy Farrant", M[49], person="Tom Gresley", minute="49", item="6"),
    item("Tom Gresley (Head of Commissioning Portfolio – Outcome 3) and Lucy Farrant", M[49], person="Lucy Farrant", minute="49", item="6",
         _note="her role '(Senior Commissioner)' on the next line"),
    item("Dr Anjali Rao (Director of Public Health) and Victoria Oyelaran (Consultant in", M[50], person="Dr Anjali Rao", minute="50", item="7"),
    item("Dr Anjali Rao (Director of Public Health) and Victoria Oyelaran (Consultant in", M[50], person="Victoria Oyelaran", minute="50", item="7"),
    item("Sinead Moynihan (Director of Adult Social Care and Health, East Kent) was in", M[51], person="Sinead Moynihan", minute="51", item="8"),
]

def person(name, forms, q, after=1, note=None):
    it = item(q, after, name=name, forms=forms)
    if note:
        it["_note"] = note
    return it

MS = at("Membership (17)")
people = [
    person("L M Harcourt", ["Mrs L M Harcourt"], "Mrs L M Harcourt", MS),
    person("D J Okonjo", ["Mr D J Okonjo"], "Mr D J Okonjo", MS),
    person("B Ashworth-Lyle", ["Mr B Ashworth-Lyle"], "Mr B Ashworth-Lyle", MS),
    person("C E Brindley", ["Mrs C E Brindley"], "Mrs C E Brindley", MS),
    person("P Cattermole", ["Mr P Cattermole"], "Mr P Cattermole", MS),
    person("Harold Dunstable", ["Mr H Dunstable", "Mr Harold Dunstable", "Mr Dunstable"], "Mr H Dunstable", MS),
    person("R Fairweather", ["Ms R Fairweather"], "Ms R Fairweather", MS),
    person("G Kingsnorth", ["Mr G Kingsnorth", "Mr Kingsnorth"], "Mr G Kingsnorth", MS),
    person("A Lomax", ["Mrs A Lomax"], "Mrs A Lomax", MS),
    person("T P Merriday", ["Mr T P Merriday"], "Mr T P Merriday", MS),
    person("Julian Ruskin-Hale", ["Mr J Ruskin-Hale", "Mr Julian Ruskin-Hale"], "Mr J Ruskin-Hale", MS),
    person("S Whitcombe", ["Mrs S Whitcombe"], "Mrs S Whitcombe", MS),
    person("N Achterberg", ["Ms N Achterberg", "Ms Achterberg"], "Ms N Achterberg", MS),
    person("K Barlow", ["Mr K Barlow", "Mr Barlow"], "Mr K Barlow", MS),
    person("M A Penhaligon", ["Mr M A Penhaligon"], "Mr M A Penhaligon", MS, "'OBE' is not a person"),
    person("J Tiller", ["Mrs J Tiller", "Mrs Tiller"], "Mrs J Tiller", MS),
    person("F Stroud", ["Mr F Stroud", "Mr Stroud"], "Mr F Stroud", MS),
    person("Robert Quennell", ["Mr R Quennell", "Mr Robert Quennell"], "Mr R Quennell", MIN),
    person("Dominic Ferrier", ["Mr D Ferrier", "Mr Dominic Ferrier", "Mr Ferrier"], "Mr D Ferrier", MIN),
    person("P Ogunleye", ["Mrs P Ogunleye"], "Mrs P Ogunleye", MIN),
    person("Marcus Delahaye", ["Marcus Delahaye", "Mr Marcus Delahaye", "Mr Delahaye"], "Marcus Delahaye", MIN),
    person("Anjali Rao", ["Dr Anjali Rao"], "Dr Anjali Rao", MIN),
    person("Sinead Moynihan", ["Sinead Moynihan", "Ms Moynihan"], "Sinead Moynihan", MIN),
    person("Tom Gresley", ["Tom Gresley", "Mr Gresley"], "Tom Gresley", MIN),
    person("Gareth Innes-Wood", ["Gareth Innes-Wood"], "Gareth Innes-Wood", MIN),
    person("Kirsty Vallance", ["Kirsty Vallance"], "Kirsty Vallance", MIN),
    person("Lucy Farrant", ["Lucy Farrant", "Ms Farrant"], "Lucy Farrant", MIN),
    person("Victoria Oyelaran", ["Victoria Oyelaran", "Ms Oyelaran"], "Victoria Oyelaran", MIN),
    person("Fiona Hartwell", ["Fiona Hartwell"], "Ask for: Fiona Hartwell", 1, "'Ask for' contact on the front sheet"),
    person("Benjamin Watts", ["Benjamin Watts"], "Benjamin Watts", 1, "General Counsel, signs the front sheet"),
]

write("minutes",
      f"heldout author (sealed pack Q), by hand against lines 1-{END_MIN} (front sheet of 12 March 2025 and minutes of 22 January 2025), before any extractor was run",
      {
          "meetings": {"match": ["date", "status"], "scope": [1, END_MIN], "items": meetings},
          "memberships": {"match": ["meeting", "person"], "items": memberships},
          "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
          "chair": {"items": [item("PRESENT: Mrs L M Harcourt (Chair)", MIN, meeting=HELD, person="Mrs L M Harcourt")]},
          "present": {"items": present},
          "also_present": {"items": also_present},
          "in_attendance": {"match": ["meeting", "person"], "items": in_attendance},
          "apologies": {"items": apologies},
          "attended_virtually": {"items": attended_virtually},
          "substitutes": {"items": substitutes},
          "declarations": {"match": ["meeting", "person"], "items": declarations},
          "minute_items": {"items": minute_items},
          "resolutions": {"items": resolutions},
          "votes": {"_note": "recorded vote at minute 50 (13 for / 2 against / 1 abstain); only the named votes are gold, the counts restate them; the lost motion to defer was not a recorded vote",
                    "items": votes},
          "attended_item": {"match": ["person", "minute"], "items": attended_item},
          "people": {"scope": [1, END_MIN],
                     "_note": f"front sheet and minutes (1-{END_MIN}); 'OBE' is not a person; report authors outside the scope are not scored here",
                     "items": people},
      })

# ---------------------------------------------------------------- decisions
CM = "Cabinet Member for Adult Social Care and Public Health"
decisions = [
    item("Decision No: 25/00011", REP_A, number="25/00011", title="Integrated Community Equipment Service – Contract Award",
         status="proposed", key_decision="true", considered_at=MEET, decision_maker=CM,
         _lines=f"front sheet, report {REP_A}, sheet {SHEET_A}"),
    item("25/00014", REP_B, number="25/00014", title="Supported Living Services – Recommissioning",
         status="proposed", key_decision="true", considered_at=MEET, decision_maker=CM,
         _note="report label 'Decision Number' on its own line, the number two lines below; sheet title under 'Subject Matter / Title of Decision'",
         _lines=f"front sheet, report {REP_B}, sheet {SHEET_B}"),
    item("25/00017", REP_C, number="25/00017", title="Integrated Sexual Health Service – Contract Extension",
         status="proposed", key_decision="true", considered_at=MEET, decision_maker="Dominic Ferrier",
         _note="the sheet prints the name 'Dominic Ferrier' then the post 'Cabinet Member for Adult Social Care and Public Health'; either is right",
         _lines=f"front sheet, report {REP_C} (number after a blank line), sheet {SHEET_C}"),
    item("49. 24/00118", MIN, number="24/00118", title="Care and Support in the Home Services - Contract Extension",
         status="endorsed", endorsed_at=HELD),
    item("50. 24/00121", MIN, number="24/00121", title="Adult Community Drug and Alcohol Treatment Service (West Kent) - Contract Award",
         status="endorsed", endorsed_at=HELD, _note="endorsed after a recorded vote (13-2-1); title wrapped"),
    item("decision 24/00127 - Discharge Support Grant Allocation 2024/25", MIN, number="24/00127",
         title="Discharge Support Grant Allocation 2024/25", status="taken",
         _note="noted in minute 52 as taken outside the meeting cycle"),
    item("25/00003 – Carers' Short Breaks Service – Direct Award", OUT, number="25/00003",
         title="Carers' Short Breaks Service – Direct Award", status="taken", considered_at=MEET, decision_maker=CM,
         _note="taken 29 January 2025 by the Cabinet Member outside the meeting cycle; reported for noting"),
    item("24/00052 - Integrated Community Equipment Service - Commissioning Approach", REP_A, number="24/00052",
         title="Integrated Community Equipment Service - Commissioning Approach",
         _note="background document; also in Past Pathway and 1.x/2.1 ('endorsement of decision 24/00052 by this Committee on 11 July 2024'); status left out (whether taken is not stated)"),
    item("decision 19/00027", REP_B, number="19/00027", _note="earlier supported living contracts; title not printed"),
    item("19/00034 – Integrated Sexual Health Service – Contract Award", REP_C, number="19/00034",
         title="Integrated Sexual Health Service – Contract Award", _note="background document; also 'decision 19/00034' in 1.1"),
    item("25/00026 - Technology Enabled Care Service -", WP, number="25/00026", title="Technology Enabled Care Service - Procurement",
         _note="work programme item for 14 May 2025; title wrapped onto the next line"),
    item("25/00029 - Public Health Recommissioning Programme", WP, number="25/00029", title="Public Health Recommissioning Programme 2027",
         _note="work programme item for 14 May 2025; '2027' wrapped onto the next line"),
]
reports = [
    item("Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE –", REP_A - 3, subject="INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT AWARD",
         meeting=MEET, decision="25/00011", classification="Unrestricted", division="All",
         _note="'To:' date wrapped: '– 12' / blank / 'March 2025'"),
    item("Subject: SUPPORTED LIVING SERVICES –", REP_B - 3, subject="SUPPORTED LIVING SERVICES – RECOMMISSIONING",
         meeting=MEET, decision="25/00014", division="All",
         _note="classification 'Unrestricted Report – Exempt Appendix 2 (...)' over four lines, so not scored"),
    item("Subject: INTEGRATED SEXUAL HEALTH SERVICE – CONTRACT", REP_C - 3, subject="INTEGRATED SEXUAL HEALTH SERVICE – CONTRACT EXTENSION",
         meeting=MEET, decision="25/00017", classification="Unrestricted", division="All"),
    item("Subject: ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q3 2024/25", PERF - 3, subject="ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q3 2024/25",
         meeting=MEET, classification="Unrestricted", division="All"),
    item("Subject: RISK MANAGEMENT: ADULT SOCIAL CARE AND PUBLIC HEALTH", RISK - 3, subject="RISK MANAGEMENT: ADULT SOCIAL CARE AND PUBLIC HEALTH",
         meeting=MEET, classification="Unrestricted"),
    item("Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE", OUT - 3, subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE",
         meeting=MEET, classification="For Information Only"),
    item("Subject: WORK PROGRAMME 2025", WP - 3, subject="WORK PROGRAMME 2025", meeting=MEET, classification="Unrestricted"),
]
write("decisions",
      "heldout author (sealed pack Q), by reading every line printing a NN/NNNNN decision number, the three proposed record of decision sheets and every 'Subject:' report header, before any extractor was run",
      {"decisions": {"match": ["number"], "items": decisions},
       "reports": {"match": ["subject", "meeting"], "items": reports}})

# ---------------------------------------------------------------- contracts
contracts = [
    item("a) EXTEND the Care and Support in the Home Services contracts for a period of 12", M[49],
         title="Care and Support in the Home Services", decision="24/00118", provider=None,
         extension_value="48600000", extension_start="2025-04-01", extension_end="2026-03-31",
         _note="minute 49 only: several providers, none named; '£48.6m' is the estimated value of the extra twelve months (Regulation 72); original term not stated, so no start/end; '68%' of home care hours is not a value"),
    item("highest scoring bid had been submitted by Forward Harbour Recovery, a registered", M[50],
         title="Adult Community Drug and Alcohol Treatment Service (West Kent)", decision="24/00121",
         provider="Forward Harbour Recovery", value="22750000", start="2025-07-01", end="2030-06-30",
         route="open tender", _note="minute 50 only: '£22,750,000 over the initial term'; option to extend for a further two years, no maximum value stated"),
    item("a) AWARD the contract for the Integrated Community Equipment Service to", REP_A,
         title="Integrated Community Equipment Service", decision="25/00011", provider="Harbourline Mobility Solutions Ltd",
         value="64800000", annual_value="12960000", max_value="90720000", start="2025-07-01", end="2030-06-30",
         route="open tender",
         _note="provider on the next line; '£64,800,000' (3.1) = '£64.8m' (sheet), '£12.96m per annum', maximum '£90,720,000' with both extensions; the £000 split table (KCC 7,517 / NHS 5,443) and the £1.2m Better Care Fund contribution are not contract values; the outgoing contract held by Northgate Living Aids Ltd (1.1) is background, not a gold contract"),
    item("a) APPROVE the award of contracts for Supported Living Services (Lots 1 to 4) to", REP_B,
         title="Supported Living Services", decision="25/00014", provider=None,
         value="124800000", annual_value="31200000", max_value="218400000", start="2025-10-01",
         _note="providers withheld: 'successful bidders identified in exempt Appendix 2'; four lots kept as one contract (lot values only in a table); total '£124.8m' (3.2) = table total 124,800,000; '£218.4m' with the extension; end of the four-year initial term is not printed so left out; 'over £3 million a month' (1.1) is current spend; Maplecroft Supported Living Ltd and Brightwater Lives are existing providers, not awardees"),
    item("a) approve the extension of the Integrated Sexual Health Service contract with", REP_C,
         title="Integrated Sexual Health Service", decision="25/00017", provider="Kent Community Health NHS Foundation Trust",
         annual_value="9500000", extension_value="14250000", extension_start="2025-10-01", extension_end="2027-03-31",
         _note="18-month extension under Regulation 72; dates printed '01/10/2025 to 31/03/2027' in the report and '1 October 2025 to 31 March 2027' on the sheet; '£14,250,000' = '£14.25m'; '£9.5m per annum' is the stated annual cost; original term (decision 19/00034) not stated, so no start/end; Cleartest Diagnostics Ltd is a subcontractor"),
    item("contract for the Carers' Short Breaks Service (West Kent) to Medway Valley Respite", OUT,
         title="Carers' Short Breaks Service (West Kent)", decision="25/00003", provider="Medway Valley Respite Partners CIC",
         value="730000", start="2025-02-01", end="2026-01-31", route="direct award",
         _note="outside-cycle decision; provider name wrapped ('Medway Valley Respite' / 'Partners CIC'); 'total cost of £730,000'"),
]
write("contracts",
      f"heldout author (sealed pack Q), minutes 49-50 ({M[49]}-{M[51]}), the three reports and sheets ({REP_A}-{PERF}), the outside-cycle report ({OUT}-{WP}), before any extractor was run; the work-programme procurements (25/00026, 25/00029) and the outgoing ICES contract are not gold contracts",
      {"contracts": {"match": ["title"], "items": contracts}})

# ---------------------------------------------------------------- organisations
def org(name, q, after=1, kind=None, provider=None, note=None):
    fields = {"name": name}
    if kind:
        fields["kind"] = kind
    if provider:
        fields["provider"] = provider
    if note:
        fields["_note"] = note
    return item(q, after, **fields)

orgs = [
    org("Care Quality Commission", "report from the Care Quality Commission (CQC)", MIN, "PublicBody"),
    org("Department of Health and Social Care", "improvement plan was being agreed with the Department of Health and", MIN, "PublicBody",
        note="wrapped: 'Social Care (DHSC)' on the next line; DHSC used later"),
    org("NHS Kent and Medway", "Kent County Council and NHS Kent and Medway (the Integrated Care Board)", REP_A, "NHSBody",
        note="the ICB; first printed wrapped in minute 48 ('NHS' / 'Kent and Medway'); 'Kent and Medway ICB' in the performance report is the same body"),
    org("East Kent Hospitals University NHS Foundation Trust", "East Kent Hospitals", MIN, "NHSBody",
        note="wrapped: 'University NHS Foundation Trust' on the next line"),
    org("Weald Carers Alliance", "trustee of the Weald Carers Alliance", MIN, "Charity",
        note="receives grant funding; not said to hold a contract"),
    org("Swale Community Links", "Swale Community Links", MIN, note="'Page 1' glued to the line"),
    org("Kent Integrated Care Alliance", "Kent Integrated Care Alliance", MIN, note="provider association; also in the risk register"),
    org("Forward Harbour Recovery", "Forward Harbour Recovery, a registered", MIN, "Charity", "yes"),
    org("Harbourline Mobility Solutions Ltd", "Harbourline Mobility Solutions Ltd for an initial term", REP_A, "Company", "yes",
        note="also wrapped in 2.3 ('Harbourline Mobility' / 'Solutions Ltd')"),
    org("Northgate Living Aids Ltd", "Northgate Living Aids Ltd", REP_A, "Company", "yes", note="holds the current ICES contract"),
    org("Medway Council", "Medway Council", REP_A, "PublicBody"),
    org("Kent Community Health NHS Foundation Trust", "Kent Community Health NHS Foundation", REP_A, "NHSBody", "yes",
        note="first in 2.2 of 25/00011 (wrapped 'Kent Community Health NHS Foundation' / 'Trust'); provider of the sexual health service (25/00017); KCHFT"),
    org("Kent Physical Disability Forum", "Kent Physical Disability Forum", REP_A),
    org("Invicta Law", "Invicta Law", REP_A),
    org("Healthwatch Kent", "Healthwatch Kent", REP_A, note="EqIA consultation list"),
    org("Maidstone and Tunbridge Wells NHS Trust", "Maidstone and Tunbridge Wells NHS Trust", REP_A, "NHSBody",
        note="consultation list, 'Page 27' glued to the line"),
    org("Age UK Canterbury", "Age UK Canterbury", REP_A, "Charity", note="consultation list"),
    org("Kent Sensory Impairment Network", "Kent Sensory Impairment Network", REP_A, note="consultation list"),
    org("Golding Homes", "Golding Homes", REP_B, note="housing provider (landlord), not a care contract"),
    org("Town and Country Housing", "Town and Country Housing", REP_B, note="housing provider (landlord)"),
    org("Kent Housing Group", "Kent Housing Group", REP_B),
    org("Maplecroft Supported Living Ltd", "Maplecroft Supported Living Ltd", REP_B, "Company", "yes", note="existing provider"),
    org("Brightwater Lives", "Brightwater", REP_B, "Charity", "yes", note="'the charity Brightwater' / 'Lives' wrapped; existing provider"),
    org("Kent Learning Disability Partnership Board", "Kent Learning Disability Partnership Board", REP_B),
    org("Kent Autism Collaborative", "the Kent Autism", REP_B, note="wrapped: 'Collaborative.' on the next line"),
    org("Cleartest Diagnostics Ltd", "Cleartest Diagnostics Ltd", REP_C, "Company", "yes", note="subcontractor running the online testing service"),
    org("NHS England", "NHS England", REP_C, "NHSBody"),
    org("Oakhurst PA Services Ltd", "Oakhurst PA Services Ltd", PERF, "Company", note="a personal assistant agency that withdrew from the market; provider status not scored"),
    org("Medway Valley Respite Partners CIC", "Medway Valley Respite", OUT, provider="yes",
        note="wrapped: 'Partners CIC' on the next line; direct award 25/00003"),
]
write("organisations",
      "heldout author (sealed pack Q), by reading the whole pack for external bodies, before any extractor was run",
      {"organisations": {"match": ["name"],
                         "_note": "not gold (places, funds, portals, the council's own bodies): Kent County Council, Sessions House, Kent Business Portal, Better Care Fund, Public Health Grant, Market Sustainability and Improvement Fund, Commissioning Board, Public Health Divisional Management Team, Kent and Medway ICB (= NHS Kent and Medway)",
                         "items": orgs}})
print("written")
