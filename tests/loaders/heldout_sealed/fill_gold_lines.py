"""The hand-written gold of sealed pack D; this script only looks up the line of each item's quote and writes gold/*.json (run from this folder)."""
import json
lines = open('heldout_d.txt', encoding='utf-8').read().split('\n')
def L(quote, after=1):
    for i in range(after-1, len(lines)):
        if quote in lines[i]:
            return i+1
    raise SystemExit(f"quote not found after {after}: {quote!r}")
def it(after=1, **kw):
    q = kw['quote']; kw['line'] = L(q, after); return kw
M='2021-07-15'; S='2021-09-28'; DOC='heldout_d.txt'
def write(area, checked, cats):
    json.dump({"document": DOC, "area": area, "checked_by": checked, "categories": cats},
              open(f'gold/heldout_d.{area}.json','w',encoding='utf-8'), indent=1, ensure_ascii=False)

# ---------------------------------------------------------------- minutes (front sheet 1-69, minutes 70-250)
present = [("Mr G R Ashdown","Mr G R Ashdown (Chairman)"),("Mrs V J Pemberton","Mrs V J Pemberton (Vice-Chairman)"),
 ("Mr P D Bannerman","Mr P D Bannerman, Mrs H Carrick"),("Mrs H Carrick","Mrs H Carrick, Miss R Elphick"),("Miss R Elphick","Miss R Elphick, Mr J A Hollingbery"),
 ("Mr J A Hollingbery","Mr J A Hollingbery, Mr M Okonedo"),("Mr M Okonedo","Mr M Okonedo, "),("Mr T W Radcliffe","Mr T W Radcliffe, Dr L Varma"),
 ("Dr L Varma","Dr L Varma, Ms N Adeyemi"),("Ms N Adeyemi","Ms N Adeyemi, Mr O J Pennington"),("Mr O J Pennington","Mr O J Pennington, OBE, Ms F "),
 ("Ms F Quartermaine","Quartermaine and Mr S Galbraith"),("Mr S Galbraith","and Mr S Galbraith")]
