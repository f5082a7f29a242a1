"""Choice in context, one rule per case, on short sentences."""

from exercises.arabic.context.scoring import Context, choose, score
from exercises.arabic.morphology.analyzer import default_analyzer


def test_after_a_preposition_no_verb(analyse, reading_of):
    # حدث: the verb "happened" or the noun "event"; after في only the noun.
    assert reading_of(analyse("وقع في حدث كبير."), "حدث").analysis.pos == "NOUN"


def test_after_qad_lan_lam_sawfa_a_verb(analyse, reading_of):
    assert reading_of(analyse("قد حدث ذلك أمس."), "حدث").analysis.pos == "VERB"
    assert reading_of(analyse("لم يكتب الرسالة."), "يكتب").analysis.pos == "VERB"
    assert reading_of(analyse("لن تقول شيئا."), "تقول").analysis.lemma_vocalized == "قال"


def test_with_the_future_prefix_a_verb(analyse, reading_of):
    reading = reading_of(analyse("سيعقد الاجتماع غدا."), "سيعقد").analysis
    assert reading.pos == "VERB" and reading.prefix_text == "سي"


def test_with_the_article_a_noun(analyse, reading_of):
    assert reading_of(analyse("كان الحدث كبيرا."), "الحدث").analysis.pos == "NOUN"


def test_waqad_before_a_verb_is_wa_plus_qad(analyse, reading_of):
    reading = reading_of(analyse("وقد تعهد الرئيسان بالتعاون."), "وقد").analysis
    assert (reading.lemma_vocalized, reading.prefix_text) == ("قَد", "و")


def test_an_adjective_agrees_with_the_noun_before_it(analyse, reading_of):
    document = analyse("زار الرئيس الروسي البلد الكبير.")
    assert reading_of(document, "الروسي").analysis.pos == "ADJ"
    assert reading_of(document, "الكبير").analysis.pos == "ADJ"


def test_a_participle_is_an_adjective_after_a_noun_and_a_noun_after_a_preposition(
    analyse, reading_of
):
    assert reading_of(analyse("هذا أمر مألوف."), "مألوف").analysis.pos == "ADJ"
    assert reading_of(analyse("تحدث إلى المسؤول."), "المسؤول").analysis.pos == "NOUN"


def test_a_definite_noun_after_an_indefinite_one_is_a_construct_not_an_adjective(
    analyse, reading_of
):
    assert reading_of(analyse("وصل رئيس الوزراء."), "الوزراء").analysis.pos == "NOUN"


def test_a_name_follows_a_title(analyse, reading_of):
    document = analyse("صرح الرئيس شي بأن التعاون مهم.")
    reading = reading_of(document, "شي").analysis
    assert reading.pos == "PROPN" and reading.lemma == "شي"


def test_a_name_follows_a_title_and_its_adjective(analyse, reading_of):
    document = analyse("التقى الرئيس الصيني شي جين بينغ.")
    assert [reading_of(document, w).analysis.pos for w in ("شي", "جين", "بينغ")] == [
        "PROPN",
        "PROPN",
        "PROPN",
    ]


def test_one_lemma_per_written_form_within_an_article(analyse):
    document = analyse("قضى عاما كاملا في المدينة. كان عاما صعبا.")
    lemmas = {t.analysis.lemma_id for t in document.tokens if t.token.text == "عاما"}
    assert len(lemmas) == 1


def test_a_common_lemma_beats_a_rare_one(analyse, reading_of):
    assert reading_of(analyse("مرت سنوات."), "سنوات").analysis.lemma_vocalized == "سَنَة"
    assert reading_of(analyse("تقول الشرطة."), "تقول").analysis.lemma_vocalized == "قال"


def test_fewer_clitics_win(analyse, reading_of):
    # للصين: li + al-Sin (China), not li + liSS (thief) + dual ending.
    china = reading_of(analyse("زيارة للصين."), "للصين").analysis
    assert (china.lemma, china.pos) == ("صين", "PROPN")
    gas = reading_of(analyse("النفط والغاز."), "والغاز").analysis
    assert (gas.lemma_vocalized, gas.prefix_text) == ("غاز", "وال")


def test_a_word_written_with_tanween_is_not_a_verb(analyse, reading_of):
    assert reading_of(analyse("قال أيضاً إنه مستعد."), "أيضاً").analysis.pos == "ADV"


def test_that_is_an_before_a_verb_and_anna_before_a_noun(analyse, reading_of):
    assert reading_of(analyse("يريد أن يعمل."), "أن").analysis.lemma_vocalized == "أَن"
    assert reading_of(analyse("علم أن الرئيس وصل."), "أن").analysis.lemma_vocalized == "أَنَّ"


