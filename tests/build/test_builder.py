import shutil
from io import BytesIO
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, Graph

from kg.build.builder import build
from kg.errors import SourceError
from kg.check.validate import validate_file

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "sources"


def test_build_writes_turtle_and_html_byte_identical_twice(tmp_path):
    build(SOURCES, tmp_path / "a")
    build(SOURCES, tmp_path / "b")
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_turtle_parses_in_rdflib_and_pyoxigraph(tmp_path):
    build(SOURCES, tmp_path, viewer=False)
    data = (tmp_path / "graph.ttl").read_bytes()
    rdflib_count = len(Graph().parse(data=data, format="turtle"))
    # A fact stated by two articles is written under each: the parsed graph has it once.
    oxigraph_count = len(set(pyoxigraph.parse(BytesIO(data), format=pyoxigraph.RdfFormat.TURTLE)))
    assert rdflib_count == oxigraph_count > 1000


def test_one_bad_article_costs_nothing_else(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(SOURCES.glob("*.txt"))[:2]:
        (src / path.name).write_bytes(path.read_bytes())
    (src / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    (src / "empty.txt").write_bytes(b"")
    problems = []
    report = build(src, tmp_path / "out", viewer=False, on_problem=problems.append)
    assert report.articles == 2
    assert sorted(Path(p.path).name for p in problems) == ["broken.txt", "empty.txt"]
    clean = build(SOURCES, tmp_path / "clean", viewer=False)
    two = {t for t in clean.graph} & {t for t in report.graph}
    assert len(two) == len(report.graph)  # the good articles gave exactly their usual triples


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(SourceError, match="no article could be read"):
        build(tmp_path, tmp_path / "out", viewer=False)


def test_incremental_builds_are_byte_identical_to_clean_ones(tmp_path):
    import shutil

    from tests.benchmarks.corpus import write_corpus

    src = tmp_path / "src"
    write_corpus(12, src, seed=3)
    out = tmp_path / "out"
    build(src, out)  # fills the cache
    changed = src / "a000004.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Dịp này", "Nhân dịp này"), encoding="utf-8")
    (src / "a000007.txt").unlink()
    shutil.copy(SOURCES / "000_e94e87bcfbadc138.txt", src / "new.txt")
    build(src, out)  # incremental: one changed, one removed, one added
    clean = tmp_path / "clean"
    build(src, clean, incremental=False)
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert len(list((out / ".cache" / "results").glob("*.entry"))) == 12  # the removed article's result is gone


def store_quads(out: Path) -> set[str]:
    store = pyoxigraph.Store.read_only(str(out / "store"))
    return {str(q) for q in store}


def edit_corpus(src: Path) -> None:
    """One article changed, one removed, one added."""
    import shutil

    changed = src / "a000004.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Dịp này", "Nhân dịp này") + "\nThêm một câu.\n",
                       encoding="utf-8")
    (src / "a000007.txt").unlink()
    shutil.copy(SOURCES / "000_e94e87bcfbadc138.txt", src / "new.txt")


def test_a_small_change_updates_the_store_in_place_to_what_a_clean_build_holds(tmp_path):
    from tests.benchmarks.corpus import write_corpus

    src, out = tmp_path / "src", tmp_path / "out"
    write_corpus(60, src, seed=5)
    build(src, out, viewer=False)
    inode = (out / "store").stat().st_ino
    edit_corpus(src)
    build(src, out, viewer=False)
    assert (out / "store").stat().st_ino == inode  # updated in place, not loaded anew
    build(src, tmp_path / "clean", viewer=False, incremental=False)
    assert store_quads(out) == store_quads(tmp_path / "clean")


SHARED_FACT = "Ông Trần Văn Bình, Chủ tịch UBND tỉnh Quảng Ninh, đã tiếp đoàn công tác của tỉnh Hủa Phăn (Lào)."


def write_news(path: Path, day: int, body: str) -> None:
    path.write_text(f"title: Tin đối ngoại {day}\npublished: 2024-03-{day:02d}\npublisher: Báo Thử\n\n{body}\n",
                    encoding="utf-8")


def holds_office_triples(out: Path) -> set[str]:
    return {q for q in store_quads(out) if "holdsOffice" in q and "tran-van-binh" in q}


