"""The apps import one way: home/ is the base, each feature app imports only the
apps below it, and no import between apps hides inside a function (where it
would only be there to dodge a circle). See "Import direction" in the design notes."""

import ast
from pathlib import Path

# Lowest first. Events sit above resources: an event's materials are resource pages.
# Evaluation sits on top: its dashboard charts count members, contributions and events.
LAYERS = ("home", "members", "resources", "events", "evaluation")
ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(node, package):
    """The absolute module names an import statement in `package` names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level == 0:
        base = node.module
    else:
        parts = package.split(".")
        base = ".".join(
            parts[: len(parts) - node.level + 1] + ([node.module] if node.module else [])
        )
    if node.module:
        return [base]
    return [f"{base}.{alias.name}" for alias in node.names]


def _top_level_nodes(tree):
    """The statements that run when the module is imported (not inside functions)."""
    seen = set()
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        seen.add(node)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return seen


def layering_violations(root=ROOT):
    problems = []
    for app in LAYERS:
        for path in sorted((root / app).rglob("*.py")):
            relative = path.relative_to(root)
            if {"migrations", "tests"} & set(relative.parts):
                continue
            module = ".".join(relative.with_suffix("").parts)
            package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module
            tree = ast.parse(path.read_text(), filename=str(path))
            top_level = _top_level_nodes(tree)
            for node in ast.walk(tree):
                if not isinstance(node, (ast.Import, ast.ImportFrom)):
                    continue
                for name in _imported_modules(node, package):
                    target = name.split(".")[0]
                    if target not in LAYERS or target == app:
                        continue
                    where = f"{relative}:{node.lineno} imports {name}"
                    if LAYERS.index(target) > LAYERS.index(app):
                        problems.append(
                            f"{where}: {app}/ may not import {target}/, which sits above it"
                        )
                    elif node not in top_level:
                        problems.append(f"{where} inside a function: import other apps at the top")
    return problems


def test_apps_import_only_the_apps_below_them():
    problems = layering_violations()
    assert not problems, (
        f"Imports must run downward ({' < '.join(LAYERS)}); a lower app that needs "
        "something from a higher one asks through a Wagtail hook:\n" + "\n".join(problems)
    )


def test_the_check_sees_an_upward_import_inside_a_function(tmp_path):
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "models.py").write_text(
        "def latest():\n    from resources.models import ResourcePage\n"
    )
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "views.py").write_text("def view():\n    from members import access\n")
    problems = layering_violations(tmp_path)
    assert len(problems) == 2
    assert any("home/ may not import resources/" in problem for problem in problems)
    assert any("imports members inside a function" in problem for problem in problems)
