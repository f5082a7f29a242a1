"""axe-core in the browser tests: injected from tests/e2e/vendor/axe.min.js (never downloaded
at run time), run on the page as it stands, serious and critical violations returned."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
BLOCKING = ("serious", "critical")

RUN = """async () => {
  const result = await window.axe.run(document, {
    resultTypes: ["violations"],
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
  });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + n.failureSummary),
  }));
}"""


@cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict]:
    """Every violation axe finds on the page, of any impact."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    return page.evaluate(RUN)


def serious_violations(page: Page) -> list[dict]:
    return [v for v in axe_violations(page) if v["impact"] in BLOCKING]


def assert_accessible(page: Page, name: str) -> None:
    found = serious_violations(page)
    assert not found, f"{name} ({page.url}): axe found " + "; ".join(
        f"{v['impact']} {v['id']} ({v['help']}): {v['nodes']}" for v in found
    )
