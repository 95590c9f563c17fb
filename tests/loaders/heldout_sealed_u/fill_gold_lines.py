"""The hand-written gold of sealed pack U; this script only looks up the line of each item's quote and writes gold/*.json (run from this folder)."""
import json
lines = open('heldout_u.txt', encoding='utf-8').read().split('\n')
def L(quote, after=1):
    for i in range(after-1, len(lines)):
        if quote in lines[i]:
            return i+1
    raise SystemExit(f"quote not found after {after}: {quote!r}")
def it(after=1, **kw):
    q = kw['quote']; kw['line'] = L(q, after); return kw
M='2023-01-19'; S='2023-03-08'; DOC='heldout_u.txt'
def write(area, checked, cats):
    json.dump({"document": DOC, "area": area, "checked_by": checked, "categories": cats},
              open(f'gold/heldout_u.{area}.json','w',encoding='utf-8'), indent=1, ensure_ascii=False)

MIN0 = L("MINUTES of a meeting")
END = L("38. Work Programme 2023") + 4
CM = "Cabinet Member for Adult Social Care and Public Health"

# ---------------------------------------------------------------- minutes
cons = ["Mr D Arkwright","Mrs L Bramwell","Mr R C Dunmore","Ms A Fairweather","Mr H Gillingham","Mr K Lamport",
        "Mrs J Mortlake","Mr T Penhaligon","Mr N Sauvage","Mr W Yelland"]
present = [("Mr P J Hartigan","PRESENT: Mr P J Hartigan (Chair)"),("Mrs S E Okafor","Mrs S E Okafor (Vice-Chair)"),
 ("Mr D Arkwright","Mr D Arkwright,"),("Mrs L Bramwell","Mrs L Bramwell,"),("Ms A Fairweather","Ms A Fairweather,"),
 ("Mr H Gillingham","Mr H Gillingham,"),("Mr K Lamport","Mr K Lamport,"),("Mr T Penhaligon","Mr T Penhaligon,"),
 ("Mr N Sauvage","Mr N Sauvage,"),("Ms R Castellan","Ms R Castellan,"),("Mr J O'Driscoll","Mr J O'Driscoll,"),
 ("Mrs M Trelawney","Mrs M Trelawney, MBE"),("Mr B Ashworth-Hale","Mr B Ashworth-"),("Mr C Villiers","Hale and Mr C Villiers")]
votes_for = ["Mr P J Hartigan","Mrs S E Okafor","Mr D Arkwright","Mrs L Bramwell","Ms A Fairweather","Mr H Gillingham",
             "Mr K Lamport","Mr T Penhaligon","Mr N Sauvage","Mr C Villiers"]
