"""Apache Jena's ``rsparql`` (Debian ``libapache-jena-java``, libraries only) as a test client.

Debian's Jena 4.5 jars carry the bundled Xerces classes under ``xerces.*`` but left
their message ``.properties`` files under ``org/apache/jena/ext/xerces/...``, so any
command dies with ``ExceptionInInitializerError ... XSSimpleTypeDecl``.  At test time
:func:`fix_jar` copies those files to the ``xerces/...`` path into a small jar under
``<repo>/.cache/jena`` (built once) that goes on the classpath.

``rsparql`` parses queries locally: use plain HTTP for malformed-query tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

__all__ = ["JAVA_DIR", "jena_available", "classpath", "fix_jar", "rsparql"]

JAVA_DIR = Path("/usr/share/java")
REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache" / "jena"
_PREFIX = "org/apache/jena/ext/xerces/"

#: Jena's own jars and those of the Debian packages it depends on (unversioned names)
_JARS = [
    "jena-arq", "jena-base", "jena-cmds", "jena-core", "jena-iri", "jena-rdfconnection",
    "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage", "jena-dboe-trans-data", "jena-dboe-transaction",
    "jena-tdb", "jena-tdb2", "jena-shacl", "jena-shex",
    "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
    "dexx.collection", "gson", "guava", "httpclient", "httpcore", "jackson-core", "jackson-databind",
    "jackson-annotations", "jsonld-java", "jakarta.json-api", "titanium-json-ld", "protobuf", "thrift",
    "slf4j-api", "slf4j-nop",
]
_REQUIRED = ["jena-arq", "jena-base", "jena-cmds", "jena-core", "guava", "slf4j-api"]


def jena_available() -> str | None:
    """None when rsparql can run here, else the reason it cannot."""
    if shutil.which("java") is None:
        return "no java on PATH (install a JDK/JRE; CI gets one with libapache-jena-java)"
    missing = [j for j in _REQUIRED if not (JAVA_DIR / f"{j}.jar").exists()]
    if missing:
        return f"Debian libapache-jena-java not installed (missing {', '.join(missing)} in {JAVA_DIR}); run scripts/install-test-deps.sh"
    return None


def fix_jar() -> Path:
    """The jar putting Xerces' message files where the relocated classes look (built once)."""
    target = CACHE / "jena-xerces-properties-fix.jar"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=CACHE, suffix=".jar")
    os.close(fd)
    copied = 0
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for name in ("jena-core", "jena-base", "jena-arq"):
            jar = JAVA_DIR / f"{name}.jar"
            if not jar.exists():
                continue
            with zipfile.ZipFile(jar) as source:
                for entry in source.namelist():
                    if entry.startswith(_PREFIX) and entry.endswith(".properties"):
                        out.writestr("xerces/" + entry[len(_PREFIX):], source.read(entry))
                        copied += 1
    if not copied:
        os.unlink(tmp)
        raise RuntimeError(f"no {_PREFIX}*.properties found in Jena's jars: the packaging changed")
    os.replace(tmp, target)
    return target


def classpath() -> str:
    """Java classpath: the fix jar first, then Jena and its dependencies."""
    jars = [str(fix_jar())] + [str(JAVA_DIR / f"{j}.jar") for j in _JARS if (JAVA_DIR / f"{j}.jar").exists()]
    return os.pathsep.join(jars)


def rsparql(service: str, query: str, *, results: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``arq.rsparql --service SERVICE --query FILE [--results FMT]``; returns the finished process.

    ``results`` is rsparql's output format name (``json``, ``xml``, ``csv``, ``tsv``,
    ``text``, ``ttl``, ``nt``, ...).
    """
    with tempfile.TemporaryDirectory(prefix="cg-rsparql-") as tmp:
        query_file = Path(tmp) / "query.rq"
        query_file.write_text(query, encoding="utf-8")
        command = ["java", "-cp", classpath(), "arq.rsparql", "--service", service, "--query", str(query_file)]
        if results:
            command += ["--results", results]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout)
