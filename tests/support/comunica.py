"""Comunica (npm ``@comunica/query-sparql@4``) as a test client.

``scripts/install-test-deps.sh`` installs it into ``<repo>/.cache/node``;
:func:`comunica_sparql` runs ``comunica-sparql sparql@URL [sparql@URL2 ...] QUERY``.
Several sources make Comunica federate: it splits the query over the endpoints and
joins the results itself.  Comunica first GETs the bare endpoint URL (a Service
Description is expected there).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

__all__ = ["COMUNICA", "comunica_available", "comunica_install_problem", "comunica_sparql", "comunica_json"]

REPO = Path(__file__).resolve().parents[2]
COMUNICA = REPO / ".cache" / "node" / "node_modules" / ".bin" / "comunica-sparql"


def comunica_available() -> str | None:
    """None when Comunica can run here, else the reason it cannot."""
    if shutil.which("node") is None:
        return "no node on PATH (Node.js 20 is needed for Comunica)"
    if not COMUNICA.exists():
        return f"Comunica not installed at {COMUNICA}; run scripts/install-test-deps.sh"
    return None


def _version(package: str) -> str:
    manifest = COMUNICA.parents[1] / package / "package.json"
    try:
        return json.loads(manifest.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return ""


def comunica_install_problem() -> str | None:
    """A known-broken dependency mix in the Comunica install, or None.

    ``@comunica/query-sparql@4`` now resolves ``sparqljson-parse`` 3.x, which builds
    literals with the RDF 1.2 call ``literal(value, {language, direction})``, while
    Comunica 4's own actors hoist ``rdf-data-factory`` 1.x, which takes that object
    for a datatype: every language-tagged literal from an endpoint loses its tag
    (``"x"^^undefined``).  Installing with ``"overrides": {"rdf-data-factory":
    "^2.0.0"}`` in the package.json fixes it.
    """
    factory, parser = _version("rdf-data-factory"), _version("sparqljson-parse")
    if factory.startswith("1.") and parser and int(parser.split(".")[0]) >= 3:
        return (f"Comunica install mixes rdf-data-factory {factory} with sparqljson-parse {parser}: language tags are "
                f"lost. Reinstall {COMUNICA.parents[2]} with \"overrides\": {{\"rdf-data-factory\": \"^2.0.0\"}} in its package.json")
    return None


def comunica_sparql(sources: list[str], query: str, output_type: str, *, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the query over SPARQL endpoint ``sources``; ``output_type`` is a media type."""
    command = [str(COMUNICA), *(f"sparql@{s}" for s in sources), query, "-t", output_type]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def comunica_json(sources: list[str], query: str) -> dict:
    """SELECT/ASK results as parsed SPARQL JSON; raises with Comunica's stderr on failure."""
    done = comunica_sparql(sources, query, "application/sparql-results+json")
    if done.returncode != 0:
        raise RuntimeError(f"comunica-sparql failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)