minutes = {
 "meetings": {"match": ["date","status"], "scope": [1,250], "items": [
   it(date=S, status="scheduled", venue="Council Chamber, Sessions House, County Hall, Maidstone", start_time="10:00", quote="Tuesday, 28 September 2021 at 10.00 am"),
   it(date=M, status="held", venue="Council Chamber, Sessions House, County Hall, Maidstone", quote="Chamber, Sessions House, County Hall, Maidstone on Thursday, 15th July, 2021.")]},
 "memberships": {"match": ["meeting","person"], "items": [
   it(meeting=S, person="Mr G R Ashdown", role="Chairman", party="Conservative", quote="Mr G R Ashdown (Chairman)"),
   it(meeting=S, person="Mrs V J Pemberton", role="Vice-Chairman", party="Conservative", quote="Mrs V J Pemberton (Vice-Chairman)"),
   ] + [it(meeting=S, person=p, role="Member", party="Conservative", quote=p) for p in
        ["Mr P D Bannerman","Mrs H Carrick","Miss R Elphick","Mr K Faulconbridge","Mr J A Hollingbery","Mr M Okonedo","Mr T W Radcliffe","Mrs E Sandison","Dr L Varma","Mr D Whitlock"]]
   + [it(meeting=S, person=p, role="Member", party="Labour", quote=p) for p in ["Ms N Adeyemi","Mr C Fenwick"]]
   + [it(meeting=S, person="Mr O J Pennington", role="Member", party="Liberal Democrat", quote="Mr O J Pennington, OBE", _note="'OBE' is an honour, not a member"),
      it(meeting=S, person="Ms F Quartermaine", role="Member", party="Green and Independent", quote="Ms F Quartermaine", _note="party label wrapped over lines 36-37")]},
 "agenda_items": {"match": ["meeting","item"], "items": [
   it(meeting=S, item=n, title=t, pages=pg, quote=f"- {n} {q}") for n,t,pg,q in [
    ("1","Introduction/Webcasting Announcement",None,"Introduction/Webcasting"),
    ("2","Apologies and Substitutes",None,"Apologies and Substitutes"),
    ("3","Declarations of Interest by Members in items on the agenda",None,"Declarations of Interest"),
    ("4","Minutes of the meeting held on 15 July 2021","1 - 12","Minutes of the meeting held on 15 July 2021"),
    ("5","Verbal Updates by Cabinet Member and Corporate Director",None,"Verbal Updates"),
    ("6","21/00089 - Supported Living and Home Care Services in West Kent - Contract Extension","13 - 24","21/00089"),
    ("7","21/00092 - Section 75 Partnership Agreement for Mental Health Social Care","25 - 44","21/00092"),
    ("8","21/00095 - Carers' Assessment and Support Service - Contract Award","45 - 60","21/00095"),
    ("9","Decisions Taken Outside of the Cabinet Committee Meeting Cycle","61 - 64","Decisions Taken Outside"),
    ("10","Work Programme 2021/22","65 - 68","Work Programme 2021/22"),
    ("11","Carers' Assessment and Support Service - Exempt Appendix A","69 - 72","Carers' Assessment and Support Service - Exempt")]]},
 "chair": {"items": [it(meeting=M, person="Mr G R Ashdown", quote="PRESENT: Mr G R Ashdown (Chairman)")]},
 "present": {"items": [it(70, meeting=M, person=p, quote=q) for p,q in present]},
 "also_present": {"items": [it(70, meeting=M, person="Mrs A Thornbury", quote="ALSO PRESENT:  Mrs A Thornbury")]},
 "in_attendance": {"match": ["meeting","person"], "items": [
   it(70, meeting=M, person="Helen Marchbank", role="Corporate Director Adult Social Care and Health", quote="IN ATTENDANCE: Helen Marchbank (Corporate Director Adult Social Care and Health)"),
   it(70, meeting=M, person="Aidan Kilbride", role="Director of Adult Social Care and Health East Kent", quote="Aidan Kilbride (Director of Adult Social Care and Health East Kent)"),
   it(70, meeting=M, person="Priya Chaudhary", role="Senior Commissioner", quote="Priya Chaudhary ", _note="role wrapped onto the next line"),
   it(70, meeting=M, person="Grant Nutley", role="Head of Finance Operations", quote="Grant Nutley (Head of Finance Operations)"),
   it(70, meeting=M, person="Joanna Pryce", role="Democratic Services Officer", quote="Joanna Pryce ", _note="role wrapped onto the next line")]},
 "apologies": {"items": [
   it(95, meeting=M, person="Mr Kieran Faulconbridge", quote="Mr Kieran Faulconbridge"),
   it(95, meeting=M, person="Mrs Eleanor Sandison", quote="Mrs Eleanor ", _note="name wrapped: 'Mrs Eleanor' / 'Sandison'"),
   it(95, meeting=M, person="Mr Daniel Whitlock", quote="Mr Daniel Whitlock"),
   it(95, meeting=M, person="Mr Colin Fenwick", quote="Mr Colin Fenwick")]},
 "attended_virtually": {"items": [it(95, meeting=M, person="Dr Lakshmi Varma", quote="Varma attended the meeting virtually", _note="'Dr Lakshmi' at the end of the line above")]},
 "substitutes": {"items": [it(95, meeting=M, person="Mr Stuart Galbraith", **{"for": "Mrs Sandison"}, quote="Mr Stuart Galbraith was in attendance as substitute for Mrs Sandison")]},
 "declarations": {"match": ["meeting","person"], "items": [
   it(106, meeting=M, person="Ms Adeyemi", item="7", text="Ms Adeyemi declared an interest in Item 7 as her sister was employed as a domiciliary care worker.", quote="Ms Adeyemi declared an interest in Item 7"),
   it(106, meeting=M, person="Mr Radcliffe", text="Mr Radcliffe declared that he was a trustee of Carers First.", quote="Mr Radcliffe declared that he was a trustee of Carers First.")]},
 "minute_items": {"items": [it(90, meeting=M, minute=m, item=i, title=t, quote=f"{m}. {t}") for m,i,t in [
   ("52","2","Apologies and Substitutes"),("53","3","Declarations of Interest by Members in items on the agenda"),
   ("54","4","Minutes of the meeting held on 26 May 2021"),("55","5","Verbal Updates by Cabinet Member and Corporate Director"),
   ("56","6","21/00061 - Extra Care Housing Support Services - Contract Extension"),("57","7","21/00066 - Adult Social Care Charging Policy Changes"),
   ("58","8","Adult Social Care and Health Performance Q4 2020/21"),("59","9","Decisions Taken Outside of the Cabinet Committee Meeting Cycle"),
   ("60","10","Work Programme 2021")]]},
 "resolutions": {"items": [
   it(115, meeting=M, minute="54", text="RESOLVED that the minutes of the meeting held on 26 May 2021 are correctly recorded and a paper copy be signed by the Chairman.", quote="RESOLVED that the minutes of the meeting held on 26 May 2021 are correctly"),
   it(122, meeting=M, minute="55", text="RESOLVED that the verbal updates be noted.", quote="RESOLVED that the verbal updates be noted."),
   it(157, meeting=M, minute="56", text="RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to extend the Extra Care Housing Support Services contract, as shown at Appendix A to the report, be endorsed.", quote="RESOLVED that the proposed decision to be taken by the Cabinet Member for"),
   it(180, meeting=M, minute="57", text="RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to agree the changes to the Adult Social Care Charging Policy, as set out in the report, be endorsed.", quote="RESOLVED that the proposed decision to be taken by the Cabinet Member for"),
   it(222, meeting=M, minute="58", text="RESOLVED that the performance of Adult Social Care and Health in Quarter 4 2020/21 be noted.", quote="RESOLVED that the performance of Adult Social Care and Health in Quarter 4"),
   it(238, meeting=M, minute="59", text="RESOLVED that decision 21/00049 - Covid-19 Care Home Support Payments, taken outside of the Cabinet Committee meeting cycle, be noted.", quote="RESOLVED that decision 21/00049"),
   it(245, meeting=M, minute="60", text="RESOLVED that the work programme for 2021 be noted.", quote="RESOLVED that the work programme for 2021 be noted.")]},
 "votes": {"_note": "recorded vote at minute 57, lines 199-213; only named votes are gold (the counts 9/3/1 restate them); the lost motion to defer (195-197) was not a recorded vote", "items":
   [it(199, minute="57", position="for", person=p, quote=p) for p in ["Mr G R Ashdown","Mrs V J Pemberton","Mr P D Bannerman","Mrs H Carrick","Miss R Elphick","Mr J A Hollingbery","Mr M Okonedo","Mr T W Radcliffe","Mr S Galbraith"]]
   + [it(205, minute="57", position="against", person=p, quote=p) for p in ["Ms N Adeyemi","Mr O J Pennington","Ms F Quartermaine"]]
   + [it(209, minute="57", position="abstain", person="Dr L Varma", quote="Dr L Varma")]},
 "attended_item": {"match": ["person","minute"], "items": [
   it(157, person="Priya Chaudhary", minute="56", item="6", quote="Priya Chaudhary (Senior Commissioner) was in attendance for this item."),
   it(180, person="Mr Tobias Wren", minute="57", item="7", quote="Mr Tobias Wren (Head of Strategic Commissioning, Integrated Care) and Grant "),
   it(180, person="Grant Nutley", minute="57", item="7", quote="Nutley were in attendance for this item.", _note="'Grant' at the end of the line above")]},
}
people = [("G R Ashdown",["Mr G R Ashdown"],"Mr G R Ashdown"),("V J Pemberton",["Mrs V J Pemberton"],"Mrs V J Pemberton"),
 ("P D Bannerman",["Mr P D Bannerman"],"Mr P D Bannerman"),("H Carrick",["Mrs H Carrick","Mrs Carrick"],"Mrs H Carrick"),
 ("R Elphick",["Miss R Elphick","Miss Elphick"],"Miss R Elphick"),("Kieran Faulconbridge",["Mr K Faulconbridge","Mr Kieran Faulconbridge"],"Mr K Faulconbridge"),
 ("J A Hollingbery",["Mr J A Hollingbery","Mr Hollingbery"],"Mr J A Hollingbery"),("M Okonedo",["Mr M Okonedo"],"Mr M Okonedo"),
 ("T W Radcliffe",["Mr T W Radcliffe","Mr Radcliffe"],"Mr T W Radcliffe"),("Eleanor Sandison",["Mrs E Sandison","Mrs Eleanor Sandison","Mrs Sandison"],"Mrs E Sandison"),
 ("Lakshmi Varma",["Dr L Varma","Dr Lakshmi Varma"],"Dr L Varma"),("Daniel Whitlock",["Mr D Whitlock","Mr Daniel Whitlock"],"Mr D Whitlock"),
 ("N Adeyemi",["Ms N Adeyemi","Ms Adeyemi"],"Ms N Adeyemi"),("Colin Fenwick",["Mr C Fenwick","Mr Colin Fenwick"],"Mr C Fenwick"),
 ("O J Pennington",["Mr O J Pennington","Mr Pennington"],"Mr O J Pennington, OBE"),("F Quartermaine",["Ms F Quartermaine","Ms Quartermaine"],"Ms F Quartermaine"),
 ("Joanna Pryce",["Joanna Pryce"],"Ask for: Joanna Pryce"),("Stephen Ollerenshaw",["Stephen Ollerenshaw"],"Stephen Ollerenshaw"),
 ("Stuart Galbraith",["Mr S Galbraith","Mr Stuart Galbraith"],"Mr S Galbraith"),("Alison Thornbury",["Mrs A Thornbury","Mrs Alison Thornbury","Mrs Thornbury"],"Mrs A Thornbury"),
 ("Helen Marchbank",["Helen Marchbank","Ms Marchbank"],"Helen Marchbank"),("Aidan Kilbride",["Aidan Kilbride","Mr Kilbride"],"Aidan Kilbride"),
 ("Priya Chaudhary",["Priya Chaudhary","Ms Chaudhary"],"Priya Chaudhary"),("Grant Nutley",["Grant Nutley","Mr Nutley"],"Grant Nutley"),
 ("Tobias Wren",["Mr Tobias Wren","Mr Wren"],"Mr Tobias Wren")]
