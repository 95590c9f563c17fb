"""Hand-written gold for heldout_v.txt; this script only looks up each quote's line and writes gold/*.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "heldout_v.txt"
LINES = (HERE / DOC).read_text(encoding="utf-8").split("\n")


def line_of(quote, after=None):
    start = 0
    if after:
        start = line_of(after) - 1
    for i in range(start, len(LINES)):
        if quote in LINES[i]:
            return i + 1
    raise SystemExit(f"quote not found: {quote!r} after {after!r}")


def it(quote, after=None, **fields):
    d = dict(fields)
    d["quote"] = quote
    d["line"] = line_of(quote, after)
    return d


M, P = "2020-12-10", "2020-11-19"
MIN = "MINUTES of a meeting"

members = [
    ("Mr P J Hargreave", "Chairman", "Conservative", "Mr P J Hargreave (Chairman)"),
    ("Mrs L M Tansley", "Vice-Chairman", "Conservative", "Mrs L M Tansley (Vice-Chairman)"),
    ("Mr D A Brightwell", "Member", "Conservative", None), ("Mrs S Cardew", "Member", "Conservative", None),
    ("Mr R C Ellingham", "Member", "Conservative", None), ("Ms J F Gosling", "Member", "Conservative", None),
    ("Mr K Haddow", "Member", "Conservative", None), ("Mrs A D Lanchester", "Member", "Conservative", None),
    ("Mr N P Mereworth", "Member", "Conservative", None), ("Mr T Oyelaran", "Member", "Conservative", None),
    ("Mrs E Quarrie", "Member", "Conservative", None), ("Mr B J Sutcliffe", "Member", "Conservative", None),
    ("Dr F Okafor", "Member", "Labour", None), ("Mr I S Penhaligon", "Member", "Liberal Democrat", None),
    ("Mrs M Ravenscroft", "Member", "Independents and Residents", "Residents (1): Mrs M Ravenscroft"),
]
memberships = [it(q or p, "Membership (15)", meeting=M, person=p, role=r, party=pa) for p, r, pa, q in members]
memberships[-1]["_note"] = "party label wrapped: 'Independents and' / 'Residents (1):'"

agenda = [
    ("1", "Introduction/Webcasting Announcement", None), ("2", "Apologies and Substitutes", None),
    ("3", "Declarations of Interest by Members in items on the agenda", None),
    ("4", "Minutes of the meeting held on 19 November 2020", "1 - 12"),
    ("5", "Verbal updates by Cabinet Member and Corporate Director", None),
    ("6", "20/00112 - Integrated Community Equipment Service - Contract Award", "13 - 34"),
    ("7", "20/00118 - Carers' Short Breaks Service - Contract Extension", "35 - 48"),
    ("8", "20/00121 - Care and Support in the Home Dynamic Purchasing System", "49 - 66"),
    ("9", "Adult Social Care Performance Dashboard", "67 - 78"),
    ("10", "Risk Management: Adult Social Care", "79 - 90"),
    ("11", "Decisions Taken Outside of the Cabinet Committee Meeting Cycle", "91 - 96"),
    ("12", "Work Programme 2021", "97 - 100"),
]
agenda_items = []
for n, t, pg in agenda:
    q = f"- {n} " + (t if n != "8" else "20/00121 - Care and Support in the Home Dynamic Purchasing")
    d = it(q, "UNRESTRICTED ITEMS", meeting=M, item=n, title=t, pages=pg)
    if n == "8":
        d["_note"] = "title and pages wrapped onto the next line ('System (Pages 49 - 66)')"
    agenda_items.append(d)

present_names = ["Mr P J Hargreave", "Mrs L M Tansley", "Mr D A Brightwell", "Mrs S Cardew", "Mr R C Ellingham",
                 "Ms J F Gosling", "Mr K Haddow", "Mr N P Mereworth", "Mr T Oyelaran", "Mrs E Quarrie",
                 "Dr F Okafor", "Mr I S Penhaligon", "Mrs M Ravenscroft", "Mr A W Featherstone"]
present = [it(p, "PRESENT:", meeting=P, person=p) for p in present_names]
present[-1]["_note"] = "substitute for Mrs Lanchester (minute 38)"

attendance = [("Mr S Varley", "Corporate Director Adult Social Care and Health"),
              ("Ms J Pilbeam", "Director of Adult Social Care and Health North and West Kent"),
              ("Mrs R Amberley", "Head of Finance Operations"),
              ("Mr D Whitlock", "Interim Director of Integrated Commissioning"),
              ("Mr T Griffen", "Democratic Services Officer")]
in_att = [it(p, "IN ATTENDANCE:", meeting=P, person=p, role=r) for p, r in attendance]
in_att[3]["_note"] = "role wrapped: 'Interim Director of' / 'Integrated Commissioning)'"

mins = [("38", "2", "Apologies and Substitutes"),
        ("39", "3", "Declarations of Interest by Members in items on the agenda"),
        ("40", "4", "Minutes of the meeting held on 29 September 2020"),
        ("41", "5", "Verbal updates by Cabinet Member and Corporate Director"),
        ("42", "6", "20/00097 - Mental Health Supported Accommodation - Contract Award"),
        ("43", "7", "20/00101 - Kent Sensory Services - Contract Extension"),
        ("44", "8", "Adult Social Care Performance Q2 2020/21"),
        ("45", "9", "Work Programme 2020/21")]
minute_items = [it(f"{m}. {t}", MIN, meeting=P, minute=m, item=i, title=t) for m, i, t in mins]

res = [("40", "RESOLVED that the minutes of the meeting held on 29 September 2020 are correctly recorded and that a paper copy be signed by the Chairman when this can be done safely.", "RESOLVED that the minutes of the meeting held on 29 September 2020"),
       ("41", "RESOLVED that the verbal updates be noted.", "RESOLVED that the verbal updates be noted."),
       ("42", "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult Social Care and Public Health to award the contract for Mental Health Supported Accommodation in East Kent to Harbourside Housing Trust, and to delegate authority to the Corporate Director Adult Social Care and Health to take relevant actions to implement the decision, be endorsed.", "5. RESOLVED that the decision proposed to be taken"),
       ("43", "RESOLVED that the decision proposed to be taken by the Cabinet Member for Adult Social Care and Public Health to extend the Kent Sensory Services contract be endorsed.", "to extend the Kent Sensory Services contract be endorsed."),
       ("44", "RESOLVED that the performance report for Quarter 2 2020/21 be noted.", "RESOLVED that the performance report for Quarter 2"),
       ("45", "RESOLVED that the work programme for 2020/21 be noted.", "RESOLVED that the work programme for 2020/21 be noted.")]
resolutions = [it(q, MIN, meeting=P, minute=m, text=t) for m, t, q in res]

votes = []
for p, q in [("Mr D A Brightwell", None), ("Mrs S Cardew", None), ("Mr R C Ellingham", None),
             ("Mr A W Featherstone", None), ("Ms J F Gosling", "Ms J F"), ("Mr K Haddow", None),
             ("Mr P J Hargreave", None), ("Mr N P Mereworth", None), ("Mr T Oyelaran", None),
             ("Mrs E Quarrie", "Mrs E"), ("Mrs L M Tansley", None)]:
    d = it(q or p, "For (11)", minute="42", position="for", person=p)
    if q:
        d["_note"] = "name wrapped over two lines"
    votes.append(d)
votes += [it("Dr F Okafor", "Against (2)", minute="42", position="against", person="Dr F Okafor"),
          it("Mr I S Penhaligon", "Against (2)", minute="42", position="against", person="Mr I S Penhaligon"),
          it("Mrs M Ravenscroft", "Abstain (1)", minute="42", position="abstain", person="Mrs M Ravenscroft")]

people_spec = [("P J Hargreave", ["Mr P J Hargreave"]), ("L M Tansley", ["Mrs L M Tansley"]),
               ("D A Brightwell", ["Mr D A Brightwell"]), ("S Cardew", ["Mrs S Cardew"]),
               ("R C Ellingham", ["Mr R C Ellingham"]), ("J F Gosling", ["Ms J F Gosling"]),
               ("K Haddow", ["Mr K Haddow"]), ("A D Lanchester", ["Mrs A D Lanchester", "Mrs Lanchester"]),
               ("N P Mereworth", ["Mr N P Mereworth"]), ("T Oyelaran", ["Mr T Oyelaran"]),
               ("E Quarrie", ["Mrs E Quarrie"]), ("B J Sutcliffe", ["Mr B J Sutcliffe", "Mr Sutcliffe"]),
               ("F Okafor", ["Dr F Okafor", "Dr Okafor"]), ("I S Penhaligon", ["Mr I S Penhaligon", "Mr Penhaligon"]),
               ("M Ravenscroft", ["Mrs M Ravenscroft", "Mrs Ravenscroft"]),
               ("Thomas Griffen", ["Thomas Griffen", "Mr T Griffen"]),
               ("Benjamin Watts", ["Benjamin Watts"])]
people = [it(f[0], None, name=n, forms=f) for n, f in people_spec]
people += [it("Mr A W Featherstone", "PRESENT:", name="A W Featherstone", forms=["Mr A W Featherstone", "Mr Featherstone"]),
           it("Mrs H Aldington", None, name="Helena Aldington", forms=["Mrs H Aldington", "Mrs Helena Aldington"]),
           it("Mr S Varley", None, name="Stephen Varley", forms=["Mr S Varley", "Mr Stephen Varley"]),
           it("Ms J Pilbeam", None, name="J Pilbeam", forms=["Ms J Pilbeam", "Ms Pilbeam"]),
           it("Mrs R Amberley", None, name="R Amberley", forms=["Mrs R Amberley"]),
           it("Mr D Whitlock", None, name="D Whitlock", forms=["Mr D Whitlock"]),
           it("Mrs Dawn Lockyer", None, name="Dawn Lockyer", forms=["Mrs Dawn Lockyer", "Mrs Lockyer"]),
           it("Mr Callum Ferris", None, name="Callum Ferris", forms=["Mr Callum Ferris", "Mr Ferris"])]

minutes = {
    "meetings": {"match": ["date", "status"], "scope": [1, 191], "items": [
        it("Thursday, 10 December 2020 at 10.00 am", None, date=M, status="scheduled", venue="Online", start_time="10:00",
           _note="front sheet: venue is 'Online' (2020, pandemic); date also at line 5 ('Thursday, 10th December, 2020')"),
        it("Thursday, 19th November, 2020.", MIN, date=P, status="held", venue="Online",
           _note="'held Online on' at the end of the line above; date wrapped onto this line")]},
    "memberships": {"match": ["meeting", "person"], "items": memberships},
    "agenda_items": {"match": ["meeting", "item"], "items": agenda_items},
    "chair": {"items": [it("PRESENT: Mr P J Hargreave (Chairman)", None, meeting=P, person="Mr P J Hargreave")]},
    "present": {"items": present},
    "also_present": {"items": [it("ALSO PRESENT: Mrs H Aldington", None, meeting=P, person="Mrs H Aldington",
                                  _note="the Cabinet Member (Mrs Helena Aldington, minute 41)")]},
    "in_attendance": {"match": ["meeting", "person"], "items": in_att},
    "apologies": {"items": [it("Mrs Lanchester", "38. Apologies", meeting=P, person="Mrs Lanchester"),
                            it("Mr Sutcliffe.", "38. Apologies", meeting=P, person="Mr Sutcliffe")]},
    "attended_virtually": {"_note": "the whole meeting was held Online; no member is recorded individually as attending virtually", "items": []},
    "substitutes": {"items": [it("Mr Featherstone was present as a substitute for Mrs Lanchester.", None, meeting=P,
                                 person="Mr Featherstone", **{"for": "Mrs Lanchester"})]},
    "declarations": {"match": ["meeting", "person"], "items": [
        it("Dr Okafor declared an interest in Item 6", None, meeting=P, person="Dr Okafor", item="6",
           text="Dr Okafor declared an interest in Item 6 as she was employed by Kent Community Health NHS Foundation Trust.",
           _note="sentence wrapped over two lines"),
        it("Mrs Ravenscroft declared that she was a volunteer trustee of the Weald Carers Network.", None, meeting=P,
           person="Mrs Ravenscroft",
           text="Mrs Ravenscroft declared that she was a volunteer trustee of the Weald Carers Network.",
           _note="no item stated")]},
    "minute_items": {"items": minute_items},
    "resolutions": {"items": resolutions},
    "votes": {"_note": "recorded vote at minute 42 (named lists For/Against/Abstain); the lost motion to defer (3.) is not a recorded vote", "items": votes},
    "attended_item": {"match": ["person", "minute"], "items": [
        it("Mrs Dawn Lockyer (Senior Commissioner) and Mr Callum Ferris", "42. 20/00097", person="Mrs Dawn Lockyer", minute="42", item="6"),
        it("Mr Callum Ferris (Commissioning Manager) were in attendance", "42. 20/00097", person="Mr Callum Ferris", minute="42", item="6"),
        it("Mr Callum Ferris (Commissioning Manager) remained in attendance", None, person="Mr Callum Ferris", minute="43", item="7")]},
    "people": {"scope": [1, 191], "_note": "front sheet (1-72) and minutes of 19 November 2020 (73-191); report authors after line 191 are out of scope", "items": people},
}

RD = "Helena Aldington"
decisions = {
    "decisions": {"match": ["number"], "items": [
        it("Decision No: 20/00112", None, number="20/00112", title="Integrated Community Equipment Service - Contract Award",
           status="proposed", key_decision="true", considered_at=M, decision_maker=RD,
           _lines="front sheet item 6, report 'Decision No:', record of decision sheet"),
        it("Decision Number:20/00118", None, number="20/00118", title="Carers' Short Breaks Service - Contract Extension",
           status="proposed", key_decision="true", considered_at=M, decision_maker=RD,
           _note="label glued to the number"),
        it("20/00121", "Subject: CARE AND SUPPORT IN THE HOME DYNAMIC", number="20/00121",
           title="Care and Support in the Home Dynamic Purchasing System", status="proposed", key_decision="true",
           considered_at=M, decision_maker=RD, _note="number on its own line after 'Decision No:' and a blank"),
        it("2. 20/00115 – Winter Discharge Beds – Urgent Direct Award", None, number="20/00115",
           title="Winter Discharge Beds – Urgent Direct Award", status="taken", considered_at=M,
           decision_maker="Cabinet Member for Adult Social Care and Public Health",
           _note="taken 20 November 2020 under urgency outside the meeting cycle; reported for noting"),
        it("3. 20/00109 – Covid-19 Infection Control Fund (Round 2)", None, number="20/00109",
           title="Covid-19 Infection Control Fund (Round 2) – Distribution to Providers", status="taken", considered_at=M,
           decision_maker="Cabinet Member for Adult Social Care and Public Health",
           _note="taken 6 November 2020 outside the meeting cycle; reported for noting"),
        it("42. 20/00097", None, number="20/00097", title="Mental Health Supported Accommodation - Contract Award",
           status="endorsed", endorsed_at=P, _note="endorsed after a recorded vote (11-2-1)"),
        it("43. 20/00101", None, number="20/00101", title="Kent Sensory Services - Contract Extension",
           status="endorsed", endorsed_at=P),
        it("21/00004 – Adult Carers' Strategy – Commissioning Intentions", None, number="21/00004",
           title="Adult Carers' Strategy – Commissioning Intentions", _note="work programme item for 14 January 2021; not yet considered"),
    ]},
    "reports": {"match": ["subject", "meeting"], "items": [
        it("Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT", None,
           subject="INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT AWARD", meeting=M, decision="20/00112",
           classification="Unrestricted", division="All", _note="subject wrapped ('AWARD' on the next line); division on the line after its label"),
        it("Subject: CARERS' SHORT BREAKS SERVICE – CONTRACT EXTENSION", None,
           subject="CARERS' SHORT BREAKS SERVICE – CONTRACT EXTENSION", meeting=M, decision="20/00118",
           classification="Unrestricted", division="All"),
        it("Subject: CARE AND SUPPORT IN THE HOME DYNAMIC PURCHASING SYSTEM", None,
           subject="CARE AND SUPPORT IN THE HOME DYNAMIC PURCHASING SYSTEM", meeting=M, decision="20/00121",
           classification="Unrestricted", division="All", _note="printed 'All divisions'"),
        it("Subject: ADULT SOCIAL CARE PERFORMANCE DASHBOARD", None, subject="ADULT SOCIAL CARE PERFORMANCE DASHBOARD",
           meeting=M, classification="Unrestricted", division="All"),
        it("Subject: RISK MANAGEMENT: ADULT SOCIAL CARE", None, subject="RISK MANAGEMENT: ADULT SOCIAL CARE",
           meeting=M, classification="Unrestricted", division="All"),
        it("Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING", None,
           subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=M,
           classification="Unrestricted", division="All", _note="subject wrapped ('CYCLE' on the next line)"),
    ]},
}

contracts = {"contracts": {"match": ["title"], "items": [
    it("a) AWARD the contract for the Integrated Community Equipment Service to Carewell", None,
       title="Integrated Community Equipment Service", decision="20/00112", provider="Carewell Equipment Solutions Ltd",
       value="48500000", annual_value="9700000", max_value="67900000", start="2021-04-01", end="2026-03-31",
       _note="open tender; provider name wrapped in the first recommendation; '£48.5m' total over the initial term (4.1, table in £000: 48,500), '£9.7m per annum' (4.3), maximum '£67.9m' with both 12-month extensions (4.1); dates 3.3 and the record of decision; KCC/CCG shares £26.2m/£22.3m and £1.2m recycling credits are distractors"),
    it("a) APPROVE the extension of the Carers' Short Breaks Service contract with Oakleaf Carers Trust for 18 months from", None,
       title="Carers' Short Breaks Service", decision="20/00118", provider="Oakleaf Carers Trust",
       extension_value="2340000", extension_start="2021-04-01", extension_end="2022-09-30",
       _note="extension under Regulation 72; '£2,340,000' (3.1) = '£2.34m' (sheet) = table total; the current annual value £1.56m is not the extension value and original term is not stated, so no start/end/value"),
    it("a) ESTABLISH a Dynamic Purchasing System for Care and Support in the Home for four years from 1 June 2021 to 31 May 2025", None,
       title="Care and Support in the Home Dynamic Purchasing System", decision="20/00121",
       value="240000000", annual_value="60000000", start="2021-06-01", end="2025-05-31",
       _note="a DPS (Regulation 34), no provider named; 'up to £240m' over four years and 'about £60m per annum' (3.1); dates in the sheet and the timetable table; the 2016 Care and Support in the Home contracts (31 lead providers, ending 31 May 2021) are not a gold contract"),
    it("The contract would be awarded to Harbourside Housing Trust for an initial term of three years from 1 April 2021", None,
       title="Mental Health Supported Accommodation", decision="20/00097", provider="Harbourside Housing Trust",
       value="5400000", start="2021-04-01",
       _note="only in minute 42; '£5.4m' over the initial term; end date not printed (three years from 1 April 2021 - not computed); two 12-month extension options, no maximum value stated"),
    it("1. Mr Ferris introduced the report which proposed to extend the Kent Sensory Services contract held by Kentish Sight and Hearing", None,
       title="Kent Sensory Services", decision="20/00101", provider="Kentish Sight and Hearing",
       extension_value="1100000", extension_start="2021-04-01", extension_end="2022-03-31",
       _note="only in minute 43; 12-month extension under Regulation 72(1)(b) at '£1.1m'; original term not stated"),
    it("2.2 The contract runs from 23 November 2020 to 31 March 2021 with a total value of £1,872,000", None,
       title="Winter Discharge Beds", decision="20/00115", provider="Greenacre Nursing Homes Ltd", value="1872000",
       start="2020-11-23", end="2021-03-31",
       _note="outside-cycle urgent direct award of a block contract for 40 discharge-to-assess nursing beds (2.1 names the provider); the weekly rate £1,040 per bed is a distractor"),
]}}

orgs = [
    ("Kent Community", "Kent Community Health NHS Foundation Trust", "NHSBody", "no", "declaration (minute 39), wrapped 'Kent Community' / 'Health NHS Foundation Trust.'; also in the ICES report"),
    ("Weald Carers Network", "Weald Carers Network", "Charity", "no", "declaration: 'volunteer trustee of' implies a charity"),
    ("Department of Health and Social Care", "Department of Health and Social Care", "PublicBody", "no", None),
    ("NHS Kent and Medway Clinical Commissioning Group (the CCG)", "NHS Kent and Medway Clinical Commissioning Group", "NHSBody", "no", "co-commissioner of ICES (pooled budget), not a provider"),
    ("The Care Quality Commission", "Care Quality Commission", "PublicBody", "no", None),
    ("Kent Care Providers Forum", "Kent Care Providers Forum", None, "no", "representative body of providers; kind not stated"),
    ("Harbourside Housing Trust", "Harbourside Housing Trust", None, "yes", "awarded the supported accommodation contract (minute 42); kind not stated"),
    ("Kent and Medway NHS and Social Care Partnership Trust", "Kent and Medway NHS and Social Care Partnership Trust", "NHSBody", "no", None),
    ("Kentish Sight and Hearing", "Kentish Sight and Hearing", None, "yes", "holds the sensory services contract; kind not stated"),
    ("Medway Council", "Medway Council", "PublicBody", "no", None),
    ("Carewell", "Carewell Equipment Solutions Ltd", "Company", "yes", "first printed wrapped 'Carewell' / 'Equipment Solutions Ltd'"),
    ("Healthwatch Kent", "Healthwatch Kent", None, "no", "EqIA consultation list with odd bullet glyphs"),
    ("Age UK Faversham and Sittingbourne", "Age UK Faversham and Sittingbourne", "Charity", "no", "EqIA consultation list"),
    ("Swale Borough Council", "Swale Borough Council", "PublicBody", "no", "EqIA consultation list ('(Disabled Facilities Grants team)' is not part of the name); 'Page 30' printed on the next line"),
    ("Oakleaf Carers Trust", "Oakleaf Carers Trust", None, "yes", "delivers the short breaks service; kind not stated"),
    ("Crescent Home Care Ltd", "Crescent Home Care Ltd", "Company", "yes", "a current lead home care provider (DPS report 1.1)"),
    ("Bluebell", "Bluebell Domiciliary Services Ltd", "Company", "yes", "wrapped 'Bluebell' / 'Domiciliary Services Ltd'; a current lead home care provider"),
    ("national reporting of delayed transfers remains suspended by NHS England", "NHS England", "NHSBody", "no", "performance commentary"),
    ("Greenacre Nursing Homes Ltd", "Greenacre Nursing Homes Ltd", "Company", "yes", "outside-cycle direct award 20/00115"),
]
org_items = []
for q, name, kind, prov, note in orgs:
    d = {"name": name}
    if kind:
        d["kind"] = kind
    d["provider"] = prov
    if note:
        d["_note"] = note
    after = "Wednesday, 2 December 2020" if q in ("Kent Community",) else None
    d["quote"] = q
    d["line"] = line_of(q, after)
    org_items.append(d)
organisations = {"organisations": {"match": ["name"],
    "_note": "not gold (the council's own bodies, places, funds, systems): Kent County Council, Governance and Audit Committee, Lived Experience Panel, Kent Business Portal, Find a Tender, Better Care Fund, Infection Control Fund, Integrated Care System, 'the four acute trusts' (unnamed), Folkestone, Margate",
    "items": org_items}}

CHK = "heldout author (sealed pack V), by hand before any extractor was run"
for area, cats, chk in [("minutes", minutes, CHK + ", against lines 1-191 (front sheet of 10 December 2020 and minutes of 19 November 2020)"),
                        ("decisions", decisions, CHK + ", reading every line printing a NN/NNNNN number, the three proposed record of decision sheets and every From:/To:/Subject: front matter"),
                        ("contracts", contracts, CHK + ", minutes 42-43, the three reports and sheets, and the outside-cycle report; the 2016 home care contracts and the Section 75 agreement variation are not gold contracts"),
                        ("organisations", organisations, CHK + ", reading the whole pack for external bodies")]:
    out = {"document": DOC, "area": area, "checked_by": chk, "categories": cats}
    (HERE / "gold" / f"heldout_v.{area}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("written")
