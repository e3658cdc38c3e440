"""`kg eval`: precision, recall and F1 per relation against gold facts (JSONL).

Same matching rules and numbers as ../shared/tools/kgeval.py: labels and gold
strings compare after normalisation (NFC, lower case, tone marks removed,
abbreviations expanded, punctuation folded); event names (subjects of heldIn,
startDate, endDate) match loosely; optional gold facts are never false
positives and never required; partnersWith is unordered; micro averages over
the three core relations.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal

from ..errors import KGError

RELATIONS = ("holdsOffice", "heldIn", "partnersWith", "startDate", "endDate")
CORE = ("holdsOffice", "heldIn", "partnersWith")
LOOSE = ("heldIn", "startDate", "endDate")
LABEL_LOCAL_NAMES = {"label", "prefLabel", "altLabel", "name", "alternateName", "hiddenLabel"}
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "đbqh": "đại biểu quốc hội",
    "t.ư": "trung ương", "tư": "trung ương", "tw": "trung ương", "mttq": "mặt trận tổ quốc",
    "ubmttq": "ủy ban mặt trận tổ quốc", "bch": "ban chấp hành", "btv": "ban thường vụ",
    "tvtu": "ủy viên ban thường vụ tỉnh ủy", "tuv": "tỉnh ủy viên", "tp.": "thành phố",
    "tp": "thành phố", "chdcnd": "cộng hòa dân chủ nhân dân", "chxhcn": "cộng hòa xã hội chủ nghĩa",
}


class GoldError(KGError):
    """A gold file is missing or has a bad line."""

    exit_code = 2


def norm(text) -> str:
    text = unicodedata.normalize("NFC", str(text)).lower()
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"[–—-]", " ", text)
    text = " ".join(ABBREVIATIONS.get(w, w) for w in text.split())
    decomposed = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class RelationScore:
    precision: float
    recall: float
    f1: float
    predicted: int
    required: int
    found: int
    missed: list[tuple[str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class EvalReport:
    relations: dict[str, RelationScore]
    micro: tuple[float, float, float]


def predicted_facts(graph: Graph) -> dict[str, list[tuple]]:
    labels: dict = defaultdict(set)
    pairs: dict = defaultdict(set)
    for s, p, o in graph:
        name = re.split(r"[#/:]", str(p))[-1]
        if name in LABEL_LOCAL_NAMES and isinstance(o, Literal):
            labels[s].add(norm(o))
        elif name in RELATIONS:
            pairs[name].add((s, o))

    def ends(node) -> set[str]:
        if isinstance(node, Literal):
            return {str(node)[:10]} if str(node)[:4].isdigit() else {norm(node)}
        return labels.get(node, set())

    return {rel: [(s, o, ends(s), ends(o)) for s, o in found] for rel, found in pairs.items()}


def load_gold(path: str | Path, docs: set[str] | None = None) -> dict[str, dict]:
    gold: dict[str, dict] = defaultdict(dict)
    for _line, fact in _gold_lines(Path(path)):
        if docs and fact["doc"] not in docs:
            continue
        rel = fact["rel"]
        s = {norm(x) for x in fact["s"]}
        o = {x[:10] for x in fact["o"]} if rel.endswith("Date") else {norm(x) for x in fact["o"]}
        key = (norm(fact["s"][0]), norm(fact["o"][0]))
        entry = gold[rel].setdefault(key, {"s": set(), "o": set(), "required": False, "text": (fact["s"][0], fact["o"][0])})
        entry["s"] |= s
        entry["o"] |= o
        entry["required"] = entry["required"] or fact["need"] == "required"
    return gold


def _gold_lines(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read gold file ({exc.strerror})", path=str(path)) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
            _ = (fact["doc"], fact["rel"], fact["s"][0], fact["o"][0], fact["need"])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise GoldError(f"line {number}: not a gold fact ({exc})", path=str(path)) from exc
        yield number, fact


def similar_names(a: str, b: str) -> bool:
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) < 3:
        return a == b
    inside = sum(1 for w in short if w in long_)
    numbers_kept = all(w in long_ for w in short if any(c.isdigit() for c in w))
    return numbers_kept and inside >= 0.8 * len(short)


def _overlaps(gold_names: set, labels: set, loose: bool) -> bool:
    if gold_names & labels:
        return True
    return loose and any(similar_names(g, lab) for g in gold_names for lab in labels)


def matches(fact: dict, s_labels: set, o_labels: set, rel: str) -> bool:
    if _overlaps(fact["s"], s_labels, rel in LOOSE) and fact["o"] & o_labels:
        return True
    return rel == "partnersWith" and bool(fact["s"] & o_labels and fact["o"] & s_labels)


def score_relation(rel: str, facts: list[dict], preds: list[tuple]) -> RelationScore:
    found = [False] * len(facts)
    false_pos = []
    for s, o, s_labels, o_labels in preds:
        hit = False
        for i, fact in enumerate(facts):
            if matches(fact, s_labels, o_labels, rel):
                hit = found[i] = True
        if not hit:
            false_pos.append(((sorted(s_labels)[:1] or [str(s)])[0], (sorted(o_labels)[:1] or [str(o)])[0]))
    required = [f for f in facts if f["required"]]
    hits = sum(1 for f, ok in zip(facts, found) if ok and f["required"])
    p = (len(preds) - len(false_pos)) / len(preds) if preds else 0.0
    r = hits / len(required) if required else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    missed = [f["text"] for f, ok in zip(facts, found) if f["required"] and not ok]
    return RelationScore(round(p, 3), round(r, 3), round(f1, 3), len(preds), len(required), hits, missed, false_pos)


def score(graph: Graph, gold_path: str | Path, docs: set[str] | None = None) -> EvalReport:
    predicted = predicted_facts(graph)
    gold = load_gold(gold_path, docs)
    relations = {}
    for rel in RELATIONS:
        facts, preds = list(gold.get(rel, {}).values()), predicted.get(rel, [])
        if facts or preds:
            relations[rel] = score_relation(rel, facts, preds)
    return EvalReport(relations, _micro([relations[r] for r in CORE if r in relations]))


def _micro(core: list[RelationScore]) -> tuple[float, float, float]:
    tp = sum(x.predicted - len(x.false_positives) for x in core)
    npred = sum(x.predicted for x in core)
    nreq, nfound = sum(x.required for x in core), sum(x.found for x in core)
    p = tp / npred if npred else 0.0
    r = nfound / nreq if nreq else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def format_report(report: EvalReport, show: bool = False) -> str:
    lines = []
    for rel, r in report.relations.items():
        lines.append(f"{rel:13s} P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f} "
                     f"(predicted {r.predicted}, required {r.required}, found {r.found})")
        if show:
            lines += [f"   missed: {s} -> {o}" for s, o in r.missed]
            lines += [f"   false+: {s} -> {o}" for s, o in r.false_positives]
    p, r, f1 = report.micro
    lines.append(f"micro(core)   P={p:.3f} R={r:.3f} F1={f1:.3f}")
    return "\n".join(lines) + "\n"
