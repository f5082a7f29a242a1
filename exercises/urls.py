"""Public pages: the articles, each article and its vocabulary."""

from django.urls import path

from exercises.views import articles

app_name = "exercises"

urlpatterns = [
    path("", articles.article_index, name="article_list"),
    path("articles/<int:article_id>/", articles.article_detail, name="article_detail"),
    path(
        "articles/<int:article_id>/vocabulary/",
        articles.article_vocabulary_page,
        name="article_vocabulary",
    ),
]