VOTE0 = L("For (10)")
people = [
 ("P J Hartigan",["Mr P J Hartigan"],"Mr P J Hartigan (Chair)"),
 ("S E Okafor",["Mrs S E Okafor"],"Mrs S E Okafor (Vice-Chair)"),
 ("D Arkwright",["Mr D Arkwright"],"Mr D Arkwright"),
 ("L Bramwell",["Mrs L Bramwell"],"Mrs L Bramwell"),
 ("Rupert Dunmore",["Mr R C Dunmore","Mr Rupert Dunmore","Mr Dunmore"],"Mr R C Dunmore"),
 ("A Fairweather",["Ms A Fairweather"],"Ms A Fairweather"),
 ("H Gillingham",["Mr H Gillingham"],"Mr H Gillingham"),
 ("K Lamport",["Mr K Lamport","Mr Lamport"],"Mr K Lamport"),
 ("Julia Mortlake",["Mrs J Mortlake","Mrs Julia Mortlake"],"Mrs J Mortlake"),
 ("T Penhaligon",["Mr T Penhaligon"],"Mr T Penhaligon"),
 ("N Sauvage",["Mr N Sauvage"],"Mr N Sauvage"),
 ("William Yelland",["Mr W Yelland","Mr William Yelland"],"Mr W Yelland"),
 ("R Castellan",["Ms R Castellan","Ms Castellan"],"Ms R Castellan"),
 ("J O'Driscoll",["Mr J O'Driscoll","Mr O'Driscoll"],"Mr J O'Driscoll"),
 ("M Trelawney",["Mrs M Trelawney","Mrs Trelawney"],"Mrs M Trelawney, MBE"),
 ("B Ashworth-Hale",["Mr B Ashworth-Hale"],"Mr B Ashworth-Hale"),
 ("Colin Villiers",["Mr C Villiers","Mr Colin Villiers"],"Mr C Villiers"),
 ("Deborah Kingsnorth",["Mrs Deborah Kingsnorth"],"ALSO PRESENT: Mrs Deborah Kingsnorth"),
 ("A Prescott-Lowe",["Mr A Prescott-Lowe"],"Mr A Prescott-Lowe"),
 ("Graham Ellery",["Graham Ellery","Mr Graham Ellery"],"IN ATTENDANCE: Graham Ellery"),
 ("Nadia Osei",["Dr Nadia Osei","Dr Osei"],"Dr Nadia Osei (Director of Public Health)"),
 ("Philippa Crane",["Philippa Crane","Ms Crane"],"Philippa Crane (Head of Commissioning"),
 ("Oliver Bassett",["Oliver Bassett"],"Oliver Bassett (Finance Business Partner - Adult Social"),
 ("Karen Whitlow",["Karen Whitlow"],"Ask for: **Karen Whitlow**"),
 ("Laurence Achebe",["Mr Laurence Achebe","Mr Achebe"],"Mr Laurence Achebe (Senior Commissioner)"),
 ("Benjamin Watts",["Benjamin Watts"],"Benjamin Watts"),
]
agenda = [("1","Introduction/Webcasting Announcement",None,"Introduction/Webcasting"),
 ("2","Apologies and Substitutes",None,"Apologies and Substitutes"),
 ("3","Declarations of Interest by Members in items on the agenda",None,"Declarations of Interest"),
 ("4","Minutes of the meeting held on 19 January 2023","1 - 14","Minutes of the meeting held on 19 January 2023"),
 ("5","Verbal Updates by Cabinet Member and Corporate Director",None,"Verbal Updates"),
 ("6","23/00011 - Care and Support in the Home Services - Contract Extension","15 - 28","23/00011"),
 ("7","23/00014 - Integrated Community Equipment Service - Contract Award","29 - 52","23/00014"),
 ("8","23/00017 - Adult Community Drug and Alcohol Recovery Service","53 - 78","23/00017 - Adult Community Drug and Alcohol Recovery Service (Pages"),
 ("9","Adult Social Care and Health Performance Q3 2022/23","79 - 94","Adult Social Care and Health Performance"),
 ("10","Risk Management: Adult Social Care and Health","95 - 110","Risk Management"),
 ("11","Decisions Taken Outside of the Cabinet Committee Meeting Cycle","111 - 114","Decisions Taken Outside"),
 ("12","Work Programme 2023","115 - 118","Work Programme 2023"),
 ("13","23/00017 - Adult Community Drug and Alcohol Recovery Service - Exempt Appendix A","119 - 122","23/00017 - Adult Community Drug and Alcohol Recovery Service - Exempt")]
mitems = [("30","2","Apologies and Substitutes"),("31","3","Declarations of Interest by Members in items on the agenda"),
 ("32","4","Minutes of the meeting held on 16 November 2022"),("33","5","Verbal Updates by Cabinet Member and Corporate Director"),
 ("34","6","22/00118 - Carers' Short Breaks Service - Direct Award"),
 ("35","7","22/00121 - Adult Social Care Charging Policy - Disability Related Expenditure"),
 ("36","8","Public Health Annual Report 2022"),("37","9","Decisions Taken Outside of the Cabinet Committee Meeting Cycle"),
 ("38","10","Work Programme 2023")]
