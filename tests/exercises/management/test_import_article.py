import pytest
from django.core.management import CommandError, call_command

from exercises.models import Article, VocabularyWord


def test_it_imports_an_article_with_its_analysis_and_vocabulary(db, seed_path, capsys):
    call_command("import_article", str(seed_path), "--title", "زيارة بوتين")
    article = Article.objects.get()
    assert article.title == "زيارة بوتين"
    assert article.word_count > 400
    assert article.analysis["tokens"], "the analysis is stored with the article"
    assert VocabularyWord.objects.filter(article=article, is_name=False).count() >= 80
    assert "imported as article" in capsys.readouterr().out


def test_it_does_not_import_the_same_text_twice(db, seed_path, tmp_path, capsys):
    call_command("import_article", str(seed_path))
    copy = tmp_path / "copy.txt"
    copy.write_text(seed_path.read_text("utf-8").replace("\n", "\r\n") + "\n\n", "utf-8")
    call_command("import_article", str(copy))
    assert Article.objects.count() == 1
    assert "already imported" in capsys.readouterr().out


def test_a_bad_file_among_good_ones_imports_nothing(db, seed_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    english = tmp_path / "english.txt"
    english.write_text("Only English words here, nothing Arabic at all.", "utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_article", str(seed_path), str(empty), str(english))
    message = str(error.value)
    assert "Nothing was imported" in message
    assert "empty.txt is empty" in message
    assert "english.txt does not look like Arabic" in message
    assert Article.objects.count() == 0
    assert VocabularyWord.objects.count() == 0


def test_title_is_refused_with_several_files(db, seed_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("قال الرئيس إن التعاون مهم.", "utf-8")
    with pytest.raises(CommandError, match="single file"):
        call_command("import_article", str(seed_path), str(other), "--title", "T")
    assert Article.objects.count() == 0


def test_it_imports_windows_1256_files(db, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("وقد صرح الرئيس بأن روسيا مستعدة لتعميق التعاون مع الصين.".encode("cp1256"))
    call_command("import_article", str(path))
    assert Article.objects.get().text.startswith("وقد صرح الرئيس")


def test_load_seeds_is_idempotent_and_reads_the_metadata(db, capsys):
    call_command("load_seeds")
    call_command("load_seeds")
    article = Article.objects.get()
    assert article.title == "الصين وروسيا تعززان التعاون خلال زيارة بوتين إلى بكين"
    assert article.source.startswith("PR Newswire")
    assert "already loaded" in capsys.readouterr().out
