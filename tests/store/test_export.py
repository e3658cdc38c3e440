import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.build.builder import build, kept_dataset
from kg.store.export import FORMATS, Source, export_graph

REPO = Path(__file__).resolve().parents[2]
RDF_FORMATS = {"turtle": ("turtle", ox.RdfFormat.TURTLE), "nt": ("nt", ox.RdfFormat.N_TRIPLES),
               "jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    report = build(REPO / "sources", out, viewer=False)
    return Source(report.graph, lambda: kept_dataset(out).named_graphs()), out


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_formats_round_trip_and_parse_in_pyoxigraph(built, fmt):
    src, _ = built
    text = export_graph(src, fmt)[""]
    rdflib_name, ox_format = RDF_FORMATS[fmt]
    assert isomorphic(Graph().parse(data=text, format=rdflib_name), src.graph)
    assert len(list(ox.parse(io.BytesIO(text.encode()), format=ox_format))) == len(src.graph)


@pytest.mark.parametrize("fmt, rdflib_name, ox_format", [("trig", "trig", ox.RdfFormat.TRIG), ("nquads", "nquads", ox.RdfFormat.N_QUADS)])
def test_named_graph_formats_have_one_graph_per_article(built, fmt, rdflib_name, ox_format):
    src, _ = built
    text = export_graph(src, fmt)[""]
    dataset = Dataset()
    dataset.parse(data=text, format=rdflib_name)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    articles = {f"https://w3id.org/kg-vn/id/article/{p.stem.replace('_', '-')}" for p in (REPO / "sources").glob("*.txt")}
    assert articles <= names and "https://w3id.org/kg-vn/id/graph/entities" in names
    union = Graph()
    for g in dataset.graphs():
        for triple in g:
            union.add(triple)
    assert isomorphic(union, src.graph)  # the named graphs together are the whole graph
    quads = list(ox.parse(io.BytesIO(text.encode()), format=ox_format))
    assert {q.graph_name.value for q in quads} == names


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_gephi_formats_carry_type_label_and_relation(built, fmt, reader, tmp_path):
    src, _ = built
    path = tmp_path / f"g.{fmt}"
    path.write_text(export_graph(src, fmt)[""], encoding="utf-8")
    g = reader(path)
    types = {d.get("type") for _, d in g.nodes(data=True)}
    assert {"Person", "Office", "Event", "Province"} <= types
    assert any(d.get("relation") == "holdsOffice" for *_, d in g.edges(data=True))


def test_csv_nodes_and_edges(built):
    src, _ = built
    files = export_graph(src, "csv")
    nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"])))
    edges = list(csv.DictReader(io.StringIO(files["edges.csv"])))
    ids = {n["id"] for n in nodes}
    assert edges and all(e["source"] in ids and e["target"] in ids for e in edges)
    assert any(e["relation"] == "partnersWith" and e["source_label"] == "Quảng Ninh" for e in edges)


def test_every_format_is_deterministic(built):
    src, _ = built
    for fmt in FORMATS:
        assert export_graph(src, fmt) == export_graph(src, fmt), fmt


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "csv"])
def test_every_format_gives_the_same_bytes_in_another_process(built, tmp_path, fmt):
    """rdflib iterates sets in hash order, which changes from one process to the next."""
    _, out = built
    written = []
    for seed in ("1", "2"):
        target = tmp_path / f"{seed}.{fmt}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "export", "-g", str(out / "graph.ttl"), "--format", fmt,
                        "-o", str(target)], check=True, env=env, capture_output=True)
        written.append(target.read_bytes())
    assert written[0] == written[1]


# Built from the bundled sources, these places carry the item the repository's copy of the
# shared subdivisions file gives for their ISO code (Quảng Tây is CN-GX).
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
              "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
LINKED = {"Quảng Ninh": "VN-13", "Lạng Sơn": "VN-09", "Hà Nội": "VN-HN", "Quảng Tây": "CN-GX"}


def _expected_items() -> dict[str, str]:
    path = REPO / "scripts" / "data" / "subdivisions-wikidata" / "subdivisions.tsv"
    rows = csv.DictReader(path.read_text("utf-8").splitlines(), delimiter="\t")
    items = {r["iso3166_2"]: r["wikidata"] for r in rows if not r["valid_from"]}
    return {name: "http://www.wikidata.org/entity/" + items[code] for name, code in LINKED.items()}


def _same_as(graph) -> dict[str, str]:
    query = "SELECT ?l ?w WHERE { ?p <http://www.w3.org/2002/07/owl#sameAs> ?w ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    return {str(l): str(w) for l, w in graph.query(query)}


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig", "nquads"])
def test_wikidata_links_survive_every_rdf_format(built, fmt):
    src, _ = built
    text = export_graph(src, fmt)[""]
    graph = Dataset(default_union=True) if fmt in ("trig", "nquads") else Graph()
    graph.parse(data=text, format={"jsonld": "json-ld"}.get(fmt, fmt))
    found = _same_as(graph)
    assert {name: found.get(name) for name in LINKED} == _expected_items()
    store = ox.Store()
    store.load(text.encode(), format=OX_FORMATS[fmt])
    asked = "ASK { ?p <http://www.w3.org/2002/07/owl#sameAs> <%s> }" % _expected_items()["Quảng Tây"]
    assert store.query(asked, use_default_graph_as_union=True)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_wikidata_links_survive_the_graph_formats(built, fmt):
    src, _ = built
    graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.StringIO(export_graph(src, fmt)[""]))
    by_label = {data["label"]: data.get("wikidata") for _, data in graph.nodes(data=True)}
    assert {name: by_label.get(name) for name in LINKED} == _expected_items()


def test_wikidata_links_survive_csv(built):
    src, _ = built
    rows = list(csv.DictReader(io.StringIO(export_graph(src, "csv")["nodes.csv"])))
    by_label = {r["label"]: r["wikidata"] for r in rows}
    assert {name: by_label.get(name) for name in LINKED} == _expected_items()
