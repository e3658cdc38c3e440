"""A build killed at any moment leaves the previous outputs whole; two builds never write at once."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.build.builder import build
from kg.build.output import OutputLocked, output_lock
from tests.benchmarks.corpus import write_corpus

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    src = tmp_path_factory.mktemp("corpus")
    write_corpus(150, src, seed=11)
    return src


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}


def test_sigkill_at_any_moment_leaves_whole_consistent_outputs(tmp_path, corpus):
    expected_new = outputs(build(corpus, tmp_path / "reference", incremental=False).outputs[0].parent)
    out = tmp_path / "out"
    previous = outputs(build(REPO / "sources", out, incremental=False).outputs[0].parent)
    for delay in (0.3, 0.8, 1.5, 2.5, 4.0):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-q", "--clean"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # Builds are deterministic, so "whole and consistent" means: all previous or all new.
        assert outputs(out) in (previous, expected_new), f"mixed outputs after a kill at {delay} s"
        Graph().parse(out / "graph.ttl", format="turtle")
        assert len(ox.Store.read_only(str(out / "store"))) > 0
        build(REPO / "sources", out, incremental=False)  # back to the previous state for the next round
    assert not list(out.glob(".*.tmp")) and not list(out.glob(".store.*"))


def test_a_second_build_on_the_same_output_is_refused(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(OutputLocked, match="another kg build is writing this folder"):
            build(REPO / "sources", tmp_path)
