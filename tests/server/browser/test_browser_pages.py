"""Entity and document pages over HTTP on the fixture graph: facts, evidence links, escaping."""

from __future__ import annotations

import re

import requests

from tests.server.browser.stores import CLAIR_BELL, CONTRACT, CROSSROADS, DATA, DECISION, MEETING


def get(base: str, iri_or_path: str) -> str:
    path = iri_or_path[len(DATA):] if iri_or_path.startswith(DATA) else iri_or_path
    r = requests.get(f"{base}/page/{path}")
    assert r.status_code == 200, r.text[:500]
    return r.text


def section(html: str, key: str) -> str:
    m = re.search(rf'<section class="kind-section" id="section-{key}".*?</section>', html, re.S)
    assert m, f"no section {key}"
    return m.group(0)


def test_provider_page_lists_contract_with_value_dates_and_evidence(fixture_server):
    html = get(fixture_server, CROSSROADS)
    contracts = section(html, "contracts")
    assert "Carers&#39; Short Breaks Service" in contracts
    assert "£3,000,000" in contracts
    assert "1 April 2024" in contracts and "31 March 2025" in contracts
    # the value links to the line it was read from, the dates to theirs
    assert 'href="/document/fixture-minutes#L12-L12"' in contracts
    assert 'href="/document/fixture-minutes#L11-L12"' in contracts


def test_provider_page_shows_meeting_item_people_declarations_documents(fixture_server):
    html = get(fixture_server, CROSSROADS)
    considered = section(html, "considered")
    assert "/page/meeting/kent-county-council/adult-social-care-cabinet-committee/2023-07-06" in considered
    assert "142. Carers&#39; Short Breaks Service" in considered
    assert 'href="/document/fixture-minutes#L9-L10"' in considered
    assert "Clair Bell" in section(html, "people")
    assert "Jenni Meade" in section(html, "declarations")
    assert "/document/fixture-minutes" in section(html, "documents")


def test_meeting_page_attendance_items_declarations_decisions(fixture_server):
    html = get(fixture_server, MEETING)
    attendance = section(html, "attendance")
    for name in ("Andrew Ridgers", "Jenni Meade", "Clair Bell", "Simon Webb"):
        assert name in attendance
    assert "apologies" in attendance and "also present" in attendance
    assert 'href="/document/fixture-minutes#L5-L5"' in attendance  # ALSO PRESENT line
    assert "endorse the proposed decision" in section(html, "items")
    assert "Jenni Meade" in section(html, "declarations")
    assert "23/00074" in section(html, "decisions")


def test_person_page_posts_meetings_decisions(fixture_server):
    html = get(fixture_server, CLAIR_BELL)
    assert "Mrs C Bell" in html  # alternative names
    assert "Cabinet Member for Adult Social Care and Public Health" in section(html, "posts")
    assert "6 July 2023" in section(html, "meetings")
    assert "23/00074" in section(html, "decisions")


def test_contract_and_decision_pages(fixture_server):
    contract = get(fixture_server, CONTRACT)
    assert "£3,000,000" in contract and "direct award" in contract
    assert "Adult Social Care Cabinet Committee, 6 July 2023" in section(contract, "considered")
    decision = get(fixture_server, DECISION)
    assert "Crossroads Care Kent" in section(decision, "contracts")


def test_every_fact_with_evidence_links_to_a_line(fixture_server):
    html = get(fixture_server, CONTRACT)
    facts = re.search(r'<dl class="facts">.*?</dl>', html, re.S).group(0)
    value_fact = re.search(r'data-prop="cg:valueGBP".*?</div>', facts, re.S).group(0)
    assert 'class="ev" href="/document/fixture-minutes#L12-L12"' in value_fact
    assert "The contract value was over £3 million." in value_fact  # the quote, shown on hover


def test_document_page_numbers_and_anchors_every_line(fixture_server):
    r = requests.get(f"{fixture_server}/document/fixture-minutes")
    assert r.status_code == 200
    for n in range(1, 17):
        assert f'id="L{n}"' in r.text
    assert 'id="L17"' not in r.text
    assert re.search(r'id="L13"[^>]*>.*Crossroads Care Kent, the provider', r.text)
    # /page/document/... is the same resource
    assert requests.get(f"{fixture_server}/page/document/fixture-minutes").url.endswith("/document/fixture-minutes")


def test_untrusted_text_is_escaped(fixture_server):
    doc = requests.get(f"{fixture_server}/document/fixture-hostile").text
    assert "<script>window.__xss" not in doc
    assert "&lt;script&gt;window.__xss = true;" in doc
    assert '<img src=x onerror' not in doc
    org = requests.get(f"{fixture_server}/page/organisation/hostile-ltd").text
    assert "<script>window.__xss=true</script>" not in org
    assert "Hostile &lt;script&gt;" in org
    found = requests.get(f"{fixture_server}/search", params={"q": "Hostile <script>"}).text
    assert "<script>window.__xss" not in found


def test_home_lists_providers_and_examples(fixture_server):
    html = requests.get(fixture_server + "/").text
    assert "Crossroads Care Kent" in html
    assert "/query?example=" in html


def test_contract_linked_straight_from_an_item_shows_where_it_was_considered(fixture_server):
    considered = section(get(fixture_server, DATA + "organisation/careium"), "considered")
    assert "/page/item/kent-county-council/adult-social-care-cabinet-committee/2023-07-06/143" in considered
    assert "Adult Social Care Cabinet Committee, 6 July 2023" in considered


def test_query_editor_refuses_service_calls_like_the_endpoint(fixture_server):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    html = requests.get(f"{fixture_server}/query", params={"query": query}).text
    assert 'class="error"' in html and "SERVICE" in html
    assert "results-table" not in html


def test_bad_numeric_arguments_fall_back_to_defaults(fixture_server):
    r = requests.get(f"{fixture_server}/api/search", params={"q": "Crossroads", "limit": "lots"})
    assert r.status_code == 200 and r.json()[0]["label"] == "Crossroads Care Kent"
    r = requests.get(f"{fixture_server}/trace", params={"from": "Crossroads Care Kent", "to": "Clair Bell", "limit": "x"})
    assert r.status_code == 200 and 'class="path"' in r.text


def test_pages_forbid_inline_script(fixture_server):
    r = requests.get(f"{fixture_server}/document/fixture-hostile")
    policy = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_evidence_page_quotes_and_links_to_its_lines(fixture_server):
    html = get(fixture_server, DATA + "evidence/fixture-minutes/L11-L12-v1")
    assert "“The contract value was over £3 million.”" in html
    assert 'href="/document/fixture-minutes#L12-L12"' in html


def test_contract_read_from_an_items_lines_shows_that_item(fixture_server):
    considered = section(get(fixture_server, DATA + "organisation/day-care-ltd"), "considered")
    assert "/page/item/kent-county-council/adult-social-care-cabinet-committee/2023-07-06/143" in considered
    assert "read from the same lines as the item" in considered
    assert "the item names it" not in considered


def test_an_extension_is_shown_apart_from_the_initial_term(fixture_server):
    """cg:extensionEndDate is the date an extended contract now runs to: shown as "Extended to"
    on the provider's contracts and on the contract page, never as the initial term's end."""
    careium = get(fixture_server, DATA + "organisation/careium")
    contracts = section(careium, "contracts")
    assert "Extended to" in contracts and "30 September 2026" in contracts
    telecare = get(fixture_server, DATA + "contract/telecare")
    assert "1 October 2025" in telecare and "30 September 2026" in telecare
