"""The bulk RDF path: extracted facts straight to sorted N-Quads, no rdflib graph.

The graph is a dataset: one named graph per article (its facts as direct
triples, their evidence nodes, the article's metadata and kg:mentionedIn
links), so re-ingesting one article replaces exactly its own triples; and one
entities graph (types, the one label, alternative labels, containment,
jurisdiction, identifiers) that no single article owns. The union of all
graphs is graph.ttl; kg.rdf.build_graph gives the same triples as an rdflib
Graph. Terms are serialised by pyoxigraph (escaping is the RDF library's,
never ours); sorted lines make the output byte-identical.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from .iri import assertion_iri, entity_iri
from .model import ArticleResult, Document, Entity, Fact
from .rdf import PREFIXES
from .viewer.model import RELATIONS
from .vocab import DEFAULT_BASE, KG

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
TYPE = ox.NamedNode(RDF + "type")
TURTLE_PREFIXES = {name: str(iri) for name, iri in PREFIXES.items()}
# What pyoxigraph writes first when given these prefixes; Assembly writes it once.
TURTLE_HEADER = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in TURTLE_PREFIXES.items())


def entities_graph_iri(base: str = DEFAULT_BASE) -> str:
    return f"{base}graph/entities"


@lru_cache(maxsize=200_000)
def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


@lru_cache(maxsize=None)
def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(KG[name]))


@lru_cache(maxsize=200_000)
def _vi(text: str) -> ox.Literal:
    return ox.Literal(text, language="vi")


@lru_cache(maxsize=400_000)
def _nt(term) -> str:
    """A term in N-Triples syntax, as pyoxigraph writes it (cached: terms repeat a lot)."""
    return str(term)


def _date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))


class QuadWriter:
    """Collects quads per graph and entity labels across articles."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self.lines: list[str] = []
        self.entity_lines: set[str] = set()
        self.labels: dict[str, Counter] = defaultdict(Counter)
        self.described: set[Entity] = set()
        self.entities_graph = ox.NamedNode(entities_graph_iri(base))
        self.evidence: dict[str, list[str]] = defaultdict(list)  # edge key → its assertions' lines
        self.assertion_lines: set[str] = set()

    def add_result(self, result: ArticleResult) -> None:
        article = _iri(str(entity_iri("Article", result.document.doc_id, self.base)))
        self._article(result.document, article)
        for entity in result.entities:
            self._quad(self._entity(entity), _kg("mentionedIn"), article, article)
        for fact in result.facts:
            self._fact(fact, article)

    def _quad(self, s, p, o, g) -> None:
        self.lines.append(f"{_nt(s)} {_nt(p)} {_nt(o)} {_nt(g)}")

    def _entity_triple(self, s, p, o) -> None:
        self.entity_lines.add(f"{_nt(s)} {_nt(p)} {_nt(o)} {_nt(self.entities_graph)}")

    def _article(self, doc: Document, node: ox.NamedNode) -> None:
        q = lambda p, o: self._quad(node, p, o, node)  # noqa: E731
        q(TYPE, _kg("Article"))
        q(_iri(RDFS + "label"), _vi(doc.title or doc.doc_id))
        q(_kg("sourceFile"), ox.Literal(doc.source_path or doc.doc_id))
        if doc.title:
            q(_iri(DCT + "title"), _vi(doc.title))
        if doc.published:
            q(_iri(DCT + "issued"), _date(doc.published))
        if doc.publisher:
            q(_iri(DCT + "publisher"), ox.Literal(doc.publisher))
        if doc.author:
            q(_iri(DCT + "creator"), ox.Literal(doc.author))
        if doc.url:
            q(_iri(DCT + "source"), _iri(doc.url))

    def _entity(self, entity: Entity) -> ox.NamedNode:
        node = _iri(str(entity_iri(entity.kind, entity.key, self.base)))
        self.labels[node.value][entity.label] += 1
        for alt in entity.alt_labels:
            self.labels[node.value][alt] += 0
        if entity in self.described:
            return node  # the same description again: type and properties are written once
        self.described.add(entity)
        self._entity_triple(node, TYPE, _kg(entity.kind))
        for prop, value in entity.props:
            pred = _iri(OWL_SAME_AS) if prop == "sameAs" else _kg(prop)
            self._entity_triple(node, pred, self._value(value))
        return node

    def _value(self, value):
        if isinstance(value, Entity):
            return self._entity(value)
        if isinstance(value, dt.date):
            return _date(value)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return _iri(value)
        return ox.Literal(str(value))

    def _fact(self, fact: Fact, article: ox.NamedNode) -> None:
        subject = self._entity(fact.subject)
        obj = self._value(fact.object)
        predicate = _kg(fact.relation)
        self._quad(subject, predicate, obj, article)
        self._quad(subject, _kg("mentionedIn"), article, article)
        if isinstance(obj, ox.NamedNode):
            self._quad(obj, _kg("mentionedIn"), article, article)
        self._evidence(subject, predicate, obj, fact, article)

    def _evidence(self, subject, predicate, obj, fact: Fact, article) -> None:
        ev = fact.evidence
        parts = (subject.value, predicate.value, obj.value, ev.doc_id, str(ev.start), str(ev.end), ev.rule)
        node = _iri(str(assertion_iri(parts, self.base)))
        kept = self.evidence[edge_key(subject.value, fact.relation, obj.value)] if isinstance(obj, ox.NamedNode) else []

        def q(p, o):
            self._quad(node, p, o, article)
            kept.append(self.lines[-1])
            self.assertion_lines.add(self.lines[-1])

        q(TYPE, _kg("Assertion"))
        q(_iri(RDF + "subject"), subject)
        q(_iri(RDF + "predicate"), predicate)
        q(_iri(RDF + "object"), obj)
        q(_iri(PROV + "wasDerivedFrom"), article)
        q(_kg("quote"), _vi(ev.quote))
        q(_kg("sentenceStart"), _int(ev.sentence_start))
        q(_kg("start"), _int(ev.start))
        q(_kg("end"), _int(ev.end))
        q(_kg("rule"), ox.Literal(ev.rule))
        q(_kg("confidence"), ox.Literal(str(Decimal(str(round(ev.confidence, 2)))), datatype=ox.NamedNode(XSD + "decimal")))

    def fragment(self, article: str) -> "Fragment":
        lines = sorted(set(self.lines))
        encoded = [f"{line} .\n".encode("utf-8") for line in lines]
        triples = "".join(f"{line[: line.rfind(' <')]} .\n" for line in lines).encode("utf-8")
        labels = tuple((node, text, n) for node, counts in sorted(self.labels.items()) for text, n in sorted(counts.items()))
        view = "".join(f"{line} .\n" for line in lines if line not in self.assertion_lines and _predicate(line) in VIEW_PREDICATES)
        quads = b"".join(encoded)
        return Fragment(article, quads, hashlib.sha256(quads).hexdigest(), turtle_body(triples),
                        "\n".join(sorted(self.entity_lines)), labels, view.encode("utf-8"), self._evidence_spans(lines, encoded))

    def _evidence_spans(self, lines: list[str], encoded: list[bytes]) -> tuple:
        """Where each edge's assertion quads lie in the sorted quads: an assertion's
        lines share its subject, so they are adjacent; runs are merged into spans."""
        offsets, at = {}, 0
        for line, data in zip(lines, encoded):
            offsets[line] = (at, at + len(data))
            at += len(data)
        spans = []
        for key, kept in sorted(self.evidence.items()):
            runs: list[list[int]] = []
            for start, end in sorted(offsets[line] for line in set(kept)):
                if runs and runs[-1][1] == start:
                    runs[-1][1] = end
                else:
                    runs.append([start, end])
            spans.append((key, tuple(tuple(r) for r in runs)))
        return tuple(spans)


