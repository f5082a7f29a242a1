"""Wrong options for a cloze blank that look exactly like the answer and do not fit.

A distractor has the answer's part of speech and written shape: the same proclitics and article,
the same feminine, dual, plural and pronoun endings. It is built by attaching the answer's
written clitics to another lemma's stem and is kept only if the analyzer reads the built form
as that lemma with the answer's clitic tags. Words of the article come first (they are the
vocabulary being learnt), then other lemmas of the lexicon with a similar frequency. A word
whose gloss shares a meaning with the answer's, or that the article itself uses next to the same
neighbour, could fit the blank and is never offered.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from exercises.arabic.analysis_types import Analysis, AnalyzedToken
from exercises.arabic.frequency import zipf as word_zipf
from exercises.arabic.morphology.priors import reading_prior
from exercises.arabic.text.normalize import lookup_form, normalize_key, strip_tashkeel
from exercises.generators import option_words
from exercises.generators.article_context import ArticleContext
from exercises.generators.article_words import by_pos, by_shape, shape, slot_lemmas
from exercises.generators.glosses import (
    gloss_keys,
    glosses_overlap,
    is_generic_adjective,
    looks_plural,
)
from exercises.generators.lexicon_index import lexicon_index
from exercises.generators.people.cues import is_title_word
from exercises.generators.readings import is_loanword, parses_as
from exercises.generators.slot_form import reads_in_form
from exercises.generators.written import (
    letter_positions,
    split_written,
    tanween_well_placed,
    trailing_tanween,
)

_ARTICLE_WINDOW = 1.5
_MIN_ZIPF = 0.01
_RARER_BY = 1.5  # an option this much rarer than the answer looks like a non-word
_OPTION_FLOOR = 2.5  # rarer than this, a learner takes an option for a misprint (هوست)
_LEXICON_WINDOWS = (0.5, 1.0)
_LEXICON_TRIES = 80
# Words a teacher would not want to see offered at random in a news exercise.
_AVOIDED = frozenset(
    gloss_keys("god deity allah prophet religion religious worship sex sexual kill murder")
)
_LETTER_NAME = "(Arabic letter)"
_ARTICLE_SHARE = {"NOUN": 0}  # article words among the distractors, by part of speech


@dataclass(frozen=True, slots=True)
class Target:
    """The answer word cut into its clitics, its inflection and its stem, all as written.

    Clitics are what a learner may be shown around the gap (و، ب، ال، س and pronoun endings);
    inflection (the ت of تحتفل, the ة of زيارة, the ات of المجالات) belongs to the word.
    """

    item: AnalyzedToken
    analysis: Analysis
    clitic_prefix: str  # وال، ب، س
    inflection_prefix: str  # ت، ي، ن، أ of an imperfect verb
    stem: str  # without trailing tanween
    inflection_suffix: str  # ة، ات، ون، وا ... and tanween (ًا)
    clitic_suffix: str  # pronouns: ه، ها، هم، نا
    zipf: float

    @classmethod
    def of(cls, item: AnalyzedToken) -> Target:
        analysis = item.analysis
        assert analysis is not None
        prefix, stem, suffix = split_written(item.token.text, analysis)
        tanween = trailing_tanween(stem)
        if tanween:
            stem, suffix = stem[: -len(tanween)], tanween + suffix
        inflected = 1 if analysis.prefixes and "/IV" in analysis.prefixes[-1] else 0
        clitic_prefix, inflection_prefix = _cut_letters(
            prefix, len(analysis.prefix_text) - inflected
        )
        pronoun = sum(_letters(tag) for tag in analysis.suffixes if _is_pronoun(tag))
        if pronoun > len(analysis.suffix_text):
            pronoun = 0
        inflection_suffix, clitic_suffix = _cut_letters(suffix, len(analysis.suffix_text) - pronoun)
        frequency = max(item.zipf, word_zipf(analysis.lemma))
        return cls(
            item,
            analysis,
            clitic_prefix,
            inflection_prefix,
            stem,
            inflection_suffix,
            clitic_suffix,
            frequency,
        )

    @property
    def word(self) -> str:
        """What the gap hides when clitics stay visible."""
        return self.inflection_prefix + self.stem + self.inflection_suffix

    def with_stem(self, stem: str) -> tuple[str, str]:
        """Another stem in this word's shape: (whole word, the part a gap between clitics hides)."""
        middle = self.inflection_prefix + stem + self.inflection_suffix
        return self.clitic_prefix + middle + self.clitic_suffix, middle


