"""Shared text utilities (names, dates, page layout; money lives here too).

Parsers import from the submodules: ``from councilgraph.loaders.text.names import parse_name``.
"""