@dataclass(frozen=True)
class Fragment:
    """One article's share of every output, made where the article is extracted.

    Fragments are cached with the article's facts, so an incremental build
    only assembles them: the article's named graph as N-Quads and as Turtle
    statements, the descriptions of the entities it mentions, the labels it
    uses for them, and the quads the viewer reads.
    """

    article: str  # the article's IRI, also its named graph's
    quads: bytes  # its named graph, N-Quads, sorted lines
    digest: str  # sha256 of quads, made once with them: what the store's state records
    turtle: str  # the same triples as Turtle statements (prefixes declared once, by assemble)
    entity_lines: str  # entities-graph quads (types, containment, identifiers), one a line, no final " ."
    labels: tuple[tuple[str, str, int], ...]  # (entity IRI, label, times used as its label here)
    view: bytes  # the quads of its graph that the viewer reads to draw (evidence aside)
    evidence: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]  # (edge key, byte spans of its assertions in quads)


def edge_key(subject: str, relation: str, obj: str) -> str:
    """How fragments file the evidence of the edge subject –relation→ object (IRIs, local name)."""
    return f"{subject} {relation} {obj}"


# The predicates of article graphs the viewer reads (kg.viewer.model): everything but
# kg:mentionedIn links, the source file name and publication details other than date and title.
VIEW_PREDICATES = {
    RDF + "subject", RDF + "predicate", RDF + "object", PROV + "wasDerivedFrom", RDFS + "label",
    DCT + "title", DCT + "issued",
    *(str(KG[name]) for name in ("quote", "sentenceStart", "start", "end", "rule", "confidence", "startDate", "endDate")),
    *(str(KG[name]) for name in RELATIONS),  # the edges it draws
}


