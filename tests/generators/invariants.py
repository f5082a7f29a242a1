"""The quality rules every generated item keeps, as one checker the tests share."""

from __future__ import annotations

from exercises.arabic.analysis_types import AnalyzedDocument
from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.text.normalize import lookup_form, normalize_key
from exercises.generators.items import BLANK, Item
from exercises.generators.true_false import FALSE, TRUE


def support_text(text: str, item: Item) -> str:
    return "\n".join(text[span.start : span.end] for span in item.support)


def check_items(analysed: AnalyzedDocument, items: tuple[Item, ...]) -> None:
    text = analysed.text
    keys = [item.key for item in items]
    prompts = [item.prompt for item in items]
    assert len(set(keys)) == len(keys), "duplicate keys"
    assert len(set(prompts)) == len(prompts), "duplicate prompts"
    for item in items:
        check_support(text, item)
        check_shape(item)
        check_evidence(analysed, item)
        if item.kind == "cloze" and item.type == "multiple_choice":
            check_cloze_distractors(item)


def check_support(text: str, item: Item) -> None:
    assert item.support, item.key
    for span in item.support:
        assert 0 <= span.start < span.end <= len(text), item.key


def check_shape(item: Item) -> None:
    assert item.prompt.strip() and item.instruction.strip(), item.key
    assert 0.0 <= item.difficulty <= 1.0, item.key
    if item.type == "multiple_choice":
        keys = {normalize_key(option).strip() for option in item.options}
        assert len(item.options) >= 3, item.key
        assert len(keys) == len(item.options), f"options a reader sees as equal: {item.key}"
        assert item.options.count(item.answer) == 1, item.key
    elif item.type == "true_false":
        assert item.options == (TRUE, FALSE) and item.answer in item.options, item.key
    elif item.type == "matching":
        assert len(item.pairs) >= 3, item.key
        rights = [right for _, right in item.pairs]
        assert sorted(item.options) == sorted(rights), item.key
        assert len(set(rights)) == len(rights) and len({left for left, _ in item.pairs}) == len(
            rights
        ), item.key
    elif item.type == "ordering":
        assert len(item.sequence) >= 3, item.key
        assert sorted(item.options) == sorted(item.sequence), item.key
        assert len(set(item.sequence)) == len(item.sequence), item.key
    elif item.type == "typed":
        assert item.answer and not item.options, item.key
    if item.kind == "cloze":
        assert item.prompt.count(BLANK) == 1, item.key


def check_evidence(analysed: AnalyzedDocument, item: Item) -> None:
    """The support spans hold what the item asks about."""
    text = analysed.text
    evidence = support_text(text, item)
    if item.kind == "cloze":
        removed = item.extra.get("prefix", "") + item.answer + item.extra.get("suffix", "")
        assert removed in evidence, item.key
        before, after = item.prompt.split(BLANK)
        assert before.rstrip("ـ").strip()[-20:] in evidence, item.key
        assert after.lstrip("ـ").strip()[:20] in evidence, item.key
    elif item.subtype in ("numbers", "dates"):
        # a figure's noun is shown without the accusative alef the number gave it (دولارا)
        words = evidence.replace("،", " ").split()
        assert all(
            any(word == seen or word + "ا" == seen for seen in words) or word in evidence
            for word in item.answer.split()
        ), item.key
    elif item.subtype == "true_false":
        statement = item.explanation.split(": ", 1)[1]  # the article's words, true or false
        assert statement.rstrip(".") in evidence, item.key
        assert item.prompt != statement, item.key  # reworded or changed, never copied
    elif item.subtype == "who_said":
        words = item.prompt.rstrip("؟").split()[2:6]
        assert " ".join(words) in evidence, item.key
        assert all(word in text for word in item.answer.split()), item.key
    elif item.subtype == "meaning":
        assert item.extra["word"] in evidence, item.key
    elif item.subtype == "sequence":
        for event, span in zip(item.sequence, item.support, strict=True):
            # its words come from its sentence (an aside may be left out between them)
            words = event.rstrip(".").split()[:5]
            assert all(word in text[span.start : span.end] for word in words), item.key
    elif item.subtype == "heading":
        texts = [right for _, right in item.pairs] if item.pairs else [item.answer]
        for snippet in texts:
            assert snippet.removesuffix(" …") in evidence, item.key
    elif item.kind == "roots":
        for index in item.extra["tokens"].split(","):
            token = analysed.document.tokens[int(index)]
            assert any(span.start <= token.start < span.end for span in item.support), item.key


def check_cloze_distractors(item: Item) -> None:
    """Every option re-analyses with the answer's part of speech and written clitics."""
    analyzer = default_analyzer()
    pos = item.extra["pos"]
    prefix, suffix = item.extra["shape_prefix"], item.extra["shape_suffix"]
    prefix_tags = tuple(filter(None, item.extra["prefix_tags"].split("+")))
    suffix_tags = tuple(filter(None, item.extra["suffix_tags"].split("+")))
    for option in item.options:
        form = lookup_form(item.extra.get("prefix", "") + option + item.extra.get("suffix", ""))
        readings = [
            reading
            for reading in analyzer.analyze(form)
            if reading.pos == pos
            and reading.prefix_text == prefix
            and reading.suffix_text == suffix
            and reading.prefixes == prefix_tags
            and reading.suffixes == suffix_tags
        ]
        assert readings, f"{item.key}: {option} does not have the answer's shape"
        if option != item.answer:
            assert all(
                normalize_key(reading.lemma) != normalize_key(item.lemma)
                for reading in analyzer.analyze(form)
            ), f"{item.key}: {option} is a form of the answer's lemma"
