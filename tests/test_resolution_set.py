"""The resolution set is well-formed and its scorer counts right.

No threshold on today's score: the figures are in the README (`python benchmarks/resolution.py`).
"""
import json
from pathlib import Path

import pytest

from kg.sources.loader import load_document
from kg.sources.text import normalize
from tests.benchmarks.scripts import load_script

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "resolution"

res = load_script("resolution")
CLUSTERS = res.load_clusters(SET / "clusters.json")


def test_set_size():
    articles = sorted((SET / "articles").glob("*.txt"))
    assert 14 <= len(articles) <= 18
    for path in articles:
        doc = load_document(path, doc_id=path.stem)
        assert doc.title and doc.published and doc.publisher and doc.author, path.name
        sentences = [s for s in doc.text.replace("\n", " ").split(". ") if s.strip()]
        assert 8 <= len(sentences) <= 16, (path.name, len(sentences))


@pytest.mark.parametrize("cls", res.CLASSES)
def test_every_mention_is_in_its_article(cls):
    seen = set()
    for cid, mentions in CLUSTERS[cls].items():
        assert mentions, cid
        for doc, name in mentions:
            path = SET / "articles" / f"{doc}.txt"
            assert path.exists(), f"{cid}: no article {doc}"
            assert normalize(name) in load_document(path, doc_id=doc).text, f"{cid}: {name!r} not in {doc}"
            assert (doc, name) not in seen, f"{doc}: {name} in two clusters"
            seen.add((doc, name))


def test_cluster_ids_unique_and_part_of_known():
    data = json.loads((SET / "clusters.json").read_text(encoding="utf-8"))
    for cls in res.CLASSES:
        ids = [c["id"] for c in data[cls]]
        assert len(ids) == len(set(ids)), cls
    for part, whole in CLUSTERS["partOf"]:
        assert part in CLUSTERS["Event"] and whole in CLUSTERS["Event"] and part != whole


# --- the arithmetic, on a hand-made example ---------------------------------------------
# Gold: {a1 a2 a3} {b1 b2} {c1}. Predicted: {a1 a2} {a3 b1 b2} {c1}.
GOLD = {("d", "a1"): "A", ("d", "a2"): "A", ("d", "a3"): "A", ("d", "b1"): "B", ("d", "b2"): "B", ("d", "c1"): "C"}
PRED = {("d", "a1"): "n1", ("d", "a2"): "n1", ("d", "a3"): "n2", ("d", "b1"): "n2", ("d", "b2"): "n2", ("d", "c1"): "n3"}


def test_pairwise_by_hand():
    # Gold pairs: a1a2 a1a3 a2a3 b1b2 (4). Predicted pairs: a1a2 a3b1 a3b2 b1b2 (4).
    # Right: a1a2 b1b2 (2); wrong merges: a3b1 a3b2 (2); wrong splits: a1a3 a2a3 (2).
    pw = res.pairwise(GOLD, PRED)
    assert (pw["tp"], pw["fp"], pw["fn"]) == (2, 2, 2)
    assert pw["precision"] == pytest.approx(0.5) and pw["recall"] == pytest.approx(0.5)


def test_bcubed_by_hand():
    # Precision per mention: a1 2/2, a2 2/2, a3 1/3, b1 2/3, b2 2/3, c1 1/1 → (1+1+1/3+2/3+2/3+1)/6 = 14/18.
    # Recall per mention:    a1 2/3, a2 2/3, a3 1/3, b1 2/2, b2 2/2, c1 1/1 → (2/3+2/3+1/3+1+1+1)/6 = 14/18.
    b3 = res.bcubed(GOLD, PRED)
    assert b3["precision"] == pytest.approx(14 / 18)
    assert b3["recall"] == pytest.approx(14 / 18)
    assert b3["f1"] == pytest.approx(14 / 18)


def test_perfect_and_degenerate():
    assert res.pairwise(GOLD, dict(GOLD))["precision"] == res.pairwise(GOLD, dict(GOLD))["recall"] == 1.0
    assert res.bcubed(GOLD, dict(GOLD))["f1"] == 1.0
    singletons = {m: str(m) for m in GOLD}
    pw = res.pairwise(GOLD, singletons)
    assert pw["precision"] == 1.0 and pw["recall"] == 0.0  # nothing merged: nothing merged wrong
    assert res.bcubed(GOLD, singletons)["precision"] == 1.0
    assert res.bcubed(GOLD, singletons)["recall"] == pytest.approx((1 / 3 * 3 + 1 / 2 * 2 + 1) / 6)


def test_merges_and_splits_listed():
    merges = res.wrong_merges(GOLD, PRED)
    assert [node for node, _ in merges] == ["n2"]
    splits = res.wrong_splits(GOLD, PRED)
    assert [cid for cid, _ in splits] == ["A"]
    assert sorted(splits[0][1]) == ["n1", "n2"]


def test_name_key_keeps_marks_and_ignores_spaced_hyphens():
    assert res.name_key("Phăn - thạ - vông Xay - nha - lạt") == res.name_key("Phăn-thạ-vông Xay-nha-lạt")
    assert res.name_key("Lục Đức Hùng") != res.name_key("Lục Đức Hưng")
    assert res.name_key("Ohn Ji Hwan") != res.name_key("Ohn Ji-hwan")


GRAPH = """@prefix kg: <https://w3id.org/kg-vn/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:a/1> a kg:Article ; kg:sourceFile "x1.txt" .
<urn:a/2> a kg:Article ; kg:sourceFile "x2.txt" .
<urn:p/one> a kg:Person ; rdfs:label "Xổm-phon Vông"@vi ; skos:altLabel "Nguyễn Văn A"@vi ;
  kg:mentionedIn <urn:a/1> , <urn:a/2> .
<urn:p/two> a kg:Person ; rdfs:label "Nguyễn Văn A"@vi ; kg:mentionedIn <urn:a/2> .
"""


def test_mentions_mapped_through_the_article(tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    index = res.GraphIndex(graph)
    assert index.nodes_for("Person", "x1", "Xổm - phon Vông") == ["urn:p/one"]
    assert index.nodes_for("Person", "x1", "Nguyễn Văn A") == ["urn:p/one"]  # an altLabel counts
    assert index.nodes_for("Person", "x2", "Nguyễn Văn A") == ["urn:p/one", "urn:p/two"]
    assert index.nodes_for("Person", "x1", "Trần Văn B") == []
    assert index.nodes_for("Event", "x1", "Xổm-phon Vông") == []
    clusters = {"P": [("x1", "Xổm-phon Vông"), ("x2", "Xổm-phon Vông")], "Q": [("x1", "Trần Văn B")]}
    gold, pred, missing, ambiguous = res.resolve_mentions(index, "Person", clusters)
    assert missing == [("x1", "Trần Văn B")] and not ambiguous
    assert pred[("x1", "Xổm-phon Vông")] == pred[("x2", "Xổm-phon Vông")] == "urn:p/one"
