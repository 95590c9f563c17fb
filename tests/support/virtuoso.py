"""Run a throw-away Virtuoso 7 (Debian's ``virtuoso-opensource-7-bin``) on loopback.

Used by the store contract tests, the conformance tests and the benchmarks::

    with run_virtuoso(tmp_path) as v:
        v.sparql_url          # http://127.0.0.1:<http_port>/sparql
        v.load_file(path, graph_iri)
        v.isql("SPARQL SELECT COUNT(*) WHERE { ?s ?p ?o };")

The server gets its own ``virtuoso.ini`` in ``tmp_path`` (Debian's ``-bin``
package ships none, so the settings that matter are written here, with the
vector settings of Debian's stock ini kept: without them Virtuoso is several
times slower), listens on free loopback ports, allows loading files from
``tmp_path`` (``DirsAllowed``), returns up to ``max_rows`` result rows
(``ResultSetMaxRows``; the stock 10,000 truncates results silently), and lets
the anonymous ``SPARQL`` user update (tests only). It is stopped with SIGTERM.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ISQL_BIN", "VIRTUOSO_BIN", "Virtuoso", "VirtuosoError", "run_virtuoso", "virtuoso_available"]

VIRTUOSO_BIN = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
ISQL_BIN = shutil.which("isql-vt") or "/usr/bin/isql-vt"

_INI = """\
; written by tests/support/virtuoso.py: a private, loopback-only server
[Database]
DatabaseFile        = {db}/virtuoso.db
ErrorLogFile        = {db}/virtuoso.log
LockFile            = {db}/virtuoso.lck
TransactionFile     = {db}/virtuoso.trx
xa_persistent_file  = {db}/virtuoso.pxa
ErrorLogLevel       = 7
FileExtend          = 200
MaxCheckpointRemap  = 2000
Striping            = 0
TempStorage         = TempDatabase

[TempDatabase]
DatabaseFile        = {db}/virtuoso-temp.db
TransactionFile     = {db}/virtuoso-temp.trx
MaxCheckpointRemap  = 2000
Striping            = 0