def test_a_time_noun_before_a_date_or_weekday_is_an_adverb(analyse, reading_of):
    assert reading_of(analyse("وصل يوم الجمعة."), "يوم").analysis.pos == "ADV"


def test_the_score_prefers_a_verb_after_qad_and_a_noun_after_fi():
    readings = default_analyzer().analyze("حدث")
    verb = next(a for a in readings if a.pos == "VERB")
    noun = next(a for a in readings if a.pos == "NOUN")
    after_qad, after_fi = Context(previous_word="قد"), Context(previous_word="في")
    assert score(verb, 0, after_qad) > score(noun, 1, after_qad)
    assert score(noun, 1, after_fi) > score(verb, 0, after_fi)
    assert choose(readings, after_fi).pos == "NOUN"
    assert choose((), after_fi) is None


def test_a_name_head_read_from_the_written_word(analyse, reading_of):
    # The lexicon's first lemma of نهر is نَهار (day); before a name it heads the name.
    document = analyse("يعيش قرب نهر بوتوماك.")
    assert reading_of(document, "نهر").analysis.pos == "PROPN"


def test_a_name_head_with_a_preposition_before_a_name(analyse, reading_of):
    document = analyse("درس الطالب بجامعة هارفرد.")
    assert reading_of(document, "بجامعة").analysis.pos == "PROPN"


def test_a_body_and_its_complement_are_a_name(analyse, reading_of):
    document = analyse("اجتمع مسؤولو وزارة الدفاع أمس.")
    assert reading_of(document, "وزارة").analysis.pos == "PROPN"
    assert reading_of(document, "الدفاع").analysis.pos == "PROPN"


def test_an_indefinite_participle_heading_a_construct_is_a_noun(analyse, reading_of):
    document = analyse("تحدث ضباط الشرطة مع السكان.")
    assert reading_of(document, "ضباط").analysis.pos == "NOUN"


def test_after_ghayr_an_indefinite_adjective(analyse, reading_of):
    document = analyse("كان النظام غير معتاد في المدينة.")
    assert reading_of(document, "معتاد").analysis.pos == "ADJ"


def test_a_word_with_a_possessive_pronoun_is_a_noun(analyse, reading_of):
    document = analyse("قرأت منشوراتهم الأخيرة.")
    assert reading_of(document, "منشوراتهم").analysis.pos == "NOUN"


def test_min_ajl_is_the_noun_ajl(analyse, reading_of):
    document = analyse("عمل الفريق من أجل السلام.")
    analysis = reading_of(document, "أجل").analysis
    assert analysis.pos == "NOUN"
    assert analysis.lemma_vocalized == "أَجْل"


def test_a_relative_pronoun_opens_a_verbal_clause(analyse, reading_of):
    document = analyse("هذا هو الرجل الذي وضع الخطة.")
    assert reading_of(document, "وضع").analysis.pos == "VERB"


def test_a_word_read_only_as_a_verb_after_a_preposition_is_a_name(analyse, reading_of):
    document = analyse("نشر الخبر في فيسبوك أمس.")
    assert reading_of(document, "فيسبوك").analysis.pos == "PROPN"


def test_an_accusative_participle_after_a_definite_noun_is_a_state(analyse, reading_of):
    document = analyse("فمازح الرجل قائلاً إنه سعيد.")
    assert reading_of(document, "قائلاً").analysis.pos == "ADJ"


def test_ghayr_before_a_definite_adjective_and_min_ghayr_before_a_noun(analyse, reading_of):
    document = analyse("رفض التعاون غير الرسمي بين البلدين. من غير الواضح متى يعود.")
    assert reading_of(document, "الرسمي").analysis.pos == "ADJ"
    assert reading_of(document, "الواضح").analysis.pos == "NOUN"


def test_a_sentence_opens_with_a_perfect_verb(analyse, reading_of):
    document = analyse("كتب الصحفي مقالاً جديداً.")
    assert reading_of(document, "كتب").analysis.pos == "VERB"


def test_a_rare_bare_noun_after_a_verb_of_saying_is_who_speaks(analyse, reading_of):
    document = analyse("قالت ليف في مقابلة إن العمل صعب. قال مسؤول في الوزارة إن الوضع مستقر.")
    assert reading_of(document, "ليف").analysis.pos == "PROPN"
    assert reading_of(document, "مسؤول").analysis.pos == "NOUN"


