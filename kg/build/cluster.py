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
        outcomes = _Tasks(client, scheduler, base, entry).outcomes(list(paths), threads)
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
            raise ClusterError(mismatch(f"worker {address} of {scheduler}", theirs, mine))
    return sum(threads.values())


def worker_version() -> str:
    return extractor_version()


def mismatch(worker: str, theirs: str, mine: str) -> str:
    return (f"{worker} runs another version of kg (code {theirs}, this build's is {mine}): "
            "install the same kg on every worker")


def extract_chunk(version: str, entry: Callable, base: str, articles: list[tuple[str, bytes]]) -> list:
    """On a worker: the outcomes of these articles (path or URL, bytes), if this worker's
    kg is the build's (a worker that joined after the check is checked here)."""
    if extractor_version() != version:
        from distributed import get_worker

        worker = get_worker()
        raise ClusterError(mismatch(f"worker {worker.address} of {worker.scheduler.address}", extractor_version(), version))
    return [entry(ReadArticle(shown, data), base) for shown, data in articles]


class _Tasks:
    """This build's tasks on one cluster: chunks sent AHEAD per thread in front of the one
    waited for, outcomes in order, failures narrowed down to the article that caused them."""

    def __init__(self, client, scheduler: str, base: str, entry: Callable) -> None:
        self.client, self.scheduler = client, scheduler
        self.args = (extractor_version(), entry, base)
        self.live: set = set()  # futures sent and not yet read

    def outcomes(self, paths: list, threads: int) -> Iterator:
        size = max(1, min(CHUNK, len(paths) // (AHEAD * threads)))
        chunks = (paths[i:i + size] for i in range(0, len(paths), size))
        pending = collections.deque((chunk, self.send(chunk)) for chunk in itertools.islice(chunks, AHEAD * threads))
        while pending:
            chunk, future = pending.popleft()
            following = next(chunks, None)
            if following:
                pending.append((following, self.send(following)))
            yield from self.results(chunk, future)

    def send(self, chunk: list):
        future = self.client.submit(extract_chunk, *self.args, [(str(p), _read(p)) for p in chunk], pure=False)
        self.live.add(future)
        return future

    def results(self, chunk: list, future) -> list:
        """A chunk's outcomes. A chunk that failed (its worker died, say) is sent again one
        article a task, so one article that kills workers costs only itself."""
        try:
            return self.result(future)
        except KGError:
            raise
        except Exception:
            if len(chunk) > 1:
                alone = [(p, self.send([p])) for p in chunk]
                return [outcome for p, f in alone for outcome in self.results([p], f)]
            return [self.alone(chunk[0])]

    def alone(self, path):
        """An article whose task failed, sent again once everything else of this build
        in flight has ended: a worker that dies now died of this article."""
        from distributed import KilledWorker

        for future in list(self.live):
            future.exception()  # waits for it to end, fetches nothing
        try:
            return self.result(self.send([path]))[0]
        except KGError:
            raise
        except KilledWorker:
            return ClusterError("a Dask worker died extracting it, alone on the cluster "
                                "(the article crashes or exhausts a worker)", path=str(path))
        except Exception as exc:
            raise ClusterError(f"extraction failed on a Dask worker ({exc!r})", path=str(path)) from exc

    def result(self, future) -> list:
        self.live.discard(future)
        try:
            return future.result()
        except KGError:
            raise  # a worker's own word (another version of kg): every article would meet it
        except Exception as exc:
            if self.client.status != "running" or _cancelled(exc):
                raise ClusterError(f"lost the Dask scheduler at {self.scheduler} ({exc!r})") from exc
            raise


def _read(path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file ({exc.strerror})", path=str(path)) from exc


def _cancelled(exc: Exception) -> bool:
    import concurrent.futures

    return isinstance(exc, concurrent.futures.CancelledError)
