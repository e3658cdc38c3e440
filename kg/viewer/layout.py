"""Node positions computed at build time, so the page draws at once (no physics wait).

Each connected component is laid out alone, its nodes then pushed apart until
no two label boxes overlap, and the components are packed in rows. Within a
component: Fruchterman–Reingold on a dense numpy array, the algorithm of networkx's
spring_layout for small graphs: networkx switches to a per-row scipy loop
above 500 nodes, which is ten times slower at the sizes the viewer shows.
Seeded, so the same graph always gets the same picture.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .model import Edge, Node

SEED = 7
ITERATIONS = 50
BLOCK_ROWS = 256


# What vis-network draws (app.js sets the same): labels at FONT px, wrapped at spaces into
# lines of at most WRAP characters; an office is a box around its label, every other
# shape has its label below.
FONT = 18
WRAP = 16
# Character widths in em by kind, fitted to vis-network's "arial" as Debian's chromium draws
# it (the labels of the bundled and a generated graph), then 5% added: no label measured
# wider than this estimate.
EM = {"narrow": 0.29, "space": 0.33, "wide": 0.78, "upper": 0.70, "other": 0.58}
NARROW, WIDE = set("ilIjtf.,;:!|'()[]-"), set("mwMWQOGDCNHUAVK")
LINE_HEIGHT = FONT + 1
GAP = 6  # canvas units kept free between two nodes' boxes
DENSITY = 0.4  # how much of a component's area its boxes fill before they are pushed apart
PUSHES = 800
CROWD = 0.1  # overlapping pairs per node left to pushing apart
STRETCH = 1.5
COMPACT = 5
LARGE_DENSITY = 2.0  # a large component starts crowded instead, and is pushed apart once
COMPACT_UP_TO = 500  # nodes; a large component is dense enough after one push, and would take seconds
SHRINK = 0.15


def node_size(n: Node) -> float:
    return round(10 + 4 * math.sqrt(n.degree), 1)


def wrapped(label: str) -> list[str]:
    """Greedy word wrap; app.js wraps by the same rule (lengths in UTF-16 units, which
    for NFC Vietnamese are characters)."""
    lines: list[str] = []
    for word in label.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= WRAP:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def text_width(text: str) -> float:
    """A line's width in em (diacritics add no width: the letter under them counts)."""
    width = 0.0
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127 else ch
        kind = ("space" if base == " " else "narrow" if base in NARROW else "wide" if base in WIDE
                else "upper" if base.isupper() else "other")
        width += EM[kind]
    return width


def box(n: Node) -> tuple[float, float, float]:
    """(width, height, centre below the node's position) of a node with its label."""
    lines = wrapped(n.label)
    font = n.font or FONT
    text_w, text_h = max(text_width(line) for line in lines) * font, len(lines) * LINE_HEIGHT * font / FONT
    if n.type == "Office":
        return text_w + 12, text_h + 12, 0.0
    size = node_size(n)
    top, bottom = -size, size + 10 + font / 2 + text_h  # vis-network hangs the label half a line lower
    return max(2 * size, text_w), bottom - top, (top + bottom) / 2


def positions(nodes: dict[str, Node], edges: list[Edge], cache: Path | None = None) -> dict[str, tuple[float, float]]:
    """Positions by node IRI: each connected component laid out on its own (force-directed,
    then pushed apart until no two nodes' label boxes touch), the components packed in
    rows, largest first. With a cache folder, what was computed for the last drawing is
    read back where its inputs are the same (see KeptLayouts): a rebuild that changed
    one part of the graph lays out only the components it changed."""
    order = sorted(nodes)
    if not order:
        return {}
    index = {iri: i for i, iri in enumerate(order)}
    pairs = sorted({(index[e.source], index[e.target]) for e in edges if e.source != e.target})
    boxes = np.array([box(nodes[iri]) for iri in order], dtype=np.float64)
    kept = KeptLayouts(cache) if cache is not None else None
    pos = layout(boxes, pairs, kept)
    if kept is not None:
        kept.save()
    return {iri: (round(float(x), 1), round(float(y), 1)) for iri, (x, y) in zip(order, pos)}


def layout(boxes: np.ndarray, pairs: list[tuple[int, int]], kept: "KeptLayouts | None" = None) -> np.ndarray:
    lay_out = kept.component if kept is not None else _component
    placed = [(members, lay_out(boxes[members], _local(members, pairs))) for members in components(len(boxes), pairs)]
    pos = np.zeros((len(boxes), 2))
    for members, xy in _packed(placed, boxes):
        pos[members] = xy
    return pos