minutes = {
 "meetings": {"match": ["date","status"], "scope": [1,END], "items": [
   it(date=S, status="scheduled", venue="Council Chamber, Sessions House, County Hall, Maidstone", start_time="10:00", quote="Wednesday, 8 March 2023 at 10.00 am"),
   it(date=M, status="held", venue="Council Chamber, Sessions House, County Hall, Maidstone", quote="Chamber, Sessions House, County Hall, Maidstone on Thursday, 19th January, 2023.",
      _note="venue wrapped: 'held in the Council' / 'Chamber, ...'")]},
 "memberships": {"match": ["meeting","person"], "items": [
   it(meeting=S, person="Mr P J Hartigan", role="Chair", party="Conservative", quote="Mr P J Hartigan (Chair)"),
   it(meeting=S, person="Mrs S E Okafor", role="Vice-Chair", party="Conservative", quote="Mrs S E Okafor (Vice-Chair)")]
   + [it(meeting=S, person=p, role="Member", party="Conservative", quote=p) for p in cons]
   + [it(meeting=S, person=p, role="Member", party="Labour", quote=p) for p in ["Ms R Castellan","Mr J O'Driscoll"]]
   + [it(meeting=S, person="Mrs M Trelawney", role="Member", party="Liberal Democrat", quote="Mrs M Trelawney, MBE", _note="'MBE' is an honour, not a member"),
      it(meeting=S, person="Mr B Ashworth-Hale", role="Member", party="Green and Independent", quote="Independent (1): Mr B Ashworth-Hale", _note="party label wrapped 'Green and' / 'Independent (1):'")]},
 "agenda_items": {"match": ["meeting","item"], "items": [
   it(meeting=S, item=n, title=t, pages=pg, quote=f"- {n} {q}") for n,t,pg,q in agenda]},
 "chair": {"items": [it(MIN0, meeting=M, person="Mr P J Hartigan", quote="PRESENT: Mr P J Hartigan (Chair)")]},
 "present": {"_note": "Mr C Villiers is the substitute for Mr Dunmore; 'MBE' is an honour; 'Mr B Ashworth-' / 'Hale' wrapped", "items": [it(MIN0, meeting=M, person=p, quote=q) for p,q in present]},
 "also_present": {"items": [it(MIN0, meeting=M, person="Mrs Deborah Kingsnorth", quote="ALSO PRESENT: Mrs Deborah Kingsnorth"),
                            it(MIN0, meeting=M, person="Mr A Prescott-Lowe", quote="and Mr A Prescott-Lowe")]},
 "in_attendance": {"match": ["meeting","person"], "items": [
   it(MIN0, meeting=M, person="Graham Ellery", role="Corporate Director Adult Social Care and Health", quote="IN ATTENDANCE: Graham Ellery (Corporate Director Adult Social Care and Health)"),
   it(MIN0, meeting=M, person="Dr Nadia Osei", role="Director of Public Health", quote="Dr Nadia Osei (Director of Public Health)"),
   it(MIN0, meeting=M, person="Philippa Crane", role="Head of Commissioning Portfolio - Outcome 2 and 3", quote="Philippa Crane (Head of Commissioning", _note="role wrapped onto the next line ('Portfolio - Outcome 2 and 3')"),
   it(MIN0, meeting=M, person="Oliver Bassett", role="Finance Business Partner - Adult Social Care and Health", quote="Oliver Bassett (Finance Business Partner - Adult Social", _note="role wrapped ('Care and Health')"),
   it(MIN0, meeting=M, person="Karen Whitlow", role="Democratic Services Officer", quote="Karen Whitlow (Democratic Services Officer)")]},
 "apologies": {"items": [
   it(MIN0, meeting=M, person="Mr Rupert Dunmore", quote="Mr Rupert Dunmore", _note="= Mr R C Dunmore"),
   it(MIN0, meeting=M, person="Mrs Julia Mortlake", quote="Mrs Julia Mortlake"),
   it(MIN0, meeting=M, person="Mr William Yelland", quote="Mr William Yelland", _note="at the start of the next line after 'and'")]},
 "attended_virtually": {"items": [it(MIN0, meeting=M, person="Mr Lamport", quote="Mr Lamport attended the meeting virtually.")]},
 "substitutes": {"items": [it(MIN0, meeting=M, person="Mr Colin Villiers", **{"for": "Mr Dunmore"}, quote="Mr Colin Villiers attended as a substitute for Mr Dunmore.")]},
 "declarations": {"match": ["meeting","person"], "items": [
   it(MIN0, meeting=M, person="Ms Castellan", item="6", text="Ms Castellan declared an interest in Item 6 as her daughter was employed by a domiciliary care agency in Dartford.", quote="Ms Castellan declared an interest in Item 6"),
   it(MIN0, meeting=M, person="Mrs Trelawney", item="6", text="Mrs Trelawney declared that she was a trustee of Swale Carers' Network, which was mentioned in Item 6.", quote="Mrs Trelawney declared that she was a trustee of Swale Carers' Network",
      _note="the item is only given as where the charity is mentioned")]},
 "minute_items": {"items": [it(MIN0, meeting=M, minute=m, item=i, title=t, quote=f"{m}. {t}") for m,i,t in mitems]},
 "resolutions": {"items": [
   it(MIN0, meeting=M, minute="32", text="It was RESOLVED that the minutes of the meeting held on 16 November 2022 are correctly recorded and a paper copy be signed by the Chair.", quote="It was RESOLVED that the minutes of the meeting held on 16 November 2022"),
   it(MIN0, meeting=M, minute="33", text="It was RESOLVED that the verbal updates be noted.", quote="3. It was RESOLVED that the verbal updates be noted."),
   it(MIN0, meeting=M, minute="34", text="It was RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care and Public Health to: a) APPROVE the direct award of a contract for the Carers' Short Breaks Service to Crossways Carers Trust for a period of one year; and b) DELEGATE authority to the Corporate Director Adult Social Care and Health to take other relevant actions, including but not limited to finalising the terms of and entering into required contracts or other legal agreements, as necessary to implement the decision, be endorsed.",
      quote="3. It was RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care and Public Health to:"),
   it(MIN0, meeting=M, minute="35", text="It was RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care and Public Health to adopt the revised disability related expenditure allowance from 10 April 2023 be endorsed.",
      quote="4. It was RESOLVED that the decision to be taken by the Cabinet Member", _note="after a recorded vote 10-3-1"),
   it(MIN0, meeting=M, minute="36", text="It was RESOLVED that the report be noted, with thanks.", quote="2. It was RESOLVED that the report be noted, with thanks."),
   it(MIN0, meeting=M, minute="37", text="It was RESOLVED that decision 22/00109 - Kent Community Equipment Service - Interim Arrangements, taken outside the meeting cycle, be noted.", quote="It was RESOLVED that decision 22/00109"),
   it(MIN0, meeting=M, minute="38", text="It was RESOLVED that the work programme 2023 be noted.", quote="It was RESOLVED that the work programme 2023 be noted.")]},
 "votes": {"_note": "recorded vote at minute 35; only named votes are gold (counts restate them); the lost motion to defer was not a recorded vote",
   "items": [it(VOTE0, minute="35", position="for", person=p, quote=p) for p in votes_for]
   + [it(VOTE0, minute="35", position="against", person=p, quote=p) for p in ["Ms R Castellan","Mr J O'Driscoll","Mr B Ashworth-Hale"]]
   + [it(VOTE0, minute="35", position="abstain", person="Mrs M Trelawney", quote="Mrs M Trelawney")]},
 "attended_item": {"match": ["person","minute"], "items": [
   it(MIN0, person="Mr Laurence Achebe", minute="34", item="6", quote="Mr Laurence Achebe (Senior Commissioner) was in attendance for this item."),
   it(L("35. 22/00121"), person="Philippa Crane", minute="35", item="7", quote="Philippa Crane (Head of Commissioning Portfolio - Outcome 2 and 3) and Oliver Bassett"),
   it(L("35. 22/00121"), person="Oliver Bassett", minute="35", item="7", quote="Philippa Crane (Head of Commissioning Portfolio - Outcome 2 and 3) and Oliver Bassett", _note="role wrapped onto the next line, which ends 'were in attendance for this item.'")]},
 "people": {"scope": [1,END], "_note": f"front sheet (1-{MIN0-1}) and minutes of 19 January 2023 ({MIN0}-{END}); 'MBE' is not a person", "items": [
   dict(name=n, forms=f, quote=q, line=L(q)) for n,f,q in people]},
}
write("minutes", f"heldout author (sealed pack U), by hand against lines 1-{END} (front sheet of 8 March 2023 and minutes of 19 January 2023), before any extractor was run", minutes)

