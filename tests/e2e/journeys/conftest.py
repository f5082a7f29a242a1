"""The journeys' fixtures: a run (a journey in one language on one screen)."""

from __future__ import annotations

import pytest

from tests.e2e.journeys.steps import Run


@pytest.fixture
def run(request, open_page, live_server) -> Run:
    """The run of the test's journey (its module's JOURNEY) for its language and size."""
    params = request.node.callspec.params
    return Run(
        journey=request.module.JOURNEY,
        language=params["language"],
        size=params["size"],
        open_page=open_page,
        base=live_server.url,
    )
