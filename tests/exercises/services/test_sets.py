import re

import pytest
from django.utils import translation

from exercises.generators.items import BLANK
from exercises.generators.version import generator_fingerprint
from exercises.models import ExerciseSet, Item, ItemVersion
from exercises.services.sets import (
    ItemEditError,
    exercise_set_approve,
    exercise_set_regenerate,
    item_regenerate,
    item_set_status,
    item_update,
    item_version_current,
)


def choice_item(exercise_set: ExerciseSet) -> Item:
    return exercise_set.items.filter(type="multiple_choice").first()


def test_it_stores_a_draft_set_with_items_of_every_kind(seed_set):
    items = list(seed_set.items.all())
    assert {item.kind for item in items} == {"cloze", "comprehension", "roots"}
    assert all(item.status == Item.Status.DRAFT for item in items)
    assert len({item.key for item in items}) == len(items)
    assert seed_set.generator_version == generator_fingerprint()
    text = seed_set.article.text
    for item in items:
        for start, end in item.support:
            assert 0 <= start < end <= len(text)


def test_an_edit_keeps_the_old_version_and_bumps_the_number(seed_set):
    item = choice_item(seed_set)
    old_prompt = item.prompt
    new_options = list(item.options)
    item_update(item=item, prompt="سؤال جديد ＿＿＿＿", options=new_options, answer=item.answer)
    item.refresh_from_db()
    assert item.version == 2 and item.edited
    assert item.prompt == "سؤال جديد ＿＿＿＿"
    assert ItemVersion.objects.get(item=item, version=1).content["prompt"] == old_prompt


@pytest.mark.parametrize(
    "change, message",
    [
        ({"answer": "ليست خيارا"}, "exactly one of the options"),
        ({"options": ["أ", "ب"]}, "at least three options"),
        ({"options": ["أ", "أ", "ب"], "answer": "أ"}, "same"),
        ({"prompt": "  "}, "cannot be empty"),
    ],
)
def test_a_broken_edit_is_refused_and_changes_nothing(seed_set, change, message):
    item = choice_item(seed_set)
    before = (item.prompt, list(item.options), item.answer, item.version)
    arguments = {"prompt": item.prompt, "options": list(item.options), "answer": item.answer}
    with pytest.raises(ItemEditError, match=message):
        item_update(item=item, **(arguments | change))
    item.refresh_from_db()
    assert (item.prompt, list(item.options), item.answer, item.version) == before


def test_a_cloze_edited_without_its_gap_is_refused(seed_set):
    item = seed_set.items.filter(kind="cloze").first()
    before = (item.prompt, item.version)
    gapless = item.prompt.replace(BLANK, item.answer)
    with pytest.raises(ItemEditError, match="gap"):
        item_update(item=item, prompt=gapless, options=list(item.options), answer=item.answer)
    with pytest.raises(ItemEditError, match="one gap"):
        item_update(
            item=item, prompt=f"{item.prompt} {BLANK}", options=list(item.options),
            answer=item.answer,
        )  # fmt: skip
    item.refresh_from_db()
    assert (item.prompt, item.version) == before


def test_an_edit_is_refused_in_the_teachers_language(seed_set):
    item = choice_item(seed_set)
    arguments = {"prompt": item.prompt, "options": list(item.options), "answer": "ليست خيارا"}
    with translation.override("ar"), pytest.raises(ItemEditError) as refused:
        item_update(item=item, **arguments)
    assert not re.search("[A-Za-z]", str(refused.value)), str(refused.value)


