"""A document's language, from its pages': the one rule every step uses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def document_language(page_languages: Iterable[str | None]) -> str | None:
    """The language most of the pages are in; a tie goes to the first by code, so re-runs agree.

    Pages without a language (too little text to tell) do not count; None when no page has one.
    """
    counts = Counter(sorted(language for language in page_languages if language))
    return counts.most_common(1)[0][0] if counts else None
