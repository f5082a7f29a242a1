from django.urls import path

from learning.views import accounts, exports, learner, quiz, reader, review, teacher

app_name = "learning"

urlpatterns = [
    path("accounts/signup/", accounts.sign_up, name="signup"),
    # learners
    path("learn/", learner.dashboard, name="dashboard"),
    path("learn/join/", learner.class_join, name="class_join"),
    path(
        "learn/assignments/<int:assignment_id>/start/",
        quiz.assignment_start,
        name="assignment_start",
    ),
    path("learn/attempts/<int:attempt_id>/", quiz.attempt_resume, name="attempt"),
    path(
        "learn/attempts/<int:attempt_id>/q/<int:position>/",
        quiz.attempt_question,
        name="attempt_question",
    ),
    path("learn/attempts/<int:attempt_id>/results/", quiz.attempt_results, name="attempt_results"),
    path("learn/review/", review.review, name="review"),
    path("learn/articles/<int:article_id>/anki/", exports.my_anki_deck, name="my_anki_deck"),
    path("learn/review/<int:word_id>/", review.review_rate, name="review_rate"),
    # reading
    path("learn/reader/<int:article_id>/", reader.reader_words, name="reader_words"),
    path(
        "learn/reader/<int:article_id>/words/<int:token>/",
        reader.word_lookup,
        name="word_lookup",
    ),
    path(
        "learn/reader/<int:article_id>/words/<int:token>/status/",
        reader.word_status,
        name="word_status",
    ),
    # teachers
    path("teach/classes/", teacher.class_list, name="class_list"),
    path("teach/classes/<int:classroom_id>/", teacher.class_detail, name="class_detail"),
    path(
        "teach/classes/<int:classroom_id>/dashboard/",
        teacher.class_dashboard,
        name="class_dashboard",
    ),
    path(
        "teach/classes/<int:classroom_id>/results.csv",
        teacher.class_results_csv,
        name="class_results_csv",
    ),
    path(
        "teach/assignments/<int:assignment_id>/items.csv",
        teacher.assignment_items_csv,
        name="assignment_items_csv",
    ),
]
