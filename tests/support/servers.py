"""Start and stop a real CouncilGraph server subprocess on loopback for tests.

Public API (kept small on purpose)::

    with run_councilgraph_server(store_dir, "--update-token", "secret") as base_url:
        requests.get(base_url + "/sparql", params={"query": "ASK {}"})

The server is ``python -m councilgraph.cli serve --store DIR --host 127.0.0.1 --port P``
plus any extra arguments; it runs in its own process group (so its worker processes
are stopped with it) and the context manager waits until ``/sparql`` answers.

``COUNCILGRAPH_TEST_SERVE_CMD`` (a shell-style command prefix, e.g. ``python
tests/conformance/standin.py``) replaces the real command; it exists only for
developing test harnesses against a stand-in, never set it in CI.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import requests

__all__ = ["free_port", "run_councilgraph_server", "wait_until_answers", "ServerFailedToStart"]

REPO = Path(__file__).resolve().parents[2]
#: generous: the first start may build worker pools / open a big store
STARTUP_SECONDS = 60.0


class ServerFailedToStart(RuntimeError):
    """The server process exited or never answered; the message carries its output."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answers(url: str, *, timeout: float = STARTUP_SECONDS, process: subprocess.Popen | None = None,
                       log: Path | None = None) -> None:
    """Poll ``url`` until it answers with any HTTP status below 500.

    Raises :class:`ServerFailedToStart` (with the server's log) when ``process`` dies
    first or ``timeout`` seconds pass.
    """
    deadline = time.monotonic() + timeout
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServerFailedToStart(f"server exited with status {process.returncode} before answering {url}\n{_tail(log)}")
        try:
            response = requests.get(url, timeout=2)
            if response.status_code < 500:
                return
            last_error = f"HTTP {response.status_code}"
        except requests.RequestException as exc:
            last_error = str(exc)
        time.sleep(0.1)
    raise ServerFailedToStart(f"{url} did not answer within {timeout:.0f} s ({last_error})\n{_tail(log)}")


def _tail(log: Path | None, limit: int = 4000) -> str:
    if log is None or not log.exists():
        return ""
    text = log.read_text(errors="replace")
    return "--- server output (tail) ---\n" + text[-limit:]


def _command() -> list[str]:
    override = os.environ.get("COUNCILGRAPH_TEST_SERVE_CMD")
    if override:
        return shlex.split(override)
    return [sys.executable, "-m", "councilgraph.cli", "serve"]


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM the server's process group, then SIGKILL it if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def run_councilgraph_server(store_dir: str | os.PathLike[str], *extra_args: str, port: int | None = None,
                            env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``councilgraph serve`` over ``store_dir`` on 127.0.0.1; yield its base URL.

    ``extra_args`` go to the command line as given (e.g. ``"--update-token", "t"``).
    The SPARQL endpoint is ``base_url + "/sparql"``.  The server is stopped (its
    whole process group) when the block ends, also on errors.
    """
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [*_command(), "--store", str(store_dir), "--host", "127.0.0.1", "--port", str(port), *extra_args]
    with tempfile.TemporaryDirectory(prefix="cg-server-log-") as log_dir:
        log = Path(log_dir) / "server.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, env={**os.environ, **(env or {})},
            )
        try:
            wait_until_answers(f"{base_url}/sparql?query=ASK%7B%7D", process=process, log=log)
            yield base_url
        finally:
            _stop(process)
