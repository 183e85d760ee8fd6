"""Blind exports: organization names replaced by stable codes everywhere.

The code is a keyed hash (HMAC-SHA256) of the organization id, so it is the
same in every export made with the same key and cannot be reversed without it.
The key comes from EXBENCH_BLIND_KEY or the file named by EXBENCH_BLIND_KEY_FILE,
never from the repository.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from pathlib import Path


class BlindKeyMissing(Exception):
    """Blind mode was asked for without a key."""


def blind_key() -> bytes:
    """The secret key for blind codes."""
    key = os.environ.get("EXBENCH_BLIND_KEY")
    key_file = os.environ.get("EXBENCH_BLIND_KEY_FILE")
    if not key and key_file:
        key = Path(key_file).read_text(encoding="utf-8").strip()
    if not key:
        raise BlindKeyMissing(
            "Blind exports need a secret key: set EXBENCH_BLIND_KEY or EXBENCH_BLIND_KEY_FILE (keep it out of the repository)."
        )
    return key.encode("utf-8")


def blind_code(organization_id: str, key: bytes) -> str:
    """A stable code such as ORG-3F9A1C for an organization."""
    return "ORG-" + hmac.new(key, organization_id.encode("utf-8"), hashlib.sha256).hexdigest()[:6].upper()


class Blinder:
    """Replaces every alias of every organization in a text by its code."""

    def __init__(self, aliases: list[tuple[str, str]], key: bytes) -> None:
        self.codes: dict[str, str] = {}
        by_alias: dict[str, str] = {}
        for organization_id, alias in aliases:
            code = self.codes.setdefault(organization_id, blind_code(organization_id, key))
            if len(alias) >= 2:
                by_alias[alias] = code
        ordered = sorted(by_alias, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(a) for a in ordered), re.IGNORECASE) if ordered else None
        self._by_fold = {a.casefold(): c for a, c in by_alias.items()}

    def code(self, organization_id: str | None, key: bytes) -> str | None:
        """The code of an organization (created when not seen yet)."""
        if organization_id is None:
            return None
        return self.codes.setdefault(organization_id, blind_code(organization_id, key))

    def text(self, value: str | None) -> str | None:
        """The text with every organization name replaced by its code."""
        if not value or self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self._by_fold.get(m.group(0).casefold(), "ORG-?"), value)