[Parameters]
ServerPort               = 127.0.0.1:{isql_port}
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
ServerThreads            = 20
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
CheckpointAuditTrail     = 0
AllowOSCalls             = 0
SchedulerInterval        = 10
DirsAllowed              = ., {dirs_allowed}
ThreadCleanupInterval    = 0
ThreadThreshold          = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize        = 100000
SingleCPU                = 0
PrefixResultNames        = 0
RdfFreeTextRulesSize     = 100
IndexTreeMaps            = 256
MaxMemPoolSize           = 200000000
PrefixResultNames        = 0
MacSpotlight             = 0
IndexTreeMaps            = 64
MaxQueryMem              = 2G
VectorSize               = 1000
MaxVectorSize            = 1000000
AdjustVectorSize         = 0
ThreadsPerQuery          = 4
AsyncQueueMaxThreads     = 10
; about 1 GB of buffers (the stock ini's sizing for 2 GB of free memory is 170000)
NumberOfBuffers          = {buffers}
MaxDirtyBuffers          = {dirty_buffers}

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {db}/www
MaxClientConnections        = 10
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
TempASPXDir                 = 0
DefaultMailServer           = localhost:25
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
MaxCachedProxyConnections   = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize              = 280000
HttpPrintWarningsInOutput   = 0
Charset                     = UTF-8
MaintenancePage             = atomic.html
EnabledGzipContent          = 1

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[VDB]
ArrayOptimization      = 0
NumArrayParameters     = 10
VDBDisconnectTimeout   = 1000
KeepConnectionOnFixedThread = 0

[Replication]
ServerName   = councilgraph-test
ServerEnable = 1
QueueMax     = 50000

[Striping]
Segment1 = 100M, db-seg1-1.db, db-seg1-2.db

[Zero Config]
ServerName = councilgraph-test

[SPARQL]
ResultSetMaxRows           = {max_rows}
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
DefaultQuery               = SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10
DeferInferenceRulesInit    = 0
MaxConstructTriples        = {max_rows}
"""


class VirtuosoError(RuntimeError):
    """Virtuoso could not be started, or an isql command failed."""


def virtuoso_available() -> bool:
    """Whether Debian's Virtuoso binaries are installed."""
    return os.access(VIRTUOSO_BIN, os.X_OK) and os.access(ISQL_BIN, os.X_OK)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Virtuoso:
    """A running server: its URLs, ports, folder and process."""

    directory: Path
    http_port: int
    isql_port: int
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        """Query and (after the grant) update endpoint for anonymous clients."""
        return f"{self.base_url}/sparql"

    @property
    def graph_store_url(self) -> str:
        """The Graph Store Protocol endpoint (needs digest auth as dba)."""
        return f"{self.base_url}/sparql-graph-crud-auth"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def isql(self, sql: str, timeout: float = 600) -> str:
        """Run SQL statements (``;``-terminated) as dba; return isql's output."""
        proc = subprocess.run(
            [ISQL_BIN, f"127.0.0.1:{self.isql_port}", "dba", "dba", "VERBOSE=OFF", "BANNER=OFF", f"EXEC={sql}"],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
        out = proc.stdout + proc.stderr
        if proc.returncode != 0 or "*** Error" in out:
            raise VirtuosoError(f"isql failed on {sql[:200]!r}: {out.strip()[:2000]}")
        return out

    def load_file(self, path: str | os.PathLike[str], graph: str | None = None) -> None:
        """Bulk-load an RDF file with Virtuoso's own loader (``ld_dir``/``rdf_loader_run``).

        ``graph`` is the target graph for triple formats; quads (.nq, .trig)
        keep their own graphs. The file's folder must be under ``DirsAllowed``
        (the server's ``tmp_path``, or a folder passed as ``dirs_allowed``).
        """
        path = Path(path).resolve()
        target = graph or "urn:councilgraph:default"
        sql = (
            "DELETE FROM DB.DBA.LOAD_LIST;"
            f"ld_dir('{path.parent}', '{path.name}', '{target}');"
            "rdf_loader_run();"
            "checkpoint;"
            "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"
        )
        out = self.isql(sql)
        if str(path) in out:
            raise VirtuosoError(f"Virtuoso could not load {path}: {out.strip()[:2000]}")

    def rss_bytes(self) -> int:
        """Resident memory of the server process (from /proc)."""
        if not self.process:
            return 0
        with open(f"/proc/{self.process.pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        return 0

    def peak_rss_bytes(self) -> int:
        """Peak resident memory of the server process (VmHWM)."""
        if not self.process:
            return 0
        with open(f"/proc/{self.process.pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        return 0

    def database_bytes(self) -> int:
        """Size of the database files on disk."""
        return sum(p.stat().st_size for p in (self.directory / "db").glob("virtuoso*.db"))


def _wait_ready(v: Virtuoso, timeout: float) -> None:
    url = f"{v.sparql_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if v.process and v.process.poll() is not None:
            log = (v.directory / "db" / "virtuoso.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise VirtuosoError(f"virtuoso-t exited with {v.process.returncode}: {tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            last = exc
        time.sleep(0.2)
    raise VirtuosoError(f"Virtuoso did not answer at {v.sparql_url} within {timeout:.0f}s ({last})")


@contextlib.contextmanager
def run_virtuoso(
    tmp_path: str | os.PathLike[str],
    *,
    grant_update: bool = True,
    max_rows: int = 10_000_000,
    buffers: int = 85_000,
    dirs_allowed: tuple[str | os.PathLike[str], ...] = (),
    startup_timeout: float = 90,
) -> Iterator[Virtuoso]:
    """Start Virtuoso in ``tmp_path``, yield a :class:`Virtuoso`, stop it with SIGTERM."""
    if not virtuoso_available():
        raise VirtuosoError(f"virtuoso-t not found ({VIRTUOSO_BIN}); apt-get install virtuoso-opensource-7-bin")
    directory = Path(tmp_path).resolve()
    db = directory / "db"
    (db / "www").mkdir(parents=True, exist_ok=True)
    v = Virtuoso(directory, http_port=_free_port(), isql_port=_free_port())
    allowed = ", ".join(str(Path(d).resolve()) for d in (directory, *dirs_allowed))
    ini = directory / "virtuoso.ini"
    ini.write_text(_INI.format(
        db=db, isql_port=v.isql_port, http_port=v.http_port, dirs_allowed=allowed,
        max_rows=max_rows, buffers=buffers, dirty_buffers=buffers * 3 // 4,
    ))
    log = open(directory / "virtuoso.stdout", "wb")  # noqa: SIM115 - the server's lifetime; closed below
    v.process = subprocess.Popen(
        [VIRTUOSO_BIN, "+foreground", "+configfile", str(ini)],
        cwd=db, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_ready(v, startup_timeout)
        if grant_update:
            try:
                v.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
            except VirtuosoError as exc:  # a reused database keeps the grant
                if "already have role" not in str(exc):
                    raise
        yield v
    finally:
        if v.process.poll() is None:
            v.process.send_signal(signal.SIGTERM)
            try:
                v.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                v.process.kill()
                v.process.wait()
        log.close()
