"""The real-article set is well-formed and its scorer counts right.

The excerpts are never committed (only what finds them again), so the scorer is
run here on an article of our own with a manifest line and gold written for it.
No threshold on today's score: the figures are in the README
(`python benchmarks/realworld.py EXCERPTS_DIR`).
"""
import hashlib
import json
import re
from pathlib import Path

import pytest

from kg.check.evaluate import load_gold
from tests.benchmarks.scripts import load_script

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "benchmarks" / "realworld"
KINDS = {"reception", "delegation", "mou", "city", "festival", "investment", "council", "personnel",
         "merger", "national"}

rw = load_script("realworld")
MANIFEST = rw.read_manifest()


def test_every_line_finds_its_excerpt_again():
    for entry in MANIFEST:
        assert entry["url"].startswith("http"), entry["id"]
        assert entry["query"].strip() and entry["corpus"] == "pages", entry["id"]
        assert isinstance(entry["rank"], int) and entry["rank"] >= 1, entry["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]), entry["id"]


def test_ids_and_urls_are_unique():
    ids = [e["id"] for e in MANIFEST]
    urls = [e["url"] for e in MANIFEST]
    assert len(ids) == len(set(ids))
    assert len(urls) == len(set(urls)), "one page saved twice"


def test_every_line_has_a_known_split_and_kind():
    for entry in MANIFEST:
        assert entry["split"] in rw.SPLITS, entry["id"]
        assert entry["kind"] in KINDS, entry["id"]


def test_scored_only_splits_are_a_fair_share():
    held_out = [e for e in MANIFEST if e["split"].startswith("held-out")]
    assert 0.2 <= len(held_out) / len(MANIFEST) <= 0.5


def test_gold_reads_and_speaks_only_of_the_manifest():
    gold = load_gold(SET / "gold.jsonl")  # raises on a malformed line
    ids = {e["id"] for e in MANIFEST}
    docs = {json.loads(line)["doc"] for line in (SET / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()}
    assert docs <= ids, sorted(docs - ids)[:5]
    assert sum(len(facts) for facts in gold.values()) > 4 * len(ids)


ARTICLE = (
    "Sáng 12/3/2024, tại Trung tâm Hội nghị tỉnh Lạng Sơn, ông Hoàng Văn Khải, Chủ tịch UBND tỉnh"
    " Lạng Sơn, đã tiếp đoàn đại biểu tỉnh Quảng Tây (Trung Quốc). Hai bên ký kết biên bản ghi nhớ"
    " hợp tác giữa tỉnh Lạng Sơn và Khu tự trị dân tộc Choang Quảng Tây."
)


@pytest.fixture
def one_excerpt(tmp_path):
    folder = tmp_path / "excerpts"
    folder.mkdir()
    data = ARTICLE.encode("utf-8")
    (folder / "zz001.txt").write_bytes(data)
    entry = {"id": "zz001", "split": "dev", "kind": "mou", "outlet": "example.vn", "year": 2024,
             "published": "2024-03-12", "url": "https://example.vn/a", "query": "q", "corpus": "pages",
             "rank": 1, "sha256": hashlib.sha256(data).hexdigest()}
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"doc": "zz001", "rel": "holdsOffice", "s": ["Hoàng Văn Khải"], "o": ["Chủ tịch UBND tỉnh Lạng Sơn"], "need": "required"},
        {"doc": "zz001", "rel": "partnersWith", "s": ["Lạng Sơn"], "o": ["Quảng Tây"], "need": "required"},
        {"doc": "zz001", "rel": "holdsOffice", "s": ["Nông Thị Hà"], "o": ["Phó Chủ tịch UBND tỉnh Lạng Sơn"], "need": "required"},
    ]
    gold.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    return folder, entry, gold


def test_the_scorer_builds_the_excerpts_and_counts_hits_and_misses(one_excerpt, tmp_path):
    folder, entry, gold = one_excerpt
    report, changed = rw.score_entries([entry], folder, gold, tmp_path / "work", "dev")
    assert changed == []
    office = report.relations["holdsOffice"]
    assert (office.required, office.found) == (2, 1)  # the invented second holder is a miss
    assert office.missed == [("Nông Thị Hà", "Phó Chủ tịch UBND tỉnh Lạng Sơn")]
    assert report.relations["partnersWith"].found == 1


def test_an_excerpt_that_changed_is_scored_and_reported(one_excerpt, tmp_path):
    folder, entry, gold = one_excerpt
    (folder / "zz001.txt").write_bytes(ARTICLE.encode("utf-8") + b" ")
    _, changed = rw.score_entries([entry], folder, gold, tmp_path / "work", "dev")
    assert changed == ["zz001"]


fetch = load_script("realworld_fetch")


def _entry(ident, split, query, data=b"x"):
    return {"id": ident, "split": split, "query": query, "rank": 1, "url": f"https://example.vn/{ident}",
            "sha256": hashlib.sha256(data).hexdigest()}


def test_the_fetch_plan_lists_each_missing_query_once_held_out_first(tmp_path):
    entries = [_entry("zz001", "dev", "a"), _entry("zz002", "held-out", "b"), _entry("zz003", "dev", "b"),
               _entry("zz004", "dev", "c")]
    (tmp_path / "zz004.txt").write_bytes(b"x")  # already fetched: its query is not looked up again
    queries = fetch.by_query(fetch.missing(entries, tmp_path))
    assert [(q, [e["id"] for e in found]) for q, found in queries] == [("b", ["zz002", "zz003"]), ("a", ["zz001"])]
    assert fetch.plan_text(queries).splitlines()[0] == 'QUERY "b"'


def test_the_fetch_plan_is_dealt_into_lists(tmp_path, capsys):
    manifest = [_entry(f"zz00{i}", "dev", f"q{i}") for i in range(1, 6)]
    assert fetch.main(["plan", str(tmp_path / "none"), "--lists", "2", "--out", str(tmp_path / "lists")], manifest) == 0
    lists = [(tmp_path / "lists" / f"list{n}.txt").read_text("utf-8") for n in (1, 2)]
    assert [text.count("QUERY") for text in lists] == [3, 2]
    assert "5 excerpts missing, 5 queries to look up" in capsys.readouterr().err
