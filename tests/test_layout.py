"""The architecture, checked: imports point inward (no cycle, counting imports inside functions
too; the core never imports ``app``; no module imports a private name of another package) and
modules stay small (over ~500 lines only with a reason written here)."""

from __future__ import annotations

import ast
from pathlib import Path

from support import ROOT

PACKAGE = ROOT / "summarizer"
MAX_LINES = 510
# Modules allowed to be longer, and why.
LONG_MODULES = {
    "summarizer/backends/ct2.py": "conversion, device checks and generation of one backend; tokenizer work in flight",
    "summarizer/pipeline.py": "the orchestrator: stages, result assembly, extractive sentence links (issue 18) and "
    "per-sentence translations for the evidence view (issue 13)",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> dict[str, set[str]]:
    """Every import of ``path`` (module level, inside functions and ``if`` blocks alike): imported
    module -> the names imported from it (relative imports resolved against ``module``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.setdefault(alias.name, set())
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found.setdefault(base, set()).update(alias.name for alias in node.names)
    return found


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports, wherever the import statement stands."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for imported, names in _imports(path, name).items():
            deps.add(imported)
            deps.update(f"{imported}.{n}" for n in names)  # ``from pkg import submodule``
        graph[name] = {m for m in deps if m in modules and m != name}
    return graph


def test_no_import_cycles_in_the_package():
    graph = _graph()
    # a package's __init__ importing its own submodules is how packages expose names, not a cycle
    edges = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(edges[node]):
            if state.get(dep) == 1:
                cycles.append([*path[path.index(dep) :], dep] if dep in path else [node, dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_graph_sees_imports_inside_functions():
    """The cycle test reads function-level imports (a cycle hidden in a function is still a cycle)."""
    graph = _graph()
    # summarizer.batch.run imports the pipeline only inside run_batch()
    assert "summarizer.pipeline" in graph["summarizer.batch.run"]


def test_no_module_imports_a_private_name_of_another_package():
    found = []
    for name, path in _modules().items():
        own = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for imported, names in _imports(path, name).items():
            if not imported.startswith("summarizer"):
                continue
            other = imported.rpartition(".")[0] if imported in _modules() and not _is_package(imported) else imported
            private = sorted(n for n in names if n.startswith("_") and not n.startswith("__"))
            if private and other != own:
                found.append(f"{name} imports {', '.join(private)} from {imported}")
    assert found == []


def _is_package(module: str) -> bool:
    return (PACKAGE.parent / module.replace(".", "/") / "__init__.py").is_file()


def test_the_core_imports_nothing_from_the_demo():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n == "app" or n.startswith("app.") for n in names), f"{path} imports the demo"


def test_modules_stay_small_unless_a_reason_is_given():
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(long) <= set(LONG_MODULES), long
