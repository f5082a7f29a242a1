"""Words whose presence around a word tells how to read it.

Prepositions and particles that call for or rule out a verb, titles that announce a name,
nouns that head names of places and bodies, calendar names, quantity words and time nouns.
All are normalized keys (:func:`normalize_key`), compared with the normalized written word.
"""

from __future__ import annotations

from exercises.arabic.text.normalize import normalize_key


def _keys(*words: str) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in words)


PREPOSITIONS = _keys(
    "في", "من", "على", "إلى", "عن", "مع", "حتى", "منذ", "خلال", "بين", "عند", "لدى", "نحو",
    "حول", "دون", "ضد", "عبر", "تحت", "فوق", "أمام", "بعد", "قبل", "بحلول", "وفي", "ومن",
    "وعلى", "وإلى", "ومع", "وبين", "وخلال", "وبعد", "وقبل",
)  # fmt: skip

# Prepositions that only take a noun (not من, also "who"): after them a word the lexicon reads only as a verb is a
# name (في فيسبوك، بين سولا وترامب). حتى، منذ، بعد، قبل may introduce a clause.
NOUN_PREPOSITIONS = _keys(
    "في", "على", "إلى", "عن", "مع", "بين", "عند", "لدى", "نحو", "حول", "دون", "ضد",
    "عبر", "تحت", "فوق", "أمام", "مثل", "وفي", "وعلى", "وإلى", "ومع", "وبين", "ومثل",
)  # fmt: skip

STRONG_VERB_TRIGGERS = _keys("قد", "لقد", "لن", "لم", "سوف", "وقد", "ولقد", "ولن", "ولم", "فقد")

VERB_PARTICLES = _keys("قد", "لن", "لم", "سوف")

# Words after which a clause often opens with its verb: ثم أوعز، قد أعلن.
CLAUSE_VERB_OPENERS = STRONG_VERB_TRIGGERS | _keys("ثم", "وثم")

# Relative pronouns and subordinators that open a clause, most often verbal: الذي وضع،
# عندما لعب، كما حدث، مما سبب، أنه حدث.
CLAUSE_OPENERS = _keys(
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي", "والذي", "والتي",
    "والذين", "عندما", "وعندما", "حين", "حينما", "بعدما", "كلما", "كما", "مما", "لما", "كيف",
    "بينما", "ريثما", "طالما", "أينما", "حيثما",
    # أَنَّ with its subject pronoun, most often before the verb: أنه حدث، لأنه وضع
    "أنه", "لأنه", "بأنه", "أنها", "لأنها", "بأنها",
)  # fmt: skip

# Fixed expressions: after the first word, the second has one reading (من أجل: for the sake
# of, the noun أَجْل, not the elative أَجَلّ nor the verb أَجَّل).
FIXED_READINGS = {
    (normalize_key("من"), normalize_key("أجل")): "أَجْل",
    (normalize_key("ومن"), normalize_key("أجل")): "أَجْل",
}

WEAK_VERB_TRIGGERS = _keys("لا", "ما", "أن", "ولا", "كي", "لكي")

TITLES = _keys(
    "الرئيس", "الرئيسة", "السيد", "السيدة", "الزعيم", "الملك", "الملكة", "الأمير", "الأميرة",
    "الشيخ", "الوزير", "الدكتور", "المستشار", "المستشارة", "الجنرال", "الأمين", "المتحدث",
    "السفير", "العاهل", "البابا", "القائد", "المدرب", "اللاعب", "الكاتب", "الفنان", "الممثل",
    "المغني", "الرئيسان", "رئيس", "رئيسة", "وزير", "السيناتور", "النائب",
)  # fmt: skip

# Verbs of saying, most often followed by who speaks: قال ثاقب، صرح جيف نوت.
SAYING_VERBS = _keys(
    "قال", "قالت", "وقال", "وقالت", "يقول", "تقول", "ويقول", "وتقول", "صرح", "صرحت", "أضاف",
    "أضافت", "أوضح", "أوضحت", "شرح", "شرحت", "كتب", "كتبت", "أكد", "أكدت", "ذكر", "ذكرت",
)  # fmt: skip

