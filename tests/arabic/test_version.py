"""The analysis fingerprint: derived from the content of the package's code and data."""

import re
import shutil
from pathlib import Path

from exercises.arabic.version import PACKAGE_ROOT, analysis_fingerprint


def copy_of_package(destination: Path) -> Path:
    shutil.copytree(PACKAGE_ROOT, destination, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def test_it_is_a_short_hex_string_stable_across_calls():
    first = analysis_fingerprint()
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert analysis_fingerprint() == first
    assert analysis_fingerprint(PACKAGE_ROOT) == first


def test_it_depends_on_content_not_on_where_or_when_files_were_written(tmp_path):
    copy = copy_of_package(tmp_path / "copy")
    for path in copy.rglob("*"):
        path.touch()  # new modification times
    assert analysis_fingerprint(copy) == analysis_fingerprint()


def test_it_changes_when_a_word_list_or_a_module_changes(tmp_path):
    words = copy_of_package(tmp_path / "words")
    with (words / "data" / "words" / "titles.txt").open("a", encoding="utf-8") as handle:
        handle.write("وكيل\n")
    module = copy_of_package(tmp_path / "module")
    with (module / "context" / "scoring.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment\n")
    fingerprints = {
        analysis_fingerprint(),
        analysis_fingerprint(words),
        analysis_fingerprint(module),
    }
    assert len(fingerprints) == 3


def test_the_evaluation_does_not_shape_the_analysis(tmp_path):
    copy = copy_of_package(tmp_path / "copy")
    with (copy / "evaluation" / "report.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment\n")
    assert analysis_fingerprint(copy) == analysis_fingerprint()
