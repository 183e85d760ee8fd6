"""Why a document cannot be read, in a code for machines and a sentence for people.

The pipeline quarantines such a document instead of failing the run, and the
warehouse keeps both: `reason` to count and filter on, the message to show.
"""

from __future__ import annotations

# One sentence a person understands, for each reason the readers raise.
MESSAGES = {
    "empty": "The file is empty.",
    "encrypted": "The PDF is protected by a password, so its text cannot be read.",
    "damaged": "The file is damaged or truncated and cannot be read.",
    "needs_ocr": "The pages are images without a text layer (a scan); reading them needs OCR.",
    "no_text": "The document has no text on any page.",
    "unsupported_type": "ExBench does not read files of this type.",
    "not_text": "The file holds binary data, not text.",
    "too_large": "The document is larger than ExBench reads.",
}


class UnreadableDocument(Exception):
    """The document is quarantined: `reason` is a short code, str(error) one clear sentence."""

    def __init__(self, reason: str, message: str | None = None) -> None:
        super().__init__(message or MESSAGES.get(reason, "The document cannot be read."))
        self.reason = reason

    def __reduce__(self):  # survives pickling between worker processes with its reason
        return (type(self), (self.reason, str(self)))
