"""The hand-written gold of sealed pack R; this script only looks up the line of each item's quote and writes gold/*.json (run from this folder)."""
import json
lines = open('heldout_r.txt', encoding='utf-8').read().split('\n')
def L(quote, after=1):
    for i in range(after-1, len(lines)):
        if quote in lines[i]:
            return i+1
    raise SystemExit(f"quote not found after {after}: {quote!r}")
def it(after=1, **kw):
    kw = {k: v for k, v in kw.items() if v is not None or k == 'pages'}
    q = kw['quote']; kw['line'] = L(q, after); return kw
M = '2022-05-18'; S = '2022-07-13'; DOC = 'heldout_r.txt'
CM = "Cabinet Member for Adult Social Care and Public Health"
def write(area, checked, cats):
    json.dump({"document": DOC, "area": area, "checked_by": checked, "categories": cats},
              open(f'gold/heldout_r.{area}.json', 'w', encoding='utf-8'), indent=1, ensure_ascii=False)

# ------------------------------------------------------------ minutes (front sheet 1-87, minutes 88-263)
members = [("Mr A R Hendry", "Chairman", "Conservative", "Mr A R Hendry (Chairman)"),
           ("Mrs L M Farrant", "Vice-Chairman", "Conservative", "Mrs L M Farrant (Vice-Chairman)")] + \
    [(p, "Member", "Conservative", p) for p in ["Mr D C Ashbee", "Mrs J Broughton", "Mr P R Carrow", "Ms S Delahaye",
        "Mr K J Ellery", "Mrs M Gostling", "Mr T Inchbald", "Mr R W Kettering", "Mr N Lanyon", "Mr S Mottram"]] + \
    [("Ms R Oyelaran", "Member", "Labour", "Ms R Oyelaran"), ("Mr B Quilliam", "Member", "Liberal Democrat", "Mr B Quilliam"),
     ("Ms C Varley", "Member", "Green and Independent", "Ms C Varley")]
present = [("Mr A R Hendry", "PRESENT: Mr A R Hendry (Chairman)"), ("Mrs L M Farrant", "Mrs L M Farrant (Vice-Chairman), "),
  ("Mr D C Ashbee", "Mr D C Ashbee, Mrs J Broughton"), ("Mrs J Broughton", "Mrs J Broughton, Mr P R Carrow"),
  ("Mr P R Carrow", "Mr P R Carrow, Ms S Delahaye"), ("Ms S Delahaye", "Ms S Delahaye, Mr T Inchbald"),
  ("Mr T Inchbald", "Mr T Inchbald, "), ("Mr R W Kettering", "Mr R W Kettering, MBE, Mr N Lanyon"),
  ("Mr N Lanyon", "Mr N Lanyon, Mr S Mottram"), ("Mr S Mottram", "Mr S Mottram, Ms R Oyelaran"),
  ("Ms R Oyelaran", "Ms R Oyelaran, Mr B Quilliam"), ("Mr B Quilliam", "Mr B Quilliam, "),
  ("Ms C Varley", "Ms C Varley and Mr J P McInroy"), ("Mr J P McInroy", "and Mr J P McInroy")]
agenda = [("1", "Introduction/Webcasting Announcement", None, "1 Introduction/Webcasting Announcement"),
 ("2", "Apologies and Substitutes", None, "2 Apologies and Substitutes"),
 ("3", "Declarations of Interest by Members in items on the agenda", None, "3 Declarations of Interest by Members"),
 ("4", "Minutes of the meeting held on 18 May 2022", "1 - 10", "4 Minutes of the meeting held on 18 May 2022"),
 ("5", "Verbal Updates by Cabinet Member and Corporate Director", "11 - 12", "5 Verbal Updates by Cabinet Member"),
 ("6", "22/00061 - Sensory Impairment Support Service - Contract Extension", "13 - 24", "6 22/00061 - Sensory"),
 ("7", "22/00064 - Community Navigation and Wellbeing Service for Older People - Contract Award", "25 - 46", "7 22/00064 - Community"),
 ("8", "22/00066 - Adult Community Substance Misuse Treatment Service - West Kent", "47 - 60", "8 22/00066 - Adult"),
 ("9", "Adult Social Care Performance Dashboard - Quarter 4 2021/22", "61 - 74", "9 Adult Social Care Performance Dashboard"),
 ("10", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "75 - 80", "10 Decisions Taken Outside"),
 ("11", "Work Programme 2022/23", "81 - 84", "11 Work Programme 2022/23")]
