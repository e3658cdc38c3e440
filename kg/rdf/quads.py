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
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from .iri import KIND_PATHS, RESOLVED_KINDS, assertion_iri_text, entity_iri_text, resolution_key, sentence_iri_text
from ..model import ArticleResult, Document, Entity, Fact
from .vocab import DEFAULT_BASE, KG, PREFIXES

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
TYPE = ox.NamedNode(RDF + "type")
# The vocabularies', and one for each kind of the default base's instances: most of
# graph.ttl's bytes are instance IRIs, a third shorter as prefixed names.
# (Named by their path, but "organization": "org" is the W3C ORG vocabulary's usual prefix.)
TURTLE_PREFIXES = {name: str(iri) for name, iri in PREFIXES.items()} | {
    ("organization" if path == "org" else path): f"{DEFAULT_BASE}{path}/" for path in dict.fromkeys(KIND_PATHS.values())}
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


# The evidence's terms, made once: every fact writes them.
ASSERTION, SENTENCE = _kg("Assertion"), _kg("Sentence")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (ox.NamedNode(RDF + name) for name in ("subject", "predicate", "object"))
DERIVED_FROM, PART_OF = ox.NamedNode(PROV + "wasDerivedFrom"), ox.NamedNode(DCT + "isPartOf")
START, END, RULE, CONFIDENCE, TEXT, OFFSET = (_kg(name) for name in ("start", "end", "rule", "confidence", "text", "offset"))
XSD_DECIMAL, XSD_INTEGER = ox.NamedNode(XSD + "decimal"), ox.NamedNode(XSD + "integer")


@lru_cache(maxsize=4096)
def _plain(text: str) -> ox.Literal:
    return ox.Literal(text)


@lru_cache(maxsize=1024)
def _confidence(value: float) -> ox.Literal:
    return ox.Literal(str(Decimal(str(round(value, 2)))), datatype=XSD_DECIMAL)


def _date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))


@lru_cache(maxsize=4096)
def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


class QuadWriter:
    """Collects quads per graph and entity labels across articles."""

    def __init__(self, base: str = DEFAULT_BASE, viewer: bool = True) -> None:
        self.base = base
        self.lines: list[str] = []
        self.entity_lines: set[str] = set()
        # All of them as plain strings, what the viewer reads; None when no viewer share is made.
        self.triples: set[tuple[str, str, str]] | None = set() if viewer else None
        self.labels: dict[str, Counter] = defaultdict(Counter)
        self.described: set[Entity] = set()
        self.sentences: set[ox.NamedNode] = set()
        self.entities_graph = ox.NamedNode(entities_graph_iri(base))

    def sorted_lines(self) -> list[str]:
        """The article's named graph: each quad once, without the final " .", sorted."""
        return sorted(set(self.lines))

    def label_uses(self) -> tuple[tuple[str, str, int], ...]:
        """(entity IRI, label, times used as its label here), sorted."""
        return tuple((node, text, n) for node, counts in sorted(self.labels.items()) for text, n in sorted(counts.items()))

    def add_result(self, result: ArticleResult) -> None:
        article = _iri(entity_iri_text("Article", result.document.doc_id, self.base))
        self._article(result.document, article)
        for entity in result.entities:
            self._quad(self._entity(entity), _kg("mentionedIn"), article, article)
        for fact in result.facts:
            self._fact(fact, article)

    def _quad(self, s, p, o, g) -> None:
        self.lines.append(f"{_nt(s)} {_nt(p)} {_nt(o)} {_nt(g)}")
        if self.triples is not None:
            self.triples.add((s.value, p.value, o.value))

    def _entity_triple(self, s, p, o) -> None:
        self.entity_lines.add(f"{_nt(s)} {_nt(p)} {_nt(o)} {_nt(self.entities_graph)}")
        if self.triples is not None:
            self.triples.add((s.value, p.value, o.value))

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
        node = _iri(entity_iri_text(entity.kind, entity.key, self.base))
        self.labels[node.value][entity.label] += 1
        for alt in entity.alt_labels:
            self.labels[node.value][alt] += 0
        if entity in self.described:
            return node  # the same description again: type and properties are written once
        self.described.add(entity)
        self._entity_triple(node, TYPE, _kg(entity.kind))
        if entity.kind in RESOLVED_KINDS:  # why the names of this node are one node
            self._entity_triple(node, _kg("resolutionKey"), ox.Literal(resolution_key(entity.kind, entity.key)))
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
        """The assertion node of one fact: what is its own (span within its sentence,
        rule, confidence), and the sentence it was read from, whose text is written once
        however many facts were read from it."""
        ev = fact.evidence
        parts = (subject.value, predicate.value, obj.value, ev.doc_id, str(ev.start), str(ev.end), ev.rule)
        node = _iri(assertion_iri_text(parts, self.base))

        def q(p, o):
            self._quad(node, p, o, article)

        q(TYPE, ASSERTION)
        q(RDF_SUBJECT, subject)
        q(RDF_PREDICATE, predicate)
        q(RDF_OBJECT, obj)
        q(DERIVED_FROM, self._sentence(ev, article))
        q(START, _int(ev.start - ev.sentence_start))
        q(END, _int(ev.end - ev.sentence_start))
        q(RULE, _plain(ev.rule))
        q(CONFIDENCE, _confidence(ev.confidence))

    def _sentence(self, ev, article) -> ox.NamedNode:
        node = _iri(sentence_iri_text(article.value, ev.sentence_start, ev.quote, self.base))
        if node not in self.sentences:
            self.sentences.add(node)
            self._quad(node, TYPE, SENTENCE, article)
            self._quad(node, PART_OF, article, article)
            self._quad(node, TEXT, _vi(ev.quote), article)
            self._quad(node, OFFSET, _int(ev.sentence_start), article)
        return node


