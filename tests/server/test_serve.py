"""``councilgraph serve`` as a process: it runs under gunicorn and stops cleanly on SIGTERM / SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.support.servers import free_port, wait_until_answers

REPO = Path(__file__).resolve().parents[2]


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] == "Z":
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_runs_gunicorn_and_stops_on_signal(private_store, tmp_path, sig):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "councilgraph.cli", "serve", "--store", str(private_store), "--port", str(port),
             "--workers", "2"],
            cwd=REPO, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", process=process, log=log)
        r = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 200 and r.json()["boolean"] is True
        assert r.headers.get("Server", "").startswith("gunicorn")
        helpers = descendants(process.pid)
        assert len(helpers) >= 3, "expected the gunicorn worker and two query worker processes"
        process.send_signal(sig)
        assert process.wait(timeout=30) == 0, log.read_text()
        leftovers = {pid for pid in helpers if alive(pid)}
        assert not leftovers, f"processes left running after {sig.name}: {leftovers}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    # the store was closed properly: it opens read-write again
    from councilgraph.store import OxigraphStore

    store = OxigraphStore(private_store)
    assert store.ask("ASK { ?s ?p ?o }")
    store.close()
