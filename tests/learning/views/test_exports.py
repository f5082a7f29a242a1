import unicodedata

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from django.urls import reverse

from exercises.models import VocabularyWord
from learning.services.progress import WordInfo, word_status_set


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def imported_first_fields(data: bytes, tmp_path) -> set[str]:
    package = tmp_path / "mine.apkg"
    package.write_bytes(data)
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        collection.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=True)
            )
        )
        return {collection.get_note(nid).fields[0] for nid in collection.find_notes("")}
    finally:
        collection.close()


def test_a_learners_deck_holds_only_the_words_not_yet_known(
    client, learner, seed_article, tmp_path
):
    words = list(VocabularyWord.objects.filter(article=seed_article, is_name=False))
    known, ignored = words[0], words[1]
    word_status_set(learner=learner, lemma=known.lemma, status="known", info=WordInfo())
    word_status_set(learner=learner, lemma=ignored.lemma, status="ignored", info=WordInfo())
    client.force_login(learner)

    response = client.get(reverse("learning:my_anki_deck", args=[seed_article.pk]))

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    fields = imported_first_fields(response.content, tmp_path)
    # Statuses are per lemma: every entry sharing the known or ignored lemma leaves the deck.
    done = {known.lemma, ignored.lemma}
    expected = {nfc(word.lemma_vocalized) for word in words if word.lemma not in done}
    assert {nfc(field) for field in fields} == expected
    assert (
        nfc(known.lemma_vocalized) not in expected and nfc(ignored.lemma_vocalized) not in expected
    )


def test_the_deck_needs_a_login(client, seed_article):
    response = client.get(reverse("learning:my_anki_deck", args=[seed_article.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_without_espeak_the_deck_comes_without_audio_and_a_message(
    client, learner, seed_article, tmp_path, monkeypatch
):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    client.force_login(learner)

    response = client.get(reverse("learning:my_anki_deck", args=[seed_article.pk]))

    assert response.status_code == 200 and response.content.startswith(b"PK")
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any("espeak-ng is not installed" in message for message in shown)
    assert imported_first_fields(response.content, tmp_path), "the words are there"
