"""The page drawn from kept sums is the page of the whole graph, before and after articles change."""
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build.builder import extract_results
from kg.build.dataset import Assembly
from kg.build.fragment import article_fragment
from kg.model import ArticleSummary
from kg.build.state import BuildState
from kg.viewer import render_viewer
from kg.viewer.index import TripleIndex
from kg.rdf.vocab import DEFAULT_BASE

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "tests" / "corpus" / "articles"  # articles of our own
LIMIT = 25  # fewer than the entities: the page has to choose


@pytest.fixture(scope="module")
def fragments(tmp_path_factory):
    """The seed articles and our own corpus, and one seed republished under another
    name: its edges are stated, with evidence, by two articles."""
    src = tmp_path_factory.mktemp("articles")
    for folder in (REPO / "sources", DEV):
        for path in folder.glob("*.txt") if folder.is_dir() else ():
            shutil.copy(path, src / path.name)
    shutil.copy(sorted((REPO / "sources").glob("*.txt"))[0], src / "republished.txt")
    return [article_fragment(r) for r in extract_results(src)]


def page_of_graph(assembly: Assembly) -> str:
    index = TripleIndex.parse(assembly.nquads().encode("utf-8"), ox.RdfFormat.N_QUADS)
    return render_viewer(index, title="kg", limit=LIMIT)[0]


def test_the_page_from_sums_is_the_page_of_the_whole_graph(fragments):
    assembly = Assembly(fragments)
    page = assembly.page(LIMIT)
    assert page == page_of_graph(assembly)
    assert f"showing {LIMIT:,} of" in page and '"quote":' in page


def summed(fragments) -> tuple[BuildState, dict]:
    state, held = BuildState(DEFAULT_BASE), {}
    for fragment in fragments:
        held[fragment.digest] = fragment
        state.add(fragment.article, fragment.digest, ArticleSummary(fragment.article, fragment.article, 0, 0), fragment)
    return state, held


def page(state: BuildState, held: dict) -> str:
    return state.view.page(state.label_of, lambda key: held[key].view, LIMIT)


def test_after_articles_go_and_come_back_nothing_stale_is_kept(fragments):
    """Taking away articles whose evidence, labels and nodes the last page used gives
    the page drawn anew without them; adding them back gives the first page again."""
    state, held = summed(fragments)
    first = page(state, held)  # fills the kept node JSON and evidence
    evidenced = {key for edge, evidence in state.view.evidence.items() if evidence for key in state.view.sources[edge]}
    gone = [f for i, f in enumerate(fragments) if (i % 3 == 0 or f.digest in evidenced) and "republished" not in f.article]
    rest = [f for f in fragments if f not in gone]
    shared = [e for e, evidence in state.view.evidence.items() if evidence and len(state.view.sources[e]) > 1]
    assert shared  # some shown edges have evidence from two articles, one of which goes
    for fragment in gone:
        state.remove(fragment.article, fragment)
    assert state.view.json and state.view.evidence  # some is still kept from the first page…
    assert page(state, held) == page(*summed(rest)) == page_of_graph(Assembly(rest))  # …and none of it is stale
    for fragment in gone:
        state.add(fragment.article, fragment.digest, ArticleSummary(fragment.article, fragment.article, 0, 0), fragment)
    assert page(state, held) == first
