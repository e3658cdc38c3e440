"""Build-time layout: seeded, and read back from the cache for the same nodes and edges."""
from kg.viewer.layout import positions
from kg.viewer.model import Edge, Node


def graph(n: int, extra_edge: bool = False):
    nodes = {f"n{i:03d}": Node(f"n{i:03d}", f"Nút {i}", "Person") for i in range(n)}
    edges = [Edge(f"n{i:03d}", f"n{(i * 7 + 1) % n:03d}", "attended") for i in range(n)]
    if extra_edge:
        edges.append(Edge("n000", "n005", "chaired"))
    return nodes, edges


def test_the_cache_gives_exactly_the_computed_layout(tmp_path):
    nodes, edges = graph(60)
    computed = positions(nodes, edges)
    assert positions(nodes, edges, tmp_path) == computed  # first time: computed and kept
    (kept,) = tmp_path.glob("*.npy")
    stamp = kept.stat().st_mtime_ns
    assert positions(nodes, edges, tmp_path) == computed  # second time: read back
    assert kept.stat().st_mtime_ns == stamp and list(tmp_path.glob("*.npy")) == [kept]


def test_another_graph_replaces_the_kept_layout(tmp_path):
    nodes, edges = graph(60)
    positions(nodes, edges, tmp_path)
    other = positions(*graph(60, extra_edge=True), tmp_path)
    assert other == positions(*graph(60, extra_edge=True))
    assert len(list(tmp_path.glob("*.npy"))) == 1


def test_a_damaged_cache_file_is_computed_again(tmp_path):
    nodes, edges = graph(30)
    positions(nodes, edges, tmp_path)
    (kept,) = tmp_path.glob("*.npy")
    kept.write_bytes(b"not numpy")
    assert positions(nodes, edges, tmp_path) == positions(nodes, edges)