# ---------------------------------------------------------------- decisions
decisions = {
 "decisions": {"match": ["number"], "items": [
   it(number="23/00011", title="Care and Support in the Home Services – Contract Extension", status="proposed", key_decision="true", considered_at=S, decision_maker="Deborah Kingsnorth", quote="Decision No: 23/00011", _note="sheet names 'Deborah Kingsnorth,' with the post on the next line"),
   it(number="23/00014", title="Integrated Community Equipment Service – Contract Award", status="proposed", key_decision="true", considered_at=S, decision_maker=CM, quote="Decision No: 23/00014", _note="sheet gives only the post"),
   it(number="23/00017", title="Adult Community Drug and Alcohol Recovery Service – Contract Award", status="proposed", key_decision="true", considered_at=S, decision_maker="Deborah Kingsnorth", quote="Decision No: 23/00017", _note="report subject lacks 'Contract Award'; sheet title has it"),
   it(number="22/00118", title="Carers' Short Breaks Service - Direct Award", status="endorsed", endorsed_at=M, quote="34. 22/00118"),
   it(number="22/00121", title="Adult Social Care Charging Policy - Disability Related Expenditure", status="endorsed", endorsed_at=M, quote="35. 22/00121", _note="endorsed after a recorded vote (10-3-1)"),
   it(number="22/00109", title="Kent Community Equipment Service - Interim Arrangements", status="taken", quote="It was RESOLVED that decision 22/00109", _note="taken outside the meeting cycle on 14 November 2022 (report 23/00014, 1.1); noted at minute 37; title wrapped"),
   it(number="23/00004", title="Adult Social Care Discharge Fund – Block Purchase of Care Home Beds", status="taken", considered_at=S, quote="23/00004 – Adult Social Care Discharge Fund – Block Purchase of Care Home Beds", _note="taken 12 January 2023 outside the meeting cycle; reported for noting"),
   it(number="23/00006", title="NHS Health Check Programme – Contract Extension", status="taken", considered_at=S, quote="23/00006 – NHS Health Check Programme – Contract Extension", _note="taken 3 February 2023 outside the meeting cycle"),
   it(number="18/00031", title="Care and Support in the Home Services - Contract Award", quote="Key Decision 18/00031 - Care and Support in the Home Services - Contract Award", _note="background document; also '(Key Decision 18/00031)' in 1.1"),
   it(number="23/00029", title="Technology Enabled Care Service - Contract Award", quote="23/00029 - Technology Enabled Care Service - Contract", _note="work programme, 11 May 2023; title wrapped ('Award' on next line)"),
   it(number="23/00031", title="Adult Social Care Fees and Charges Uplift 2023/24", quote="23/00031 - Adult Social Care Fees and Charges Uplift 2023/24", _note="work programme, 11 May 2023")]},
 "reports": {"match": ["subject","meeting"], "items": [
   it(subject="CARE AND SUPPORT IN THE HOME SERVICES – CONTRACT EXTENSION", meeting=S, decision="23/00011", classification="Unrestricted", division="Dartford, Gravesham, Swanley and Sevenoaks divisions", quote="Subject: CARE AND SUPPORT IN THE HOME SERVICES – CONTRACT", _note="subject wrapped; 'To:' date wrapped ('8' / 'March 2023')"),
   it(subject="INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT AWARD", meeting=S, decision="23/00014", classification="Unrestricted", division="All", quote="Subject: INTEGRATED COMMUNITY EQUIPMENT SERVICE – CONTRACT"),
   it(subject="ADULT COMMUNITY DRUG AND ALCOHOL RECOVERY SERVICE", meeting=S, decision="23/00017", classification="Unrestricted", division="All", quote="Subject: ADULT COMMUNITY DRUG AND ALCOHOL RECOVERY SERVICE", _note="classification line continues '– Exempt Appendix A is not for publication ...'"),
   it(subject="ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q3 2022/23", meeting=S, classification="Unrestricted", division="All", quote="Subject: ADULT SOCIAL CARE AND HEALTH PERFORMANCE Q3 2022/23"),
   it(subject="RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH", meeting=S, classification="Unrestricted", division="All", quote="Subject: RISK MANAGEMENT: ADULT SOCIAL CARE AND HEALTH"),
   it(subject="DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE", meeting=S, classification="For Information Only", quote="Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE"),
   it(subject="WORK PROGRAMME 2023", meeting=S, classification="Unrestricted", quote="Subject: WORK PROGRAMME 2023")]},
}
write("decisions", "heldout author (sealed pack U), by reading every line printing a NN/NNNNN decision number, the three proposed record of decision sheets and every 'Subject:' front matter, before any extractor was run", decisions)