minutes["people"] = {"scope": [1,250], "_note": "front sheet (1-69) and minutes of 15 July 2021 (70-250); 'OBE' (after Mr O J Pennington) is not a person; 'Mrs D' (case study, 331) is outside the scope",
                     "items": [it(name=n, forms=f, quote=q) for n,f,q in people]}
write("minutes", "heldout author (sealed pack D), by hand against lines 1-250 (front sheet of 28 September 2021 and minutes of 15 July 2021), before any extractor was run", minutes)

# ---------------------------------------------------------------- decisions and reports
CM = "Cabinet Member for Adult Social Care and Public Health"
decisions = {
 "decisions": {"match": ["number"], "items": [
   it(250, number="21/00089", title="Supported Living and Home Care Services in West Kent – Contract Extension", status="proposed", key_decision="true", considered_at=S, decision_maker="Alison Thornbury", quote="Decision no: 21/00089", _lines="front sheet 48, report 264-268, sheet 408-435"),
   it(471, number="21/00092", title="Section 75 Partnership Agreement for Mental Health Social Care", status="proposed", key_decision="true", considered_at=S, decision_maker=CM, quote="21/00092", _lines="front sheet 49, report 485-491 (number on its own line after a blank), sheet 586-612"),
   it(641, number="21/00095", title="Carers' Assessment and Support Service – Contract Award", status="proposed", key_decision="true", considered_at=S, decision_maker=CM, quote="Decision no: 21/00095", _lines="front sheet 50, report 655-659, sheet 759-785"),
   it(812, number="21/00078", title="Discharge to Assess Step-Down Beds – Block Purchase", status="taken", considered_at=S, quote="21/00078 – Discharge to Assess Step-Down Beds – Block Purchase", _note="taken 30 July 2021 outside the meeting cycle; reported for noting"),
   it(150, number="21/00061", title="Extra Care Housing Support Services - Contract Extension", status="endorsed", endorsed_at=M, quote="56. 21/00061"),
   it(150, number="21/00066", title="Adult Social Care Charging Policy Changes", status="endorsed", endorsed_at=M, quote="57. 21/00066", _note="endorsed after a recorded vote (9-3-1)"),
   it(238, number="21/00049", title="Covid-19 Care Home Support Payments", quote="21/00049 - Covid-19 Care Home Support Payments", _note="noted in minute 59"),
   it(250, number="18/00052", title="Supported Living and Home Care Services - Contract Award", quote="Key Decision 18/00052 - Supported Living and Home Care Services - Contract Award", _note="background document; also 'Key Decision 18/00052' in 1.1"),
   it(250, number="20/00117", quote="decision 20/00117", _note="a previous variation; its title is not printed"),
   it(882, number="21/00104", title="Mental Health Supported Accommodation Procurement", quote="21/00104 - Mental Health Supported Accommodation", _note="work programme item for 24 November 2021; title wrapped onto the next line"),
 ]},
 "reports": {"match": ["subject","meeting"], "items": [
   it(250, subject="SUPPORTED LIVING AND HOME CARE SERVICES IN WEST KENT – CONTRACT EXTENSION", meeting=S, decision="21/00089", classification="Unrestricted", quote="Subject: SUPPORTED LIVING AND HOME CARE SERVICES IN WEST", _note="division 'Sevenoaks, Tonbridge and Malling, Tunbridge Wells and Maidstone divisions' (280-281), not All"),
   it(471, subject="SECTION 75 PARTNERSHIP AGREEMENT FOR MENTAL HEALTH SOCIAL CARE", meeting=S, decision="21/00092", classification="Unrestricted", division="All", quote="Subject: SECTION 75 PARTNERSHIP AGREEMENT FOR MENTAL"),
   it(641, subject="CARERS' ASSESSMENT AND SUPPORT SERVICE – CONTRACT AWARD", meeting=S, decision="21/00095", division="All", quote="Subject: CARERS' ASSESSMENT AND SUPPORT SERVICE"),
   it(812, subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=S, classification="For Information Only", quote="Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE"),
   it(882, subject="WORK PROGRAMME 2021/22", meeting=S, classification="Unrestricted", quote="Subject: WORK PROGRAMME 2021/22")]},
}
write("decisions", "heldout author (sealed pack D), by reading every line printing a NN/NNNNN decision number and the three proposed record of decision sheets, before any extractor was run", decisions)

