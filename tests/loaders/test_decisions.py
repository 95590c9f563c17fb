"""Decision numbers: normalisation, where they are found, stable keys, statuses."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from councilgraph.loaders.decisions import (
    decision_ref,
    find_decision_numbers,
    is_endorsement,
    normalise_decision_number,
    split_numbered_title,
)
from councilgraph.loaders.records import Ref
from councilgraph.rdf.iris import entity_iri

from tests.loaders.reports_support import STEMS, extracted, quote_is_verbatim


def test_normalise_printed_layouts():
    assert normalise_decision_number("22/0081") == "22/00081"
    assert normalise_decision_number("Decision Number:22/00033") == "22/00033"
    assert normalise_decision_number("DECISION NO: 23/00074") == "23/00074"
    assert normalise_decision_number("no number here") is None
    assert decision_ref("22/0081") == decision_ref("22/00081") == Ref("Decision", ("22/00081",))
    assert entity_iri(decision_ref("23/00074"), "https://w3id.org/councilgraph/id/").endswith("decision/23-00074")


def test_dates_years_and_ratios_are_not_decision_numbers():
    text = "Updated 18/10/2022, 2023/2024, 14/05/201914/02/2019, ASC CC 1/12/21, 24/7, £12/0001"
    assert find_decision_numbers(text) == []


@given(st.integers(1, 28), st.integers(1, 12), st.integers(2000, 2099))
def test_property_no_date_is_a_decision_number(d, m, y):
    for printed in (f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{y}/{(y + 1) % 10000}"):
        assert find_decision_numbers(f"on {printed} the") == []


@given(st.integers(0, 99), st.integers(1, 9999))
def test_property_numbers_normalise_to_five_digits(yy, serial):
    printed = f"{yy:02d}/{serial:05d}"
    assert normalise_decision_number(f"decision {printed} taken") == printed
    if serial < 1000:
        assert normalise_decision_number(f"decision {yy:02d}/{serial:04d} taken") == printed


def test_split_numbered_title():
    assert split_numbered_title("7 18/00067 - Proposed Revision of Rates (Pages 17 - 32)") == ("18/00067", "Proposed Revision of Rates")
    assert split_numbered_title("87. 22/00081 - Integrated Community Equipment Service") == ("22/00081", "Integrated Community Equipment Service")
    assert split_numbered_title("Community Equipment Service") is None


def test_endorsement_wording():
    assert is_endorsement("RESOLVED that the decision to be taken by the Cabinet Member for Adult Social Care to: (a) Extend ... be endorsed.")
    assert not is_endorsement("RESOLVED that the update was noted.")
    assert is_endorsement("RESOLVED that the Committee supports the proposed decision to re-let the bus contract.")
    assert is_endorsement("RESOLVED that the proposed decision to close the depot be supported.")
    assert not is_endorsement("RESOLVED that the Committee did not endorse the proposed decision to close the depot.")
    assert not is_endorsement("RESOLVED that the proposed decision to close the depot not be endorsed.")
    assert not is_endorsement("RESOLVED that the Committee declined to support the proposed decision.")


@pytest.mark.parametrize("stem", STEMS)
def test_every_printed_decision_number_is_a_decision_with_evidence(stem):
    x = extracted(stem)
    printed = {n for line in x.source.lines for _, n in find_decision_numbers(line)}
    decisions = {e.key[0]: e for e in x.entities.of("Decision")}
    assert printed and printed <= set(decisions)
    for number, e in decisions.items():
        assert re.fullmatch(r"\d{2}/\d{5}", number)
        assert e.evidence, number
        for st_ in e.properties.get("cg:decisionNumber", []):
            assert st_.evidence and all(quote_is_verbatim(x.source, ev) for ev in st_.evidence)
        assert len(e.values("dct:title")) <= 1, (number, e.values("dct:title"))


def test_printed_22_0081_is_22_00081():
    x = extracted("000_85e50b6c2a77ab48")
    e = x.entities.get(Ref("Decision", ("22/00081",)))
    lines = {ev.start_line for st_ in e.properties["cg:decisionNumber"] for ev in st_.evidence}
    assert 1344 in lines and 1706 in lines  # printed "22/0081" and "22/00081"


def test_statuses_from_minutes_reports_and_outside_cycle_lists():
    x = extracted("001_03b3e409ff055485")
    get = lambda n: x.entities.get(Ref("Decision", (n,)))  # noqa: E731
    assert get("22/00081").values("cg:status") == ["endorsed"]
    assert get("22/00081").first("cg:endorsedAt").key[-1] == "2022-09-28"
    assert get("22/00075").values("cg:status") == ["taken"]
    assert get("22/00096").values("cg:status") == ["proposed"]
    assert get("22/00096").first("cg:keyDecision") is True
    y = extracted("004_acb2a405277538a0")
    kara = y.entities.get(Ref("Decision", ("22/00019",)))
    assert kara.values("cg:status") == ["taken"] and kara.first("dct:title") == "Kara Contract Extension"


def test_decision_keys_do_not_depend_on_the_document():
    a = extracted("000_85e50b6c2a77ab48").entities.get(Ref("Decision", ("22/00081",)))
    b = extracted("001_03b3e409ff055485").entities.get(Ref("Decision", ("22/00081",)))
    assert a is not None and b is not None and a.ref == b.ref


def _prose_title(lines: list[str], printed: str):
    from councilgraph.loaders.decisions import _title_in_prose
    from councilgraph.loaders.document import SourceText

    src = SourceText("doc", "doc.txt", "\n".join(lines))
    n = next(i for i, line in enumerate(lines, 1) if printed in line)
    title, ev = _title_in_prose(src, n, len(src), printed)
    if title is not None:
        assert ev.quote == title and ev.quote in " ".join(" ".join(lines).split())
    return title


def test_decision_title_inside_a_sentence_runs_to_the_dash_before_prose():
    lines = [
        "Mrs Y asked that the record show she voted against decision – 24/00012 – Home",
        "Care Framework, Payments and Charging – Phase Two - at paragraph 12 of the minutes.",
    ]
    assert _prose_title(lines, "24/00012") == "Home Care Framework, Payments and Charging – Phase Two"


def test_two_decisions_in_one_resolution_each_get_their_title():
    lines = [
        "RESOLVED that the decisions – 24/00031 Supported Living Service Closure of the",
        "Scheme and 24/00032 Supported Living Service Use of Reserves - had been taken in",
        "accordance with the Constitution.",
    ]
    assert _prose_title(lines, "24/00031") == "Supported Living Service Closure of the Scheme"
    assert _prose_title(lines, "24/00032") == "Supported Living Service Use of Reserves"


@pytest.mark.parametrize("line", [
    "in line with decision 23/00022 which was taken in May 2023.",
    "as agreed under 23/00022.",
    "The decision (23/00022) was published on the website.",
    "decision 23/00022 - the Cabinet Member agreed the award of the contract to the provider.",
])
def test_decision_number_in_prose_without_a_title_gets_none(line):
    assert _prose_title([line], "23/00022") is None


MINUTES_ONLY = (
    " KENT COUNTY COUNCIL \n\nADULT SOCIAL CARE CABINET COMMITTEE \n\n"
    "MINUTES of a meeting of the Adult Social Care Cabinet Committee held at Council \n"
    "Chamber, Sessions House, County Hall, Maidstone on Tuesday, 14th March, \n2023. \n\n"
    "PRESENT: Mr A Baker (Chairman), Mrs P Cole and Mr N Collor \n\n"
    "UNRESTRICTED ITEMS \n\n"
    "21. 23/00019 - Shared Lives Scheme - Contract Award \n(Item. 5) \n\n"
    "1. Mr Grey introduced the report and said the scheme would be run by \n"
    "Meadowgate Support Ltd. \n\n"
    "2. RESOLVED that the decision to be taken by the Cabinet Member for Adult Social \n"
    "Care and Public Health to: \n\n"
    "(a) Award the Shared Lives Scheme contract for a period of two years from 1 May 2023 to \n"
    "30 April 2025; and \n\n(b) Delegate authority to the Corporate Director \n\nbe endorsed. \n\n"
)


def test_minutes_only_pack_gets_its_decisions_organisations_and_contracts():
    """A pack with no report section still gets the document-wide completion:
    the endorsed decision, its contract, and the provider named in the minutes."""
    from datetime import date

    from tests.loaders.reports_support import extract_text

    x = extract_text(MINUTES_ONLY, "minutes-only.txt")
    assert x.kind == "minutes"  # no report, no record of decision
    decision = x.entities.get(Ref("Decision", ("23/00019",)))
    assert decision is not None and decision.values("cg:endorsedAt")
    [contract] = [c for c in x.entities.of("Contract") if c.first("cg:authorisedBy") == decision.ref]
    provider = x.entities.get(contract.first("cg:provider"))
    assert provider is not None and provider.first("rdfs:label") == "Meadowgate Support Ltd"
    assert (contract.first("cg:startDate"), contract.first("cg:endDate")) == (date(2023, 5, 1), date(2025, 4, 30))
    for st in provider.properties["rdfs:label"]:
        assert st.evidence and quote_is_verbatim(x.source, st.evidence[0])