def _predicate(line: str) -> str:
    """The predicate IRI of an N-Quads line whose subject is an IRI."""
    start = line.index("> <") + 3
    return line[start: line.index(">", start)]


def article_fragment(result: ArticleResult, base: str = DEFAULT_BASE) -> Fragment:
    writer = QuadWriter(base)
    writer.add_result(result)
    return writer.fragment(str(entity_iri("Article", result.document.doc_id, base)))


def turtle_body(ntriples: bytes) -> str:
    """N-Triples as Turtle statements by pyoxigraph's serialiser, without the prefix lines."""
    if not ntriples:
        return ""
    parsed = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    text = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES).decode("utf-8")
    return text[len(TURTLE_HEADER):] if text.startswith(TURTLE_HEADER) else text


class Assembly:
    """The dataset made of all articles' fragments, in a fixed order.

    The entities graph comes first (sorted lines, each entity's one label settled
    by the most frequent use across articles), then each article's graph in the
    order of article IRIs. The same fragments always give the same bytes, so an
    incremental build equals a clean one.
    """

    def __init__(self, fragments: Iterable[Fragment], base: str = DEFAULT_BASE) -> None:
        self.fragments = sorted(fragments, key=lambda f: (f.article, f.quads))
        self.entity_lines = _entities_graph(self.fragments, base)

    def entity_quads(self) -> bytes:
        return "".join(f"{line} .\n" for line in self.entity_lines).encode("utf-8")

    def nquads_chunks(self) -> Iterator[bytes]:
        yield self.entity_quads()
        for fragment in self.fragments:
            yield fragment.quads

    def nquads(self) -> str:
        return b"".join(self.nquads_chunks()).decode("utf-8")

    def turtle(self) -> str:
        """The union of all graphs as Turtle. A fact stated by two articles is written
        in both articles' statements: legal Turtle, the same graph once parsed."""
        entities = "".join(f"{line[: line.rfind(' <')]} .\n" for line in self.entity_lines).encode("utf-8")
        return TURTLE_HEADER + turtle_body(entities) + "".join(f.turtle for f in self.fragments)

    def count(self) -> int:
        """Quads in the dataset (a fact stated by two articles counts in each)."""
        return len(self.entity_lines) + sum(f.quads.count(b"\n") for f in self.fragments)

    def view_quads(self) -> bytes:
        """What the viewer reads to draw: the entities graph and the articles' view quads."""
        return self.entity_quads() + b"".join(f.view for f in self.fragments)

    def evidence_quads(self, keys: set[str]) -> bytes:
        """The assertion nodes behind the given edges (see edge_key), from every article."""
        return b"".join(f.quads[start:end] for f in self.fragments for key, spans in f.evidence if key in keys
                        for start, end in spans)


def _entities_graph(fragments: list[Fragment], base: str) -> list[str]:
    lines: set[str] = set()
    labels: dict[str, Counter] = defaultdict(Counter)
    for fragment in fragments:
        if fragment.entity_lines:
            lines.update(fragment.entity_lines.split("\n"))
        for node, text, n in fragment.labels:
            labels[node][text] += n
    graph = ox.NamedNode(entities_graph_iri(base))
    for node, counts in labels.items():
        preferred = min(counts, key=lambda text: (-counts[text], text))
        subject = _iri(node)
        lines.add(str(ox.Quad(subject, _iri(RDFS + "label"), _vi(preferred), graph)))
        for alt in set(counts) - {preferred}:
            lines.add(str(ox.Quad(subject, _iri(SKOS + "altLabel"), _vi(alt), graph)))
    return sorted(lines)


def results_to_nquads(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> str:
    return Assembly((article_fragment(r, base) for r in results), base).nquads()


def nquads_to_ntriples(nquads: str) -> str:
    """The union of all graphs as N-Triples, each triple once, in the lines' sorted order."""
    triples = dict.fromkeys(line[: line.rfind(" <")] for line in nquads.split("\n") if line)
    return "".join(f"{t} .\n" for t in triples)


def nquads_to_turtle(nquads: str, prefixes: dict[str, str]) -> str:
    """The union of all graphs as Turtle (pyoxigraph's serialiser, input order kept)."""
    parsed = ox.parse(nquads_to_ntriples(nquads).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