# Common nouns that are part of the names they head (جامعة هارفرد، نهر النيل), unlike
# classifiers that only describe (مدينة نيويورك، شركة روجرز).
NAME_HEADS = _keys(
    "جامعة", "كلية", "معهد", "نهر", "بحر", "بحيرة", "جزيرة", "جزر", "جبل", "جبال", "خليج",
    "محيط", "صحراء", "وادي", "بنك", "مطار", "ميناء", "متحف", "مستشفى", "جمهورية", "مملكة",
    "إمارة", "سلطنة", "حزب", "وكالة", "هيئة", "مؤسسة", "منظمة", "معاهدة", "كأس", "بطولة",
    "جائزة", "فندق", "مسرح", "ملعب", "قصر", "ساحة", "كنيسة", "مسجد", "نادي",
)  # fmt: skip

# Heads and adjectives of well-known names written with ال: الولايات المتحدة، البحر الأحمر.
DEFINITE_NAME_HEADS = _keys(
    "ولاية", "أمة", "مملكة", "إمارة", "اتحاد", "بحر", "محيط", "حزب", "إمبراطورية",
    "جمهورية", "حرب", "جامعة", "جمعية", "كنيسة",
)  # fmt: skip

NAME_ADJECTIVES = _keys(
    "متحد", "أوروبي", "سوفيتي", "أحمر", "أبيض", "أسود", "متوسط", "ميت", "كاريبي", "هادي",
    "أطلسي", "هندي", "جمهوري", "ديمقراطي", "شيوعي", "عالمي", "روماني", "عثماني", "بريطاني",
    "بيزنطي", "كاثوليكي", "أرثوذكسي", "ملكي", "عربي", "أفريقي",
)  # fmt: skip

# Months (Syriac and Gregorian names) and weekdays are names in the UD treebanks.
CALENDAR_NAMES = _keys(
    "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip

CALENDAR_DEFINITE = _keys(
    "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"
)

# Bodies whose name is the head and a definite noun: وزارة الدفاع، مجلس الشيوخ.
INSTITUTION_HEADS = _keys(
    "مجلس", "وزارة", "محكمة", "هيئة", "وكالة", "منظمة", "جمعية", "مؤسسة", "صندوق", "جامعة",
    "كلية", "معهد", "حزب",
)  # fmt: skip

ANY_NAME_HEAD = NAME_HEADS | INSTITUTION_HEADS | DEFINITE_NAME_HEADS

QUANTITY_WORDS = _keys("عديد", "كثير", "قليل", "مزيد", "بعض", "معظم", "أغلب", "كثير")

# بشكل، بصورة، بطريقة + an indefinite adjective say how something is done (بشكل كبير).
MANNER_NOUNS = _keys("بشكل", "بصورة", "بطريقة")

COPULAS = _keys("ليس", "ليست", "ليسوا", "ليسا", "لست", "لسنا")

DEFINITE_TITLES = frozenset(key for key in TITLES if key.startswith("ال"))

TIME_NOUNS = _keys("يوم", "عام", "سنة", "شهر", "أسبوع", "صباح", "مساء", "ليلة", "فترة")

# Nouns for a part of a time span, which govern the time noun after them: منتصف عام 2030.
TIME_SPAN_PARTS = _keys(
    "منتصف", "بداية", "نهاية", "مطلع", "أوائل", "أواخر", "أواسط", "صيف", "ربيع", "خريف",
    "شتاء", "صباح", "مساء", "ظهر", "فجر", "ليلة", "عشية", "حلول", "قبيل", "مدار", "طوال",
)  # fmt: skip

WEEKDAYS_AND_DEMONSTRATIVES = _keys(
    "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "هذا", "هذه", "ذلك", "الماضي", "المقبل", "القادم", "الحالي",
)  # fmt: skip

EXISTENTIAL = _keys("هناك", "هنالك", "ثمة")

THIS_THESE = _keys("هذا", "هذه")