# ---------------------------------------------------------------- contracts
contracts = {"contracts": {"match": ["title"], "items": [
  it(157, title="Extra Care Housing Support Services", decision="21/00061", provider="Hearthstone Housing Support CIC", value="912500", start="2021-08-01", end="2022-07-31", quote="the Extra Care Housing Support Services contract with Hearthstone Housing", _note="minute 56 (162-165): twelve-month extension"),
  it(250, title="Supported Living and Home Care Services in West Kent", decision="21/00089", provider="Westbrook Care Partnership Ltd", value="4350000", start="2021-10-01", end="2023-03-31", quote="a) EXTEND the Supported Living and Home Care Services in West Kent contract", _note="18-month extension: '£4.35m' (recommendation) = '£4,350,000' (4.1); the current annual value £2.9m (4.1) is not the extension value; original award 18/00052 began 1 October 2018"),
  it(471, title="Section 75 Partnership Agreement for Mental Health Social Care", decision="21/00092", provider="Kent and Medway NHS and Social Care Partnership Trust", value="37440000", annual_value="8320000", start="2021-10-01", end="2026-03-31", quote="a) ENTER into a new Section 75 Partnership Agreement with Kent and Medway", _note="KMPT delivers the delegated functions (1.1); '£37.44 million' (516-517) = '£37,440,000' (555); the CCG's £650,000 pilot contribution (557) is not the agreement value"),
  it(641, title="Carers' Assessment and Support Service", decision="21/00095", provider=None, value="4080000", annual_value="1360000", max_value="6800000", start="2022-04-01", end="2025-03-31", quote="a) AWARD the contract for the Carers' Assessment and Support Service to the", _note="provider withheld: 'successful bidder identified in Exempt Appendix A'; Carers First and Involve Kent are current providers of the old locality contracts, not this one"),
  it(812, title="Discharge to Assess Step-Down Beds", decision="21/00078", provider="Orchard Vale Healthcare Ltd", value="1248000", start="2021-08-02", end="2022-03-31", route="direct award", quote="beds open over the winter the Cabinet Member agreed a direct award of a block", _note="block contract (856-860); £1,040 per bed per week is a rate, not the value"),
]}}
write("contracts", "heldout author (sealed pack D), minutes 56 (157-178), the three reports and sheets (251-811), the outside-cycle report (812-881), before any extractor was run; work-programme item 21/00104 (a procurement not yet started) and the 'seven locality carers' support contracts' (unnamed) are not gold contracts", contracts)

