from django.urls import path

from exercises import views, views_export, views_teach

app_name = "exercises"

urlpatterns = [
    path("", views.article_index, name="article_list"),
    path("articles/<int:article_id>/", views.article_detail, name="article_detail"),
    path(
        "articles/<int:article_id>/vocabulary/",
        views.article_vocabulary_page,
        name="article_vocabulary",
    ),
    path("teach/", views_teach.teach_home, name="teach_home"),
    path("teach/articles/<int:article_id>/export/", views_export.export_page, name="export"),
    path(
        "teach/articles/<int:article_id>/export/<str:fmt>/",
        views_export.export_download,
        name="export_download",
    ),
    path(
        "teach/articles/<int:article_id>/generate/", views_teach.set_generate, name="set_generate"
    ),
    path("teach/sets/<int:set_id>/", views_teach.set_review, name="set_review"),
    path("teach/sets/<int:set_id>/approve/", views_teach.set_approve, name="set_approve"),
    path("teach/sets/<int:set_id>/regenerate/", views_teach.set_regenerate, name="set_regenerate"),
    path("teach/items/<int:item_id>/edit/", views_teach.item_edit, name="item_edit"),
    path(
        "teach/items/<int:item_id>/status/<str:status>/",
        views_teach.item_status,
        name="item_status",
    ),
    path(
        "teach/items/<int:item_id>/regenerate/",
        views_teach.item_regenerate_view,
        name="item_regenerate",
    ),
]