def _letters(tag: str) -> int:
    """Written letters of a Buckwalter morpheme tag (``hum/POSS_PRON_3MP`` -> 2)."""
    morpheme = tag.split("/")[0]
    if morpheme == "(null)":
        return 0
    return sum(1 for char in morpheme if char not in "aiuo~`FNK")


def _is_pronoun(tag: str) -> bool:
    return "PRON" in tag or "_DO:" in tag


def _cut_letters(text: str, letters: int) -> tuple[str, str]:
    """``text`` cut after ``letters`` letters, vowel marks staying with their letter."""
    positions = letter_positions(text)
    if letters <= 0:
        return "", text
    if letters >= len(positions):
        return text, ""
    return text[: positions[letters]], text[positions[letters] :]


@dataclass(frozen=True, slots=True)
class Distractor:
    word: str  # the whole word, for a gap that hides the whole word
    stem: str  # the word without its clitics, for a gap between visible clitics
    lemma: str
    source: str  # "article", "article-lemma" or "lexicon"


class _Search:
    def __init__(self, article: ArticleContext, target: Target, rng: random.Random) -> None:
        self.article = article
        self.target = target
        self.rng = rng
        answer = target.analysis
        self.answer = answer
        self.answer_key = normalize_key(answer.lemma)
        self.answer_form = normalize_key(target.item.token.text)
        self.plural = _needs_number_match(answer) and looks_plural(answer.gloss)
        self.excluded = _excluded_lemmas(article, target)
        self.title = is_title_word(target.item.token.text)
        self.chosen: list[Distractor] = []
        self.seen_forms: set[str] = {self.answer_form}
        self.possessed = any("POSS_PRON" in tag for tag in answer.suffixes)
        self.bare = not answer.prefix_text and not answer.suffix_text  # indefinite, or construct
        self.answer_letters = _letter_count(target.word)

    def accept(self, stem: str, lemma: str, root: str, gloss: str, lemma_id: str | None) -> bool:
        """Whether the answer's clitics around ``stem`` make a good distractor."""
        answer = self.answer
        if not tanween_well_placed(self.target.with_stem(stem)[0]):
            return False  # وفقً، أمسً: the answer's tanween without the alif it needs here
        if not _about_as_long(_letter_count(self.target.with_stem(stem)[1]), self.answer_letters):
            return False  # زر، قط، طن beside صاروخ: the odd one out is the answer
        form = answer.prefix_text + stem + answer.suffix_text
        key = normalize_key(form)
        if key in self.seen_forms or not gloss:
            return False
        lemma_key = normalize_key(lemma)
        if lemma_key == self.answer_key or lemma_key in self.excluded:
            return False
        if gloss[:1].isupper():
            return False  # الإفريقي (African), الشيعي: people and names fit many gaps
        if gloss_keys(gloss) & _AVOIDED or _LETTER_NAME in gloss:
            return False  # نون "nun (Arabic letter)": a letter's name reads as no word here
        if answer.pos == "ADJ" and is_generic_adjective(gloss):
            return False  # كبرى، أخرى fit any noun: they would fit the gap too
        if self.title and is_title_word(form):
            return False  # before a name, any title fits: الطبيب سامي / النائب سامي
        floor = min(_OPTION_FLOOR, self.target.zipf - 0.5)
        if word_zipf(form) < max(_MIN_ZIPF, self.target.zipf - _RARER_BY, floor):
            return False  # never or hardly seen written: reads as a misspelling (المساعيد)
        if is_loanword(form):
            return False  # مارشال: a borrowing stands out among Arabic words
        if self.bare and _defective_plural(stem):
            return False  # أغاني where the slot is indefinite: written أغانٍ there
        if option_words.fits_the_same_slots(lemma_key, root, answer):
            return False  # قال، أكد before a quotation; بلغ، تجاوز before a figure; الأقوى
        if option_words.never_offered(self.article.analyzer, form):
            return False  # وفق، أمس beside نهاية; باش beside استقل
        if root and answer.root and root == answer.root:
            return False
        if glosses_overlap(gloss, answer.gloss):
            return False
        if _needs_number_match(answer):
            if looks_plural(gloss) != self.plural:
                return False
        elif looks_plural(gloss):
            return False  # a broken plural with a plural ending (الأجهزات) is no word
        analyzer = self.article.analyzer
        if not parses_as(
            analyzer,
            form,
            pos=answer.pos,
            prefixes=answer.prefixes,
            suffixes=answer.suffixes,
            lemma_id=lemma_id,
            stem=stem,
        ):
            return False
        if not self._reads_only_as_intended(form):
            return False
        self.seen_forms.add(key)
        return True

    def _reads_only_as_intended(self, form: str) -> bool:
        """A reader takes ``form`` in its likeliest reading: that one must have the answer's part
        of speech and clitics (تعارض for تعميم reads as a verb, سر for استمر as a noun). No
        reading may be a name, the answer's lemma or root, or share the answer's meaning."""
        answer = self.answer
        if form.endswith("ه") and self.article.analyzer.analyze(form[:-1] + "ة"):
            return False  # بطريقه "by his road" reads as بطريقة with a slip
        readings = self.article.analyzer.analyze(form)
        if option_words.another_construction(form, readings, answer):
            return False
        for reading in readings:
            if (
                reading.pos == "PROPN"
                or reading.gloss[:1].isupper()
                or _LETTER_NAME in reading.gloss
            ):
                return False  # نبيل، خاتمي read as people in an options list; نون as a letter
            if normalize_key(reading.lemma) == self.answer_key:
                return False
            if answer.root and reading.root == answer.root:
                return False
            if glosses_overlap(reading.gloss, answer.gloss):
                return False
            if self.possessed and reading.pos == "ADJ":
                return False  # حزينه for زميله: an adjective takes no possessive, a misspelt ة
        best = max(readings, key=reading_prior)
        return (
            _pos_class(best.pos) == _pos_class(answer.pos)
            and best.prefixes == answer.prefixes
            and best.suffixes == answer.suffixes
            and reads_in_form(self.article.analyzer, form, answer, readings)
        )

    def add(self, stem: str, lemma: str, source: str) -> None:
        word, middle = self.target.with_stem(stem)
        self.chosen.append(Distractor(word=word, stem=middle, lemma=lemma, source=source))


