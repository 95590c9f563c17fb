"""The PDF input path: a bundled text rendered to PDF (fpdf2, DejaVu) yields the same decisions and contracts."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilgraph.loaders.document import read_source
from councilgraph.loaders.extract import extract_document

from tests.loaders.reports_support import DOCS, quote_is_verbatim

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def _font() -> Path | None:
    """A Unicode TTF (Debian: fonts-dejavu-core); None → fpdf2's core Helvetica (Latin-1 only)."""
    for d in FONT_DIRS:
        f = d / "DejaVuSans.ttf"
        if f.is_file():
            return f
    return None


_LATIN1 = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "•": "*", "…": "..."})


def _printable(lines: list[str]) -> list[str]:
    """Without a Unicode font the PDF can only carry Latin-1: the text twin gets the same characters."""
    if _font() is not None:
        return lines
    return [line.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1") for line in lines]


def _render(lines: list[str], target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(auto=True, margin=10)
    font = _font()
    if font is not None:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=7)
    else:
        pdf.set_font("Helvetica", size=7)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 3.2, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def _facts(x):
    decisions = {
        e.key[0]: (
            e.first("dct:title"),
            tuple(sorted(str(s) for s in e.values("cg:status"))),
            e.first("cg:keyDecision"),
        )
        for e in x.entities.of("Decision")
    }
    contracts = {
        e.key: (
            e.first("cg:valueGBP"),
            e.first("cg:maxValueGBP"),
            e.first("cg:startDate"),
            e.first("cg:endDate"),
            tuple(sorted(str(r.key) for r in e.values("cg:provider"))),
        )
        for e in x.entities.of("Contract")
    }
    return decisions, contracts


@pytest.mark.parametrize("stem,start,end", [("000_85e50b6c2a77ab48", 1, 1850), ("003_4b3e521f3552e908", 1, 1560)])
def test_pdf_yields_the_same_decisions_and_contracts(tmp_path, stem, start, end):
    lines = _printable((DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")[start - 1 : end])
    txt = tmp_path / f"{stem}-part.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pdf = tmp_path / f"{stem}-part.pdf"
    _render(lines, pdf)

    from_text = extract_document(read_source(txt))
    source = read_source(pdf)
    assert source.media_type == "application/pdf"
    from_pdf = extract_document(source)

    text_decisions, text_contracts = _facts(from_text)
    pdf_decisions, pdf_contracts = _facts(from_pdf)
    assert text_decisions and pdf_decisions == text_decisions
    assert pdf_contracts == text_contracts
    if stem.startswith("000"):
        assert ("23/00074", "contract") in text_contracts
    for e in from_pdf.entities.of("Decision") + from_pdf.entities.of("Contract"):
        for statements in e.properties.values():
            for st in statements:
                assert all(quote_is_verbatim(source, ev) for ev in st.evidence)
