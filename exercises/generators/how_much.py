"""«كم ...؟» questions about a figure, built from the clause it completes.

- «ارتفع خام برنت بنسبة 1.2%» -> «بأي نسبة ارتفع خام برنت؟»
- «رفع الجيش الملكي رصيده إلى 61 نقطة» -> «إلى كم رفع الجيش الملكي رصيده؟»
- «بلغ عدد الزوار 40 ألف زائر» -> «كم بلغ عدد الزوار؟» (a verb of ``quantity_verbs`` first)
- «وسجل مع الفريق 47 هدفا» -> «كم هدفا سجل المهاجم سامر خليل مع الفريق؟» (the counted noun,
  the subject named: ``clause_subject``)

The clause is verb-first and points to nothing outside it (``question_clause``); words
that make the figure approximate (نحو) stay out of it and the question says «تقريبا»; a figure
given as a bound (أكثر من، تجاوز) is not asked. The options are the figure and wrong
values of its kind in the same words (61 نقطة، 55 نقطة ...), values that take the same form of
the counted noun (3-10 a plural, 11-99 an accusative, 100 and up a genitive).
"""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.clause_subject import subject_length
from exercises.generators.common import rng_for, window
from exercises.generators.dates import clause_start
from exercises.generators.definite_subject import definite_subject
from exercises.generators.facts import (
    Fact,
    fact_question,
    far_values,
    figure_value,
    wrong_values,
)
from exercises.generators.figure_bounds import (
    beyond,
    bound_phrase,
    far_apart,
    figure_qualifier,
)
from exercises.generators.figure_clauses import nominal_clause, reported_clause
from exercises.generators.figure_words import counted_noun, figure_words, same_form
from exercises.generators.glosses import looks_plural
from exercises.generators.items import Item
from exercises.generators.people.cues import is_title, speech_verb
from exercises.generators.question_clause import question_clause

_APPROXIMATORS = word_list("approximators")
_MEASURE = word_list("quantity_verbs", "measure")
_COUNT = word_list("quantity_verbs", "count")
_CHANGE = word_list("quantity_verbs", "change")
_ESTIMATE = word_list("quantity_verbs", "estimate")
_BY = frozenset(normalize_key(w) for w in ("بـ", "ب"))
_MEASURE_NOUNS = word_list("measure_nouns")
_TO = normalize_key("إلى")
_BY_RATE = normalize_key("بنسبة")
_RADIUS = 100


def how_much_items(article: ArticleContext, facts: list[Fact], seed: int) -> list[Item]:
    items = []
    for position, fact in enumerate(facts):
        if fact.kind not in ("number", "decimal", "percent"):
            continue
        question = _question(article, fact)
        if question is None:
            continue
        key = f"comprehension:numbers:how_much:{fact.token}"
        nearby = list(window(facts, position, _RADIUS))
        values = wrong_values(article, fact, nearby, rng_for(seed, key, "values"), wanted=6)
        before, after = figure_words(article, fact)
        values = [value for value in values if same_form(value, fact.text, after)]
        if "تقريبا" in question:  # «نحو 80 مليون»: 75 million is about 80 million too
            far = far_values(fact, rng_for(seed, key, "far"))
            values = [v for v in [*values, *far] if far_apart(v, fact.text)]
            values = [v for v in dict.fromkeys(values) if same_form(v, fact.text, after)]
        bound = bound_phrase(article, fact)
        if bound is not None:  # «أكثر من 130 ألف شخص»: every option says «أكثر من»
            start, lower = bound
            figure = article.tokens[fact.token].token.start
            before = article.text[article.tokens[start].token.start : figure] + before
            far = far_values(fact, rng_for(seed, key, "far"))
            values = [
                v for v in beyond(fact, [*values, *far], lower) if same_form(v, fact.text, after)
            ]
        if after.startswith((" ألف", " آلاف")):  # «1200 ألف» is written «1.2 مليون»
            values = [value for value in values if figure_value(value) < 1000]
        item = fact_question(
            article,
            fact,
            key=key,
            subtype="numbers",
            prompt=question,
            instruction="How much or how many, according to the article?",
            answer=f"{before}{fact.text}{after}",
            distractors=[f"{before}{value}{after}" for value in values],
            seed=seed,
        )
        if item is not None:
            items.append(item)
    return items


