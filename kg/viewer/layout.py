"""Node positions computed at build time, so the page draws at once (no physics wait).

Fruchterman–Reingold on a dense numpy array, the algorithm of networkx's
spring_layout for small graphs: networkx switches to a per-row scipy loop
above 500 nodes, which is ten times slower at the sizes the viewer shows.
Seeded, so the same graph always gets the same picture.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path

import numpy as np

from .model import Edge, Node

SEED = 7
ITERATIONS = 50


def positions(nodes: dict[str, Node], edges: list[Edge], cache: Path | None = None) -> dict[str, tuple[float, float]]:
    """Positions by node IRI. With a cache folder, a layout already computed for the same
    nodes and edges is read back instead (a rebuild that changed other parts of the graph)."""
    order = sorted(nodes)
    if not order:
        return {}
    index = {iri: i for i, iri in enumerate(order)}
    pairs = sorted({(index[e.source], index[e.target]) for e in edges if e.source != e.target})
    pos = _cached(cache, order, pairs) if cache is not None else fruchterman_reingold(len(order), pairs)
    scale = 250 * math.sqrt(len(order))
    return {iri: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for iri, (x, y) in zip(order, pos)}


def _cached(folder: Path, order: list[str], pairs: list[tuple[int, int]]) -> np.ndarray:
    key = hashlib.sha256(json.dumps([order, pairs, SEED, ITERATIONS]).encode("utf-8")).hexdigest()
    path = folder / f"{key}.npy"
    try:
        return np.load(path)
    except (OSError, ValueError):
        pos = fruchterman_reingold(len(order), pairs)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.npy"):  # one layout kept: the last one drawn
        old.unlink(missing_ok=True)
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    with tmp.open("wb") as handle:
        np.save(handle, pos)
    os.replace(tmp, path)
    return pos


def fruchterman_reingold(n: int, pairs: list[tuple[int, int]], iterations: int = ITERATIONS) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    x, y = rng.random(n, dtype=np.float32), rng.random(n, dtype=np.float32)
    adjacency = np.zeros((n, n), dtype=np.float32)
    for a, b in pairs:
        adjacency[a, b] = adjacency[b, a] = 1.0
    k = np.float32(1.0 / math.sqrt(n))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        distance = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(0.01))
        force = k * k / (distance * distance) - adjacency * distance / k  # repulsion - attraction
        move_x, move_y = (force * dx).sum(axis=1), (force * dy).sum(axis=1)
        length = np.sqrt(move_x * move_x + move_y * move_y)
        step = np.float32(temperature) / np.where(length < 0.01, np.float32(0.1), length)
        x += move_x * step
        y += move_y * step
        temperature -= cooling
    pos = np.stack([x - x.mean(), y - y.mean()], axis=1).astype(np.float64)
    return pos / max(float(np.abs(pos).max()), 1e-9) / 2
