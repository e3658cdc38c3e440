"""The project's ontology terms as an rdflib ``DefinedNamespace``.

``_fail = True`` turns a typo into an AttributeError at import time instead of
a silently new predicate. ``tests/test_vocab.py`` keeps this list and
``ontology/kg.ttl`` in agreement.
"""
from rdflib import RDF, RDFS, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-vn/ontology#"
DEFAULT_BASE = "https://w3id.org/kg-vn/id/"


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # Classes
    Person: URIRef
    Office: URIRef
    Organization: URIRef
    Event: URIRef
    Place: URIRef
    Country: URIRef
    Province: URIRef
    District: URIRef
    ForeignRegion: URIRef
    Venue: URIRef
    Article: URIRef
    Assertion: URIRef
    Sentence: URIRef

    # Core relations (local names are a public contract)
    holdsOffice: URIRef  # Person → Office
    heldIn: URIRef  # Event → Place
    partnersWith: URIRef  # Place → Place/Organization, symmetric
    startDate: URIRef  # Event → xsd:date
    endDate: URIRef  # Event → xsd:date

    # Facts users expect around them
    formerlyHeldOffice: URIRef  # Person → Office ("nguyên …")
    attended: URIRef  # Person → Event
    chaired: URIRef  # Person → Event (sub-property of attended)
    spokeAt: URIRef  # Person → Event (sub-property of attended)
    connectionSite: URIRef  # Event → Place ("điểm cầu", not the venue)
    partOf: URIRef  # Event → Event (a ceremony of a festival, a session of a congress)
    ofOrganization: URIRef  # Office → Organization
    jurisdiction: URIRef  # Office/Organization → Place
    locatedIn: URIRef  # Place → Place (containment, transitive)
    mentionedIn: URIRef  # any entity → Article
    iso3166: URIRef  # Place → ISO 3166-1/-2 code literal
    resolutionKey: URIRef  # Person/Event → the key its names were merged by (literal)
    keptApartFrom: URIRef  # Person → Person of the same name, told apart by their offices (kg.build.homonyms)

    # Article metadata not covered by Dublin Core
    sourceFile: URIRef  # Article → file name literal

    # Evidence (one Assertion node per asserted triple, PROV-O aligned; it is
    # prov:wasDerivedFrom a Sentence, which is dcterms:isPartOf its Article)
    text: URIRef  # Sentence → its text, verbatim from the normalised article text
    offset: URIRef  # Sentence → where it starts in the normalised article text
    start: URIRef  # Assertion → offset of the matched span within its sentence
    end: URIRef  # Assertion → end offset (exclusive) of the matched span within its sentence
    rule: URIRef  # Assertion → id of the rule that produced it
    confidence: URIRef  # Assertion → xsd:decimal in [0, 1]


# The prefixes every serialisation and query of the project declares.
PREFIXES = {
    "kg": KG._NS,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "owl": OWL,
    "xsd": XSD,
}
