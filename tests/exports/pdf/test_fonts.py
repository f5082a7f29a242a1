"""Font registration: a process-wide side effect, done once."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from exercises.exports.pdf import fonts


def test_registering_again_loads_nothing_and_keeps_the_fonts_registered_first(
    monkeypatch: pytest.MonkeyPatch,
):
    fonts.register_fonts()
    first = [pdfmetrics.getFont(name) for name in (fonts.ARABIC, fonts.ARABIC_BOLD)]

    def no_second_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("a registered font was loaded again")

    monkeypatch.setattr(fonts, "TTFont", no_second_load)
    fonts.register_fonts.__wrapped__()  # past the cache, as a second thread's first call would be

    again = [pdfmetrics.getFont(name) for name in (fonts.ARABIC, fonts.ARABIC_BOLD)]
    assert all(a is b for a, b in zip(first, again, strict=True))
