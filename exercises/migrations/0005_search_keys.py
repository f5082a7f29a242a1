"""Search keys for articles and vocabulary rows, filled for the rows already stored."""

from django.db import migrations, models

from exercises.search_keys import article_search_key, vocabulary_search_key


def fill(apps, schema_editor):
    Article = apps.get_model("exercises", "Article")
    VocabularyWord = apps.get_model("exercises", "VocabularyWord")
    for article in Article.objects.only("id", "title", "text").iterator(chunk_size=50):
        key = article_search_key(title=article.title, text=article.text)
        Article.objects.filter(pk=article.pk).update(search_key=key)
    rows = []
    for row in VocabularyWord.objects.all().iterator(chunk_size=2000):
        row.search_key = vocabulary_search_key(
            lemma=row.lemma,
            lemma_vocalized=row.lemma_vocalized,
            forms=row.forms,
            gloss=row.gloss,
            other_glosses=row.other_glosses,
        )
        rows.append(row)
        if len(rows) >= 2000:
            VocabularyWord.objects.bulk_update(rows, ["search_key"])
            rows = []
    VocabularyWord.objects.bulk_update(rows, ["search_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0004_job_export_result"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_key",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.AddField(
            model_name="vocabularyword",
            name="search_key",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
