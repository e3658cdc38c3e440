"""Random and hostile text through the whole pipeline (hypothesis).

Whatever the text, kg either reports a clear SourceError or writes RDF that
rdflib and pyoxigraph both read back, with every evidence span indexing the
normalised text exactly and every label coming back unchanged.
"""
import datetime as dt

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDFS, SKOS

from kg.errors import SourceError
from kg.build.dataset import results_to_nquads
from kg.rdf.quads import nquads_to_turtle
from kg.sources.loader import parse_document
from kg.model import ArticleResult, Document, Entity, Evidence, Fact
from kg.extract.run import extract
from kg.rdf.vocab import PREFIXES

HOSTILE = ['"', "\\", "\n", "\r", "\t", '"""', "'''", "<script>alert(1)</script>", "]]>", "\u202e", "\u200f",
           "😀", "\x00", "\x1b[31m", "@prefix x: <y> .", "}", "{", "<", ">", "&amp;", "\ufeff", "\u2028"]
GENRE = ["Chủ tịch UBND tỉnh Nghệ An ", "Nguyễn Văn Hùng", ", Bí thư Tỉnh ủy", " tại thành phố Vinh", "Sáng 14/3, ",
         "Hội nghị xúc tiến đầu tư ", "đã ký kết biên bản ghi nhớ với tỉnh Xiêng Khoảng", ". ", "; ", " - ", "(Lào)"]
pieces = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(GENRE), st.text(max_size=12))
articles = st.lists(pieces, min_size=1, max_size=40).map("".join)
metadata = st.text(max_size=30).filter(lambda t: "\n" not in t and ":" not in t)
PREFIX_MAP = {k: str(v) for k, v in PREFIXES.items()}
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def to_graphs(results):
    turtle = nquads_to_turtle(results_to_nquads(results), PREFIX_MAP)
    rdflib_graph = Graph().parse(data=turtle, format="turtle")
    oxigraph_triples = list(ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    assert len(oxigraph_triples) == len(rdflib_graph)
    return rdflib_graph


@SETTINGS
@given(body=articles, title=metadata, publisher=metadata)
def test_any_text_gives_valid_rdf_and_exact_evidence(body, title, publisher):
    raw = f"title: {title}\npublisher: {publisher}\npublished: 2024-03-15\n\n{body}"
    try:
        doc = parse_document(raw, "hostile-article")
    except SourceError:
        return  # a clear, named refusal is an acceptable outcome
    result = extract(doc)
    for fact in result.facts:
        ev = fact.evidence
        assert doc.text[ev.sentence_start : ev.sentence_end] == ev.quote
        assert ev.sentence_start <= ev.start <= ev.end <= ev.sentence_end
    graph = to_graphs([result])
    labels = {str(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(None, p) if isinstance(o, Literal)}
    for entity in result.entities:
        assert entity.label in labels


@SETTINGS
@given(label=st.text(min_size=1, max_size=60), quote=st.text(min_size=1, max_size=120))
def test_hostile_labels_and_quotes_survive_a_round_trip(label, quote):
    person = Entity("Person", label, label)
    office = Entity("Office", "o", "Chức vụ thử")
    ev = Evidence("a1", 0, len(quote), 0, len(quote), quote, "r", 0.5)
    doc = Document("a1", quote, title=label, published=dt.date(2024, 1, 1), publisher=label)
    graph = to_graphs([ArticleResult(doc, (Fact(person, "holdsOffice", office, ev),), (person, office))])
    assert Literal(label, lang="vi") in set(graph.objects(None, RDFS.label))
    assert quote in {str(o) for o in graph.objects(None, None) if isinstance(o, Literal)}
