"""Answering matching and ordering questions the way a learner does: through the tiles
(quiz_tiles.js), by tap, click or keyboard. The selects under them are hidden."""

from __future__ import annotations

from collections.abc import Sequence

from playwright.sync_api import Page


def left_tile(page: Page, text: str):
    return page.locator(f'.match-tiles .tile[data-side="left"]:has(.tile-text:text-is("{text}"))')


def right_tile(page: Page, text: str):
    return page.locator(f'.match-tiles .tile[data-side="right"]:has(.tile-text:text-is("{text}"))')


def order_tile(page: Page, text: str):
    return page.locator(f'.order-tiles .order-pick:has(.tile-text:text-is("{text}"))')


def press(page: Page, tile, how: str) -> None:
    """A tile pressed by touch (tap), mouse (click) or keyboard (focus, then Enter)."""
    if how == "tap":
        tile.tap()
    elif how == "keyboard":
        tile.focus()
        page.keyboard.press("Enter")
    else:
        tile.click()


def pair_tiles(page: Page, pairs: Sequence[Sequence[str]], how: str = "click") -> None:
    for left, right in pairs:
        press(page, left_tile(page, left), how)
        press(page, right_tile(page, right), how)


def order_tiles(page: Page, sequence: Sequence[str], how: str = "click") -> None:
    for text in sequence:
        press(page, order_tile(page, text), how)


def shown_lefts(page: Page) -> list[str]:
    return page.locator('.match-tiles .tile[data-side="left"] .tile-text').all_inner_texts()


def shown_rights(page: Page) -> list[str]:
    return page.locator('.match-tiles .tile[data-side="right"] .tile-text').all_inner_texts()


def shown_parts(page: Page) -> list[str]:
    return page.locator(".order-tiles .order-pick .tile-text").all_inner_texts()


def answer_any(page: Page) -> bool:
    """Pair or order the tiles as they are shown (first with first); False when there are none."""
    if page.locator(".match-tiles").count():
        pair_tiles(page, list(zip(shown_lefts(page), shown_rights(page), strict=True)))
        return True
    if page.locator(".order-tiles").count():
        order_tiles(page, shown_parts(page))
        return True
    return False