minute_items = [("14", "2", "Apologies and Substitutes"), ("15", "3", "Declarations of Interest by Members in items on the agenda"),
 ("16", "4", "Minutes of the meeting held on 23 March 2022"), ("17", "5", "Verbal Updates by Cabinet Member and Corporate Director"),
 ("18", "6", "22/00037 - Carers' Short Breaks Service - Contract Award"),
 ("19", "7", "22/00040 - Adult Social Care Charging Policy - Disability Related Expenditure Allowance"),
 ("20", "8", "Adult Social Care Performance Dashboard - Quarter 3 2021/22"),
 ("21", "9", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle"), ("22", "10", "Work Programme 2022/23")]
res = [("16", "RESOLVED that the minutes of the meeting held on 23 March 2022 are correctly recorded and a paper copy be signed by the Chairman.", "RESOLVED that the minutes of the meeting held on 23 March 2022 are correctly"),
 ("17", "RESOLVED that the verbal updates be noted.", "RESOLVED that the verbal updates be noted."),
 ("18", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to: (a) AWARD the contract for the Carers' Short Breaks Service to Greensand Respite Care Ltd; and (b) DELEGATE authority to the Corporate Director Adult Social Care and Health to take relevant actions, including but not limited to finalising the terms of and entering into the contract, be endorsed.", "RESOLVED that the proposed decision to be taken by the Cabinet Member for"),
 ("19", "RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to approve the revised Disability Related Expenditure allowance, as set out in the report, be endorsed.", "RESOLVED that the proposed decision to be taken by the Cabinet Member for"),
 ("20", "RESOLVED that the performance of services in Quarter 3 be noted.", "RESOLVED that the performance of services in Quarter 3 be noted."),
 ("21", "RESOLVED that the decision 22/00026 - Extension of the Kent Enablement Night Service contract with Nightingale Homecare Partnership Ltd until 31 December 2022, taken in accordance with the process in Part 4 of the Constitution, be noted.", "RESOLVED that the decision 22/00026"),
 ("22", "RESOLVED that the Work Programme 2022/23 be noted.", "RESOLVED that the Work Programme 2022/23 be noted.")]
res_after = {"18": 190, "19": 230}
votes = [("for", p) for p in ["Mr A R Hendry", "Mrs L M Farrant", "Mr D C Ashbee", "Mrs J Broughton", "Mr P R Carrow",
          "Mr T Inchbald", "Mr R W Kettering", "Mr N Lanyon", "Mr S Mottram"]] + \
        [("against", p) for p in ["Ms R Oyelaran", "Mr B Quilliam", "Ms C Varley"]] + [("abstain", "Mr J P McInroy")]
people = [("A R Hendry", ["Mr A R Hendry"]), ("L M Farrant", ["Mrs L M Farrant"]), ("D C Ashbee", ["Mr D C Ashbee"]),
 ("J Broughton", ["Mrs J Broughton"]), ("P R Carrow", ["Mr P R Carrow"]), ("S Delahaye", ["Ms S Delahaye", "Ms Delahaye"]),
 ("K J Ellery", ["Mr K J Ellery", "Mr Ellery"]), ("M Gostling", ["Mrs M Gostling", "Mrs Gostling"]), ("T Inchbald", ["Mr T Inchbald"]),
 ("R W Kettering", ["Mr R W Kettering", "Mr Kettering"]), ("N Lanyon", ["Mr N Lanyon"]), ("S Mottram", ["Mr S Mottram"]),
 ("R Oyelaran", ["Ms R Oyelaran", "Ms Oyelaran"]), ("B Quilliam", ["Mr B Quilliam", "Mr Quilliam"]), ("C Varley", ["Ms C Varley", "Ms Varley"]),
 ("J P McInroy", ["Mr J P McInroy", "Mr McInroy"]), ("Joanna Pettifer", ["Mrs J Pettifer", "Mrs Joanna Pettifer", "Mrs Pettifer"]),
 ("Mark Everden", ["Mark Everden", "Mr Mark Everden", "Mr Everden"]), ("Sandra Pelling", ["Sandra Pelling"]),
 ("Oliver Streete", ["Oliver Streete", "Mr Streete"]), ("Nadia Farooqui", ["Dr Nadia Farooqui"]), ("Liam Dawtrey", ["Liam Dawtrey"]),
 ("Tamsin Crowhurst", ["Ms Tamsin Crowhurst", "Ms Crowhurst"]), ("Joel Whitfield", ["Joel Whitfield"]), ("Benjamin Watts", ["Benjamin Watts"])]
minutes = {
 "meetings": {"match": ["date", "status"], "scope": [1, 263], "items": [
   it(date=S, status="scheduled", venue="Council Chamber, Sessions House, County Hall, Maidstone", start_time="10:00",
      quote="Wednesday, 13 July 2022 at 10.00 am", _note="venue wrapped over 6-7; 'Ask for: Joel Whitfield' glued to the date line"),
   it(date=M, status="held", venue="Council Chamber, Sessions House, County Hall, Maidstone",
      quote="Chamber, Sessions House, County Hall, Maidstone on Wednesday, 18th May, ", _note="date wrapped: '18th May,' / '2022.' (92-93)")]},
 "memberships": {"match": ["meeting", "person"], "items": [
   it(meeting=S, person=p, role=r, party=g, quote=q, _note=("'MBE' is an honour, not a member" if "Kettering" in p else
      "party label wrapped over 22-23, name on 24" if "Varley" in p else None)) for p, r, g, q in members]},
 "agenda_items": {"match": ["meeting", "item"], "items": [
   it(meeting=S, item=n, title=t, pages=pg, quote=q) for n, t, pg, q in agenda]},
 "chair": {"items": [it(meeting=M, person="Mr A R Hendry", quote="PRESENT: Mr A R Hendry (Chairman)")]},
 "present": {"items": [it(90, meeting=M, person=p, quote=q) for p, q in present]},
 "also_present": {"items": [it(90, meeting=M, person="Mrs J Pettifer", quote="ALSO PRESENT: Mrs J Pettifer")]},
 "in_attendance": {"match": ["meeting", "person"], "items": [
   it(90, meeting=M, person="Mark Everden", role="Corporate Director Adult Social Care and Health", quote="IN ATTENDANCE: Mark Everden (Corporate Director Adult Social Care and Health)"),
   it(90, meeting=M, person="Sandra Pelling", role="Director of Adult Social Care and Health North and West Kent", quote="Sandra Pelling (Director of Adult Social Care and Health North and West Kent)"),
   it(90, meeting=M, person="Oliver Streete", role="Head of Commissioning Portfolio – Outcomes 2 and 3", quote="Oliver Streete (Head of Commissioning Portfolio", _note="role wrapped: '... Outcomes 2 and' / '3)'"),
   it(90, meeting=M, person="Dr Nadia Farooqui", role="Consultant in Public Health", quote="Dr Nadia Farooqui (Consultant in Public Health)"),
   it(90, meeting=M, person="Liam Dawtrey", role="Democratic Services Officer", quote="Liam Dawtrey (Democratic", _note="role wrapped: '(Democratic' / 'Services Officer)'")]},
 "apologies": {"items": [
   it(90, meeting=M, person="Mr Ellery", quote="Apologies for absence were received from Mr Ellery"),
   it(90, meeting=M, person="Mrs Gostling", quote="Mr Ellery and Mrs Gostling")]},
 "attended_virtually": {"items": [it(90, meeting=M, person="Ms Delahaye", quote="Ms Delahaye attended the meeting", _note="'virtually.' on the next non-blank line; she is also in PRESENT")]},
 "substitutes": {"items": [it(90, meeting=M, person="Mr McInroy", **{"for": "Mr Ellery"}, quote="was present as substitute for Mr Ellery", _note="'Mr McInroy' ends line 115, a blank line between")]},
 "declarations": {"match": ["meeting", "person"], "items": [
   it(90, meeting=M, person="Ms Oyelaran", item="6", text="Ms Oyelaran declared an interest in Item 6 as her husband was employed as a support worker by a short breaks provider in Swale.", quote="Ms Oyelaran declared an interest in Item 6"),
   it(90, meeting=M, person="Mr Kettering", text="Mr Kettering declared that he was a trustee of Heartwood Carers Trust.", quote="Mr Kettering declared that he was a trustee of Heartwood Carers")]},
 "minute_items": {"items": [it(90, meeting=M, minute=m, item=i, title=t, quote=f"{m}. {t[:40]}") for m, i, t in minute_items]},
 "resolutions": {"items": [it(res_after.get(m, 90), meeting=M, minute=m, text=t, quote=q) for m, t, q in res]},
 "votes": {"_note": "recorded vote at minute 19 (223-235); the lost motion to defer (215-217) was not a recorded vote; Ms Delahaye (virtual) did not vote", "items": [
   it(220, minute="19", position=pos, person=p, quote=p) for pos, p in votes]},
 "attended_item": {"match": ["person", "minute"], "items": [
   it(meeting=M, person="Ms Tamsin Crowhurst", minute="18", item="6", quote="Ms Tamsin Crowhurst (Senior Commissioner) was in attendance for this item.")]},
 "people": {"scope": [1, 263], "_note": "front sheet (1-87) and minutes of 18 May 2022 (88-263); 'MBE' is not a person; Ms Oyelaran's husband is not named", "items": [
   it(name=n, forms=f, quote=f[0]) for n, f in people]},
}
# Mrs Joanna Pettifer is wrapped ('Mrs Joanna' / 'Pettifer') at 140-141
write("minutes", "heldout author (sealed pack R), by hand against lines 1-263 (front sheet of 13 July 2022 and minutes of 18 May 2022), before any extractor was run", minutes)

# ------------------------------------------------------------ decisions
decisions = {"decisions": {"match": ["number"], "items": [
  it(400, number="22/00061", title="Sensory Impairment Support Service – Contract Extension", status="proposed", key_decision="true", considered_at=S, decision_maker="Joanna Pettifer", quote="22/00061", _lines="front sheet 55, report 276, sheet 410-440 (number on its own line after 'DECISION NO:')"),
  it(620, number="22/00064", title="Community Navigation and Wellbeing Service for Older People – Contract Award", status="proposed", key_decision="true", considered_at=S, decision_maker="Joanna Pettifer", quote="22/00064", _lines="front sheet 58, report 476, sheet 624-680 (title wrapped)"),
  it(number="22/00066", title="Adult Community Substance Misuse Treatment Service – West Kent", status="proposed", key_decision="true", considered_at=S, decision_maker="Joanna Pettifer", quote="DECISION NO: 22/00066", _lines="front sheet 61, report 747, sheet 872-921"),
  it(number="22/00037", title="Carers' Short Breaks Service - Contract Award", status="endorsed", considered_at=M, endorsed_at=M, decision_maker=CM, quote="18. 22/00037 - Carers' Short Breaks Service - Contract Award", _note="minute 18; key decision not stated"),
  it(number="22/00040", title="Adult Social Care Charging Policy - Disability Related Expenditure Allowance", status="endorsed", considered_at=M, endorsed_at=M, decision_maker=CM, quote="19. 22/00040 - Adult Social Care Charging Policy - Disability Related", _note="minute 19, endorsed on a recorded vote; title wrapped"),
  it(number="22/00026", title="Extension of the Kent Enablement Night Service contract", status="taken", quote="RESOLVED that the decision 22/00026", _note="minute 21: taken outside the meeting cycle, noted on 18 May 2022; not an endorsement"),
  it(number="22/00049", title="Hospital Discharge Step-Down Beds", status="taken", decision_maker=CM, quote="1. 22/00049 – Hospital Discharge Step-Down Beds", _note="outside-cycle decision taken 26 April 2022"),
  it(number="22/00052", title="Digital Care Records for Care Homes", status="taken", decision_maker=CM, quote="2. 22/00052 – Digital Care Records for Care Homes", _note="outside-cycle decision taken 9 June 2022"),
  it(number="17/00088", status="taken", quote="competitive tender in 2017 (decision 17/00088)", _note="the original 2017 award of the sensory service, cited only; no title printed"),
  it(number="22/00078", title="Integrated Community Equipment Service – Extension and Recommissioning", status="proposed", key_decision="true", quote="22/00078 – Integrated Community Equipment Service", _note="work programme item for 28 September 2022; not yet considered"),
  it(number="22/00081", title="Shared Lives Scheme – Dynamic Purchasing System", status="proposed", key_decision="true", quote="22/00081 – Shared Lives Scheme – Dynamic Purchasing", _note="work programme, title wrapped ('System' on the next line)")]},
 "reports": {"match": ["subject", "meeting"], "items": [
  it(number=None, subject="SENSORY IMPAIRMENT SUPPORT SERVICE – CONTRACT EXTENSION", meeting=S, decision="22/00061", classification="Unrestricted", division="All", quote="Subject:  SENSORY IMPAIRMENT SUPPORT SERVICE – "),
  it(subject="COMMUNITY NAVIGATION AND WELLBEING SERVICE FOR OLDER PEOPLE – CONTRACT AWARD", meeting=S, decision="22/00064", classification="Unrestricted", division="All", quote="Subject:  COMMUNITY NAVIGATION AND WELLBEING SERVICE FOR "),
  it(subject="ADULT COMMUNITY SUBSTANCE MISUSE TREATMENT SERVICE – WEST KENT", meeting=S, decision="22/00066", classification="Unrestricted", division="Maidstone, Sevenoaks, Tonbridge and Malling and Tunbridge Wells divisions", quote="Subject:  ADULT COMMUNITY SUBSTANCE MISUSE TREATMENT ", _note="label 'Electoral Divisions:' (plural), value wrapped over two lines (758-759)"),
  it(subject="ADULT SOCIAL CARE PERFORMANCE DASHBOARD – QUARTER 4 2021/22", meeting=S, classification="Unrestricted", division="All", quote="Subject:  ADULT SOCIAL CARE PERFORMANCE DASHBOARD – "),
  it(subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=S, classification="Unrestricted", division="All", quote="Subject:  DECISIONS TAKEN OUTSIDE OF THE CABINET "),
  it(subject="Work Programme 2022/23", meeting=S, classification="Unrestricted", quote="Subject:  Work Programme 2022/23")]}}
write("decisions", "heldout author (sealed pack R), by reading every line printing a NN/NNNNN decision number, the report front matter and the three proposed record of decision sheets, before any extractor was run", decisions)

# ------------------------------------------------------------ contracts
contracts = {"contracts": {"match": ["title"], "items": [
  it(title="Sensory Impairment Support Service", decision="22/00061", provider="Wealden Sight and Hearing Trust", extension_value="1460000", extension_start="2022-10-01", extension_end="2023-09-30",
     quote="a) APPROVE the extension of the Sensory Impairment Support Service contract", _note="12-month extension under Regulation 72(1)(b); original term not stated (awarded 2017, decision 17/00088), so no start/end; current annual value £1,395,000 and the £6,975,000 of past years (table 1) are not the extension's cost"),
  it(title="Community Navigation and Wellbeing Service for Older People", decision="22/00064", provider="Cobtree Community Partnership", value="3450000", annual_value="1150000", max_value="5750000", start="2022-10-01", end="2025-09-30", route="open tender",
     quote="a) AWARD the contract for the Community Navigation and Wellbeing Service for", _note="provider named only in the body (2.2, 'recommended as the provider'), recommendations say 'highest scoring bidder'; current grants £1,212,000 a year are not the value"),
  it(title="Adult Community Substance Misuse Treatment Service – West Kent", decision="22/00066", provider="Harbourside Recovery Partnership Ltd", value="16300000", annual_value="3260000", max_value="22820000", start="2023-04-01", end="2028-03-31", route="open tender",
     quote="a) DELEGATE authority to the Director of Public Health to award the contract for", _note="provider and values only in Table 2 (£000, provider name wrapped over three lines); 'over £3 million per year' and the £612,000 grant are not the value; route printed as 'open procedure'"),
  it(title="Carers' Short Breaks Service", decision="22/00037", provider="Greensand Respite Care Ltd", value="2700000", start="2022-10-01", end="2025-09-30", route="open tender",
     quote="(a) AWARD the contract for the Carers' Short Breaks Service to Greensand", _note="contract only in the minutes (minute 18); provider wrapped 'Greensand' / 'Respite Care Ltd'"),
  it(title="Kent Enablement Night Service", decision="22/00026", provider="Nightingale Homecare Partnership Ltd", extension_end="2022-12-31",
     quote="RESOLVED that the decision 22/00026 - Extension of the Kent Enablement", _note="minute 21 only: extension until 31 December 2022; start and value not stated"),
  it(title="Hospital Discharge Step-Down Beds", decision="22/00049", provider="Marshlands Care Homes Ltd", value="986000", start="2022-05-01", end="2022-09-30", route="direct award",
     quote="to Marshlands Care Homes Ltd for the period 1 May 2022 to 30 September", _note="block contract, outside-cycle decision; £1,095 per bed per week is a rate, not the value"),
  it(title="Digital Care Records for Care Homes", decision="22/00052", provider="Tessellate Digital Ltd", value="420000", start="2022-07-01", end="2024-06-30", route="framework call-off",
     quote="contract was awarded to Tessellate Digital Ltd, for two years from 1 July 2022 to", _note="call-off from CCS framework RM6221; 'up to £420,000' read as the stated total value (judgement: a ceiling, not an extension maximum)")]}}
write("contracts", "heldout author (sealed pack R), minutes 18 and 21 (176-262), the three reports and sheets (264-922), the outside-cycle report (994-1045), before any extractor was run; work-programme items 22/00078 and 22/00081 (not yet decided) are not gold contracts", contracts)

# ------------------------------------------------------------ organisations
O = lambda name, quote, kind=None, provider=None, after=1, note=None: it(after, name=name, kind=kind, provider=provider, quote=quote, _note=note)
orgs = [
 O("Heartwood Carers Trust", "trustee of Heartwood Carers", "Charity", "no", note="declaration, name wrapped ('Trust.' on the next line)"),
 O("Department of Health and Social Care", "Department of Health and Social Care", "PublicBody", "no", note="acronym DHSC on the next line"),
 O("NHS Kent and Medway Clinical Commissioning Group", "NHS Kent and Medway Clinical", "NHSBody", "no", note="wrapped over two lines; also in the EqIA list"),
 O("NHS Kent and Medway Integrated Care Board", "Commissioning Group would be replaced by NHS Kent and Medway", "NHSBody", "no", note="wrapped ('Integrated Care Board' on the next line); also report 3"),
 O("Care Quality Commission", "Care Quality Commission", "PublicBody", "no"),
 O("Greensand Respite Care Ltd", "Greensand Respite Care Ltd", "Company", "yes", note="awarded 22/00037; also wrapped in the resolution"),
 O("Nightingale Homecare Partnership Ltd", "Night Service contract with Nightingale Homecare Partnership Ltd", "Company", "yes"),
 O("Wealden Sight and Hearing Trust", "with Wealden Sight and Hearing Trust", "Charity", "yes", note="holds the sensory contract; kind from 'Trust' (not stated as a charity) - judgement"),
 O("Invicta Law", "Invicta Law has advised", "Company", None, note="legal adviser; kind/provider judgement: advises the Council, not a care provider, so provider left out"),
 O("Cobtree Community Partnership", "The highest scoring bid was submitted by Cobtree Community Partnership", "Charity", "yes", note="'a registered charity'"),
 O("Sheppey Older People's Forum", "Sheppey Older People's Forum", None, "no", note="EqIA consultation list"),
 O("Thanet Carers' Hub CIC", "Thanet Carers' Hub CIC", None, "no", note="EqIA list; a CIC, kind left out"),
 O("Kent Deaf Connect", "Kent Deaf Connect", None, "no", note="EqIA list"),
 O("Age Concern Hythe and Lyminge", "Age Concern Hythe and Lyminge", None, "no", note="EqIA list"),
 O("Healthwatch Kent", "Healthwatch Kent Page 29", None, "no", note="EqIA list, 'Page 29' glued to the entry"),
 O("Tonbridge and Malling Borough Council", "Tonbridge and Malling Borough Council", "PublicBody", "no"),
 O("Swale Borough Council", "Swale Borough Council", "PublicBody", "no"),
 O("Office for Health Improvement and Disparities", "Office for Health Improvement and", "PublicBody", "no", note="wrapped ('Disparities (OHID)' on the next line)"),
 O("Kent and Medway NHS and Social Care Partnership Trust", "Kent and Medway NHS and Social Care Partnership Trust", "NHSBody", "no", note="partner in shared care, no contract"),
 O("Harbourside Recovery Partnership Ltd", "Harbourside ", "Company", "yes", after=800, note="preferred bidder in Table 2 only, wrapped over three lines"),
 O("Maidstone and Tunbridge Wells NHS Trust", "Maidstone and Tunbridge Wells NHS Trust", "NHSBody", "no"),
 O("East Kent Hospitals University NHS Foundation Trust", "Hospitals University NHS Foundation Trust", "NHSBody", "no", note="wrapped ('East Kent' ends the line above)"),
 O("Marshlands Care Homes Ltd", "Marshlands Care Homes Ltd", "Company", "yes"),
 O("Crown Commercial Service", "Crown ", "PublicBody", "no", after=1020, note="wrapped ('Commercial Service framework RM6221' on the next line)"),
 O("Tessellate Digital Ltd", "Tessellate Digital Ltd", "Company", "yes"),
 O("NHS Transformation Directorate", "NHS Transformation Directorate", "NHSBody", "no", note="funder only"),
]
organisations = {"organisations": {"match": ["name"], "_note": "not gold (places, websites, funds, generic or the council's own bodies): Kent County Council, KCC, Sessions House, Kent Business Portal, Integrated Care Partnership, Kent Safeguarding Adults Board, Public Health Grant, Supplemental Substance Misuse Treatment and Recovery Grant, Adult Social Care Digital Transformation fund, 'a short breaks provider in Swale', 'the incumbent provider', Bidders A-D, Kent Substance Misuse needs assessment", "items": orgs}}
write("organisations", "heldout author (sealed pack R), by reading the whole pack (1-1098) for external bodies, before any extractor was run", organisations)
