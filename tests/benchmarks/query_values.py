"""A value for each saved query's parameter, taken from a built graph: an entity with facts of that kind.

Shared by the store tests and the build benchmark, which run the saved queries bound.
"""
FINDERS = {
    "person": "SELECT ?v WHERE { ?x kg:holdsOffice ?o ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "subject": "SELECT ?v WHERE { ?x kg:holdsOffice ?o ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "province": "SELECT ?v WHERE { ?o kg:jurisdiction ?x . ?x a kg:Province ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "event": "SELECT ?v WHERE { ?x kg:heldIn ?p ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "place": "SELECT ?v WHERE { ?x kg:partnersWith ?p ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "office": "SELECT ?v WHERE { ?x kg:holdsOffice ?o . ?o rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "name": "SELECT ?v WHERE { ?x a kg:Event ; skos:altLabel ?a ; rdfs:label ?v } ORDER BY ?v LIMIT 1",
    "date": "SELECT ?v WHERE { ?a dcterms:issued ?d BIND(STR(?d) AS ?v) } ORDER BY ?v LIMIT 1",
}