def test_a_fact_two_articles_state_stays_in_the_store_until_neither_states_it(tmp_path):
    """The store holds triples, not one graph per article: a fact stated twice is one triple,
    taken out in place only when no assertion node states it any more."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for day in range(1, 4):
        write_news(src / f"tin{day}.txt", day, SHARED_FACT if day < 3 else "Hội nghị diễn ra tại Hà Nội.")
    build(src, out, viewer=False)
    fact = holds_office_triples(out)
    assert len(fact) == 1  # both articles state it: one triple
    inode = (out / "store").stat().st_ino
    for step, day in enumerate((1, 2)):
        write_news(src / f"tin{day}.txt", day, "Đoàn công tác đã đến thăm tỉnh Quảng Ninh.")
        build(src, out, viewer=False)
        assert (out / "store").stat().st_ino == inode  # in place
        clean = tmp_path / f"clean{step}"
        build(src, clean, viewer=False, incremental=False)
        assert store_quads(out) == store_quads(clean)
        assert holds_office_triples(out) == (fact if day == 1 else set())


def test_a_build_killed_before_recording_the_store_state_is_put_right_by_the_next(tmp_path):
    from tests.benchmarks.corpus import write_corpus

    src, out = tmp_path / "src", tmp_path / "out"
    write_corpus(60, src, seed=5)
    build(src, out, viewer=False)
    state = (out / ".cache" / "store.state").read_bytes()
    edit_corpus(src)
    build(src, out, viewer=False)
    (out / ".cache" / "store.state").write_bytes(state)  # as if killed after the store's commit
    build(src, out, viewer=False)
    build(src, tmp_path / "clean", viewer=False, incremental=False)
    assert store_quads(out) == store_quads(tmp_path / "clean")


def test_parallel_extraction_gives_the_same_output(tmp_path):
    build(SOURCES, tmp_path / "one", jobs=1, incremental=False)
    build(SOURCES, tmp_path / "two", jobs=2, incremental=False)
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()


def test_file_names_with_spaces_and_vietnamese_letters(tmp_path):
    src = tmp_path / "bài báo"
    src.mkdir()
    (src / "Hội nghị (Hà Nội) số 1.txt").write_text(
        "Sáng 5/9, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Lê Văn Tám chủ trì Hội nghị Ngoại vụ toàn quốc lần thứ 21.", encoding="utf-8")
    report = build(src, tmp_path / "kết quả")
    assert report.articles == 1
    graph = Graph().parse(tmp_path / "kết quả" / "graph.ttl", format="turtle")
    assert any("hoi-nghi-ha-noi-so-1" in str(s) for s in graph.subjects())  # a safe slug for the article IRI


def test_countries_link_to_their_wikidata_item(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "visit.txt").write_text(
        "title: Tăng cường hợp tác\npublished: 2024-03-05\n\n"
        "Ngày 5/3, tỉnh Nghệ An và tỉnh Xiêng Khouảng (Lào) ký kết thỏa thuận hợp tác giai đoạn 2024-2028.\n",
        encoding="utf-8",
    )
    build(src, tmp_path / "out", viewer=False)
    data = (tmp_path / "out" / "graph.ttl").read_bytes()
    graph = Graph().parse(data=data, format="turtle")
    same = {(str(s).rsplit("/", 1)[-1], str(o)) for s, o in graph.subject_objects(OWL.sameAs)}
    assert ("la", "http://www.wikidata.org/entity/Q819") in same
    assert all(o.startswith("http://www.wikidata.org/entity/Q") for _, o in same)
    store = pyoxigraph.Store()
    store.load(BytesIO(data), format=pyoxigraph.RdfFormat.TURTLE)
    ask = "ASK { ?c <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q819> }"
    assert store.query(ask)
    assert validate_file(tmp_path / "out" / "graph.ttl").conforms


def test_the_built_page_equals_the_page_of_the_whole_graph(tmp_path):
    """kg build keeps evidence aside and fetches it for the edges shown: same page as from graph.ttl."""
    from kg.build.builder import VIEWER_LIMIT
    from kg.viewer import render_viewer
    from kg.viewer.index import TripleIndex

    build(SOURCES, tmp_path)
    index = TripleIndex.parse((tmp_path / "graph.ttl").read_bytes(), pyoxigraph.RdfFormat.TURTLE)
    page = render_viewer(index, title="kg", limit=VIEWER_LIMIT)[0]
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == page
    assert page.count('"quote":') > 50  # and it does carry the evidence


def test_a_rebuild_that_changes_no_fact_rewrites_nothing_but_repairs_a_damaged_output(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    shutil.copytree(SOURCES, src)
    build(src, out)
    first = {name: (out / name).stat().st_ino for name in ("graph.ttl", "graph.html")}
    edited = sorted(src.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # new bytes, same facts
    build(src, out)
    assert {name: (out / name).stat().st_ino for name in first} == first  # not rewritten
    (out / "graph.html").write_text("damaged", encoding="utf-8")
    build(src, out)
    build(src, tmp_path / "clean", incremental=False)
    for name in first:
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()


def test_a_rebuild_reads_only_the_changed_and_added_articles(tmp_path):
    """Unchanged articles are not extracted again, and of their cache entries only the
    Turtle (for graph.ttl) is read."""
    from kg.build.cache import HEADER, article_key
    from kg.rdf.vocab import DEFAULT_BASE
    from tests.benchmarks.corpus import write_corpus

    src, out = tmp_path / "src", tmp_path / "out"
    write_corpus(12, src, seed=3)
    build(src, out)
    results = out / ".cache" / "results"
    unchanged = {article_key(p, p.stem, DEFAULT_BASE) for p in src.glob("*.txt") if p.stem not in ("a000004", "a000007")}
    for key in unchanged:  # facts garbled: a build that read them would extract the article again
        entry = results / f"{key}.entry"
        data = bytearray(entry.read_bytes())
        data[HEADER.size:HEADER.size + 8] = b"garbled!"
        entry.write_bytes(bytes(data))
    before = {p.name: p.stat().st_mtime_ns for p in results.iterdir()}
    edit_corpus(src)
    report = build(src, out)
    after = {p.name: p.stat().st_mtime_ns for p in results.iterdir()}
    assert len(set(after) - set(before)) == 2  # two articles' entries: the changed and the added one
    assert all(after[f"{key}.entry"] == before[f"{key}.entry"] for key in unchanged)  # the others not rewritten
    assert report.articles == 12
    for key in unchanged:  # put the cache right before comparing with a clean build (which ignores it anyway)
        (results / f"{key}.entry").unlink()
    build(src, tmp_path / "clean", incremental=False)
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name


@pytest.mark.parametrize("damage", ["state", "cache entry", "missing entry"])
def test_a_damaged_state_or_cache_costs_time_not_correctness(tmp_path, damage):
    from tests.benchmarks.corpus import write_corpus

    src, out = tmp_path / "src", tmp_path / "out"
    write_corpus(12, src, seed=3)
    build(src, out)
    cache = out / ".cache"
    if damage == "state":
        (cache / "build.state").write_bytes(b"\x80\x05 torn")
    elif damage == "cache entry":
        for entry in sorted((cache / "results").glob("*.entry"))[:3]:  # the Turtle of unchanged ones is read
            entry.write_bytes(b"torn")
    else:
        sorted((cache / "results").glob("*.entry"))[0].unlink()
    edit_corpus(src)
    build(src, out)
    build(src, tmp_path / "clean", incremental=False)
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    assert store_quads(out) == store_quads(tmp_path / "clean")


def test_a_cache_entry_torn_after_the_build_is_made_again_when_the_viewer_needs_it(tmp_path):
    from kg.build.builder import _view_part
    from kg.build.cache import ResultCache
    from kg.build.state import load_state
    from kg.rdf.vocab import DEFAULT_BASE

    build(SOURCES, tmp_path)
    state, cache = load_state(tmp_path / ".cache", DEFAULT_BASE), ResultCache(tmp_path)
    key = next(iter(state.entries.values())).key
    view = cache.get(key)[1].view
    (cache.folder / f"{key}.entry").write_bytes(b"torn")
    assert _view_part(state, cache, key) == view
    assert cache.get(key)[1].view == view  # and the entry is whole again


def test_two_files_named_alike_share_an_article_and_a_change_to_either_reaches_the_store(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    (src / "x").mkdir(parents=True)
    (src / "y").mkdir()
    seeds = sorted(SOURCES.glob("*.txt"))
    shutil.copy(seeds[0], src / "x" / "a.txt")
    shutil.copy(seeds[1], src / "y" / "a.txt")  # the same article IRI: one named graph for both
    build(src, out, viewer=False)
    for i, changed in enumerate(("x", "y")):
        shutil.copy(seeds[2 + i], src / changed / "a.txt")
        build(src, out, viewer=False)
        build(src, tmp_path / changed, viewer=False, incremental=False)
        assert store_quads(out) == store_quads(tmp_path / changed)


def test_the_same_file_in_two_folders_keeps_its_evidence_when_one_copy_goes(tmp_path):
    """Both copies share a cache key; taking one away must not take the other's evidence."""
    src, out = tmp_path / "src", tmp_path / "out"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    for path in sorted(SOURCES.glob("*.txt"))[:3]:
        shutil.copy(path, src / "a" / path.name)
    shutil.copy(sorted(SOURCES.glob("*.txt"))[0], src / "b")
    build(src, out)
    (src / "b" / sorted(SOURCES.glob("*.txt"))[0].name).unlink()
    build(src, out)
    build(src, tmp_path / "clean", incremental=False)
    assert (out / "graph.html").read_bytes() == (tmp_path / "clean" / "graph.html").read_bytes()


