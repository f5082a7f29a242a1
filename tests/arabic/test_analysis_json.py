"""The stored analysis: compact rows, readings stored once, rebuilt exactly; the former shape is
still read."""

import json
from dataclasses import asdict
from pathlib import Path

from exercises.arabic.analysis_json import analysis_from_json, analysis_to_json
from exercises.arabic.pipeline import analyze_text

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ad039091c34c510c.txt"


def test_an_analysis_is_rebuilt_exactly_from_its_json():
    analysed = analyze_text(SEED.read_text(encoding="utf-8"))
    stored = json.loads(json.dumps(analysis_to_json(analysed)))
    assert analysis_from_json(stored) == analysed
    readings = {item.analysis for item in analysed.tokens if item.analysis is not None}
    assert len(stored["analyses"]) == len(readings) < len(analysed.tokens)
    assert len(stored["tokens"]) == len(analysed.tokens)


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