def test_inna_after_a_title_is_not_a_spelt_out_letter(analyse, reading_of):
    document = analyse("قال الرئيس إن الوضع مستقر.")
    assert reading_of(document, "إن").analysis.pos == "PART"


def test_kana_with_an_adverb_is_a_full_verb_and_with_a_predicate_the_copula(analyse, reading_of):
    document = analyse("ينبغي أن يكون كذلك. كان الجو جميلاً.")
    assert reading_of(document, "يكون").analysis.pos == "VERB"
    assert reading_of(document, "كان").analysis.pos == "AUX"


def test_a_participle_before_an_indefinite_noun_heads_a_construct(analyse, reading_of):
    document = analyse("التقى الوزير مؤسس شركة ناشئة.")
    assert reading_of(document, "مؤسس").analysis.pos == "NOUN"
    assert reading_of(document, "ناشئة").analysis.pos == "ADJ"


def test_a_word_with_tanween_heads_no_construct(analyse, reading_of):
    document = analyse("وصل في وقتٍ متأخرٍ نوعاً ما.")
    assert reading_of(document, "متأخرٍ").analysis.pos == "ADJ"


def test_an_elative_before_min_is_an_adjective_not_a_verb(analyse, reading_of):
    # أكثر: the elative "more" or the verb أَكْثَرَ "to do much"; before من it compares.
    reading = reading_of(analyse("أكثر من نصف السكان يعملون."), "أكثر").analysis
    assert (reading.pos, reading.lemma_vocalized) == ("ADJ", "أَكْثَر")


def test_a_counted_noun_before_min_stays_a_noun(analyse, reading_of):
    # ستة أشهر من العمل: months, not the elative "more famous".
    reading = reading_of(analyse("بعد ستة أشهر من العمل."), "أشهر").analysis
    assert reading.pos == "NOUN"


def test_a_state_head_before_a_country_with_its_article_is_a_name(analyse, reading_of):
    reading = reading_of(analyse("زار الوفد جمهورية الصين أمس."), "جمهورية").analysis
    assert reading.pos == "PROPN"


def test_after_a_definite_noun_a_pronoun_suffix_is_possessive_not_an_object(analyse, reading_of):
    # العرض وحده: "the offer alone", not the verb وَحَّدَهُ "he unified it".
    reading = reading_of(analyse("لا يكفي العرض وحده من دون دعم."), "وحده").analysis
    assert reading.pos != "VERB"


def test_a_word_counted_by_a_number_is_a_noun(analyse, reading_of):
    # صحفيين may be the adjective "journalistic"; after a cardinal it is what is counted.
    assert reading_of(analyse("وصل ستة صحفيين إلى المدينة."), "صحفيين").analysis.pos == "NOUN"


def test_an_accusative_word_before_an_accusative_adjective_is_the_noun_it_describes(
    analyse, reading_of
):
    # قارباً could be read as a state (حالاً) after the verb; with صغيراً after it, a noun.
    document = analyse("ثم سرقوا قارباً صغيراً.")
    assert reading_of(document, "قارباً").analysis.pos == "NOUN"


def test_tanween_rules_out_a_possessive_pronoun(analyse, reading_of):
    # موجهاً: مَوْج + ـها (its waves) is excluded by the tanween; the participle مُوَجِّه.
    reading = reading_of(analyse("كان موجهاً بشكل كبير."), "موجهاً").analysis
    assert all("POSS_PRON" not in tag for tag in reading.suffixes)


def test_anna_with_its_pronoun_opens_a_verbal_clause(analyse, reading_of):
    # حدث: the verb "happened" or the noun "event"; after أنه the verb.
    assert reading_of(analyse("قال الشاهد أنه حدث في المساء."), "حدث").analysis.pos == "VERB"


def test_a_verb_may_follow_a_year(analyse, reading_of):
    # عام كتب would be a construct (the writing of a year); عام 2010 كتب is "in 2010 he wrote".
    assert reading_of(analyse("وفي عام 2010 رفض الوزير العرض."), "رفض").analysis.pos == "VERB"


def test_a_word_no_verb_reading_of_which_agrees_with_the_name_before_it_is_a_name(
    analyse, reading_of
):
    # نادا reads only as a dual verb (نادا, the two called): after one name it cannot be
    # that name's verb.
    document = analyse("قال لاعب التنس رافاييل نادا إن المباراة صعبة.")
    assert reading_of(document, "نادا").analysis.pos == "PROPN"


def test_a_plural_verb_after_a_name_stays_a_verb(analyse, reading_of):
    document = analyse("سكان تكساس خرجوا إلى الشوارع أمس.")
    assert reading_of(document, "خرجوا").analysis.pos == "VERB"


