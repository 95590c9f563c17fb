"""The PDF input path for minutes and front sheets: a bundled pack's first pages rendered
to PDF (fpdf2, DejaVu) yield the same meetings, attendance, minute items, memberships and
person IRIs as the text, with evidence that quotes the PDF's own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from councilgraph.loaders.document import normalise_ws, read_source
from councilgraph.loaders.extract import extract_document
from councilgraph.loaders.quality import EXTRACTORS

from councilgraph import config

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
CATEGORIES = ["meetings", "chair", "present", "also_present", "in_attendance", "apologies", "substitutes",
              "attended_virtually", "declarations", "minute_items", "votes", "memberships", "agenda_items",
              "resolutions", "attended_item"]


def _render(lines: list[str], target: Path) -> None:
    from fpdf import FPDF

    font = next((d / "DejaVuSans.ttf" for d in FONT_DIRS if (d / "DejaVuSans.ttf").is_file()), None)
    if font is None:
        pytest.fail("DejaVuSans.ttf not found: apt-get install fonts-dejavu-core")
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(auto=True, margin=10)
    pdf.add_font("DejaVu", "", str(font))
    pdf.set_font("DejaVu", size=7)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 3.2, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def _facts(ex) -> dict:
    out = {}
    for c in CATEGORIES:
        rows = []
        for r in EXTRACTORS[c](ex.entities):
            rows.append(tuple(sorted((k, str(v)) for k, v in r.items() if k != "_lines")))
        out[c] = sorted(rows)
    out["person keys"] = sorted(p.key for p in ex.entities.of("Person"))
    return out


@pytest.mark.parametrize("stem,end", [("001_03b3e409ff055485", 590), ("004_acb2a405277538a0", 256)])
def test_pdf_yields_the_same_minutes_facts(tmp_path, stem, end):
    lines = (config.BUNDLED_DOCUMENTS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")[:end]
    txt = tmp_path / f"{stem}-minutes.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pdf = tmp_path / f"{stem}-minutes.pdf"
    _render(lines, pdf)

    from_text = extract_document(read_source(txt))
    source = read_source(pdf)
    assert source.media_type == "application/pdf"
    from_pdf = extract_document(source)

    text_facts, pdf_facts = _facts(from_text), _facts(from_pdf)
    assert text_facts["present"] and text_facts["minute_items"]
    for key in text_facts:
        assert pdf_facts[key] == text_facts[key], key
    flat = normalise_ws(source.text)
    for e in from_pdf.entities:
        for ev in list(e.evidence) + [ev for sts in e.properties.values() for st in sts for ev in st.evidence]:
            assert ev.quote in flat