# ---------------------------------------------------------------- contracts
contracts = {"contracts": {"match": ["title"], "items": [
  it(title="Care and Support in the Home Services (North Kent lot)", decision="23/00011", provider="Brightwater Homecare Ltd",
     extension_value="6200000", extension_start="2023-10-01", extension_end="2024-09-30",
     quote="a) APPROVE the extension of the Care and Support in the Home Services contract",
     _note="twelve-month modification under Regulation 72(1)(b); provider only in the lot table (name wrapped 'Brightwater Homecare' / 'Ltd') and on the sheet; '£6,200,000' (3.1) = '6,200' £000 (table) = '£6.2m' (sheet); the current annual value £5.9m is a distractor; original term (2018, decision 18/00031) not stated, so no start/end"),
  it(title="Integrated Community Equipment Service", decision="23/00014", provider="Axiom Mobility Solutions Ltd",
     value="12450000", annual_value="4150000", max_value="20750000", start="2023-10-01", end="2026-09-30",
     quote="a) AWARD the contract for the Integrated Community Equipment Service to Axiom Mobility",
     _note="further competition (call-off) under a national framework; '£12.45 million' (3.1) = table total 12,450 (£000); max £20.75m with 2 x 12 months; KCC share £7.47m and NHS share £4.98m are distractors; dates from the key-dates table ('1st October 2023', '30th September 2026')"),
  it(title="Adult Community Drug and Alcohol Recovery Service", decision="23/00017", provider=None,
     value="12000000", annual_value="2400000", max_value="16800000", start="2024-04-01", end="2029-03-31",
     quote="a) AWARD the contract for the Adult Community Drug and Alcohol Recovery Service to the",
     _note="open tender; provider withheld ('successful bidder as set out in Exempt Appendix A'); Harbourside Recovery Partnership is the current provider, not this contract's; 'up to £2.4 million per annum'; term '01/04/2024 - 31/03/2029'; max '£16,800,000' (sheet: 'over £16 million'); OHID grant £1.1m is not the value"),
  it(title="Carers' Short Breaks Service", decision="22/00118", provider="Crossways Carers Trust",
     value="1150000", start="2023-04-01", end="2024-03-31", route="direct award",
     quote="a) APPROVE the direct award of a contract for the Carers' Short Breaks Service to Crossways Carers Trust",
     _note="minute 34 only; value and dates in 34.1 ('from 1 April 2023 to 31 March 2024, at a value of £1,150,000')"),
  it(title="Adult Social Care Discharge Fund – Block Purchase of Care Home Beds", decision="23/00004", provider="Lindenholme Care Group Ltd",
     value="2340000", start="2023-01-16", end="2023-03-31",
     quote="beds from the Council's Care Home Dynamic Purchasing System. The call-off was awarded to",
     _note="outside-cycle decision; call-off from the Care Home DPS; £1,150 per bed per week is a rate, not the value"),
  it(title="NHS Health Check Programme", decision="23/00006", provider="Kent Community Health NHS Foundation Trust",
     extension_value="640000", extension_start="2023-04-01", extension_end="2023-09-30",
     quote="The NHS Health Check programme is delivered under a contract with Kent Community Health",
     _note="outside-cycle six-month extension using the contract's extension option; original term not stated"),
 ]}}
