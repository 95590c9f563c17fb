"""Report front matter: From / To / Subject / Decision no / Classification / Electoral Division."""

from __future__ import annotations

from datetime import date

from councilgraph.loaders.records import Ref

from tests.loaders.reports_support import extract_text, extracted, quote_is_verbatim

HEADER = "KENT COUNTY COUNCIL\n\nADULT SOCIAL CARE CABINET COMMITTEE\n\n"


def _reports(x):
    return {str(r.first("dct:title")): r for r in x.entities.of("Report")}


def test_front_matter_split_over_lines_and_blank_lines():
    x = extracted("000_85e50b6c2a77ab48")
    r = _reports(x)["PROPERTY SECURITY ELEMENT OF THE COUNTYWIDE SANCTUARY ACCESS FOR ELIGIBLE RESIDENTS (SAFER) SCHEME – CONTRACT AWARD"]
    # "To: Adult Social Care Cabinet Committee – 13 September" / "" / "2023"
    meeting = x.entities.get(r.first("cg:reportTo"))
    assert meeting.first("cg:date") == date(2023, 9, 13)
    assert meeting.values("cg:status") == ["scheduled"]
    assert r.first("cg:proposes") == Ref("Decision", ("23/00074",))
    assert r.first("cg:electoralDivision") == "All"
    assert str(r.first("cg:classification")).startswith("Unrestricted Report - Restricted Appendices")
    for statements in r.properties.values():
        for st in statements:
            assert st.evidence and all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def test_report_from_people_and_their_posts_dated_by_the_meeting():
    x = extracted("004_acb2a405277538a0")
    r = _reports(x)["COMMUNITY MENTAL HEALTH AND WELLBEING SERVICE COMMISSIONING"]
    people = [x.entities.get(p) for p in r.values("cg:reportFrom")]
    labels = {str(p.first("rdfs:label")) for p in people}
    assert {"Clair Bell", "Richard Smith"} <= labels
    holdings = [h for h in x.entities.of("PostHolding") if h.first("cg:asOf") == date(2022, 3, 31)]
    posts = {str(x.entities.get(h.first("cg:post")).first("rdfs:label")) for h in holdings}
    assert "Cabinet Member for Adult Social Care and Public Health" in posts
    # "Decision Number:22/00033" (no space)
    assert r.first("cg:proposes") == Ref("Decision", ("22/00033",))


def test_decision_number_printed_lines_after_its_label_and_page_marker_in_value():
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October\n\nPage 12\n\n2023\n\n"
        "Subject: WIDGET SERVICE –\n\nCONTRACT AWARD\n\n"
        "Decision no:\n\n\n24/0012\n\n"
        "Classification: Unrestricted\n\nElectoral Division: All\n\n"
        "Summary: A summary.\n\nRecommendation(s): To ENDORSE.\n\n1. Introduction\n\n1.1 Text.\n"
    )
    x = extract_text(text)
    (r,) = x.entities.of("Report")
    assert r.first("dct:title") == "WIDGET SERVICE – CONTRACT AWARD"
    assert r.first("cg:proposes") == Ref("Decision", ("24/00012",))
    assert x.entities.get(r.first("cg:reportTo")).first("cg:date") == date(2023, 10, 5)
    d = x.entities.get(Ref("Decision", ("24/00012",)))
    assert d.values("cg:status") == ["proposed"]


def test_from_in_running_text_is_not_a_report():
    text = HEADER + "MINUTES of a meeting held on Thursday, 6th July, 2023.\n\nFrom: the Chairman's remarks it was clear.\nNothing else.\n"
    try:
        x = extract_text(text)
    except ValueError:
        return  # not a committee paper at all: fine, but certainly no report
    assert x.entities.of("Report") == []


def test_work_programme_meetings_are_planned_and_future_only():
    x = extracted("000_85e50b6c2a77ab48")
    planned = sorted(m.first("cg:date") for m in x.entities.of("Meeting") if "planned" in m.values("cg:status"))
    assert planned == [date(2023, 11, 15), date(2024, 1, 18), date(2024, 3, 13), date(2024, 5, 15), date(2024, 7, 3)]
    y = extracted("003_4b3e521f3552e908")  # table layout "17-May-19"
    planned = sorted(m.first("cg:date") for m in y.entities.of("Meeting") if "planned" in m.values("cg:status"))
    assert planned[0] == date(2019, 5, 17) and date(2020, 5, 22) in planned


