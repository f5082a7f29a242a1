import io
import json

import pytest
from django.core.management import CommandError, call_command

from exercises.models import Article

TOKEN_FIELDS = {
    "text", "start", "end", "kind", "lemma", "lemma_vocalized", "vocalized", "pos", "gloss",
    "root", "zipf", "is_stopword", "in_lexicon", "other_glosses",
}  # fmt: skip
ENTRY_FIELDS = {
    "lemma", "lemma_vocalized", "gloss", "pos", "root", "count", "zipf", "level", "example",
    "example_text", "first_token", "forms", "other_glosses",
}  # fmt: skip


def run_json(*args, stdin: str | None = None) -> dict:
    out = io.StringIO()
    if stdin is not None:
        import sys

        original = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        try:
            call_command(*args, stdout=out)
        finally:
            sys.stdin = original
    else:
        call_command(*args, stdout=out)
    return json.loads(out.getvalue())


def test_analyze_prints_every_token_with_offsets_into_the_text(seed_path, seed_text):
    # No database fixture: the command must work without one.
    report = run_json("analyze", str(seed_path), "--json")
    assert set(report) == {"paragraphs", "sentences", "tokens", "terms"}
    assert len(report["paragraphs"]) == 20
    assert sum(p["heading"] for p in report["paragraphs"]) == 3
    for token in report["tokens"]:
        assert set(token) == TOKEN_FIELDS
        assert seed_text[token["start"] : token["end"]] == token["text"]
    for sentence in report["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(seed_text)
    putin = next(t for t in report["tokens"] if t["text"] == "بوتين")
    assert putin["pos"] == "PROPN" and "Putin" in putin["gloss"] and putin["in_lexicon"]
    year = next(t for t in report["tokens"] if t["text"] == "2022")
    assert year["kind"] == "number" and year["lemma"] is None


def test_analyze_gives_the_sense_in_context_and_the_others_apart():
    report = run_json("analyze", "-", "--json", stdin="ارتفعت أسعار الفائدة. وأصدرت اللجنة تقريرا.")
    report_word = next(t for t in report["tokens"] if t["text"] == "تقريرا")
    assert report_word["gloss"] == "report; account"
    assert report_word["other_glosses"] == ["decision; determination"]
    (term,) = report["terms"]
    assert (term["text"], term["lemma"], term["gloss"]) == (
        "أسعار الفائدة",
        "أسعار الفائدة",
        "interest rates",
    )


def test_vocabulary_lists_a_term_as_an_entry_of_its_own():
    words = run_json("vocabulary", "-", "--json", stdin="قال رئيس الوزراء إن الوضع صعب.")["words"]
    term = next(entry for entry in words if entry["lemma"] == "رئيس الوزراء")
    assert term["gloss"] == "prime minister" and term["other_glosses"] == []
    situation = next(entry for entry in words if entry["lemma"] == "وضع")
    assert situation["gloss"] == "situation; status"
    assert situation["other_glosses"] == ["laying down; putting; placing"]


def test_analyze_reads_standard_input():
    report = run_json("analyze", "-", "--json", stdin="زار الرئيس بكين.")
    assert [t["text"] for t in report["tokens"]] == ["زار", "الرئيس", "بكين", "."]
    assert report["tokens"][-1]["kind"] == "punct"


def test_vocabulary_of_a_path_needs_no_database(seed_path):
    report = run_json("vocabulary", str(seed_path), "--json")
    words, names = report["words"], report["names"]
    assert len(words) >= 80
    assert all(set(entry) == ENTRY_FIELDS for entry in words + names)
    assert all(entry["pos"] in {"NOUN", "VERB", "ADJ", "ADV"} for entry in words)
    name_lemmas = {entry["lemma"] for entry in names}
    word_lemmas = {entry["lemma"] for entry in words}
    for name in ("بكين", "صين", "روسيا", "بوتين"):
        assert name in name_lemmas and name not in word_lemmas


def test_vocabulary_by_article_id_matches_the_path(db, seed_path):
    call_command("import_article", str(seed_path))
    article = Article.objects.get()
    by_id = run_json("vocabulary", str(article.pk), "--json")
    by_path = run_json("vocabulary", str(seed_path), "--json")
    assert [e["lemma_vocalized"] for e in by_id["words"]] == [
        e["lemma_vocalized"] for e in by_path["words"]
    ]


def test_vocabulary_by_level_puts_common_words_first(seed_path):
    words = run_json("vocabulary", str(seed_path), "--json", "--order", "level")["words"]
    ranks = ["A1", "A2", "B1", "B2", "C1", "C2"]
    levels = [ranks.index(entry["level"]) for entry in words]
    assert levels == sorted(levels)


ITEM_FIELDS = {
    "id", "kind", "type", "subtype", "prompt", "instruction", "options", "answer", "pairs",
    "sequence", "support", "hint",
}  # fmt: skip


def test_generate_from_a_path_prints_items_without_the_database(seed_path, seed_text):
    items = run_json("generate", str(seed_path), "--json", "--seed", "4")["items"]
    assert {item["kind"] for item in items} == {"cloze", "comprehension", "roots"}
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert set(item) == ITEM_FIELDS
        if item["type"] in ("multiple_choice", "true_false"):
            assert item["options"].count(item["answer"]) == 1, item["id"]
        span = item["support"]
        assert 0 <= span["start"] < span["end"] <= len(seed_text)
    cloze = [item for item in items if item["kind"] == "cloze"]
    assert len(cloze) >= 10  # one per sentence at most: the seed article has 17
    assert len({item["support"]["start"] for item in cloze}) == len(cloze)
    for item in cloze:
        assert item["answer"] in seed_text[item["support"]["start"] : item["support"]["end"]]


def test_generate_is_deterministic_and_filters_kinds(seed_path):
    first = run_json("generate", str(seed_path), "--kinds", "roots", "--count", "5", "--seed", "9")
    again = run_json("generate", str(seed_path), "--kinds", "roots", "--count", "5", "--seed", "9")
    assert first == again
    assert {item["kind"] for item in first["items"]} == {"roots"}
    assert len(first["items"]) == 5


def test_generate_refuses_unknown_kinds(seed_path):
    with pytest.raises(CommandError, match="Unknown kinds"):
        call_command("generate", str(seed_path), "--kinds", "cloze,poems")
