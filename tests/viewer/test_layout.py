"""Build-time layout: seeded, and read back from the cache for the same nodes and edges."""
from kg.viewer.layout import box, components, positions, wrapped
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
    (kept,) = tmp_path.iterdir()
    stamp = kept.stat().st_mtime_ns
    assert positions(nodes, edges, tmp_path) == computed  # second time: read back
    assert kept.stat().st_mtime_ns == stamp and list(tmp_path.iterdir()) == [kept]


def test_another_graph_replaces_the_kept_layout(tmp_path):
    nodes, edges = graph(60)
    positions(nodes, edges, tmp_path)
    other = positions(*graph(60, extra_edge=True), tmp_path)
    assert other == positions(*graph(60, extra_edge=True))
    assert len(list(tmp_path.iterdir())) == 1


def test_a_damaged_cache_file_is_computed_again(tmp_path):
    nodes, edges = graph(30)
    positions(nodes, edges, tmp_path)
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(b"not numpy")
    assert positions(nodes, edges, tmp_path) == positions(nodes, edges)


def two_components(label_of_first: str = "Nút 0", edge_in_second: bool = False):
    nodes = {f"a{i:02d}": Node(f"a{i:02d}", label_of_first if i == 0 else f"Nút {i}", "Person") for i in range(30)}
    nodes |= {f"b{i:02d}": Node(f"b{i:02d}", f"Nút {i}", "Event") for i in range(30)}
    edges = [Edge(f"a{i:02d}", f"a{i + 1:02d}", "attended") for i in range(29)]  # two chains
    edges += [Edge(f"b{i:02d}", f"b{i + 1:02d}", "attended") for i in range(29)]
    if edge_in_second:
        edges.append(Edge("b00", "b05", "chaired"))
    return nodes, edges


def test_a_rebuild_lays_out_only_what_changed_and_gets_the_bits_of_a_clean_layout(tmp_path, monkeypatch):
    from kg.viewer import layout

    calls = {"start": 0, "component": 0}
    real_start, real_component = layout.fruchterman_reingold, layout._component

    def counted(name, real):
        def call(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return call

    positions(*two_components(), tmp_path)
    monkeypatch.setattr(layout, "fruchterman_reingold", counted("start", real_start))
    monkeypatch.setattr(layout, "_component", counted("component", real_component))
    changed = two_components(edge_in_second=True)  # an edge in one component: that one is laid out again
    rebuilt = positions(*changed, tmp_path)
    assert calls == {"start": 1, "component": 1} and rebuilt == positions(*changed)
    calls.update(start=0, component=0)
    relabelled = two_components("Một nhãn dài hơn nhiều", edge_in_second=True)  # a box changed, no edge
    rebuilt = positions(*relabelled, tmp_path)
    assert calls == {"start": 0, "component": 1}  # the kept start, pushed apart again
    assert rebuilt == positions(*relabelled)


def labelled(n: int):
    """Nodes with labels of many lengths, a hub with many leaves, and small components."""
    nodes = {f"n{i:03d}": Node(f"n{i:03d}", " ".join(["Phó Bí thư Tỉnh ủy"] * (1 + i % 3)) + f" {i}",
                               "Office" if i % 4 == 0 else "Person", degree=1 + (i == 0) * n)
             for i in range(n)}
    edges = [Edge("n000", f"n{i:03d}", "holdsOffice") for i in range(1, n // 2)]
    edges += [Edge(f"n{i:03d}", f"n{i + 1:03d}", "attended") for i in range(n // 2, n - 1, 2)]
    return nodes, edges


def drawn_boxes(nodes, pos):
    out = []
    for iri, (x, y) in pos.items():
        w, h, dy = box(nodes[iri])
        out.append((x - w / 2, y + dy - h / 2, x + w / 2, y + dy + h / 2))
    return out


def test_no_two_label_boxes_overlap_and_components_do_not_mix():
    nodes, edges = labelled(80)
    boxes = drawn_boxes(nodes, positions(nodes, edges))
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])]
    assert overlaps == []


def test_the_same_graph_gets_the_same_bits():
    nodes, edges = labelled(60)
    assert positions(nodes, edges) == positions(dict(reversed(list(nodes.items()))), list(reversed(edges)))


def test_components_are_found_largest_first():
    assert [c.tolist() for c in components(6, [(4, 5), (0, 2), (2, 3)])] == [[0, 2, 3], [4, 5], [1]]


def test_labels_wrap_at_spaces():
    assert wrapped("Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh") == ["Phó Bí thư", "Thường trực Tỉnh", "ủy Quảng Ninh"]
    assert wrapped("Hà") == ["Hà"]
