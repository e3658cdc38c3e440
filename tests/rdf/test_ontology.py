from io import BytesIO

import pyoxigraph
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.namespace import OWL

from kg.rdf.ontology_files import ontology_graph, ontology_text, shapes_text
from kg.rdf.vocab import KG

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")


def test_files_parse_in_rdflib_and_pyoxigraph():
    for text in (ontology_text(), shapes_text()):
        assert len(Graph().parse(data=text, format="turtle")) > 50
        assert len(list(pyoxigraph.parse(BytesIO(text.encode()), format=pyoxigraph.RdfFormat.TURTLE))) > 50


def test_core_semantics():
    g = ontology_graph()
    assert (KG.partnersWith, RDF.type, OWL.SymmetricProperty) in g
    assert (KG.locatedIn, RDF.type, OWL.TransitiveProperty) in g
    assert (KG.chaired, RDFS.subPropertyOf, KG.attended) in g
    assert (KG.spokeAt, RDFS.subPropertyOf, KG.attended) in g
    for place in (KG.Country, KG.Province, KG.District, KG.ForeignRegion, KG.Venue):
        assert (place, RDFS.subClassOf, KG.Place) in g


def test_alignment_is_by_subclass_and_subproperty():
    g = ontology_graph()
    assert (KG.Person, RDFS.subClassOf, SCHEMA.Person) in g
    assert (KG.Event, RDFS.subClassOf, SCHEMA.Event) in g
    assert (KG.Office, RDFS.subClassOf, ORG.Post) in g
    assert (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in g
    assert (KG.Assertion, RDFS.subClassOf, PROV.Entity) in g
    assert (KG.heldIn, RDFS.subPropertyOf, SCHEMA.location) in g
    assert (KG.ofOrganization, RDFS.subPropertyOf, ORG.postIn) in g
