"""What a build keeps for the next: the articles it read and the sums of their fragments.

The outputs are made from these sums (the entities graph, labels settled
across articles, the viewer's counts), and a rebuild takes away the fragments
of changed or removed articles and adds the new ones instead of reading every
article again. Every sum is independent of the order of the fragments, so a
rebuild gives what a clean build gives. Kept in output/.cache/build.state,
written after the outputs; a missing or unreadable state means a clean build.
"""
from __future__ import annotations

import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

import zstandard

from ..rdf.quads import label_lines, settle_label
from .fragment import Fragment
from .homonyms import Mention
from ..model import ArticleSummary
from ..viewer.state import ViewState

STATE_FILE = "build.state"
# Bumped when what the state holds changes shape: an older state is then not read.
FORMAT = 3


@dataclass(frozen=True)
class Entry:
    """One source file as the last build read it."""

    key: str  # the cache key of what the outputs hold of it (source_key, or a variant of it, see renames)
    article: str  # its article IRI, also its named graph's
    digest: str  # sha256 of its named graph's quads
    quads: int  # how many
    summary: ArticleSummary
    source_key: str = ""  # its cache key as extracted (content, name, base, extractor); "" = key
    renames: tuple[tuple[str, str], ...] = ()  # persons kept apart from others of their name: (name, key)

    @property
    def extracted_key(self) -> str:
        return self.source_key or self.key


@dataclass
class BuildState:
    base: str
    entries: dict[str, Entry] = field(default_factory=dict)  # by source path
    entity_refs: dict[str, int] = field(default_factory=dict)  # entities-graph line → articles giving it
    label_uses: dict[str, tuple[tuple[str, int, int], ...]] = field(default_factory=dict)  # IRI → (label, uses, articles)
    labels: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)  # IRI → (label, alternative labels, their quads)
    view: ViewState = field(default_factory=ViewState)
    claims: dict[str, dict[str, Mention]] = field(default_factory=dict)  # person's name → source path → its claim
    format: int = FORMAT

    def add(self, path: str, key: str, summary: ArticleSummary, fragment: Fragment, *,
            source_key: str = "", renames: tuple[tuple[str, str], ...] = ()) -> None:
        """Count an article in; its fragment is the one the outputs hold (with its persons
        renamed, under a variant key, when they are kept apart from others of their name)."""
        key = sys.intern(key)  # shared with the viewer's sums: pickled once
        source_key = "" if source_key == key else source_key
        self.entries[path] = Entry(key, fragment.article, fragment.digest, fragment.count, summary, source_key, renames)
        self._count(fragment, key, 1)
        for claim in fragment.claims:
            self.claims.setdefault(claim.name, {})[path] = Mention(claim.day, fragment.article, path, claim.provinces)

    def remove(self, path: str, fragment: Fragment) -> None:
        """Count out an article, given the fragment it was counted in with."""
        self._count(fragment, self.entries.pop(path).key, -1)
        for claim in fragment.claims:
            mentions = self.claims.get(claim.name, {})
            mentions.pop(path, None)
            if not mentions:
                self.claims.pop(claim.name, None)

    def _count(self, fragment: Fragment, key: str, sign: int) -> None:
        for line in fragment.entity_lines.split("\n") if fragment.entity_lines else ():
            n = self.entity_refs.get(line, 0) + sign
            if n > 0:
                self.entity_refs[line] = n
            else:
                self.entity_refs.pop(line, None)
        by_node: dict[str, list[tuple[str, int]]] = {}
        for node, text, uses in fragment.labels:
            by_node.setdefault(node, []).append((text, uses))
        for node, uses in by_node.items():
            self._count_labels(node, uses, sign)
            self.view.relabelled(node)
        self.view.add(fragment.view, key, sign)

    def _count_labels(self, node: str, uses: list[tuple[str, int]], sign: int) -> None:
        counts = {text: [n, articles] for text, n, articles in self.label_uses.get(node, ())}
        for text, n in uses:
            entry = counts.setdefault(text, [0, 0])
            entry[0] += sign * n
            entry[1] += sign
            if entry[1] <= 0:
                del counts[text]
        if counts:
            self.label_uses[node] = tuple(sorted((text, n, articles) for text, (n, articles) in counts.items()))
            preferred, alts = settle_label({text: n for text, (n, _) in counts.items()})
            if self.labels.get(node, ())[:2] != (preferred, alts):
                self.labels[node] = (preferred, alts, ())  # its quads are made when asked for (entity_lines)
        else:
            self.label_uses.pop(node, None)
            self.labels.pop(node, None)

    def label_of(self, iri: str) -> tuple[str, list[str]]:
        label, alts, _ = self.labels.get(iri, (iri, (), ()))
        return label, list(alts)

    def entity_lines(self) -> list[str]:
        """The entities graph: descriptions given by any article, and each entity's settled labels."""
        lines = set(self.entity_refs)
        for node, (label, alts, quads) in self.labels.items():
            if not quads:
                quads = tuple(label_lines(node, label, alts, self.base))
                self.labels[node] = (label, alts, quads)
            lines.update(quads)
        return sorted(lines)

    def ordered(self) -> list[Entry]:
        """The articles in the order of the outputs: by article IRI."""
        return sorted(self.entries.values(), key=lambda e: (e.article, e.digest))


def load_state(cache: Path, base: str | None = None) -> BuildState | None:
    """The kept state, if readable and of this base (of any, when base is None)."""
    try:
        with zstandard.open(cache / STATE_FILE, "rb") as handle:
            state = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError, zstandard.ZstdError):
        return None
    if not isinstance(state, BuildState) or state.format != FORMAT or base not in (None, state.base):
        return None
    return state


def save_state(state: BuildState, cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{STATE_FILE}.{os.getpid()}.tmp"
    # Compressed: the sums are mostly the entities graph's lines, text that repeats (~8x smaller).
    with zstandard.open(tmp, "wb") as handle:
        pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache / STATE_FILE)
