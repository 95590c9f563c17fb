"""Former committee names read from a work programme's Terms of Reference paragraph."""

from __future__ import annotations

from councilgraph import config
from councilgraph.loaders.document import SourceText
from councilgraph.loaders.extract import extract_document

PACK = config.BUNDLED_DOCUMENTS / "000_85e50b6c2a77ab48.txt"
OLD = "terms of reference for the Adult Social Care and Health Cabinet Committee"


def _former_names(text: str) -> dict[str, list]:
    source = SourceText("pack", "pack.txt", text)
    committees = extract_document(source).entities.of("Committee")
    return {str(c.first("rdfs:label")): c.properties.get("cg:formerName", []) for c in committees}


def test_a_differently_named_committee_in_the_terms_of_reference_is_a_former_name():
    text = PACK.read_text(encoding="utf-8")
    assert OLD in text
    names = _former_names(text)
    former = names["Adult Social Care Cabinet Committee"]
    assert [st.value for st in former] == ["Adult Social Care and Health Cabinet Committee"]
    source_lines = text.split("\n")
    for ev in former[0].evidence:
        quoted = " ".join(" ".join(source_lines[ev.start_line - 1 : ev.end_line]).split())
        assert ev.quote in quoted


def test_the_committee_own_name_is_not_a_former_name():
    text = PACK.read_text(encoding="utf-8").replace(OLD, "terms of reference for the Adult Social Care Cabinet Committee")
    assert not _former_names(text)["Adult Social Care Cabinet Committee"]


PROGRAMME = (
    "From: Ann Lee, General Counsel\n\nTo: Adult Social Care Cabinet Committee – 15 November 2023\n\n"
    "Subject: Work Programme 2023/24\n\nClassification: Unrestricted\n\n"
    "Recommendation: The Adult Social Care Cabinet Committee is asked to agree its work programme.\n\n"
    " ADULT SOCIAL CARE CABINET COMMITTEE WORK PROGRAMME 2023/24 \n\n"
    " 17 JANUARY 2024 \n"
    " 1 23/00131 - Respite Charging Policy Key decision \n 2024/25 \n"
    " 2 23/00132 - Day Care Review Non-key decision \n"
    " 3 Draft Revenue Budget 2024/25 Annual item \n"
)


def test_a_flattened_programme_row_ends_in_its_key_decision_column_not_in_the_title():
    x = extract_document(SourceText("wp", "wp.txt", PROGRAMME))
    decisions = {d.key[0]: d for d in x.entities.of("Decision")}
    key = decisions["23/00131"]
    assert str(key.first("dct:title")) == "Respite Charging Policy"  # the wrapped "2024/25" is not visibly its continuation
    assert key.first("cg:keyDecision") is True
    other = decisions["23/00132"]
    assert str(other.first("dct:title")) == "Day Care Review"
    assert other.values("cg:keyDecision") == []  # "Non-key decision" is not the column that makes it key


def test_a_row_wrapped_onto_the_line_with_its_key_decision_column():
    text = PROGRAMME.replace(
        " 3 Draft Revenue Budget 2024/25 Annual item \n",
        " 3 23/00133 – Shared Lives Scheme – Dynamic Purchasing \nSystem  Key decision \n 4 Complaints Report Annual item \n")
    decisions = {d.key[0]: d for d in extract_document(SourceText("wp", "wp.txt", text)).entities.of("Decision")}
    assert decisions["23/00133"].first("cg:keyDecision") is True
    assert decisions["23/00132"].values("cg:keyDecision") == []
