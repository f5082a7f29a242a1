"""Scoring against a CoNLL-U file, on a tiny treebank written here (no shared data needed)."""

from exercises.arabic.evaluation.conllu import GoldToken, read_conllu
from exercises.arabic.evaluation.report import format_report
from exercises.arabic.evaluation.scoring import comparable_lemma, core_tokens, evaluate

CONLLU = """# newdoc id = d1
# sent_id = s1
# text = زار الرئيس بكين.
1\tزار\tزَار\tVERB\t_\t_\t0\troot\t_\t_
2\tالرئيس\tرَئِيس\tNOUN\t_\t_\t1\tnsubj\t_\t_
3\tبكين\tبِكِين\tPROPN\t_\t_\t1\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

# newdoc id = d1
# sent_id = s2
# text = وقال لأوباما إنه مستعد.
1\tو\tوَ\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No
2\tقال\tقَال\tVERB\t_\t_\t0\troot\t_\t_
3\tل\tلِ\tADP\t_\t_\t4\tcase\t_\tSpaceAfter=No
4\tأوباما\tأُوبَامَا\tPROPN\t_\t_\t2\tobl\t_\t_
5\tإن\tإِنَّ\tPART\t_\t_\t7\tmark\t_\tSpaceAfter=No
6\tه\tهُوَ\tPRON\t_\t_\t7\tnsubj\t_\t_
7\tمستعد\tمُستَعِدّ\tADJ\t_\t_\t2\tccomp\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def tokens(*pairs):
    return tuple(GoldToken(form, "", upos, 0, 0) for form, upos in pairs)


def test_it_reads_sentences_with_offsets_into_their_text(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    first, second = read_conllu(path)
    assert (first.sent_id, first.doc_id, first.aligned) == ("s1", "d1", True)
    for sentence in (first, second):
        for token in sentence.tokens:
            assert sentence.text[token.start : token.end] == token.form
    assert len(read_conllu(path, limit=1)) == 1


def test_the_main_token_is_the_one_that_is_not_a_clitic():
    assert core_tokens(tokens(("ل", "ADP"), ("أوباما", "PROPN")))[0].form == "أوباما"
    assert core_tokens(tokens(("إن", "PART"), ("ه", "PRON")))[0].form == "إن"
    assert core_tokens(tokens(("و", "CCONJ"), ("هو", "PRON")))[0].form == "هو"
    # A preposition carrying a pronoun is scored as the preposition.
    assert core_tokens(tokens(("ب", "ADP"), ("ه", "PRON")))[0].form == "ب"


def test_lemmas_compare_without_vowels_hamza_seats_or_the_article():
    assert comparable_lemma("مُستَعِدّ") == comparable_lemma("مستعد")
    assert comparable_lemma("إِلَى") == comparable_lemma("الى")
    assert comparable_lemma("ذ`لِكَ") == comparable_lemma("ذٰلِكَ")  # backquoted dagger alef
    assert comparable_lemma("الرئيس") == comparable_lemma("رَئِيس")
    assert comparable_lemma("مدرسة") == comparable_lemma("مدرسه")


def test_it_scores_the_pipeline_and_the_first_analysis_baseline(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    results = evaluate(read_conllu(path), strategies=("context", "first"))
    context = results["context"]
    # زار الرئيس بكين / وقال لأوباما إنه مستعد: seven Arabic words, all aligned.
    assert context.words == 7 and context.unaligned == 0
    assert context.content_words == 6
    assert context.lemma_accuracy >= 6 / 7
    assert results["first"].words == 7
    report = format_report(results, errors=3)
    assert "in context" in report and "first analysis" in report
