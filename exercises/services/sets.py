"""Writes on exercise sets and items: generation, teacher review, approval, versions.

Every change to an item's content bumps its version, and the content as it was is kept in an
ItemVersion row first: answers point at versions, so what a learner was asked never changes, and a
teacher's edit is never lost when items are regenerated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.vocabulary import build_vocabulary
from exercises.article_files import ArticleFileError, check_title
from exercises.generators.excerpt import generation_excerpt
from exercises.generators.items import BLANK, GenerationOptions, item_fields
from exercises.generators.items import Item as GeneratedItem
from exercises.generators.registry import generate
from exercises.generators.version import generator_fingerprint
from exercises.models import Article, ExerciseSet, Item, ItemVersion
from exercises.selectors.articles import article_analysis, other_titles

CONTENT_FIELDS = (
    "kind", "type", "subtype", "prompt", "instruction", "options", "answer", "pairs", "sequence",
    "support", "hint", "explanation", "difficulty", "lemma",
)  # fmt: skip


class ItemEditError(ValueError):
    """A teacher's edit that would make a broken item; the message says what to fix."""


@gc_paused()
def generated_items(*, article: Article, options: GenerationOptions) -> tuple[GeneratedItem, ...]:
    # a long article's first paragraphs (what ``generate`` reads), their vocabulary only
    analysed = generation_excerpt(article_analysis(article))
    label = f"article {article.pk} «{article.title}»"
    options = replace(options, other_titles=other_titles(article))
    return generate(analysed, build_vocabulary(analysed), options, label=label)


def exercise_set_generate(
    *,
    article: Article,
    options: GenerationOptions,
    user: AbstractBaseUser | None = None,
    title: str = "",
) -> ExerciseSet:
    """Generate a draft set of items for an article and store it."""
    items = generated_items(article=article, options=options)
    with transaction.atomic():
        exercise_set = ExerciseSet.objects.create(
            article=article,
            title=title or article.title,
            options=options_to_json(options),
            seed=options.seed,
            generator_version=generator_fingerprint(),
            created_by=user if user is not None and user.is_authenticated else None,
        )
        Item.objects.bulk_create(
            [_row(exercise_set, position, item) for position, item in enumerate(items)]
        )
    return exercise_set


def exercise_set_regenerate(*, exercise_set: ExerciseSet, seed: int) -> ExerciseSet:
    """Replace the set's untouched draft items with freshly generated ones.

    Items a teacher edited, approved or rejected stay as they are.
    """
    options = replace(options_from_json(exercise_set.options), seed=seed)
    fresh = generated_items(article=exercise_set.article, options=options)
    with transaction.atomic():
        kept = exercise_set.items.filter(edited=True) | exercise_set.items.exclude(
            status=Item.Status.DRAFT
        )
        kept_keys = set(kept.values_list("key", flat=True))
        exercise_set.items.exclude(pk__in=kept.values("pk")).delete()
        next_position = (
            kept.order_by("-position").values_list("position", flat=True).first() or 0
        ) + 1
        Item.objects.bulk_create(
            [
                _row(exercise_set, next_position + offset, item)
                for offset, item in enumerate(i for i in fresh if i.key not in kept_keys)
            ]
        )
        exercise_set.seed = seed
        exercise_set.options = options_to_json(options)
        exercise_set.generator_version = generator_fingerprint()
        exercise_set.save(update_fields=["seed", "options", "generator_version"])
    return exercise_set


_TYPED_GAP = re.compile(r"[_＿]{3,}")


def item_update(
    *,
    item: Item,
    prompt: str,
    options: list[str],
    answer: str,
    hint: str = "",
    explanation: str = "",
    expected_version: int | None = None,
) -> Item:
    """A teacher's edit of an item; checked so that a choice item keeps exactly one right answer.

    Args:
        expected_version: the version the teacher saw; if the item changed since (another
            edit saved first), the edit is refused rather than losing either one.
    """
    # A gap typed as underscores is the gap.
    prompt, answer = _TYPED_GAP.sub(BLANK, prompt.strip()), answer.strip()
    options = [option.strip() for option in options if option.strip()]
    if not prompt:
        raise ItemEditError(_("The question cannot be empty."))
    if item.kind == "cloze" and prompt.count(BLANK) != 1:
        raise ItemEditError(
            _("A gap-fill sentence needs exactly one gap: mark it with %(gap)s (or ___).")
            % {"gap": BLANK}
        )
    if item.type == "multiple_choice":
        if len(options) < 3:
            raise ItemEditError(_("A multiple-choice question needs at least three options."))
        if len(set(options)) != len(options):
            raise ItemEditError(_("Two options are the same; each option must be different."))
        if answer not in options:
            raise ItemEditError(_("The answer must be exactly one of the options."))
    if item.type in ("typed", "true_false") and not answer:
        raise ItemEditError(_("The answer cannot be empty."))
    with transaction.atomic():
        current = Item.objects.select_for_update().get(pk=item.pk)
        if expected_version is not None and current.version != expected_version:
            raise ItemEditError(
                _(
                    "Someone saved this item while you were editing it. Reload the page to see "
                    "their version, then make your change again."
                )
            )
        item.version = current.version
        _snapshot(current)
        item.prompt, item.answer, item.hint, item.explanation = prompt, answer, hint, explanation
        if item.type == "multiple_choice":
            item.options = options
        item.edited = True
        item.version += 1
        item.save()
    return item