def test_names_do_not_run_across_punctuation(analyse, reading_of):
    # بدا stands between two names, but a comma ends the first: it is the verb "seemed".
    document = analyse("في باريس، بدا ماكرون سعيداً بالنتيجة.")
    assert reading_of(document, "بدا").analysis.pos == "VERB"


def test_a_noun_that_arramooz_also_lists_as_an_adjective_stays_a_noun(analyse, reading_of):
    # دَرَجَة (degree) is a noun in the Buckwalter lexicon, though Arramooz also lists it as a
    # participle; after بمقدار it is what is measured, not an adjective.
    document = analyse("ارتفعت الحرارة بمقدار درجة واحدة.")
    assert reading_of(document, "درجة").analysis.pos == "NOUN"


def test_a_word_the_lexicon_also_knows_as_a_name_is_that_name_next_to_a_name(analyse, reading_of):
    # جون: the noun "bay" or the name John; before the name سميث it is John.
    document = analyse("وصل جون سميث إلى بغداد أمس.")
    reading = reading_of(document, "جون").analysis
    assert (reading.pos, reading.gloss) == ("PROPN", "John")


def test_a_common_noun_before_a_name_stays_a_noun(analyse, reading_of):
    # رأي (opinion) is also the name Ray, but it is common: رأي أوباما is Obama's opinion.
    document = analyse("نقل الصحفي رأي أوباما في الاتفاق.")
    assert reading_of(document, "رأي").analysis.pos == "NOUN"


def test_a_word_with_tanween_is_not_part_of_a_name(analyse, reading_of):
    # بلبل (nightingale) is rare enough to pass for part of a name after سميث, but a foreign
    # name is never written with tanween.
    document = analyse("عند سميث بلبلٌ جميل.")
    assert reading_of(document, "بلبلٌ").analysis.pos == "NOUN"


def test_a_clause_after_a_comma_may_open_with_a_perfect_verb(analyse, reading_of):
    # After the comma a new clause starts (VSO): صدر is "came out", not the noun "chest".
    document = analyse("بعد سنوات من العمل الطويل، صدر الكتاب في الربيع.")
    assert reading_of(document, "صدر").analysis.pos == "VERB"


def test_a_quantifier_without_a_noun_after_it_is_a_noun(analyse, reading_of):
    document = analyse("زار كلٌ من الوزيرين المدينة. يقول البعض إن كل يوم مهم. ألّف بعضها من قبل.")
    assert reading_of(document, "كلٌ").analysis.pos == "NOUN"
    assert reading_of(document, "البعض").analysis.pos == "NOUN"
    assert reading_of(document, "كل").analysis.pos == "DET"
    assert reading_of(document, "بعضها").analysis.pos == "DET"


def test_a_time_noun_governed_by_the_noun_before_it_is_a_noun(analyse, reading_of):
    document = analyse("في منتصف عام 2030 تتغير المدينة. وصل الوفد عام 2010 إلى المدينة.")
    assert reading_of(document, "عام", 0).analysis.pos == "NOUN"
    assert reading_of(document, "عام", 1).analysis.pos == "ADV"


def test_wahid_after_the_noun_it_counts_is_an_adjective(analyse, reading_of):
    document = analyse("اشترى سيارة واحدة فقط. وصل واحد من الطلاب.")
    assert reading_of(document, "واحدة").analysis.pos == "ADJ"
    assert reading_of(document, "واحد").analysis.pos == "NUM"


def test_a_rare_verb_opening_a_clause_before_a_name_stays_a_verb(analyse, reading_of):
    # Verb-subject order: أوعز (instructed) is rare, but opening the clause it is the verb.
    document = analyse("بعد الحرب، أوعز ماكرون إلى الوزراء بالصمت.")
    assert reading_of(document, "أوعز").analysis.pos == "VERB"


def test_a_feminine_plural_after_a_singular_noun_is_a_noun(analyse, reading_of):
    # A plural of things takes a feminine singular adjective (مخططات جديدة); a word in ـات
    # after a singular noun is its construct complement, not its adjective.
    assert reading_of(analyse("شارك في رسم مخططات جديدة."), "مخططات").analysis.pos == "NOUN"
    # It still describes a plural of women: الطالبات المجتهدات.
    document = analyse("نجحت الطالبات المجتهدات في الامتحان.")
    assert reading_of(document, "المجتهدات").analysis.pos == "ADJ"


