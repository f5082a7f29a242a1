"""The learned choice of reading: candidates, features, training and the shipped weights."""

import pytest

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.disambiguate import rule_trace
from exercises.arabic.context.features import candidates, text_features
from exercises.arabic.context.ranker import Instance, Ranker, default_ranker, rerank, train
from exercises.arabic.pipeline import analyze_text, text_readings


def reading(lemma: str, pos: str) -> Analysis:
    return Analysis(lemma, lemma, lemma, pos, f"N/{pos}", lemma, lemma_id=f"{lemma}_1")


def test_the_candidates_are_the_readings_the_rules_choice_and_its_exchanged_pos():
    noun, verb = reading("عمل", "NOUN"), reading("عمل", "VERB")
    options = candidates((noun, verb), noun)
    assert options[:2] == [noun, verb]
    assert {(o.lemma, o.pos) for o in options[2:]} == {
        ("عمل", "ADJ"),
        ("عمل", "PROPN"),
        ("عمل", "ADV"),
    }
    # A choice no reading equals (a name made by the rules) is offered too.
    name = reading("شي", "PROPN")
    assert name in candidates((noun,), name)


def test_every_candidate_gets_the_rules_figures_as_features():
    prepared = text_readings("قال الرئيس إن العمل بدأ")
    words = prepared.words()
    trace = rule_trace(words, prepared.layout)
    features = text_features(words, trace, prepared.layout)
    options, option_features = features[3]  # العمل
    assert len(options) == len(option_features) >= 2
    finals = [f for f in option_features if f.get("rule.final")]
    assert len(finals) == 1
    assert all(f["rule.score"] <= 0 for f in option_features if "rule.score" in f)
    assert any(f.get("rule.score") == 0 for f in option_features)


def test_training_learns_to_prefer_the_right_candidate_and_is_reproducible():
    good, bad = {"bias": 1.0, "good": 1.0}, {"bias": 1.0, "bad": 1.0}
    instances = [Instance((bad, good), frozenset({1})), Instance((good, bad), frozenset({0}))]
    model = train(instances * 5, epochs=3)
    assert model.best((bad, good)) == 1 and model.best((good, bad)) == 0
    assert train(instances * 5, epochs=3).weights == model.weights


def test_the_shipped_weights_load_and_choose_one_reading_per_word():
    assert len(default_ranker().weights) > 1000
    prepared = text_readings("وقد أعلن الرئيس أن الحكومة ستعمل على خفض الأسعار")
    chosen = rerank(prepared.words(), prepared.layout)
    assert len(chosen) == len(prepared.words()) and all(chosen)
    assert chosen[0].lemma_vocalized == "قَد"


def test_the_learned_strategy_runs_through_the_pipeline():
    analysed = analyze_text("ذهب الولد إلى المدرسة", strategy="learned")
    words = [item for item in analysed.tokens if item.token.kind == "word"]
    assert [item.analysis.pos for item in words][:2] == ["VERB", "NOUN"]


def test_a_ranker_with_no_weights_takes_the_first_candidate():
    assert Ranker({}).best(({"a": 1.0}, {"b": 1.0})) == 0


def test_the_default_choice_is_the_rules_and_the_variable_sets_it(monkeypatch):
    from exercises.arabic.pipeline import STRATEGY_VARIABLE, default_strategy

    monkeypatch.delenv(STRATEGY_VARIABLE, raising=False)
    assert default_strategy() == "context"
    monkeypatch.setenv(STRATEGY_VARIABLE, "learned")
    assert default_strategy() == "learned"
    monkeypatch.setenv(STRATEGY_VARIABLE, "neural")
    with pytest.raises(ValueError, match=STRATEGY_VARIABLE):
        default_strategy()
