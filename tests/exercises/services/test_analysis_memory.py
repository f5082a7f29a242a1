"""What an import keeps in memory: the decoded analysis in a bounded cache, not the stored rows."""

import json
from types import SimpleNamespace

from exercises.arabic.analysis_json import analysis_to_json
from exercises.arabic.pipeline import analyze_text
from exercises.models import Article
from exercises.selectors.articles import _article_key, _decoded, article_analysis
from exercises.selectors.shared_cache import TwoTierCache
from exercises.services.articles import article_import


def test_an_import_keeps_the_analysis_not_its_stored_rows(db, django_assert_num_queries):
    article, _ = article_import(text="ذهب الولد إلى المدرسة. وعاد في المساء.", title="t")
    assert "analysis" in article.get_deferred_fields()
    with django_assert_num_queries(0):  # the analysis just made serves, undecoded
        analysed = article_analysis(article)
    assert analysed.document.text == article.text
    # Asked for, the stored rows are read again and are those of that analysis.
    assert article.analysis == json.loads(json.dumps(analysis_to_json(analysed, with_text=False)))
    assert Article.objects.get(pk=article.pk).analysis == article.analysis


def _article(pk: int, text: str) -> tuple[SimpleNamespace, object]:
    analysed = analyze_text(text)
    stored = SimpleNamespace(
        pk=pk,
        content_hash=str(pk),
        analysis_version="v",
        text=text,
        analysis=analysis_to_json(analysed, with_text=False),
    )
    return stored, analysed


class _Analyses:
    """The decoded-analysis cache of ``exercises.selectors.articles``, with small limits."""

    def __init__(self, size: int, tokens: int) -> None:
        self.cache = TwoTierCache("test", size, weight=lambda a: len(a.tokens), max_weight=tokens)

    def get(self, article):
        return self.cache.get_or_make(_article_key(article), lambda: _decoded(article))

    @property
    def _entries(self):
        return self.cache._entries


def test_the_cache_holds_a_bounded_number_of_tokens_and_keeps_the_last():
    cache = _Analyses(size=10, tokens=12)
    first, _ = _article(1, "ذهب الولد إلى المدرسة.")  # 5 tokens
    second, _ = _article(2, "عاد الولد من المدرسة.")  # 5 tokens
    big, _ = _article(3, "كتب الطالب درسه في البيت ثم خرج إلى الحديقة مع أصدقائه.")
    one = cache.get(first)
    cache.get(second)
    assert cache.get(first) is one  # both fit: the first is served again, not decoded
    cache.get(big)  # over the budget alone: the others go, the last one stays
    assert list(cache._entries) == [(3, "3", "v")]
    assert cache.get(first) is not one


def test_the_cache_holds_at_most_size_articles():
    cache = _Analyses(size=2, tokens=10**6)
    articles = [_article(pk, "ذهب الولد إلى المدرسة.")[0] for pk in (1, 2, 3)]
    for article in articles:
        cache.get(article)
    assert [key[0] for key in cache._entries] == [2, 3]


def test_a_page_does_not_read_the_stored_analysis_when_it_is_decoded(db, client, monkeypatch):
    from exercises.selectors import articles as selectors

    article, _ = article_import(text="ذهب الولد إلى المدرسة. وعاد في المساء.", title="t")
    decoded = []
    monkeypatch.setattr(selectors, "analysis_from_json", lambda data: decoded.append(data))
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 200 and "الولد" in response.content.decode()
    assert decoded == []  # served from the analysis kept at import
    assert "analysis" in selectors.articles_visible_to(None).get().get_deferred_fields()
