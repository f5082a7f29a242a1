"""Search over the articles a user may see and the vocabulary of those articles.

Queries are folded like the stored keys (``exercises.search_keys``) and looked for with one
LIKE per list: a page costs a count and a page of rows for each list, the titles of the words'
articles and, for a signed-in learner, their statuses, whatever the number of matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.paginator import Page, Paginator
from django.db.models import Count, Min

from exercises.arabic.text.search import Snippet, snippet
from exercises.models import Article, VocabularyWord
from exercises.selectors.articles import articles_visible_to
from learning.models import WordProgress

PER_PAGE = 10


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article_id: int
    title: str
    title_match: Snippet | None  # the whole title, when the match is in it
    text_match: Snippet | None


@dataclass(frozen=True, slots=True)
class WordHit:
    lemma: str
    lemma_vocalized: str
    gloss: str
    gloss_match: Snippet | None  # the gloss with the match, when it is in the English
    article_id: int
    article_title: str
    articles: int  # how many of the user's articles have the word
    status: str  # the learner's status for the lemma, "" when none


def search_articles(user: AbstractBaseUser | AnonymousUser, key: str, page: str | int) -> Page:
    """A page of the articles whose title or text has ``key`` (a query key), newest first."""
    rows = (
        articles_visible_to(user)
        .filter(search_key__contains=key)
        .only("id", "title", "text")
        .order_by("-created", "-id")
    )
    found = Paginator(rows, PER_PAGE).get_page(page)
    found.object_list = [
        ArticleHit(
            article_id=article.pk,
            title=article.title,
            title_match=snippet(article.title, key, width=300),
            text_match=snippet(article.text, key),
        )
        for article in found.object_list
    ]
    return found


def search_words(user: AbstractBaseUser | AnonymousUser, key: str, page: str | int) -> Page:
    """A page of the words (one row per lemma and meaning) of the user's articles whose lemma,
    forms or glosses have ``key``, in alphabetical order."""
    visible = articles_visible_to(user).values("pk")
    rows = (
        VocabularyWord.objects.filter(article__in=visible, search_key__contains=key)
        .values("lemma", "lemma_vocalized", "gloss")
        .annotate(first_article=Min("article_id"), articles=Count("article_id", distinct=True))
        .order_by("lemma_vocalized", "gloss")
    )
    found = Paginator(rows, PER_PAGE).get_page(page)
    rows = list(found.object_list)
    titles = dict(
        Article.objects.filter(pk__in={row["first_article"] for row in rows}).values_list(
            "pk", "title"
        )
    )
    statuses = _statuses(user, {row["lemma"] for row in rows})
    found.object_list = [
        WordHit(
            lemma=row["lemma"],
            lemma_vocalized=row["lemma_vocalized"],
            gloss=row["gloss"],
            gloss_match=snippet(row["gloss"], key, width=300),
            article_id=row["first_article"],
            article_title=titles.get(row["first_article"], ""),
            articles=row["articles"],
            status=statuses.get(row["lemma"], ""),
        )
        for row in rows
    ]
    return found


def _statuses(user: AbstractBaseUser | AnonymousUser, lemmas: set[str]) -> dict[str, str]:
    if not lemmas or not user.is_authenticated:
        return {}
    rows = WordProgress.objects.filter(learner=user, lemma__in=lemmas)
    return dict(rows.values_list("lemma", "status"))
