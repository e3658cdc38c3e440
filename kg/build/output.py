"""Atomic file output: write to a temporary file beside the target, then rename.

A build that fails or is killed half-way leaves the previous file intact.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import KGError


class OutputLocked(KGError):
    """Another build is writing the same output folder."""

    exit_code = 9


@contextlib.contextmanager
def output_lock(folder: str | Path):
    """Hold OUTPUT/.lock for the whole build; a second build gets a clear error.

    The kernel drops the lock when the holder dies, even by SIGKILL, so a
    crashed build never blocks the next one.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise OutputLocked(f"another kg build is writing this folder (pid {handle.read().strip() or '?'})",
                               path=str(folder)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        remove_leftovers(folder)
        _HELD.add(handle.fileno())
        try:
            yield
        finally:
            _HELD.discard(handle.fileno())


# Lock files held by this process. Forked workers inherit them, and a worker outliving a
# killed build would keep the lock: workers close them first (close_inherited_locks).
_HELD: set[int] = set()


def close_inherited_locks() -> None:
    """In a forked worker: let go of the build's lock, which only the build itself holds."""
    for fd in list(_HELD):
        os.close(fd)
    _HELD.clear()


def remove_leftovers(folder: Path) -> None:
    """Temporary files of a build that was killed: never read, safe to delete under the lock."""
    for path in folder.glob(".*.tmp"):
        path.unlink(missing_ok=True)
    for path in folder.glob(".store.*"):
        shutil.rmtree(path, ignore_errors=True)


def write_atomic(path: str | Path, data: str | bytes) -> None:
    path = Path(path)
    os.replace(stage(path, data), path)


def stage(path: Path, data: str | bytes) -> Path:
    """Write data to a temporary file beside ``path`` (synced); the caller renames it."""
    return stage_chunks(path, [data])[0]


def stage_chunks(path: Path, chunks) -> tuple[Path, str]:
    """Write text or byte chunks to a temporary file beside ``path`` (synced), one at a
    time; returns it and the sha256 of what was written. The caller renames it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    digest = hashlib.sha256()
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
                digest.update(data)
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), digest.hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_viewer(graph, path: str | Path, **options):
    """The viewer's page for a graph (kg.viewer.render_viewer's options), written atomically."""
    from ..viewer import render_viewer

    page, stats = render_viewer(graph, **options)
    write_atomic(path, page)
    return stats
