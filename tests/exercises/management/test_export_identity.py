"""An exported item's identity comes from the article's text and the item's own key: the same
article exported before and after its set is approved, or from another database (another
article id), is the same Anki notes and the same Moodle questions."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from django.core.management import call_command

from exercises.generators.items import GenerationOptions
from exercises.services.sets import exercise_set_approve, exercise_set_generate


def guids(apkg: Path) -> set[str]:
    with zipfile.ZipFile(apkg) as archive:
        database = archive.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(database)
        return {guid for (guid,) in connection.execute("SELECT guid FROM notes")}
    finally:
        connection.close()


def idnumbers(quiz: Path) -> set[str]:
    root = ET.parse(quiz).getroot()
    return {q.findtext("idnumber") for q in root.iter("question") if q.findtext("idnumber")}


def export(source: str, out: Path) -> Path:
    call_command("export_anki", source, "-o", str(out))
    call_command("export_moodle", source, "-o", str(out.with_suffix(".xml")))
    return out


def test_approval_and_another_database_keep_every_identity(db, import_seed, teacher, tmp_path):
    article = import_seed()
    before = export(str(article.pk), tmp_path / "before.apkg")
    article.delete()
    article = import_seed()  # the same text under another id, as in another database
    other_id = export(str(article.pk), tmp_path / "other-id.apkg")
    exercise_set = exercise_set_generate(article=article, options=GenerationOptions(seed=1))
    exercise_set_approve(exercise_set=exercise_set, user=teacher)
    approved = export(f"set:{exercise_set.pk}", tmp_path / "approved.apkg")

    assert guids(before) == guids(other_id) == guids(approved)
    assert idnumbers(before.with_suffix(".xml")) == idnumbers(approved.with_suffix(".xml"))
    assert idnumbers(before.with_suffix(".xml")) == idnumbers(other_id.with_suffix(".xml"))
    collection = Collection(str(tmp_path / "learner.anki2"))
    try:
        for package in (before, other_id, approved):
            collection.import_anki_package(
                ImportAnkiPackageRequest(
                    package_path=str(package), options=ImportAnkiPackageOptions()
                )
            )
            if package == before:
                first_count = collection.note_count()
        assert first_count > 20
        assert collection.note_count() == first_count, "no note is added by a later import"
    finally:
        collection.close()
