"""The registry: one entry point, a count per kind, a version, no Django anywhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import GENERATORS, generate
from exercises.generators.version import generator_fingerprint

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "exercises" / "generators"


def test_it_registers_the_three_kinds():
    assert set(GENERATORS) == {"cloze", "comprehension", "roots"}


def test_the_version_is_a_short_hex_digest_stable_within_a_process():
    version = generator_fingerprint()
    assert len(version) == 16 and int(version, 16) >= 0
    assert version == version.lower()
    assert generator_fingerprint() == version == generator_fingerprint(PACKAGE)


def copy_of_the_package(destination: Path) -> Path:
    shutil.copytree(PACKAGE, destination, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def test_the_version_depends_on_content_not_on_place_or_time(tmp_path):
    copy = copy_of_the_package(tmp_path / "copy")
    (copy / "cloze.py").touch()  # a new modification time
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "cloze.cpython-312.pyc").write_bytes(b"compiled")
    assert generator_fingerprint(copy) == generator_fingerprint()


def test_the_version_changes_when_code_or_data_changes(tmp_path):
    code = copy_of_the_package(tmp_path / "code")
    with (code / "cloze.py").open("a", encoding="utf-8") as file:
        file.write("# changed\n")
    data = copy_of_the_package(tmp_path / "data")
    listed = sorted((data / "data").glob("*.txt"))
    if listed:  # the word lists may live elsewhere: then a new data file stands in for them
        listed[0].write_text(listed[0].read_text(encoding="utf-8") + "x\n", encoding="utf-8")
    else:
        (data / "data").mkdir(exist_ok=True)
        (data / "data" / "new.txt").write_text("x\n", encoding="utf-8")
    renamed = copy_of_the_package(tmp_path / "renamed")
    (renamed / "cloze.py").rename(renamed / "gaps.py")
    versions = {generator_fingerprint(root) for root in (PACKAGE, code, data, renamed)}
    assert len(versions) == 4


def test_it_runs_the_kinds_asked_for_in_order(seed):
    items = generate(
        seed.analysed, seed.vocabulary, GenerationOptions(kinds=("roots", "cloze"), count=4)
    )
    kinds = [item.kind for item in items]
    assert kinds == ["roots"] * 4 + ["cloze"] * 4


def test_it_caps_each_kind_at_the_count(seed):
    items = generate(seed.analysed, seed.vocabulary, GenerationOptions(count=3))
    assert [item.kind for item in items].count("comprehension") == 3


def test_it_refuses_an_unknown_kind(seed):
    with pytest.raises(ValueError, match="quiz"):
        generate(seed.analysed, seed.vocabulary, GenerationOptions(kinds=("quiz",)))  # type: ignore[arg-type]


def test_it_never_imports_django():
    modules = sorted(
        ".".join(("exercises", "generators", *path.relative_to(PACKAGE).with_suffix("").parts))
        for path in PACKAGE.rglob("*.py")
        if path.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "assert not [m for m in sys.modules if m == 'django' or m.startswith('django.')]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    for path in PACKAGE.rglob("*.py"):
        assert "django" not in path.read_text(encoding="utf-8").lower(), path.name


def test_the_version_changes_when_the_analysis_changes(monkeypatch, tmp_path):
    from exercises.generators import version

    copy = copy_of_the_package(tmp_path / "copy")
    before = generator_fingerprint(copy)
    monkeypatch.setattr(version, "analysis_fingerprint", lambda: "0123456789abcdef")
    version._fingerprint.cache_clear()
    assert generator_fingerprint(copy) != before
    version._fingerprint.cache_clear()