def find_distractors(
    article: ArticleContext,
    target: Target,
    rng: random.Random,
    wanted: int = 3,
    avoid: frozenset[str] = frozenset(),
) -> list[Distractor]:
    """Up to ``wanted`` distractors, article words first, then the lexicon's.

    Words of the same article share its topic, and in blind reviews a noun of the same story
    fitted the gap as well as the answer in about one item in five (النسخة for البطولة, الدكتورة
    for الوزارة): nouns take their distractors from the lexicon, verbs, adjectives and adverbs
    one article word at most, and the lexicon gives the rest. ``avoid``: normalized forms never
    offered (the answers of the other items of the set).
    """
    search = _Search(article, target, rng)
    search.seen_forms |= avoid  # the answers of the set's other items
    spare = wanted + 2  # a few more than needed so the seed has a choice
    from_article = _ARTICLE_SHARE.get(target.analysis.pos, 1)
    _from_article(search, spare)
    _from_article_lemmas(search, spare)
    head = search.chosen[:spare]
    rng.shuffle(head)
    head = head[:from_article]
    search.chosen = list(head)
    _from_lexicon(search, len(head) + spare)
    tail = [d for d in search.chosen if d.source == "lexicon"]
    rng.shuffle(tail)
    return (head + tail)[:wanted]


def _from_article(search: _Search, enough: int) -> None:
    """Article words that already have the answer's exact shape."""
    answer = search.answer
    candidates = [
        item
        for item, zipf in by_shape(search.article).get(shape(answer), ())
        if abs(zipf - search.target.zipf) <= _ARTICLE_WINDOW
    ]
    search.rng.shuffle(candidates)
    for item in candidates:
        analysis = item.analysis
        assert analysis is not None
        _, stem, _ = split_written(item.token.text, analysis)
        stem = strip_tashkeel(stem)
        if search.accept(
            lookup_form(stem), analysis.lemma, analysis.root, analysis.gloss, analysis.lemma_id
        ):
            search.add(stem, analysis.lemma, "article")
            if len(search.chosen) >= enough:
                return


