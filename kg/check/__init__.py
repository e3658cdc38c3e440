"""Checks: a graph → its SHACL report (validate) and its scores against gold facts (evaluate).

Takes graph files or rdflib graphs and gold JSONL; gives reports. Imports
kg.rdf (ontology files) and kg.errors only.
"""
