"""The plan of the package: stages as packages, imports only down the flow, no cycles.

Imports are read with ast (every import statement, those inside functions
too), so a lazy import cannot hide a cycle.
"""
import ast
import re
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
# Down the flow: each package may import those before it, never one after.
LAYERS = ["sources", "extract", "rdf", "check", "viewer", "store", "build", "cli"]
SHARED = {"model", "errors"}  # below every stage
ROOT_MODULES = {"__init__.py", "__main__.py", "cli.py", "model.py", "errors.py"}


def module_name(path: Path, root: Path = KG) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str], root: Path = KG) -> set[str]:
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found |= {f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {t for t in found if t == "kg" or t.startswith("kg.")}


def import_graph(root: Path = KG) -> nx.DiGraph:
    paths = {module_name(p, root): p for p in root.rglob("*.py")}
    graph = nx.DiGraph()
    graph.add_nodes_from(paths)
    for name, path in paths.items():
        graph.add_edges_from((name, target) for target in imports_of(path, set(paths), root) if target != name)
    return graph


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "kg"


def upward_imports(graph: nx.DiGraph) -> list[str]:
    upward = []
    for a, b in graph.edges:
        sa, sb = stage(a), stage(b)
        if sa in LAYERS and sb in LAYERS and LAYERS.index(sb) > LAYERS.index(sa):
            upward.append(f"{a} -> {b}")
        if sa in SHARED and sb not in (sa, "kg"):
            upward.append(f"{a} -> {b}")
    return sorted(upward)


def test_no_import_cycles():
    assert list(nx.simple_cycles(import_graph())) == []


def test_imports_point_down_the_flow():
    assert upward_imports(import_graph()) == []


def test_only_shared_modules_at_the_root():
    assert {p.name for p in KG.glob("*.py")} <= ROOT_MODULES
    assert {p.name for p in KG.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(LAYERS) - {"cli"}


@pytest.mark.parametrize("package", sorted(set(LAYERS) - {"cli"}))
def test_every_package_says_what_it_takes_and_gives(package):
    doc = ast.get_docstring(ast.parse((KG / package / "__init__.py").read_text("utf-8")))
    assert doc and "Takes" in doc and "gives" in doc and "Imports" in doc


def test_a_lazy_upward_import_is_seen(tmp_path):
    """The checks above can fail: an import inside a function is an edge like any other."""
    root = tmp_path / "kg"
    for package in ("rdf", "build"):
        (root / package).mkdir(parents=True)
        (root / package / "__init__.py").write_text("")
    (root / "rdf" / "graph.py").write_text("def f():\n    from ..build import run\n")
    (root / "build" / "run.py").write_text("from ..rdf.graph import f\n")
    graph = import_graph(root)
    assert len(list(nx.simple_cycles(graph))) == 1
    assert upward_imports(graph) == ["kg.rdf.graph -> kg.build.run"]


def test_architecture_names_files_that_exist():
    text = (KG.parent / "ARCHITECTURE.md").read_text("utf-8")
    named = set(re.findall(r"`((?:kg|ontology|tests|scripts)/[\w/.*-]+)`", text))
    assert len(named) > 20
    missing = [name for name in sorted(named) if not list(KG.parent.glob(name.rstrip("/")))]
    assert missing == []


def test_public_names_keep_working():
    from kg.build import build
    from kg.rdf import build_graph

    assert callable(build) and callable(build_graph)