def exercise_set_rename(*, exercise_set: ExerciseSet, title: str) -> ExerciseSet:
    """Give the set the name the teacher chose (two drafts of one article told apart)."""
    try:
        title = check_title(title)
    except ArticleFileError as error:
        raise ItemEditError(str(error)) from None
    if not title:
        raise ItemEditError(_("A set needs a name."))
    exercise_set.title = title
    exercise_set.save(update_fields=["title"])
    return exercise_set


def item_regenerate(*, item: Item, seed: int) -> Item:
    """Replace one item by another of the same kind and type that the set does not have yet."""
    exercise_set = item.exercise_set
    options = replace(options_from_json(exercise_set.options), seed=seed, count=100)
    taken_keys = set(exercise_set.items.values_list("key", flat=True))
    taken_prompts = set(exercise_set.items.values_list("prompt", flat=True))
    candidates = [
        fresh
        for fresh in generated_items(article=exercise_set.article, options=options)
        if fresh.kind == item.kind
        and fresh.type == item.type
        and fresh.key not in taken_keys
        and fresh.prompt not in taken_prompts
    ]
    if not candidates:
        raise ItemEditError(_("No other item of this kind can be made from this article."))
    replacement = candidates[0]
    with transaction.atomic():
        _snapshot(item)
        for field, value in _content(replacement).items():
            setattr(item, field, value)
        item.key = replacement.key
        item.status = Item.Status.DRAFT
        item.edited = False
        item.version += 1
        item.save()
    return item


def item_set_status(*, item: Item, status: str) -> Item:
    if status not in Item.Status.values:
        raise ItemEditError(f"Unknown status {status!r}.")
    item.status = status
    item.save(update_fields=["status"])
    return item


def items_set_status(
    *, exercise_set: ExerciseSet, item_ids: list[int], status: str, include_rejected: bool = False
) -> int:
    """Give ``status`` to the set's items among ``item_ids`` (others are ignored); how many
    changed. A rejected item stays rejected unless ``include_rejected``: a bulk approve after
    "select all" does not undo the teacher's rejections."""
    if status not in Item.Status.values:
        raise ItemEditError(f"Unknown status {status!r}.")
    items = exercise_set.items.filter(pk__in=item_ids).exclude(status=status)
    if not include_rejected:
        items = items.exclude(status=Item.Status.REJECTED)
    return items.update(status=status)


def exercise_set_approve(
    *, exercise_set: ExerciseSet, user: AbstractBaseUser | None = None
) -> ExerciseSet:
    """Approve every item not rejected and open the set to learners."""
    with transaction.atomic():
        items = list(exercise_set.items.exclude(status=Item.Status.REJECTED))
        if not items:
            raise ItemEditError(_("Every item is rejected: there is nothing to approve."))
        for item in items:
            if item.status != Item.Status.APPROVED:
                item.status = Item.Status.APPROVED
                item.save(update_fields=["status"])
            item_version_current(item=item)
        exercise_set.status = ExerciseSet.Status.APPROVED
        exercise_set.approved_at = timezone.now()
        exercise_set.save(update_fields=["status", "approved_at"])
    return exercise_set


def item_version_current(*, item: Item) -> ItemVersion:
    """The frozen copy of the item as it is now (made on first need); answers point here."""
    version, _ = ItemVersion.objects.get_or_create(
        item=item, version=item.version, defaults={"content": item_content(item)}
    )
    return version


def item_content(item: Item) -> dict:
    return {field: getattr(item, field) for field in CONTENT_FIELDS}


def options_to_json(options: GenerationOptions) -> dict:
    return {
        "kinds": list(options.kinds),
        "count": options.count,
        "level": options.level,
        "seed": options.seed,
        "cloze_typed": options.cloze_typed,
        "keep_clitics": options.keep_clitics,
        "cloze_hints": options.cloze_hints,
    }


def options_from_json(data: dict) -> GenerationOptions:
    defaults = GenerationOptions()
    return GenerationOptions(
        kinds=tuple(data.get("kinds", defaults.kinds)),
        count=int(data.get("count", defaults.count)),
        level=data.get("level", defaults.level),
        seed=int(data.get("seed", defaults.seed)),
        cloze_typed=bool(data.get("cloze_typed", defaults.cloze_typed)),
        keep_clitics=bool(data.get("keep_clitics", defaults.keep_clitics)),
        cloze_hints=data.get("cloze_hints", defaults.cloze_hints),
    )


def _snapshot(item: Item) -> None:
    ItemVersion.objects.get_or_create(
        item=item, version=item.version, defaults={"content": item_content(item)}
    )


def _content(item: GeneratedItem) -> dict:
    # The column sizes (article text is checked on import: no word is over 50 characters).
    return item_fields(item) | {
        "hint": item.hint[:300],
        "instruction": item.instruction[:300],
        "subtype": item.subtype[:40],
        "lemma": item.lemma[:100],
    }


def _row(exercise_set: ExerciseSet, position: int, item: GeneratedItem) -> Item:
    return Item(exercise_set=exercise_set, position=position, key=item.key, **_content(item))
