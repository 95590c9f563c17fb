"""Hand-written gold for sealed pack X: items and quotes; this script only looks up each quote's line and writes gold/*.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_x.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")
M, P = "2022-10-13", "2022-09-21"


def L(quote, after=0):
    for i, line in enumerate(LINES, 1):
        if i > after and quote in line:
            return i
    raise SystemExit(f"quote not found: {quote!r} after {after}")


def it(quote, after=0, **kw):
    d = dict(kw)
    d["quote"] = quote
    d["line"] = L(quote, after)
    return d


def write(area, checked_by, cats):
    out = {"document": DOC, "area": area, "checked_by": checked_by, "categories": cats}
    (HERE / "gold" / f"heldout_x.{area}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------- minutes ----------------
C, LAB = "Conservative", "Labour"
members = [
    ("Mr P J Ashworth", "Chairman", C, "Mr P J Ashworth (Chairman)"),
    ("Mrs D M Ferrier", "Vice-Chairman", C, "Mrs D M Ferrier (Vice-Chairman)"),
    ("Mr B Halloran", "Member", C, None), ("Mrs J Kettleby", "Member", C, None),
    ("Mr R Lavington", "Member", C, None), ("Ms C Marriner", "Member", C, None),
    ("Mr T Nandra", "Member", C, None), ("Mr S Oakridge", "Member", C, None),
    ("Mrs F Pelham", "Member", C, None), ("Mr W Quarrie", "Member", C, None),
    ("Mr H Stannard", "Member", C, None), ("Mrs G Tollhurst", "Member", C, None),
    ("Ms A Burwash", "Member", LAB, None), ("Mr K Ofori", "Member", LAB, None),
    ("Mr E Rainsford", "Member", "Liberal Democrat", "Mr E Rainsford, MBE"),
    ("Mr L Dunkley", "Member", "Green and Independent", None),
]
memberships = []
for person, role, party, q in members:
    x = it(q or person, meeting=M, person=person, role=role, party=party)
    if party == "Green and Independent":
        x["_note"] = "party label wrapped: 'Green and' / 'Independent (1): Mr L Dunkley'"
    memberships.append(x)

agenda = [
    ("1", "Introduction/Webcasting Announcement", None, "- 1 Introduction/Webcasting"),
    ("2", "Apologies and Substitutes", None, "- 2 Apologies and Substitutes"),
    ("3", "Declarations of Interest by Members in items on the agenda", None, "- 3 Declarations of Interest"),
    ("4", "Minutes of the meeting held on 21 September 2022", "1 - 14", "- 4 Minutes of the meeting held on 21 September 2022"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None, "- 5 Verbal Updates"),
    ("6", "22/00081 - Integrated Community Equipment Service - Contract Award", "15 - 38", "- 6 22/00081"),
    ("7", "22/00086 - Carers' Short Breaks Service - Contract Extension", "39 - 52", "- 7 22/00086"),
    ("8", "22/00090 - Day Opportunities Dynamic Purchasing System", "53 - 78", "- 8 22/00090"),
    ("9", "Adult Social Care and Health Performance Q1 2022/23", "79 - 92", "- 9 Adult Social Care and Health Performance"),
    ("10", "Risk Management: Adult Social Care and Health", "93 - 104", "- 10 Risk Management"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "105 - 110", "- 11 Decisions Taken Outside"),
    ("12", "Work Programme 2022/23", "111 - 114", "- 12 Work Programme 2022/23"),
    ("13", "Exempt Appendix to Item 6 - Integrated Community Equipment Service", "115 - 120", "- 13 Exempt Appendix to Item 6"),
]
agenda_items = [it(q, meeting=M, item=n, title=t, pages=p) for n, t, p, q in agenda]

present_names = ["Mr P J Ashworth", "Mrs D M Ferrier", "Ms A Burwash", "Mr L Dunkley", "Mr B Halloran",
                 "Mrs J Kettleby", "Ms C Marriner", "Mr T Nandra", "Mr K Ofori", "Mrs F Pelham",
                 "Mr E Rainsford", "Mr H Stannard", "Mrs G Tollhurst"]
present = [it(n, 78, meeting=P, person=n) for n in present_names]
present.append(it("Featherstonehaugh", 81, meeting=P, person="Mr M Featherstonehaugh",
                  _note="substitute; name wrapped over 81-82 ('Mr M' / 'Featherstonehaugh')"))

in_att = [
    it("Rowena Illingworth (Corporate Director Adult Social Care and Health)", meeting=P, person="Rowena Illingworth", role="Corporate Director Adult Social Care and Health"),
    it("Dominic Asante (Director of Adult Social Care and Health North and West Kent)", meeting=P, person="Dominic Asante", role="Director of Adult Social Care and Health North and West Kent"),
    it("Mbatha (Assistant Director Commissioning (Adults))", meeting=P, person="Josephine Mbatha", role="Assistant Director Commissioning (Adults)", _note="name wrapped 87-88 ('Josephine' / 'Mbatha'); role contains nested brackets"),
    it("Clive Ruddock (Head of Finance", meeting=P, person="Clive Ruddock", role="Head of Finance Operations", _note="role wrapped 88-89"),
    it("Tamsin Yeo (Democratic Services Officer)", meeting=P, person="Tamsin Yeo", role="Democratic Services Officer"),
]

minute_defs = [
    ("18", "2", "Apologies and Substitutes"),
    ("19", "3", "Declarations of Interest by Members in items on the agenda"),
    ("20", "4", "Minutes of the meeting held on 14 July 2022"),
    ("21", "5", "Verbal updates by Cabinet Member and Corporate Director"),
    ("22", "6", "22/00064 - Kent Sensory Services - Contract Award"),
    ("23", "7", "22/00067 - Adult Social Care Charging Policy - Disability Related Expenditure"),
    ("24", "8", "Kent Dementia Strategy 2022-2025"),
    ("25", "9", "Risk Management: Adult Social Care and Health"),
    ("26", "10", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle"),
    ("27", "11", "Work Programme 2022/23"),
]
minute_items = [it(f"{m}. {t}", 90, meeting=P, minute=m, item=i, title=t) for m, i, t in minute_defs]

res = [
    ("20", "RESOLVED that the minutes of the meeting held on 14 July 2022 are correctly recorded and that they be signed by the Chair.", "RESOLVED that the minutes of the meeting held on 14 July 2022 are correctly recorded"),
    ("21", "RESOLVED that the verbal updates be noted.", "RESOLVED that the verbal updates be noted."),
    ("22", "RESOLVED that the Committee endorse the proposed decision of the Cabinet Member for Adult Social Care and Public Health to AWARD the Kent Sensory Services contract to Sightline Kent, as shown at Appendix A.", "3. RESOLVED that the Committee endorse the proposed decision of the Cabinet Member for"),
    ("23", "RESOLVED that the Committee endorse the proposed decision to adopt the revised approach to Disability Related Expenditure, as shown at Appendix A.", "4. RESOLVED that the Committee endorse the proposed decision to adopt the revised"),
    ("24", "RESOLVED that the Kent Dementia Strategy 2022-2025 be noted.", "RESOLVED that the Kent Dementia Strategy 2022-2025 be noted."),
    ("25", "RESOLVED that the risk register be noted.", "RESOLVED that the risk register be noted."),
    ("26", "RESOLVED that the decision be noted.", "RESOLVED that the decision be noted."),
    ("27", "RESOLVED that the work programme 2022/23 be noted.", "RESOLVED that the work programme 2022/23 be noted."),
]
resolutions = [it(q, meeting=P, minute=m, text=t) for m, t, q in res]

votes = []
for n in ["Mr P J Ashworth", "Mrs D M Ferrier", "Mr B Halloran", "Mrs J Kettleby", "Ms C Marriner"]:
    votes.append(it(n, 170, minute="23", position="for", person=n))
votes.append(it("Mr T", 170, minute="23", position="for", person="Mr T Nandra", _note="wrapped 171-172 ('Mr T' / 'Nandra')") | {"line": 171})
for n in ["Mrs F Pelham", "Mr H Stannard", "Mrs G Tollhurst", "Mr M Featherstonehaugh"]:
    votes.append(it(n, 171, minute="23", position="for", person=n))
for n in ["Ms A Burwash", "Mr L Dunkley", "Mr K Ofori"]:
    votes.append(it(n, 174, minute="23", position="against", person=n))
votes.append(it("Mr E Rainsford", 177, minute="23", position="abstain", person="Mr E Rainsford"))

attended_item = [
    it("Emeka Lawal (Senior Commissioner) was in attendance for this item.", person="Emeka Lawal", minute="22", item="6"),
    it("Harriet Okonkwo-Bell (Head of Client Financial Services) was in attendance for this item.", person="Harriet Okonkwo-Bell", minute="23", item="7"),
]

people_defs = [
    ("P J Ashworth", ["Mr P J Ashworth"], "Mr P J Ashworth", 0),
    ("D M Ferrier", ["Mrs D M Ferrier"], "Mrs D M Ferrier", 0),
    ("B Halloran", ["Mr B Halloran", "Mr Halloran"], "Mr B Halloran", 0),
    ("J Kettleby", ["Mrs J Kettleby", "Mrs Kettleby"], "Mrs J Kettleby", 0),
    ("Richard Lavington", ["Mr R Lavington", "Mr Richard Lavington"], "Mr R Lavington", 0),
    ("C Marriner", ["Ms C Marriner"], "Ms C Marriner", 0),
    ("Tariq Nandra", ["Mr T Nandra", "Mr Tariq Nandra"], "Mr T Nandra", 0),
    ("Simon Oakridge", ["Mr S Oakridge", "Mr Simon Oakridge"], "Mr S Oakridge", 0),
    ("F Pelham", ["Mrs F Pelham"], "Mrs F Pelham", 0),
    ("William Quarrie", ["Mr W Quarrie", "Mr William Quarrie", "Mr Quarrie"], "Mr W Quarrie", 0),
    ("H Stannard", ["Mr H Stannard"], "Mr H Stannard", 0),
    ("G Tollhurst", ["Mrs G Tollhurst"], "Mrs G Tollhurst", 0),
    ("A Burwash", ["Ms A Burwash", "Ms Burwash"], "Ms A Burwash", 0),
    ("K Ofori", ["Mr K Ofori", "Mr Ofori"], "Mr K Ofori", 0),
    ("E Rainsford", ["Mr E Rainsford"], "Mr E Rainsford, MBE", 0),
    ("L Dunkley", ["Mr L Dunkley", "Mr Dunkley"], "Mr L Dunkley", 0),
    ("Rosalind Penhaligon", ["Rosalind Penhaligon"], "Ask for: **Rosalind Penhaligon**", 0),
    ("Benjamin Watts", ["Benjamin Watts"], "Benjamin Watts", 0),
    ("Marcus Featherstonehaugh", ["Mr M Featherstonehaugh", "Mr Marcus Featherstonehaugh"], "Featherstonehaugh", 81),
    ("M Crisfield-Hale", ["Mrs M Crisfield-Hale", "Mrs Crisfield-Hale"], "Mrs M Crisfield-Hale", 0),
    ("Rowena Illingworth", ["Rowena Illingworth"], "Rowena Illingworth", 0),
    ("Dominic Asante", ["Dominic Asante"], "Dominic Asante", 0),
    ("Josephine Mbatha", ["Josephine Mbatha"], "Josephine", 86),
    ("Clive Ruddock", ["Clive Ruddock"], "Clive Ruddock", 0),
    ("Tamsin Yeo", ["Tamsin Yeo"], "Tamsin Yeo", 0),
    ("Emeka Lawal", ["Emeka Lawal", "Mr Lawal"], "Emeka Lawal", 0),
    ("Harriet Okonkwo-Bell", ["Harriet Okonkwo-Bell", "Ms Okonkwo-Bell"], "Harriet Okonkwo-Bell", 0),
]
people = [it(q, a, name=n, forms=f) for n, f, q, a in people_defs]
for p in people:
    if p["name"] == "M Crisfield-Hale":
        p["_note"] = "Cabinet Member; full name 'Margaret Crisfield-Hale' only in the reports (outside scope)"
    if p["name"] == "Josephine Mbatha":
        p["_note"] = "wrapped 87-88"

write("minutes", "heldout author (sealed pack X), by hand against lines 1-212 (front sheet of 13 October 2022 and minutes of 21 September 2022), before any extractor was run", {
    "meetings": {"match": ["date", "status"], "scope": [1, 212], "items": [
        it("Thursday, 13 October 2022 at 10.00 am", date=M, status="scheduled", venue="Council Chamber, Sessions House, County Hall, Maidstone", start_time="10:00"),
        it("Chamber, Sessions House, County Hall, Maidstone on Wednesday, 21st September, 2022.", date=P, status="held", venue="Council Chamber, Sessions House, County Hall, Maidstone"),
    ]},
    "memberships": {"match": ["meeting", "person"], "items": memberships},
    "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
    "chair": {"items": [it("PRESENT: Mr P J Ashworth (Chairman)", meeting=P, person="Mr P J Ashworth")]},
    "present": {"items": present},
    "also_present": {"items": [it("ALSO PRESENT: Mrs M Crisfield-Hale", meeting=P, person="Mrs M Crisfield-Hale")]},
    "in_attendance": {"match": ["meeting", "person"], "items": in_att},
    "apologies": {"items": [
        it("Mr Richard Lavington", meeting=P, person="Mr Richard Lavington"),
        it("Mr Simon Oakridge", meeting=P, person="Mr Simon Oakridge"),
        it("William Quarrie.", meeting=P, person="Mr William Quarrie", _note="wrapped 96-97 ('and Mr' / 'William Quarrie.')"),
    ]},
    "attended_virtually": {"items": [it("Nandra joined the meeting virtually.", meeting=P, person="Mr Tariq Nandra", _note="'Mr Tariq' at the end of the line above")]},
    "substitutes": {"items": [it("Mr Marcus Featherstonehaugh was present as a substitute for Mr Quarrie", meeting=P, person="Mr Marcus Featherstonehaugh", **{"for": "Mr Quarrie"})]},
    "declarations": {"match": ["meeting", "person"], "items": [
        it("Mrs Kettleby declared an interest in Item 7", meeting=P, person="Mrs Kettleby", item="7", text="Mrs Kettleby declared an interest in Item 7 as her husband was a director of a company providing home care in Kent."),
        it("Mr Ofori made a declaration that he was a volunteer with Age UK", meeting=P, person="Mr Ofori", text="Mr Ofori made a declaration that he was a volunteer with Age UK Swale and Faversham.", _note="'made a declaration' wording, no item number; org wrapped"),
    ]},
    "minute_items": {"items": minute_items},
    "resolutions": {"items": resolutions},
    "votes": {"_note": "recorded vote at minute 23 (167-180); the lost motion to defer (164-165) was not a recorded vote; Nandra voted although he attended virtually", "items": votes},
    "attended_item": {"match": ["person", "minute"], "items": attended_item},
    "people": {"scope": [1, 212], "_note": "front sheet (1-69) and minutes (72-212); 'MBE' is not a person; Cabinet Member wrote 'Mrs Crisfield-Hale'", "items": people},
})

# ---------------- decisions ----------------
CM = "Margaret Crisfield-Hale"
write("decisions", "heldout author (sealed pack X), by reading every line printing a NN/NNNNN decision number and the three proposed record of decision sheets, before any extractor was run", {
    "decisions": {"match": ["number"], "items": [
        it("Decision no: 22/00081", number="22/00081", title="Integrated Community Equipment Service – Contract Award", status="proposed", key_decision="true", considered_at=M, decision_maker=CM, _lines="front sheet 48, report 223-226, sheet 346-348"),
        it("22/00086", 442, number="22/00086", title="Carers' Short Breaks Service – Contract Extension", status="proposed", key_decision="true", considered_at=M, decision_maker=CM, _lines="front sheet 49, report 440-443 (number on the line after 'Decision no:'), sheet 526-528"),
        it("Decision No: 22/00090", number="22/00090", title="Day Opportunities Dynamic Purchasing System", status="proposed", key_decision="true", considered_at=M, decision_maker=CM, _lines="front sheet 50, report 569-571, sheet 638-640"),
        it("1. 22/00072 – Hospital Discharge Home Care – Direct Award", number="22/00072", title="Hospital Discharge Home Care – Direct Award", status="taken", considered_at=M, _note="taken 29 July 2022 outside the meeting cycle; reported for noting"),
        it("22. 22/00064 - Kent Sensory Services - Contract Award", number="22/00064", title="Kent Sensory Services - Contract Award", status="endorsed", endorsed_at=P),
        it("23. 22/00067 - Adult Social Care Charging Policy", number="22/00067", title="Adult Social Care Charging Policy - Disability Related Expenditure", status="endorsed", endorsed_at=P, _note="endorsed after a recorded vote (10-3-1)"),
        it("22/00058 - Interim Care Beds for Hospital Discharge", number="22/00058", title="Interim Care Beds for Hospital Discharge", _note="urgent decision noted in minute 26; status not stated beyond 'taken as urgent'"),
        it("Key Decision 15/00098 – Integrated Community Equipment Service", number="15/00098", title="Integrated Community Equipment Service", _note="original ICES award, background document; also 'Key Decision 15/00098' in 1.1"),
        it("22/00098 - Technology Enabled Care Service -", number="22/00098", title="Technology Enabled Care Service - Procurement", _note="work programme item for 17 November 2022; title wrapped onto the next line"),
    ]},
    "reports": {"match": ["subject", "meeting"], "items": [
        it("Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT", subject="INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT AWARD", meeting=M, decision="22/00081", classification="Unrestricted", division="All", _note="subject wrapped 223-224; classification continues 'Appendix 1 is exempt...'"),
        it("Subject: CARERS' SHORT BREAKS SERVICE – CONTRACT EXTENSION", subject="CARERS' SHORT BREAKS SERVICE – CONTRACT EXTENSION", meeting=M, decision="22/00086", classification="Unrestricted", division="All"),
        it("Subject: DAY OPPORTUNITIES DYNAMIC PURCHASING SYSTEM", subject="DAY OPPORTUNITIES DYNAMIC PURCHASING SYSTEM", meeting=M, decision="22/00090", classification="Unrestricted", division="All"),
        it("Subject: ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q1 2022/23", subject="ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q1 2022/23", meeting=M, classification="Unrestricted"),
        it("Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=M, classification="Unrestricted"),
    ]},
})

# ---------------- contracts ----------------
write("contracts", "heldout author (sealed pack X), minute 22 (138-154), the three reports and sheets (215-665), the outside-cycle report (706-728), before any extractor was run; the current ICES contract held by Kestrel Healthcare Logistics Ltd (value and dates not stated), the work-programme procurement 22/00098 and the spot-purchase day opportunities arrangements are not gold contracts", {
    "contracts": {"match": ["title"], "items": [
        it("to Sightline Kent following an open tender. The contract would run for three years from", title="Kent Sensory Services", decision="22/00064", provider="Sightline Kent", value="5400000", start="2023-01-01", end="2025-12-31", route="open tender", _note="minute 22 (143-147): '£5.4m for the initial term'; two optional 12-month extensions but no maximum value stated; Harbourside Deaf Access CIC is the incumbent, not the provider of this contract"),
        it("a) AWARD the contract for the Integrated Community Equipment Service to Hollowmere", title="Integrated Community Equipment Service", decision="22/00081", provider="Hollowmere Equipment Services Ltd", value="18600000", annual_value="3720000", max_value="26040000", start="2023-04-01", end="2028-03-31", route="open tender", _note="provider wrapped 251-252; '£18.6m' total initial term, '£3.72m' annual, 'up to £26.04m' with both extensions (3.1); Table 1 in £000 (18,600); current annual spend £3.41m (3.2) is a distractor; end date from 2.3 and the sheet"),
        it("a) approve the extension of the Carers' Short Breaks Service contract with Weald Carers", title="Carers' Short Breaks Service", decision="22/00086", provider="Weald Carers Trust", extension_value="1150000", extension_start="2023-04-01", extension_end="2024-03-31", route="Regulation 72 modification", _note="12-month extension; original 2019 award term and value not stated, so no start/end/value; current annual value £1.06m (3.1) and the funding split £890,000/£260,000 are not the extension value; provider wrapped ('Weald Carers' / 'Trust')"),
        it("a) ESTABLISH a Dynamic Purchasing System for Day Opportunities for a period of six", title="Day Opportunities Dynamic Purchasing System", decision="22/00090", provider=None, value="42000000", start="2023-01-01", end="2028-12-31", route="DPS", _note="'estimated total value of the DPS is £42m over six years' (2.2); 'over £3 million' (3.1) is the key-decision threshold and '£7m per annum' (1.1) current spot spend, neither is a value; no provider (call-offs awarded later)"),
        it("block contract for hospital discharge home care to Greensand Home Care Ltd, from 1 August", title="Hospital Discharge Home Care", decision="22/00072", provider="Greensand Home Care Ltd", value="2340000", start="2022-08-01", end="2023-03-31", route="direct award (framework call-off)", _note="outside-cycle decision (719-725); '£24.80 per hour' is a rate, not the value"),
    ]},
})

# ---------------- organisations ----------------
orgs = [
    it("Age UK", 100, name="Age UK Swale and Faversham", kind="Charity", _note="declaration; name wrapped 108-109"),
    it("Department of Health and", 100, name="Department of Health and Social Care", kind="PublicBody", _note="wrapped 123-124"),
    it("NHS Kent and Medway Integrated Care Board (the ICB)", name="NHS Kent and Medway Integrated Care Board", kind="NHSBody", _note="joint commissioner of ICES, co-funder; not a provider"),
    it("The Care Quality Commission", name="Care Quality Commission", kind="PublicBody"),
    it("Medway Council and the joint workforce campaign", name="Medway Council", kind="PublicBody", _note="also in the EqIA consultation list"),
    it("Kent Care Professionals", name="Kent Care Professionals Network", _note="wrapped 132-133"),
    it("East Kent Hospitals University NHS Foundation Trust", name="East Kent Hospitals University NHS Foundation Trust", kind="NHSBody"),
    it("to Sightline Kent following an open tender", name="Sightline Kent", provider="yes", _note="awarded Kent Sensory Services (minute 22); legal form not stated"),
    it("Harbourside Deaf", name="Harbourside Deaf Access CIC", provider="yes", _note="'the incumbent provider'; wrapped 149-150"),
    it("Alzheimer's Society", name="Alzheimer's Society", kind="Charity"),
    it("Dementia Friendly Kent", name="Dementia Friendly Kent"),
    it("Folkestone and Hythe District Council", name="Folkestone and Hythe District Council", kind="PublicBody"),
    it("Service to Hollowmere", name="Hollowmere Equipment Services Ltd", kind="Company", provider="yes", _note="wrapped 251-252 ('to Hollowmere' / 'Equipment Services Ltd'); on one line at 2.2 (278)"),
    it("Kestrel Healthcare Logistics Ltd", name="Kestrel Healthcare Logistics Ltd", kind="Company", provider="yes", _note="holds the current ICES contract (1.1)"),
    it("Kent Community Health NHS Foundation Trust", name="Kent Community Health NHS Foundation Trust", kind="NHSBody"),
    it("Legal advice has been obtained from Invicta Law", name="Invicta Law"),
    it(" Healthwatch Kent", name="Healthwatch Kent", _note="EqIA consultation list with odd bullet glyph"),
    it("Kent Physical Disability Forum", name="Kent Physical Disability Forum", _note="consultation list"),
    it("Carers' Voice Kent", name="Carers' Voice Kent", _note="consultation list"),
    it("contract with Weald Carers", name="Weald Carers Trust", provider="yes", _note="wrapped ('Weald Carers' / 'Trust') in the summary and recommendation"),
    it("Carers' Support East Kent", name="Carers' Support East Kent", provider="yes", _note="'the Council's carers' assessment providers'"),
    it("Crossroads Care West Kent", name="Crossroads Care West Kent", provider="yes"),
    it("Meadowbank Community", name="Meadowbank Community Services Ltd", kind="Company", provider="yes", _note="day opportunities provider; wrapped 597-598"),
    it("Sheppey Men's Shed", name="Sheppey Men's Shed", provider="yes", _note="'small community groups such as' - a day opportunities provider"),
    it("Kent Learning Disability", name="Kent Learning Disability Partnership Board", _note="wrapped over two lines"),
    it("Maidstone and Tunbridge", name="Maidstone and Tunbridge Wells NHS Trust", kind="NHSBody", _note="wrapped ('Maidstone and Tunbridge' / 'Wells NHS Trust')"),
    it("Kent Integrated Care Alliance", name="Kent Integrated Care Alliance", _note="provider forum named in the risk register control"),
    it("Greensand Home Care Ltd", name="Greensand Home Care Ltd", kind="Company", provider="yes"),
]
write("organisations", "heldout author (sealed pack X), by reading the whole pack (1-741) for external bodies, before any extractor was run", {
    "organisations": {"match": ["name"], "_note": "not gold (places, funds, frameworks, systems, council's own bodies): Kent County Council, Sessions House, County Hall, Kent Business Portal, Better Care Fund, Adult Social Care Discharge Fund, Care and Support at Home framework, Commissioning Advisory Board, GPs, Public Contracts Regulations 2015", "items": orgs},
})