def test_meetings_from_to_lines_and_work_programmes_carry_verbatim_evidence():
    for stem in ("000_85e50b6c2a77ab48", "003_4b3e521f3552e908"):
        x = extracted(stem)
        for m in x.entities.of("Meeting"):
            assert m.evidence, m.ref
            for st in m.properties.get("cg:status", []):
                assert st.evidence and all(quote_is_verbatim(x.source, ev) for ev in st.evidence)


def test_decision_no_not_applicable_does_not_take_a_later_number():
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: WIDGET SERVICE UPDATE\n\n"
        "Decision No: N/A\n\n"
        "Key decision: No\n\n"
        "Past Pathway of report: Decision 22/00081 taken in 2022\n\n"
        "Classification: Unrestricted\n\nElectoral Division: All\n\n"
        "Summary: A summary.\n\n1. Introduction\n\n1.1 Text.\n"
    )
    x = extract_text(text)
    (r,) = x.entities.of("Report")
    assert r.first("cg:proposes") is None
    d = x.entities.get(Ref("Decision", ("22/00081",)))
    assert d is not None and "proposed" not in d.values("cg:status")  # mentioned, not proposed
    assert d.values("cg:status") == ["taken"]  # "... taken in 2022" says so


def test_decision_number_on_the_label_line_in_capitals():
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: WIDGET SERVICE\n\nDECISION NO: 23/0061\n\nClassification: Unrestricted\n\n1. Introduction\n"
    )
    (r,) = extract_text(text).entities.of("Report")
    assert r.first("cg:proposes") == Ref("Decision", ("23/00061",))


def test_outside_cycle_table_rows_are_taken_but_background_decisions_are_not():
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE\n\n"
        "Classification: Unrestricted\n\n1. Introduction\n\n"
        "1.1 The following decisions were taken between meetings:\n\n"
        "23/00090    Day Care Service Extension    10 August 2023\n"
        "23/00091 – Respite Beds Contract Award\n\n"
        "2. Background Documents\n\n"
        "21/00012 - Day Care Service Procurement\n"
    )
    x = extract_text(text)
    taken = {d.first("cg:decisionNumber"): d for d in x.entities.of("Decision") if d.values("cg:status") == ["taken"]}
    assert set(taken) == {"23/00090", "23/00091"}
    assert taken["23/00090"].first("dct:title") == "Day Care Service Extension"
    background = x.entities.get(Ref("Decision", ("21/00012",)))
    assert background is not None and background.values("cg:status") == []


def test_labels_split_over_two_lines_are_read_but_a_lone_word_is_not_a_label():
    """A PDF wraps "Decision Number:" as "Decision" / "Number: 24/00123" and "Electoral Division:"
    as "Electoral" / "Division: Ashford"; a word that does not start a label stays text."""
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: Widget Service\n\nDecision\nNumber: 24/00123\n\nClassification: Unrestricted\n\n"
        "Electoral\n\nDivision: Ashford South\n\nSummary: Widgets\nare discussed.\n\n1. Introduction\n"
    )
    (r,) = extract_text(text).entities.of("Report")
    assert r.first("cg:proposes") == Ref("Decision", ("24/00123",))
    assert str(r.first("cg:electoralDivision")) == "Ashford South"
    ev = r.properties["cg:proposes"][0].evidence[0]
    assert ev.start_line == text.split("\n").index("Decision") + 1


def test_a_wrapped_word_before_a_label_is_not_joined_to_it():
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: Widget\nService\nClassification: Unrestricted\n\n1. Introduction\n"
    )
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("dct:title")) == "Widget Service"
    assert str(r.first("cg:classification")) == "Unrestricted"


def _front(classification: str, division: str, after: str = "") -> str:
    """An invented report whose front matter ends with the given Classification and
    Electoral Division blocks (as printed, newlines included)."""
    return HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\n"
        "To: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: Pothole Repair Framework\n\n"
        f"Classification: {classification}\n\n"
        f"Electoral Division: {division}\n\n{after}"
    )


def test_classification_ends_at_its_line_when_an_explanation_follows():
    text = _front("Unrestricted - Exempt Appendix 2\nExempt under Schedule 12A of the Local Government Act 1972",
                  "All", "Summary: Potholes.\n\n1. Introduction\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:classification")) == "Unrestricted - Exempt Appendix 2"
    text = _front("Unrestricted - Exempt Appendix A\nExempt under Schedule 12A", "All", "Summary: Potholes.\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:classification")) == "Unrestricted - Exempt Appendix A"
    ev = r.properties["cg:classification"][0].evidence[0]
    assert ev.start_line == ev.end_line  # the explanation line is not cited either


