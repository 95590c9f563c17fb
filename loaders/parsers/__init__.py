"""Section parsers, one module per kind of section.

Each module exposes ``SPEC`` (a :class:`~councilgraph.loaders.sections.SectionSpec`).
The order here is the order sections of different kinds are parsed in a document
(front sheet and minutes first, so the meeting and its people are known when
reports and decision sheets are read).
"""

from __future__ import annotations

import importlib

from ..sections import SectionSpec

PARSER_MODULES: list[str] = [
    "front_sheet",
    "minutes",
    # the reports engineer's parsers
    "report",
    "record_of_decision",
    "work_programme",
    "contracts",
    "outside_cycle",
    # add new section parsers here
]


def all_specs() -> list[SectionSpec]:
    """The SPEC of every listed parser module (a module without one - a helper that
    other parsers call - contributes none)."""
    specs = []
    for m in PARSER_MODULES:
        spec = getattr(importlib.import_module(f"{__name__}.{m}"), "SPEC", None)
        if spec is not None:
            specs.append(spec)
    return specs
