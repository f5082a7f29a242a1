"""The worksheet is a tagged PDF: a structure tree in reading order (title, section headings,
paragraphs, questions, tables, lists) whose elements hold every marked-content sequence of the
pages, each element in its language, the footer and page numbers artifacts, and the drawing
the same as without tags."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from exercises.exports.article import ExportArticle
from exercises.exports.pdf import tagged, tagging
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.exports.text import without_vowels

OPTIONS = WorksheetOptions(line_numbers=True)  # line numbers: artifacts inside paragraphs
SECTIONS = ("Read the article", "Vocabulary", "Fill in the blanks", "Comprehension")
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="no poppler-utils")


def arabic_words(text: str) -> list[str]:
    return re.findall(r"[\u0621-\u064a]+", without_vowels(text))


@pytest.fixture(scope="module")
def pdf(article: ExportArticle) -> bytes:
    return worksheet_pdf_bytes(article, OPTIONS)


@pytest.fixture(scope="module")
def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def elements(reader: PdfReader) -> Iterator[DictionaryObject]:
    """The structure elements, depth first (reading order)."""

    def walk(element: DictionaryObject) -> Iterator[DictionaryObject]:
        yield element
        for kid in element.get("/K", []):
            kid = kid.get_object()
            if isinstance(kid, DictionaryObject) and kid.get("/Type") != "/MCR":
                yield from walk(kid)

    for top in reader.trailer["/Root"]["/StructTreeRoot"]["/K"]:
        yield from walk(top.get_object())


def own_marks(reader: PdfReader, element: DictionaryObject) -> list[tuple[int, int]]:
    """(page index, MCID) of the marked content that ``element`` holds itself."""
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    marks = []
    for kid in element.get("/K", []):
        kid = kid.get_object()
        if isinstance(kid, int):
            marks.append((pages[element.raw_get("/Pg").idnum], kid))
        elif kid.get("/Type") == "/MCR":
            marks.append((pages[kid.raw_get("/Pg").idnum], kid["/MCID"]))
    return marks


class Reading:
    """Collects the text of one page by where it is drawn (pypdf's text visitors)."""

    def __init__(self, index: int, marked: dict[tuple[int, int], str]) -> None:
        self.index, self.marked = index, marked
        self.artifacts: list[str] = []
        self.loose: list[str] = []
        self.mcid: int | None = None
        self.artifact = False

    def before(self, op: bytes, args: list, *_: object) -> None:
        if op == b"BDC" and args[0] == "/Artifact":
            self.artifact = True
        elif op == b"BDC":
            self.mcid = args[1]["/MCID"]
        elif op == b"EMC":
            self.mcid, self.artifact = None, False

    def text(self, value: str, *_: object) -> None:
        if self.artifact:
            self.artifacts.append(value)
        elif self.mcid is not None:
            key = (self.index, self.mcid)
            self.marked[key] = self.marked.get(key, "") + value
        else:
            self.loose.append(value)


def texts(reader: PdfReader) -> tuple[dict[tuple[int, int], str], list[str], list[str]]:
    """The text of each marked sequence, the text inside artifacts, the text outside both."""
    marked: dict[tuple[int, int], str] = {}
    artifacts: list[str] = []
    loose: list[str] = []
    for index, page in enumerate(reader.pages):
        reading = Reading(index, marked)
        page.extract_text(visitor_operand_before=reading.before, visitor_text=reading.text)
        artifacts += reading.artifacts
        loose += reading.loose
    return marked, artifacts, loose


@needs_poppler
def test_pdfinfo_says_the_file_is_tagged(pdf: bytes, tmp_path: Path):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)

    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.MULTILINE)


def test_the_catalog_marks_the_file_and_each_page_names_its_parent_tree(reader: PdfReader):
    root = reader.trailer["/Root"]
    tree = root["/StructTreeRoot"]
    numbers = list(tree["/ParentTree"]["/Nums"])
    parents = dict(zip(numbers[::2], numbers[1::2], strict=True))

    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert [e["/S"] for e in (k.get_object() for k in tree["/K"])] == ["/Document"]
    assert len(reader.pages) > 3
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index
        content = page.get_contents().get_data()
        mcids = sorted(int(m) for m in re.findall(rb"/MCID (\d+)", content))
        assert mcids == list(range(len(mcids)))  # numbered from 0 on each page
        assert len(parents[index].get_object()) == len(mcids)


