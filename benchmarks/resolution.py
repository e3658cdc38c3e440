"""Score entity resolution on the resolution set: which mentions became one node.

usage: python benchmarks/resolution.py [ARTICLES_DIR] [--clusters FILE] [--show]

Builds the articles (default tests/resolution/articles) with kg into a temporary
folder, reads its graph.ttl and maps each expected mention (doc, name) of
tests/resolution/clusters.json to the node it resolved to: the entity of the
mention's class that is kg:mentionedIn that article and has the name as its
rdfs:label or a skos:altLabel. Names are compared after kg's own normalisation
(NFC, one tone-mark convention), ignoring case and the spaces around hyphens
("Xổm - phon" = "Xổm-phon"); marks are never ignored ("Hùng" ≠ "Hưng").

Printed per class: pairwise precision and recall of same-node decisions (over
all pairs of expected mentions: a pair on one node is a merge, right when the
two mentions are in one expected cluster), B-cubed precision, recall and F1,
and the mentions not found (each counted as a node of its own, so it can only
cost recall). With --show: the wrong merges, the wrong splits and the mentions
not found. The set's part-of pairs (an opening ceremony and its festival) are
reported as linked when any triple joins the part's node to the whole's.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ARTICLES = REPO / "tests" / "resolution" / "articles"
CLUSTERS = REPO / "tests" / "resolution" / "clusters.json"
CLASSES = ("Person", "Event")
KG_NS = "https://w3id.org/kg-vn/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

Mention = tuple[str, str]  # (doc, name)


# --- the expected clusters -------------------------------------------------------------


def load_clusters(path: str | Path) -> dict:
    """{"Person": {cluster id: [(doc, name), …]}, "Event": {…}, "partOf": [(part id, whole id)]}.
    A cluster is {"id", "note", "mentions"} or a bare list of mentions (its id is its index)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out: dict = {"partOf": [(p["part"], p["whole"]) for p in data.get("partOf", [])]}
    for cls in CLASSES:
        clusters = {}
        for k, cluster in enumerate(data.get(cls, [])):
            cid, mentions = (cluster["id"], cluster["mentions"]) if isinstance(cluster, dict) else (f"{cls}-{k}", cluster)
            clusters[cid] = [(m["doc"], m["name"]) for m in mentions]
        out[cls] = clusters
    return out


# --- the arithmetic ---------------------------------------------------------------------


def pairwise(gold: dict[Mention, str], pred: dict[Mention, str]) -> dict:
    """Precision and recall of same-node decisions over all pairs of mentions. With no pair
    merged, precision is 1.0; with no pair expected together, recall is 1.0."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0}


def bcubed(gold: dict[Mention, str], pred: dict[Mention, str]) -> dict:
    """B-cubed: per mention, the share of its node's mentions that are in its expected
    cluster (precision) and of its expected cluster that is on its node (recall), averaged."""
    if not gold:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for m in gold:
        by_gold[gold[m]].add(m)
        by_pred[pred[m]].add(m)
    p = r = 0.0
    for m in gold:
        both = len(by_gold[gold[m]] & by_pred[pred[m]])
        p += both / len(by_pred[pred[m]])
        r += both / len(by_gold[gold[m]])
    p, r = p / len(gold), r / len(gold)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- from the graph to nodes ------------------------------------------------------------


def name_key(name: str) -> str:
    from kg.sources.text import normalize

    text = re.sub(r"\s*-\s*", "-", normalize(name))
    return " ".join(text.split()).casefold()


class GraphIndex:
    """What the scorer needs of graph.ttl: each entity's class, names and articles."""

    def __init__(self, graph_path: str | Path) -> None:
        import pyoxigraph as ox

        self.types: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, set[str]] = defaultdict(set)
        self.articles: dict[str, set[str]] = defaultdict(set)  # node → doc ids
        self.links: set[tuple[str, str]] = set()  # (subject, object) of every triple between IRIs
        doc_of: dict[str, str] = {}
        mentioned: list[tuple[str, str]] = []
        with open(graph_path, "rb") as f:
            for t in ox.parse(f, ox.RdfFormat.TURTLE):
                s, p, o = t.subject, t.predicate.value, t.object
                if not isinstance(s, ox.NamedNode):
                    continue
                if p == RDF_TYPE and o.value.startswith(KG_NS):
                    self.types[s.value].add(o.value[len(KG_NS):])
                elif p in (RDFS_LABEL, SKOS_ALT) and isinstance(o, ox.Literal):
                    self.names[s.value].add(name_key(o.value))
                elif p == KG_NS + "sourceFile":
                    doc_of[s.value] = Path(o.value).stem
                elif p == KG_NS + "mentionedIn":
                    mentioned.append((s.value, o.value))
                if isinstance(o, ox.NamedNode) and p != RDF_TYPE:
                    self.links.add((s.value, o.value))
        for node, article in mentioned:
            self.articles[node].add(doc_of.get(article, article.rsplit("/", 1)[-1]))
        self._by_doc_name: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for node, docs in self.articles.items():
            for cls in self.types.get(node, ()):
                for doc in docs:
                    for key in self.names.get(node, ()):
                        self._by_doc_name[(cls, doc, key)].append(node)

    def nodes_for(self, cls: str, doc: str, name: str) -> list[str]:
        return sorted(self._by_doc_name.get((cls, doc, name_key(name)), []))

    def linked(self, a: str, b: str) -> bool:
        return (a, b) in self.links


