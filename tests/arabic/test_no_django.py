"""The Arabic core and the generators are plain Python: no Django, no models, no site."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLAIN_PACKAGES = ("exercises/arabic", "exercises/generators")
FORBIDDEN = ("django", "learning", "exercises.models", "exercises.services", "exercises.views")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    modules = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.append(node.module)
            modules.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def test_plain_packages_import_no_django_and_no_models():
    offenders = []
    checked = 0
    for package in PLAIN_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            checked += 1
            offenders += [
                f"{path.relative_to(ROOT)}: {m}" for m in imported_modules(path) if is_forbidden(m)
            ]
    assert checked > 10
    assert offenders == []


def test_the_check_itself_catches_a_django_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from django.db import models\nimport exercises.models\n", encoding="utf-8")
    assert [m for m in imported_modules(sample) if is_forbidden(m)] == [
        "django.db",
        "django.db.models",
        "exercises.models",
    ]