class KeptLayouts:
    """Components laid out by earlier builds, by what their layout is a function of.

    A component's positions depend on its boxes and its edges (in its own numbering)
    only, and its force-directed start on its size and edges only: so each is kept under
    a hash of exactly that, and a component with the same inputs gets the same bits read
    back as computed (a rebuild's page is the page of a clean build). A change of
    facts often changes a few boxes (an entity's degree: its size) and no edge between
    drawn entities: then only the pushing apart is done again. One file holds what the
    last drawing used, nothing older."""

    FILE = "components.npz"

    def __init__(self, folder: Path) -> None:
        self.folder, self.used = folder, {}
        try:
            with np.load(folder / self.FILE) as kept:
                self.old = {name: kept[name] for name in kept.files}
        except (OSError, ValueError, EOFError, KeyError):  # none yet, or damaged: computed again
            self.old = {}

    def component(self, boxes: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
        if len(boxes) <= 2:
            return _component(boxes, pairs)
        shape = _digest(["start", len(boxes), pairs, SEED, ITERATIONS])
        whole = _digest(["whole", shape, boxes.tobytes().hex(), GAP, DENSITY, PUSHES, CROWD, STRETCH, COMPACT,
                         LARGE_DENSITY, COMPACT_UP_TO, SHRINK])
        if whole not in self.old:
            start = self.old.get(shape)
            if start is None or start.shape != (len(boxes), 2):
                start = fruchterman_reingold(len(boxes), pairs)
            self.used[shape] = start
            self.old[whole] = _component(boxes, pairs, start)
        elif shape in self.old:
            self.used[shape] = self.old[shape]
        self.used[whole] = self.old[whole]
        return self.used[whole]

    def save(self) -> None:
        if set(self.used) == set(self.old):
            return  # nothing new
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{self.FILE}.{os.getpid()}.tmp"
        with tmp.open("wb") as handle:
            np.savez(handle, **self.used)
        os.replace(tmp, self.folder / self.FILE)
        for old in self.folder.glob("*.npy"):  # the whole-page layouts kept before
            old.unlink(missing_ok=True)


def _digest(parts: list) -> str:
    return "k" + hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:40]


