"""An adverbial that opens a statement, set off by a comma, goes last in a true statement
(«في الأسواق المحلية، تراوح سعر اللتر ...» -> «تراوح سعر اللتر ... في الأسواق المحلية»): over
90 development articles 573 sentences gave no true/false item because nothing in them could
move, and more than a quarter of those opened with such an adverbial. It stays where a speech
verb, a «أن» clause or another comma follows: there it would land on another clause."""

from __future__ import annotations

from exercises.generators.restructure import structure_edits
from exercises.generators.true_false import true_false_items
from tests.generators.conftest import analysed_text
from tests.generators.edited import edited_sentences

TEXT = """أسعار الزيت

في الأسواق المحلية، تراوح سعر اللتر بين 15 و18 دينارا.

وعلى صعيد الصادرات، حافظت الشركة على موقعها الأول في السوق الأوروبية.

وفي تصريح للصحفيين، قال الوزير إن الموسم سيكون جيدا هذا العام.

في العام الماضي، ارتفعت الأسعار، وتراجعت الصادرات إلى أدنى مستوى لها.

بحسب بيانات الوزارة، تصدرت أربع محافظات قائمة الإصابات.

بهذا الفوز، رفع الفريق رصيده إلى 61 نقطة.

في أسواق النفط، انخفضت العقود الآجلة لخام برنت 62 سنتا، أو 0.8 بالمئة.

في المقابل، أبدى ممثلو منظمات المجتمع المدني حذرا واضحا إزاء الاتفاق.

في القاهرة وبغداد، تعتمد ملايين الأسر على خزانات لتخزين المياه التي تصل بشكل متقطع.
"""


def test_an_opening_adverbial_goes_last():
    first, second, third, fourth, *rest = edited_sentences(TEXT, structure_edits)
    assert first == "تراوح سعر اللتر بين 15 و18 دينارا في الأسواق المحلية.", first
    assert second == "حافظت الشركة على موقعها الأول في السوق الأوروبية على صعيد الصادرات.", second
    assert not third.endswith("للصحفيين."), third  # «إن» would take the adverbial
    assert fourth.startswith("في العام الماضي"), fourth  # a second clause after another comma
    assert rest == [
        "تصدرت أربع محافظات قائمة الإصابات بحسب بيانات الوزارة.",
        "رفع الفريق رصيده إلى 61 نقطة بهذا الفوز.",
        # what only adds to the clause's last words stays after it
        "انخفضت العقود الآجلة لخام برنت 62 سنتا في أسواق النفط، أو 0.8 بالمئة.",
        # a discourse opener ties the sentence to the one before: last, it reads "in exchange"
        "في المقابل، أبدى ممثلو منظمات المجتمع المدني حذرا واضحا إزاء الاتفاق.",
        # after a relative clause the place would belong to it (water arriving in Cairo)
        "في القاهرة وبغداد، تعتمد ملايين الأسر على خزانات لتخزين المياه التي تصل بشكل متقطع.",
    ], rest


def test_the_sentence_moved_gives_a_true_statement():
    article = analysed_text(TEXT).context
    prompts = [item.prompt for item in true_false_items(article, 0)]
    assert any("دينارا في الأسواق المحلية" in prompt for prompt in prompts), prompts
