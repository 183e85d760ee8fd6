"""Why a document cannot be read, in a code for machines and a sentence for people."""

from __future__ import annotations


class UnreadableDocument(Exception):
    """The document is quarantined: `reason` is a short code, str(error) a sentence."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