def _question(article: ArticleContext, fact: Fact) -> str | None:
    qualifier = figure_qualifier(article, fact.token)
    tokens = article.tokens
    position = fact.token
    if qualifier == "bound":
        # «أكثر من 300 لاعب»: asked with the bound in every option; «تجاوز 300»: not asked
        bound = bound_phrase(article, fact)
        if bound is None:
            return None
        position = bound[0]
    while position > 0 and normalize_key(tokens[position - 1].token.text) in _APPROXIMATORS:
        position -= 1
    if position == 0 or tokens[position - 1].token.sentence != fact.sentence:
        return None
    lead = normalize_key(tokens[position - 1].token.text)
    by = lead in _BY or normalize_key(tokens[position].token.text).startswith("ب")
    if lead in (_TO, _BY_RATE) or lead in _BY:
        stop = position - 1
        opener = "إلى كم" if lead == _TO else "بأي نسبة" if lead == _BY_RATE else "بكم"
    elif _completes_noun(tokens[position - 1]):
        return None  # «بطول 600 متر وعمق 15 مترا»: the figure is the depth's, not the verb's
    else:
        stop, opener = position, "كم"
    start = clause_start(article, fact.sentence, stop, {})
    if start is None or start >= stop:
        return None
    words = reported_clause(article, tokens[start:stop])
    if not words:
        return None
    verb = normalize_key(words[0].token.text).removeprefix("و")
    last = normalize_key(words[-1].token.text).removeprefix("و")
    about = " تقريبا" if qualifier == "approximate" else ""  # «نحو 2.5 مليون»
    if by and (verb in _ESTIMATE or last in _ESTIMATE):
        opener = "بكم"  # «تقدر بنحو 60 مليار»: بكم تقدر ...؟
    elif opener == "بكم":
        return None
    elif opener == "كم" and fact.kind == "percent":
        if verb in _CHANGE or last in _CHANGE:
            opener = "بأي نسبة"  # «صعد الذهب 0.9 بالمئة»
        elif verb not in _MEASURE and last not in _MEASURE:
            return None  # «كم» counts; a percentage is asked «بأي نسبة» or «كم بلغت»
    elif (opener == "بأي نسبة") != (fact.kind == "percent") and opener != "إلى كم":
        return None  # «كم» counts, «بأي نسبة» asks a percentage
    verbs = _ESTIMATE if opener == "بكم" else _CHANGE if opener == "بأي نسبة" else _MEASURE
    nominal = nominal_clause(article, words, verbs if opener != "إلى كم" else frozenset())
    if nominal:
        return f"{opener} {nominal}{about}؟"
    counted = opener == "كم" and fact.kind != "percent" and nominal_clause(article, words, _COUNT)
    if counted and (noun := counted_noun(article, fact)):
        return f"كم {noun} {counted}{about}؟"  # «المركز استقبل 3500 زائر»: كم زائرا استقبل المركز؟
    if opener == "كم":
        if verb in _MEASURE and not subject_length(article, words[1:], words[0]):
            return None  # «كم بلغ ...؟» needs what is measured (عدد الزوار) as its subject
        if verb in _COUNT and fact.kind != "percent":
            noun = counted_noun(article, fact)
            if not noun:
                return None  # «كم سجل ...؟» without what was counted
            opener = f"كم {noun}"
        elif verb not in _MEASURE:
            return None
    elif opener == "بأي نسبة" and lead != _BY_RATE and verb not in _CHANGE:
        return None
    clause = question_clause(article, words)
    if opener == "إلى كم" and _to_in_cut_tail(clause, words):
        return None  # cut before what rises to the figure (... الهادفة إلى رفع التمويل إلى)
    if opener == "إلى كم" and _TO in {normalize_key(word) for word in clause.split()}:
        return None  # «أدى نقص المياه إلى تراجع المساحات إلى ...»: «إلى كم أدى ...» asks nothing
    return f"{opener} {clause}{about}؟" if clause else None


