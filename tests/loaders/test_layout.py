"""Page furniture: markers, bullets, wrapped lines; and TextFlow evidence spans."""

from __future__ import annotations

from councilgraph.loaders.document import SourceText, normalise_ws
from councilgraph.loaders.sections import TextFlow
from councilgraph.loaders.text.layout import (
    clean_line,
    is_page_marker,
    join_wrapped,
    strip_bullet,
)
from hypothesis import given
from hypothesis import strategies as st


def test_page_markers():
    for line in ["Page 19", "  Page 3 of 12 ", "4", "P", "age 63"]:
        assert is_page_marker(line)
    for line in ["Page 19 of the report says", "RESOLVED", "", "2023/24", "Pages"]:
        assert not is_page_marker(line)


def test_bullets_and_markdown():
    assert strip_bullet("\uf0b7 Carers Week took place") == "Carers Week took place"
    assert strip_bullet("• item") == "item" and strip_bullet("- a) Approve") == "a) Approve"
    assert clean_line("  **Council Chamber**  ") == "Council Chamber"


def test_join_wrapped():
    assert join_wrapped(["the partner-", "ship agreement"], dehyphenate=True) == "the partnership agreement"
    assert join_wrapped(["mid-", "July"]) == "mid- July"


def test_textflow_skips_markers_and_cites_lines():
    src = SourceText("d", "d.txt", "Apologies had been received from Mr A\n\nPage 3\n\nSmith and Ms B Jones.\n")
    flow = TextFlow.of(src, 1, len(src))
    assert flow.text == "Apologies had been received from Mr A Smith and Ms B Jones."
    start = flow.text.index("Ms B Jones")
    ev = flow.evidence(start, start + len("Ms B Jones"))
    assert (ev.start_line, ev.end_line, ev.quote) == (5, 5, "Ms B Jones")
    ev = flow.evidence(flow.text.index("Mr A"), flow.text.index(" and"))
    assert ev.start_line == 1 and ev.end_line == 5 and "Page 3" in ev.quote


@given(st.lists(st.text(alphabet="abc XYZ.", min_size=0, max_size=20), min_size=1, max_size=12),
       st.integers(0, 200), st.integers(1, 60))
def test_property_flow_evidence_is_verbatim(lines, a, length):
    src = SourceText("p", "p.txt", "\n".join(lines) + "\n")
    flow = TextFlow.of(src, 1, len(src))
    if not flow.text.strip():
        return
    a = a % len(flow.text)
    b = min(len(flow.text), a + length)
    if not flow.text[a:b].strip():
        return
    try:
        ev = flow.evidence(a, b)
    except ValueError:
        return  # only when a quote cannot be placed; never a wrong quote
    assert ev.quote in normalise_ws(src.span(ev.start_line, ev.end_line))


def test_glued_page_markers_are_not_read_as_text():
    from councilgraph.loaders.text.layout import strip_glued_page_marker

    assert strip_glued_page_marker("retain existing support networks. Page 24") == "retain existing support networks."
    assert strip_glued_page_marker("lived experiencesPage 113") == "lived experiences"
    assert strip_glued_page_marker("Any Questions? P", "age 63") == "Any Questions?"
    assert strip_glued_page_marker("as set out on page 20") == "as set out on page 20"
    src = SourceText("g", "g.txt", "RESOLVED that the report be noted and that the   Page 7\nCabinet Member be informed.\n")
    flow = TextFlow.of(src, 1, 2)
    assert flow.text == "RESOLVED that the report be noted and that the Cabinet Member be informed."
    ev = flow.evidence(0, len(flow.text))
    assert ev.quote == "RESOLVED that the report be noted and that the Page 7 Cabinet Member be informed."
