"""Access rules, checked by walking the whole URLconf.

Every URL that takes an id is requested with the ids of someone else's objects, as an
anonymous visitor, as a learner and as a teacher who does not own them. A URL added later with
an argument this test does not know fails here until it is described below.
"""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from exercises.models import Item, Job, VocabularyWord
from exercises.selectors.articles import article_analysis
from learning.models import Membership
from learning.services.attempts import attempt_start
from learning.services.progress import WordInfo, word_status_set
from tests.users import make_user

# Ids that belong to the owning teacher, and to the member learner.
TEACHER_OWNED = {"classroom_id", "assignment_id", "set_id", "item_id"}
LEARNER_OWNED = {"attempt_id", "word_id", "job_id"}
# Pages anyone may see: articles are public, and so is a word's dictionary entry, its audio
# and the panel of a run of words.
PUBLIC = {
    "exercises:article_list",
    "exercises:article_detail",
    "exercises:article_vocabulary",
    "learning:reader_words",
    "learning:word_lookup",
    "learning:word_audio",
    "learning:term_panel",
    "password_reset_confirm",
}
DENIED = {403, 404, 405}


def named_patterns(patterns=None, namespace=""):
    """(full name, pattern) for every named URL, namespaces included."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # Django's admin: staff only, by its own checks
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry


def url_arguments(pattern: URLPattern) -> list[str]:
    return list(pattern.pattern.converters) or re.findall(r"\(\?P<(\w+)>", str(pattern.pattern))


@pytest.fixture
def world(db, seed_article, approved_set, classroom, assignment, learner, teacher):
    """The owner's class, set and assignment, and the member learner's attempt and word."""
    attempt = attempt_start(assignment=assignment, learner=learner)
    word = word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    job = Job.objects.create(kind=Job.Kind.IMPORT, created_by=learner, article=seed_article)
    token = next(
        item.token.index
        for item in article_analysis(seed_article).tokens
        if item.token.kind == "word"
    )
    return {
        "article_id": seed_article.pk,
        "token": token,
        "kind": "word",
        "classroom_id": classroom.pk,
        "assignment_id": assignment.pk,
        "attempt_id": attempt.pk,
        "position": 1,
        "word_id": word.pk,
        "entry_id": VocabularyWord.objects.filter(article=seed_article).first().pk,
        "job_id": job.pk,
        "set_id": approved_set.pk,
        "item_id": Item.objects.filter(exercise_set=approved_set).first().pk,
        "status": "approved",
        "fmt": "csv",
        "uidb64": "MQ",
        "token_str": "set-password",
    }


def fill(name: str, pattern: URLPattern, world: dict) -> str:
    kwargs = {}
    for argument in url_arguments(pattern):
        key = "token_str" if name == "password_reset_confirm" and argument == "token" else argument
        assert key in world, f"{name}: teach test_access.py what to fill in for <{argument}>"
        kwargs[argument] = world[key]
    return reverse(name, kwargs=kwargs)


def id_urls(world: dict) -> list[tuple[str, str, set[str]]]:
    urls = []
    for name, pattern in named_patterns():
        arguments = set(url_arguments(pattern))
        if arguments:
            urls.append((name, fill(name, pattern, world), arguments))
    return urls


def responses(client, url):
    return [client.get(url), client.post(url, {"status": "known", "rating": "good"})]


def test_the_walk_finds_the_urls_that_take_ids(world):
    names = {name for name, _url, _args in id_urls(world)}
    assert {
        "teach:class_detail",
        "teach:class_dashboard",
        "teach:class_results_csv",
        "teach:assignment_items_csv",
        "learning:assignment_start",
        "learning:attempt",
        "learning:attempt_question",
        "learning:attempt_results",
        "learning:review_rate",
        "learning:job",
        "learning:job_status",
        "teach:article_edit",
        "learning:word_status",
        "teach:set_review",
    } <= names


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    login = reverse("login")
    for name, url, _arguments in id_urls(world):
        if name in PUBLIC:
            continue
        got = responses(client, url)
        assert all(r.status_code in {302, 405} for r in got), (name, [r.status_code for r in got])
        redirects = [r for r in got if r.status_code == 302]
        assert redirects and all(r.url.startswith(login) for r in redirects), name


def test_a_learner_cannot_reach_another_learners_things_or_teacher_pages(client, world):
    client.force_login(make_user("outsider"))
    for name, url, arguments in id_urls(world):
        if name in PUBLIC or not (arguments & (TEACHER_OWNED | LEARNER_OWNED) or "/teach/" in url):
            continue
        got = responses(client, url)
        assert all(r.status_code in DENIED for r in got), (name, [r.status_code for r in got])
        if "/teach/" in url:
            assert any(r.status_code == 403 for r in got), name


def test_a_learner_of_the_class_still_cannot_reach_teacher_pages(client, world, learner):
    client.force_login(learner)
    for name, url, _arguments in id_urls(world):
        if "/teach/" in url:
            got = responses(client, url)
            assert all(r.status_code in DENIED for r in got), (name, [r.status_code for r in got])


def test_a_teacher_cannot_reach_another_teachers_class_or_a_learners_attempt(client, world):
    client.force_login(make_user("stranger", teacher=True))
    for name, url, arguments in id_urls(world):
        if not arguments & (TEACHER_OWNED | LEARNER_OWNED):
            continue
        got = responses(client, url)
        assert all(r.status_code in DENIED for r in got), (name, [r.status_code for r in got])


def test_the_owners_do_reach_them(client, world, teacher, learner):
    """The control: with the right user the same ids open, so the denials above are real."""
    for user, owned in ((teacher, TEACHER_OWNED), (learner, LEARNER_OWNED)):
        client.force_login(user)
        for name, url, arguments in id_urls(world):
            if arguments & owned and not arguments & (TEACHER_OWNED | LEARNER_OWNED) - owned:
                status = client.get(url).status_code
                assert status in {200, 302, 405}, (name, status)


def test_a_teacher_who_joined_nothing_sees_no_attempt_of_the_class(client, world, teacher):
    client.force_login(teacher)  # the class's own teacher: sees results, not the attempt pages
    url = reverse("learning:attempt_question", args=[world["attempt_id"], 1])
    assert client.get(url).status_code == 404


def test_pages_without_ids_need_the_right_role(client, world):
    teacher_pages = [reverse("teach:class_list"), reverse("teach:home")]
    learner_pages = [reverse("learning:dashboard"), reverse("learning:review")]
    for url in teacher_pages + learner_pages:
        assert client.get(url).url.startswith(reverse("login"))
    client.force_login(make_user("plain"))
    for url in teacher_pages:
        assert client.get(url).status_code == 403
    for url in learner_pages:
        assert client.get(url).status_code == 200


def test_a_learner_sees_only_their_own_classes_and_assignments(client, world, classroom):
    outsider = make_user("outsider")
    client.force_login(outsider)
    html = client.get(reverse("learning:dashboard")).content.decode()
    assert "مجموعة التمارين" not in html and classroom.name not in html
    Membership.objects.create(classroom=classroom, learner=outsider)
    assert "مجموعة التمارين" in client.get(reverse("learning:dashboard")).content.decode()


def test_a_learners_private_article_is_closed_to_everyone_else_on_every_page(client, world):
    from exercises.models import Article

    owner = make_user("reader")
    Article.objects.filter(pk=world["article_id"]).update(private_to=owner)
    article_urls = [(n, u) for n, u, arguments in id_urls(world) if arguments == {"article_id"}]
    assert len(article_urls) >= 6
    for someone in (make_user("outsider"), make_user("stranger", teacher=True)):
        client.force_login(someone)
        for name, url in article_urls:
            got = responses(client, url)
            assert all(r.status_code in DENIED for r in got), (name, [r.status_code for r in got])
    client.force_login(owner)
    assert (
        client.get(reverse("exercises:article_detail", args=[world["article_id"]])).status_code
        == 200
    )