def _completes_noun(item) -> bool:
    """An indefinite noun with no pronoun right before the figure (بطول، وعمق، مسافة): the
    figure is its complement, and a question cut before the figure ends on it."""
    analysis = item.analysis
    return (
        item.token.kind == "word"
        and analysis is not None
        and analysis.pos == "NOUN"
        and "Al/DET" not in analysis.prefixes
        and not any("PRON" in tag for tag in analysis.suffixes)
    )


def _to_in_cut_tail(clause: str, words: list) -> bool:
    """Whether the words the question left out after its clause hold another «إلى»: the figure's
    «إلى» then completes what follows that one (الهادفة إلى رفع التمويل إلى 1.3 تريليون)."""
    last = clause.split()[-1] if clause else ""
    kept = max((i for i, w in enumerate(words) if w.token.text == last), default=len(words))
    return any(normalize_key(w.token.text) == _TO for w in words[kept + 1 :])


def what_items(article: ArticleContext, facts: list[Fact], seed: int) -> list[Item]:
    """«ما الذي ارتفع بنسبة 1.2%؟»: the subject of a «verb + subject + figure» clause, the
    subjects of the article's other such clauses (then of its other verb-first sentences) as
    the wrong options."""
    found = [(fact, asked) for fact in facts if (asked := _what(article, fact)) is not None]
    subjects = _by_head([subject for _, (_, subject) in found] + _other_subjects(article))
    items = []
    for fact, (question, subject) in found:
        sentence = normalize_key(article.document.sentence_text(fact.sentence))
        measured = _is_measure(subject)
        wrong = [
            other
            for other in dict.fromkeys(subjects)
            if normalize_key(other) != normalize_key(subject)
            and normalize_key(other) not in sentence
            and (_is_measure(other) or not measured)
        ]
        key = f"comprehension:numbers:what:{fact.token}"
        rng_for(seed, key, "subjects").shuffle(wrong)
        item = fact_question(
            article,
            fact,
            key=key,
            subtype="numbers",
            prompt=question,
            instruction="What does this figure of the article describe?",
            answer=subject,
            distractors=wrong,
            seed=seed,
        )
        if item is not None:
            items.append(item)
    return items


def _is_measure(subject: str) -> bool:
    """«قيمة الجائزة»: an amount; beside it only other amounts are options (not الصحيفة)."""
    head = normalize_key(subject.split()[0]).removeprefix("ال")
    return head in _MEASURE_NOUNS


def _what(article: ArticleContext, fact: Fact) -> tuple[str, str] | None:
    if fact.kind not in ("number", "decimal", "percent"):
        return None
    tokens = article.tokens
    position = fact.token
    while position > 0 and normalize_key(tokens[position - 1].token.text) in _APPROXIMATORS:
        position -= 1
    if position and normalize_key(tokens[position - 1].token.text) in (_TO, _BY_RATE):
        position -= 1
    start = _comma_or_start(article, fact.sentence, position)
    if start is None or start >= position:
        return None
    words = list(tokens[start:position])
    subject = _named_subject(words[1:])
    verb = _masculine(article, words[0], subject)
    if not verb or not _thing(article, subject):
        return None
    following = fact.token + 1
    while following < len(tokens) and tokens[following].token.kind != "word":
        following += 1
    if following < len(tokens) and normalize_key(tokens[following].token.text) == "من":
        return None  # 6% من سكان العالم: the figure is of something else
    _, after = figure_words(article, fact)
    figure = article.text[tokens[position].token.start : tokens[fact.token].token.end] + after
    return f"ما الذي {verb} {figure}؟", _shown(article, subject)


def _comma_or_start(article: ArticleContext, sentence: int, stop: int) -> int | None:
    """The clause before token ``stop`` starts at the statement or after a comma (quotes and
    brackets inside it are kept: a name may be quoted); None past another number."""
    tokens = article.tokens
    statement_start, _ = article.statement(sentence)
    first = article.document.sentences[sentence].first_token
    position = stop
    while position > first and tokens[position - 1].token.start >= statement_start:
        token = tokens[position - 1].token
        if token.text in ("،", ":", "؛", "."):
            break
        if token.kind == "number":
            return None
        position -= 1
    return position