# ---------------------------------------------------------------- organisations
orgs = [("Carers First",{}, "trustee of Carers First", 106),
 ("Department of Health and Social Care",{"kind":"PublicBody"},"Department of Health and", 122),
 ("Care Quality Commission",{"kind":"PublicBody"},"Care Quality Commission", 122),
 ("NHS Kent and Medway Clinical Commissioning Group",{"kind":"NHSBody"},"NHS Kent and Medway Clinical Commissioning Group (the CCG)", 122),
 ("Kent Community Health NHS Foundation Trust",{"kind":"NHSBody"},"Kent Community Health NHS", 122),
 ("Skills for Care",{},"Skills for Care", 122),
 ("Hearthstone Housing Support CIC",{"provider":"yes"},"Hearthstone Housing", 157),
 ("Tunbridge Wells Borough Council",{"kind":"PublicBody"},"Tunbridge Wells Borough Council", 157),
 ("Westbrook Care Partnership Ltd",{"kind":"Company","provider":"yes"},"Westbrook Care Partnership Ltd", 222),
 ("Maidstone and Tunbridge Wells NHS Trust",{"kind":"NHSBody"},"Maidstone and Tunbridge Wells NHS Trust", 250),
 ("Paddock Wood Good Neighbours",{},"Paddock Wood Good Neighbours", 250),
 ("Invicta Law",{},"Invicta Law", 250),
 ("Kent and Medway NHS and Social Care Partnership Trust",{"kind":"NHSBody","provider":"yes"},"NHS and Social Care Partnership Trust (KMPT)", 471),
 ("Porchlight",{},"Porchlight", 471),
 ("Maidstone Mind",{},"Maidstone Mind", 471),
 ("Healthwatch Kent",{},"Healthwatch Kent", 471),
 ("Kent and Medway Mental Health Learning Alliance",{},"Kent and Medway Mental Health Learning Alliance", 471),
 ("Medway Council",{"kind":"PublicBody"},"Medway Council", 471),
 ("Involve Kent",{},"Involve Kent", 471),
 ("Kent Police",{"kind":"PublicBody"},"Kent Police", 471),
 ("Kent Carers' Partnership Board",{},"Kent Carers' Partnership Board", 641),
 ("NHS England",{"kind":"NHSBody"},"NHS England", 812),
 ("Orchard Vale Healthcare Ltd",{"kind":"Company","provider":"yes"},"Orchard Vale Healthcare Ltd", 812)]
