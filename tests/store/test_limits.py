"""The limits a query meets before the SPARQL engine: sizes and a nesting count that reads SPARQL's tokens."""
import pytest

from kg.errors import QueryError, QueryRefused
from kg.store.limits import QueryLimits, nesting_depth


@pytest.mark.parametrize(
    "text, depth",
    [
        ("SELECT * WHERE { ?s ?p ?o }", 1),
        ("ASK { FILTER((1 + 2) > 0) }", 3),
        ("ASK " + "{" * 3000 + "}" * 3000, 3000),
        ('ASK { FILTER(?x = "(((") }', 2),  # in a string
        ("ASK { FILTER(?x = '{{[') }", 2),
        ('ASK { FILTER(?x = """a "(( " \\""" (((""") }', 2),  # long string with quotes and an escape
        ("ASK { FILTER(?x = '''it's ((''') }", 2),
        ('ASK { FILTER(?x = "a\\"((") }', 2),  # an escaped quote does not end the string
        ("SELECT * { <http://e/x_(a)(((> ?p ?o }", 1),  # in an IRI
        ("ASK { } # ((((( a comment", 1),
        ("ASK { FILTER(?a < (1) && ?b > (2)) }", 3),  # a bare < is less-than, not an IRI
        ("}}} ASK { }", 1),  # stray closers do not go below zero
        ('ASK { FILTER("unterminated ((( ) }', 5),  # a string that never ends is no string
    ],
)
def test_nesting_depth_counts_brackets_outside_strings_iris_and_comments(text, depth):
    assert nesting_depth(text) == depth


def test_a_nest_over_the_limit_is_a_400_naming_the_limit():
    with pytest.raises(QueryRefused) as info:
        QueryLimits(max_depth=10).check("ASK { FILTER(" + "(" * 10 + "1" + ")" * 10 + ") }")
    assert info.value.status == 400 and "--max-nesting" in str(info.value)
    assert isinstance(info.value, QueryError)
    QueryLimits(max_depth=10).check("ASK { FILTER(" + "(" * 8 + "1" + ")" * 8 + ") }")


def test_sizes_over_the_limit_are_413s_naming_the_limit():
    limits = QueryLimits(max_query_bytes=100)
    limits.check("ASK { }" + " " * 93)
    with pytest.raises(QueryRefused) as info:
        limits.check("ASK { }" + "é" * 47)  # 101 bytes in UTF-8, fewer characters
    assert info.value.status == 413 and "--max-query-bytes" in str(info.value)
    limits.check_body(400)
    with pytest.raises(QueryRefused) as info:
        limits.check_body(401)
    assert info.value.status == 413 and "--max-query-bytes" in str(info.value)
