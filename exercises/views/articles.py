from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from exercises.reading import keyword_in_context, reading_layout, reading_pages
from exercises.selectors.article_figures import article_figures
from exercises.selectors.articles import (
    article_analysis,
    article_list,
    article_vocabulary,
    articles_visible_to,
    vocabulary_levels,
)
from exercises.selectors.meanings import entries_noted, word_notes


def article_index(request: HttpRequest) -> HttpResponse:
    articles = list(article_list(request.user))
    figures = article_figures(articles)
    return render(
        request,
        "exercises/article_list.html",
        {
            "rows": [(article, figures[article.pk]) for article in articles],
            "ids": ",".join(str(article.pk) for article in articles),
        },
    )


def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    """The article for reading, a page at a time (``?page=N``, from 1; 404 out of range)."""
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    analysed = article_analysis(article)
    pages = reading_pages(analysed.document)
    number = _page_number(request.GET.get("page", "1"), len(pages))
    paragraphs = reading_layout(analysed, pages[number - 1])
    return render(
        request,
        "exercises/article_detail.html",
        {
            "article": article,
            "paragraphs": paragraphs,
            "page": number,
            "pages": len(pages),
            "previous_page": number - 1 if number > 1 else None,
            "next_page": number + 1 if number < len(pages) else None,
        },
    )


def _page_number(value: str, pages: int) -> int:
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= pages:
        raise Http404("No such page")
    return int(value)


def article_vocabulary_page(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    order = "level" if request.GET.get("order") == "level" else "appearance"
    vocabulary = article_vocabulary(article, order=order)
    analysed = article_analysis(article)
    notes = word_notes(request.user, (entry.lemma for entry in vocabulary.words))
    words = entries_noted(vocabulary.words, notes) if notes else vocabulary.words
    rows = [(entry, keyword_in_context(analysed, entry.first_token)) for entry in words]
    user = request.user
    may_correct = user.is_authenticated and (user.is_superuser or article.added_by_id == user.pk)
    return render(
        request,
        "exercises/article_vocabulary.html",
        {
            "article": article,
            "vocabulary": vocabulary,
            "rows": rows,
            "order": order,
            "levels": vocabulary_levels(vocabulary),
            "figures": article_figures([article])[article.pk],
            "may_correct": may_correct,
        },
    )
