"""The apps import one way: home/ is the base, each feature app imports only the
apps below it, and no import between apps hides inside a function (where it
would only be there to dodge a circle). See "Import direction" in the design notes."""

import ast
from pathlib import Path

# Lowest first. Events sit above resources: an event's materials are resource pages.
# Evaluation sits above: its dashboard charts count members, contributions and events.
# The partner sectors they all share are home's (home/sectors.py); conversations and
# digests sit above it all: a digest lists everything new.
LAYERS = (
    "home",
    "members",
    "resources",
    "events",
    "collaboration",
    "evaluation",
    "activities",
    "conversations",
    "digests",
)
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


def _app_modules(root, app):
    """(module name, package, parsed tree, relative path) for each of an app's modules."""
    for path in sorted((root / app).rglob("*.py")):
        relative = path.relative_to(root)
        if {"migrations", "tests"} & set(relative.parts):
            continue
        module = ".".join(relative.with_suffix("").parts)
        if path.name == "__init__.py":
            module = module.rsplit(".__init__", 1)[0]
            package = module
        else:
            package = module.rsplit(".", 1)[0]
        yield module, package, ast.parse(path.read_text(), filename=str(path)), relative


def _loaded_by(name, known):
    """The app modules Python runs to import `name`: it and each package above it."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(2, len(parts) + 1) if ".".join(parts[:i]) in known]


def _in_app_config(relative):
    # apps.py runs before any model exists, so Django has it import models and
    # signal handlers inside functions (ready(), post_migrate receivers).
    return relative.name == "apps.py"


def layering_violations(root=ROOT):
    problems = []
    for app in LAYERS:
        modules = list(_app_modules(root, app))
        known = {module for module, *_ in modules}
        graph = {module: set() for module in known}
        for module, package, tree, relative in modules:
            top_level = _top_level_nodes(tree)
            for node in ast.walk(tree):
                if not isinstance(node, (ast.Import, ast.ImportFrom)):
                    continue
                for name in _imported_modules(node, package):
                    target = name.split(".")[0]
                    if target not in LAYERS:
                        continue
                    where = f"{relative}:{node.lineno} imports {name}"
                    if target == app:
                        if node in top_level:
                            graph[module].update(_loaded_by(name, known) or [])
                        elif not _in_app_config(relative):
                            problems.append(
                                f"{where} inside a function: import the app's own modules at "
                                "the top (a circle is mended by moving code, not by hiding it)"
                            )
                    elif LAYERS.index(target) > LAYERS.index(app):
                        problems.append(
                            f"{where}: {app}/ may not import {target}/, which sits above it"
                        )
                    elif node not in top_level:
                        problems.append(f"{where} inside a function: import other apps at the top")
        problems.extend(_circles(graph))
    return problems


def _circles(graph):
    """One message per import circle among an app's modules (depth-first search)."""
    found, state, trail = [], {}, []

    def visit(module):
        state[module] = "open"
        trail.append(module)
        for target in sorted(graph[module] - {module}):
            if state.get(target) == "open":
                circle = trail[trail.index(target) :] + [target]
                found.append("import circle: " + " -> ".join(circle))
            elif target not in state:
                visit(target)
        trail.pop()
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return found


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


def test_the_check_sees_a_circle_within_an_app_and_an_import_hidden_to_dodge_one(tmp_path):
    events = tmp_path / "events"
    events.mkdir()
    (events / "__init__.py").write_text("")
    (events / "models.py").write_text(
        "from .views import register\n\ndef route():\n    from . import calendar\n"
    )
    (events / "views.py").write_text("from events.models import EventPage\n")
    (events / "calendar.py").write_text("")
    (events / "apps.py").write_text(
        "class Config:\n    def ready(self):\n        from . import views\n"
    )

    problems = layering_violations(tmp_path)
    assert problems == [
        "events/models.py:4 imports events.calendar inside a function: import the app's own "
        "modules at the top (a circle is mended by moving code, not by hiding it)",
        "import circle: events.models -> events.views -> events.models",
    ]
