"""The sums a build keeps: independent of order, and taking an article away undoes adding it."""
import pickle
from pathlib import Path

import pytest

from kg.build.builder import extract_results
from kg.build.fragment import article_fragment
from kg.model import ArticleSummary
from kg.build.state import BuildState, load_state, save_state
from kg.rdf.vocab import DEFAULT_BASE

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "tests" / "corpus" / "articles"  # articles of our own


@pytest.fixture(scope="module")
def fragments():
    results = extract_results(REPO / "sources") + extract_results(DEV)
    return [article_fragment(r) for r in results]


def state_of(fragments) -> BuildState:
    state = BuildState(DEFAULT_BASE)
    for fragment in fragments:
        state.add(fragment.article, fragment.digest, ArticleSummary(fragment.article, fragment.article, 0, 0), fragment)
    return state


def sums(state: BuildState) -> tuple:
    """Everything the outputs are made from (the viewer's caches aside)."""
    view = state.view
    return (state.entity_lines(), sorted(state.labels.items()), sorted(view.infos.items()), sorted(view.edges.items()),
            sorted(view.degree.items()), sorted(view.sources.items()), sorted(state.entries.items()))


def test_the_sums_do_not_depend_on_the_order_of_articles(fragments):
    assert sums(state_of(fragments)) == sums(state_of(list(reversed(fragments))))


def test_taking_an_article_away_gives_the_sums_without_it(fragments):
    for gone in (fragments[0], fragments[len(fragments) // 2]):
        state = state_of(fragments)
        state.remove(gone.article, gone)
        assert sums(state) == sums(state_of([f for f in fragments if f is not gone]))


def test_taking_every_article_away_leaves_nothing(fragments):
    state = state_of(fragments)
    for fragment in fragments:
        state.remove(fragment.article, fragment)
    view = state.view
    assert not (state.entries or state.entity_refs or state.labels or state.label_uses
                or view.infos or view.edges or view.degree or view.sources)


def test_labels_are_settled_by_most_uses_across_articles(fragments):
    state = state_of(fragments)
    for node, uses in state.label_uses.items():
        label, alts = state.label_of(node)
        assert max(n for _, n, _ in uses) == next(n for text, n, _ in uses if text == label)
        assert sorted(alts) == sorted(text for text, _, _ in uses if text != label)


def test_a_saved_state_is_read_back_and_a_foreign_one_is_not(tmp_path, fragments):
    state = state_of(fragments[:3])
    save_state(state, tmp_path)
    assert sums(load_state(tmp_path, DEFAULT_BASE)) == sums(state)
    assert load_state(tmp_path, "http://example.org/other/") is None  # made for another base
    (tmp_path / "build.state").write_bytes(b"not a pickle")
    assert load_state(tmp_path, DEFAULT_BASE) is None
    (tmp_path / "build.state").write_bytes(pickle.dumps({"entries": {}}))
    assert load_state(tmp_path, DEFAULT_BASE) is None
