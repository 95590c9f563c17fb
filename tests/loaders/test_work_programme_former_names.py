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
