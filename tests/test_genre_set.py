"""The genre sets (benchmarks/genre/): well-formed, and the per-dozen score counts one dozen alone."""
import json
from pathlib import Path

from tests.benchmarks.scripts import load_script

GENRE = Path(__file__).resolve().parents[1] / "benchmarks" / "genre"


def test_every_article_has_gold_and_a_source_and_nothing_else_does():
    for split in ("dev", "held-out"):
        ids = {p.stem for p in (GENRE / split / "articles").glob("*.txt")}
        gold = {json.loads(line)["doc"] for line in (GENRE / split / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
        sources = [json.loads(line) for line in (GENRE / split / "sources.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        assert gold == ids
        assert sorted(s["id"] for s in sources) == sorted(ids)
        assert all(s["url"].startswith("http") and s["query"] and s["rank"] >= 1 for s in sources)


def test_the_splits_share_no_dozen():
    genre = load_script("genre")
    assert not set(genre.dozens("dev")) & set(genre.dozens("held-out"))


def test_a_dozen_is_scored_on_its_own_articles():
    genre = load_script("genre")
    line = genre.score_dozen("dev", "gb").split()
    assert line[:3] == ["dev", "gb", "12"]
    p, r, f1 = map(float, line[3:6])
    assert 0 < p <= 1 and 0 < r <= 1 and min(p, r) <= f1 <= max(p, r)


def test_an_article_rewritten_as_a_page_keeps_its_title_and_date():
    from kg.sources.loader import parse_document

    genre = load_script("genre")
    for path in sorted((GENRE / "dev" / "articles").glob("gm*.txt")):
        text = path.read_text(encoding="utf-8")
        page = genre.as_page(text, path.stem)
        assert not page.startswith("title:") and page == genre.as_page(text, path.stem)
        header, paged = parse_document(text, path.stem), parse_document(page, path.stem)
        assert (paged.title, paged.published) == (header.title, header.published), path.name


def test_a_dozen_read_as_pages_gives_the_facts_of_its_header_form():
    genre = load_script("genre")
    assert genre.score_dozen("dev", "gm", pages=True).split()[3:] == genre.score_dozen("dev", "gm").split()[3:]
