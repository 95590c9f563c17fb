"""The browser in real headless Chromium against a real server on the fixture graph."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.server.browser.stores import CLAIR_BELL, CONTRACT, CROSSROADS, DATA, MEETING

pytestmark = pytest.mark.browser


def test_provider_page_evidence_link_highlights_the_source_line(fixture_server, page):
    page.goto(f"{fixture_server}/page/{CROSSROADS[len(DATA):]}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Crossroads Care Kent")
    table = page.locator("#section-contracts table")
    expect(table).to_contain_text("£3,000,000")
    expect(table).to_contain_text("1 April 2024")
    # hovering shows the quote; following the link lands on the highlighted line
    link = table.locator('a.ev[href="/document/fixture-minutes#L12-L12"]').first
    link.hover()
    expect(link.locator(".ev-quote")).to_be_visible()
    expect(link.locator(".ev-quote")).to_contain_text("The contract value was over £3 million.")
    link.click()
    page.wait_for_url(re.compile(r"/document/fixture-minutes#L12-L12$"))
    line = page.locator("#L12")
    expect(line).to_have_class(re.compile(r"\bhl\b"))
    expect(line).to_be_in_viewport()
    expect(line).to_contain_text("The contract value was over £3 million.")
    expect(page.locator(".ln.hl")).to_have_count(1)


def test_line_range_fragment_highlights_every_line_in_range(fixture_server, page):
    page.goto(f"{fixture_server}/document/fixture-minutes#L11-L13")
    expect(page.locator(".ln.hl")).to_have_count(3)
    for n in (11, 12, 13):
        expect(page.locator(f"#L{n}")).to_have_class(re.compile(r"\bhl\b"))
    background = page.locator("#L12").evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_example_query_runs_and_downloads_csv(fixture_server, page, tmp_path):
    page.goto(f"{fixture_server}/query")
    expect(page.locator(".CodeMirror")).to_be_visible()  # the editor replaced the textarea
    page.get_by_role("link", name="Providers and their contracts, with the evidence quotes").click()
    page.wait_for_url(re.compile(r"example=02-providers-contracts-evidence"))
    rows = page.locator("table.results-table tbody tr")
    row = rows.filter(has_text="Crossroads Care Kent")
    expect(row).to_contain_text("Crossroads Care Kent, the provider, had been engaged with.")
    expect(row.locator(f'a[href="/page/{CROSSROADS[len(DATA):]}"]')).to_have_count(1)
    with page.expect_download() as info:
        page.locator("#download-csv").click()
    target = tmp_path / "results.csv"
    info.value.save_as(target)
    records = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(records) == rows.count() == 3  # the fixture's three contracts with a provider
    crossroads = next(r for r in records if r["provider"] == CROSSROADS)
    assert crossroads["value"] == "3000000" and crossroads["startLine"] == "13"


def test_query_editor_runs_an_edited_query_and_shares_it(fixture_server, page):
    page.goto(f"{fixture_server}/query")
    page.evaluate("""() => window.councilgraphEditor.setValue(
        'PREFIX cg: <https://w3id.org/councilgraph/ontology#>\\nSELECT ?m WHERE { ?m a cg:Meeting }')""")
    page.locator("#run").click()
    expect(page.locator("table.results-table tbody tr")).to_have_count(1)
    share = page.locator("#share").get_attribute("href")
    page.goto(fixture_server + share)
    expect(page.locator("table.results-table tbody tr")).to_have_count(1)
    link = page.locator("table.results-table tbody a")
    expect(link).to_have_attribute("href", f"/page/{MEETING[len(DATA):]}")
    expect(link).to_have_attribute("title", MEETING)
    expect(link).to_have_text(f"data:{MEETING[len(DATA):]}")


def test_query_editor_completes_prefixes(fixture_server, page):
    page.goto(f"{fixture_server}/query")
    page.evaluate("() => { const cm = window.councilgraphEditor; cm.setValue('SELECT * WHERE { ?s a '); cm.focus();"
                  " cm.setCursor(cm.lineCount(), 0); }")
    page.keyboard.press("Control+Space")
    hints = page.locator(".CodeMirror-hints li")
    expect(hints.first).to_be_visible()
    expect(page.locator(".CodeMirror-hints")).to_contain_text("cg:")
    page.locator(".CodeMirror-hints li", has_text="cg:").first.click()
    text = page.evaluate("() => window.councilgraphEditor.getValue()")
    assert text.startswith("PREFIX cg: <https://w3id.org/councilgraph/ontology#>\n")
    assert text.rstrip().endswith("?s a cg:")


def test_query_syntax_error_is_shown(fixture_server, page):
    page.goto(f"{fixture_server}/query?query=SELEKT+nonsense")
    expect(page.get_by_role("alert")).to_contain_text("Syntax error")


def test_search_with_a_typo_finds_the_provider(fixture_server, page):
    page.goto(fixture_server + "/")
    page.get_by_role("searchbox").first.fill("Crosroads Cair Kent")
    page.get_by_role("searchbox").first.press("Enter")
    first = page.locator("ol.results li").first
    expect(first).to_contain_text("Crossroads Care Kent")
    first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Crossroads Care Kent")


def test_search_kind_facets_filter_results(fixture_server, page):
    page.goto(f"{fixture_server}/search?q=Carers+Short+Breaks")
    page.locator(".facets").get_by_role("link", name="Contract").click()
    expect(page.locator("ol.results li")).to_have_count(1)
    expect(page.locator("ol.results li")).to_contain_text("Carers")


def test_trace_between_provider_and_member(fixture_server, page):
    page.goto(f"{fixture_server}/trace")
    page.get_by_label("From").fill("Crossroads Care Kent")
    page.get_by_label("To").fill("Clair Bell")
    page.get_by_role("button", name="Trace").click()
    paths = page.locator("li.path")
    expect(paths.first).to_be_visible()
    hrefs = [paths.nth(i).locator("a.node").evaluate_all("els => els.map(e => e.getAttribute('href'))")
             for i in range(paths.count())]
    assert all(h[0] == f"/page/{CROSSROADS[len(DATA):]}" and h[-1] == f"/page/{CLAIR_BELL[len(DATA):]}" for h in hrefs)
    assert any(f"/page/{CONTRACT[len(DATA):]}" in h and f"/page/{MEETING[len(DATA):]}" in h for h in hrefs)


def test_network_view_draws_the_neighbourhood(fixture_server, page):
    page.goto(f"{fixture_server}/network?iri={CROSSROADS}&depth=2")
    box = page.locator("#network")
    expect(box).to_have_attribute("data-ready", re.compile(r"^[3-9]|\d\d"))
    expect(box.locator("canvas").first).to_be_visible()
    expect(page.locator("#network-legend")).to_contain_text("Provider")
    expect(page.locator("#network-legend")).to_contain_text("Contract")


def test_hostile_document_text_does_not_run(fixture_server, page):
    for path in ("/document/fixture-hostile", "/page/organisation/hostile-ltd", "/search?q=hostile",
                 "/network?iri=https://w3id.org/councilgraph/id/organisation/hostile-ltd"):
        page.goto(fixture_server + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => window.__xss") is None, path
        assert page.title() != "pwned"
    assert page.dialogs == []
    page.goto(fixture_server + "/document/fixture-hostile")
    expect(page.locator("#L2")).to_contain_text("<script>window.__xss = true;")


def test_unknown_iri_shows_a_clear_404(fixture_server, page):
    response = page.goto(f"{fixture_server}/id/person/nobody-at-all")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
    expect(page.locator("main")).to_contain_text("nobody-at-all")


def test_layout_fits_a_phone(fixture_server, chromium):
    context = chromium.new_context(viewport={"width": 375, "height": 740})
    try:
        pg = context.new_page()
        for path in (f"/page/{MEETING[len(DATA):]}", "/document/fixture-minutes#L11-L12", "/query?example=04-attendance-rate",
                     f"/page/{CROSSROADS[len(DATA):]}"):
            pg.goto(fixture_server + path)
            overflow = pg.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, path
    finally:
        context.close()


def test_ontology_term_links_land_on_the_term(fixture_server, page):
    page.goto(f"{fixture_server}/ontology#AgendaItem")
    page.wait_for_load_state("load")
    top = page.evaluate("""() => { const el = [...document.querySelectorAll('[id]')]
        .find(e => e.id.toLowerCase() === 'agendaitem'); return el ? el.getBoundingClientRect().top : null; }""")
    assert top is not None and -5 <= top < 200
