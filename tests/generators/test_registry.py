"""The registry: one entry point, a count per kind, a version, no Django anywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import GENERATOR_VERSION, GENERATORS, generate

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "exercises" / "generators"


def test_it_registers_the_three_kinds():
    assert set(GENERATORS) == {"cloze", "comprehension", "roots"}
    assert isinstance(GENERATOR_VERSION, str) and GENERATOR_VERSION


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
        f"exercises.generators.{path.stem}"
        for path in PACKAGE.glob("*.py")
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
    for path in PACKAGE.glob("*.py"):
        assert "django" not in path.read_text(encoding="utf-8").lower(), path.name
