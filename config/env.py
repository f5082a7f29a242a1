"""Typed reads of environment variables: a value that is not understood is an error, never a guess.

Plain Python (no Django), so the settings module and its tests can use it alone. A secret may come
from a file instead: `NAME_FILE=/run/secrets/name` is read when `NAME` itself is not set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


class EnvError(ValueError):
    """An environment variable has a value that cannot be used; the message names it."""


class Env:
    def __init__(self, environ: Mapping[str, str] | None = None):
        self.environ = os.environ if environ is None else environ

    def raw(self, name: str) -> str | None:
        """The variable's value, or the contents of the file that `NAME_FILE` names, or None."""
        if name in self.environ:
            return self.environ[name]
        path = self.environ.get(f"{name}_FILE")
        if not path:
            return None
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise EnvError(f"{name}_FILE={path}: cannot read the file ({error})") from error

    def str(self, name: str, default: str = "") -> str:
        value = self.raw(name)
        return default if value is None else value.strip()

    def bool(self, name: str, default: bool) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        word = value.strip().lower()
        if word in TRUE:
            return True
        if word in FALSE:
            return False
        raise EnvError(
            f"{name}={value!r} is not a yes/no value: use 1/0, true/false, yes/no, on/off"
        )

    def int(self, name: str, default: int, *, minimum: int | None = None) -> int:
        value = self.raw(name)
        if value is None or not value.strip():
            return default
        try:
            number = int(value.strip())
        except ValueError:
            raise EnvError(f"{name}={value!r} is not a whole number") from None
        if minimum is not None and number < minimum:
            raise EnvError(f"{name}={value!r} is below its minimum, {minimum}")
        return number

    def float(self, name: str, default: float, *, minimum: float | None = None) -> float:
        value = self.raw(name)
        if value is None or not value.strip():
            return default
        try:
            number = float(value.strip())
        except ValueError:
            raise EnvError(f"{name}={value!r} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise EnvError(f"{name}={value!r} is not a finite number")
        if minimum is not None and number < minimum:
            raise EnvError(f"{name}={value!r} is below its minimum, {minimum}")
        return number

    def rate(self, name: str, default: str) -> str:
        """A rate such as `20/h` or `300/10m` (a count per s, m, h or d)."""
        value = self.str(name, default)
        if not re.fullmatch(r"[1-9]\d*/\d*[smhd]", value):
            raise EnvError(f"{name}={value!r} is not a rate like 20/h or 300/10m")
        return value

    def list(self, name: str, default: str = "") -> list[str]:
        value = self.raw(name)
        text = default if value is None else value
        return [item.strip() for item in text.split(",") if item.strip()]

    def admins(self, name: str) -> list[tuple[str, str]]:
        """`Name <mail@example.org>, other@example.org` → [(name, address), ...]."""
        people = []
        for entry in self.list(name):
            if "<" in entry and entry.endswith(">"):
                person, address = entry[:-1].split("<", 1)
                person, address = person.strip(), address.strip()
            else:
                person = address = entry
            if "@" not in address:
                raise EnvError(f"{name}: {entry!r} is not an e-mail address")
            people.append((person or address, address))
        return people