def test_classification_ends_at_a_blank_line_before_a_paragraph():
    text = _front("Unrestricted – with an exempt appendix\n\nAppendix C is not for publication by virtue of "
                  "paragraph 3.", "All", "Summary: Potholes.\n\n1. Introduction\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:classification")) == "Unrestricted – with an exempt appendix"


def test_classification_that_visibly_goes_on_is_read_over_its_lines():
    """A line ending "... is not", a bracket left open over a blank line: the value goes on."""
    text = _front("Unrestricted – Appendix D (Tender Prices) is not\n            for publication",
                  "All", "Summary: Potholes.\n\n1. Introduction\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:classification")) == "Unrestricted – Appendix D (Tender Prices) is not for publication"
    text = _front("Unrestricted Report - Restricted Appendix E (Exempt\n\nfrom publication by Schedule 12A)",
                  "All", "Summary: Potholes.\n\n1. Introduction\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:classification")) == (
        "Unrestricted Report - Restricted Appendix E (Exempt from publication by Schedule 12A)")


def test_electoral_division_does_not_swallow_the_paragraph_after_it():
    """A short report with no Summary label: the body paragraph follows the division."""
    text = _front("Unrestricted", "All",
                  "The Cabinet Member will verbally update Members of the Committee on: -\n\n"
                  " 4 June – Visit to a Canterbury day centre\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:electoralDivision")) == "All"


def test_every_division_is_all_however_printed_and_a_list_is_kept_as_printed():
    for printed in ("All divisions", "All Electoral Divisions", "ALL"):
        (r,) = extract_text(_front("Unrestricted", printed, "Summary: Potholes.\n")).entities.of("Report")
        assert str(r.first("cg:electoralDivision")) == "All", printed
        assert printed in r.properties["cg:electoralDivision"][0].evidence[0].quote  # the printed words are cited
    (r,) = extract_text(_front("Unrestricted", "Ashford East; Ashford Rural West;\nTenterden; Romney Marsh",
                               "Summary: Potholes.\n")).entities.of("Report")
    assert str(r.first("cg:electoralDivision")) == "Ashford East; Ashford Rural West; Tenterden; Romney Marsh"
    (r,) = extract_text(_front("Unrestricted", "All divisions in Dover", "Summary: Potholes.\n")).entities.of("Report")
    assert str(r.first("cg:electoralDivision")) == "All divisions in Dover"


def test_a_wrapped_list_of_divisions_is_read_to_the_blank_line():
    text = _front("Unrestricted", "Dartford East, Dartford North\nEast, Swanscombe and Greenhithe",
                  "Summary: Potholes.\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:electoralDivision")) == "Dartford East, Dartford North East, Swanscombe and Greenhithe"


def test_division_label_variants():
    for label in ("Electoral Division(s):", "Electoral Divisions Affected:", "Divisions affected:"):
        text = _front("Unrestricted", "Tenterden", "Summary: Potholes.\n").replace("Electoral Division:", label)
        (r,) = extract_text(text).entities.of("Report")
        assert str(r.first("cg:electoralDivision")) == "Tenterden", label


def test_key_decision_stated_with_the_report_number():
    for line in ("Key Decision No: 24/00124", "Decision No: 24/00124 (Key Decision)"):
        text = HEADER + (
            "From: Jane Doe, Cabinet Member for Roads\n\nTo: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
            f"Subject: Widget Service\n\n{line}\n\nClassification: Unrestricted\n\n1. Introduction\n"
        )
        x = extract_text(text)
        (r,) = x.entities.of("Report")
        assert r.first("cg:proposes") == Ref("Decision", ("24/00124",)), line
        assert x.entities.get(Ref("Decision", ("24/00124",))).first("cg:keyDecision") is True, line
    text = HEADER + (
        "From: Jane Doe, Cabinet Member for Roads\n\nTo: Adult Social Care Cabinet Committee – 5 October 2023\n\n"
        "Subject: Widget Service\n\nDecision No: 24/00125 (non-key decision)\n\nClassification: Unrestricted\n\n"
        "1. Introduction\n"
    )
    assert extract_text(text).entities.get(Ref("Decision", ("24/00125",))).first("cg:keyDecision") is None


def test_classification_with_a_short_tail_on_the_next_line():
    text = _front("Unrestricted Report – Restricted\nAppendix A", "All", "Summary: Potholes.\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:classification")) == "Unrestricted Report – Restricted Appendix A"


def test_electoral_division_stops_at_prose_printed_right_below():
    text = _front("Unrestricted", "All\nThe Cabinet Member will report on the visits made since the last meeting.",
                  "Summary: Potholes.\n")
    (r,) = extract_text(text).entities.of("Report")
    assert str(r.first("cg:electoralDivision")) == "All"