def _from_article_lemmas(search: _Search, enough: int) -> None:
    """Other lemmas of the article, inflected into the answer's shape with their lexicon stems."""
    answer = search.answer
    index = lexicon_index(search.article.analyzer.lexicon)
    lemma_ids = list(
        dict.fromkeys(
            lemma_id
            for lemma_id, zipf in by_pos(search.article).get(answer.pos, ())
            if abs(zipf - search.target.zipf) <= _ARTICLE_WINDOW
        )
    )
    search.rng.shuffle(lemma_ids)
    for lemma_id in lemma_ids:
        for stem in index.by_lemma.get(lemma_id, []):
            if stem.upos != answer.pos or not index.well_spelled(stem):
                continue
            if search.accept(stem.written, stem.lemma, stem.root, stem.gloss, lemma_id):
                search.add(stem.written, stem.lemma, "article-lemma")
                break
        if len(search.chosen) >= enough:
            return


def _from_lexicon(search: _Search, enough: int) -> None:
    """Lemmas of the lexicon with the answer's stem category and a similar frequency."""
    answer = search.answer
    category = answer.tag.rsplit("/", 1)[0] if "/" in answer.tag else ""
    if not category:
        return
    index = lexicon_index(search.article.analyzer.lexicon)
    tried: set[str] = set()
    for window in _LEXICON_WINDOWS:
        near = index.near(category, answer.pos, search.target.zipf, window)
        near = [entry for entry in near if entry[1].lemma_id not in tried]
        # A seeded sample, closest frequencies first: cheaper than shuffling thousands.
        near = search.rng.sample(near, min(len(near), 3 * _LEXICON_TRIES))
        near.sort(key=lambda entry: round(abs(entry[0] - search.target.zipf) * 4))
        for _, stem in near[:_LEXICON_TRIES]:
            tried.add(stem.lemma_id)
            if not index.well_spelled(stem):
                continue
            if search.accept(stem.written, stem.lemma, stem.root, stem.gloss, stem.lemma_id):
                search.add(stem.written, stem.lemma, "lexicon")
                if len(search.chosen) >= enough:
                    return


def _defective_plural(stem: str) -> bool:
    """أغاني، مباني، نواحي: a broken plural of the pattern فَعالِي, whose ي is dropped when it is
    indefinite and not accusative (أغانٍ)."""
    letters = strip_tashkeel(stem)
    return len(letters) == 5 and letters[2] == "ا" and letters.endswith("ي")


def _letter_count(word: str) -> int:
    return len(strip_tashkeel(word).replace("\u0640", ""))


def _about_as_long(letters: int, answer_letters: int) -> bool:
    """Options of about the answer's length: a learner picks the one whose length differs."""
    if answer_letters >= 4 and letters < 3:
        return False
    return abs(letters - answer_letters) <= max(1, answer_letters // 2)


def _pos_class(pos: str) -> str:
    """Nouns and adjectives trade places in Arabic (السياسيين: politicians, political)."""
    return "NOUN" if pos == "ADJ" else pos


def _needs_number_match(analysis: Analysis) -> bool:
    """Nouns and adjectives without a number ending: singular and broken plural look alike."""
    return analysis.pos in ("NOUN", "ADJ") and not any(
        "DU" in tag or "PL" in tag for tag in analysis.suffixes
    )


def _excluded_lemmas(article: ArticleContext, target: Target) -> frozenset[str]:
    """Lemmas that would fit: those of the same sentence, and those the article uses in the slot:
    after the word before the gap (في ＿＿ rules out every noun the article puts after في) or
    before the content word after it."""
    item = target.item
    keys = article.lemma_keys
    sentence = article.document.sentences[item.token.sentence]
    excluded = set(keys[sentence.first_token : sentence.last_token])
    by_left, by_right = slot_lemmas(article)
    left, right = article.neighbour_lemmas[item.token.index]
    if left:
        excluded |= by_left[left]
    if right:
        excluded |= by_right[right]
    excluded.discard("")
    return frozenset(excluded)