def _named_subject(words: list) -> list:
    """The whole stretch between the verb and the figure as its subject: a definite noun
    phrase, then only names, adjectives, genitives (لسوق دبي المالي) and a quoted or bracketed
    name; [] when anything else (a verb, a preposition, a comma) comes in between."""
    subject = definite_subject(words)
    if not subject:
        return []
    for item in words[len(subject) :]:
        analysis = item.analysis
        if item.token.kind in ("latin",) or item.token.text in ('"', "«", "»", "(", ")", "“", "”"):
            continue
        if (
            item.token.kind != "word"
            or analysis is None
            or analysis.pos
            not in (
                "NOUN",
                "ADJ",
                "PROPN",
            )
        ):
            return []
        if analysis.prefixes not in ((), ("Al/DET",), ("li/PREP",), ("li/PREP", "Al/DET")):
            return []
    return words


def _shown(article: ArticleContext, words: list) -> str:
    """The words as written, bracketed ones (TASI) left out."""
    text = article.text[words[0].token.start : words[-1].token.end]
    return " ".join(re.sub(r"\s*\([^()]*\)", "", text).split())


def _masculine(article: ArticleContext, item, subject: list) -> str:
    """The verb in the form «ما الذي» takes (ارتفعت -> ارتفع، تبلغ -> يبلغ), without و; "" for a
    verb after a particle or of the first or second person. The subject tells the verb's
    gender: the analysis often cannot (تبلغ is also a past tense)."""
    analysis = item.analysis
    if item.token.kind != "word" or analysis is None or analysis.pos != "VERB" or not subject:
        return ""
    text = item.token.text
    prefixes = list(analysis.prefixes)
    if prefixes[:1] in (["wa/CONJ"], ["fa/CONJ"]):
        text, prefixes = text[1:], prefixes[1:]
    if any(not tag.endswith("/FUT") and "IV" not in tag for tag in prefixes):
        return ""
    tags = (*prefixes, *analysis.suffixes)
    if any(person in tag for tag in tags for person in ("1S", "1P", "2M", "2F", "2D", "2P")):
        return ""
    if any("PRON" in tag or "_DO" in tag for tag in analysis.suffixes):
        return ""  # يليه: what it points to is not in the question
    head = subject[0]
    feminine = normalize_key(head.token.text).endswith("ه") or looks_plural(head.analysis.gloss)
    if not feminine:
        return text
    future = "س" if text.startswith("س") and any(t.endswith("/FUT") for t in prefixes) else ""
    core = text[len(future) :]
    past = any(tag.endswith("PVSUFF_SUBJ:3FS") for tag in analysis.suffixes)
    if core.endswith("ت") and not future and (past or not core.startswith("ت")):
        return core[:-1]  # ارتفعت، تراجعت: the past tense's feminine ending
    readings = article.analyzer.analyze(core) if core.startswith("ت") else ()
    if any("IV3FS" in tag for reading in readings for tag in reading.prefixes):
        return future + "ي" + core[1:]  # تبلغ -> يبلغ
    return ""  # تابع (he followed) before a feminine noun: the noun is its object, not subject


def _other_subjects(article: ArticleContext) -> list[str]:
    """The definite subjects of the article's verb-first prose sentences, in article order."""
    found = []
    for index in article.prose_sentences:
        start, _ = article.statement(index)
        words = [t for t in article.sentence_tokens(index) if t.token.start >= start]
        if not words or speech_verb(words[0]):
            continue  # who speaks is a person, not a thing a figure describes
        subject = definite_subject(words[1:])
        if _masculine(article, words[0], subject) and _thing(article, subject):
            found.append(_shown(article, subject))
    return found


def _by_head(subjects: list[str]) -> list[str]:
    """No two subjects sharing a word (الجهاز، الجهاز المركزي؛ الذهب، أسعار الذهب: one thing)."""
    seen: set[str] = set()
    kept = []
    for subject in subjects:
        words = {normalize_key(word) for word in subject.split()}
        if not words & seen:
            seen.update(words)
            kept.append(subject)
    return kept


def _thing(article: ArticleContext, subject: list) -> bool:
    """A subject that is no person: no title, no name of a person, no sound masculine plural
    (المستثمرون)."""
    return bool(subject) and not any(
        is_title(item)
        or item.token.index in article.people.name_tokens
        or (item.analysis is not None and any("MASC_PL" in t for t in item.analysis.suffixes))
        for item in subject
    )
