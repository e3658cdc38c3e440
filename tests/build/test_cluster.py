"""kg build --scheduler: extraction on a real Dask cluster (a `dask scheduler` and two
`dask worker` processes on loopback, random ports), compared byte for byte with a local build."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.build.builder import build, extract_entry
from kg.build.cluster import ClusterError, extract_chunk, extract_on_cluster
from kg.cli import main
from kg.rdf.vocab import DEFAULT_BASE
from kg.sources.remote import iter_articles

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "sources"
STARTUP = 300  # seconds a process may take to come up on a loaded machine (a limit, not a measure)


class Cluster:
    """A scheduler and its workers, subprocesses of the test, on 127.0.0.1."""

    def __init__(self, folder: Path, workers: int, pythonpath: Path = REPO) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.procs = folder, []
        # One failure is enough for the scheduler to give up on a task: the build, not
        # dask's retries, is what the tests look at.
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(pythonpath), os.environ.get("PYTHONPATH")])),
                    "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
        info = folder / "scheduler.json"
        self.start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(info))
        self.address = self.read_address(info)
        for index in range(workers):
            self.start("worker", self.address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                       "--local-directory", str(folder / f"worker{index}"))
        self.wait_for_workers(workers)

    def start(self, *args: str) -> None:
        log = (self.folder / f"{args[0]}{len(self.procs)}.log").open("wb")
        self.procs.append(subprocess.Popen([sys.executable, "-m", "dask", *args], env=self.env, stdout=log,
                                           stderr=subprocess.STDOUT, cwd=self.folder))

    def read_address(self, info: Path) -> str:
        deadline = time.monotonic() + STARTUP
        while time.monotonic() < deadline:
            assert self.procs[0].poll() is None, self.logs()
            try:
                return json.loads(info.read_text())["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.2)
        raise AssertionError(f"the scheduler did not start\n{self.logs()}")

    def client(self):
        return distributed.Client(self.address, set_as_default=False)

    def wait_for_workers(self, count: int) -> None:
        with self.client() as client:
            client.wait_for_workers(count, timeout=STARTUP)

    def executed(self) -> dict[str, int]:
        """Tasks each worker has run."""
        with self.client() as client:
            return client.run(lambda dask_worker: dask_worker.state.executed_count)

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in sorted(self.folder.glob("*.log")))

    def close(self) -> None:
        for proc in reversed(self.procs):  # workers first
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    running = Cluster(tmp_path_factory.mktemp("dask"), workers=2)
    yield running
    running.close()


@pytest.fixture()
def articles(tmp_path):
    from tests.benchmarks.corpus import write_corpus

    src = tmp_path / "src"
    write_corpus(12, src, seed=3)
    for path in SOURCES.glob("*.txt"):
        shutil.copy(path, src / path.name)
    return src


def outputs(out: Path) -> dict[str, object]:
    store = pyoxigraph.Store.read_only(str(out / "store"))
    return {"graph.ttl": (out / "graph.ttl").read_bytes(), "graph.html": (out / "graph.html").read_bytes(),
            "store": sorted(str(q) for q in store)}


def assert_same(*outs: Path) -> None:
    first = outputs(outs[0])
    for out in outs[1:]:
        other = outputs(out)
        for name in first:
            assert other[name] == first[name], f"{name} of {out} differs from {outs[0]}"


def cli_build(*args) -> None:
    result = CliRunner().invoke(main, ["build", *map(str, args), "-q"])
    assert result.exit_code == 0, result.output


def test_a_cluster_build_is_byte_identical_to_a_local_one_clean_and_incremental(cluster, articles, tmp_path):
    local, by_path, by_url = tmp_path / "local", tmp_path / "path", tmp_path / "url"
    before = cluster.executed()
    build(articles, local, jobs=1)
    build(articles, by_path, scheduler=cluster.address)
    cli_build(articles.as_uri(), "-o", by_url, "--scheduler", cluster.address)
    assert_same(local, by_path, by_url)
    clean = cluster.executed()
    assert all(clean[w] > before[w] for w in before), (before, clean)  # both workers extracted

    changed = articles / "a000004.txt"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("Dịp này", "Nhân dịp này") + "\nDịp này, hai bên ký kết biên bản ghi nhớ.\n", encoding="utf-8")
    build(articles, local, jobs=1)
    build(articles, by_path, scheduler=cluster.address)
    cli_build(articles.as_uri(), "-o", by_url, "--scheduler", cluster.address)
    build(articles, tmp_path / "clean", incremental=False, jobs=1)
    assert_same(tmp_path / "clean", local, by_path, by_url)
    assert sum(cluster.executed().values()) - sum(clean.values()) == 2  # one article, once per output folder


def dying_entry(article, base):
    """extract_entry, but the worker process dies on one article (a crash no try catches)."""
    if article.name == "killer.txt":
        os._exit(1)
    return extract_entry(article, base)


def test_a_worker_that_dies_on_an_article_costs_only_that_article(cluster, articles):
    shutil.copy(articles / "a000001.txt", articles / "killer.txt")
    paths = list(iter_articles(articles))
    outcomes = dict(zip((p.name for p in paths), extract_on_cluster(paths, cluster.address, None, DEFAULT_BASE, dying_entry)))
    problem = outcomes.pop("killer.txt")
    assert isinstance(problem, ClusterError) and str(problem).startswith(str(articles / "killer.txt"))
    assert "worker died" in str(problem)
    assert {name: outcome[2] for name, outcome in outcomes.items()} == \
        {p.name: extract_entry(p, DEFAULT_BASE)[2] for p in paths if p.name != "killer.txt"}
    cluster.wait_for_workers(2)  # the nannies start the dead workers again


def test_a_chunk_of_another_kg_version_is_refused_by_the_worker(cluster):
    with cluster.client() as client:
        future = client.submit(extract_chunk, "0" * 16, extract_entry, DEFAULT_BASE, [], pure=False)
        with pytest.raises(ClusterError, match=rf"worker tcp://127\.0\.0\.1:\d+ of {cluster.address} runs another version of kg"):
            future.result()


def test_a_worker_with_another_kg_version_stops_the_build(tmp_path, articles):
    other = tmp_path / "other"
    shutil.copytree(REPO / "kg", other / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    with (other / "kg" / "build" / "cluster.py").open("a") as handle:
        handle.write("\n# a change: another version of kg\n")
    odd = Cluster(tmp_path / "dask", workers=1, pythonpath=other)
    try:
        with pytest.raises(ClusterError, match=rf"worker tcp://127\.0\.0\.1:\d+ of {odd.address} runs another version of kg"):
            build(articles, tmp_path / "out", scheduler=odd.address)
    finally:
        odd.close()
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_an_unreachable_scheduler_is_named_and_exits_10(tmp_path):
    import dask

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{sock.getsockname()[1]}"
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(main, ["build", str(SOURCES), "-o", str(tmp_path / "out"), "--scheduler", address])
    assert result.exit_code == 10
    assert f"kg: cannot reach the Dask scheduler at {address}" in result.output


def test_a_build_without_a_scheduler_imports_no_dask(tmp_path):
    code = ("import sys; from kg.cli import main; sys.argv = ['kg', 'build', sys.argv[1], '-o', sys.argv[2], '-q', '-j', '1']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('dask', 'distributed', 'fsspec') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, str(SOURCES), str(tmp_path / "out")], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "graph.ttl").exists()