notes = {"Department of Health and Social Care": "name wrapped over 129-130, acronym DHSC", "Paddock Wood Good Neighbours": "named only in a case study (2.3)",
 "Kent Police": "consultation list", "Healthwatch Kent": "consultation list", "Kent and Medway Mental Health Learning Alliance": "consultation list",
 "Medway Council": "consultation list (partner council)", "Involve Kent": "consultation list, 'Page 26' glued to the line; also a current carers' provider (699)",
 "Kent and Medway NHS and Social Care Partnership Trust": "name wrapped over 505-506; acronym KMPT used after",
 "Carers First": "declaration (112) and a current carers' provider (699); not the provider of a gold contract",
 "Westbrook Care Partnership Ltd": "first named in minute 58 (231), provider in report 21/00089",
 "Kent Community Health NHS Foundation Trust": "wrapped over 147-148",
 "Hearthstone Housing Support CIC": "name wrapped over 163-164 ('Hearthstone Housing' / 'Support CIC')", "Orchard Vale Healthcare Ltd": "operates Fremlin Court and Beacon Lodge (care homes: places, not gold organisations)"}
organisations = {"organisations": {"match": ["name"], "_note": "not gold (places, funds, services, council's own bodies): Kent County Council, Sessions House, Ashford Day Opportunities Hub, Tunbridge Wells Hospital, Paddock Wood Lunch Club, Fremlin Court, Beacon Lodge, Kent Business Portal, Better Care Fund, Infection Control and Testing Fund, Kent and Medway Integrated Care System",
  "items": [it(a, name=n, **kw, quote=q, **({"_note": notes[n]} if n in notes else {})) for n,kw,q,a in orgs]}}
write("organisations", "heldout author (sealed pack D), by reading the whole pack (1-963) for external bodies, before any extractor was run", organisations)