write("contracts", "heldout author (sealed pack U), minutes 34 and 37, the three reports and sheets, the risk register and the outside-cycle report, before any extractor was run; not gold contracts: 22/00109 interim arrangements (no terms printed), the Section 75 pooled budget, the current drug and alcohol and equipment contracts (Harbourside, Carewell), the original 2018 homecare contracts, 23/00029 (future)", contracts)

# ---------------------------------------------------------------- organisations
orgs = [
 dict(name="Swale Carers' Network", kind="Charity", quote="trustee of Swale Carers' Network", _note="declaration; also minute 34.2 as a possible provider (did not deliver)"),
 dict(name="Department of Health and Social Care", kind="PublicBody", quote="the Department of Health and Social Care had"),
 dict(name="NHS Kent and Medway", kind="NHSBody", quote="pooled with NHS Kent and Medway through", _note="the ICB's name; joint commissioner of ICES"),
 dict(name="Care Quality Commission", kind="PublicBody", quote="Care Quality Commission assurance", _note="also 'CQC'"),
 dict(name="Dartford and Gravesham NHS Trust", kind="NHSBody", quote="Dartford and Gravesham NHS Trust"),
 dict(name="East Kent Hospitals University NHS Foundation Trust", kind="NHSBody", quote="East Kent Hospitals University NHS Foundation Trust"),
 dict(name="Crossways Carers Trust", kind="Charity", provider="yes", quote="held by Crossways Carers Trust", _note="current and new Carers' Short Breaks provider"),
 dict(name="Healthwatch Kent", quote="Healthwatch Kent and Age Well Canterbury", _note="consultation respondent; also in the EqIA list"),
 dict(name="Age Well Canterbury", kind="Charity", quote="Age Well Canterbury"),
 dict(name="Office for Health Improvement and Disparities", kind="PublicBody", quote="Office for Health Improvement and Disparities", _note="acronym OHID in report 23/00017"),
 dict(name="Thanet District Council", kind="PublicBody", quote="Thanet District Council"),
 dict(name="Brightwater Homecare Ltd", kind="Company", provider="yes", quote="Brightwater Homecare", _note="name wrapped in the lot table ('Brightwater Homecare' / 'Ltd'); full name on the sheet"),
 dict(name="Invicta Law", quote="Invicta Law"),
 dict(name="Axiom Mobility Solutions Ltd", kind="Company", provider="yes", quote="Axiom Mobility", _note="name wrapped ('Axiom Mobility' / 'Solutions Ltd') in the recommendation; whole in 2.2"),
 dict(name="Medway Council", kind="PublicBody", quote="Medway Council commissions its own"),
 dict(name="Carewell Equipment Services Ltd", kind="Company", provider="yes", quote="the current provider, Carewell Equipment", _note="current ICES provider; name wrapped ('Services Ltd,' on the next line)"),
 dict(name="Harbourside Recovery Partnership", kind="Charity", provider="yes", quote="Harbourside Recovery Partnership", _note="current drug and alcohol provider, 'a registered charity'"),
 dict(name="Kent and Medway NHS and Social Care Partnership Trust", kind="NHSBody", quote="works closely with Kent and Medway NHS and Social Care Partnership", _note="name wrapped ('Trust' on next line); also whole in the EqIA list"),
 dict(name="Kent Probation Service", kind="PublicBody", quote="• Kent Probation Service", _note="EqIA list; also wrapped in 1.2 ('Kent Probation' / 'Service')"),
 dict(name="Kent Police", kind="PublicBody", quote="Service and Kent Police on criminal justice"),
 dict(name="Kent Recovery Champions Network", quote="Kent Recovery Champions Network", _note="EqIA engagement list"),
 dict(name="Meadowgate Domestic Abuse Service", kind="Charity", quote="Meadowgate Domestic Abuse Service", _note="EqIA engagement list"),
 dict(name="Canterbury City Council", kind="PublicBody", quote="Canterbury City Council", _note="EqIA engagement list"),
 dict(name="Lantern House Domestic Abuse Service", kind="Charity", quote="Lantern House Domestic Abuse Service", _note="EqIA list, 'Page 61' glued after the bullet"),
 dict(name="Kent Community Health NHS Foundation Trust", kind="NHSBody", provider="yes", quote="Kent Community Health", _note="name wrapped in the performance report (1.2); provider of the NHS Health Check contract (outside-cycle 2.2)"),
 dict(name="Ferncliffe Healthcare Group Ltd", kind="Company", provider="yes", quote="Ferncliffe Healthcare Group Ltd", _note="operated two care homes that closed (risk register)"),
 dict(name="Kent Integrated Care Alliance", quote="Kent Integrated Care Alliance", _note="trade body for independent care providers"),
 dict(name="Lindenholme Care Group Ltd", kind="Company", provider="yes", quote="Lindenholme Care Group Ltd"),
]
write("organisations", "heldout author (sealed pack U), by reading the whole pack for external bodies, before any extractor was run",
      {"organisations": {"match": ["name"], "_note": "not gold (council's own, places, funds, frameworks, programmes, unnamed bodies): Kent County Council, Sessions House, Area Referral Service, Better Care Fund, Adult Social Care Discharge Fund, Public Health Grant, National Community Equipment and Associated Services framework, 'a public sector buying organisation', Kent Business Portal, Care Home Dynamic Purchasing System, Kent and Medway Joint Commissioning Management Group, 'the Integrated Care Partnership' (work programme, name not printed whole), Aylesford depot",
        "items": [it(**o) for o in orgs]}})
print("ok")