def turtle_body(ntriples: bytes) -> str:
    """N-Triples as Turtle statements by pyoxigraph's serialiser, without the prefix lines."""
    if not ntriples:
        return ""
    parsed = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    text = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES).decode("utf-8")
    return _without_prefix_lines(text)


def _without_prefix_lines(text: str) -> str:
    """The statements without the @prefix lines pyoxigraph writes first (the prefixes it
    used, in an order of its own): graph.ttl declares them all once, in TURTLE_HEADER."""
    start = 0
    while text.startswith("@prefix ", start):
        start = text.index("\n", start) + 1
    return text[start:]


def turtle_head(entity_lines: list[str]) -> str:
    """The start of graph.ttl: the prefixes and the entities graph; the articles' statements follow."""
    entities = "".join(f"{line[: line.rfind(' <')]} .\n" for line in entity_lines).encode("utf-8")
    return TURTLE_HEADER + turtle_body(entities)


def turtle_to_nquads(turtle: bytes, graph: str) -> bytes:
    """An article's Turtle statements (as a fragment keeps them) back into its named graph's
    N-Quads: the same sorted lines, byte for byte, as the fragment was made from."""
    name = _iri(graph)
    parsed = ox.parse(TURTLE_HEADER.encode("utf-8") + turtle, format=ox.RdfFormat.TURTLE)
    lines = sorted({f"{_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)} {_nt(name)}" for q in parsed})
    return "".join(f"{line} .\n" for line in lines).encode("utf-8")


def entity_quads(entity_lines: list[str]) -> bytes:
    return "".join(f"{line} .\n" for line in entity_lines).encode("utf-8")


def settle_label(uses: dict[str, int]) -> tuple[str, tuple[str, ...]]:
    """An entity's one label, the one its articles use most (ties by the text), and the others."""
    preferred = min(uses, key=lambda text: (-uses[text], text))
    return preferred, tuple(sorted(set(uses) - {preferred}))


def label_lines(node: str, label: str, alt_labels, base: str) -> list[str]:
    """The entities-graph quads naming an entity: its one label and the others it goes by."""
    graph, subject = ox.NamedNode(entities_graph_iri(base)), _iri(node)
    return [str(ox.Quad(subject, _iri(RDFS + "label"), _vi(label), graph))] + [
        str(ox.Quad(subject, _iri(SKOS + "altLabel"), _vi(alt), graph)) for alt in alt_labels]


def nquads_to_ntriples(nquads: str) -> str:
    """The union of all graphs as N-Triples, each triple once, in the lines' sorted order."""
    triples = dict.fromkeys(line[: line.rfind(" <")] for line in nquads.split("\n") if line)
    return "".join(f"{t} .\n" for t in triples)


def nquads_to_turtle(nquads: str, prefixes: dict[str, str]) -> str:
    """The union of all graphs as Turtle (pyoxigraph's serialiser, input order kept)."""
    parsed = ox.parse(nquads_to_ntriples(nquads).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
