"""Numbers: questions a figure of the article answers, «كم بلغ ...؟» and «ما الذي ارتفع ...؟»
(``how_much``), and dates asked with «متى» (``dates``).

A figure is a number of a prose sentence (never the headline, the dateline, a list line or a
code: ``facts.find_facts``). No question asks what a figure counts («إلامَ يشير الرقم 50 ألف؟»):
a learner answers it by copying the word after the figure, without reading.
"""

from __future__ import annotations

from exercises.generators.article_context import ArticleContext
from exercises.generators.dates import date_items
from exercises.generators.facts import find_facts
from exercises.generators.figure_words import in_compound_figure
from exercises.generators.how_much import how_much_items, what_items
from exercises.generators.items import Item


def number_items(article: ArticleContext, seed: int) -> list[Item]:
    # a question on one part of «4 مليارات و105 ملايين» cuts the amount short; dates are whole
    facts = [fact for fact in find_facts(article) if not in_compound_figure(article, fact)]
    asked = [*how_much_items(article, facts, seed), *what_items(article, facts, seed)]
    return [*asked, *date_items(article, facts, seed)]
