"""The issue's bar, on the bundled documents loaded by the real pipeline, in headless Chromium.

The page for Crossroads Care Kent lists the carers' short breaks contract with its dates and
value and the meeting item where it was considered, each linked to a highlighted source line;
a trace between Crossroads Care Kent and Clair Bell runs through that contract and meeting.
"""

from __future__ import annotations

import html
import re

import pytest
import requests
from playwright.sync_api import expect

from councilgraph.server.documents import split_lines

pytestmark = pytest.mark.browser

SHORT_BREAKS = re.compile(r"short breaks", re.I)


def _norm(text: str) -> str:
    return " ".join(text.split())


def open_provider(page, base: str) -> None:
    page.goto(f"{base}/search?q=Crossroads+Care+Kent")
    page.locator("ol.results li").first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Crossroads Care Kent")


def follow_evidence(page, base: str, cell) -> str:
    """Click the first evidence link of ``cell``; check the lines it names are highlighted
    and hold its quote; return the highlighted text."""
    link = cell.locator("a.ev").first
    expect(link).to_be_visible()
    quote = link.get_attribute("data-quote")
    href = link.get_attribute("href")
    m = re.match(r"^/document/[^#]+#L(\d+)-L(\d+)$", href)
    assert m, href
    start, end = int(m.group(1)), int(m.group(2))
    back = page.url
    link.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    highlighted = page.locator(".ln.hl")
    expect(highlighted).to_have_count(end - start + 1)
    expect(page.locator(f"#L{start}")).to_be_in_viewport()
    text = _norm(" ".join(highlighted.locator(".tx").all_inner_texts()))
    assert _norm(quote)[:60] in text, (quote, text)
    page.goto(back)
    return text


def short_breaks_row(page, base: str):
    """The cells of the short breaks contract's row in the provider's contracts table, by header."""
    open_provider(page, base)
    rows = page.locator("#section-contracts tbody tr").filter(has_text=SHORT_BREAKS)
    expect(rows.first).to_be_visible()
    cells = rows.first.locator("td")
    headers = page.locator("#section-contracts thead th").all_inner_texts()
    return {h: cells.nth(i) for i, h in enumerate(headers)}


def test_crossroads_page_lists_short_breaks_contract_with_dates_and_evidence(bundled_server, page):
    cells = short_breaks_row(page, bundled_server)
    start, end = cells["Start"], cells["End"]
    for cell in (start, end):
        expect(cell).to_contain_text(re.compile(r"\d{1,2} \w+ 20\d\d"))
    # every one of these facts links to the line it was read from
    for cell in (cells["Contract"], start, end):
        follow_evidence(page, bundled_server, cell)
    # the year of each date is in the quoted text it was read from
    for cell in (start, end):
        year = re.search(r"20\d\d", cell.inner_text()).group(0)
        quote = cell.locator("a.ev").first.get_attribute("data-quote")
        assert year in quote or year[2:] in quote, (year, quote)


def test_crossroads_short_breaks_contract_shows_its_value_with_evidence(bundled_server, page):
    cells = short_breaks_row(page, bundled_server)
    # the minutes state "over £3 million": shown as stated, never as an exact figure
    money = [cells[h] for h in ("Value", "Annual value", "Value as stated") if "£" in cells[h].inner_text()]
    assert money, "the short breaks contract has no value on the page"
    follow_evidence(page, bundled_server, money[0])


def test_crossroads_page_lists_the_meeting_item(bundled_server, page):
    open_provider(page, bundled_server)
    rows = page.locator("#section-considered tbody tr").filter(has_text=SHORT_BREAKS)
    expect(rows.first).to_be_visible()
    headers = page.locator("#section-considered thead th").all_inner_texts()
    cells = rows.first.locator("td")
    item = cells.nth(headers.index("Item"))
    expect(item.locator("a:not(.ev)")).to_have_count(1)
    text = follow_evidence(page, bundled_server, item)
    assert SHORT_BREAKS.search(text)
    follow_evidence(page, bundled_server, cells.nth(headers.index("Meeting")))


def test_trace_crossroads_to_clair_bell_runs_through_contract_and_meeting(bundled_server, page):
    page.goto(f"{bundled_server}/trace")
    page.get_by_label("From").fill("Crossroads Care Kent")
    page.get_by_label("To").fill("Clair Bell")
    page.get_by_role("button", name="Trace").click()
    paths = page.locator("li.path")
    expect(paths.first).to_be_visible()
    found = False
    for i in range(paths.count()):
        nodes = paths.nth(i).locator("a.node")
        kinds = nodes.evaluate_all("els => els.map(e => e.className)")
        labels = nodes.all_inner_texts()
        assert labels[0] == "Crossroads Care Kent" and labels[-1] == "Clair Bell"
        contract = any("kind-contract" in k and SHORT_BREAKS.search(l) for k, l in zip(kinds, labels))
        meeting = any("kind-meeting" in k for k in kinds)
        found = found or (contract and meeting)
    assert found, "no path through the short breaks contract and a meeting"


def test_every_evidence_link_on_key_pages_quotes_its_lines(bundled_server):
    """The quote behind each evidence link is in the lines the link highlights."""
    documents: dict[str, list[str]] = {}
    iris = requests.get(f"{bundled_server}/api/search", params={"q": "Crossroads Care Kent", "limit": 1}).json()
    assert iris, "Crossroads Care Kent is not in the bundled graph"
    pages = [iris[0]["url"]]
    meetings = requests.get(f"{bundled_server}/api/search", params={"q": "Adult Social Care Cabinet Committee",
                                                                    "kind": "committee", "limit": 1}).json()
    pages += [m["url"] for m in meetings]
    checked = 0
    for url in pages:
        body = requests.get(bundled_server + url).text
        for href, quote in re.findall(r'class="ev" href="(/document/[^"#]+#L\d+-L\d+)"[^>]*data-quote="([^"]*)"', body):
            path, start, end = re.match(r"(/document/[^#]+)#L(\d+)-L(\d+)", href).groups()
            if path not in documents:
                doc_html = requests.get(bundled_server + path).text
                documents[path] = [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in
                                   re.findall(r'<span class="tx">(.*?)</span>', doc_html, re.S)]
            lines = documents[path][int(start) - 1:int(end)]
            assert _norm(html.unescape(quote)) in _norm(" ".join(lines)), (href, quote)
            checked += 1
    assert checked >= 5


def test_data_iri_of_bundled_provider_negotiates_to_turtle(bundled_server):
    hit = requests.get(f"{bundled_server}/api/search", params={"q": "Crossroads Care Kent", "limit": 1}).json()[0]
    path = hit["iri"].split("/id/", 1)[1]
    r = requests.get(f"{bundled_server}/id/{path}", headers={"Accept": "text/turtle"})
    assert r.history and r.history[0].status_code == 303
    assert r.headers["Content-Type"].startswith("text/turtle") and "Crossroads Care Kent" in r.text


def test_line_splitting_matches_the_loader():
    from councilgraph.loaders.document import SourceText

    text = "a\r\nb\rc\n\fd\n"
    assert split_lines(text) == SourceText("x", "x.txt", text).lines