def resolve_mentions(index: GraphIndex, cls: str, clusters: dict[str, list[Mention]]):
    """(gold: mention → cluster id, pred: mention → node or a singleton marker, not found,
    ambiguous: mentions with more than one candidate node, the first taken)."""
    gold, pred, missing, ambiguous = {}, {}, [], []
    for cid, mentions in clusters.items():
        for m in mentions:
            gold[m] = cid
            nodes = index.nodes_for(cls, *m)
            if not nodes:
                missing.append(m)
                pred[m] = f"(not found) {m[0]}: {m[1]}"
            else:
                if len(nodes) > 1:
                    ambiguous.append((m, nodes))
                pred[m] = nodes[0]
    return gold, pred, missing, ambiguous


def wrong_merges(gold, pred) -> list[tuple[str, list[tuple[str, Mention]]]]:
    """Nodes that hold mentions of more than one expected cluster."""
    by_node = defaultdict(list)
    for m in sorted(gold):
        by_node[pred[m]].append((gold[m], m))
    return [(node, ms) for node, ms in sorted(by_node.items()) if len({c for c, _ in ms}) > 1]


def wrong_splits(gold, pred) -> list[tuple[str, dict[str, list[Mention]]]]:
    """Expected clusters whose mentions landed on more than one node."""
    by_cluster = defaultdict(lambda: defaultdict(list))
    for m in sorted(gold):
        by_cluster[gold[m]][pred[m]].append(m)
    return [(cid, dict(nodes)) for cid, nodes in sorted(by_cluster.items()) if len(nodes) > 1]


# --- the report ---------------------------------------------------------------------------


def score_graph(graph_path: str | Path, clusters: dict) -> dict:
    index = GraphIndex(graph_path)
    report = {}
    for cls in CLASSES:
        gold, pred, missing, ambiguous = resolve_mentions(index, cls, clusters[cls])
        report[cls] = {"mentions": len(gold), "clusters": len(clusters[cls]),
                       "nodes": len({pred[m] for m in gold if m not in missing}),
                       "pairwise": pairwise(gold, pred), "bcubed": bcubed(gold, pred),
                       "missing": missing, "ambiguous": ambiguous,
                       "merges": wrong_merges(gold, pred), "splits": wrong_splits(gold, pred),
                       "_pred": pred}
    parts = []
    for part, whole in clusters.get("partOf", []):
        pred = report["Event"]["_pred"]
        part_nodes = {pred[m] for m in clusters["Event"][part]}
        whole_nodes = {pred[m] for m in clusters["Event"][whole]}
        parts.append((part, whole, any(index.linked(a, b) for a in part_nodes for b in whole_nodes)))
    report["partOf"] = parts
    return report


def format_report(report: dict, show: bool = False) -> str:
    lines = []
    for cls in CLASSES:
        r = report[cls]
        pw, b3 = r["pairwise"], r["bcubed"]
        lines.append(f"{cls}: {r['mentions']} mentions in {r['clusters']} expected clusters, found on {r['nodes']} nodes; "
                     f"{len(r['missing'])} not found (counted as singletons)")
        lines.append(f"  pairwise  P {pw['precision']:.3f}  R {pw['recall']:.3f}  F1 {f1(pw['precision'], pw['recall']):.3f}"
                     f"  (pairs merged right {pw['tp']}, merged wrong {pw['fp']}, split wrong {pw['fn']})")
        lines.append(f"  B-cubed   P {b3['precision']:.3f}  R {b3['recall']:.3f}  F1 {b3['f1']:.3f}")
        if r["ambiguous"]:
            lines.append(f"  {len(r['ambiguous'])} mentions matched more than one node (the first taken)")
        if show:
            for node, ms in r["merges"]:
                lines.append(f"  wrong merge on {node}:")
                lines.extend(f"    {cid:<28} {doc}: {name}" for cid, (doc, name) in ms)
            for cid, nodes in r["splits"]:
                lines.append(f"  wrong split of {cid}:")
                for node, ms in nodes.items():
                    lines.append(f"    {node}")
                    lines.extend(f"      {doc}: {name}" for doc, name in ms)
            for doc, name in r["missing"]:
                lines.append(f"  not found: {doc}: {name}")
            for (doc, name), nodes in r["ambiguous"]:
                lines.append(f"  ambiguous: {doc}: {name} → {', '.join(nodes)}")
    for part, whole, linked in report.get("partOf", []):
        lines.append(f"part-of {part} → {whole}: {'linked' if linked else 'not linked'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="?", default=str(ARTICLES))
    parser.add_argument("--clusters", default=str(CLUSTERS))
    parser.add_argument("--show", action="store_true", help="list wrong merges, wrong splits and mentions not found")
    args = parser.parse_args(argv)
    from kg.build.builder import build

    clusters = load_clusters(args.clusters)
    with tempfile.TemporaryDirectory() as tmp:
        report = build(args.articles, Path(tmp) / "out", viewer=False, incremental=False)
        print(f"{report.articles} articles built")
        print(format_report(score_graph(Path(tmp) / "out" / "graph.ttl", clusters), args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
