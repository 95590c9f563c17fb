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
    # add new section parsers here
]


def all_specs() -> list[SectionSpec]:
    return [importlib.import_module(f"{__name__}.{m}").SPEC for m in PARSER_MODULES]
