"""The per-article cache: whole entries only, read in parts, pruned to what a build uses."""
from pathlib import Path

import pytest

from kg.build.builder import extract_one
from kg.build.cache import ResultCache, article_key
from kg.rdf.quads import turtle_to_nquads
from kg.rdf.vocab import DEFAULT_BASE

REPO = Path(__file__).resolve().parents[2]
ARTICLE = sorted((REPO / "sources").glob("*.txt"))[0]


@pytest.fixture(scope="module")
def extracted():
    return extract_one(ARTICLE)


def test_an_entry_is_read_back_in_parts(tmp_path, extracted):
    summary, fragment = extracted
    cache = ResultCache(tmp_path)
    key = article_key(ARTICLE, ARTICLE.stem, DEFAULT_BASE)
    cache.put(key, summary, fragment)
    got_summary, light = cache.get(key)
    assert got_summary == summary
    assert light.quads == b"" and light.turtle == ""  # the bulky parts are read only when needed…
    assert (light.article, light.digest, light.count, light.view) == (fragment.article, fragment.digest, fragment.count, fragment.view)
    assert cache.turtle(key) == fragment.turtle.encode("utf-8")  # …from here
    assert turtle_to_nquads(cache.turtle(key), fragment.article) == fragment.quads  # the quads are made from it
    assert cache.has_all([key])


def test_an_entry_is_compressed_and_keeps_one_serialisation(tmp_path, extracted):
    summary, fragment = extracted
    cache = ResultCache(tmp_path)
    cache.put("k", summary, fragment)
    size = (cache.folder / "k.entry").stat().st_size
    turtle = len(fragment.turtle.encode("utf-8"))
    assert size < turtle  # the whole entry, viewer share and all, is smaller than its Turtle alone
    with (cache.folder / "k.entry").open("rb") as handle:
        _, stored_turtle = cache._lengths(handle)
    assert stored_turtle < turtle / 3  # compressed
    assert fragment.quads[:40] not in (cache.folder / "k.entry").read_bytes()


def test_a_missing_or_torn_entry_is_noticed(tmp_path, extracted):
    cache = ResultCache(tmp_path)
    cache.put("k1", *extracted)
    cache.put("k2", *extracted)
    (cache.folder / "k2.entry").unlink()
    assert cache.has_all(["k1"]) and not cache.has_all(["k1", "k2"])
    whole = (cache.folder / "k1.entry").read_bytes()
    for torn in (whole[:-1], whole + b"x", b"torn", b""):  # cut, grown, foreign, empty
        (cache.folder / "k1.entry").write_bytes(torn)
        assert cache.get("k1") is None  # extracted again, never an error


def test_prune_keeps_only_the_entries_named(tmp_path, extracted):
    cache = ResultCache(tmp_path)
    for key in ("keep", "gone"):
        cache.put(key, *extracted)
    (cache.folder / ".gone.123.tmp").write_bytes(b"left by a killed build")
    cache.prune({"keep"})
    assert sorted(p.name for p in cache.folder.iterdir()) == ["keep.entry"]


def test_the_key_changes_with_content_name_and_base(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Hà Nội", encoding="utf-8")
    first = article_key(path, "a", DEFAULT_BASE)
    assert article_key(path, "a", "http://example.org/") != first
    assert article_key(path, "b", DEFAULT_BASE) != first
    path.write_text("Hà Nội.", encoding="utf-8")
    assert article_key(path, "a", DEFAULT_BASE) != first
