"""kg.vocab (the DefinedNamespace) and ontology/kg.ttl declare the same terms."""
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import OWL

from kg.rdf.ontology_files import ontology_graph
from kg.rdf.vocab import KG, ONTOLOGY_IRI

DECLARING = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def declared_terms():
    graph = ontology_graph()
    return {
        str(s)[len(ONTOLOGY_IRI):]
        for kind in DECLARING
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(ONTOLOGY_IRI)
    }


def vocab_terms():
    return {name for name in KG.__annotations__}


def test_vocab_and_ontology_agree_both_ways():
    assert vocab_terms() == declared_terms()


def test_every_term_has_vietnamese_and_english_labels_and_comments():
    graph = ontology_graph()
    for name in vocab_terms():
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in graph.objects(KG[name], prop) if isinstance(o, Literal)}
            assert {"vi", "en"} <= langs, (name, prop)


def test_unknown_terms_fail_loudly():
    import pytest

    with pytest.raises(AttributeError):
        KG.holdOffice  # noqa: B018 (a typo must not mint a new predicate)
