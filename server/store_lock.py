"""Readers and the writer of one on-disk store, across processes: two lock files.

Several HTTP processes and their query worker processes read the store
through read-only RocksDB views; a write opens it read-write. No read may run
while a write does, so every evaluation holds a shared lock and a write an
exclusive one (``fcntl.flock`` on ``.councilgraph-read.lock`` in the store
folder; the kernel drops a killed process's lock).

A shared lock alone would let a steady stream of readers starve the writer
(a pending exclusive lock does not stop new shared ones), so readers first pass
a *gate* (``.councilgraph-gate.lock``): take it shared for an instant, take the
read lock, let the gate go. The writer takes the gate exclusively (new readers
stop at it), then the read lock exclusively (waits for running ones).

``flock`` locks belong to an open file, so each thread gets its own pair of
file descriptors (two threads sharing one would release each other's lock).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

__all__ = ["LockTimeout", "StoreLock", "bump_version", "read_version"]

GATE_FILE = ".councilgraph-gate.lock"
READ_FILE = ".councilgraph-read.lock"
VERSION_FILE = "councilgraph-version"


class LockTimeout(Exception):
    """The store stayed locked by a write past the caller's deadline."""


_seen_versions: dict[str, tuple[tuple, str]] = {}


def read_version(path: Path) -> str:
    """The store's version string (changed by every write; ``"0"`` before the first).

    The file is replaced (never rewritten in place) by every write, so its
    identity (inode, change time, size) tells whether the text read last is current.
    """
    file = os.path.join(path, VERSION_FILE)
    try:
        st = os.stat(file)
    except FileNotFoundError:
        return "0"
    identity = (st.st_ino, st.st_ctime_ns, st.st_mtime_ns, st.st_size)
    seen = _seen_versions.get(file)
    if seen is not None and seen[0] == identity:
        return seen[1]
    try:
        with open(file, encoding="utf-8") as fh:
            text = fh.read().strip() or "0"
    except FileNotFoundError:
        return "0"
    _seen_versions[file] = (identity, text)
    return text


class _LockFiles:
    """One thread's descriptors of the two lock files (closed with the thread's locals)."""

    def __init__(self, path: Path) -> None:
        self.pid = os.getpid()
        self.gate = os.open(path / GATE_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        self.read = os.open(path / READ_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)

    def __del__(self) -> None:
        if self.pid == os.getpid():  # a forked child must not close (and unlock) its parent's
            for fd in (self.gate, self.read):
                try:
                    os.close(fd)
                except OSError:
                    pass


class StoreLock:
    """The reader/writer locks of the store folder ``path``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._local = threading.local()

    def _fds(self) -> tuple[int, int]:
        files = getattr(self._local, "files", None)
        if files is None or files.pid != os.getpid():
            files = self._local.files = _LockFiles(self.path)
        return files.gate, files.read

    @staticmethod
    def _take(fd: int, mode: int, deadline: float | None) -> None:
        """flock ``fd`` in ``mode``, giving up at ``deadline`` (monotonic seconds)."""
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if deadline is None:
            fcntl.flock(fd, mode)
            return
        pause = 0.001
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout("the store is being written") from None
                time.sleep(pause)
                pause = min(pause * 2, 0.02)

    @contextlib.contextmanager
    def reading(self, deadline: float | None = None) -> Iterator[str]:
        """Hold off writers while the block reads; yields the store version seen under the lock."""
        gate, read = self._fds()
        self._take(gate, fcntl.LOCK_SH, deadline)
        try:
            self._take(read, fcntl.LOCK_SH, deadline)
        finally:
            fcntl.flock(gate, fcntl.LOCK_UN)
        try:
            yield read_version(self.path)
        finally:
            fcntl.flock(read, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Stop new readers, wait for running ones, and hold the store alone for the block."""
        gate, read = self._fds()
        fcntl.flock(gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(read, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(read, fcntl.LOCK_UN)
        finally:
            fcntl.flock(gate, fcntl.LOCK_UN)


def bump_version(path: Path) -> None:
    """Give the store a new version (atomically: readers see the old or the new one)."""
    tmp = path / f".{VERSION_FILE}.{uuid.uuid4().hex}"
    tmp.write_text(uuid.uuid4().hex)
    os.replace(tmp, path / VERSION_FILE)
