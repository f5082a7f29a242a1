from django.urls import path

from exercises import views

app_name = "exercises"

urlpatterns = [
    path("", views.article_index, name="article_list"),
    path("articles/<int:article_id>/", views.article_detail, name="article_detail"),
    path(
        "articles/<int:article_id>/vocabulary/",
        views.article_vocabulary_page,
        name="article_vocabulary",
    ),
]
