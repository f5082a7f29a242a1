"""Data files derived from the Arramooz dictionary (Taha Zerrouki, GPL): where its database is,
and writing and reading a derived two-column table (``data/NAME``, gzip, key TAB value)."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from importlib import resources
from pathlib import Path


def rebuild(name: str, build: Callable[[Path], dict[str, str]]) -> None:
    """Build a table from Arramooz's database (``arramooz-pysqlite``, in the test extras) and
    write it to the package's data folder."""
    import arramooz

    database = Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"
    table = build(database)
    path = Path(__file__).parents[1] / "data" / name
    text = "".join(f"{key}\t{value}\n" for key, value in sorted(table.items()))
    # mtime=0: the same table gives the same bytes (the file is part of the analysis' version)
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(table)} lemmas -> {path}")


def read_table(name: str) -> dict[str, str]:
    """A shipped table, ``{}`` when the file is missing."""
    data = resources.files("exercises.arabic") / "data" / name
    try:
        raw = gzip.decompress(data.read_bytes()).decode("utf-8")
    except FileNotFoundError:
        return {}
    table = {}
    for line in raw.splitlines():
        key, _, value = line.partition("\t")
        table[key] = value
    return table
