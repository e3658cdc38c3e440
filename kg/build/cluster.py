"""Extraction on a running Dask cluster: `kg build SOURCES --scheduler tcp://HOST:PORT`.

Another way to map the builder's extract_entry over the articles: the build reads each article (its
bytes are what its cache key is made from), sends name and bytes to the cluster in chunks,
and its workers send back the outcomes a local worker process would give, in order. The
build assembles them as its own, so the outputs are the same bytes. Workers need kg itself,
the same code: each chunk carries the build's code digest, and a worker with another one
refuses it. dask is imported only here, and only when a build is given a scheduler.
"""
from __future__ import annotations

import collections
import itertools
from collections.abc import Callable, Iterator, Sequence

from ..errors import KGError, SourceError
from ..sources.remote import ReadArticle
from .cache import extractor_version

CHUNK = 16  # articles per task, as the local pool's chunks
AHEAD = 4  # chunks sent ahead per worker thread: workers never wait, memory stays bounded


class ClusterError(KGError):
    """The scheduler was unreachable or lost, or a worker could not extract (it died on an
    article, cannot import kg, or runs another version of it)."""

    exit_code = 10


def runner(scheduler: str, entry: Callable) -> Callable:
    """A function like the builder's local map (paths, progress, base → outcomes in order)
    that runs ``entry`` (the builder's extract_entry) on the cluster behind this scheduler."""

    def run(paths: Sequence, progress, base: str) -> Iterator:
        return extract_on_cluster(paths, scheduler, progress, base, entry)

    return run


def extract_on_cluster(paths: Sequence, scheduler: str, progress, base: str, entry: Callable) -> Iterator:
    """Each article's outcome, ``entry(article, base)`` on a worker, in order. Nothing to
    extract, nothing sent: a rebuild with no changed article does not connect."""
    if not paths:
        return
    with connect(scheduler) as client:
        threads = check_workers(client, scheduler)
        shown = progress(paths) if progress else paths
        outcomes = _outcomes(client, scheduler, list(paths), base, threads, entry)
        for _, outcome in zip(shown, outcomes):
            yield outcome


def connect(scheduler: str):
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError("--scheduler needs Dask: pip install 'kg[cluster]'") from exc
    try:  # the time it keeps trying is dask's: distributed.comm.timeouts.connect
        return Client(scheduler, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc


def check_workers(client, scheduler: str) -> int:
    """The worker threads of the cluster, once each worker said it runs this build's kg."""
    threads = client.nthreads()
    if not threads:
        raise ClusterError(f"the Dask scheduler at {scheduler} has no workers")
    mine = extractor_version()
    for address, theirs in sorted(client.run(worker_version, on_error="return").items()):
        if isinstance(theirs, BaseException):
            raise ClusterError(f"worker {address} of {scheduler} cannot run kg ({theirs!r}): install kg on every worker")
        if theirs != mine:
            raise ClusterError(mismatch(address, theirs, mine))
    return sum(threads.values())


def worker_version() -> str:
    return extractor_version()


def mismatch(address: str, theirs: str, mine: str) -> str:
    return (f"worker {address} runs another version of kg (code {theirs}, this build's is {mine}): "
            "install the same kg on every worker")


def extract_chunk(version: str, entry: Callable, base: str, articles: list[tuple[str, bytes]]) -> list:
    """On a worker: the outcomes of these articles (path or URL, bytes), if this worker's
    kg is the build's (a worker that joined after the check is checked here)."""
    if extractor_version() != version:
        from distributed import get_worker

        raise ClusterError(mismatch(get_worker().address, extractor_version(), version))
    return [entry(ReadArticle(shown, data), base) for shown, data in articles]


def _outcomes(client, scheduler: str, paths: list, base: str, threads: int, entry: Callable) -> Iterator:
    """Chunks sent AHEAD per thread in front of the one waited for, outcomes in order."""
    size = max(1, min(CHUNK, len(paths) // (AHEAD * threads)))
    chunks = (paths[i:i + size] for i in range(0, len(paths), size))
    send = _sender(client, base, entry)
    pending = collections.deque((chunk, send(chunk)) for chunk in itertools.islice(chunks, AHEAD * threads))
    while pending:
        chunk, future = pending.popleft()
        following = next(chunks, None)
        if following:
            pending.append((following, send(following)))
        yield from _results(client, scheduler, chunk, future, send)


def _sender(client, base: str, entry: Callable) -> Callable:
    version = extractor_version()

    def send(chunk: list):
        return client.submit(extract_chunk, version, entry, base, [(str(p), _read(p)) for p in chunk], pure=False)

    return send


def _read(path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file ({exc.strerror})", path=str(path)) from exc


def _results(client, scheduler: str, chunk: list, future, send: Callable) -> list:
    """A chunk's outcomes. A chunk that failed (its worker died, say) is sent again one
    article a task, so one article that kills workers costs only itself."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KGError:
        raise  # a worker's own word (another version of kg): every article would meet it
    except Exception as exc:
        if client.status != "running" or _cancelled(exc):
            raise ClusterError(f"lost the Dask scheduler at {scheduler} ({exc!r})") from exc
        if len(chunk) > 1:
            alone = [(p, send([p])) for p in chunk]
            return [outcome for p, f in alone for outcome in _results(client, scheduler, [p], f, send)]
        if isinstance(exc, KilledWorker):
            return [ClusterError("a Dask worker died extracting it (the article may crash or exhaust a worker)",
                                 path=str(chunk[0]))]
        raise ClusterError(f"extraction failed on a Dask worker ({exc!r})", path=str(chunk[0])) from exc


def _cancelled(exc: Exception) -> bool:
    import concurrent.futures

    return isinstance(exc, concurrent.futures.CancelledError)