def components(n: int, pairs: list[tuple[int, int]]) -> list[np.ndarray]:
    """Connected components as sorted index arrays, largest first (ties: lowest index)."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return [np.array(g) for g in sorted(groups.values(), key=lambda g: (-len(g), g[0]))]


def _local(members: np.ndarray, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    where = {int(m): i for i, m in enumerate(members)}
    return [(where[a], where[b]) for a, b in pairs if a in where and b in where]


def _component(boxes: np.ndarray, pairs: list[tuple[int, int]], start: np.ndarray | None = None) -> np.ndarray:
    """One component's positions, its boxes' centres free of overlaps; ``start``, if given,
    is fruchterman_reingold(len(boxes), pairs) computed before."""
    n = len(boxes)
    if n == 1:
        return np.zeros((1, 2))
    if start is None:
        start = fruchterman_reingold(n, pairs) if n > 2 else np.array([[-0.5, 0.0], [0.5, 0.0]])
    pos = start
    area = float(((boxes[:, 0] + GAP) * (boxes[:, 1] + GAP)).sum())
    pos = pos * math.sqrt(area / (DENSITY if n <= COMPACT_UP_TO else LARGE_DENSITY))
    pos[:, 0] *= STRETCH
    pos[:, 1] += boxes[:, 2]  # work on the boxes' centres
    w, h = boxes[:, 0] + GAP, boxes[:, 1] + GAP
    pos = pushed_apart(spread(pos, w, h) if n > COMPACT_UP_TO else pos, w, h)
    def clear(p: np.ndarray) -> bool:  # no two boxes overlap (their margins may)
        return not len(overlapping(p[:, 0], p[:, 1], boxes[:, 0], boxes[:, 1])[0])

    best = pos if clear(pos) else None
    for _ in range(COMPACT):  # drawn in, pushed apart again: less free space between them
        pos = pushed_apart(pos - (pos - pos.mean(axis=0)) * SHRINK, w, h)
        if clear(pos):
            best = pos  # the tightest picture without an overlap is kept
    if best is None:  # pushing apart left some: scaled up until none is left
        best = spread(pos, boxes[:, 0], boxes[:, 1], allowed=0)
    pos = best
    return pos - np.stack([np.zeros(n), boxes[:, 2]], axis=1)


def spread(pos: np.ndarray, w: np.ndarray, h: np.ndarray, allowed: float = CROWD) -> np.ndarray:
    """Scaled up about the centre until at most ``allowed`` overlapping pairs per box are
    left: a crowd (a hub's many leaves) takes pushing apart a long time to undo, and
    scaling undoes it at once."""
    centre = pos.mean(axis=0)
    for _ in range(60):
        if len(overlapping(pos[:, 0], pos[:, 1], w, h)[0]) <= len(pos) * allowed:
            break
        pos = centre + (pos - centre) * 1.1
    return pos


def pushed_apart(pos: np.ndarray, w: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Move boxes (centres pos, sizes w × h) until no two overlap: each overlapping pair is
    pushed apart along the axis where it overlaps less (relative to the boxes' shape),
    each box by half of it. Every move of a round is computed from the positions before
    it and summed in a fixed order, so the result is the same bits every time."""
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    ratio = float(h.mean() / w.mean())
    a, b = overlapping(x, y, w, h)
    for round_ in range(PUSHES):
        if not len(a):
            break
        dx, dy = x[a] - x[b], y[a] - y[b]
        over_x = (w[a] + w[b]) / 2 - np.abs(dx)
        over_y = (h[a] + h[b]) / 2 - np.abs(dy)
        # away from the other box; on the same spot, by index (a < b)
        sx = np.where(dx != 0, np.sign(dx), -1.0)
        sy = np.where(dy != 0, np.sign(dy), -1.0)
        # every other round the smaller way out in plain terms: boxes stuck between two
        # neighbours on one axis get out along the other
        along_x = over_x * (ratio if round_ % 2 == 0 else 1.0) <= over_y
        move_x = np.where(along_x, sx * (over_x / 2 + 0.5), 0.0) * 0.6
        move_y = np.where(along_x, 0.0, sy * (over_y / 2 + 0.5)) * 0.6
        # Each box's pushes summed in the order of (a..., b...) from zero, as np.add.at on
        # a then on b would sum them (bincount adds its weights in input order): the same
        # bits, in two calls instead of four.
        ends = np.concatenate([a, b])
        step_x = np.bincount(ends, np.concatenate([move_x, -move_x]), len(x))
        step_y = np.bincount(ends, np.concatenate([move_y, -move_y]), len(x))
        hits = np.bincount(ends, minlength=len(x))
        damp = 1.0 / np.sqrt(np.maximum(hits, 1))  # a box in a crowd moves by less than the sum of its pushes
        new_x, new_y = x + step_x * damp, y + step_y * damp
        moved = np.flatnonzero((new_x != x) | (new_y != y))
        x, y = new_x, new_y
        a, b = overlapping_after(x, y, w, h, moved, a, b)
    return np.stack([x, y], axis=1)


def overlapping(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (a, b), a < b, of boxes that overlap, in a fixed order: a sweep along x,
    each box compared with those whose left edge comes before its right edge."""
    order = np.lexsort((np.arange(len(x)), x))
    xs = x[order]
    # Beyond half of its own width and the widest box's (and a unit of margin for rounding),
    # a box is too far right to touch: the pairs tested are fewer than with the widest
    # width alone, the overlapping ones the same.
    reach = np.searchsorted(xs, xs + ((w[order] + float(w.max())) / 2 + 1.0), side="left")
    counts = np.maximum(reach - np.arange(len(xs)) - 1, 0)
    first = np.repeat(np.arange(len(xs)), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    i, j = order[first], order[first + 1 + offsets]
    hit = ((np.abs(x[i] - x[j]) < (w[i] + w[j]) / 2) & (np.abs(y[i] - y[j]) < (h[i] + h[j]) / 2))
    i, j = i[hit], j[hit]
    a, b = np.minimum(i, j), np.maximum(i, j)
    keep = np.lexsort((b, a))
    return a[keep], b[keep]


def overlapping_after(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray, moved: np.ndarray,
                      a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What overlapping(x, y, w, h) gives, knowing that only the boxes ``moved`` moved since
    it gave (a, b): a pair of two boxes that stayed overlaps now if and only if it did
    then, so only the pairs of a moved box are looked for (a few dozen boxes of
    thousands, once the first rounds have pushed most apart)."""
    n = len(x)
    if len(moved) * 4 > n or n < 500:  # a full search costs less then
        return overlapping(x, y, w, h)
    was_moved = np.zeros(n, dtype=bool)
    was_moved[moved] = True
    stayed = ~(was_moved[a] | was_moved[b])
    # Any order of ties will do: the boxes within reach are found as a set (searchsorted
    # from the left and from the right), and the pairs come out sorted.
    order = np.argsort(x)
    xs = x[order]
    reach = (w[moved] + float(w.max())) / 2  # farther along x than this: too far to touch
    lo = np.searchsorted(xs, x[moved] - reach, side="left")
    hi = np.searchsorted(xs, x[moved] + reach, side="right")
    counts = hi - lo
    i = np.repeat(moved, counts)
    j = order[np.repeat(lo, counts) + np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)]
    hit = (i != j) & (np.abs(x[i] - x[j]) < (w[i] + w[j]) / 2) & (np.abs(y[i] - y[j]) < (h[i] + h[j]) / 2)
    i, j = i[hit], j[hit]
    # A pair that overlapped and did not move overlaps still: kept without testing it again.
    pairs = np.unique(np.concatenate([np.minimum(i, j) * n + np.maximum(i, j), a[stayed] * n + b[stayed]]))  # sorted by (a, b)
    return pairs // n, pairs % n


def _packed(placed, boxes: np.ndarray):
    """Components side by side in rows (shelves), largest first, rows about as wide as
    the viewer's canvas is for their total area."""
    extents = []
    for members, xy in placed:
        b = boxes[members]
        lo = np.stack([xy[:, 0] - b[:, 0] / 2, xy[:, 1] + b[:, 2] - b[:, 1] / 2], axis=1).min(axis=0)
        hi = np.stack([xy[:, 0] + b[:, 0] / 2, xy[:, 1] + b[:, 2] + b[:, 1] / 2], axis=1).max(axis=0)
        extents.append((lo, hi - lo + 2 * GAP))
    total = sum(float(size[0] * size[1]) for _, size in extents)
    row_width = max(max(float(size[0]) for _, size in extents), math.sqrt(total * 1.2))
    x = y = row_height = 0.0
    for (members, xy), (lo, size) in zip(placed, extents):
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        yield members, xy - lo + np.array([x + GAP, y + GAP])
        x += float(size[0])
        row_height = max(row_height, float(size[1]))


def fruchterman_reingold(n: int, pairs: list[tuple[int, int]], iterations: int = ITERATIONS) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    x, y = rng.random(n, dtype=np.float32), rng.random(n, dtype=np.float32)
    ends = np.array(pairs, dtype=np.intp).reshape(-1, 2)
    near, far = np.concatenate([ends[:, 0], ends[:, 1]]), np.concatenate([ends[:, 1], ends[:, 0]])  # each edge both ways
    k = np.float32(1.0 / math.sqrt(n))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    move_x, move_y = np.empty(n, np.float32), np.empty(n, np.float32)

    def repulsion(lo: int, hi: int) -> None:
        """Every node's push on nodes lo..hi-1 (k²/d along the line between them): each
        row alone, so the blocks' results are the same bits whichever thread makes them,
        in whatever order. In place, d² and no square root: the arrays are n wide."""
        dx, dy = np.subtract.outer(x[lo:hi], x), np.subtract.outer(y[lo:hi], y)
        force = dx * dx
        force += dy * dy
        np.maximum(force, np.float32(1e-4), out=force)  # nodes on the same spot: 0.01 apart
        np.divide(k * k, force, out=force)
        dx *= force
        dy *= force
        move_x[lo:hi], move_y[lo:hi] = dx.sum(axis=1), dy.sum(axis=1)

    # Blocks of rows small enough to stay in cache, on threads (numpy lets go of the GIL).
    # The pull along edges (d²/k) is summed per edge: a dense adjacency matrix would cost
    # as much as the push, for a few edges per node.
    bounds = list(range(0, n, BLOCK_ROWS)) + [n]
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        for _ in range(iterations):
            list(pool.map(repulsion, bounds[:-1], bounds[1:]))
            ex, ey = x[near] - x[far], y[near] - y[far]
            pull = np.maximum(np.sqrt(ex * ex + ey * ey), np.float32(0.01)) / k
            np.add.at(move_x, near, -pull * ex)
            np.add.at(move_y, near, -pull * ey)
            length = np.sqrt(move_x * move_x + move_y * move_y)
            step = np.float32(temperature) / np.where(length < 0.01, np.float32(0.1), length)
            x += move_x * step
            y += move_y * step
            temperature -= cooling
    pos = np.stack([x - x.mean(), y - y.mean()], axis=1).astype(np.float64)
    return pos / max(float(np.abs(pos).max()), 1e-9) / 2
