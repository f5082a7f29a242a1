"""The stored analysis: compact rows, readings stored once, rebuilt exactly; the former shape is
still read."""

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from exercises.arabic.analysis_json import analysis_from_json, analysis_to_json
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.token_table import unpack_tokens

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ad039091c34c510c.txt"


def test_an_analysis_is_rebuilt_exactly_from_its_json():
    analysed = analyze_text(SEED.read_text(encoding="utf-8"))
    stored = json.loads(json.dumps(analysis_to_json(analysed)))
    assert analysis_from_json(stored) == analysed
    readings = {item.analysis for item in analysed.tokens if item.analysis is not None}
    assert len(stored["analyses"]) == len(readings) < len(analysed.tokens)
    assert stored["tokens"]["count"] == len(analysed.tokens)


def test_the_stored_form_leaves_the_text_to_the_article_and_packs_the_tokens():
    text = SEED.read_text(encoding="utf-8")
    analysed = analyze_text(text)
    stored = json.loads(json.dumps(analysis_to_json(analysed, with_text=False)))
    assert "text" not in stored
    assert analysis_from_json(stored, text) == analysed
    # The rows as JSON numbers took some 40 characters a token; packed, under 10.
    assert len(stored["tokens"]["packed"]) < 10 * len(analysed.tokens)
    with pytest.raises(ValueError, match="no text"):
        analysis_from_json(stored)


def test_a_damaged_token_table_is_refused_not_misread():
    text = "زار الرئيس بكين في 2022.\nوقال إن الزيارة ناجحة."
    stored = json.loads(json.dumps(analysis_to_json(analyze_text(text))))
    shorter = {**stored, "tokens": {**stored["tokens"], "count": stored["tokens"]["count"] - 1}}
    with pytest.raises(ValueError, match="token count"):
        analysis_from_json(shorter)
    garbled = {**stored, "tokens": {**stored["tokens"], "packed": "not base64!"}}
    with pytest.raises(ValueError, match="damaged"):
        analysis_from_json(garbled)


def test_format_3_rows_are_still_read():
    analysed = analyze_text("زار الرئيس بكين في 2022.\nوقال إن الزيارة ناجحة.")
    stored = json.loads(json.dumps(analysis_to_json(analysed)))
    rows = list(unpack_tokens(stored["tokens"]["packed"], stored["tokens"]["count"]))
    former = {**stored, "format": 3, "tokens": [list(row) for row in rows]}
    assert analysis_from_json(json.loads(json.dumps(former))) == analysed


def test_the_former_shape_is_still_read():
    analysed = analyze_text("زار الرئيس بكين في 2022.\nوقال إن الزيارة ناجحة.")
    former = {
        "format": 1,
        "text": analysed.text,
        "paragraphs": [asdict(p) for p in analysed.document.paragraphs],
        "sentences": [asdict(s) for s in analysed.document.sentences],
        "tokens": [
            {
                **asdict(item.token),
                "analysis": None if item.analysis is None else list(asdict(item.analysis).values()),
                "zipf": item.zipf,
                "is_stopword": item.is_stopword,
                "in_lexicon": item.in_lexicon,
            }
            for item in analysed.tokens
        ],
    }
    assert analysis_from_json(json.loads(json.dumps(former))) == analysed
