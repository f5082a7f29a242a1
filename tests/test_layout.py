"""The house rules that keep the code easy to find and to reuse, checked on the source tree.

- The plain-Python core (Arabic analysis, generators, exporters and the plain modules of both
  apps) imports no Django, no models and no site code: another project could reuse it.
- ``exercises`` never imports ``learning`` (``learning`` may import ``exercises``).
- No Python file outside migrations is over 400 lines.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN_PACKAGES = ("exercises/arabic", "exercises/generators", "exercises/exports")
PLAIN_MODULES = (
    "exercises/article_files.py",
    "exercises/reading.py",
    "exercises/speech.py",
    "exercises/speech_batch.py",
    "exercises/user_messages.py",
    "learning/charts.py",
    "learning/item_stats.py",
    "learning/judging.py",
    "learning/quiz_hints.py",
    "learning/quiz_items.py",
    "learning/quiz_support.py",
    "learning/spelling.py",
    "learning/srs.py",
)
NOT_IN_PLAIN_CODE = (
    "django",
    "config",
    "learning",
    "exercises.models",
    "exercises.services",
    "exercises.selectors",
    "exercises.views",
    "exercises.forms",
)
# Plain modules may import one another.
PLAIN_NAMES = tuple(m.removesuffix(".py").replace("/", ".") for m in PLAIN_MODULES)
MAX_FILE_LINES = 400


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


def is_within(module: str, names: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in names)


def offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}: {module}"
        for path in paths
        for module in imported_modules(path)
        if is_within(module, forbidden) and not is_within(module, PLAIN_NAMES)
    ]


def python_files(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "migrations" not in p.parts)


def test_it_keeps_the_plain_core_free_of_django_and_site_code():
    paths = [p for package in PLAIN_PACKAGES for p in python_files(package)]
    paths += [ROOT / module for module in PLAIN_MODULES]
    assert len(paths) > 60
    assert offenders(paths, NOT_IN_PLAIN_CODE) == []


def test_it_keeps_exercises_independent_of_learning():
    paths = python_files("exercises")
    assert offenders(paths, ("learning",)) == []


def test_it_keeps_every_python_file_short():
    too_long = {}
    for folder in ("config", "exercises", "learning", "tests", "bench", "scripts"):
        for path in python_files(folder):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_FILE_LINES:
                too_long[str(path.relative_to(ROOT))] = lines
    assert too_long == {}


def test_the_import_check_catches_django_and_site_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from django.db import models\nimport exercises.models\nfrom learning import srs\n",
        encoding="utf-8",
    )
    assert [m for m in imported_modules(sample) if is_within(m, NOT_IN_PLAIN_CODE)] == [
        "django.db",
        "django.db.models",
        "exercises.models",
        "learning",
        "learning.srs",
    ]


def test_the_project_package_is_config_and_each_app_has_the_same_rooms():
    assert (ROOT / "config" / "settings.py").is_file()
    assert not (ROOT / "learning" / "settings.py").exists()
    for app in ("exercises", "learning"):
        for room in ("services", "selectors", "views"):
            assert (ROOT / app / room / "__init__.py").is_file(), f"{app}/{room}"
        for module in ("models.py", "urls.py", "forms.py"):
            assert (ROOT / app / module).is_file(), f"{app}/{module}"
        flat = sorted(
            p.name
            for p in (ROOT / app).glob("*.py")
            if p.name.startswith(("views_", "services_", "selectors_"))
        )
        assert flat == [], app


def test_no_version_is_typed_by_hand():
    from exercises.arabic.analysis_json import current_analysis_version
    from exercises.generators.version import generator_fingerprint

    typed = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for folder in ("exercises", "learning", "config")
        for path in python_files(folder)
        for line in path.read_text(encoding="utf-8").splitlines()
        if "_VERSION = " in line and not line.lstrip().startswith("FORMAT_VERSION")
    ]
    assert typed == []
    assert len(current_analysis_version()) == len(generator_fingerprint()) == 16