def test_a_store_left_without_its_record_is_loaded_anew_even_if_the_sources_went_back(tmp_path):
    """What a build killed between changing the store and recording it leaves (the record
    is removed first): the next build, here after the edit was undone, loads the store anew."""
    from tests.benchmarks.corpus import write_corpus

    src, out = tmp_path / "src", tmp_path / "out"
    write_corpus(30, src, seed=5)
    build(src, out, viewer=False)
    edited = src / "a000004.txt"
    original = edited.read_bytes()
    shutil.copy(SOURCES / "000_e94e87bcfbadc138.txt", edited)
    build(src, out, viewer=False)
    (out / ".cache" / "store.state").unlink()  # killed after the store changed, before the record
    edited.write_bytes(original)
    build(src, out, viewer=False)
    build(src, tmp_path / "clean", viewer=False, incremental=False)
    assert store_quads(out) == store_quads(tmp_path / "clean")


def test_a_page_not_written_before_is_written_even_when_nothing_changed(tmp_path):
    build(SOURCES, tmp_path, viewer=False)
    assert not (tmp_path / "graph.html").exists()
    build(SOURCES, tmp_path)
    assert (tmp_path / "graph.html").stat().st_size > 0


def test_a_new_version_of_kg_writes_the_files_again_even_for_the_same_dataset(tmp_path, monkeypatch):
    # The version is the digest of kg's own files; an older kg is stood in for by another digest.
    import kg.build.builder as builder

    monkeypatch.setattr(builder, "extractor_version", lambda: "an-older-kg")
    build(SOURCES, tmp_path)
    first = {name: (tmp_path / name).stat().st_ino for name in ("graph.ttl", "graph.html")}
    build(SOURCES, tmp_path)
    assert {name: (tmp_path / name).stat().st_ino for name in first} == first  # same kg: not rewritten
    monkeypatch.undo()
    build(SOURCES, tmp_path)
    assert all((tmp_path / name).stat().st_ino != inode for name, inode in first.items())


def test_graph_ttl_declares_each_prefix_once(tmp_path):
    build(SOURCES, tmp_path)
    lines = [line for line in (tmp_path / "graph.ttl").read_text(encoding="utf-8").split("\n") if line.startswith("@prefix")]
    assert len(lines) == len(set(lines)) >= 5
    assert all(line.startswith("@prefix") for line in (tmp_path / "graph.ttl").read_text(encoding="utf-8").split("\n")[: len(lines)])


def test_the_report_times_each_stage_of_the_build(tmp_path):
    report = build(REPO / "sources", tmp_path / "out")
    stages = list(report.timings)
    assert stages[:2] == ["list and hash sources", "read the kept sums"]
    assert {"extract (and read the cache)", "write graph.ttl", "write graph.html", "store (commit)"} <= set(stages)
    assert all(seconds >= 0 for seconds in report.timings.values())
    assert report.timings["extract (and read the cache)"] > report.timings["read the kept sums"]
    again = build(REPO / "sources", tmp_path / "out")  # nothing changed: no file written, no store touched
    assert "write graph.ttl" not in again.timings and "extract (and read the cache)" in again.timings