def test_regenerating_the_set_keeps_edited_and_reviewed_items(seed_set):
    edited = choice_item(seed_set)
    rejected = seed_set.items.exclude(pk=edited.pk).first()
    item_update(
        item=edited, prompt=edited.prompt + " ؟", options=list(edited.options), answer=edited.answer
    )
    item_set_status(item=rejected, status=Item.Status.REJECTED)
    untouched_before = set(
        seed_set.items.exclude(pk__in=[edited.pk, rejected.pk]).values_list("pk", flat=True)
    )
    exercise_set_regenerate(exercise_set=seed_set, seed=99)
    remaining = set(seed_set.items.values_list("pk", flat=True))
    assert edited.pk in remaining and rejected.pk in remaining
    assert Item.objects.get(pk=edited.pk).prompt.endswith(" ؟")
    assert not untouched_before & remaining, "untouched drafts were replaced"
    assert len({i.key for i in seed_set.items.all()}) == seed_set.items.count()


def test_replacing_one_item_gives_a_new_item_of_the_same_kind(seed_set):
    item = seed_set.items.filter(kind="cloze").first()
    old_key, old_prompt = item.key, item.prompt
    item_regenerate(item=item, seed=7)
    item.refresh_from_db()
    assert item.kind == "cloze" and item.key != old_key and item.prompt != old_prompt
    assert item.version == 2
    assert ItemVersion.objects.get(item=item, version=1).content["prompt"] == old_prompt


def test_approval_opens_the_set_and_freezes_each_item(seed_set):
    rejected = seed_set.items.first()
    item_set_status(item=rejected, status=Item.Status.REJECTED)
    exercise_set_approve(exercise_set=seed_set)
    seed_set.refresh_from_db()
    assert seed_set.status == ExerciseSet.Status.APPROVED and seed_set.approved_at
    approved = seed_set.items.filter(status=Item.Status.APPROVED)
    assert approved.count() == seed_set.items.count() - 1
    assert ItemVersion.objects.filter(item__in=approved).count() == approved.count()
    assert not ItemVersion.objects.filter(item=rejected).exists()


def test_an_answered_version_stays_as_it_was_after_an_edit(seed_set):
    exercise_set_approve(exercise_set=seed_set)
    item = choice_item(seed_set)
    answered = item_version_current(item=item)
    original = dict(answered.content)
    item_update(
        item=item, prompt="نص معدل ＿＿＿＿", options=list(item.options), answer=item.answer
    )
    answered.refresh_from_db()
    assert answered.content == original
    assert item_version_current(item=item).version == 2


def test_approving_a_set_whose_items_are_all_rejected_is_refused(seed_set):
    seed_set.items.update(status=Item.Status.REJECTED)
    with pytest.raises(ItemEditError, match="nothing to approve"):
        exercise_set_approve(exercise_set=seed_set)
    seed_set.refresh_from_db()
    assert seed_set.status == ExerciseSet.Status.DRAFT


def test_an_edit_over_a_newer_version_is_refused_and_nothing_is_lost(seed_set):
    item = choice_item(seed_set)
    seen = item.version
    item_update(item=item, prompt="نص أول ＿＿＿＿", options=list(item.options), answer=item.answer)
    stale = Item.objects.get(pk=item.pk)
    with pytest.raises(ItemEditError, match="Someone saved this item"):
        item_update(
            item=stale,
            prompt="نص ثان ＿＿＿＿",
            options=list(item.options),
            answer=item.answer,
            expected_version=seen,
        )
    item.refresh_from_db()
    assert item.prompt == "نص أول ＿＿＿＿" and item.version == seen + 1


def test_main_idea_options_come_from_the_librarys_other_public_titles(seed_article, teacher):
    from exercises.models import Article
    from exercises.selectors.articles import other_titles
    from tests.users import make_user

    Article.objects.create(title="افتتاح معرض الكتاب في عمان", text="نص", content_hash="a" * 64)
    Article.objects.create(
        title="مذكرات شخصية", text="نص", content_hash="b" * 64, private_to=make_user("reader")
    )
    titles = other_titles(seed_article)
    assert "افتتاح معرض الكتاب في عمان" in titles
    assert "مذكرات شخصية" not in titles  # a learner's own reading stays private
    assert seed_article.title not in titles
