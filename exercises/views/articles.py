from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from exercises.reading import keyword_in_context, reading_layout
from exercises.selectors.articles import (
    article_analysis,
    article_list,
    article_vocabulary,
    articles_visible_to,
    vocabulary_levels,
)


def article_index(request: HttpRequest) -> HttpResponse:
    return render(request, "exercises/article_list.html", {"articles": article_list(request.user)})


def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    paragraphs = reading_layout(article_analysis(article))
    return render(
        request, "exercises/article_detail.html", {"article": article, "paragraphs": paragraphs}
    )


def article_vocabulary_page(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    order = "level" if request.GET.get("order") == "level" else "appearance"
    vocabulary = article_vocabulary(article, order=order)
    analysed = article_analysis(article)
    rows = [(entry, keyword_in_context(analysed, entry.first_token)) for entry in vocabulary.words]
    return render(
        request,
        "exercises/article_vocabulary.html",
        {
            "article": article,
            "vocabulary": vocabulary,
            "rows": rows,
            "order": order,
            "levels": vocabulary_levels(vocabulary),
        },
    )
