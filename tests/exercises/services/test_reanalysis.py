"""A stored analysis made by another version of the analyser is redone once, by a service or a
command, and never by a page or a selector."""

from django.core.management import call_command

from exercises.arabic.analysis_json import current_analysis_version
from exercises.models import Article, VocabularyWord
from exercises.selectors.articles import article_analysis, stale_articles
from exercises.services.articles import article_import, articles_reanalyze


def _make_stale(article: Article) -> None:
    Article.objects.filter(pk=article.pk).update(analysis_version="0-old")
    VocabularyWord.objects.filter(article=article).delete()


def test_the_version_is_derived_not_typed():
    version = current_analysis_version()
    assert len(version) == 16 and int(version, 16) >= 0
    assert len(version) <= Article._meta.get_field("analysis_version").max_length


def test_it_stores_the_current_version_on_import(seed_article):
    assert seed_article.analysis_version == current_analysis_version()
    assert not stale_articles().exists()


def test_reading_a_stale_article_writes_nothing(seed_article, django_assert_max_num_queries):
    _make_stale(seed_article)
    article = Article.objects.get(pk=seed_article.pk)
    with django_assert_max_num_queries(0):
        analysed = article_analysis(article)
    assert analysed.document.text == article.text
    article.refresh_from_db()
    assert article.analysis_version == "0-old"
    assert not VocabularyWord.objects.filter(article=article).exists()


def test_the_service_redoes_each_stale_article_once(seed_article):
    _make_stale(seed_article)
    assert articles_reanalyze() == 1
    seed_article.refresh_from_db()
    assert seed_article.analysis_version == current_analysis_version()
    assert VocabularyWord.objects.filter(article=seed_article).count() > 80
    assert articles_reanalyze() == 0


def test_importing_the_same_text_again_redoes_a_stale_analysis(seed_article, seed_text):
    _make_stale(seed_article)
    article, created = article_import(text=seed_text)
    assert not created and article.pk == seed_article.pk
    article.refresh_from_db()
    assert article.analysis_version == current_analysis_version()


def test_the_command_redoes_stale_articles_or_all(seed_article, capsys):
    call_command("reanalyze")
    assert "0 article(s)" in capsys.readouterr().out
    _make_stale(seed_article)
    call_command("reanalyze")
    assert "1 article(s)" in capsys.readouterr().out
    call_command("reanalyze", "--all")
    assert "1 article(s)" in capsys.readouterr().out
    seed_article.refresh_from_db()
    assert seed_article.analysis_version == current_analysis_version()
