"""Scripture quoted in an article (﴿...﴾، قال تعالى، صلى الله عليه وسلم): never vocabulary to ask,
a statement to reword or a sentence whose pronouns to ask about (قوله تعالى: «his» is God's)."""

from __future__ import annotations

import re

_SACRED = re.compile(r"[﴿﴾]|تعالى|صلى الله عليه")


def quotes_scripture(text: str) -> bool:
    return bool(_SACRED.search(text))
