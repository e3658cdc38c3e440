"""kg push against a real Oxigraph server (writable) started on a free loopback port."""
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.serve import free_port

REPO = Path(__file__).resolve().parents[2]
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
GRAPH_TRIPLES = "SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } }"


@pytest.fixture
def oxigraph(tmp_path):
    exe = shutil.which("oxigraph")
    if not exe:
        pytest.skip("the oxigraph server is not installed")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:  # refused, reset or timed out while it starts
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def sparql(url, query):
    request = urllib.request.Request(url + "/query?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "text/tab-separated-values"})
    return urllib.request.urlopen(request, timeout=30).read().decode().splitlines()[1:]


def build_and_push(sources, out, url):
    result = CliRunner().invoke(main, ["build", str(sources), "-o", str(out), "--store", url + "/store", "-q"])
    assert result.exit_code == 0, result.output


def test_repush_changes_only_the_changed_articles_graph(oxigraph, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(REPO / "sources", src)
    build_and_push(src, tmp_path / "out", oxigraph)
    before = dict(line.split("\t") for line in sparql(oxigraph, PER_GRAPH))
    assert len(before) == 6  # five articles and the entities graph
    contents = {g: sorted(sparql(oxigraph, GRAPH_TRIPLES % g.strip("<>"))) for g in before}

    changed = src / "003_a71a49aa2bc280a2.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Ngô Thanh Danh, Bí thư Tỉnh ủy, ", ""), encoding="utf-8")
    build_and_push(src, tmp_path / "out", oxigraph)
    after = {g: sorted(sparql(oxigraph, GRAPH_TRIPLES % g.strip("<>"))) for g in before}

    differing = {g for g in before if contents[g] != after[g]}
    article = "<https://w3id.org/kg-vn/id/article/003-a71a49aa2bc280a2>"
    assert article in differing
    assert differing <= {article, "<https://w3id.org/kg-vn/id/graph/entities>"}
    assert any("person/ngo-thanh-danh" in line and "holdsOffice" in line for line in contents[article])
    assert not any("person/ngo-thanh-danh" in line and "holdsOffice" in line for line in after[article])


def test_unreachable_store_is_a_clear_error(tmp_path):
    CliRunner().invoke(main, ["build", str(REPO / "sources"), "-o", str(tmp_path / "out"), "-q"])
    result = CliRunner().invoke(main, ["push", f"http://127.0.0.1:{free_port()}/store", "-o", str(tmp_path / "out")])
    assert result.exit_code == 8 and "cannot reach" in result.output
