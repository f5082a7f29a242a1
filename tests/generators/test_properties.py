"""Any text made of real news sentences: no crash, and the invariants always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary
from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from tests.generators.conftest import ARTICLES
from tests.generators.invariants import check_items

LINES = sorted(
    {
        line.strip()
        for path in ARTICLES.values()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
)

texts = st.lists(st.sampled_from(LINES), min_size=1, max_size=12, unique=True).map("\n".join)
options = st.builds(
    GenerationOptions,
    count=st.integers(min_value=1, max_value=30),
    level=st.sampled_from([None, "A1", "A2", "B1", "B2", "C1", "C2"]),
    seed=st.integers(min_value=0, max_value=10_000),
    cloze_typed=st.booleans(),
    keep_clitics=st.booleans(),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=texts, generation=options)
def test_it_keeps_the_invariants_on_any_mix_of_sentences(text, generation):
    analysed = analyze_text(text)
    items = generate(analysed, build_vocabulary(analysed), generation)
    check_items(analysed, items)
    kinds = [item.kind for item in items]
    assert all(kinds.count(kind) <= generation.count for kind in set(kinds))
    assert generate(analysed, build_vocabulary(analysed), generation) == items


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(" ".join(LINES).split()), min_size=1, max_size=40),
    seed=st.integers(min_value=0, max_value=100),
)
def test_it_survives_shuffled_words(words, seed):
    text = " ".join(words)
    analysed = analyze_text(text)
    items = generate(analysed, build_vocabulary(analysed), GenerationOptions(seed=seed))
    check_items(analysed, items)