def test_after_a_name_and_a_comma_a_noun_in_apposition(analyse, reading_of):
    # No comma parts an adjective from its noun: كريم، المنتج is "Karim, the producer".
    document = analyse("وصل كريم، المنتج المعروف، إلى المدينة.")
    assert reading_of(document, "المنتج").analysis.pos == "NOUN"
    # With its own complement after a preposition the phrase still describes the noun.
    document = analyse("زرنا البلدة، الواقعة على النهر.")
    assert reading_of(document, "الواقعة").analysis.pos == "ADJ"


def test_after_an_adjective_an_adjective_with_its_complement(analyse, reading_of):
    # سريع البديهة: an adjective annexed to the noun it qualifies (إضافة لفظية), one more
    # description of the noun, not the head of a construct.
    document = analyse("قابلت الطالب الذكي سريع البديهة.")
    assert reading_of(document, "سريع").analysis.pos == "ADJ"
    document = analyse("اشترى بيتاً قديماً واسع الحديقة.")
    assert reading_of(document, "واسع").analysis.pos == "ADJ"


def test_no_construct_across_a_comma(analyse, reading_of):
    # نائم الأم would be a construct; the comma ends the phrase, so نائم describes طفل.
    document = analyse("في البيت طفل نائم، الأم بجانبه.")
    assert reading_of(document, "نائم").analysis.pos == "ADJ"


def test_a_final_dotted_ya_is_not_an_alef_maqsura(analyse, reading_of):
    # قوي is the adjective قَوِيّ; the plural قُوَى (forces) is written قوى.
    reading = reading_of(analyse("لديه جيش قوي."), "قوي").analysis
    assert (reading.lemma_vocalized, reading.pos) == ("قَوِيّ", "ADJ")


def test_after_a_definite_elative_its_specification_is_a_noun(analyse, reading_of):
    # الأكثر واقعية: "the most realistic", literally "the most in realism" (تمييز).
    document = analyse("كان الحل الأكثر واقعية هو الانتظار.")
    assert reading_of(document, "واقعية").analysis.pos == "NOUN"


def test_an_indefinite_word_after_bishakl_is_the_adjective_of_manner(analyse, reading_of):
    # مطرد could head a construct with مشاريع; after بشكل it says how: "steadily".
    document = analyse("ستعززان بشكل مطرد مشاريع التعاون.")
    assert reading_of(document, "مطرد").analysis.pos == "ADJ"


def test_a_verb_that_can_agree_with_the_name_before_it_stays_a_verb(analyse, reading_of):
    document = analyse(
        "قال لي محمد سأكتب لك رسالة. نساء غزة خرجن إلى الشوارع. "
        "ميسي وكريستيانو رونالدو تنافسا على الجائزة."
    )
    assert reading_of(document, "سأكتب").analysis.pos == "VERB"  # a clitic: an Arabic verb
    assert reading_of(document, "خرجن").analysis.pos == "VERB"  # a plural may follow a group
    assert reading_of(document, "تنافسا").analysis.pos == "VERB"  # two names joined by و


def test_a_time_noun_after_an_ordinary_noun_stays_an_adverb(analyse, reading_of):
    document = analyse("وصل وفد يوم الأحد إلى المدينة. وبحلول عام 2030 تتغير المدينة.")
    assert reading_of(document, "يوم").analysis.pos == "ADV"
    assert reading_of(document, "عام").analysis.pos == "NOUN"  # governed by بحلول


def test_min_with_a_pronoun_counts_as_min(analyse, reading_of):
    document = analyse("سجل اسم واحد منهم في القائمة. زار كل منهما المدينة.")
    assert reading_of(document, "واحد").analysis.pos == "NUM"
    assert reading_of(document, "كل").analysis.pos == "NOUN"


def test_a_verb_after_thumma_before_a_name_stays_a_verb(analyse, reading_of):
    document = analyse("ثم أوعز ماكرون إلى الوزراء بالصمت.")
    assert reading_of(document, "أوعز").analysis.pos == "VERB"


def test_a_quantifier_governs_a_noun_not_a_verb(analyse, reading_of):
    # كتب: the verb "wrote" or the plural "books"; after عدة it is counted, so a noun.
    document = analyse("الذي ألف عدة كتب عن تاريخ السكك.")
    assert reading_of(document, "كتب").analysis.pos == "NOUN"


def test_a_run_of_names_stops_at_punctuation(analyse, reading_of):
    # وماكرون before the comma does not make رونالدو نادا two people.
    document = analyse("التقى ميسي وماكرون، رونالدو نادا في باريس.")
    assert reading_of(document, "نادا").analysis.pos == "PROPN"
