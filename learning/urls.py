"""Learner pages (namespace ``learning``, under /learn/) and teacher pages (namespace ``teach``,
under /teach/). The project's root URLs mount the two lists."""

from django.urls import path

from learning.views import (
    accounts,
    article_shares,
    articles,
    exports,
    jobs,
    learner,
    quiz,
    reader,
    reader_audio,
    reader_known,
    reader_terms,
    review,
    search,
    word_notes,
)
from learning.views.teach import classes, home, items, meanings, sets
from learning.views.teach import exports as teach_exports

learn_urlpatterns = [
    path("", learner.dashboard, name="dashboard"),
    path("join/", learner.class_join, name="class_join"),
    path("assignments/<int:assignment_id>/start/", quiz.assignment_start, name="assignment_start"),
    path("attempts/<int:attempt_id>/", quiz.attempt_resume, name="attempt"),
    path(
        "attempts/<int:attempt_id>/q/<int:position>/",
        quiz.attempt_question,
        name="attempt_question",
    ),
    path("attempts/<int:attempt_id>/results/", quiz.attempt_results, name="attempt_results"),
    path("attempts/<int:attempt_id>/retry/", quiz.attempt_retry, name="attempt_retry"),
    path("review/", review.review, name="review"),
    path("search/", search.search, name="search"),
    path("articles/shares/", article_shares.article_shares, name="article_shares"),
    path("digits/", accounts.digits_choose, name="digits"),
    path("review/<int:word_id>/", review.review_rate, name="review_rate"),
    path("articles/new/", articles.own_article_new, name="article_new"),
    path("articles/<int:article_id>/anki/", exports.my_anki_deck, name="my_anki_deck"),
    path("jobs/<int:job_id>/", jobs.job_detail, name="job"),
    path("jobs/<int:job_id>/status/", jobs.job_status, name="job_status"),
    path("jobs/<int:job_id>/download/", jobs.job_download, name="job_download"),
    path("reader/<int:article_id>/", reader.reader_words, name="reader_words"),
    path("reader/<int:article_id>/words/<int:token>/", reader.word_lookup, name="word_lookup"),
    path(
        "reader/<int:article_id>/words/<int:token>/note/",
        word_notes.word_note_save,
        name="word_note",
    ),
    path(
        "reader/<int:article_id>/words/<int:token>/status/",
        reader.word_status,
        name="word_status",
    ),
    path(
        "reader/<int:article_id>/words/<int:token>/audio/<str:kind>/",
        reader_audio.token_audio,
        name="word_audio",
    ),
    path("reader/<int:article_id>/terms/", reader_terms.term_panel, name="term_panel"),
    path("reader/<int:article_id>/terms/status/", reader_terms.term_status, name="term_status"),
    path("reader/<int:article_id>/terms/remove/", reader_terms.term_remove, name="term_remove"),
    path("reader/<int:article_id>/rest-known/", reader_known.rest_known, name="rest_known"),
    path(
        "reader/<int:article_id>/rest-known/undo/",
        reader_known.rest_known_undo,
        name="rest_known_undo",
    ),
]

teach_urlpatterns = [
    path("", home.teach_home, name="home"),
    path("articles/new/", articles.library_article_new, name="article_new"),
    path("articles/<int:article_id>/edit/", articles.library_article_edit, name="article_edit"),
    path(
        "articles/<int:article_id>/delete/",
        articles.library_article_delete,
        name="article_delete",
    ),
    # corrected meanings
    path("articles/<int:article_id>/meanings/", meanings.meanings, name="meanings"),
    path(
        "articles/<int:article_id>/meanings/<int:entry_id>/",
        meanings.meaning_row,
        name="meaning_row",
    ),
    path(
        "articles/<int:article_id>/meanings/<int:entry_id>/edit/",
        meanings.meaning_edit,
        name="meaning_edit",
    ),
    path(
        "articles/<int:article_id>/meanings/<int:entry_id>/revert/",
        meanings.meaning_revert,
        name="meaning_revert",
    ),
    # exercise sets and their items
    path("articles/<int:article_id>/generate/", sets.set_generate, name="set_generate"),
    path("sets/<int:set_id>/", sets.set_review, name="set_review"),
    path("sets/<int:set_id>/approve/", sets.set_approve, name="set_approve"),
    path("sets/<int:set_id>/rename/", sets.set_rename, name="set_rename"),
    path("sets/<int:set_id>/delete/", sets.set_delete, name="set_delete"),
    path("sets/<int:set_id>/regenerate/", sets.set_regenerate, name="set_regenerate"),
    path("items/<int:item_id>/edit/", items.item_edit, name="item_edit"),
    path("items/<int:item_id>/", items.item_fragment, name="item_fragment"),
    path("items/<int:item_id>/status/<str:status>/", items.item_status, name="item_status"),
    path("items/<int:item_id>/regenerate/", items.item_replace, name="item_replace"),
    path("sets/<int:set_id>/items/status/", items.items_status, name="items_status"),
    # worksheets, decks and quizzes
    path("articles/<int:article_id>/export/", teach_exports.export_page, name="export"),
    path(
        "articles/<int:article_id>/export/preview.png",
        teach_exports.export_preview,
        name="export_preview",
    ),
    path(
        "articles/<int:article_id>/export/<str:fmt>/",
        teach_exports.export_download,
        name="export_download",
    ),
    # classes
    path("classes/", classes.class_list, name="class_list"),
    path("classes/<int:classroom_id>/", classes.class_detail, name="class_detail"),
    path("classes/<int:classroom_id>/dashboard/", classes.class_dashboard, name="class_dashboard"),
    path(
        "classes/<int:classroom_id>/results.csv",
        classes.class_results_csv,
        name="class_results_csv",
    ),
    path(
        "assignments/<int:assignment_id>/items.csv",
        classes.assignment_items_csv,
        name="assignment_items_csv",
    ),
]