def test_each_marked_sequence_belongs_to_exactly_one_element(reader: PdfReader):
    numbers = list(reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"])
    parents = dict(zip(numbers[::2], numbers[1::2], strict=True))
    held: list[tuple[int, int]] = []
    for element in elements(reader):
        for page, mcid in own_marks(reader, element):
            held.append((page, mcid))
            assert parents[page].get_object()[mcid].get_object() == element
    drawn = [
        (index, int(mcid))
        for index, page in enumerate(reader.pages)
        for mcid in re.findall(rb"/MCID (\d+)", page.get_contents().get_data())
    ]

    assert len(held) == len(set(held))
    assert sorted(held) == sorted(drawn)
    assert len(drawn) > 100


def test_the_title_is_the_one_h1_and_the_sections_are_h2_in_order(
    reader: PdfReader, article: ExportArticle
):
    marked, _, _ = texts(reader)
    tags = [element["/S"] for element in elements(reader)]
    h1 = next(e for e in elements(reader) if e["/S"] == "/H1")
    title = "".join(marked[m] for m in own_marks(reader, h1))
    headings = [
        "".join(marked[m] for m in own_marks(reader, e))
        for e in elements(reader)
        if e["/S"] == "/H2"
    ]

    assert tags.count("/H1") == 1
    assert tags.index("/H1") < tags.index("/H2") < tags.index("/H3")
    assert arabic_words(title) == arabic_words(article.title)
    assert h1["/ActualText"] == article.title
    assert [re.sub(r"^\d+\s+", "", h.strip()) for h in headings[: len(SECTIONS)]] == list(SECTIONS)
    assert headings[-1].strip() == "Answer key"


def test_the_article_reads_as_a_heading_then_its_paragraphs(
    reader: PdfReader, article: ExportArticle
):
    blocks = list(article.blocks())
    found = [e for e in elements(reader) if e.get("/ActualText") and e["/S"] in ("/H3", "/P")]
    first = found[: len(blocks)]

    assert [e["/S"] for e in first] == ["/H3" if b.is_heading else "/P" for b in blocks]
    assert [e["/ActualText"] for e in first] == [" ".join(b.text.split()) for b in blocks]
    assert all(e["/Lang"] == "ar" for e in first)


def test_each_element_with_text_has_the_language_of_its_text(reader: PdfReader):
    marked, _, _ = texts(reader)
    languages = set()
    for element in elements(reader):
        text = "".join(marked.get(m, "") for m in own_marks(reader, element))
        if arabic_words(text):
            assert element["/Lang"] == "ar", text
        elif re.search("[A-Za-z]", text):
            assert element["/Lang"] == "en", text
        languages.add(element.get("/Lang"))

    assert {"ar", "en"} <= languages


def test_the_footer_and_page_numbers_are_artifacts_and_no_text_is_left_untagged(
    reader: PdfReader, article: ExportArticle
):
    marked, artifacts, loose = texts(reader)
    pages = len(reader.pages)
    artifact_text = " ".join(artifacts)

    assert f"Page 1 of {pages}" in artifact_text
    assert f"Page {pages} of {pages}" in artifact_text
    assert artifact_text.count(article.title) == pages  # the footer of each page
    assert not any("Page " in text for text in marked.values())
    assert not "".join(loose).strip()


def test_the_vocabulary_is_a_table_with_its_headers_right_to_left(reader: PdfReader):
    marked, _, _ = texts(reader)
    table = next(e for e in elements(reader) if e["/S"] == "/Table")
    rows = [row.get_object() for row in table["/K"]]
    header = [cell.get_object() for cell in rows[0]["/K"]]
    labels = ["".join(marked[m] for m in own_marks(reader, cell)).strip() for cell in header]

    assert labels == ["#", "Word", "English", "Root"]
    assert {cell["/S"] for cell in header} == {"/TH"}
    assert all(row["/S"] == "/TR" for row in rows)
    assert len(rows) == 1 + 8  # a row per word of the vocabulary
    assert {cell.get_object()["/S"] for row in rows[1:] for cell in row["/K"]} == {"/TD"}


def test_a_table_over_several_pages_is_one_table_its_repeated_header_an_artifact(
    article: ExportArticle,
):
    long = dataclasses.replace(article, vocabulary=article.vocabulary * 8)
    reader = PdfReader(io.BytesIO(worksheet_pdf_bytes(long, WorksheetOptions(cloze=False))))
    tables = [e for e in elements(reader) if e["/S"] == "/Table"]
    rows = [row.get_object() for row in tables[0]["/K"]]
    headers = [r for r in rows if r["/K"][0].get_object()["/S"] == "/TH"]
    pages = {
        page
        for row in rows
        for cell in row["/K"]
        for page, _ in own_marks(reader, cell.get_object())
    }

    assert len(pages) >= 2  # the table runs over a page break
    assert len(rows) == 1 + 64
    assert len(headers) == 1


def test_a_root_heads_the_rows_of_its_words(article: ExportArticle):
    """Root families: each root spans the rows of its words, a row header (scope Row)."""
    long = dataclasses.replace(article, vocabulary=article.vocabulary * 2)
    options = WorksheetOptions(article=False, vocabulary=False, cloze=False, comprehension=False)
    reader = PdfReader(io.BytesIO(worksheet_pdf_bytes(long, options)))
    table = next(e for e in elements(reader) if e["/S"] == "/Table")
    first, second = (row.get_object() for row in list(table["/K"])[:2])
    head = first["/K"][0].get_object()

    assert head["/S"] == "/TH"
    assert head["/A"]["/Scope"] == "/Row"
    assert int(head["/A"]["/RowSpan"]) == 2
    assert len(first["/K"]) == 3  # root, word, English
    assert [c.get_object()["/S"] for c in second["/K"]] == ["/TD", "/TD"]  # word, English


def test_the_answer_key_lists_each_answer_under_its_number(reader: PdfReader):
    marked, _, _ = texts(reader)
    labelled = [
        e for e in elements(reader) if e["/S"] == "/LI" and e["/K"][0].get_object()["/S"] == "/Lbl"
    ]
    labels = [
        "".join(marked[m] for m in own_marks(reader, item["/K"][0].get_object())).strip()
        for item in labelled
    ]

    assert len(labels) >= 8
    assert all(label.isdigit() for label in labels)
    assert "1" in labels


def test_viewers_show_the_title(reader: PdfReader):
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712


def test_options_to_tick_are_a_list(reader: PdfReader):
    lists = [e for e in elements(reader) if e["/S"] == "/L"]
    items = [kid.get_object() for kid in lists[0]["/K"]]

    assert items and all(item["/S"] == "/LI" for item in items)
    assert {item["/K"][0].get_object()["/S"] for item in items} == {"/LBody"}


@needs_poppler
def test_pdfinfo_prints_the_structure_in_reading_order(
    pdf: bytes, tmp_path: Path, article: ExportArticle
):
    """poppler takes an element's text from its glyphs in the order they are drawn, and Arabic
    glyphs are drawn left to right: each Arabic line comes out backwards (screen readers get
    /ActualText instead), so the words are compared with the line reversed."""
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    printed = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], check=True, capture_output=True, text=True
    ).stdout
    lines = printed.splitlines()
    tops = [line.split()[0] for line in lines if re.match(r"^  \S", line)]
    read = lines.index(next(line for line in lines if "Read the article" in line))
    after = [line.strip().strip('"') for line in lines[read:] if line.startswith('    "')]
    heading, first = (block.text for block in list(article.blocks())[:2])

    assert lines[0] == "Document"
    assert tops[:4] == ["P", "H1", "P", "H2"]  # name line, title, subtitle, first section
    assert arabic_words(after[1][::-1]) == arabic_words(heading)
    # the paragraph's lines come one after another, each backwards: its first line is last
    assert " ".join(arabic_words(first)[:5]) in " ".join(arabic_words(after[2][::-1]))


@needs_poppler
def test_the_tags_do_not_change_the_drawing(
    pdf: bytes, article: ExportArticle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    for module in (tagging, tagged):
        monkeypatch.setattr(module, "tagger_of", lambda canvas: None)
    plain = worksheet_pdf_bytes(article, OPTIONS)
    rendered = []
    for name, data in (("tagged", pdf), ("plain", plain)):
        (tmp_path / f"{name}.pdf").write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-r", "40", "-f", "1", "-l", "3", str(tmp_path / f"{name}.pdf"),
             str(tmp_path / name)], check=True,
        )  # fmt: skip
        rendered.append([p.read_bytes() for p in sorted(tmp_path.glob(f"{name}-*.ppm"))])

    assert b"/MCID" not in plain  # the plain file really is untagged
    assert len(rendered[0]) == 3
    assert rendered[0] == rendered[1]
