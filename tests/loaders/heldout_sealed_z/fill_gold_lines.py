"""Hand-written gold for pack Z: items and quotes; this script only looks up each quote's line and writes the JSON."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_z.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")
M, P = "2021-03-17", "2021-01-14"


def at(quote, after=1):
    for i in range(after - 1, len(LINES)):
        if quote in LINES[i]:
            return i + 1
    raise SystemExit(f"quote not found after {after}: {quote!r}")


def it(quote, after=1, **kw):
    d = dict(kw)
    d["quote"] = quote
    d["line"] = at(quote, after)
    return d


def write(area, checked, cats):
    out = {"document": DOC, "area": area, "checked_by": checked, "categories": cats}
    (HERE / "gold" / f"heldout_z.{area}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


MIN = at("MINUTES of a meeting")
# ---------------- minutes ----------------
cons = ["Mr P J Hartwell", "Mrs L M Ormerod", "Mr D C Ashby", "Mrs B Fairweather", "Mr G Hollis", "Mr K Jagger",
        "Mr N R Lindqvist", "Ms S Marchetti", "Mr R Pemble", "Mr T A Quigley", "Mrs J Stenning"]
memberships = []
for p in cons:
    role = {"Mr P J Hartwell": "Chairman", "Mrs L M Ormerod": "Vice-Chairman"}.get(p, "Member")
    memberships.append(it(p, 20, meeting=M, person=p, role=role, party="Conservative"))
for p, party in [("Dr R Okafor", "Labour"), ("Ms D Tranter", "Labour"), ("Mr A Brigstock", "Liberal Democrat"),
                 ("Mr M Whitcombe", "Green and Independent")]:
    d = it(p, 20, meeting=M, person=p, role="Member", party=party)
    if party.startswith("Green"):
        d["_note"] = "party label wrapped: 'Green and' / 'Independent (1):'"
    memberships.append(d)

agenda = [
    ("1", "Introduction/Webcasting Announcement", None), ("2", "Apologies and Substitutes", None),
    ("3", "Declarations of Interest by Members in items on the agenda", None),
    ("4", "Minutes of the meeting held on 14 January 2021", "1-12"),
    ("5", "Verbal Updates by Cabinet Member and Corporate Director", None),
    ("6", "21/00012 - Community Support Services for People with a Learning Disability - Contract Award", "13-34"),
    ("7", "21/00015 - Integrated Community Equipment Service - Contract Extension", "35-46"),
    ("8", "21/00018 - Adult Drug and Alcohol Recovery Service - Recommissioning", "47-64"),
    ("9", "Adult Social Care and Health Performance Q3 2020/21", "65-76"),
    ("10", "Risk Management: Adult Social Care and Health", "77-88"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "89-92"),
    ("12", "Work Programme 2021/22", "93-96"),
]
agenda_items = []
for n, t, pg in agenda:
    d = it(f"- {n} {t.split(' - Contract Award')[0] if n == '6' else t}"[:60], 1, meeting=M, item=n, title=t, pages=pg)
    if n == "6":
        d["_note"] = "title wrapped onto the next line ('Contract Award (Pages 13 - 34)')"
    agenda_items.append(d)

present_names = ["Mr P J Hartwell", "Mrs L M Ormerod", "Mr D C Ashby", "Mr A Brigstock", "Mr H Devereux",
                 "Mrs B Fairweather", "Mr G Hollis", "Mr K Jagger", "Ms S Marchetti", "Dr R Okafor", "Mr R Pemble",
                 "Mr T A Quigley", "Ms D Tranter", "Mr M Whitcombe"]
present = []
for p in present_names:
    d = it(p, MIN, meeting=P, person=p)
    if p == "Mr H Devereux":
        d["_note"] = "listed as '(Substitute for Mr N R Lindqvist)'"
    present.append(d)

in_att = [("Mr R Ashworth-Kemp", "Corporate Director Adult Social Care and Health", None),
          ("Dr F Garside", "Director of Public Health", None),
          ("Mrs S Obi", "Director of Adult Social Care and Health Operations", "role wrapped over two lines"),
          ("Mr J Tay", "Democratic Services Officer", None)]
in_attendance = []
for p, r, note in in_att:
    d = it(p, MIN, meeting=P, person=p, role=r)
    if note:
        d["_note"] = note
    in_attendance.append(d)

minute_titles = [("40", "2", "Apologies and Substitutes"),
                 ("41", "3", "Declarations of Interest by Members in items on the agenda"),
                 ("42", "4", "Minutes of the meeting held on 24 November 2020"),
                 ("43", "5", "Verbal Updates by Cabinet Member and Corporate Director"),
                 ("44", "6", "20/00121 - Home Care Services in East Kent - Contract Extension"),
                 ("45", "7", "20/00124 - Adult Social Care Charging Policy - Disability Related Expenditure"),
                 ("46", "8", "Kent Public Health: Local Outbreak Management Plan Update"),
                 ("47", "9", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle"),
                 ("48", "10", "Work Programme 2021")]
minute_items = [it(f"{m}. {t}", MIN, meeting=P, minute=m, item=i, title=t) for m, i, t in minute_titles]

resolutions = [
    it("RESOLVED that the minutes of the meeting held on 24 November 2020 are correctly recorded", MIN, meeting=P, minute="42",
       text="RESOLVED that the minutes of the meeting held on 24 November 2020 are correctly recorded and that they be signed by the Chairman."),
    it("RESOLVED that the verbal updates be noted.", MIN, meeting=P, minute="43", text="RESOLVED that the verbal updates be noted."),
    it("3. RESOLVED that the Committee endorse the proposed decision", MIN, meeting=P, minute="44",
       text="RESOLVED that the Committee endorse the proposed decision of the Cabinet Member for Adult Social Care and Public Health to extend the contract for Home Care Services in East Kent, as detailed in the report."),
    it("RESOLVED that the proposed decision to adopt the revised disability related expenditure", MIN, meeting=P, minute="45",
       text="RESOLVED that the proposed decision to adopt the revised disability related expenditure allowance be endorsed."),
    it("RESOLVED that the update be noted.", MIN, meeting=P, minute="46", text="RESOLVED that the update be noted."),
    it("RESOLVED that the decision taken outside of the cabinet committee meeting cycle", MIN, meeting=P, minute="47",
       text="RESOLVED that the decision taken outside of the cabinet committee meeting cycle, 20/00109 - Winter Discharge Step-Down Beds, be noted."),
    it("RESOLVED that the work programme for 2021 be noted.", MIN, meeting=P, minute="48", text="RESOLVED that the work programme for 2021 be noted."),
]

VOTE = at("For (9)")
votes = []
for p in ["Mr D C Ashby", "Mr H Devereux", "Mrs B Fairweather", "Mr P J Hartwell", "Mr G Hollis", "Mr K Jagger",
          "Ms S Marchetti", "Mrs L M Ormerod", "Mr R Pemble"]:
    votes.append(it(p, VOTE, minute="45", position="for", person=p))
AG = at("Against (4)")
for p in ["Mr A Brigstock", "Dr R Okafor", "Ms D Tranter", "Mr M Whitcombe"]:
    votes.append(it(p, AG, minute="45", position="against", person=p))
votes.append(it("Mr T A Quigley", at("Abstain (1)"), minute="45", position="abstain", person="Mr T A Quigley"))

people_spec = [
    ("P J Hartwell", ["Mr P J Hartwell"]), ("L M Ormerod", ["Mrs L M Ormerod"]), ("D C Ashby", ["Mr D C Ashby"]),
    ("B Fairweather", ["Mrs B Fairweather"]), ("G Hollis", ["Mr G Hollis"]), ("K Jagger", ["Mr K Jagger"]),
    ("Nils Lindqvist", ["Mr N R Lindqvist", "Mr Nils Lindqvist", "Mr Lindqvist"]), ("S Marchetti", ["Ms S Marchetti"]),
    ("R Pemble", ["Mr R Pemble"]), ("T A Quigley", ["Mr T A Quigley"]), ("Jane Stenning", ["Mrs J Stenning", "Mrs Jane Stenning"]),
    ("R Okafor", ["Dr R Okafor", "Dr Okafor"]), ("D Tranter", ["Ms D Tranter", "Ms Tranter"]), ("A Brigstock", ["Mr A Brigstock"]),
    ("M Whitcombe", ["Mr M Whitcombe", "Mr Whitcombe"]), ("Hugo Devereux", ["Mr H Devereux", "Mr Hugo Devereux"]),
    ("C Bellingham", ["Mrs C Bellingham", "Mrs Bellingham"]),
    ("R Ashworth-Kemp", ["Mr R Ashworth-Kemp", "Mr Ashworth-Kemp"]), ("F Garside", ["Dr F Garside", "Dr Garside"]),
    ("S Obi", ["Mrs S Obi", "Mrs Obi"]), ("Julian Tay", ["Julian Tay", "Mr J Tay"]),
    ("Owen Pritchard", ["Mr Owen Pritchard", "Mr Pritchard"]), ("Benjamin Watts", ["Benjamin Watts"]),
]
people = [it(forms[0], 1, name=name, forms=forms) for name, forms in people_spec]

write("minutes", f"heldout author (sealed pack Z), by hand against lines 1-{at('Page 2', MIN)} (front sheet of 17 March 2021 and minutes of 14 January 2021), before any extractor was run. attended_virtually is not a category here: the whole meeting was held online and no member is recorded as attending virtually individually", {
    "meetings": {"match": ["date", "status"], "scope": [1, at("Page 2", MIN)], "items": [
        it("Wednesday, 17 March 2021 at 2.00 pm", 1, date=M, status="scheduled", venue="Online", start_time="14:00"),
        it("on Thursday, 14th January, 2021.", 1, date=P, status="held", venue="Online", _note="'held online' at the end of the line above")]},
    "memberships": {"match": ["meeting", "person"], "items": memberships},
    "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
    "chair": {"items": [it("PRESENT: Mr P J Hartwell (Chairman)", MIN, meeting=P, person="Mr P J Hartwell")]},
    "present": {"items": present},
    "also_present": {"items": [it("ALSO PRESENT: Mrs C Bellingham", MIN, meeting=P, person="Mrs C Bellingham")]},
    "in_attendance": {"match": ["meeting", "person"], "items": in_attendance},
    "apologies": {"items": [it("Mr Nils Lindqvist", MIN, meeting=P, person="Mr Nils Lindqvist"),
                            it("Mrs Jane Stenning", MIN, meeting=P, person="Mrs Jane Stenning")]},
    "substitutes": {"items": [it("Mr Hugo Devereux was present as a substitute for Mr Lindqvist", MIN, meeting=P, person="Mr Hugo Devereux", **{"for": "Mr Lindqvist"})]},
    "declarations": {"match": ["meeting", "person"], "items": [
        it("Ms Tranter declared an interest in item 6", MIN, meeting=P, person="Ms Tranter", item="6",
           text="Ms Tranter declared an interest in item 6 as she was a volunteer befriender with Crossways Carers Network, which received grant funding from the Council."),
        it("Mr Whitcombe declared that his wife was employed by Kent Community Health NHS", MIN, meeting=P, person="Mr Whitcombe",
           text="Mr Whitcombe declared that his wife was employed by Kent Community Health NHS Foundation Trust.", _note="no item number given")]},
    "minute_items": {"items": minute_items},
    "resolutions": {"items": resolutions},
    "votes": {"items": votes},
    "attended_item": {"match": ["person", "minute"], "items": [
        it("Mr Owen Pritchard (Senior Commissioner) was in attendance for this item.", MIN, person="Mr Owen Pritchard", minute="44", item="6")]},
    "people": {"scope": [1, at("Page 2", MIN)], "items": people},
})

# ---------------- decisions ----------------
R6, R7, R8 = at("Subject: COMMUNITY SUPPORT"), at("Subject: INTEGRATED COMMUNITY"), at("Subject: ADULT DRUG")
decisions = [
    it("Decision No: 21/00012", R6, number="21/00012", title="Community Support Services for People with a Learning Disability - Contract Award",
       status="proposed", key_decision="true", considered_at=M, decision_maker="Clair Bellingham",
       _note="report says 'Key decision: It involves expenditure or savings of maximum £1m' (KCC template wording); record of decision says YES"),
    it("Decision no: 21/00015", R7, number="21/00015", title="Integrated Community Equipment Service – Contract Extension",
       status="proposed", key_decision="true", considered_at=M, decision_maker="Clair Bellingham"),
    it("Decision No: 21/00018", R8, number="21/00018", title="Adult Drug and Alcohol Recovery Service - Recommissioning",
       status="proposed", key_decision="true", considered_at=M, decision_maker="Clair Bellingham"),
    it("44. 20/00121 - Home Care Services in East Kent - Contract Extension", MIN, number="20/00121",
       title="Home Care Services in East Kent - Contract Extension", status="endorsed", endorsed_at=P),
    it("45. 20/00124 - Adult Social Care Charging Policy", MIN, number="20/00124",
       title="Adult Social Care Charging Policy - Disability Related Expenditure", status="endorsed", endorsed_at=P,
       _note="endorsed after a recorded vote (9-4-1)"),
    it("20/00109 -", MIN, number="20/00109", title="Winter Discharge Step-Down Beds",
       _note="noted in minute 47; title on the next line"),
    it("21/00004 – Covid-19 Designated Care Settings – Direct Award", 1, number="21/00004",
       title="Covid-19 Designated Care Settings – Direct Award", status="taken", considered_at=M,
       decision_maker="Cabinet Member for Adult Social Care and Public Health",
       _note="taken 5 February 2021 outside the meeting cycle; reported for noting"),
    it("19/00087", 1, number="19/00087", _note="previous extension; title not printed"),
    it("decision 20/00071", 1, number="20/00071", _note="endorsed approach to recommission; title not printed"),
    it("Key Decision 16/00098 - Integrated Community Equipment Service - Contract Award", 1, number="16/00098",
       title="Integrated Community Equipment Service - Contract Award", _note="background document"),
    it("21/00027 - Technology Enabled Care Service - Contract Award", 1, number="21/00027",
       title="Technology Enabled Care Service - Contract Award", _note="work programme, 13 May 2021; 'Key Decision' is a column"),
    it("21/00031 - Mental Health Supported Accommodation", 1, number="21/00031",
       title="Mental Health Supported Accommodation Commissioning",
       _note="work programme, 7 July 2021; 'Key Decision' column interrupts the title, 'Commissioning' on the next line"),
]
reports = [
    it("Subject: COMMUNITY SUPPORT SERVICES FOR PEOPLE WITH A LEARNING", 1,
       subject="COMMUNITY SUPPORT SERVICES FOR PEOPLE WITH A LEARNING DISABILITY - CONTRACT AWARD", meeting=M,
       decision="21/00012", classification="Unrestricted", division="All", _note="subject wrapped"),
    it("Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT", 1,
       subject="INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT EXTENSION", meeting=M, decision="21/00015",
       classification="Unrestricted", division="All", _note="subject wrapped; division value on the line after its label"),
    it("Subject: ADULT DRUG AND ALCOHOL RECOVERY SERVICE - RECOMMISSIONING", 1,
       subject="ADULT DRUG AND ALCOHOL RECOVERY SERVICE - RECOMMISSIONING", meeting=M, decision="21/00018",
       classification="Unrestricted", division="All divisions except those in Dartford, Gravesham and Swanley",
       _note="division wrapped over two lines"),
    it("Subject: ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q3 2020/21", 1,
       subject="ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q3 2020/21", meeting=M, classification="Unrestricted", division="All"),
    it("Subject: RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH", 1,
       subject="RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH", meeting=M, classification="Unrestricted"),
    it("Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", 1,
       subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=M, classification="Unrestricted"),
]
write("decisions", "heldout author (sealed pack Z), by reading every line printing a NN/NNNNN decision number and the three proposed record of decision sheets, before any extractor was run", {
    "decisions": {"match": ["number"], "items": decisions},
    "reports": {"match": ["subject", "meeting"], "items": reports},
})

# ---------------- contracts ----------------
contracts = [
    it("contract with Saltmarsh Home Care Ltd for the Canterbury, Thanet and Dover localities for a", MIN,
       title="Home Care Services in East Kent", decision="20/00121", provider="Saltmarsh Home Care Ltd",
       extension_value="6200000", extension_start="2021-04-01", extension_end="2022-03-31",
       _note="minute 44 only: twelve-month extension under Regulation 72, '£6.2m'; original term not stated"),
    it("a) AWARD the contract for Community Support Services for People with a Learning Disability", R6,
       title="Community Support Services for People with a Learning Disability", decision="21/00012",
       provider="Oakhaven Support Services Ltd", value="11400000", annual_value="3800000", max_value="19000000",
       start="2021-07-01",
       _note="open tender; '£11,400,000' initial three years (3.1, table £000 11,400), '£3.8m' annual, maximum '£19,000,000' with 2 x 12-month extensions; end date not printed (three years from 1 July 2021) so left out; the £240,000 Better Care Fund pilot is a distractor; bidder scores table anonymised 'Bidder A'"),
    it("a) APPROVE the extension of the Integrated Community Equipment Service contract with", R7,
       title="Integrated Community Equipment Service", decision="21/00015", provider="Carebridge Equipment Services Ltd",
       extension_value="14600000", extension_start="2021-10-01", extension_end="2023-09-30",
       _note="two-year extension under Regulation 72, 'up to £14.6 million'; the current annual value £7.3m and the Council's share £8.2m are not the extension value; original award 16/00098, original term not stated"),
    it("b) DELEGATE authority to the Director of Public Health to award the contract, for an initial", R8,
       title="Adult Drug and Alcohol Recovery Service", decision="21/00018", provider=None,
       value="21000000", annual_value="4200000", max_value="29400000", start="2022-04-01", end="2027-03-31",
       _note="procurement to be run; award delegated to the Director of Public Health; 'successful bidder' not yet known; the current provider Forward Pathways is not the provider of the new contract; the £612,000 MHCLG grant is a distractor"),
    it("decision to directly award a block contract to Meadowbank Care Homes Ltd for 24 designated", 1,
       title="Covid-19 Designated Care Settings", decision="21/00004", provider="Meadowbank Care Homes Ltd",
       value="987000", start="2021-02-08", end="2021-06-30",
       _note="outside-cycle direct award (Regulation 32(2)(c)); the weekly per-bed rate £1,650 is a distractor"),
]
write("contracts", "heldout author (sealed pack Z), minutes 44, the three reports and sheets, the outside-cycle report, before any extractor was run; the current Forward Pathways contract (ends 31 March 2022) and the separate Northgate Recovery Partnership contract, and work-programme item 21/00027 (not yet let), are not gold contracts (no title/value)", {
    "contracts": {"match": ["title"], "items": contracts},
})

# ---------------- organisations ----------------
O = [
    it("Covid-19 vaccination of care home staff - the Council was working with the Kent and Medway", MIN,
       name="Kent and Medway Clinical Commissioning Group", kind="NHSBody",
       _note="wrapped 'Kent and Medway' / 'Clinical Commissioning Group'; later 'NHS Kent and Medway Clinical Commissioning Group' and 'the CCG'"),
    it("Crossways", MIN, name="Crossways Carers Network", _note="declaration; wrapped 'Crossways' / 'Carers Network'; receives grant funding (not a contract)"),
    it("Kent Community Health NHS", MIN, name="Kent Community Health NHS Foundation Trust", kind="NHSBody", _note="wrapped"),
    it("Department of Health and Social Care", MIN, name="Department of Health and Social Care", kind="PublicBody"),
    it("East Kent Hospitals University NHS Foundation Trust", MIN, name="East Kent Hospitals University NHS Foundation Trust", kind="NHSBody"),
    it("Care Quality Commission", MIN, name="Care Quality Commission", kind="PublicBody"),
    it("Saltmarsh Home Care Ltd", MIN, name="Saltmarsh Home Care Ltd", kind="Company", provider="yes"),
    it("Public Health England", MIN, name="Public Health England", kind="PublicBody"),
    it("Oakhaven Support Services Ltd", R6, name="Oakhaven Support Services Ltd", kind="Company", provider="yes"),
    it("Mencap Kent Voices", R6, name="Mencap Kent Voices"),
    it("Invicta Law", R6, name="Invicta Law"),
    it("Healthwatch Kent", R6, name="Healthwatch Kent", _note="EqIA consultation list"),
    it("Carers' Support Dover, Deal and Shepway", R6, name="Carers' Support Dover, Deal and Shepway", _note="consultation list"),
    it("Swale Borough Council", R6, name="Swale Borough Council", kind="PublicBody"),
    it("Thanet District Council", R6, name="Thanet District Council", kind="PublicBody", _note="'Page 17' glued after the name"),
    it("The Kent Autistic Trust", R6, name="The Kent Autistic Trust"),
    it("Carebridge Equipment Services Ltd", R7, name="Carebridge Equipment Services Ltd", kind="Company", provider="yes"),
    it("Medway Council", R7, name="Medway Council", kind="PublicBody"),
    it("current contract with Forward Pathways", R8, name="Forward Pathways", kind="Charity", provider="yes",
       _note="'a registered charity' (1.1); current provider"),
    it("Northgate Recovery Partnership", R8, name="Northgate Recovery Partnership", provider="yes",
       _note="provides Dartford, Gravesham and Swanley services under a separate contract"),
    it("Kent and Medway NHS and Social Care Partnership Trust", R8, name="Kent and Medway NHS and Social Care Partnership Trust", kind="NHSBody"),
    it("Kent Police", R8, name="Kent Police", kind="PublicBody"),
    it("Kent Recovery Voices CIC", R8, name="Kent Recovery Voices CIC"),
    it("Ministry of Housing, Communities and Local Government", R8, name="Ministry of Housing, Communities and Local Government", kind="PublicBody"),
    it("Kent Integrated Care Alliance", 1, name="Kent Integrated Care Alliance", _note="risk register controls; trade body"),
    it("Kent Home Care Association", 1, name="Kent Home Care Association", _note="risk register controls; trade body"),
    it("Local Government Association", 1, name="Local Government Association"),
    it("Meadowbank Care Homes Ltd", 1, name="Meadowbank Care Homes Ltd", kind="Company", provider="yes"),
]
write("organisations", "heldout author (sealed pack Z), by reading the whole pack for external bodies, before any extractor was run", {
    "organisations": {"match": ["name"],
                      "_note": "not gold (places, funds, services, the council's own bodies, generic mentions): Kent County Council, Kent Public Health, Kent Business Portal, Better Care Fund, Infection Control Fund, Public Health Grant, Area Referral Management Service, Kent Learning Disability Partnership Board (council-hosted board), Kent and Medway Integrated Care System, 'the NHS', 'UK Health Security partners', the anonymised bidders A-E, Provider Sustainability Group",
                      "items": O},
})
print("written")
