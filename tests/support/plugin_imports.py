"""What each plugin unit imports, read from its source with ``ast`` (tests/test_plugins.py).

A *unit* is one plugin: a package directly under ``plugins/`` (``plugins.guides``...), a
channel package (``plugins.channels.web``...) or one contact-type module
(``plugins.contact_types.enq``). ``plugins``, ``plugins.channels`` and
``plugins.contact_types`` are containers, not plugins.

:func:`check_plugin_imports` reports, for every ``.py`` file under ``<root>/plugins``, each
import (``import a.b``, ``import a.b as c``, ``from a.b import c``, ``from . import x``,
``from ..foo import y``, ``importlib.import_module("a.b")``) that reaches another plugin
unit, a plugin container, a local top-level package other than ``core`` (``tests``,
``migrations``...), a module that cannot be found, or a core module the ``core-public-surface``
contract of setup.cfg protects.
"""
import ast
import configparser
import importlib.util
import re
import site
import sys
from dataclasses import dataclass
from pathlib import Path

CONTAINERS = ("plugins", "plugins.channels", "plugins.contact_types")
PUBLIC_SURFACE = "importlinter:contract:core-public-surface"


@dataclass(frozen=True)
class Violation:
    path: str       # relative to the root
    line: int
    unit: str       # the importing unit (or container)
    target: str     # the module imported
    reason: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.unit} imports {self.target}: {self.reason}"


def plugin_units(root):
    """The dotted names of the plugin units under ``<root>/plugins``, from the file tree."""
    base = Path(root) / "plugins"
    units = set()
    for child in base.iterdir():
        if child.name in ("channels", "contact_types") or not (child / "__init__.py").exists():
            continue
        units.add(f"plugins.{child.name}")
    for child in (base / "channels").iterdir() if (base / "channels").is_dir() else ():
        if (child / "__init__.py").exists():
            units.add(f"plugins.channels.{child.name}")
    for child in (base / "contact_types").glob("*.py") if (base / "contact_types").is_dir() else ():
        if child.name != "__init__.py":
            units.add(f"plugins.contact_types.{child.stem}")
    # a contact type grown into a package is a unit too
    for child in (base / "contact_types").iterdir() if (base / "contact_types").is_dir() else ():
        if child.is_dir() and (child / "__init__.py").exists():
            units.add(f"plugins.contact_types.{child.name}")
    return units


def protected_core_modules(setup_cfg):
    """(protected expressions, allowed importer expressions) of setup.cfg's core-public-surface."""
    parser = configparser.ConfigParser()
    parser.read(setup_cfg)
    section = parser[PUBLIC_SURFACE]
    split = lambda value: [line.strip() for line in value.splitlines() if line.strip()]  # noqa: E731
    return split(section["protected_modules"]), split(section.get("allowed_importers", ""))


def _expression_regex(expression):
    """import-linter's module expressions: ``*`` one name, ``**`` any number of names."""
    parts = []
    for part in expression.split("."):
        parts.append({"*": r"[^.]+", "**": r"[^.]+(?:\.[^.]+)*"}.get(part, re.escape(part)))
    return re.compile(r"\.".join(parts) + r"\Z")


def matches(module, expressions):
    """Does ``module`` fall under one of ``expressions``, each taken as a package (the
    contract's default ``as_packages``): the module a matched name or one of its descendants."""
    names = module.split(".")
    prefixes = [".".join(names[:i]) for i in range(1, len(names) + 1)]
    return any(_expression_regex(e).match(p) for e in expressions for p in prefixes)


def _module_of(path, root):
    """(dotted module name, its package) of a file under ``root``."""
    parts = list(Path(path).relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
        return ".".join(parts), ".".join(parts)
    return ".".join(parts), ".".join(parts[:-1])


def _is_module(dotted, root):
    """Is ``dotted`` a module or package in the source tree under ``root``?"""
    path = Path(root, *dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports_of(path, root):
    """[(line, imported module)] of one file; relative imports resolved against its package;
    ``from a import b`` counts as importing ``a.b`` when that is a module of the tree, else ``a``.
    A relative import that climbs above the top package gives ``(line, None)``."""
    tree = ast.parse(Path(path).read_text(), filename=str(path))
    _, package = _module_of(path, root)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                if node.level - 1 > len(base) - 1 or not base:
                    found.append((node.lineno, None))
                    continue
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                if alias.name != "*" and _is_module(candidate, root):
                    found.append((node.lineno, candidate))
                else:
                    found.append((node.lineno, module))
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"):
            found.append((node.lineno, node.args[0].value))
    return found


def _unit_of(module, units):
    """The unit ``module`` belongs to (the longest unit that is it or a parent), or None."""
    best = None
    for unit in units:
        if (module == unit or module.startswith(unit + ".")) and (best is None or len(unit) > len(best)):
            best = unit
    return best


def _top_level_kind(name, root):
    """'stdlib', 'local' (a package of the source tree), 'installed' or 'missing'."""
    if name in sys.stdlib_module_names or name in sys.builtin_module_names:
        return "stdlib"
    if _is_module(name, root):
        return "local"
    spec = importlib.util.find_spec(name)
    if spec is None:
        return "missing"
    origin = spec.origin or (list(spec.submodule_search_locations or [""])[0])
    if not origin:
        return "installed"
    where = Path(origin).resolve()
    installed = {Path(p).resolve() for p in site.getsitepackages() + [site.getusersitepackages()]}
    if any(where.is_relative_to(p) for p in installed):   # a virtualenv may sit in the tree
        return "installed"
    if where.is_relative_to(Path(root).resolve()):
        return "local"
    return "installed"


def check_plugin_imports(root, setup_cfg):
    """Every forbidden import of every file under ``<root>/plugins``: a list of :class:`Violation`."""
    root = Path(root)
    units = plugin_units(root)
    protected, allowed_importers = protected_core_modules(setup_cfg)
    violations = []
    for path in sorted((root / "plugins").rglob("*.py")):
        module, _ = _module_of(path, root)
        own = _unit_of(module, units) or module  # a container stands for itself alone
        rel = str(path.relative_to(root))
        for line, target in imports_of(path, root):
            def report(reason):
                violations.append(Violation(rel, line, own, str(target), reason))
            if target is None:
                report("a relative import climbing above the top-level package")
                continue
            top = target.split(".")[0]
            if top == "plugins":
                unit = _unit_of(target, units)
                if unit == own:
                    continue
                if unit is None:
                    if target in CONTAINERS and own in CONTAINERS:
                        continue
                    report("a plugin container (a unit may import only itself and the core)")
                else:
                    report(f"another plugin ({unit})")
            elif top == "core":
                if matches(target, protected) and not matches(module, allowed_importers):
                    report("a core module the core-public-surface contract protects")
            else:
                kind = _top_level_kind(top, root)
                if kind == "local":
                    report("a local package that is neither the core nor the plugin itself")
                elif kind == "missing":
                    report("a module that is neither stdlib nor installed")
    return violations
