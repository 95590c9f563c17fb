"""Tables of the contracts held now, one row per contract (loaders/parsers/contract_tables.py),
and the contracts the report parser makes of them. Small invented tables, not the packs'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from councilgraph.loaders.parsers.contract_tables import current_contract_rows

from tests.loaders.reports_support import (
    assert_contract_evidence_verbatim,
    extract_text,
    provider_label,
)
from tests.loaders.test_contracts import _report

SPACED = """1.2 At present the services are bought under four separate contracts.

Table 1 - Current arrangements

Service Provider Annual value End date
Home visiting (North) Orchard Lane Good
Neighbours
£140,500 31/03/2026
Hearing support Ollerton Sound CIC £98,000 31/03/2026
SPA Brackley Vale Support Network £52,000 30/09/2025
Sight loss (South) and Braille Harwick Vision Partners £61,250 31/03/2026
Peer support groups Harwick Vision Partners £20,000 31/03/2026

2. Proposal
"""


def test_spaced_rows_wrapped_providers_and_a_provider_another_row_names():
    rows = current_contract_rows(SPACED.splitlines(), 10)
    got = [(r.service, r.provider, r.value, r.value_kind, r.end) for r in rows]
    assert got == [
        ("Home visiting (North)", "Orchard Lane Good Neighbours", Decimal(140500), "annual", date(2026, 3, 31)),
        ("Hearing support", "Ollerton Sound CIC", Decimal(98000), "annual", date(2026, 3, 31)),
        # "SPA Brackley Vale Support Network": nothing tells the service from the body - left out
        ("Sight loss (South) and Braille", "Harwick Vision Partners", Decimal(61250), "annual", date(2026, 3, 31)),
        ("Peer support groups", "Harwick Vision Partners", Decimal(20000), "annual", date(2026, 3, 31)),
    ]
    first = rows[0]
    assert (first.first_line, first.last_line) == (15, 17)  # the row's three lines, numbered from 10
    assert first.quote == "Home visiting (North) Orchard Lane Good Neighbours £140,500 31/03/2026"


def test_piped_rows_in_thousands_without_an_end_column():
    text = ("The existing contracts are:\n\nContract | Current provider | Total value (£000)\n"
            "Night support | Fenwick Care\nLtd | 1,200\nDay opportunities | Kestle Vale Trust | 450\n")
    rows = current_contract_rows(text.splitlines())
    assert [(r.service, r.provider, r.value, r.value_kind, r.end) for r in rows] == [
        ("Night support", "Fenwick Care Ltd", Decimal(1200000), "total", None),
        ("Day opportunities", "Kestle Vale Trust", Decimal(450000), "total", None),
    ]


def test_a_table_not_said_to_be_current_or_with_no_value_or_end_column_is_not_read():
    proposed = "Table 2: Proposed lots\n\nService Provider Annual value End date\nHearing support Ollerton Sound CIC £98,000 31/03/2030\n"
    no_tail = "The current providers are:\n\nService Provider\nHearing support Ollerton Sound CIC\n"
    assert current_contract_rows(proposed.splitlines()) == []
    assert current_contract_rows(no_tail.splitlines()) == []


def test_rows_that_never_complete_are_not_guessed():
    text = "The current contracts:\n\nService Provider Annual value End date\nHearing support Ollerton Sound CIC\nsee appendix\nfor\ndetails\nmore\n"
    assert current_contract_rows(text.splitlines()) == []


def test_a_reports_table_of_current_contracts_becomes_contracts_with_row_evidence():
    x = extract_text(_report("Wellbeing Visiting Service - Contract Award",
                             "a) AWARD the Wellbeing Visiting Service contract to Larchwood Support Ltd; and", SPACED))
    current = {str(c.first("dct:title")): c for c in x.entities.of("Contract") if not c.values("cg:authorisedBy")}
    assert set(current) == {"Home visiting (North)", "Hearing support", "Sight loss (South) and Braille", "Peer support groups"}
    c = current["Home visiting (North)"]
    assert provider_label(x, c) == "Orchard Lane Good Neighbours"
    assert c.first("cg:annualValueGBP") == Decimal(140500) and c.values("cg:valueGBP") == []
    assert c.first("cg:endDate") == date(2026, 3, 31) and c.values("cg:startDate") == []
    assert_contract_evidence_verbatim(x)
    decided = [c for c in x.entities.of("Contract") if c.values("cg:authorisedBy")]
    assert [provider_label(x, c) for c in decided] == ["Larchwood Support Ltd"]


def test_a_table_with_the_provider_column_first_and_a_service_wrapped_below_its_row():
    text = ("Table 2 Larger contracts proposed for extension\nProvider Service Annual value\n"
            "Ollerton Sound Housing Ltd Mental health floating support £865,000\n"
            "Brackley Vale Housing Association Young people's supported £742,500\n housing (North)\n"
            "Harwick Young Persons \nHousing Project Ex-offenders' accommodation £412,000\n")
    rows = current_contract_rows(text.splitlines(), 1)
    assert [(r.service, r.provider, r.value) for r in rows] == [
        ("Mental health floating support", "Ollerton Sound Housing Ltd", Decimal(865000)),
        ("Young people's supported housing (North)", "Brackley Vale Housing Association", Decimal(742500)),
        ("Ex-offenders' accommodation", "Harwick Young Persons Housing Project", Decimal(412000)),
    ]
    assert (rows[1].first_line, rows[1].last_line) == (4, 5) and rows[1].quote.endswith("£742,500 housing (North)")
